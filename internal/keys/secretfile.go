package keys

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// CreateSecretFile writes content to a new file at path with mode 0600,
// creating its directory (mode 0700) when needed, as geth writes its Engine
// API JWT secret. It never overwrites: an existing file is an error matching
// io/fs.ErrExist, so two processes cannot end up with different secrets; a
// file that could not be written completely is removed. Errors name path.
func CreateSecretFile(path string, content []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, werr := f.Write(content)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, werr)
	}
	return nil
}
