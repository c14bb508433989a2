package main

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
)

func TestTransferUsageErrors(t *testing.T) {
	const a = "0x903A862693363F668704771D1a74D9F36Ea4D480"
	net := []string{"--parent-rpc", "http://127.0.0.1:1", "--child-rpc", "http://127.0.0.1:1", "--parent-bridge", a, "--child-bridge", a}
	tr := func(args ...string) result { return runCLI(t, "", append([]string{"transfer"}, args...)...) }
	tr("--from", "parent", "--native", "--amount", "1", "--to", "0x12").expect(t, 2, `servicechain: --to "0x12": expected a 20-byte hex address`)
	tr("--from", "parent", "--native", "--amount", "abc").expect(t, 2, `--amount "abc": expected a decimal number`)
	tr("--from", "parent", "--native", "--amount", "0").expect(t, 2, `--amount "0": expected an amount greater than 0`)
	tr("--from", "parent", "--native", "--amount", "1.0000000000000000001").expect(t, 2, "more than 18 decimal places")
	tr("--native", "--amount", "1").expect(t, 2, "--from is required: parent or child")
	tr("--from", "middle", "--native", "--amount", "1").expect(t, 2, `--from "middle": expected parent or child`)
	tr("--from", "parent", "--amount", "1").expect(t, 2, "say what to transfer: --native, --erc20 ADDRESS or --erc721 ADDRESS")
	tr("--from", "parent", "--native", "--erc20", a, "--amount", "1").expect(t, 2, "give only one of --native, --erc20 and --erc721")
	tr("--from", "parent", "--erc20", "0xzz", "--amount", "1").expect(t, 2, `--erc20 "0xzz": expected a 20-byte hex address`)
	tr("--from", "parent", "--native").expect(t, 2, "--native needs --amount")
	tr("--from", "parent", "--erc721", a).expect(t, 2, "--erc721 needs --token-id N")
	tr("--from", "parent", "--erc721", a, "--amount", "1").expect(t, 2, "give --token-id N instead")
	tr("--from", "parent", "--erc721", a, "--token-id", "-1").expect(t, 2, `--token-id "-1": expected a non-negative integer`)
	tr("--from", "parent", "--native", "--amount", "1", "--token-id", "1").expect(t, 2, "--token-id goes with --erc721")
	tr("--from", "parent", "--native", "--amount", "1", "--one-step").expect(t, 2, "a native transfer is always one transaction")
	tr("--from", "parent", "--native", "--amount", "1", "--mint").expect(t, 2, "--mint and --token-uri go with --erc721")
	tr("--from", "parent", "--erc721", a, "--token-id", "1", "--token-uri", "x").expect(t, 2, "--token-uri goes with --mint")
	tr("--from", "parent", "--native", "--amount", "1", "--to", "0x0000000000000000000000000000000000000000").expect(t, 2, "the zero address")
	tr("--from", "parent", "--native", "--amount", "1", "--timeout", "0s").expect(t, 2, "--timeout 0s: expected a positive duration")
	tr("--from", "parent", "--native", "--amount", "1", "extra").expect(t, 2, `unexpected argument "extra"`)
	tr("--from", "parent", "--native", "--amount", "1").expect(t, 2, "give --devnet DIR, or --parent-rpc URL, --child-rpc URL, --parent-bridge ADDRESS, --child-bridge ADDRESS")
	tr(append(net, "--from", "parent", "--native", "--amount", "1")...).expect(t, 2, "a signing key is needed")
	tr(append(net, "--from", "parent", "--native", "--amount", "1", "--key", "0x12")...).expect(t, 2, "--key: private key: expected 64 hex digits")
	tr(append(net, "--from", "parent", "--native", "--amount", "1", "--account", "1")...).expect(t, 2, "--account 1: dev accounts need --devnet DIR")
	tr(append(net, "--from", "parent", "--native", "--amount", "1", "--account", "1", "--key-file", "f")...).expect(t, 2, "give only one of --key-file, --account")
	tr(append(net, "--from", "parent", "--native", "--amount", "1", "--keystore", "f")...).expect(t, 2, "--keystore f: give --password-file FILE or --password-env VAR")
	tr("--devnet", t.TempDir(), "--parent-rpc", "http://x", "--from", "parent", "--native", "--amount", "1").expect(t, 2, "give either --devnet DIR or --parent-rpc, not both")
	tr("--devnet", filepath.Join(t.TempDir(), "none"), "--from", "parent", "--native", "--amount", "1", "--account", "1").expect(t, 1, "devnet.json: no such file")
	// The key is fine, the chain is not there: exit 1 naming the URL.
	key := "0x" + strings.Repeat("11", 32)
	tr(append(net, "--from", "parent", "--native", "--amount", "1", "--key", key)...).expect(t, 1, "parent chain at http://127.0.0.1:1")
}

// busyPort returns a port that is in use until the test ends.
func busyPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l.Addr().(*net.TCPAddr).Port
}

func TestDevnetUsageErrors(t *testing.T) {
	dn := func(args ...string) result { return runCLI(t, "", append([]string{"devnet"}, args...)...) }
	dn("--operators", "3", "--threshold", "4").expect(t, 2, "--threshold 4: expected 1 to --operators (3)")
	dn("--operators", "0").expect(t, 2, "--operators 0: expected 1 to 32")
	dn("--block-time", "0s").expect(t, 2, "--block-time 0s: expected a positive duration")
	dn("--block-time", "soon").expect(t, 2, "devnet: invalid value \"soon\" for flag -block-time")
	dn("--accounts", "0").expect(t, 2, "--accounts 0: expected 1 to 1000")
	dn("--parent-chain-id", "5", "--child-chain-id", "5").expect(t, 2, "both 5: expected two different ids")
	dn("--parent-http-port", "70000").expect(t, 2, "--parent-http-port 70000: expected a port from 1 to 65535")
	dn("--parent-http-port", "9000", "--child-ws-port", "9000").expect(t, 2, "--child-ws-port 9000: the same port as --parent-http-port")
	dn("--bogus").expect(t, 2, "devnet: flag provided but not defined: -bogus")
	dn("now").expect(t, 2, `unexpected argument "now"`)
	// A port in use: exit 1 naming flag and port, before anything starts.
	p := busyPort(t)
	dn("--parent-http-port", "0", "--parent-ws-port", "0", "--child-http-port", "0", "--child-ws-port", strconv.Itoa(p)).
		expect(t, 1, "servicechain: --child-ws-port "+strconv.Itoa(p)+": 127.0.0.1:"+strconv.Itoa(p)+" is already in use")
}

func TestAdminUsageErrors(t *testing.T) {
	const a = "0x903A862693363F668704771D1a74D9F36Ea4D480"
	run := func(args ...string) result { return runCLI(t, "", args...) }
	run("deploy").expect(t, 2, "deploy: give the operators: --operator ADDRESS")
	run("deploy", "--operator", "0x1").expect(t, 2, `--operator "0x1": expected a 20-byte hex address`)
	run("deploy", "--operator", a+","+a).expect(t, 2, "given twice")
	run("deploy", "--operator", a, "--threshold", "2").expect(t, 2, "--threshold 2: expected 1 to the number of operators (1)")
	run("deploy", "--operator", a, "--parent-liquidity", "lots").expect(t, 2, `--parent-liquidity "lots": expected a decimal number`)
	run("deploy", "--operator", a, "--no-anchor", "--anchor-threshold", "1").expect(t, 2, "--anchor-threshold goes without --no-anchor")
	run("deploy", "--operator", a).expect(t, 2, "deploy: give --devnet DIR, or --parent-rpc URL, --child-rpc URL")

	run("token").expect(t, 2, "token: missing command (expected one of register)")
	run("token", "register").expect(t, 2, "--chain is required: parent or child")
	run("token", "register", "--chain", "anchor").expect(t, 2, `--chain "anchor": expected parent or child`)
	run("token", "register", "--chain", "child").expect(t, 2, "--token ADDRESS is required")
	run("token", "register", "--chain", "child", "--token", a, "--counterpart", "nope").expect(t, 2, `--counterpart "nope": expected a 20-byte hex address`)
	run("token", "register", "--chain", "child", "--token", a, "--counterpart", a).expect(t, 2, "give --rpc URL (of the child chain) or --devnet DIR")

	run("operator").expect(t, 2, "operator: missing command (expected one of add, remove)")
	run("operator", "add", "--chain", "sidechain").expect(t, 2, `--chain "sidechain": expected parent, child or anchor`)
	run("operator", "remove", "--chain", "anchor").expect(t, 2, "operator remove: --operator ADDRESS is required")
	run("operator", "add", "--chain", "anchor", "--operator", a, "--rpc", "127.0.0.1:8545").expect(t, 2, `parent RPC "127.0.0.1:8545": expected a URL`)

	run("threshold", "set", "--chain", "parent", "--vote-type", "fees").expect(t, 2, `--vote-type "fees": expected value or config`)
	run("threshold", "set", "--chain", "anchor", "--vote-type", "value", "--threshold", "1").expect(t, 2, "the Anchor has a single threshold")
	run("threshold", "set", "--chain", "child").expect(t, 2, "--threshold K is required")
	run("threshold", "set", "--chain", "child", "--threshold", "0").expect(t, 2, "--threshold 0: expected an integer from 1 to 255")

	run("anchor", "verify").expect(t, 2, "--block N is required")
	run("anchor", "verify", "--block", "ten").expect(t, 2, `--block "ten": expected a child block number >= 1, or latest`)
	run("anchor", "status").expect(t, 2, "give --devnet DIR, or --parent-rpc URL, --child-rpc URL, --anchor ADDRESS")
	run("status").expect(t, 2, "status: give --devnet DIR, or --parent-rpc URL, --child-rpc URL, --parent-bridge ADDRESS, --child-bridge ADDRESS")
	run("status", "--parent-rpc", "http://x", "--child-rpc", "http://y", "--parent-bridge", a, "--child-bridge", "0x12").expect(t, 2, `--child-bridge "0x12"`)
}

func TestBridgeInitFromFlags(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	acct, err := keys.ImportKey(filepath.Join(dir, "keystore"), key, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	os.WriteFile(pw, []byte("pw\n"), 0o600)
	out := filepath.Join(dir, "node", "bridge.toml")
	const pb, cb, an = "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222", "0x3333333333333333333333333333333333333333"
	args := []string{"bridge", "init", "--out", out, "--name", "op7",
		"--parent-rpc", "ws://10.0.0.1:8546", "--parent-rpc", "http://10.0.0.1:8545", "--child-rpc", "ws://10.0.0.2:8556",
		"--parent-chain-id", "1001", "--child-chain-id", "1000", "--parent-bridge", pb, "--child-bridge", cb, "--anchor", an,
		"--anchor-period", "20", "--parent-start-block", "120", "--child-start-block", "35", "--parent-confirmations", "12", "--child-finalized",
		"--keystore", acct.Path, "--password-file", pw}
	r := runCLI(t, "", args...)
	r.expect(t, 0)
	if !strings.Contains(r.stdout, "wrote "+out) || !strings.Contains(r.stdout, crypto.PubkeyToAddress(key.PublicKey).Hex()) {
		t.Errorf("output: %s", r.stdout)
	}
	cfg, err := config.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Node.Name != "op7" || len(cfg.Parent.Endpoints) != 2 || cfg.Child.Endpoints[0] != "ws://10.0.0.2:8556" ||
		cfg.Parent.ChainID != 1001 || cfg.Child.ChainID != 1000 || cfg.Parent.Bridge.Hex() != pb || cfg.Child.Bridge.Hex() != cb ||
		cfg.Parent.Anchor.Hex() != an || !cfg.Anchoring.Enabled || cfg.Anchoring.Period != 20 || cfg.Parent.StartBlock != 120 ||
		cfg.Child.StartBlock != 35 || cfg.Parent.Confirmations != 12 || !cfg.Child.Finalized || cfg.Child.Keystore != acct.Path || cfg.Parent.PasswordFile != pw ||
		cfg.Node.DataDir != filepath.Join(dir, "node", "data") {
		t.Errorf("config: %+v", cfg)
	}
	// No overwrite without --force.
	runCLI(t, "", args...).expect(t, 1, out+" already exists: not overwriting it (add --force to replace it)")
	runCLI(t, "", append(args, "--force")...).expect(t, 0)

	bi := func(args ...string) result {
		return runCLI(t, "", append([]string{"bridge", "init", "--out", filepath.Join(t.TempDir(), "b.toml")}, args...)...)
	}
	bi("--operator", "1").expect(t, 2, "--operator N picks a devnet operator: it needs --devnet DIR")
	bi().expect(t, 2, "bridge init: give --parent-rpc URL, --child-rpc URL, --parent-bridge ADDRESS, --child-bridge ADDRESS (or --devnet DIR)")
	base := []string{"--parent-rpc", "http://a:1", "--child-rpc", "http://b:1", "--parent-chain-id", "1", "--child-chain-id", "2", "--parent-bridge", pb, "--child-bridge", cb}
	bi(base...).expect(t, 2, "the operator key is needed")
	bi(append(base, "--keystore", acct.Path)...).expect(t, 2, "give --password-file FILE or --password-env VAR")
	bi(append(base, "--keystore", pw, "--password-file", pw)...).expect(t, 1, "is not a keystore file")
	bi(append(base, "--keystore", acct.Path, "--password-env", "X", "--anchor-period", "5")...).expect(t, 2, "--anchor-period needs an Anchor")
	bi(append(base, "--keystore", acct.Path, "--password-env", "X", "--admin-listen", "0.0.0.0:1")...).expect(t, 2, `admin.listen = "0.0.0.0:1": expected a loopback host:port`)
	bi("--parent-rpc", "http://a:1", "--child-rpc", "http://b:1", "--parent-chain-id", "1", "--child-chain-id", "2", "--parent-bridge", "0x9", "--child-bridge", cb).
		expect(t, 2, `--parent-bridge "0x9": expected a 20-byte hex address`)
	bi("--devnet", t.TempDir(), "--parent-rpc", "http://a").expect(t, 2, "--parent-rpc comes from devnet.json with --devnet")
	runCLI(t, "", "bridge").expect(t, 2, "bridge: missing command (expected one of run, status, init, refund)")
}

func TestDeployRedeployUsageErrors(t *testing.T) {
	const a = "0x903A862693363F668704771D1a74D9F36Ea4D480"
	dir := t.TempDir()
	good := filepath.Join(dir, "deployment.json")
	bad := filepath.Join(dir, "bad.json")
	empty := filepath.Join(dir, "empty.json")
	for f, body := range map[string]string{good: `{"parentBridge": "` + a + `", "childBridge": "` + a + `"}`, bad: `{"parentBridge": 7`, empty: `{}`} {
		if err := os.WriteFile(f, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	net := []string{"--parent-rpc", "http://127.0.0.1:1", "--child-rpc", "http://127.0.0.1:1"}
	dp := func(args ...string) result { return runCLI(t, "", append([]string{"deploy"}, args...)...) }
	dp("--redeploy", "middle", "--deployment", good).expect(t, 2, `--redeploy "middle": expected parent or child`)
	dp("--redeploy", "child").expect(t, 2, "--redeploy needs --deployment FILE")
	dp("--redeploy", "child", "--deployment", good, "--operator", a).expect(t, 2, "--operator goes without --redeploy")
	dp("--redeploy", "child", "--deployment", good, "--threshold", "2").expect(t, 2, "--threshold goes without --redeploy")
	dp("--deployment", good, "--operator", a).expect(t, 2, "--deployment goes with --redeploy parent|child")
	dp("--start-nonce", "3", "--operator", a).expect(t, 2, "--start-nonce goes with --redeploy parent|child")
	dp("--drain-timeout", "1m", "--operator", a).expect(t, 2, "--drain-timeout goes with --redeploy parent|child")
	dp("--redeploy", "child", "--deployment", good, "--start-nonce", "x").expect(t, 2, `invalid value "x" for flag -start-nonce`)
	dp("--redeploy", "child", "--deployment", good, "--parent-liquidity", "1").expect(t, 2, "--parent-liquidity goes with --redeploy parent")
	dp("--redeploy", "child", "--deployment", good, "--child-liquidity", "x").expect(t, 2, `--child-liquidity "x"`)
	dp("--redeploy", "child", "--deployment", filepath.Join(dir, "none.json")).expect(t, 2, "--deployment: open "+filepath.Join(dir, "none.json"))
	dp("--redeploy", "child", "--deployment", bad).expect(t, 2, "--deployment "+bad+":", "expected the JSON of servicechain deploy --out")
	dp("--redeploy", "child", "--deployment", empty).expect(t, 2, "--deployment "+empty+": no parentBridge and childBridge addresses")
	dp("--redeploy", "child", "--deployment", good, "--out", good).expect(t, 2, "--out "+good+" already exists")
	dp(append(net, "--redeploy", "child", "--deployment", good)...).expect(t, 2, "a signing key is needed")
	// The input is fine, the chain is not there: exit 1 naming the URL.
	dp(append(net, "--redeploy", "child", "--deployment", good, "--key", "0x"+strings.Repeat("11", 32))...).expect(t, 1, "parent chain at http://127.0.0.1:1")
}
