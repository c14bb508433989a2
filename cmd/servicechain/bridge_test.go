package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
)

// validConfig writes a complete bridge.toml whose operator key is a real
// keystore file with password "right", and returns its path.
func validConfig(t *testing.T, dir string) string {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	acct, err := keys.ImportKey(filepath.Join(dir, "keys"), key, "right", true)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("right\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := config.Default()
	c.Node.Name = "op1"
	c.Node.DataDir = filepath.Join(dir, "data")
	for i, cc := range []*config.ChainConfig{&c.Parent, &c.Child} {
		cc.Endpoints = []string{"ws://127.0.0.1:1"}
		cc.ChainID = uint64(1000 + i)
		cc.Bridge = crypto.PubkeyToAddress(key.PublicKey) // any address will do: nothing is dialed before the key loads
		cc.Keystore = acct.Path
		cc.PasswordFile = pw
		cc.Finalized = true
	}
	path := filepath.Join(dir, "bridge.toml")
	if err := c.WriteFile(path, false); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBridgeRunBadConfig: a malformed or invalid bridge.toml stops the node
// before it starts, with errors that name each bad key and what was expected.
func TestBridgeRunBadConfig(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(validConfig(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, from, to string
		want           []string
	}{
		{"syntax", `[bridge]`, `[bridge`, []string{"servicechain: ", "bridge.toml"}},
		{"batch size", `batch_size = 10 `, `batch_size = 0 `, []string{"bridge.batch_size = 0: expected an integer from 1 to 100"}},
		{"endpoint", `endpoints = ["ws://127.0.0.1:1"]`, `endpoints = ["htp://x"]`, []string{`parent.endpoints[0] = "htp://x"`, "ws://, wss://, http:// or https://"}},
		{"address", `chain_id = 1001`, "chain_id = 1001\nbridge = \"0x12\"", []string{"child.bridge"}},
		{"unknown key", `[anchoring]`, "[anchoring]\nperiodd = 5", []string{"anchoring.periodd"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(string(good), tc.from) {
				t.Fatalf("test config lacks %q", tc.from)
			}
			bad := strings.Replace(string(good), tc.from, tc.to, 1)
			path := filepath.Join(t.TempDir(), "bridge.toml")
			if err := os.WriteFile(path, []byte(bad), 0o600); err != nil {
				t.Fatal(err)
			}
			runCLI(t, "", "bridge", "run", "--config", path).expect(t, 1, tc.want...)
		})
	}
}

// TestBridgeRunWrongPassword: a wrong keystore password is reported with the
// keystore file's name, and nothing in the data directory is touched.
func TestBridgeRunWrongPassword(t *testing.T) {
	dir := t.TempDir()
	path := validConfig(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "password"), []byte("wrong\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", "bridge", "run", "--config", path)
	r.expect(t, 1, "parent operator key", filepath.Join(dir, "keys"))
	if !strings.Contains(strings.ToLower(r.stderr), "password") {
		t.Errorf("error does not mention the password:\n%s", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); !os.IsNotExist(err) {
		t.Errorf("data directory created despite the bad key (stat: %v)", err)
	}
	// No password source at all.
	t.Setenv("SC_TEST_UNSET_PASSWORD", "")
	cfg, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	noPw := strings.ReplaceAll(string(cfg), `password_file = "`+filepath.Join(dir, "password")+`"`, `password_env = "SC_TEST_UNSET_PASSWORD"`)
	if err := os.WriteFile(path, []byte(noPw), 0o600); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "", "bridge", "run", "--config", path).expect(t, 1, "SC_TEST_UNSET_PASSWORD")
}
