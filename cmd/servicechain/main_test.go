package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/keys"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"servicechain"}, args...), strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func (r result) expect(t *testing.T, code int, stderrHas ...string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
	for _, s := range stderrHas {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	runCLI(t, "").expect(t, 2, "servicechain: no command given")
	runCLI(t, "", "frobnicate").expect(t, 2, `servicechain: unknown command "frobnicate"`)
	runCLI(t, "", "--log-level", "loud", "account", "list", "--keystore", t.TempDir()).expect(t, 2, `--log-level "loud": expected debug, info, warn or error`)
	runCLI(t, "", "--log-format", "xml", "account", "list", "--keystore", t.TempDir()).expect(t, 2, `--log-format "xml"`)
	runCLI(t, "", "--bogus").expect(t, 2, "servicechain: flag provided but not defined: -bogus")
	runCLI(t, "", "account").expect(t, 2, "servicechain: account: missing command (expected one of new, import, list)")
	runCLI(t, "", "account", "frob").expect(t, 2, `unknown command "frob"`)
	runCLI(t, "", "account", "new", "--bogus").expect(t, 2, "servicechain: account new: flag provided but not defined: -bogus (see servicechain account new --help)")
	runCLI(t, "", "account", "new").expect(t, 2, "--keystore DIR is required")
	runCLI(t, "", "account", "new", "--keystore", t.TempDir()).expect(t, 2, "give --password-file FILE or --password-env VAR")
	runCLI(t, "", "account", "new", "--keystore", t.TempDir(), "--password-env", "A", "--password-file", "B").expect(t, 2, "only one of")
	runCLI(t, "", "account", "list", "--keystore", t.TempDir(), "extra").expect(t, 2, `unexpected argument "extra"`)
	runCLI(t, "", "account", "import", "--keystore", t.TempDir(), "--password-env", "HOME").expect(t, 2, "no key on standard input")
}

func TestHelpListsSortedCommands(t *testing.T) {
	r := runCLI(t, "", "--help")
	r.expect(t, 0)
	if !regexp.MustCompile(`(?s)COMMANDS:.*account.*bridge`).MatchString(r.stdout) {
		t.Errorf("help:\n%s", r.stdout)
	}
	if v := runCLI(t, "", "--version"); v.code != 0 || !strings.Contains(v.stdout, version) {
		t.Errorf("--version: %+v", v)
	}
}

func TestAccountCommands(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keystore")
	t.Setenv("SC_TEST_PASSWORD", "s3cret")

	r := runCLI(t, "", "account", "new", "--keystore", dir, "--password-env", "SC_TEST_PASSWORD", "--light")
	r.expect(t, 0)
	m := regexp.MustCompile(`address: (0x[0-9a-fA-F]{40})\nfile:    (\S+)\n`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("account new output: %q", r.stdout)
	}
	k, err := keys.Load(m[2], "s3cret")
	if err != nil || crypto.PubkeyToAddress(k.PublicKey).Hex() != m[1] {
		t.Fatalf("new key does not load: %v", err)
	}

	// import from standard input, password from a file
	pwFile := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pwFile, []byte("other\n"), 0o600)
	const hexKey = "0x8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a"
	key, _ := crypto.HexToECDSA(hexKey[2:])
	addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	r = runCLI(t, hexKey+"\n", "account", "import", "--keystore", dir, "--password-file", pwFile, "--light")
	r.expect(t, 0)
	if !strings.Contains(r.stdout, "address: "+addr) {
		t.Errorf("import output %q", r.stdout)
	}
	// the same key again: an error, exit 1
	runCLI(t, hexKey, "account", "import", "--keystore", dir, "--password-file", pwFile, "--light").
		expect(t, 1, "servicechain: keys: account "+addr+" already exists")
	// from --key-file
	keyFile := filepath.Join(t.TempDir(), "key")
	os.WriteFile(keyFile, []byte("  59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d  \n"), 0o600)
	runCLI(t, "", "account", "import", "--keystore", dir, "--password-file", pwFile, "--light", "--key-file", keyFile).expect(t, 0)
	runCLI(t, "", "account", "import", "--keystore", dir, "--password-file", pwFile, "--key-file", filepath.Join(dir, "nope")).expect(t, 1, "servicechain: key file:")
	runCLI(t, "zz", "account", "import", "--keystore", dir, "--password-file", pwFile).expect(t, 1, "servicechain: keys: private key: expected 64 hex digits")

	r = runCLI(t, "", "account", "list", "--keystore", dir)
	r.expect(t, 0)
	if lines := strings.Split(strings.TrimSpace(r.stdout), "\n"); len(lines) != 3 || !strings.Contains(r.stdout, addr+"  "+dir) {
		t.Errorf("list:\n%s", r.stdout)
	}
	runCLI(t, "", "account", "list", "--keystore", filepath.Join(dir, "missing")).expect(t, 1, "servicechain: keys: keystore directory:")
	empty := t.TempDir()
	runCLI(t, "", "account", "list", "--keystore", empty).expect(t, 0, "no keys in "+empty)

	// a password source that is not there: error naming it, exit 1
	runCLI(t, "", "account", "new", "--keystore", dir, "--password-env", "SC_TEST_UNSET_PASSWORD", "--light").
		expect(t, 1, "servicechain: keys: password environment variable SC_TEST_UNSET_PASSWORD is not set")
}

// TestBinary builds the command and checks exit codes of the real process.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "servicechain")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"account", "list", "--keystore", t.TempDir()}, 0, "no keys"},
		{[]string{"account", "list", "--keystore", filepath.Join(t.TempDir(), "x")}, 1, "servicechain: keys: keystore directory"},
		{[]string{"account", "list", "--bogus"}, 2, "flag provided but not defined"},
	} {
		cmd := exec.Command(bin, tc.args...)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tc.code || !strings.Contains(errb.String(), tc.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tc.args, code, errb.String(), tc.code, tc.stderr)
		}
	}
}
