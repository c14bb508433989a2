package keys

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
)

// ErrSecretFileMode is wrapped by ReadSecretFile (and so by ReadPassword and
// Source.Key for --key-file) when a secret file can be read by its group or
// by other users: a password, a raw key or an admin token in such a file is
// as good as public on a shared machine (issue 13, finding 7). The error
// names the file and its mode.
var ErrSecretFileMode = errors.New("readable by group or other users")

// CheckSecretFile fails when path, a file holding a secret, has any group or
// other permission bit (mode & 0o077; geth's JWT secret and keystore files are
// 0600) or is not a regular file. On Windows, where Unix modes mean nothing,
// only the file's existence is checked.
func CheckSecretFile(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	return checkMode(path, fi)
}

func checkMode(path string, fi os.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	if runtime.GOOS == "windows" {
		return nil
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("%s has mode %04o, %w: expected 0600 or stricter (chmod 600 %s)", path, uint32(perm), ErrSecretFileMode, path)
	}
	return nil
}

// ReadSecretFile reads a secret file, refusing it as CheckSecretFile does.
// Errors name the file; a missing file is os.Open's error (it matches
// io/fs.ErrNotExist).
func ReadSecretFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := checkMode(path, fi); err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}
