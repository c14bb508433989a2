package bridgeinit

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/keys"
)

// given returns an IsSet that reports the listed options.
func given(options ...string) func(string) bool {
	return func(o string) bool {
		for _, x := range options {
			if x == o {
				return true
			}
		}
		return false
	}
}

// TestFromDevnet builds the configuration of devnet operator 2 from a
// devnet.json and writes it; the file loads back with the devnet's values.
func TestFromDevnet(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	acct, err := keys.ImportKey(filepath.Join(dir, "ks"), key, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	os.WriteFile(pw, []byte("pw\n"), 0o600)
	info := devnet.Info{
		Parent:       devnet.ChainInfo{ChainID: 1001, HTTP: "http://127.0.0.1:8545", WS: "ws://127.0.0.1:8546"},
		Child:        devnet.ChainInfo{ChainID: 1000, HTTP: "http://127.0.0.1:8555", WS: "http://127.0.0.1:8555"},
		Contracts:    deploy.Deployment{ParentBridge: common.Address{1}, ChildBridge: common.Address{2}, Anchor: common.Address{3}, ParentBridgeBlock: 4, ChildBridgeBlock: 5},
		AnchorPeriod: 7,
		Operators:    []devnet.OperatorInfo{{Keystore: "/none"}, {Address: crypto.PubkeyToAddress(key.PublicKey), Keystore: acct.Path, Password: pw}},
	}
	b, _ := json.Marshal(info)
	os.WriteFile(filepath.Join(dir, devnet.InfoFile), b, 0o600)
	s := Spec{Devnet: dir, Operator: 2, DataDir: "data", MetricsListen: "127.0.0.1:0", AdminListen: "127.0.0.1:0", IsSet: given("operator")}
	out := filepath.Join(dir, "op2", "bridge.toml")
	r, err := Write(context.Background(), s, out, false)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if r.Operator != crypto.PubkeyToAddress(key.PublicKey) || cfg.Node.Name != "op2" || len(cfg.Parent.Endpoints) != 2 || len(cfg.Child.Endpoints) != 1 ||
		cfg.Parent.ChainID != 1001 || cfg.Child.Bridge != (common.Address{2}) || cfg.Parent.Anchor != (common.Address{3}) || !cfg.Anchoring.Enabled ||
		cfg.Anchoring.Period != 7 || cfg.Child.StartBlock != 5 || cfg.Child.Keystore != acct.Path || cfg.Parent.PasswordFile != pw ||
		!cfg.Parent.AllowUnsafeConfirmations || !cfg.Child.AllowUnsafeConfirmations {
		t.Errorf("config %+v", cfg)
	}
	if _, err := Write(context.Background(), s, out, false); err == nil || !strings.Contains(err.Error(), "already exists: not overwriting it") {
		t.Errorf("second write: %v", err)
	}
	for _, tc := range []struct {
		s    Spec
		want string
	}{
		{Spec{Devnet: dir, Operator: 3, IsSet: given("operator")}, "--operator 3: expected 1 to 2 (the devnet's operators op1..op2)"},
		{Spec{Devnet: dir, Operator: 1, Keystore: acct.Path, IsSet: given("operator")}, "give --operator N or --keystore FILE, not both"},
		{Spec{Devnet: dir, IsSet: given("child-start-block")}, "--child-start-block comes from devnet.json with --devnet"},
		{Spec{Devnet: dir}, "bridge init: the operator key is needed"},
	} {
		if _, err := Build(context.Background(), tc.s); err == nil || !input.Is(err) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want an input error containing %q", tc.s, err, tc.want)
		}
	}
}

// TestExplicit builds a configuration from explicit values (chain ids given:
// nothing is dialed) and checks the refusals.
func TestExplicit(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	acct, err := keys.ImportKey(filepath.Join(dir, "ks"), key, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	base := Spec{ParentRPC: []string{"ws://a:1, http://a:2"}, ChildRPC: []string{"http://b:1"}, ParentChainID: 1, ChildChainID: 2,
		ParentBridge: "0x1111111111111111111111111111111111111111", ChildBridge: "0x2222222222222222222222222222222222222222",
		Keystore: acct.Path, PasswordEnv: "PW", DataDir: "data", Name: "n1", MetricsListen: "127.0.0.1:0", AdminListen: "127.0.0.1:0",
		ParentFinalized: true, ChildConfirmations: 12,
		IsSet: given("parent-chain-id", "child-chain-id", "parent-bridge", "child-bridge", "name")}
	cfg, err := Build(context.Background(), base)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Node.Name != "n1" || len(cfg.Parent.Endpoints) != 2 || cfg.Parent.Endpoints[1] != "http://a:2" || cfg.Child.ChainID != 2 ||
		cfg.Anchoring.Enabled || cfg.Child.PasswordEnv != "PW" || !filepath.IsAbs(cfg.Parent.Keystore) ||
		!cfg.Parent.Finalized || cfg.Child.Confirmations != 12 || cfg.Parent.AllowUnsafeConfirmations || cfg.Child.AllowUnsafeConfirmations {
		t.Errorf("config %+v", cfg)
	}
	with := func(f func(*Spec)) Spec { s := base; f(&s); return s }
	for _, tc := range []struct {
		s       Spec
		want    string
		isInput bool
	}{
		{with(func(s *Spec) { s.IsSet = given("operator") }), "--operator N picks a devnet operator: it needs --devnet DIR", true},
		{with(func(s *Spec) { s.ChildRPC, s.IsSet = nil, given("parent-bridge") }), "bridge init: give --child-rpc URL, --child-bridge ADDRESS (or --devnet DIR)", true},
		{with(func(s *Spec) { s.ParentBridge = "0x9" }), `--parent-bridge "0x9": expected a 20-byte hex address`, true},
		{with(func(s *Spec) {
			s.IsSet = given("parent-chain-id", "child-chain-id", "parent-bridge", "child-bridge", "anchor-period")
		}), "--anchor-period needs an Anchor", true},
		{with(func(s *Spec) { s.PasswordEnv = "" }), "give --password-file FILE or --password-env VAR", true},
		{with(func(s *Spec) { s.IsSet = given("password-file", "password-env") }), "give only one of --password-file and --password-env", true},
		{with(func(s *Spec) { s.AdminListen = "0.0.0.0:1" }), `admin.listen = "0.0.0.0:1": expected a loopback host:port`, true},
		{with(func(s *Spec) { s.Keystore = filepath.Join(dir, "none") }), "--keystore: keys: ", false},
		{with(func(s *Spec) { s.ParentFinalized = false }), "config: parent.confirmations = 0 with parent.finalized = false: a request read this shallow can vanish in a reorg", true},
		{with(func(s *Spec) { s.ChildConfirmations = 11 }), "expected child.finalized = true, or child.confirmations >= 12", true},
		{with(func(s *Spec) {
			s.IsSet = given("child-chain-id", "parent-bridge", "child-bridge")
			s.ParentRPC = []string{"a:1"}
		}), `parent RPC "a:1": expected a URL such as http://127.0.0.1:8545 (or give --parent-chain-id)`, true},
	} {
		if _, err := Build(context.Background(), tc.s); err == nil || !strings.Contains(err.Error(), tc.want) || input.Is(err) != tc.isInput {
			t.Errorf("%q: %v (input %v)", tc.want, err, input.Is(err))
		}
	}
	if _, err := Write(context.Background(), base, "", false); err == nil || !input.Is(err) {
		t.Errorf("Write to \"\": %v", err)
	}
}
