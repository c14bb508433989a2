//go:build e2e

package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
)

// TestManualRelay checks the cluster setup and the invariant checker without
// bridge nodes: the test itself plays the operators (2 of 3 vote honestly per
// request; the third forges a vote for another recipient and a vote for a
// nonce never requested). Everything requested is paid once, to the right
// recipient; the forged votes pay nothing.
func TestManualRelay(t *testing.T) {
	c := newCluster(t, clusterOpts{operators: 3, threshold: 2, users: 2, nftsPerChain: 2})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	js := c.js
	u0, u1 := harness.KeyHex(c.users[0]), harness.KeyHex(c.users[1])
	a0, a1 := harness.KeyAddress(c.users[0]), harness.KeyAddress(c.users[1])
	prpc, crpc := c.parent.HTTPURL(), c.child.HTTPURL()
	zero := big.NewInt(0)

	var p2c, c2p []*harness.RequestResult
	must := func(r *harness.RequestResult, err error) *harness.RequestResult {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if r.Request == nil {
			t.Fatalf("no request event in %s", r.TxHash)
		}
		return r
	}
	p2c = append(p2c,
		must(js.RequestNative(ctx, prpc, u0, c.dep.ParentBridge, a1, eth(3), zero)),
		must(js.RequestERC20(ctx, prpc, u0, c.dep.ParentBridge, c.dep.ParentToken, a1, eth(40), zero, false)),
		must(js.RequestERC20(ctx, prpc, u1, c.dep.ParentBridge, c.dep.ParentToken, a0, eth(2), zero, true)),
		must(js.RequestERC721(ctx, prpc, u1, c.dep.ParentBridge, c.dep.ParentNFT, a1, c.nftID(false, 1, 0), false)),
		must(js.RequestERC721(ctx, prpc, u0, c.dep.ParentBridge, c.dep.ParentNFT, a0, c.nftID(false, 0, 1), true)),
	)
	c2p = append(c2p,
		must(js.RequestNative(ctx, crpc, u1, c.dep.ChildBridge, a0, eth(5), zero)),
		must(js.RequestERC721(ctx, crpc, u0, c.dep.ChildBridge, c.dep.ChildNFT, a1, c.nftID(true, 0, 0), true)),
	)

	br := bindings.NewBridge()
	vote := func(tx *chainTx, dst common.Address, r *harness.RequestResult, to common.Address, nonce uint64) {
		t.Helper()
		q := r.Request
		var data []byte
		switch q.TokenType {
		case bindings.TokenNative:
			data = br.PackHandleNativeTransfer(r.TxHash, q.From, to, q.ValueOrTokenID.Int, nonce, r.BlockNumber, nil)
		case bindings.TokenERC20:
			data = br.PackHandleERC20Transfer(r.TxHash, q.From, to, q.Token, q.ValueOrTokenID.Int, nonce, r.BlockNumber, nil)
		case bindings.TokenERC721:
			data = br.PackHandleERC721Transfer(r.TxHash, q.From, to, q.Token, q.ValueOrTokenID.Int, nonce, r.BlockNumber, q.TokenURI, nil)
		}
		tx.call(ctx, "handle vote", dst, data)
	}
	relay := func(dst *harness.Geth, bridge common.Address, reqs []*harness.RequestResult) {
		forger := newChainTx(t, ctx, dst, c.operators[2])
		thief := harness.KeyAddress(c.operators[2])
		// Forged: the first request to the forger, and a nonce nobody requested.
		vote(forger, bridge, reqs[0], thief, reqs[0].RequestNonce.Uint64())
		vote(forger, bridge, reqs[0], reqs[0].Request.To, 1000)
		for _, op := range c.operators[:2] {
			tx := newChainTx(t, ctx, dst, op)
			for _, r := range reqs {
				vote(tx, bridge, r, r.Request.To, r.RequestNonce.Uint64())
			}
		}
	}
	relay(c.childGeth, c.dep.ChildBridge, p2c)
	relay(c.parent, c.dep.ParentBridge, c2p)

	c.waitDrained(ctx, 30*time.Second)
	rp, rc := c.checkInvariants(ctx)
	if rp.Votes != 2*len(p2c)+2 || rc.Votes != 2*len(c2p)+2 {
		t.Errorf("votes: %d parent->child, %d child->parent; want %d and %d", rp.Votes, rc.Votes, 2*len(p2c)+2, 2*len(c2p)+2)
	}
	// What arrived where: ERC-20 minted on the child, NFTs minted on the other side.
	if bal, err := js.Balance(ctx, crpc, a1, c.dep.ChildToken); err != nil || bal.Cmp(eth(40)) != 0 {
		t.Errorf("user1 child token balance %v (%v), want %s", bal, err, eth(40))
	}
	if owner, err := js.Owner(ctx, crpc, c.dep.ChildNFT, c.nftID(false, 1, 0)); err != nil || owner != a1 {
		t.Errorf("child NFT %s owner %s (%v), want %s", c.nftID(false, 1, 0), owner, err, a1)
	}
	if owner, err := js.Owner(ctx, prpc, c.dep.ParentNFT, c.nftID(true, 0, 0)); err != nil || owner != a1 {
		t.Errorf("parent NFT %s owner %s (%v), want %s", c.nftID(true, 0, 0), owner, err, a1)
	}
	// Supply: child ERC-20 supply equals what the parent bridge holds locked.
	locked, err := js.Balance(ctx, prpc, c.dep.ParentBridge, c.dep.ParentToken)
	if err != nil {
		t.Fatal(err)
	}
	if locked.Cmp(eth(42)) != 0 {
		t.Errorf("parent bridge holds %s tokens, want %s", locked, eth(42))
	}
}
