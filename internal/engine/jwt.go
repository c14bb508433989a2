package engine

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/servicechain/servicechain/internal/keys"
)

// JWTSecretLength is the length of an Engine API JWT secret in bytes (256
// bits, execution-apis src/engine/authentication.md).
const JWTSecretLength = 32

// ErrJWTSecretPermissions is returned by ReadJWTSecret for a secret file that
// group or other users may read or write.
var ErrJWTSecretPermissions = errors.New("engine: JWT secret file is accessible by group or other users")

// ReadJWTSecret reads a JWT secret file in go-ethereum's format: 32 bytes as
// hex, with or without 0x, surrounding white space ignored (geth --authrpc.jwtsecret).
//
// The file must be a regular file with no group or other permission bits
// (mode 0600 or 0400): a secret others can read lets them drive the
// execution node around the producer's fence. Errors: the file cannot be read,
// ErrJWTSecretPermissions (the message gives the mode and the chmod to run),
// or content that is not 64 hex digits.
func ReadJWTSecret(path string) ([JWTSecretLength]byte, error) {
	var secret [JWTSecretLength]byte
	st, err := os.Stat(path)
	if err != nil {
		return secret, fmt.Errorf("engine: JWT secret: %w", err)
	}
	if !st.Mode().IsRegular() {
		return secret, fmt.Errorf("engine: JWT secret %s is not a regular file (mode %v)", path, st.Mode())
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return secret, fmt.Errorf("%w: %s has mode %04o, expected 0600 (chmod 600 %s)", ErrJWTSecretPermissions, path, perm, path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return secret, fmt.Errorf("engine: JWT secret: %w", err)
	}
	return ParseJWTSecret(string(b))
}

// ParseJWTSecret parses a JWT secret given as 64 hex digits, with or without
// 0x and surrounding white space. The error never contains the secret.
func ParseJWTSecret(s string) ([JWTSecretLength]byte, error) {
	var secret [JWTSecretLength]byte
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		s = "0x" + s
	}
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != JWTSecretLength {
		return secret, fmt.Errorf("engine: JWT secret: expected %d bytes as hex (%d hex digits), got %d characters that do not decode to that", JWTSecretLength, 2*JWTSecretLength, len(s)-2)
	}
	copy(secret[:], b)
	return secret, nil
}

// GenerateJWTSecret creates a new random secret and writes it to path as 0x-hex
// with mode 0600, creating the parent directory (mode 0700) if needed. It never
// overwrites: an existing file is an error (fs.ErrExist), so two processes
// cannot silently end up with different secrets.
func GenerateJWTSecret(path string) ([JWTSecretLength]byte, error) {
	var secret [JWTSecretLength]byte
	if _, err := rand.Read(secret[:]); err != nil {
		return secret, fmt.Errorf("engine: JWT secret: random: %w", err)
	}
	if err := keys.CreateSecretFile(path, []byte(hexutil.Encode(secret[:])+"\n")); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return secret, fmt.Errorf("engine: JWT secret %s already exists: %w", path, fs.ErrExist)
		}
		return secret, fmt.Errorf("engine: JWT secret: %w", err)
	}
	return secret, nil
}
