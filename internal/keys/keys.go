// Package keys manages operator keys in go-ethereum's encrypted keystore
// format (Web3 Secret Storage v3, scrypt): create, import, list and load,
// and reads the keystore password from a file or an environment variable.
package keys

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is one key file in a keystore directory.
type Account struct {
	Address common.Address // the key's address
	Path    string         // the key file
}

// scrypt returns the KDF parameters: light ones (fast, weak; for devnets and
// tests) or go-ethereum's standard ones (about a second and 256 MiB to
// decrypt).
func scrypt(light bool) (n, p int) {
	if light {
		return keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.StandardScryptN, keystore.StandardScryptP
}

// NewAccount creates a random key, encrypts it with password and writes it
// into dir (created with mode 0700 if missing) under go-ethereum's file
// name UTC--<time>--<address>. light selects LightScryptN/LightScryptP.
func NewAccount(dir, password string, light bool) (Account, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Account{}, fmt.Errorf("keys: keystore directory: %w", err)
	}
	n, p := scrypt(light)
	a, err := keystore.StoreKey(dir, password, n, p)
	if err != nil {
		return Account{}, fmt.Errorf("keys: new key in %s: %w", dir, err)
	}
	return Account{Address: a.Address, Path: a.URL.Path}, nil
}

// ParseHexKey parses a hex-encoded secp256k1 private key (64 hex digits,
// optional 0x prefix, surrounding white space ignored).
func ParseHexKey(hexKey string) (*ecdsa.PrivateKey, error) {
	s := strings.TrimSpace(hexKey)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("keys: private key: expected 64 hex digits, got %d characters", len(s))
	}
	k, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("keys: private key: %w", err)
	}
	return k, nil
}

// Import encrypts the hex private key (see ParseHexKey) with password and
// writes it into dir (created if missing). A key whose address already has a
// file in dir is refused (the error names the address).
func Import(dir, hexKey, password string, light bool) (Account, error) {
	key, err := ParseHexKey(hexKey)
	if err != nil {
		return Account{}, err
	}
	return ImportKey(dir, key, password, light)
}

// ImportKey is Import for a parsed key.
func ImportKey(dir string, key *ecdsa.PrivateKey, password string, light bool) (Account, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	existing, err := List(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return Account{}, err
	}
	for _, a := range existing {
		if a.Address == addr {
			return Account{}, fmt.Errorf("keys: account %s already exists in %s (%s)", addr.Hex(), dir, a.Path)
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Account{}, fmt.Errorf("keys: keystore directory: %w", err)
	}
	n, p := scrypt(light)
	ks := keystore.NewKeyStore(dir, n, p)
	a, err := ks.ImportECDSA(key, password)
	if err != nil {
		return Account{}, fmt.Errorf("keys: import %s into %s: %w", addr.Hex(), dir, err)
	}
	return Account{Address: a.Address, Path: a.URL.Path}, nil
}

// List returns the key files in dir sorted by file name (which starts with
// the creation time), skipping files that are not keystore JSON. A missing
// dir is an error wrapping os.ErrNotExist.
func List(dir string) ([]Account, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("keys: keystore directory: %w", err)
	}
	var out []Account
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
			continue
		}
		path := filepath.Join(dir, name)
		addr, err := AddressOf(path)
		if err != nil {
			continue
		}
		out = append(out, Account{Address: addr, Path: path})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// AddressOf reads the address recorded in a keystore file without
// decrypting it. Errors name the file.
func AddressOf(path string) (common.Address, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return common.Address{}, fmt.Errorf("keys: %w", err)
	}
	var v struct {
		Address string `json:"address"`
		Crypto  any    `json:"crypto"`
	}
	if err := json.Unmarshal(data, &v); err != nil || v.Crypto == nil || !common.IsHexAddress(v.Address) {
		return common.Address{}, fmt.Errorf("keys: %s is not a keystore file (expected JSON with \"address\" and \"crypto\")", path)
	}
	return common.HexToAddress(v.Address), nil
}

// Load reads and decrypts the keystore file at path. A wrong password gives
// "keys: could not decrypt key <path> with the given password (wrong
// password?)", which wraps keystore.ErrDecrypt.
func Load(path, password string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	k, err := keystore.DecryptKey(data, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("keys: could not decrypt key %s with the given password (wrong password?): %w", path, err)
		}
		return nil, fmt.Errorf("keys: %s is not a usable keystore file: %w", path, err)
	}
	return k.PrivateKey, nil
}

// ReadPassword returns the keystore password from file (its content with one
// trailing newline, "\n" or "\r\n", removed) or from the environment
// variable named env. Exactly one of file and env must be non-empty. Errors:
// neither or both given; the file cannot be read, is readable by group or
// other users (ErrSecretFileMode, naming the file and its mode) or is empty;
// the variable is unset or empty.
func ReadPassword(file, env string) (string, error) {
	switch {
	case file != "" && env != "":
		return "", fmt.Errorf("keys: both a password file (%s) and a password environment variable (%s) are given; use only one", file, env)
	case file != "":
		data, err := ReadSecretFile(file)
		if err != nil {
			return "", fmt.Errorf("keys: password file: %w", err)
		}
		s := string(data)
		if strings.HasSuffix(s, "\n") {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
		}
		if s == "" {
			return "", fmt.Errorf("keys: password file %s is empty", file)
		}
		return s, nil
	case env != "":
		s, ok := os.LookupEnv(env)
		if !ok {
			return "", fmt.Errorf("keys: password environment variable %s is not set", env)
		}
		if s == "" {
			return "", fmt.Errorf("keys: password environment variable %s is empty", env)
		}
		return s, nil
	}
	return "", errors.New("keys: no password given: set a password file (--password-file, or password_file in bridge.toml) or an environment variable (--password-env, or password_env)")
}
