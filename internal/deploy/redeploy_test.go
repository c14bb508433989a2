package deploy_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/timelock"
)

// Accounts of the redeploy tests: 0 deploys (owner, pauser, proposer,
// executor), 1..3 are the operators (threshold 2), 4 and 5 users.
const (
	alice = 4
	bob   = 5
)

// pairEnv is a deployed pair on two simulated chains.
type pairEnv struct {
	t             *testing.T
	ctx           context.Context
	parent, child *deploytest.Chain
	dep           deploy.Result
}

func newPairEnv(t *testing.T, timelocked bool) *pairEnv {
	t.Helper()
	parent, child := deploytest.NewPair(t, 6)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ops := parent.Addrs[1:4]
	opts := deploy.Options{Operators: ops, Threshold: 2, DeployTokens: true,
		ParentNativeLiquidity: eth(10), ChildNativeLiquidity: eth(10), Timelock: timelocked, TimelockDelay: time.Hour}
	d, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), opts)
	if err != nil {
		t.Fatal(err)
	}
	return &pairEnv{t: t, ctx: ctx, parent: parent, child: child,
		dep: deploy.Result{Deployment: *d, Owner: parent.Addrs[0], Operators: ops, Threshold: 2}}
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// request makes a native transfer request of v wei from alice to bob on
// bridge and returns it as the handle call a node would relay.
func (e *pairEnv) request(c *deploytest.Chain, bridge common.Address, v *big.Int) bindings.BridgeHandleCall {
	e.t.Helper()
	r, err := deploy.Send(e.ctx, c.Client, c.Opts(alice), "request", bridge, bridgeABI().PackRequestNativeTransfer(c.Addrs[bob], v, nil), v)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if ev, err := bridgeABI().UnpackRequestValueTransferEvent(l); err == nil {
			return bindings.BridgeHandleCall{TokenType: ev.TokenType, RequestTxHash: r.TxHash, From: ev.From, To: ev.To, Token: ev.Token,
				ValueOrTokenId: ev.ValueOrTokenId, RequestNonce: ev.RequestNonce, RequestBlockNumber: r.BlockNumber.Uint64(), ExtraData: ev.ExtraData}
		}
	}
	e.t.Fatalf("no request event in %s", r.TxHash)
	return bindings.BridgeHandleCall{}
}

// vote casts operator op's handle vote for h on bridge.
func (e *pairEnv) vote(c *deploytest.Chain, op int, bridge common.Address, h bindings.BridgeHandleCall) error {
	_, err := deploy.Send(e.ctx, c.Client, c.Opts(op), fmt.Sprintf("vote nonce %d", h.RequestNonce), bridge,
		bridgeABI().PackHandleNativeTransfer(h.RequestTxHash, h.From, h.To, h.ValueOrTokenId, h.RequestNonce, h.RequestBlockNumber, h.ExtraData), nil)
	return err
}

// pay has operators 1 and 2 (the threshold) vote h on bridge and checks
// that bob received it.
func (e *pairEnv) pay(c *deploytest.Chain, bridge common.Address, h bindings.BridgeHandleCall) {
	e.t.Helper()
	before, _ := c.Client.BalanceAt(e.ctx, c.Addrs[bob], nil)
	for _, op := range []int{1, 2} {
		if err := e.vote(c, op, bridge, h); err != nil {
			e.t.Fatalf("vote %d for nonce %d on %s: %v", op, h.RequestNonce, bridge, err)
		}
	}
	after, _ := c.Client.BalanceAt(e.ctx, c.Addrs[bob], nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(h.ValueOrTokenId) != 0 {
		e.t.Fatalf("nonce %d on %s paid bob %s wei, want %s", h.RequestNonce, bridge, got, h.ValueOrTokenId)
	}
}

// refused requires err to be a revert naming reason.
func refused(t *testing.T, err error, reason string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), reason) {
		t.Fatalf("got %v, want a revert %s", err, reason)
	}
}

func bridgeView[T any](t *testing.T, c *deploytest.Chain, bridge common.Address, read func(*client.Bridge, context.Context) (T, error)) T {
	t.Helper()
	v, err := read(client.NewBridge(c.Client, bridge), context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// traffic makes and pays n parent-to-child and m child-to-parent requests;
// returns them.
func (e *pairEnv) traffic(n, m int) (toChild, toParent []bindings.BridgeHandleCall) {
	for i := 0; i < n; i++ {
		h := e.request(e.parent, e.dep.ParentBridge, big.NewInt(int64(100+i)))
		e.pay(e.child, e.dep.ChildBridge, h)
		toChild = append(toChild, h)
	}
	for i := 0; i < m; i++ {
		h := e.request(e.child, e.dep.ChildBridge, big.NewInt(int64(200+i)))
		e.pay(e.parent, e.dep.ParentBridge, h)
		toParent = append(toParent, h)
	}
	return toChild, toParent
}

// TestRedeployChild: redeploying the child bridge of a pair the deployer owns
// directly. The new child starts past every parent request (old ones are
// refused NonceAlreadyHandled there) and past the parent's handled nonces
// (its first request is paid on the parent by the operators' votes); the
// parent is re-pointed and unpaused; the old child handles nothing more; the
// tokens are registered in the same modes with MINTER_ROLE.
func TestRedeployChild(t *testing.T) {
	t.Parallel()
	e := newPairEnv(t, false)
	toChild, toParent := e.traffic(2, 1)
	r, err := deploy.Redeploy(e.ctx, e.parent.Client, e.child.Client, e.parent.Opts(0), e.child.Opts(0), e.dep,
		deploy.RedeployOptions{Side: "child", Liquidity: eth(5)})
	if err != nil {
		t.Fatal(err)
	}
	// parent requestNonce 2 (no replay, no lock), old child requestNonce 1 and parent upperHandleNonce 1 (no lock).
	if b := r.Bounds; r.StartNonce != 2 || b.Min != 2 || b.Max != 2 || b.CounterpartRequestNonce != 2 || b.OldRequestNonce != 1 || b.CounterpartUpper != 1 {
		t.Fatalf("start nonce %d, bounds %+v", r.StartNonce, b)
	}
	if len(r.Scheduled) != 0 || r.Result.ChildBridge != r.New || r.Result.ParentBridge != e.dep.ParentBridge || r.Result.ChildBridgeBlock != r.NewBlock {
		t.Fatalf("redeployment %+v", r)
	}
	if got := bridgeView(t, e.child, r.New, (*client.Bridge).LowerHandleNonce); got != 2 {
		t.Fatalf("new child lowerHandleNonce %d, want 2", got)
	}
	for _, h := range toChild {
		refused(t, e.vote(e.child, 1, r.New, h), fmt.Sprintf("NonceAlreadyHandled(%d)", h.RequestNonce))
	}
	if cp := bridgeView(t, e.parent, e.dep.ParentBridge, (*client.Bridge).CounterpartBridge); cp != r.New {
		t.Fatalf("parent counterpart %s, want the new child %s", cp, r.New)
	}
	if bridgeView(t, e.parent, e.dep.ParentBridge, (*client.Bridge).Paused) {
		t.Fatal("parent bridge still paused")
	}
	if cp := bridgeView(t, e.child, r.New, (*client.Bridge).CounterpartBridge); cp != e.dep.ParentBridge {
		t.Fatalf("new child counterpart %s", cp)
	}
	// A new child-to-parent request gets a nonce above every handled one and is paid.
	h := e.request(e.child, r.New, big.NewInt(300))
	if h.RequestNonce != 2 || h.RequestNonce <= toParent[0].RequestNonce {
		t.Fatalf("new source's first nonce %d", h.RequestNonce)
	}
	e.pay(e.parent, e.dep.ParentBridge, h)
	refused(t, e.vote(e.parent, 1, e.dep.ParentBridge, toParent[0]), "NonceAlreadyHandled(0)")
	// A new parent-to-child request is paid by the new child (out of the liquidity charged), not by the old one.
	h = e.request(e.parent, e.dep.ParentBridge, big.NewInt(400))
	refused(t, e.vote(e.child, 1, e.dep.ChildBridge, h), "CounterpartNotSet")
	e.pay(e.child, r.New, h)
	// Tokens: same pairs and modes; the child ERC-20 and NFT are mint/burn with MINTER_ROLE.
	for _, tk := range []struct{ local, cp common.Address }{{e.dep.ChildToken, e.dep.ParentToken}, {e.dep.ChildNFT, e.dep.ParentNFT}} {
		if got := bridgeView(t, e.child, r.New, func(b *client.Bridge, ctx context.Context) (common.Address, error) {
			return b.CounterpartToken(ctx, tk.local)
		}); got != tk.cp {
			t.Errorf("token %s: counterpart %s, want %s", tk.local, got, tk.cp)
		}
		if !call(t, e.child.Client, r.New, bridgeABI().PackTokenMintBurn(tk.local), bridgeABI().UnpackTokenMintBurn) {
			t.Errorf("token %s is not mint/burn on the new child", tk.local)
		}
		tok := bindings.NewServiceChainToken()
		if !call(t, e.child.Client, tk.local, tok.PackHasRole(deploy.MinterRole, r.New), tok.UnpackHasRole) {
			t.Errorf("new child has no MINTER_ROLE of %s", tk.local)
		}
	}
}

// TestRedeployWaitsForOpenRequests: a request made before the pause and not
// paid yet would count as handled on the new bridge (it starts past it), so
// Redeploy refuses while it is open (both bridges stay paused: requests are
// refused, votes go on), and waits for the operators to pay it on the old
// pair: then the new child starts past it, and it is paid exactly once.
func TestRedeployWaitsForOpenRequests(t *testing.T) {
	t.Parallel()
	e := newPairEnv(t, false)
	e.traffic(2, 1)
	open := e.request(e.parent, e.dep.ParentBridge, big.NewInt(500)) // nonce 2, not voted
	_, err := deploy.Redeploy(e.ctx, e.parent.Client, e.child.Client, e.parent.Opts(0), e.child.Opts(0), e.dep,
		deploy.RedeployOptions{Side: "child", DrainTimeout: -1})
	if !errors.Is(err, deploy.ErrOpenRequests) || !strings.Contains(err.Error(), "requests 2..2 of the parent bridge may be open on the old child bridge") {
		t.Fatalf("redeploy with request 2 open: %v, want ErrOpenRequests naming it", err)
	}
	if !bridgeView(t, e.parent, e.dep.ParentBridge, (*client.Bridge).Paused) || !bridgeView(t, e.child, e.dep.ChildBridge, (*client.Bridge).Paused) {
		t.Fatal("after the refusal both bridges should stay paused (no request may slip in before the rerun)")
	}
	if _, err := deploy.Send(e.ctx, e.parent.Client, e.parent.Opts(alice), "request while paused", e.dep.ParentBridge,
		bridgeABI().PackRequestNativeTransfer(e.parent.Addrs[bob], big.NewInt(1), nil), big.NewInt(1)); err == nil {
		t.Fatal("the paused parent took a request")
	}

	// The rerun waits; the operators pay the open request on the old child meanwhile.
	before, _ := e.child.Client.BalanceAt(e.ctx, e.child.Addrs[bob], nil)
	voted := make(chan error, 1)
	go func() {
		time.Sleep(3 * time.Second) // after Redeploy has read the bounds at least once
		for _, op := range []int{1, 2} {
			if err := e.vote(e.child, op, e.dep.ChildBridge, open); err != nil {
				voted <- err
				return
			}
		}
		voted <- nil
	}()
	r, err := deploy.Redeploy(e.ctx, e.parent.Client, e.child.Client, e.parent.Opts(0), e.child.Opts(0), e.dep,
		deploy.RedeployOptions{Side: "child", DrainTimeout: time.Minute})
	if verr := <-voted; verr != nil {
		t.Fatalf("votes on the paused old child: %v", verr)
	}
	if err != nil {
		t.Fatalf("redeploy after the open request was paid: %v", err)
	}
	after, _ := e.child.Client.BalanceAt(e.ctx, e.child.Addrs[bob], nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(open.ValueOrTokenId) != 0 {
		t.Fatalf("bob got %s wei for the open request, want %s (once)", got, open.ValueOrTokenId)
	}
	if r.StartNonce != 3 || bridgeView(t, e.child, r.New, (*client.Bridge).LowerHandleNonce) != 3 {
		t.Fatalf("new child start nonce %d, want 3 (past the request paid while waiting)", r.StartNonce)
	}
	refused(t, e.vote(e.child, 1, r.New, open), "NonceAlreadyHandled(2)")
}

// TestRedeployParentTimelocked: with timelocks the re-pointing waits: before
// its operations are executed the child still takes requests from the old
// parent and stays paused; after `execute` (the delay passed) it takes them
// from the new parent, whose timelock owns it, and the new parent's first
// request (a nonce above everything the child handled) is paid.
func TestRedeployParentTimelocked(t *testing.T) {
	t.Parallel()
	e := newPairEnv(t, true)
	toChild, toParent := e.traffic(1, 2)
	r, err := deploy.Redeploy(e.ctx, e.parent.Client, e.child.Client, e.parent.Opts(0), e.child.Opts(0), e.dep,
		deploy.RedeployOptions{Side: "parent", Liquidity: eth(5)})
	if err != nil {
		t.Fatal(err)
	}
	// child requestNonce 2, old parent requestNonce 1, child upperHandleNonce 1.
	if r.StartNonce != 2 || len(r.Scheduled) != 2 {
		t.Fatalf("start nonce %d, scheduled %+v", r.StartNonce, r.Scheduled)
	}
	if cp := bridgeView(t, e.child, e.dep.ChildBridge, (*client.Bridge).CounterpartBridge); cp != e.dep.ParentBridge {
		t.Fatalf("child re-pointed before the timelock's delay: counterpart %s", cp)
	}
	if !bridgeView(t, e.child, e.dep.ChildBridge, (*client.Bridge).Paused) || !bridgeView(t, e.parent, e.dep.ParentBridge, (*client.Bridge).Paused) {
		t.Fatal("the child and the old parent bridge should be paused until the switch")
	}
	h := e.request(e.parent, r.New, big.NewInt(500)) // the new parent takes requests at once
	if h.RequestNonce != 2 {
		t.Fatalf("new parent's first nonce %d, want 2", h.RequestNonce)
	}
	// Not executable before the delay.
	chains := map[string]*deploytest.Chain{"parent": e.parent, "child": e.child}
	for _, s := range r.Scheduled {
		c := chains[s.Chain]
		o, err := timelock.Find(e.ctx, c.Client, s.Timelock, s.Block, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, err = deploy.Send(e.ctx, c.Client, c.Opts(0), "execute early", s.Timelock, o.ExecuteData(), o.Value())
		refused(t, err, "TimelockUnexpectedOperationState")
		if err := c.Backend.AdjustTime(time.Hour + time.Minute); err != nil {
			t.Fatal(err)
		}
		if _, err := deploy.Send(e.ctx, c.Client, c.Opts(0), "execute "+s.What, s.Timelock, o.ExecuteData(), o.Value()); err != nil {
			t.Fatal(err)
		}
	}
	if cp := bridgeView(t, e.child, e.dep.ChildBridge, (*client.Bridge).CounterpartBridge); cp != r.New {
		t.Fatalf("child counterpart %s after execute, want the new parent %s", cp, r.New)
	}
	if bridgeView(t, e.child, e.dep.ChildBridge, (*client.Bridge).Paused) {
		t.Fatal("child still paused after execute")
	}
	if lock, delay, err := timelock.TimelockOf(e.ctx, e.parent.Client, r.New); err != nil || lock != e.dep.ParentTimelock || delay != time.Hour {
		t.Fatalf("new parent owned by %s (delay %s, %v), want the parent timelock %s", lock, delay, err, e.dep.ParentTimelock)
	}
	if cp := bridgeView(t, e.parent, e.dep.ParentBridge, (*client.Bridge).CounterpartBridge); cp != (common.Address{}) {
		t.Fatalf("old parent still has counterpart %s", cp)
	}
	if bal, _ := e.parent.Client.BalanceAt(e.ctx, r.New, nil); bal.Cmp(new(big.Int).Add(eth(5), h.ValueOrTokenId)) != 0 {
		t.Fatalf("new parent holds %s wei after the hand-over, want the 5 ether charged plus the %s wei request", bal, h.ValueOrTokenId)
	}
	e.pay(e.child, e.dep.ChildBridge, h)
	for _, old := range toChild {
		refused(t, e.vote(e.child, 1, e.dep.ChildBridge, old), fmt.Sprintf("NonceAlreadyHandled(%d)", old.RequestNonce))
	}
	for _, old := range toParent {
		refused(t, e.vote(e.parent, 1, r.New, old), fmt.Sprintf("NonceAlreadyHandled(%d)", old.RequestNonce))
	}
	// The child, unpaused, sends new requests to the new parent.
	e.pay(e.parent, r.New, e.request(e.child, e.dep.ChildBridge, big.NewInt(600)))
	lines := strings.Join(r.Instructions(), "\n")
	for _, want := range []string{`bridge = "` + r.New.Hex() + `"`, fmt.Sprintf("start_block = %d", r.NewBlock), "servicechain admin execute --chain child", r.Scheduled[1].ID.Hex()} {
		if !strings.Contains(lines, want) {
			t.Errorf("instructions lack %q:\n%s", want, lines)
		}
	}
}

// TestRedeployRefusals: an unsafe --start-nonce is refused naming the value
// and the minimum, before anything is paused or deployed; so are an unknown
// side and addresses that are not bridges.
func TestRedeployRefusals(t *testing.T) {
	t.Parallel()
	e := newPairEnv(t, false)
	e.traffic(2, 1)
	redeploy := func(dep deploy.Result, o deploy.RedeployOptions) error {
		_, err := deploy.Redeploy(e.ctx, e.parent.Client, e.child.Client, e.parent.Opts(0), e.child.Opts(0), dep, o)
		return err
	}
	for n, want := range map[uint64]string{1: "the minimum is 2", 3: "the maximum is 2"} {
		err := redeploy(e.dep, deploy.RedeployOptions{Side: "child", StartNonce: &n})
		if !errors.Is(err, deploy.ErrUnsafeStartNonce) || !input.Is(err) || !strings.Contains(err.Error(), fmt.Sprintf("--start-nonce %d", n)) || !strings.Contains(err.Error(), want) {
			t.Fatalf("start nonce %d: %v, want %q", n, err, want)
		}
	}
	// The parent made more requests (2) than the child (1): as the child's destination a new parent would have
	// to start at 1, as its source at 2.
	if err := redeploy(e.dep, deploy.RedeployOptions{Side: "parent"}); !errors.Is(err, deploy.ErrUnsafeStartNonce) || !strings.Contains(err.Error(), "no start nonce is safe") {
		t.Fatalf("parent redeploy: %v", err)
	}
	if bridgeView(t, e.parent, e.dep.ParentBridge, (*client.Bridge).Paused) || bridgeView(t, e.child, e.dep.ChildBridge, (*client.Bridge).Paused) {
		t.Fatal("a refused redeploy paused a bridge")
	}
	if err := redeploy(e.dep, deploy.RedeployOptions{Side: "middle"}); !input.Is(err) || !strings.Contains(err.Error(), `--redeploy "middle": expected parent or child`) {
		t.Fatalf("side middle: %v", err)
	}
	noCode := e.dep
	noCode.ChildBridge = e.child.Addrs[bob]
	if err := redeploy(noCode, deploy.RedeployOptions{Side: "parent"}); err == nil || !strings.Contains(err.Error(), "childBridge "+e.child.Addrs[bob].Hex()+": no contract") {
		t.Fatalf("an account as child bridge: %v", err)
	}
	notBridge := e.dep
	notBridge.ParentBridge = e.dep.ParentToken
	if err := redeploy(notBridge, deploy.RedeployOptions{Side: "parent"}); err == nil || !strings.Contains(err.Error(), "takes requests from "+e.dep.ParentBridge.Hex()) {
		t.Fatalf("a token as parent bridge: %v", err)
	}
	notBridge = e.dep
	notBridge.ChildBridge = e.dep.ChildToken
	if err := redeploy(notBridge, deploy.RedeployOptions{Side: "parent"}); err == nil || !strings.Contains(err.Error(), "is it a servicechain Bridge") {
		t.Fatalf("a token as child bridge: %v", err)
	}
}

// TestReadResult reads both formats of a deployment file: deploy's Result
// and a devnet's devnet.json.
func TestReadResult(t *testing.T) {
	dir := t.TempDir()
	p, c := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	for name, body := range map[string]string{
		"deployment.json": fmt.Sprintf(`{"parentChainId": 5, "childChainId": 6, "parentBridge": "%s", "childBridge": "%s", "childBridgeBlock": 9, "operators": []}`, p.Hex(), c.Hex()),
		"devnet.json":     fmt.Sprintf(`{"contracts": {"parentBridge": "%s", "childBridge": "%s", "childBridgeBlock": 9}, "operators": [{"address": "0x03"}]}`, p.Hex(), c.Hex()),
	} {
		path := dir + "/" + name
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		res, err := deploy.ReadResult(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.ParentBridge != p || res.ChildBridge != c || res.ChildBridgeBlock != 9 {
			t.Errorf("%s: %+v", name, res)
		}
	}
}
