package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/status"
	"github.com/servicechain/servicechain/internal/transfer"
	"github.com/servicechain/servicechain/internal/units"
)

var (
	bridgeABI = bindings.NewBridge()
	tokenABI  = bindings.NewServiceChainToken()
	nftABI    = bindings.NewServiceChainNFT()
)

// lockedBuffer is a bytes.Buffer safe for a process writing while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// freePorts returns n distinct ports that were free a moment ago.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// buildCLI builds the servicechain binary into a temporary directory.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "servicechain")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// cliRun is one finished run of the binary.
type cliRun struct {
	code           int
	stdout, stderr string
}

func runBin(t *testing.T, bin string, args ...string) cliRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return cliRun{code, out.String(), errb.String()}
}

// ok fails the test unless the run exited 0, and returns its stdout.
func (r cliRun) ok(t *testing.T, what string) string {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("%s: exit %d\nstdout: %s\nstderr: %s", what, r.code, r.stdout, r.stderr)
	}
	return r.stdout
}

// TestEndToEnd runs the built binary: `devnet` up, native, ERC-20 and
// ERC-721 transfers both ways through `transfer`, `status --json` shows all
// handled, anchors exist and verify, the admin commands work against the
// devnet's chains, bad flags and a port in use give clear errors, and
// SIGTERM stops the devnet with exit status 0.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a devnet")
	}
	start := time.Now()
	bin := buildCLI(t)
	t.Logf("build: %.1f s", time.Since(start).Seconds())

	dir := filepath.Join(t.TempDir(), "devnet")
	ports := freePorts(t, 4)
	// Sub-second blocks need the single dev node child chain (the service
	// chain's slots are whole seconds); TestServiceChainDevnet in
	// internal/devnet covers the default shape.
	args := []string{"devnet", "--datadir", dir, "--block-time", "500ms", "--anchor-period", "5", "--child-producers", "1",
		"--parent-http-port", strconv.Itoa(ports[0]), "--parent-ws-port", strconv.Itoa(ports[1]),
		"--child-http-port", strconv.Itoa(ports[2]), "--child-ws-port", strconv.Itoa(ports[3]), "--console-listen", "127.0.0.1:0"}
	dn := exec.Command(bin, args...)
	var dnOut, dnErr lockedBuffer
	dn.Stdout, dn.Stderr = &dnOut, &dnErr
	if err := dn.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- dn.Wait() }()
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			dn.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("devnet stdout:\n%s\ndevnet stderr:\n%s", dnOut.String(), dnErr.String())
		}
	})

	// Ready: the banner's last line, and devnet.json.
	readyRe := regexp.MustCompile(`Ready in ([0-9.]+) s`)
	deadline := time.Now().Add(60 * time.Second)
	var m []string
	for m == nil {
		select {
		case err := <-exited:
			stopped = true
			t.Fatalf("devnet exited early: %v\nstderr: %s", err, dnErr.String())
		case <-time.After(100 * time.Millisecond):
		}
		m = readyRe.FindStringSubmatch(dnOut.String())
		if m == nil && time.Now().After(deadline) {
			t.Fatalf("devnet not ready after 60 s")
		}
	}
	readySecs, _ := strconv.ParseFloat(m[1], 64)
	t.Logf("devnet ready in %.1f s (as printed)", readySecs)
	if readySecs >= 30 {
		t.Errorf("devnet took %.1f s to be ready, want < 30 s", readySecs)
	}
	// The operator console: its URL in the banner, serving the page.
	if cm := regexp.MustCompile(`Console  (http://127\.0\.0\.1:[0-9]+/)`).FindStringSubmatch(dnOut.String()); cm == nil {
		t.Errorf("banner lacks the console URL")
	} else if resp, err := http.Get(cm[1]); err != nil {
		t.Errorf("console %s: %v", cm[1], err)
	} else {
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "<html") {
			t.Errorf("console %s: status %d, %d bytes: want the page", cm[1], resp.StatusCode, len(page))
		}
	}
	info, err := devnet.ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{info.Parent.HTTP, info.Child.WS, info.Contracts.ParentBridge.Hex(), info.Contracts.Anchor.Hex(),
		info.Operators[2].Address.Hex(), info.Operators[0].Metrics, info.Operators[0].Admin, info.Accounts[9].PrivateKey,
		filepath.Join(dir, "devnet.json")} {
		if !strings.Contains(dnOut.String(), want) {
			t.Errorf("banner lacks %q", want)
		}
	}
	if info.Parent.HTTP != fmt.Sprintf("http://127.0.0.1:%d", ports[0]) || info.Child.WS != fmt.Sprintf("ws://127.0.0.1:%d", ports[3]) {
		t.Errorf("devnet.json RPC URLs %+v %+v, want the ports given", info.Parent, info.Child)
	}

	// A port in use (the running devnet's): exit 1 naming it.
	r := runBin(t, bin, "devnet", "--parent-http-port", strconv.Itoa(ports[0]))
	if r.code != 1 || !strings.Contains(r.stderr, fmt.Sprintf("servicechain: --parent-http-port %d: 127.0.0.1:%d is already in use", ports[0], ports[0])) {
		t.Errorf("devnet on a used port: exit %d, stderr %q", r.code, r.stderr)
	}
	// A bad flag value: exit 2 naming it.
	r = runBin(t, bin, "transfer", "--devnet", dir, "--account", "1", "--from", "parent", "--native", "--amount", "1", "--to", "0x12")
	if r.code != 2 || !strings.Contains(r.stderr, `servicechain: --to "0x12": expected a 20-byte hex address`) {
		t.Errorf("bad --to: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runBin(t, bin, "transfer", "--frobnicate")
	if r.code != 2 || !strings.Contains(r.stderr, "flag provided but not defined: -frobnicate") {
		t.Errorf("unknown flag: exit %d, stderr %q", r.code, r.stderr)
	}

	k := info.Contracts
	acct := func(i int) common.Address { return info.Accounts[i].Address }
	transferJSON := func(what string, args ...string) transfer.Result {
		t.Helper()
		r := runBin(t, bin, append([]string{"transfer", "--devnet", dir, "--json", "--timeout", "60s"}, args...)...)
		out := r.ok(t, what)
		var res transfer.Result
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, out)
		}
		if !res.Handled || res.Votes < 2 || res.Threshold != 2 || res.Operators != 3 || res.HandleBlock == 0 || res.LatencyBlocks == 0 {
			t.Errorf("%s: %+v", what, res)
		}
		t.Logf("%-28s nonce %d: votes %d/%d, latency %.2f s, %d blocks", what, res.RequestNonce, res.Votes, res.Threshold, res.LatencySeconds, res.LatencyBlocks)
		return res
	}
	parent, err := ethclient.Dial(info.Parent.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer parent.Close()
	child, err := ethclient.Dial(info.Child.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer child.Close()
	ctx := context.Background()
	bal := func(c *ethclient.Client, a common.Address) *big.Int {
		t.Helper()
		b, err := c.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tokenBal := func(c *ethclient.Client, token, a common.Address) *big.Int {
		t.Helper()
		v, err := bind.Call(tokenABI.Instance(c, token), nil, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	ownerOf := func(c *ethclient.Client, nft common.Address, id int64) common.Address {
		t.Helper()
		o, err := bind.Call(nftABI.Instance(c, nft), nil, nftABI.PackOwnerOf(big.NewInt(id)), nftABI.UnpackOwnerOf)
		if err != nil {
			t.Fatalf("ownerOf(%d) on %s: %v", id, nft, err)
		}
		return o
	}
	eth := func(s string) *big.Int { v, _ := units.Parse(s, 18); return v }

	// Native both ways.
	before := bal(child, acct(2))
	transferJSON("native parent->child", "--account", "1", "--from", "parent", "--native", "--amount", "1.5", "--to", acct(2).Hex())
	if got := new(big.Int).Sub(bal(child, acct(2)), before); got.Cmp(eth("1.5")) != 0 {
		t.Errorf("child balance of account 2 rose by %s wei, want 1.5 ether", got)
	}
	before = bal(parent, acct(3))
	transferJSON("native child->parent", "--account", "1", "--from", "child", "--native", "--amount", "0.25", "--to", acct(3).Hex())
	if got := new(big.Int).Sub(bal(parent, acct(3)), before); got.Cmp(eth("0.25")) != 0 {
		t.Errorf("parent balance of account 3 rose by %s wei, want 0.25 ether", got)
	}
	// ERC-20: out of the parent (two steps), back from the child (one step).
	transferJSON("erc20 parent->child", "--account", "0", "--from", "parent", "--erc20", k.ParentToken.Hex(), "--amount", "100.5", "--to", acct(4).Hex())
	if got := tokenBal(child, k.ChildToken, acct(4)); got.Cmp(eth("100.5")) != 0 {
		t.Errorf("child token balance of account 4: %s, want 100.5 tokens", got)
	}
	transferJSON("erc20 child->parent 1-step", "--account", "4", "--from", "child", "--erc20", k.ChildToken.Hex(), "--amount", "40", "--one-step", "--to", acct(5).Hex())
	if got := tokenBal(parent, k.ParentToken, acct(5)); got.Cmp(eth("40")) != 0 {
		t.Errorf("parent token balance of account 5: %s, want 40 tokens", got)
	}
	// ERC-721: minted on the parent, over to the child, and back.
	transferJSON("erc721 parent->child --mint", "--account", "0", "--from", "parent", "--erc721", k.ParentNFT.Hex(), "--token-id", "7", "--mint")
	if o := ownerOf(child, k.ChildNFT, 7); o != acct(0) {
		t.Errorf("NFT 7 on the child is owned by %s, want account 0", o.Hex())
	}
	transferJSON("erc721 child->parent 1-step", "--account", "0", "--from", "child", "--erc721", k.ChildNFT.Hex(), "--token-id", "7", "--one-step", "--to", acct(6).Hex())
	if o := ownerOf(parent, k.ParentNFT, 7); o != acct(6) {
		t.Errorf("NFT 7 on the parent is owned by %s, want account 6", o.Hex())
	}
	// The text form shows the progress lines; the key comes from a file.
	keyFile := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(keyFile, []byte(info.Accounts[2].PrivateKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := runBin(t, bin, "transfer", "--devnet", dir, "--key-file", keyFile, "--from", "parent", "--native", "--amount", "0.1").ok(t, "text transfer")
	for _, want := range []string{"sent ", "requested  nonce 3 in parent block", "votes      2/2 (3 operators)", "handled    in child block", "latency "} {
		if !strings.Contains(out, want) {
			t.Errorf("transfer output lacks %q:\n%s", want, out)
		}
	}

	// status --json: everything handled, both ways.
	var st status.Report
	if err := json.Unmarshal([]byte(runBin(t, bin, "status", "--devnet", dir, "--json").ok(t, "status --json")), &st); err != nil {
		t.Fatal(err)
	}
	wantReq := map[string]uint64{"parent-to-child": 4, "child-to-parent": 3}
	for _, d := range st.Directions {
		if d.RequestNonce != wantReq[d.Name] || d.LowerHandleNonce != d.RequestNonce || d.UpperHandleNonce != d.RequestNonce || d.Open != 0 {
			t.Errorf("status %s: %+v, want requestNonce %d all handled", d.Name, d, wantReq[d.Name])
		}
	}
	if len(st.Directions) != 2 || len(st.Operators) != 3 || st.Parent.Threshold != 2 || st.Child.Threshold != 2 || st.Anchor == nil {
		t.Errorf("status: %+v", st)
	}
	for _, o := range st.Operators {
		if !o.ParentBridge || !o.ChildBridge || !o.Anchor || o.ParentBalanceWei == "" || o.ChildBalanceWei == "0" {
			t.Errorf("status operator %+v", o)
		}
	}
	out = runBin(t, bin, "status", "--devnet", dir).ok(t, "status")
	for _, want := range []string{"parent-to-child  4", "child-to-parent  3", "latest anchored child block"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}

	// Anchors: one exists and matches the child chain.
	var as anchor.Status
	for deadline := time.Now().Add(30 * time.Second); ; {
		if err := json.Unmarshal([]byte(runBin(t, bin, "anchor", "status", "--devnet", dir, "--json").ok(t, "anchor status")), &as); err != nil {
			t.Fatal(err)
		}
		if as.LatestAnchoredBlock > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if as.LatestAnchoredBlock == 0 || as.LatestAnchoredBlock%5 != 0 || as.Period != 5 || len(as.Operators) != 3 {
		t.Fatalf("anchor status: %+v", as)
	}
	var v anchor.Verification
	if err := json.Unmarshal([]byte(runBin(t, bin, "anchor", "verify", "--devnet", dir, "--block", strconv.FormatUint(as.LatestAnchoredBlock, 10), "--json").ok(t, "anchor verify")), &v); err != nil {
		t.Fatal(err)
	}
	if v.Result != anchor.ResultMatch {
		t.Errorf("anchor verify: %+v", v)
	}
	if out := runBin(t, bin, "anchor", "verify", "--devnet", dir, "--block", "latest").ok(t, "anchor verify latest"); !strings.Contains(out, ": match") {
		t.Errorf("anchor verify latest: %s", out)
	}
	if r := runBin(t, bin, "anchor", "verify", "--devnet", dir, "--block", "3"); r.code != 1 || !strings.Contains(r.stdout, "child block 3: not anchored") {
		t.Errorf("anchor verify of an unanchored block: exit %d, %q", r.code, r.stdout)
	}

	// Administration against the devnet's chains.
	b := filepath.Join(t.TempDir(), "op2", "bridge.toml")
	runBin(t, bin, "bridge", "init", "--devnet", dir, "--operator", "2", "--out", b).ok(t, "bridge init")
	if cfg, err := config.Load(b); err != nil || cfg.Node.Name != "op2" || cfg.Parent.Bridge != k.ParentBridge || !cfg.Anchoring.Enabled || cfg.Anchoring.Period != 5 {
		t.Errorf("bridge init: %v %+v", err, cfg)
	}
	if r := runBin(t, bin, "bridge", "init", "--devnet", dir, "--operator", "2", "--out", b); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("bridge init over an existing file: exit %d, %q", r.code, r.stderr)
	}
	var dep deploy.Result
	if err := json.Unmarshal([]byte(runBin(t, bin, "deploy", "--devnet", dir, "--account", "8", "--operator", acct(9).Hex(), "--sample-tokens", "--child-liquidity", "5").ok(t, "deploy")), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.Owner != acct(8) || dep.ParentBridge == (common.Address{}) || dep.ChildBridge == (common.Address{}) || dep.Anchor == (common.Address{}) || dep.ParentToken == (common.Address{}) {
		t.Errorf("deploy: %+v", dep)
	}
	if got := bal(child, dep.ChildBridge); got.Cmp(eth("5")) != 0 {
		t.Errorf("new child bridge holds %s wei, want 5 ether of liquidity", got)
	}
	runBin(t, bin, "token", "register", "--devnet", dir, "--account", "8", "--chain", "parent", "--bridge", dep.ParentBridge.Hex(),
		"--token", k.ParentToken.Hex(), "--counterpart", k.ChildToken.Hex()).ok(t, "token register")
	cp, err := bind.Call(bridgeABI.Instance(parent, dep.ParentBridge), nil, bridgeABI.PackCounterpartToken(k.ParentToken), bridgeABI.UnpackCounterpartToken)
	if err != nil || cp != k.ChildToken {
		t.Errorf("counterpart after token register: %s, %v", cp.Hex(), err)
	}
	newOp := crypto.PubkeyToAddress(mustKey(t).PublicKey)
	runBin(t, bin, "operator", "add", "--devnet", dir, "--account", "8", "--chain", "child", "--contract", dep.ChildBridge.Hex(), "--operator", newOp.Hex()).ok(t, "operator add")
	// The owner key from an encrypted keystore file.
	ownerKey, err := keys.ParseHexKey(info.Accounts[8].PrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keys.ImportKey(filepath.Join(t.TempDir(), "keystore"), ownerKey, "owner-pw", true)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("SC_E2E_OWNER_PASSWORD", "owner-pw")
	runBin(t, bin, "threshold", "set", "--devnet", dir, "--keystore", ks.Path, "--password-env", "SC_E2E_OWNER_PASSWORD", "--chain", "child", "--contract", dep.ChildBridge.Hex(), "--threshold", "2").ok(t, "threshold set")
	runBin(t, bin, "operator", "add", "--devnet", dir, "--account", "0", "--chain", "anchor", "--operator", newOp.Hex()).ok(t, "operator add anchor")
	runBin(t, bin, "operator", "remove", "--devnet", dir, "--account", "0", "--chain", "anchor", "--operator", newOp.Hex()).ok(t, "operator remove anchor")
	thr, err := bind.Call(bridgeABI.Instance(child, dep.ChildBridge), nil, bridgeABI.PackOperatorThresholds(0), bridgeABI.UnpackOperatorThresholds)
	if err != nil || thr != 2 {
		t.Errorf("threshold after threshold set: %d, %v", thr, err)
	}
	// Contract errors are decoded; a non-owner is told so.
	if r := runBin(t, bin, "threshold", "set", "--devnet", dir, "--account", "8", "--chain", "child", "--contract", dep.ChildBridge.Hex(), "--vote-type", "config", "--threshold", "3"); r.code != 1 || !strings.Contains(r.stderr, "InvalidThreshold(3, 2)") {
		t.Errorf("threshold above the operator count: exit %d, %q", r.code, r.stderr)
	}
	if r := runBin(t, bin, "operator", "remove", "--devnet", dir, "--account", "1", "--chain", "parent", "--operator", info.Operators[0].Address.Hex()); r.code != 1 || !strings.Contains(r.stderr, "AccessControlUnauthorizedAccount") || !strings.Contains(r.stderr, "the key is not the contract's owner (its owner is a timelock)") {
		t.Errorf("operator remove by a non-owner: exit %d, %q", r.code, r.stderr)
	}

	// Redeploy the child bridge of that pair: the parent is re-pointed through its timelock, with `admin execute`.
	depFile, redeployed := filepath.Join(t.TempDir(), "deployment.json"), filepath.Join(t.TempDir(), "redeployed.json")
	if b, err := json.Marshal(dep); err != nil || os.WriteFile(depFile, b, 0o600) != nil {
		t.Fatal(err)
	}
	rd := runBin(t, bin, "deploy", "--devnet", dir, "--account", "8", "--redeploy", "child", "--deployment", depFile, "--out", redeployed)
	var dep2 deploy.Result
	if err := json.Unmarshal([]byte(rd.ok(t, "deploy --redeploy child")), &dep2); err != nil || dep2.ChildBridge == dep.ChildBridge || dep2.ParentBridge != dep.ParentBridge {
		t.Fatalf("deploy --redeploy: %v %+v\n%s", err, dep2, rd.stderr)
	}
	if got, err := deploy.ReadResult(redeployed); err != nil || got.ChildBridge != dep2.ChildBridge || got.ChildBridgeBlock != dep2.ChildBridgeBlock {
		t.Errorf("--out %s: %v %+v, want child bridge %s", redeployed, err, got, dep2.ChildBridge.Hex())
	}
	if !strings.Contains(rd.stderr, `bridge = "`+dep2.ChildBridge.Hex()+`"`) {
		t.Errorf("redeploy does not print the bridge.toml change:\n%s", rd.stderr)
	}
	execs := regexp.MustCompile(`servicechain admin execute --chain (\w+) --rpc URL --contract (0x[0-9a-fA-F]+) --id (0x[0-9a-fA-F]+) --from-block (\d+)`).FindAllStringSubmatch(rd.stderr, -1)
	if len(execs) != 2 {
		t.Fatalf("redeploy printed %d admin execute lines, want 2:\n%s", len(execs), rd.stderr)
	}
	for _, m := range execs {
		args := []string{"admin", "execute", "--devnet", dir, "--account", "8", "--chain", m[1], "--contract", m[2], "--id", m[3], "--from-block", m[4]}
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(500 * time.Millisecond) { // the devnet timelock delay is 5 s
			r := runBin(t, bin, args...)
			if r.code == 0 {
				break
			}
			if !strings.Contains(r.stderr, "not executable before") || time.Now().After(deadline) {
				t.Fatalf("admin execute %s: exit %d\n%s", m[3], r.code, r.stderr)
			}
		}
	}
	if cp, err := bind.Call(bridgeABI.Instance(parent, dep.ParentBridge), nil, bridgeABI.PackCounterpartBridge(), bridgeABI.UnpackCounterpartBridge); err != nil || cp != dep2.ChildBridge {
		t.Errorf("parent bridge counterpart after the executes: %s, %v; want the new child %s", cp.Hex(), err, dep2.ChildBridge.Hex())
	}
	if paused, err := bind.Call(bridgeABI.Instance(parent, dep.ParentBridge), nil, bridgeABI.PackPaused(), bridgeABI.UnpackPaused); err != nil || paused {
		t.Errorf("parent bridge paused after the executes: %v, %v", paused, err)
	}

	// SIGTERM: a clean stop, exit 0.
	if err := dn.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		stopped = true
		if err != nil {
			t.Errorf("devnet after SIGTERM: %v\nstderr: %s", err, dnErr.String())
		}
		if !strings.Contains(dnErr.String(), "devnet stopped") {
			t.Errorf("devnet stderr lacks \"devnet stopped\":\n%s", dnErr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not stop within 30 s of SIGTERM")
	}
	t.Logf("end-to-end: %.1f s", time.Since(start).Seconds())
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}
