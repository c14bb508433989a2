package keys_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/servicechain/servicechain/internal/keys"
)

// TestSecretFileModes: a password file or --key-file readable by group or
// other users is refused with an error naming the file and its mode; 0600 and
// 0400 are accepted.
func TestSecretFileModes(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o660} {
		if err := os.Chmod(pw, mode); err != nil {
			t.Fatal(err)
		}
		_, err := keys.ReadPassword(pw, "")
		if !errors.Is(err, keys.ErrSecretFileMode) || !strings.Contains(err.Error(), pw+" has mode 0"+octal(mode)) || !strings.Contains(err.Error(), "chmod 600 "+pw) {
			t.Errorf("mode %04o: %v; want ErrSecretFileMode naming %s and the mode", mode, err, pw)
		}
		_, err = keys.Source{File: pw}.Key()
		if !errors.Is(err, keys.ErrSecretFileMode) {
			t.Errorf("--key-file with mode %04o: %v; want ErrSecretFileMode", mode, err)
		}
	}
	for _, mode := range []os.FileMode{0o600, 0o400} {
		os.Chmod(pw, mode)
		if got, err := keys.ReadPassword(pw, ""); err != nil || got != "s3cret" {
			t.Errorf("mode %04o: %q, %v", mode, got, err)
		}
	}
	if err := keys.CheckSecretFile(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a directory: %v", err)
	}
}

func octal(m os.FileMode) string {
	const digits = "01234567"
	p := uint32(m.Perm())
	return string([]byte{digits[p>>6&7], digits[p>>3&7], digits[p&7]})
}
