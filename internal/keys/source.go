package keys

import (
	"crypto/ecdsa"
	"fmt"
	"strings"

	"github.com/servicechain/servicechain/internal/input"
)

// Source is a signing key as a person names it on the command line: exactly
// one of Hex (--key), File (--key-file, hex), Keystore (--keystore, with
// PasswordFile or PasswordEnv) and Account (--account: an index into
// DevKeys). Empty strings and a nil Account are not given.
type Source struct {
	Hex, File                           string
	Keystore, PasswordFile, PasswordEnv string
	Account                             *int
	// DevKeys are the hex keys of a devnet's dev accounts (nil: no devnet).
	DevKeys []string
	// Command names the command in messages ("transfer"); WithAccount says
	// whether it has the --account option.
	Command     string
	WithAccount bool
}

// Key loads the key s names. Input errors (input.Is): no source or more than
// one, a password option without --keystore, a --keystore without a password
// option, a malformed --key, an --account without DevKeys or out of range.
// Other errors: a file that cannot be read or holds no key, a wrong password.
func (s Source) Key() (*ecdsa.PrivateKey, error) {
	var given []string
	for _, f := range []struct {
		name string
		set  bool
	}{{"--key", s.Hex != ""}, {"--key-file", s.File != ""}, {"--keystore", s.Keystore != ""}, {"--account", s.Account != nil}} {
		if f.set {
			given = append(given, f.name)
		}
	}
	switch {
	case len(given) == 0 && s.WithAccount:
		return nil, input.Errorf("%s: a signing key is needed: give --key-file FILE, --keystore FILE (with --password-file), --key HEX, or --account N with --devnet", s.Command)
	case len(given) == 0:
		return nil, input.Errorf("%s: a signing key is needed: give --key-file FILE, --keystore FILE (with --password-file) or --key HEX", s.Command)
	case len(given) > 1:
		return nil, input.Errorf("%s: give only one of %s", s.Command, strings.Join(given, ", "))
	}
	if (s.PasswordFile != "" || s.PasswordEnv != "") && s.Keystore == "" {
		return nil, input.Errorf("--password-file/--password-env go with --keystore FILE")
	}
	switch given[0] {
	case "--key":
		k, err := ParseHexKey(s.Hex)
		if err != nil {
			return nil, input.Errorf("--key: %v", strings.TrimPrefix(err.Error(), "keys: "))
		}
		return k, nil
	case "--key-file":
		b, err := ReadSecretFile(s.File)
		if err != nil {
			return nil, fmt.Errorf("--key-file: %w", err)
		}
		k, err := ParseHexKey(string(b))
		if err != nil {
			return nil, fmt.Errorf("--key-file %s: %v", s.File, strings.TrimPrefix(err.Error(), "keys: "))
		}
		return k, nil
	case "--keystore":
		if s.PasswordFile == "" && s.PasswordEnv == "" {
			return nil, input.Errorf("--keystore %s: give --password-file FILE or --password-env VAR for its password", s.Keystore)
		}
		pw, err := ReadPassword(s.PasswordFile, s.PasswordEnv)
		if err != nil {
			return nil, err
		}
		return Load(s.Keystore, pw)
	}
	n := *s.Account
	if s.DevKeys == nil {
		return nil, input.Errorf("--account %d: dev accounts need --devnet DIR", n)
	}
	if n < 0 || n >= len(s.DevKeys) {
		return nil, input.Errorf("--account %d: expected 0 to %d (the devnet has %d dev accounts)", n, len(s.DevKeys)-1, len(s.DevKeys))
	}
	k, err := ParseHexKey(s.DevKeys[n])
	if err != nil {
		return nil, fmt.Errorf("devnet.json account %d: %w", n, err)
	}
	return k, nil
}
