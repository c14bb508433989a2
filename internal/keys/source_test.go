package keys

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/input"
)

func TestSourceKey(t *testing.T) {
	dir := t.TempDir()
	key, _ := ParseHexKey(hexKey)
	acct, err := ImportKey(filepath.Join(dir, "ks"), key, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "pw")
	keyFile := filepath.Join(dir, "key")
	badFile := filepath.Join(dir, "bad")
	os.WriteFile(pwFile, []byte("pw\n"), 0o600)
	os.WriteFile(keyFile, []byte(" 0x"+hexKey+"\n"), 0o600)
	os.WriteFile(badFile, []byte("zz"), 0o600)
	one, five := 1, 5
	want := crypto.PubkeyToAddress(key.PublicKey)
	for _, s := range []Source{
		{Hex: hexKey},
		{File: keyFile},
		{Keystore: acct.Path, PasswordFile: pwFile},
		{Account: &one, DevKeys: []string{"0x" + strings.Repeat("22", 32), "0x" + hexKey}},
	} {
		k, err := s.Key()
		if err != nil || crypto.PubkeyToAddress(k.PublicKey) != want {
			t.Errorf("%+v: %v", s, err)
		}
	}
	for _, tc := range []struct {
		s       Source
		want    string
		isInput bool
	}{
		{Source{Command: "transfer", WithAccount: true}, "transfer: a signing key is needed: give --key-file FILE, --keystore FILE (with --password-file), --key HEX, or --account N with --devnet", true},
		{Source{Command: "deploy"}, "deploy: a signing key is needed: give --key-file FILE, --keystore FILE (with --password-file) or --key HEX", true},
		{Source{Command: "deploy", Hex: hexKey, File: keyFile, Account: &one}, "deploy: give only one of --key, --key-file, --account", true},
		{Source{Hex: hexKey, PasswordEnv: "X"}, "--password-file/--password-env go with --keystore FILE", true},
		{Source{Hex: "0x12"}, "--key: private key: expected 64 hex digits, got 2 characters", true},
		{Source{Keystore: acct.Path}, "--keystore " + acct.Path + ": give --password-file FILE or --password-env VAR for its password", true},
		{Source{Account: &one}, "--account 1: dev accounts need --devnet DIR", true},
		{Source{Account: &five, DevKeys: []string{hexKey}}, "--account 5: expected 0 to 0 (the devnet has 1 dev accounts)", true},
		{Source{File: filepath.Join(dir, "none")}, "--key-file: open ", false},
		{Source{File: badFile}, "--key-file " + badFile + ": private key: expected 64 hex digits", false},
		{Source{Keystore: acct.Path, PasswordEnv: "SC_KEYS_TEST_UNSET"}, "password environment variable SC_KEYS_TEST_UNSET is not set", false},
		{Source{Account: &one, DevKeys: []string{hexKey, "junk"}}, "devnet.json account 1: keys: private key", false},
	} {
		_, err := tc.s.Key()
		if err == nil || !strings.Contains(err.Error(), tc.want) || input.Is(err) != tc.isInput {
			t.Errorf("%+v: %v (input %v), want %q (input %v)", tc.s, err, input.Is(err), tc.want, tc.isInput)
		}
	}
}

func TestOptions(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("secret\r\n"), 0o600)
	if got, err := OptionPassword("account new", pw, ""); err != nil || got != "secret" {
		t.Errorf("OptionPassword from a file: %q, %v", got, err)
	}
	for _, tc := range []struct{ file, env, want string }{
		{pw, "X", "account new: give only one of --password-file and --password-env"},
		{"", "", "account new: the keystore password is needed: give --password-file FILE or --password-env VAR"},
	} {
		if _, err := OptionPassword("account new", tc.file, tc.env); err == nil || !input.Is(err) || err.Error() != tc.want {
			t.Errorf("OptionPassword(%q, %q): %v, want %q", tc.file, tc.env, err, tc.want)
		}
	}
	if got, err := KeyText("account import", "", strings.NewReader(hexKey+"\n")); err != nil || got != hexKey+"\n" {
		t.Errorf("KeyText from standard input: %q, %v", got, err)
	}
	if got, err := KeyText("account import", pw, nil); err != nil || got != "secret\r\n" {
		t.Errorf("KeyText from a file: %q, %v", got, err)
	}
	if _, err := KeyText("account import", "", strings.NewReader(" \n")); err == nil || !input.Is(err) || !strings.Contains(err.Error(), "account import: no key on standard input") {
		t.Errorf("KeyText of nothing: %v", err)
	}
}
