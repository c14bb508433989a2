//go:build e2e

package e2e

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/e2e/harness"
)

// allKinds are the request kinds the burst client cycles through.
var allKinds = []string{"native", "erc20", "erc20-1step", "erc721", "erc721-1step"}

// TestScenarioNormal is issue 6, scenario 1: 4 bridge node processes,
// threshold 2; 50 transfers each way, mixed token types, sent by the ethers
// client from 4 wallets; all handled exactly once, balances exact.
func TestScenarioNormal(t *testing.T) {
	c := newCluster(t, clusterOpts{operators: 4, threshold: 2, users: 4})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c.startNodes(ctx, nil)
	const perDirection = 50
	runNormalTraffic(t, ctx, c, perDirection)
}

// runNormalTraffic seeds every user with child tokens (one ERC-20 transfer
// parent->child each), then sends n mixed requests each way at once to two
// fresh recipients, waits for the queues to drain and checks invariants and
// the recipients' balances.
func runNormalTraffic(t *testing.T, ctx context.Context, c *cluster, n int) {
	t.Helper()
	js := c.js
	prpc, crpc := c.parent.HTTPURL(), c.child.HTTPURL()
	keys := make([]string, len(c.users))
	for i, u := range c.users {
		keys[i] = harness.KeyHex(u)
	}

	before := c.ledger(ctx)
	// Seed: each user bridges 100 tokens to itself so it can send ERC-20 back.
	start := time.Now()
	var seedNonces []uint64
	for _, u := range c.users {
		r, err := js.RequestERC20(ctx, prpc, harness.KeyHex(u), c.dep.ParentBridge, c.dep.ParentToken, harness.KeyAddress(u), eth(100), big.NewInt(0), false)
		if err != nil {
			t.Fatal(err)
		}
		seedNonces = append(seedNonces, r.RequestNonce.Uint64())
	}
	if _, err := js.WaitHandle(ctx, crpc, c.dep.ChildBridge, seedNonces, c.dep.ChildBridgeBlock, 60*time.Second); err != nil {
		t.Fatalf("seed transfers: %v", err)
	}
	t.Logf("seed: %d ERC-20 transfers parent->child handled in %s", len(seedNonces), time.Since(start).Round(time.Millisecond))

	toChild := harness.KeyAddress(harness.TestKey(300)) // receives everything sent parent->child
	toParent := harness.KeyAddress(harness.TestKey(301))
	nftRanges := func(child bool) string {
		s := ""
		for i := range c.users {
			if i > 0 {
				s += ","
			}
			s += c.nftRange(child, i)
		}
		return s
	}
	opts := func(rpc string, bridge, token, nft, to common.Address, child bool) harness.BurstOptions {
		return harness.BurstOptions{
			RPC: rpc, Bridge: bridge, Keys: keys, Count: n, Kinds: allKinds, To: to,
			Value: new(big.Int).Div(ether, big.NewInt(1000)), ERC20Value: eth(1),
			Token: token, NFT: nft, NFTIDs: nftRanges(child), TimeoutSeconds: 120,
		}
	}
	var p2c, c2p *harness.BurstResult
	var perr, cerr error
	start = time.Now()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		p2c, perr = js.Burst(ctx, opts(prpc, c.dep.ParentBridge, c.dep.ParentToken, c.dep.ParentNFT, toChild, false))
	}()
	go func() {
		defer wg.Done()
		c2p, cerr = js.Burst(ctx, opts(crpc, c.dep.ChildBridge, c.dep.ChildToken, c.dep.ChildNFT, toParent, true))
	}()
	wg.Wait()
	if perr != nil {
		t.Fatalf("parent->child burst: %v", perr)
	}
	if cerr != nil {
		t.Fatalf("child->parent burst: %v", cerr)
	}
	sent := time.Since(start)
	t.Logf("sent %d requests each way in %s (client: parent %d ms, child %d ms)", n, sent.Round(time.Millisecond), p2c.TotalMillis, c2p.TotalMillis)
	c.waitDrained(ctx, 3*time.Minute)
	handledIn := time.Since(start)
	t.Logf("all %d requests handled %s after the first was sent", 2*n+len(seedNonces), handledIn.Round(time.Millisecond))

	rp, rc := c.checkInvariants(ctx)
	if err := harness.CheckConservation(before, c.ledger(ctx), c.ledgerConfig(), rp, rc); err != nil {
		t.Errorf("value not conserved: %v", err)
	}
	checkWasted(t, wastedBound(t), rp, rc)
	summary(t, "normal", "k=%d of %d; %d+%d requests (%d each way, mixed kinds, at once) handled exactly once %s after the first was sent; value conserved; latency p50/p99 p->c %.0f/%.0f s, c->p %.0f/%.0f s; wasted votes p->c %s, c->p %s",
		rp.Threshold, len(c.operators), rp.Handled, rc.Handled, n, handledIn.Round(time.Millisecond),
		harness.Percentile(rp.LatencySeconds, 50), harness.Percentile(rp.LatencySeconds, 99), harness.Percentile(rc.LatencySeconds, 50), harness.Percentile(rc.LatencySeconds, 99), wasted(rp), wasted(rc))
	checkRecipient(t, ctx, c, p2c, crpc, toChild, c.dep.ChildToken, c.dep.ChildNFT)
	checkRecipient(t, ctx, c, c2p, prpc, toParent, c.dep.ParentToken, c.dep.ParentNFT)
}

// checkRecipient checks that the recipient of a burst holds exactly what was
// sent to it on the destination chain: native sum, ERC-20 sum, every NFT.
func checkRecipient(t *testing.T, ctx context.Context, c *cluster, b *harness.BurstResult, rpc string, to, token, nft common.Address) {
	t.Helper()
	native, erc20 := new(big.Int), new(big.Int)
	var nfts []*big.Int
	for _, r := range b.Requests {
		switch r.Kind {
		case "native":
			native.Add(native, r.Value.Int)
		case "erc20", "erc20-1step":
			erc20.Add(erc20, r.Value.Int)
		case "erc721", "erc721-1step":
			nfts = append(nfts, r.TokenID.Int)
		}
	}
	got, err := c.js.Balance(ctx, rpc, to, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(native) != 0 {
		t.Errorf("%s native balance %s wei, want %s", to, got, native)
	}
	if got, err = c.js.Balance(ctx, rpc, to, token); err != nil {
		t.Fatal(err)
	}
	if got.Cmp(erc20) != 0 {
		t.Errorf("%s token balance %s, want %s", to, got, erc20)
	}
	for _, id := range nfts {
		owner, err := c.js.Owner(ctx, rpc, nft, id)
		if err != nil {
			t.Fatal(err)
		}
		if owner != to {
			t.Errorf("NFT %s owned by %s, want %s", id, owner, to)
		}
	}
	t.Logf("recipient %s: %s wei, %s tokens, %d NFTs, as sent", to, native, erc20, len(nfts))
}
