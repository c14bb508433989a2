package keys

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

const hexKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

func TestNewListLoad(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "ks")
	a, err := NewAccount(dir, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(a.Path), "UTC--") || filepath.Dir(a.Path) != dir {
		t.Errorf("path %s", a.Path)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("dir mode %v", fi.Mode())
	}
	b, err := Import(dir, "0x"+hexKey+"\n", "pw2", true)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := crypto.HexToECDSA(hexKey)
	if b.Address != crypto.PubkeyToAddress(k.PublicKey) {
		t.Errorf("imported address %s", b.Address)
	}
	os.WriteFile(filepath.Join(dir, "README"), []byte("not a key"), 0o600)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("{}"), 0o600)

	list, err := List(dir)
	if err != nil || len(list) != 2 {
		t.Fatalf("List: %v %v", list, err)
	}
	got, err := Load(b.Path, "pw2")
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != b.Address {
		t.Fatalf("Load: %v", err)
	}
	if addr, err := AddressOf(a.Path); err != nil || addr != a.Address {
		t.Errorf("AddressOf: %s %v", addr, err)
	}

	_, err = Load(a.Path, "wrong")
	if err == nil || !strings.Contains(err.Error(), "could not decrypt key "+a.Path) || !strings.Contains(err.Error(), "wrong password?") || !errors.Is(err, keystore.ErrDecrypt) {
		t.Errorf("wrong password: %v", err)
	}
	if _, err := Import(dir, hexKey, "pw", true); err == nil || !strings.Contains(err.Error(), "already exists") || !strings.Contains(err.Error(), b.Address.Hex()) {
		t.Errorf("duplicate import: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "README"), "pw"); err == nil || !strings.Contains(err.Error(), "README") {
		t.Errorf("not a key file: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing"), "pw"); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := List(filepath.Join(dir, "nope")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing dir: %v", err)
	}
}

func TestBadHexKeys(t *testing.T) {
	t.Parallel()
	for _, k := range []string{"", "0x12", hexKey + "00", strings.Repeat("zz", 32), strings.Repeat("0", 64)} {
		if _, err := Import(t.TempDir(), k, "pw", true); err == nil || !strings.Contains(err.Error(), "private key") {
			t.Errorf("%q: %v", k, err)
		}
	}
}

func TestReadPassword(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o600)
		return p
	}
	t.Setenv("SC_TEST_PW", "from env")
	t.Setenv("SC_TEST_EMPTY", "")
	for _, tc := range []struct {
		file, env, want, err string
	}{
		{file: write("a", "secret\n"), want: "secret"},
		{file: write("b", "secret\r\n"), want: "secret"},
		{file: write("c", "secret\n\n"), want: "secret\n"},
		{file: write("d", " spaced "), want: " spaced "},
		{env: "SC_TEST_PW", want: "from env"},
		{file: write("e", "\n"), err: "is empty"},
		{file: filepath.Join(dir, "missing"), err: "password file"},
		{env: "SC_TEST_UNSET_XYZ", err: "SC_TEST_UNSET_XYZ is not set"},
		{env: "SC_TEST_EMPTY", err: "SC_TEST_EMPTY is empty"},
		{file: write("f", "x"), env: "SC_TEST_PW", err: "use only one"},
		{err: "set a password file"},
	} {
		got, err := ReadPassword(tc.file, tc.env)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%+v: err = %v", tc, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%+v: got %q, %v", tc, got, err)
		}
	}
}
