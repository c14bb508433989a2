package keys

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/servicechain/servicechain/internal/input"
)

// OptionPassword reads a keystore password given by exactly one of
// --password-file (file) and --password-env (env), see ReadPassword; neither
// or both is an input error naming command ("account new").
func OptionPassword(command, file, env string) (string, error) {
	if file != "" && env != "" {
		return "", input.Errorf("%s: give only one of --password-file and --password-env", command)
	}
	if file == "" && env == "" {
		return "", input.Errorf("%s: the keystore password is needed: give --password-file FILE or --password-env VAR", command)
	}
	return ReadPassword(file, env)
}

// KeyText returns the text of a hex private key for Import: the content of
// file, or when file is "" what r (standard input) holds, up to 4 KiB (a
// key is 66 bytes at most; the rest is read to notice junk). Nothing on r is
// an input error naming command.
func KeyText(command, file string, r io.Reader) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("key file: %w", err)
		}
		return string(b), nil
	}
	b, err := io.ReadAll(io.LimitReader(r, 4096))
	if err != nil {
		return "", fmt.Errorf("reading the key from standard input: %w", err)
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", input.Errorf("%s: no key on standard input (or give --key-file FILE)", command)
	}
	return string(b), nil
}
