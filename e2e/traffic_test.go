//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
)

// Recipients of the scenarios' traffic (fresh addresses, nothing else touches them).
var (
	toChild  = harness.KeyAddress(harness.TestKey(300)) // receives what is sent parent->child
	toParent = harness.KeyAddress(harness.TestKey(301)) // receives what is sent child->parent
)

// flowState is one direction's nonces: the source's requestNonce and the
// destination's lowerHandleNonce and upperHandleNonce.
type flowState struct{ Req, Low, Up uint64 }

func (f flowState) String() string {
	return fmt.Sprintf("%d/%d handled (upper %d)", f.Low, f.Req, f.Up)
}

// states reads both directions' nonces.
func (c *cluster) states(ctx context.Context) (p2c, c2p flowState, err error) {
	br := bindings.NewBridge()
	pb, cb := br.Instance(c.pec, c.dep.ParentBridge), br.Instance(c.cec, c.dep.ChildBridge)
	read := func(src, dst *bind.BoundContract) (f flowState, err error) {
		if f.Req, err = bind.Call(src, nil, br.PackRequestNonce(), br.UnpackRequestNonce); err != nil {
			return f, err
		}
		if f.Low, err = bind.Call(dst, nil, br.PackLowerHandleNonce(), br.UnpackLowerHandleNonce); err != nil {
			return f, err
		}
		f.Up, err = bind.Call(dst, nil, br.PackUpperHandleNonce(), br.UnpackUpperHandleNonce)
		return f, err
	}
	if p2c, err = read(pb, cb); err != nil {
		return
	}
	c2p, err = read(cb, pb)
	return
}

// seedChildTokens has every user bridge 500 ERC-20 tokens to itself on the
// child chain, so it can send ERC-20 child->parent, and waits until handled.
func (c *cluster) seedChildTokens(ctx context.Context) {
	c.t.Helper()
	start := time.Now()
	var nonces []uint64
	for _, u := range c.users {
		r, err := c.js.RequestERC20(ctx, c.parent.HTTPURL(), harness.KeyHex(u), c.dep.ParentBridge, c.dep.ParentToken, harness.KeyAddress(u), eth(500), big.NewInt(0), false)
		if err != nil {
			c.t.Fatal(err)
		}
		nonces = append(nonces, r.RequestNonce.Uint64())
	}
	if _, err := c.js.WaitHandle(ctx, c.child.HTTPURL(), c.dep.ChildBridge, nonces, c.dep.ChildBridgeBlock, 90*time.Second); err != nil {
		c.t.Fatalf("seed transfers: %v", err)
	}
	c.t.Logf("seed: %d ERC-20 transfers parent->child handled in %s", len(nonces), time.Since(start).Round(time.Millisecond))
}

// nftIDs lists every NFT id minted to the users on either chain.
func (c *cluster) nftIDs() []*big.Int {
	var ids []*big.Int
	for i := range c.users {
		for j := 0; j < c.opts.nftsPerChain; j++ {
			ids = append(ids, c.nftID(false, i, j), c.nftID(true, i, j))
		}
	}
	return ids
}

func (c *cluster) ledgerConfig() harness.LedgerConfig {
	return harness.LedgerConfig{
		Parent: c.pec, Child: c.cec, ParentBridge: c.dep.ParentBridge, ChildBridge: c.dep.ChildBridge,
		ParentToken: c.dep.ParentToken, ChildToken: c.dep.ChildToken,
		ParentNFT: c.dep.ParentNFT, ChildNFT: c.dep.ChildNFT, NFTIDs: c.nftIDs(),
	}
}

// ledger snapshots where value sits (call it with no transfer in flight).
func (c *cluster) ledger(ctx context.Context) *harness.Ledger {
	c.t.Helper()
	l, err := harness.TakeLedger(ctx, c.ledgerConfig())
	if err != nil {
		c.t.Fatal(err)
	}
	return l
}

// trafficOpts shapes the requests of burstBoth.
type trafficOpts struct {
	n     int      // requests per direction
	kinds []string // request kinds (default allKinds)
	rate  float64  // requests per second per direction (0: all at once)
}

// burstBoth sends o.n requests each way at once (or as a stream of o.rate per
// second) from all users, to toChild and toParent, and returns when every
// request is included.
func (c *cluster) burstBoth(ctx context.Context, o trafficOpts) (p2c, c2p *harness.BurstResult) {
	c.t.Helper()
	if o.kinds == nil {
		o.kinds = allKinds
	}
	js, p2cOpts, c2pOpts := c.burstOptions(o, 180)
	var perr, cerr error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		p2c, perr = js.Burst(ctx, p2cOpts)
	}()
	go func() {
		defer wg.Done()
		c2p, cerr = js.Burst(ctx, c2pOpts)
	}()
	wg.Wait()
	if perr != nil {
		c.t.Fatalf("parent->child burst: %v", perr)
	}
	if cerr != nil {
		c.t.Fatalf("child->parent burst: %v", cerr)
	}
	return p2c, c2p
}

// burstOptions are the JS client (its timeout covering a stream of o.rate
// per second) and the two directions' burst options for o: o.n requests of
// o.kinds from all users, to toChild and toParent, each direction given
// timeoutSeconds to have its requests included.
func (c *cluster) burstOptions(o trafficOpts, timeoutSeconds int) (js harness.JSClient, p2c, c2p harness.BurstOptions) {
	keys := make([]string, len(c.users))
	for i, u := range c.users {
		keys[i] = harness.KeyHex(u)
	}
	ranges := func(child bool) string {
		var s []string
		for i := range c.users {
			s = append(s, c.nftRange(child, i))
		}
		return strings.Join(s, ",")
	}
	js = *c.js
	if o.rate > 0 {
		js.Timeout = time.Duration(float64(o.n)/o.rate*float64(time.Second)) + 5*time.Minute
	}
	mk := func(rpc string, bridge, token, nft, to common.Address, child bool) harness.BurstOptions {
		return harness.BurstOptions{
			RPC: rpc, Bridge: bridge, Keys: keys, Count: o.n, Kinds: o.kinds, To: to,
			Value: new(big.Int).Div(ether, big.NewInt(1000)), ERC20Value: eth(1),
			Token: token, NFT: nft, NFTIDs: ranges(child), TimeoutSeconds: timeoutSeconds, Rate: o.rate,
		}
	}
	return js, mk(c.parent.HTTPURL(), c.dep.ParentBridge, c.dep.ParentToken, c.dep.ParentNFT, toChild, false),
		mk(c.child.HTTPURL(), c.dep.ChildBridge, c.dep.ChildToken, c.dep.ChildNFT, toParent, true)
}

// finish waits for both queues to drain, checks the delivery invariants and
// value conservation against before, and returns the reports.
func (c *cluster) finish(ctx context.Context, before *harness.Ledger, drainTimeout time.Duration) (p2c, c2p *harness.DirectionReport) {
	c.t.Helper()
	c.waitDrained(ctx, drainTimeout)
	p2c, c2p = c.checkInvariants(ctx)
	after := c.ledger(ctx)
	if err := harness.CheckConservation(before, after, c.ledgerConfig(), p2c, c2p); err != nil {
		c.t.Errorf("value not conserved: %v", err)
	} else {
		c.t.Logf("value conserved: parent bridge %s -> %s wei, child bridge %s -> %s wei; ERC-20 circulating parent %s -> %s, child %s -> %s; %d NFTs changed chain, each on exactly one",
			before.ParentBridgeNative, after.ParentBridgeNative, before.ChildBridgeNative, after.ChildBridgeNative,
			before.ParentCirculating, after.ParentCirculating, before.ChildCirculating, after.ChildCirculating, harness.NFTsMoved(before, after))
	}
	return p2c, c2p
}

// summary logs the scenario's one-line summary ("SUMMARY <name>: ...") and
// appends it to $E2E_SUMMARY when that is set.
func summary(t *testing.T, name, format string, args ...any) {
	t.Helper()
	line := fmt.Sprintf("SUMMARY %s: %s", name, fmt.Sprintf(format, args...))
	t.Log(line)
	if path := os.Getenv("E2E_SUMMARY"); path != "" {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err == nil {
			fmt.Fprintln(f, line)
			f.Close()
		}
	}
}

// wasted renders a report's wasted votes for summaries.
func wasted(r *harness.DirectionReport) string {
	return fmt.Sprintf("%d (skipped %d, reverted %d, extra %d; %.2f per request)",
		r.WastedVotes(), r.Skipped, r.RevertedVoteCount(), r.ExtraVotes(), float64(r.WastedVotes())/float64(max(1, r.Requests)))
}

// shortProfile reports E2E_PROFILE=short, the CI profile (`make e2e-short`):
// shorter defaults for the soak and the benchmark. Explicit E2E_* settings win.
func shortProfile() bool { return os.Getenv("E2E_PROFILE") == "short" }

// profileDefault returns short under the short profile, else full.
func profileDefault[T any](full, short T) T {
	if shortProfile() {
		return short
	}
	return full
}

// wastedBound is the most wasted votes per request a scenario accepts:
// E2E_MAX_WASTED_PER_REQUEST, default 0.5. With the voting duty rotated
// (bridge.vote_grace) only k designated operators vote at once; the rest
// vote after the grace, so waste comes from restarts and slow rounds.
func wastedBound(t *testing.T) float64 {
	t.Helper()
	v := os.Getenv("E2E_MAX_WASTED_PER_REQUEST")
	if v == "" {
		return 0.5
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 0 {
		t.Fatalf("E2E_MAX_WASTED_PER_REQUEST=%q: expected a non-negative number", v)
	}
	return f
}

// checkWasted fails the test when a direction wasted more than limit votes
// per request.
func checkWasted(t *testing.T, limit float64, reports ...*harness.DirectionReport) {
	t.Helper()
	for _, r := range reports {
		if per := float64(r.WastedVotes()) / float64(max(1, r.Requests)); per > limit {
			t.Errorf("%s: %s wasted votes, above the bound of %.2f per request (E2E_MAX_WASTED_PER_REQUEST)", r.Direction, wasted(r), limit)
		}
	}
}

// envDuration reads a duration from the environment (Go syntax, e.g. 90s, 3m).
func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		t.Fatalf("%s=%q: expected a positive duration such as 90s or 3m", name, v)
	}
	return d
}
