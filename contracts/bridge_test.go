package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
)

func defaultOpts() deploy.Options {
	return deploy.Options{DeployTokens: true, ChildNativeLiquidity: eth(100), ParentNativeLiquidity: eth(100)}
}

func TestNativeRoundTrip(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	alice, bob := e.addr(aliceK), e.addr(bobK)

	// parent -> child: locked in the parent bridge, paid from the child bridge's liquidity.
	bobBefore := e.balance(e.C, bob)
	pBridgeBefore := e.balance(e.P, e.P.bridge)
	r := e.requestNative(e.P, aliceK, bob, eth(2), big.NewInt(0))
	c := request(t, r)
	if c.TokenType != bindings.TokenNative || c.From != alice || c.To != bob || c.Token != (common.Address{}) || c.RequestNonce != 0 || !bytes.Equal(c.ExtraData, []byte("native")) {
		t.Fatalf("request event %+v", c)
	}
	e.wantBig("parent bridge balance", e.balance(e.P, e.P.bridge), new(big.Int).Add(pBridgeBefore, eth(2)))
	rs := e.relay(e.C, c, 1)
	h := events(rs[0])
	if len(h.transfers) != 1 || h.transfers[0].HandleNonce != 0 || h.transfers[0].LowerHandleNonce != 1 || h.transfers[0].Token != (common.Address{}) ||
		h.transfers[0].RequestTxHash != c.RequestTxHash || h.transfers[0].ValueOrTokenId.Cmp(eth(2)) != 0 {
		t.Fatalf("HandleValueTransfer events %+v", h.transfers)
	}
	e.wantBig("bob child balance", e.balance(e.C, bob), new(big.Int).Add(bobBefore, eth(2)))

	// child -> parent: paid out of what the parent bridge holds.
	aliceBefore := e.balance(e.P, alice)
	r = e.requestNative(e.C, bobK, alice, eth(1), big.NewInt(0))
	c = request(t, r)
	e.relay(e.P, c, 1)
	e.wantBig("alice parent balance", e.balance(e.P, alice), new(big.Int).Add(aliceBefore, eth(1)))
	if got := e.recovery(e.C); got.request != 1 {
		t.Fatalf("child requestNonce %d, want 1", got.request)
	}
	if got := e.recovery(e.P); got.lower != 1 || got.upper != 1 || got.recoveryBlock != c.RequestBlockNumber {
		t.Fatalf("parent recovery state %+v, want lower 1 upper 1 recoveryBlock %d", got, c.RequestBlockNumber)
	}
}

func TestThresholds(t *testing.T) {
	t.Parallel()
	for k := 1; k <= 4; k++ {
		t.Run(fmt.Sprintf("k=%d", k), func(t *testing.T) {
			t.Parallel()
			opts := defaultOpts()
			opts.Threshold = uint8(k)
			e := newEnv(t, opts)
			bob := e.addr(bobK)
			c := request(t, e.requestNative(e.P, aliceK, bob, eth(3), big.NewInt(0)))
			before := e.balance(e.C, bob)
			key := e.key(e.C, c)
			for i := 0; i < k; i++ {
				r := e.vote(e.C, op1+i, c)
				h := events(r)
				if len(h.votes) != 1 || h.votes[0].Votes != uint8(i+1) || h.votes[0].VoteKey != key || h.votes[0].Operator != e.addr(op1+i) {
					t.Fatalf("vote %d: HandleVote events %+v", i+1, h.votes)
				}
				if i < k-1 {
					if len(h.transfers) != 0 || e.handled(e.C, 0) {
						t.Fatalf("executed with %d of %d votes", i+1, k)
					}
					e.wantBig("bob balance below threshold", e.balance(e.C, bob), before)
					// A duplicate vote below the threshold reverts.
					_, err := e.tryVote(e.C, op1+i, c)
					e.wantRevert(err, fmt.Sprintf("AlreadyVoted(0, %s)", e.addr(op1+i)))
				} else if len(h.transfers) != 1 {
					t.Fatalf("not executed with %d of %d votes", i+1, k)
				}
			}
			e.wantBig("bob balance", e.balance(e.C, bob), new(big.Int).Add(before, eth(3)))
			// Late votes (everyone else, and the ones who voted) revert; no double payment.
			for op := op1; op <= op4; op++ {
				_, err := e.tryVote(e.C, op, c)
				e.wantRevert(err, "NonceAlreadyHandled(0)")
			}
			e.wantBig("bob balance after late votes", e.balance(e.C, bob), new(big.Int).Add(before, eth(3)))
			st := e.status(e.C, 0, op1)
			if !st.Handled || !st.Voted || st.VotedKey != key || st.VotesForKey != uint8(k) || st.Threshold != uint8(k) {
				t.Fatalf("handleStatus %+v", st)
			}
		})
	}
}

func TestAllFourVoteInOneBatchNoDoublePayment(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	before := e.balance(e.C, e.addr(bobK))
	// Every operator votes through handleBatch; votes 3 and 4 are skipped as late.
	var skipped int
	for op := op1; op <= op4; op++ {
		r := e.send(e.C, op, e.C.bridge, br.PackHandleBatch([]bindings.BridgeHandleCall{c}), nil)
		h := events(r)
		skipped += len(h.skipped)
		if op >= op1+2 {
			if len(h.skipped) != 1 || bindings.DecodeRevert(h.skipped[0].Reason) != "NonceAlreadyHandled(0)" {
				t.Fatalf("operator %d: skipped %+v", op, h.skipped)
			}
		}
	}
	if skipped != 2 {
		t.Fatalf("%d skipped, want 2", skipped)
	}
	e.wantBig("bob balance", e.balance(e.C, e.addr(bobK)), new(big.Int).Add(before, eth(1)))
}

func TestNonOperatorRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	_, err := e.tryVote(e.C, aliceK, c)
	e.wantRevert(err, fmt.Sprintf("NotOperator(%s)", e.addr(aliceK)))
	_, err = e.trySend(e.C, aliceK, e.C.bridge, br.PackHandleBatch([]bindings.BridgeHandleCall{c}), nil)
	e.wantRevert(err, "NotOperator(")
	_, err = e.trySend(e.C, aliceK, e.C.bridge, br.PackSetNativeFee(big.NewInt(1), 0), nil)
	e.wantRevert(err, "NotOperator(")
	_, err = e.trySend(e.C, aliceK, e.C.bridge, br.PackRefundValueTransfer(c), nil)
	e.wantRevert(err, "NotOperator(")
}

func TestSplitVotesAndMovedVote(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 4
	e := newEnv(t, opts)
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	forged := c
	forged.To = e.addr(aliceK) // one operator relays different data
	e.vote(e.C, op1, c)
	e.vote(e.C, op1+1, c)
	e.vote(e.C, op1+2, c)
	r := e.vote(e.C, op4, forged)
	if h := events(r); len(h.transfers) != 0 || h.votes[0].Votes != 1 {
		t.Fatalf("split vote executed or miscounted: %+v", h)
	}
	if e.handled(e.C, 0) {
		t.Fatal("handled with split votes")
	}
	if n := callT(e, e.C, e.C.bridge, br.PackHandleVotes(0, e.key(e.C, c)), br.UnpackHandleVotes); n != 3 {
		t.Fatalf("handleVotes %d, want 3", n)
	}
	// The fourth operator moves its vote to the honest key: that executes.
	r = e.vote(e.C, op4, c)
	if h := events(r); len(h.transfers) != 1 || h.votes[0].Votes != 4 {
		t.Fatalf("moved vote: %+v", h)
	}
	if n := callT(e, e.C, e.C.bridge, br.PackHandleVotes(0, e.key(e.C, forged)), br.UnpackHandleVotes); n != 0 {
		t.Fatalf("forged key still has %d votes", n)
	}
}

func TestOutOfOrderNoncesAndRecoveryState(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	var calls []bindings.BridgeHandleCall
	for i := 0; i < 4; i++ {
		calls = append(calls, request(t, e.requestNative(e.P, aliceK, e.addr(bobK), big.NewInt(int64(1000+i)), big.NewInt(0))))
	}
	if got := e.recovery(e.P).request; got != 4 {
		t.Fatalf("requestNonce %d, want 4", got)
	}
	e.vote(e.C, op1, calls[2])
	if got := e.recovery(e.C); got.lower != 0 || got.upper != 3 || got.recoveryBlock != 0 {
		t.Fatalf("after nonce 2: %+v", got)
	}
	e.vote(e.C, op1, calls[0])
	if got := e.recovery(e.C); got.lower != 1 || got.upper != 3 || got.recoveryBlock != calls[0].RequestBlockNumber {
		t.Fatalf("after nonce 0: %+v", got)
	}
	if got := callT(e, e.C, e.C.bridge, br.PackHandleNoncesToBlockNums(2), br.UnpackHandleNoncesToBlockNums); got != calls[2].RequestBlockNumber {
		t.Fatalf("handleNoncesToBlockNums(2) = %d, want %d", got, calls[2].RequestBlockNumber)
	}
	r := e.vote(e.C, op1, calls[1])
	if h := events(r); h.transfers[0].LowerHandleNonce != 3 {
		t.Fatalf("HandleValueTransfer lowerHandleNonce %d, want 3", h.transfers[0].LowerHandleNonce)
	}
	if got := e.recovery(e.C); got.lower != 3 || got.upper != 3 || got.recoveryBlock != calls[2].RequestBlockNumber {
		t.Fatalf("after nonce 1: %+v", got)
	}
	e.vote(e.C, op1, calls[3])
	if got := e.recovery(e.C); got.lower != 4 || got.upper != 4 || got.recoveryBlock != calls[3].RequestBlockNumber {
		t.Fatalf("after nonce 3: %+v", got)
	}
}

// Nonces 1..150 handled first, then nonce 0: lowerHandleNonce advances at most 100 per call.
func TestLowerHandleNonceBoundedAdvance(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	mk := func(n uint64) bindings.BridgeHandleCall {
		return bindings.BridgeHandleCall{TokenType: bindings.TokenNative, RequestTxHash: common.BigToHash(new(big.Int).SetUint64(n + 1)),
			From: e.addr(aliceK), To: e.addr(bobK), ValueOrTokenId: big.NewInt(1), RequestNonce: n, RequestBlockNumber: 1000 + n}
	}
	for start := uint64(1); start <= 150; start += 50 {
		var batch []bindings.BridgeHandleCall
		for n := start; n < start+50; n++ {
			batch = append(batch, mk(n))
		}
		r := e.send(e.C, op1, e.C.bridge, br.PackHandleBatch(batch), nil)
		if h := events(r); len(h.transfers) != 50 {
			t.Fatalf("batch from %d: %d transfers", start, len(h.transfers))
		}
	}
	if got := e.recovery(e.C); got.lower != 0 || got.upper != 151 {
		t.Fatalf("before nonce 0: %+v", got)
	}
	e.vote(e.C, op1, mk(0))
	if got := e.recovery(e.C); got.lower != 100 || got.recoveryBlock != 1099 {
		t.Fatalf("after nonce 0: %+v, want lower 100 (bounded) recoveryBlock 1099", got)
	}
	e.send(e.C, aliceK, e.C.bridge, br.PackAdvanceLowerHandleNonce(), nil)
	if got := e.recovery(e.C); got.lower != 151 || got.recoveryBlock != 1150 {
		t.Fatalf("after advanceLowerHandleNonce: %+v, want lower 151 recoveryBlock 1150", got)
	}
}

func TestThresholdChangeMidVote(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 3
	e := newEnv(t, opts)
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	before := e.balance(e.C, e.addr(bobK))
	e.vote(e.C, op1, c)
	e.vote(e.C, op1+1, c)
	// Lowering the threshold starts a new epoch: it executes nothing by itself, and the votes cast before it no
	// longer count (issue 13: stale minority votes never combine with a lowered threshold) ...
	epoch := e.epoch(e.C)
	e.setThreshold(e.C, bindings.VoteValueTransfer, 2)
	if e.handled(e.C, 0) || e.epoch(e.C) != epoch+1 {
		t.Fatalf("handled by the threshold change, or epoch %d not %d", e.epoch(e.C), epoch+1)
	}
	// ... so a re-cast counts as the first vote of the new epoch, and a second current vote executes.
	if h := events(e.vote(e.C, op1, c)); len(h.transfers) != 0 || h.votes[0].Votes != 1 {
		t.Fatalf("re-cast after lowering: %+v", h)
	}
	if h := events(e.vote(e.C, op1+1, c)); len(h.transfers) != 1 {
		t.Fatalf("second vote of the new epoch did not execute: %+v", h)
	}
	e.wantBig("bob balance", e.balance(e.C, e.addr(bobK)), new(big.Int).Add(before, eth(1)))

	// Raising the threshold mid-vote: the votes cast so far do not count any more either.
	c2 := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	e.vote(e.C, op1, c2)
	e.setThreshold(e.C, bindings.VoteValueTransfer, 3)
	if r := e.vote(e.C, op1+1, c2); len(events(r).transfers) != 0 {
		t.Fatal("executed with 1 of 3 current votes")
	}
	if r := e.vote(e.C, op1+2, c2); len(events(r).transfers) != 0 {
		t.Fatal("executed with 2 of 3 current votes (an old-epoch vote counted)")
	}
	if r := e.vote(e.C, op1, c2); len(events(r).transfers) != 1 {
		t.Fatal("not executed with 3 of 3 current votes")
	}
	// Threshold limits.
	_, err := e.trySend(e.C, ownerC, e.C.bridge, br.PackSetOperatorThreshold(0, 5), nil)
	e.wantRevert(err, "InvalidThreshold(5, 4)")
	_, err = e.trySend(e.C, ownerC, e.C.bridge, br.PackSetOperatorThreshold(0, 0), nil)
	e.wantRevert(err, "InvalidThreshold(0, 4)")
	_, err = e.trySend(e.C, ownerC, e.C.bridge, br.PackSetOperatorThreshold(2, 1), nil)
	e.wantRevert(err, "InvalidVoteType(2)")
}

func TestDeregisteredOperatorVotesDoNotCount(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	e.vote(e.C, op1, c)
	e.send(e.C, ownerC, e.C.bridge, br.PackDeregisterOperator(e.addr(op1)), nil)
	if r := e.vote(e.C, op1+1, c); len(events(r).transfers) != 0 {
		t.Fatal("a deregistered operator's vote counted")
	}
	if r := e.vote(e.C, op1+2, c); len(events(r).transfers) != 1 {
		t.Fatal("not executed with 2 current operators")
	}
	// Deregistering below a threshold is refused.
	e.setThreshold(e.C, bindings.VoteValueTransfer, 3)
	_, err := e.trySend(e.C, ownerC, e.C.bridge, br.PackDeregisterOperator(e.addr(op4)), nil)
	e.wantRevert(err, "InvalidThreshold(3, 2)")
}

func TestERC20RoundTrips(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	alice, bob := e.addr(aliceK), e.addr(bobK)
	e.send(e.P, ownerP, e.P.token, tok.PackTransfer(alice, eth(1000)), nil)

	// 2-step parent -> child: lock on the parent, mint on the child.
	e.send(e.P, aliceK, e.P.token, tok.PackApprove(e.P.bridge, eth(10)), nil)
	r := e.send(e.P, aliceK, e.P.bridge, br.PackRequestERC20Transfer(e.P.token, bob, eth(10), big.NewInt(0), []byte("x")), nil)
	c := request(t, r)
	if c.TokenType != bindings.TokenERC20 || c.Token != e.P.token || c.ValueOrTokenId.Cmp(eth(10)) != 0 {
		t.Fatalf("request %+v", c)
	}
	e.wantBig("parent bridge token balance", e.tokenBalance(e.P, e.P.token, e.P.bridge), eth(10))
	r = e.relay(e.C, c, 1)[0]
	if h := events(r); len(h.transfers) != 1 || h.transfers[0].Token != e.C.token {
		t.Fatalf("child handle: %+v reason %s", h, bindings.DecodeRevert(h.failed[0].Reason))
	}
	e.wantBig("bob child tokens", e.tokenBalance(e.C, e.C.token, bob), eth(10))

	// 1-step parent -> child (ERC-1363 transferAndCall).
	r = e.send(e.P, aliceK, e.P.token, tok.PackTransferAndCall0(e.P.bridge, eth(5), bindings.ERC20TransferData(bob, nil, []byte("y"))), nil)
	c = request(t, r)
	if c.RequestNonce != 1 || c.From != alice || c.ValueOrTokenId.Cmp(eth(5)) != 0 || string(c.ExtraData) != "y" {
		t.Fatalf("1-step request %+v", c)
	}
	e.relay(e.C, c, 1)
	e.wantBig("bob child tokens", e.tokenBalance(e.C, e.C.token, bob), eth(15))
	e.wantBig("child supply", callT(e, e.C, e.C.token, tok.PackTotalSupply(), tok.UnpackTotalSupply), eth(15))

	// 2-step child -> parent: burn on the child, unlock on the parent.
	aliceBefore := e.tokenBalance(e.P, e.P.token, alice)
	e.send(e.C, bobK, e.C.token, tok.PackApprove(e.C.bridge, eth(4)), nil)
	c = request(t, e.send(e.C, bobK, e.C.bridge, br.PackRequestERC20Transfer(e.C.token, alice, eth(4), big.NewInt(0), nil), nil))
	if c.Token != e.C.token {
		t.Fatalf("child request token %s, want the child token %s", c.Token, e.C.token)
	}
	e.relay(e.P, c, 1)
	// 1-step child -> parent.
	c = request(t, e.send(e.C, bobK, e.C.token, tok.PackTransferAndCall0(e.C.bridge, eth(6), bindings.ERC20TransferData(alice, nil, nil)), nil))
	e.relay(e.P, c, 1)
	e.wantBig("alice parent tokens", e.tokenBalance(e.P, e.P.token, alice), new(big.Int).Add(aliceBefore, eth(10)))
	e.wantBig("child supply after burns", callT(e, e.C, e.C.token, tok.PackTotalSupply(), tok.UnpackTotalSupply), eth(5))
	e.wantBig("parent bridge locked", e.tokenBalance(e.P, e.P.token, e.P.bridge), eth(5))
	e.wantBig("child bridge holds nothing", e.tokenBalance(e.C, e.C.token, e.C.bridge), big.NewInt(0))
}

// ERC-20 in lock/unlock mode on both sides (the child bridge pays out of a pre-funded balance).
func TestERC20LockUnlockBothSides(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	e.send(e.C, ownerC, e.C.bridge, br.PackSetTokenMintBurn(e.C.token, false), nil)
	e.send(e.P, ownerP, e.P.token, tok.PackApprove(e.P.bridge, eth(3)), nil)
	c := request(t, e.send(e.P, ownerP, e.P.bridge, br.PackRequestERC20Transfer(e.P.token, e.addr(bobK), eth(3), big.NewInt(0), nil), nil))
	// The child bridge has no tokens: the payout fails and the nonce stays open.
	r := e.vote(e.C, op1, c)
	h := events(r)
	if len(h.failed) != 1 || len(h.transfers) != 0 || e.handled(e.C, 0) {
		t.Fatalf("payout without balance: %+v", h)
	}
	t.Logf("failure reason: %s", bindings.DecodeRevert(h.failed[0].Reason))
	// Fund the child bridge (the sample token has no other minter left, so re-grant it to the owner).
	e.send(e.C, ownerC, e.C.token, tok.PackGrantRole(deploy.MinterRole, e.addr(ownerC)), nil)
	e.send(e.C, ownerC, e.C.token, tok.PackMint(e.C.bridge, eth(3)), nil)
	e.vote(e.C, op1, c) // re-cast retries
	e.wantBig("bob child tokens", e.tokenBalance(e.C, e.C.token, e.addr(bobK)), eth(3))
	e.wantBig("child bridge tokens", e.tokenBalance(e.C, e.C.token, e.C.bridge), big.NewInt(0))
}

func TestERC721RoundTrips(t *testing.T) {
	t.Parallel()
	for _, lockUnlock := range []bool{false, true} {
		t.Run(fmt.Sprintf("parentLockUnlock=%v", lockUnlock), func(t *testing.T) {
			t.Parallel()
			opts := defaultOpts()
			opts.ParentNFTLockUnlock = lockUnlock
			e := newEnv(t, opts)
			alice, bob := e.addr(aliceK), e.addr(bobK)
			id := big.NewInt(1)
			e.send(e.P, ownerP, e.P.nft, nft.PackMintWithTokenURI(alice, id, "ipfs://one"), nil)

			// 2-step parent -> child.
			e.send(e.P, aliceK, e.P.nft, nft.PackApprove(e.P.bridge, id), nil)
			c := request(t, e.send(e.P, aliceK, e.P.bridge, br.PackRequestERC721Transfer(e.P.nft, bob, id, []byte("nft")), nil))
			if c.TokenType != bindings.TokenERC721 || c.TokenURI != "ipfs://one" || c.Token != e.P.nft {
				t.Fatalf("request %+v", c)
			}
			owner, exists := e.ownerOf(e.P, id)
			if lockUnlock && owner != e.P.bridge || !lockUnlock && exists {
				t.Fatalf("parent after request: owner %s exists %v (lock mode %v)", owner, exists, lockUnlock)
			}
			e.relay(e.C, c, 1)
			if owner, _ := e.ownerOf(e.C, id); owner != bob {
				t.Fatalf("child owner %s, want bob", owner)
			}
			if uri := callT(e, e.C, e.C.nft, nft.PackTokenURI(id), nft.UnpackTokenURI); uri != "ipfs://one" {
				t.Fatalf("child URI %q", uri)
			}

			// 1-step child -> parent (safeTransferFrom with data).
			c = request(t, e.send(e.C, bobK, e.C.nft, nft.PackSafeTransferFrom0(bob, e.C.bridge, id, bindings.ERC721TransferData(alice, []byte("back"))), nil))
			if c.From != bob || c.To != alice || string(c.ExtraData) != "back" || c.TokenURI != "ipfs://one" {
				t.Fatalf("1-step request %+v", c)
			}
			if _, exists := e.ownerOf(e.C, id); exists {
				t.Fatal("child NFT not burnt")
			}
			e.relay(e.P, c, 1)
			if owner, _ := e.ownerOf(e.P, id); owner != alice {
				t.Fatalf("parent owner %s, want alice", owner)
			}

			// 1-step parent -> child again.
			c = request(t, e.send(e.P, aliceK, e.P.nft, nft.PackSafeTransferFrom0(alice, e.P.bridge, id, bindings.ERC721TransferData(bob, nil)), nil))
			e.relay(e.C, c, 1)
			if owner, _ := e.ownerOf(e.C, id); owner != bob {
				t.Fatalf("child owner %s, want bob", owner)
			}

			// An NFT minted on the child travels to the parent only when the parent bridge can mint it.
			id7 := big.NewInt(7)
			e.send(e.C, ownerC, e.C.nft, nft.PackMintWithTokenURI(bob, id7, "ipfs://seven"), nil)
			e.send(e.C, bobK, e.C.nft, nft.PackApprove(e.C.bridge, id7), nil)
			c = request(t, e.send(e.C, bobK, e.C.bridge, br.PackRequestERC721Transfer(e.C.nft, alice, id7, nil), nil))
			r := e.relay(e.P, c, 1)[0]
			h := events(r)
			if lockUnlock {
				if len(h.failed) != 1 || e.handled(e.P, c.RequestNonce) {
					t.Fatalf("lock mode: child-born NFT should fail on the parent: %+v", h)
				}
			} else {
				if owner, _ := e.ownerOf(e.P, id7); owner != alice {
					t.Fatalf("child-born NFT on the parent: owner %s, want alice", owner)
				}
				if uri := callT(e, e.P, e.P.nft, nft.PackTokenURI(id7), nft.UnpackTokenURI); uri != "ipfs://seven" {
					t.Fatalf("parent URI %q", uri)
				}
			}
		})
	}
}

func TestFees(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	opts.ConfigThreshold = 2
	e := newEnv(t, opts)
	P := e.P
	feeRcv := e.addr(bobK)
	e.send(P, ownerP, P.bridge, br.PackSetFeeReceiver(feeRcv), nil)

	// Native fee: configuration vote with threshold 2.
	fee := big.NewInt(1e15)
	r := e.send(P, op1, P.bridge, br.PackSetNativeFee(fee, 0), nil)
	if got := callT(e, P, P.bridge, br.PackNativeFee(), br.UnpackNativeFee); got.Sign() != 0 {
		t.Fatalf("fee changed after 1 of 2 votes: %s", got)
	}
	_ = r
	_, err := e.trySend(P, op1, P.bridge, br.PackSetNativeFee(fee, 0), nil)
	e.wantRevert(err, "AlreadyVoted(0, ")
	_, err = e.trySend(P, op1+1, P.bridge, br.PackSetNativeFee(fee, 1), nil)
	e.wantRevert(err, "InvalidConfigurationNonce(1, 0)")
	// A different fee vote does not combine with the first.
	e.send(P, op1+2, P.bridge, br.PackSetNativeFee(big.NewInt(5), 0), nil)
	if got := callT(e, P, P.bridge, br.PackNativeFee(), br.UnpackNativeFee); got.Sign() != 0 {
		t.Fatalf("split fee votes passed: %s", got)
	}
	e.send(P, op1+1, P.bridge, br.PackSetNativeFee(fee, 0), nil)
	e.wantBig("native fee", callT(e, P, P.bridge, br.PackNativeFee(), br.UnpackNativeFee), fee)
	if n := callT(e, P, P.bridge, br.PackConfigurationNonce(), br.UnpackConfigurationNonce); n != 1 {
		t.Fatalf("configurationNonce %d, want 1", n)
	}
	_, err = e.trySend(P, op1+3, P.bridge, br.PackSetNativeFee(fee, 0), nil)
	e.wantRevert(err, "InvalidConfigurationNonce(0, 1)")

	// Native request: fee to the receiver, the rest of the fee limit refunded.
	aliceBefore := e.balance(P, e.addr(aliceK))
	rcvBefore := e.balance(P, feeRcv)
	bridgeBefore := e.balance(P, P.bridge)
	feeLimit := big.NewInt(3e15)
	r = e.requestNative(P, aliceK, e.addr(bobK), eth(1), feeLimit)
	c := request(t, r)
	if c.ValueOrTokenId.Cmp(eth(1)) != 0 {
		t.Fatalf("request value %s", c.ValueOrTokenId)
	}
	if ev, _ := br.UnpackRequestValueTransferEvent(r.Logs[0]); ev.Fee.Cmp(fee) != 0 {
		t.Fatalf("event fee %s, want %s", ev.Fee, fee)
	}
	spent := new(big.Int).Add(eth(1), fee)
	spent.Add(spent, gasCost(r))
	e.wantBig("alice balance", e.balance(P, e.addr(aliceK)), new(big.Int).Sub(aliceBefore, spent))
	e.wantBig("fee receiver", e.balance(P, feeRcv), new(big.Int).Add(rcvBefore, fee))
	e.wantBig("bridge", e.balance(P, P.bridge), new(big.Int).Add(bridgeBefore, eth(1)))
	// Insufficient fee limit.
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestNativeTransfer(e.addr(bobK), eth(1), nil), new(big.Int).Add(eth(1), big.NewInt(1e14)))
	e.wantRevert(err, "InsufficientFeeLimit(100000000000000, 1000000000000000)")
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestNativeTransfer(e.addr(bobK), eth(1), nil), big.NewInt(1))
	e.wantRevert(err, "InsufficientPayment(1, ")

	// ERC-20 fee.
	tfee := eth(2)
	e.send(P, op1, P.bridge, br.PackSetERC20Fee(P.token, tfee, 1), nil)
	e.send(P, op1+1, P.bridge, br.PackSetERC20Fee(P.token, tfee, 1), nil)
	e.wantBig("erc20 fee", callT(e, P, P.bridge, br.PackErc20Fee(P.token), br.UnpackErc20Fee), tfee)
	e.send(P, ownerP, P.token, tok.PackTransfer(e.addr(aliceK), eth(100)), nil)
	// 2-step: only value + fee is pulled, even with a larger fee limit.
	e.send(P, aliceK, P.token, tok.PackApprove(P.bridge, eth(50)), nil)
	r = e.send(P, aliceK, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), eth(10), eth(5), nil), nil)
	if ev, _ := br.UnpackRequestValueTransferEvent(r.Logs[len(r.Logs)-1]); ev == nil || ev.Fee.Cmp(tfee) != 0 {
		t.Fatalf("ERC-20 request fee: %+v", ev)
	}
	e.wantBig("alice tokens after 2-step", e.tokenBalance(P, P.token, e.addr(aliceK)), eth(88))
	e.wantBig("receiver tokens", e.tokenBalance(P, P.token, feeRcv), eth(2))
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), eth(10), eth(1), nil), nil)
	e.wantRevert(err, "InsufficientFeeLimit(1000000000000000000, 2000000000000000000)")
	// 1-step: amount = value + feeLimit; the unused fee part is refunded.
	r = e.send(P, aliceK, P.token, tok.PackTransferAndCall0(P.bridge, eth(15), bindings.ERC20TransferData(e.addr(bobK), eth(5), nil)), nil)
	c = request(t, r)
	e.wantBig("1-step value", c.ValueOrTokenId, eth(10))
	e.wantBig("alice tokens after 1-step", e.tokenBalance(P, P.token, e.addr(aliceK)), eth(76))
	e.wantBig("receiver tokens", e.tokenBalance(P, P.token, feeRcv), eth(4))
	e.wantBig("bridge locked", e.tokenBalance(P, P.token, P.bridge), eth(20))
	_, err = e.trySend(P, aliceK, P.token, tok.PackTransferAndCall0(P.bridge, eth(11), bindings.ERC20TransferData(e.addr(bobK), eth(1), nil)), nil)
	e.wantRevert(err, "InsufficientFeeLimit(")
	_, err = e.trySend(P, aliceK, P.token, tok.PackTransferAndCall0(P.bridge, eth(1), bindings.ERC20TransferData(e.addr(bobK), eth(1), nil)), nil)
	e.wantRevert(err, "AmountBelowFeeLimit(")
}

func TestLockedAndUnregisteredTokensRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	P := e.P
	e.send(P, ownerP, P.token, tok.PackApprove(P.bridge, eth(100)), nil)
	e.send(P, ownerP, P.bridge, br.PackLockToken(P.token), nil)
	if !callT(e, P, P.bridge, br.PackTokenLocked(P.token), br.UnpackTokenLocked) {
		t.Fatal("tokenLocked false")
	}
	_, err := e.trySend(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), eth(1), big.NewInt(0), nil), nil)
	e.wantRevert(err, "TokenIsLocked(")
	_, err = e.trySend(P, ownerP, P.token, tok.PackTransferAndCall0(P.bridge, eth(1), bindings.ERC20TransferData(e.addr(bobK), nil, nil)), nil)
	e.wantRevert(err, "TokenIsLocked(")
	e.send(P, ownerP, P.bridge, br.PackUnlockToken(P.token), nil)
	e.send(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), eth(1), big.NewInt(0), nil), nil)

	// A token that is not registered.
	other, err := deploy.DeployToken(e.ctx, P.c.Client, P.c.Opts(ownerP), "Other", "OTH", e.addr(ownerP), eth(100))
	if err != nil {
		t.Fatal(err)
	}
	e.send(P, ownerP, other.Address, tok.PackApprove(P.bridge, eth(100)), nil)
	_, err = e.trySend(P, ownerP, P.bridge, br.PackRequestERC20Transfer(other.Address, e.addr(bobK), eth(1), big.NewInt(0), nil), nil)
	e.wantRevert(err, fmt.Sprintf("TokenNotRegistered(%s)", other.Address))
	_, err = e.trySend(P, ownerP, other.Address, tok.PackTransferAndCall0(P.bridge, eth(1), bindings.ERC20TransferData(e.addr(bobK), nil, nil)), nil)
	e.wantRevert(err, "TokenNotRegistered(")
	// Wrong kind: the NFT through the ERC-20 entry point.
	_, err = e.trySend(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.nft, e.addr(bobK), big.NewInt(1), big.NewInt(0), nil), nil)
	e.wantRevert(err, "TokenTypeMismatch(")
	// Deregistered token.
	e.send(P, ownerP, P.bridge, br.PackDeregisterToken(P.token), nil)
	_, err = e.trySend(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), eth(1), big.NewInt(0), nil), nil)
	e.wantRevert(err, "TokenNotRegistered(")

	// On the destination, a locked token's payout fails and stays open until it is unlocked.
	e2 := newEnv(t, defaultOpts())
	e2.send(e2.P, ownerP, e2.P.token, tok.PackApprove(e2.P.bridge, eth(1)), nil)
	c := request(t, e2.send(e2.P, ownerP, e2.P.bridge, br.PackRequestERC20Transfer(e2.P.token, e2.addr(bobK), eth(1), big.NewInt(0), nil), nil))
	e2.send(e2.C, ownerC, e2.C.bridge, br.PackLockToken(e2.C.token), nil)
	h := events(e2.vote(e2.C, op1, c))
	if len(h.failed) != 1 || bindings.DecodeRevert(h.failed[0].Reason) != fmt.Sprintf("TokenIsLocked(%s)", e2.C.token) {
		t.Fatalf("payout of a locked token: %+v", h)
	}
	e2.send(e2.C, ownerC, e2.C.bridge, br.PackUnlockToken(e2.C.token), nil)
	if h := events(e2.vote(e2.C, op1, c)); len(h.transfers) != 1 {
		t.Fatalf("re-cast after unlock: %+v", h)
	}
}

func TestPausedBridge(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	e.send(e.P, ownerP, e.P.bridge, br.PackPause(), nil)
	e.send(e.C, ownerC, e.C.bridge, br.PackPause(), nil)
	_, err := e.trySend(e.P, aliceK, e.P.bridge, br.PackRequestNativeTransfer(e.addr(bobK), eth(1), nil), eth(1))
	e.wantRevert(err, "EnforcedPause()")
	_, err = e.trySend(e.P, ownerP, e.P.token, tok.PackTransferAndCall0(e.P.bridge, eth(1), bindings.ERC20TransferData(e.addr(bobK), nil, nil)), nil)
	e.wantRevert(err, "EnforcedPause()")
	// Handles still drain on the paused child bridge.
	before := e.balance(e.C, e.addr(bobK))
	e.relay(e.C, c, 1)
	e.wantBig("bob balance", e.balance(e.C, e.addr(bobK)), new(big.Int).Add(before, eth(1)))
	_, err = e.trySend(e.P, aliceK, e.P.bridge, br.PackPause(), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
	e.send(e.P, ownerP, e.P.bridge, br.PackUnpause(), nil)
	e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0))
}

func TestFailedPayoutsInBatchStayOpen(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.ChildNativeLiquidity = nil // the child bridge cannot pay native coin
	e := newEnv(t, opts)
	alice, bob := e.addr(aliceK), e.addr(bobK)
	e.send(e.P, ownerP, e.P.token, tok.PackTransfer(alice, eth(10)), nil)
	id := big.NewInt(42)
	e.send(e.P, ownerP, e.P.nft, nft.PackMintWithTokenURI(alice, id, "u"), nil)
	// The same id already exists on the child (minted there independently).
	e.send(e.C, ownerC, e.C.nft, nft.PackMintWithTokenURI(e.addr(ownerC), id, "other"), nil)

	nativeReq := request(t, e.requestNative(e.P, aliceK, bob, eth(2), big.NewInt(0)))
	e.send(e.P, aliceK, e.P.token, tok.PackApprove(e.P.bridge, eth(3)), nil)
	erc20Req := request(t, e.send(e.P, aliceK, e.P.bridge, br.PackRequestERC20Transfer(e.P.token, bob, eth(3), big.NewInt(0), nil), nil))
	e.send(e.P, aliceK, e.P.nft, nft.PackApprove(e.P.bridge, id), nil)
	nftReq := request(t, e.send(e.P, aliceK, e.P.bridge, br.PackRequestERC721Transfer(e.P.nft, bob, id, nil), nil))

	r := e.send(e.C, op1, e.C.bridge, br.PackHandleBatch([]bindings.BridgeHandleCall{nativeReq, erc20Req, nftReq}), nil)
	h := events(r)
	if len(h.transfers) != 1 || h.transfers[0].HandleNonce != erc20Req.RequestNonce {
		t.Fatalf("transfers %+v, want only the ERC-20 one", h.transfers)
	}
	if len(h.failed) != 2 || h.failed[0].RequestNonce != 0 || h.failed[1].RequestNonce != 2 {
		t.Fatalf("failed %+v, want nonces 0 and 2", h.failed)
	}
	if got := bindings.DecodeRevert(h.failed[0].Reason); got != "InsufficientLiquidity(0, 2000000000000000000)" {
		t.Fatalf("native failure reason %s", got)
	}
	t.Logf("NFT failure reason: %s", bindings.DecodeRevert(h.failed[1].Reason))
	if h.failed[0].VoteKey != e.key(e.C, nativeReq) {
		t.Fatal("HandleFailed vote key differs from the handle vote key")
	}
	if e.handled(e.C, 0) || e.handled(e.C, 2) || !e.handled(e.C, 1) {
		t.Fatal("handled flags wrong after the batch")
	}
	if got := e.recovery(e.C); got.lower != 0 || got.upper != 2 {
		t.Fatalf("recovery %+v", got)
	}
	st := e.status(e.C, 0, op1)
	if st.Handled || !st.Voted || st.VotesForKey != 1 || st.Threshold != 1 {
		t.Fatalf("status of the failed nonce %+v", st)
	}

	// The same operator re-casting in a batch retries; still no liquidity -> HandleFailed again, not skipped.
	h = events(e.send(e.C, op1, e.C.bridge, br.PackHandleBatch([]bindings.BridgeHandleCall{nativeReq}), nil))
	if len(h.failed) != 1 || len(h.skipped) != 0 {
		t.Fatalf("retry without liquidity: %+v", h)
	}
	// Liquidity added: the re-cast executes.
	e.send(e.C, ownerC, e.C.bridge, br.PackChargeNativeLiquidity(), eth(5))
	before := e.balance(e.C, bob)
	h = events(e.vote(e.C, op1, nativeReq))
	if len(h.transfers) != 1 {
		t.Fatalf("retry with liquidity: %+v", h)
	}
	e.wantBig("bob balance", e.balance(e.C, bob), new(big.Int).Add(before, eth(2)))
	// The NFT id is freed on the child (burnt by its owner): the retry mints it for bob.
	e.send(e.C, ownerC, e.C.nft, nft.PackBurn(id), nil)
	if h := events(e.vote(e.C, op1, nftReq)); len(h.transfers) != 1 {
		t.Fatalf("NFT retry: %+v", h)
	}
	if owner, _ := e.ownerOf(e.C, id); owner != bob {
		t.Fatalf("NFT owner %s, want bob", owner)
	}
	if got := e.recovery(e.C); got.lower != 3 || got.upper != 3 {
		t.Fatalf("recovery %+v", got)
	}
	// Invalid entries in a batch are skipped with a reason and the others go on.
	bad := erc20Req
	bad.To = common.Address{}
	bad.RequestNonce = 9
	h = events(e.send(e.C, op1, e.C.bridge, br.PackHandleBatch([]bindings.BridgeHandleCall{erc20Req, bad}), nil))
	if len(h.skipped) != 2 || bindings.DecodeRevert(h.skipped[0].Reason) != "NonceAlreadyHandled(1)" || bindings.DecodeRevert(h.skipped[1].Reason) != "InvalidHandleCall(9)" {
		t.Fatalf("skipped %+v", h.skipped)
	}
}

func TestPlainTransferRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	_, err := e.trySend(e.P, aliceK, e.P.bridge, nil, eth(1))
	e.wantRevert(err, "DirectTransferRefused()")
	// Liquidity only from the owner or an operator.
	_, err = e.trySend(e.P, aliceK, e.P.bridge, br.PackChargeNativeLiquidity(), eth(1))
	e.wantRevert(err, "NotOwnerOrOperator(")
	e.send(e.P, op1, e.P.bridge, br.PackChargeNativeLiquidity(), eth(1))
	if got := e.recovery(e.P).request; got != 0 {
		t.Fatalf("requestNonce %d after liquidity, want 0", got)
	}
}

func TestHandleStatusView(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 3
	e := newEnv(t, opts)
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	st := e.status(e.C, 0, op1)
	if st.Handled || st.Voted || st.VotedKey != ([32]byte{}) || st.VotesForKey != 0 || st.Threshold != 3 {
		t.Fatalf("fresh status %+v", st)
	}
	e.vote(e.C, op1, c)
	e.vote(e.C, op1+1, c)
	key := e.key(e.C, c)
	if onchain := callT(e, e.C, e.C.bridge, br.PackHandleVoteKey(c), br.UnpackHandleVoteKey); onchain != key {
		t.Fatalf("handleVoteKey on chain %x, off chain %x", onchain, key)
	}
	st = e.status(e.C, 0, op1)
	if st.Handled || !st.Voted || st.VotedKey != key || st.VotesForKey != 2 {
		t.Fatalf("status after 2 votes %+v", st)
	}
	if st := e.status(e.C, 0, op4); st.Voted || st.VotesForKey != 0 {
		t.Fatalf("status of a non-voter %+v", st)
	}
	e.vote(e.C, op4, c)
	if st := e.status(e.C, 0, op4); !st.Handled || st.VotesForKey != 3 {
		t.Fatalf("status after execution %+v", st)
	}
}

func TestAdministration(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	C := e.C
	list := callT(e, C, C.bridge, br.PackGetRegisteredTokenList(), br.UnpackGetRegisteredTokenList)
	if len(list) != 2 {
		t.Fatalf("registered tokens %v", list)
	}
	if lt := callT(e, C, C.bridge, br.PackLocalToken(e.P.token), br.UnpackLocalToken); lt != C.token {
		t.Fatalf("localToken %s, want %s", lt, C.token)
	}
	if tt := callT(e, C, C.bridge, br.PackRegisteredTokenType(C.nft), br.UnpackRegisteredTokenType); tt != bindings.TokenERC721 {
		t.Fatalf("registeredTokenType(nft) = %d", tt)
	}
	_, err := e.trySend(C, ownerC, C.bridge, br.PackRegisterToken(C.token, e.addr(aliceK)), nil)
	e.wantRevert(err, "TokenAlreadyRegistered(")
	_, err = e.trySend(C, ownerC, C.bridge, br.PackRegisterToken(e.addr(aliceK), e.addr(bobK)), nil)
	e.wantRevert(err, "NotAContract(")
	_, err = e.trySend(C, ownerC, C.bridge, br.PackRegisterOperator(e.addr(op1)), nil)
	e.wantRevert(err, "AlreadyOperator(")
	_, err = e.trySend(C, aliceK, C.bridge, br.PackRegisterOperator(e.addr(aliceK)), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
	// Operator limit of 32.
	for i := 0; i < 28; i++ {
		e.send(C, ownerC, C.bridge, br.PackRegisterOperator(common.BigToAddress(big.NewInt(int64(1000+i)))), nil)
	}
	_, err = e.trySend(C, ownerC, C.bridge, br.PackRegisterOperator(e.addr(aliceK)), nil)
	e.wantRevert(err, "TooManyOperators(32)")
	if ok := callT(e, C, C.bridge, br.PackIsOperator(e.addr(op1)), br.UnpackIsOperator); !ok {
		t.Fatal("isOperator(op1) false")
	}
	// Ownable2Step: ownership moves only when accepted.
	e.send(C, ownerC, C.bridge, br.PackTransferOwnership(e.addr(aliceK)), nil)
	if o := callT(e, C, C.bridge, br.PackOwner(), br.UnpackOwner); o != e.addr(ownerC) {
		t.Fatalf("owner moved before acceptance: %s", o)
	}
	e.send(C, aliceK, C.bridge, br.PackAcceptOwnership(), nil)
	if o := callT(e, C, C.bridge, br.PackOwner(), br.UnpackOwner); o != e.addr(aliceK) {
		t.Fatalf("owner %s after acceptance", o)
	}
}

func TestRequestInputValidation(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	P := e.P
	zero := common.Address{}
	_, err := e.trySend(P, aliceK, P.bridge, br.PackRequestNativeTransfer(zero, eth(1), nil), eth(1))
	e.wantRevert(err, "ZeroAddress()")
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestNativeTransfer(e.addr(bobK), big.NewInt(0), nil), nil)
	e.wantRevert(err, "ZeroValue()")
	e.send(P, ownerP, P.token, tok.PackApprove(P.bridge, eth(10)), nil)
	_, err = e.trySend(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), big.NewInt(0), big.NewInt(0), nil), nil)
	e.wantRevert(err, "ZeroValue()")
	// 1-step with data that is not abi.encode(to, feeLimit, extraData).
	_, err = e.trySend(P, ownerP, P.token, tok.PackTransferAndCall0(P.bridge, eth(1), []byte{1, 2, 3}), nil)
	e.wantRevert(err, "InvalidTransferData()")
	_, err = e.trySend(P, ownerP, P.token, tok.PackTransferAndCall(P.bridge, eth(1)), nil)
	e.wantRevert(err, "InvalidTransferData()")
	id := big.NewInt(3)
	e.send(P, ownerP, P.nft, nft.PackMintWithTokenURI(e.addr(ownerP), id, ""), nil)
	_, err = e.trySend(P, ownerP, P.nft, nft.PackSafeTransferFrom(e.addr(ownerP), P.bridge, id), nil)
	e.wantRevert(err, "InvalidTransferData()")
	_, err = e.trySend(P, ownerP, P.nft, nft.PackSafeTransferFrom0(e.addr(ownerP), P.bridge, id, bindings.ERC721TransferData(zero, nil)), nil)
	e.wantRevert(err, "ZeroAddress()")
	if owner, _ := e.ownerOf(P, id); owner != e.addr(ownerP) {
		t.Fatalf("refused 1-step request moved the NFT to %s", owner)
	}
	// Batches are bounded.
	calls := make([]bindings.BridgeHandleCall, 101)
	for i := range calls {
		calls[i] = bindings.BridgeHandleCall{ValueOrTokenId: big.NewInt(1), To: e.addr(bobK), RequestNonce: uint64(i)}
	}
	_, err = e.trySend(e.C, op1, e.C.bridge, br.PackHandleBatch(calls), nil)
	e.wantRevert(err, "BatchTooLarge(101, 100)")
}
