package contracts_test

// Issue 12 (bridge liveness) on the simulated backend: payout gas stipends, bounded inputs, refunds by vote.

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
)

var (
	gasBurner = common.FromHex("5b600056")   // JUMPDEST PUSH1 0 JUMP: loops until its gas is gone
	reverter  = common.FromHex("60006000fd") // PUSH1 0 PUSH1 0 REVERT: refuses every call, also plain transfers
)

// A recipient that burns all the gas it gets fails alone (HandleFailed with PayoutOutOfGas), in a batch of votes
// and in a signed batch; the 9 honest requests batched with it pay in the same transaction.
func TestGasBurnerFailsAlone(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	P, C := e.P, e.C
	burner := e.deployCode(C, ownerC, gasBurner)
	for _, path := range []string{"votes", "signatures"} {
		var calls []bindings.BridgeHandleCall
		var honest []common.Address
		for i := 0; i < 10; i++ {
			to := common.BigToAddress(big.NewInt(int64(0x1000 + i + len(path)*100)))
			if i == 4 {
				to = burner
			} else {
				honest = append(honest, to)
			}
			calls = append(calls, request(t, e.requestNative(P, aliceK, to, big.NewInt(int64(1000+i)), big.NewInt(0))))
		}
		var r *types.Receipt
		if path == "votes" {
			e.send(C, op1, C.bridge, br.PackHandleBatch(calls), nil)
			r = e.send(C, op1+1, C.bridge, br.PackHandleBatch(calls), nil)
		} else {
			r = e.signedBatch(C, aliceK, calls, e.signAll(C, calls, op1, op1+1))
		}
		h := events(r)
		if len(h.transfers) != 9 || len(h.failed) != 1 || h.failed[0].RequestNonce != calls[4].RequestNonce {
			t.Fatalf("%s: %d transfers, failed %+v", path, len(h.transfers), h.failed)
		}
		if got := bindings.DecodeRevert(h.failed[0].Reason); got != fmt.Sprintf("PayoutOutOfGas(%d)", bindings.NativePayoutGas) {
			t.Fatalf("%s: failure reason %s", path, got)
		}
		for i, a := range honest {
			if e.balance(C, a).Sign() == 0 {
				t.Fatalf("%s: honest recipient %d not paid", path, i)
			}
		}
		if e.handled(C, calls[4].RequestNonce) {
			t.Fatalf("%s: the burner's nonce is closed", path)
		}
		t.Logf("%s: batch of 10 with one gas burner: %d gas", path, r.GasUsed)
	}
}

// A transaction sent with too little gas for a payout's stipend reverts as a whole (InsufficientGas) and records
// no failure, for signed batches too (TestExecutingVoteGasLimits covers single votes).
func TestUnderGassedSignedBatchReverts(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	C := e.C
	burner := e.deployCode(C, ownerC, gasBurner)
	c := request(t, e.requestNative(e.P, aliceK, burner, big.NewInt(5), big.NewInt(0)))
	data := br.PackHandleSignedBatch(e.epoch(C), []bindings.BridgeHandleCall{c}, [][]byte{e.sign(C, c, op1, op1+1)})
	est, err := C.c.Client.EstimateGas(e.ctx, ethereumCall(e.addr(aliceK), C.bridge, data))
	if err != nil {
		t.Fatal(err)
	}
	if est < bindings.NativePayoutGas {
		t.Fatalf("estimate %d does not cover the stipend", est)
	}
	for _, g := range []uint64{est / 2, est * 9 / 10, est - 2000} {
		r := e.sendWithGas(C, aliceK, C.bridge, data, g)
		if r.Status == types.ReceiptStatusSuccessful || len(events(r).failed) != 0 {
			t.Fatalf("gas %d of estimate %d: status %d, events %+v", g, est, r.Status, events(r))
		}
	}
	r := e.sendWithGas(C, aliceK, C.bridge, data, est)
	if h := events(r); r.Status != types.ReceiptStatusSuccessful || len(h.failed) != 1 {
		t.Fatalf("with the estimate: status %d, %+v", r.Status, h)
	}
	t.Logf("estimate %d, used %d (the stipend is reserved, not spent, for an honest recipient)", est, r.GasUsed)
}

// Maximal extraData and URIs are accepted and paid; one byte more is refused at request time with the custom error
// (native, ERC-20 2-step and 1-step, ERC-721 2-step and 1-step), and by handles.
func TestBoundedRequestInputs(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	P, C := e.P, e.C
	alice, bob := e.addr(aliceK), e.addr(bobK)
	maxExtra := bytes.Repeat([]byte{0xab}, bindings.MaxExtraDataLength)
	over := append(bytes.Clone(maxExtra), 1)
	tooLong := fmt.Sprintf("ExtraDataTooLong(%d, %d)", len(over), bindings.MaxExtraDataLength)

	_, err := e.trySend(P, aliceK, P.bridge, br.PackRequestNativeTransfer(bob, eth(1), over), eth(1))
	e.wantRevert(err, tooLong)
	e.send(P, ownerP, P.token, tok.PackApprove(P.bridge, eth(100)), nil)
	_, err = e.trySend(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, bob, eth(1), big.NewInt(0), over), nil)
	e.wantRevert(err, tooLong)
	_, err = e.trySend(P, ownerP, P.token, tok.PackTransferAndCall0(P.bridge, eth(1), bindings.ERC20TransferData(bob, nil, over)), nil)
	e.wantRevert(err, tooLong)

	// Two maximal native requests and a maximal ERC-20 one, in one batch: all paid.
	var calls []bindings.BridgeHandleCall
	for i := 0; i < 2; i++ {
		calls = append(calls, request(t, e.send(P, aliceK, P.bridge, br.PackRequestNativeTransfer(bob, eth(1), maxExtra), eth(1))))
	}
	calls = append(calls, request(t, e.send(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, bob, eth(1), big.NewInt(0), maxExtra), nil)))
	if h := events(e.send(C, op1, C.bridge, br.PackHandleBatch(calls), nil)); len(h.transfers) != 3 || !bytes.Equal(h.transfers[0].ExtraData, maxExtra) {
		t.Fatalf("maximal extraData batch: %d transfers, %d failed", len(h.transfers), len(h.failed))
	}

	// ERC-721: a maximal URI is carried and minted on the other side; one byte more is refused.
	maxURI := "ipfs://" + strings.Repeat("u", bindings.MaxTokenURILength-len("ipfs://"))
	id, id2 := big.NewInt(11), big.NewInt(12)
	e.send(P, ownerP, P.nft, nft.PackMintWithTokenURI(alice, id, maxURI), nil)
	e.send(P, ownerP, P.nft, nft.PackMintWithTokenURI(alice, id2, maxURI+"x"), nil)
	e.send(P, aliceK, P.nft, nft.PackSetApprovalForAll(P.bridge, true), nil)
	uriErr := fmt.Sprintf("TokenURITooLong(%d, %d)", bindings.MaxTokenURILength+1, bindings.MaxTokenURILength)
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestERC721Transfer(P.nft, bob, id2, nil), nil)
	e.wantRevert(err, uriErr)
	_, err = e.trySend(P, aliceK, P.nft, nft.PackSafeTransferFrom0(alice, P.bridge, id2, bindings.ERC721TransferData(bob, nil)), nil)
	e.wantRevert(err, uriErr)
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestERC721Transfer(P.nft, bob, id, over), nil)
	e.wantRevert(err, tooLong)
	_, err = e.trySend(P, aliceK, P.nft, nft.PackSafeTransferFrom0(alice, P.bridge, id, bindings.ERC721TransferData(bob, over)), nil)
	e.wantRevert(err, tooLong)
	nc := request(t, e.send(P, aliceK, P.bridge, br.PackRequestERC721Transfer(P.nft, bob, id, maxExtra), nil))
	r := e.vote(C, op1, nc)
	if h := events(r); len(h.transfers) != 1 {
		t.Fatalf("maximal URI payout: %+v (%s)", h, reasons(h))
	}
	if uri := callT(e, C, C.nft, nft.PackTokenURI(id), nft.UnpackTokenURI); uri != maxURI {
		t.Fatalf("child URI of %d bytes, want %d", len(uri), len(maxURI))
	}
	t.Logf("ERC-721 payout with a %d-byte URI and %d bytes of extraData: %d gas", len(maxURI), len(maxExtra), r.GasUsed)

	// Handles refuse what no honest request can carry.
	bad := calls[0]
	bad.RequestNonce = 50
	bad.ExtraData = over
	_, err = e.tryVote(C, op1, bad)
	e.wantRevert(err, "InvalidHandleCall(50)")
	bad = nc
	bad.RequestNonce = 51
	bad.TokenURI = maxURI + "x"
	_, err = e.tryVote(C, op1, bad)
	e.wantRevert(err, "InvalidHandleCall(51)")
	bad = calls[0]
	bad.RequestNonce = 52
	bad.TokenURI = "x" // a URI on a native call (only a batch entry can carry one)
	if rs := skipReasons(e.send(C, op1, C.bridge, br.PackHandleBatch([]bindings.BridgeHandleCall{bad}), nil)); len(rs) != 1 || rs[0] != "InvalidHandleCall(52)" {
		t.Fatalf("native call with a URI: skipped %v", rs)
	}
}

func reasons(h handleEvents) []string {
	var out []string
	for _, f := range h.failed {
		out = append(out, bindings.DecodeRevert(f.Reason))
	}
	return out
}

// Refund by vote for the three unpayable kinds of issue 12: native to a reverting contract, ERC-20 with the token
// locked on the destination, ERC-721 whose id exists on the destination. Each is refunded to the sender on the
// source exactly once, value is conserved per token on both chains, and a late payout vote (or signed handle) for a
// refunded nonce is refused.
func TestRefundByVote(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	P, C := e.P, e.C
	alice := e.addr(aliceK)
	rev := e.deployCode(C, ownerC, reverter)
	e.send(P, ownerP, P.token, tok.PackTransfer(alice, eth(100)), nil)
	e.send(P, aliceK, P.token, tok.PackApprove(P.bridge, eth(100)), nil)

	type kind struct {
		name    string
		request func() *types.Receipt
		reason  string
		snap    func() []*big.Int
	}
	id := big.NewInt(77)
	e.send(P, ownerP, P.nft, nft.PackMintWithTokenURI(alice, id, "ipfs://seventy-seven"), nil)
	e.send(P, aliceK, P.nft, nft.PackApprove(P.bridge, id), nil)
	e.send(C, ownerC, C.nft, nft.PackMintWithTokenURI(e.addr(ownerC), id, "ipfs://taken"), nil) // the id exists on the destination

	kinds := []kind{
		{
			name:    "native to a reverting contract",
			request: func() *types.Receipt { return e.requestNative(P, aliceK, rev, eth(3), big.NewInt(0)) },
			reason:  fmt.Sprintf("NativeTransferFailed(%s, %s)", rev, eth(3)),
			snap: func() []*big.Int {
				return []*big.Int{e.balance(P, P.bridge), e.balance(C, C.bridge), e.balance(C, rev)}
			},
		},
		{
			name: "ERC-20 with the token locked on the destination",
			request: func() *types.Receipt {
				e.send(C, ownerC, C.bridge, br.PackLockToken(C.token), nil)
				return e.send(P, aliceK, P.bridge, br.PackRequestERC20Transfer(P.token, e.addr(bobK), eth(7), big.NewInt(0), nil), nil)
			},
			reason: fmt.Sprintf("TokenIsLocked(%s)", C.token),
			snap: func() []*big.Int {
				return []*big.Int{e.tokenBalance(P, P.token, alice), e.tokenBalance(P, P.token, P.bridge),
					callT(e, C, C.token, tok.PackTotalSupply(), tok.UnpackTotalSupply), callT(e, P, P.token, tok.PackTotalSupply(), tok.UnpackTotalSupply)}
			},
		},
		{
			name: "ERC-721 whose id exists on the destination",
			request: func() *types.Receipt {
				return e.send(P, aliceK, P.bridge, br.PackRequestERC721Transfer(P.nft, e.addr(bobK), id, nil), nil)
			},
			reason: "ERC721InvalidSender(0x0000000000000000000000000000000000000000)",
			snap: func() []*big.Int {
				owner, _ := e.ownerOf(C, id)
				return []*big.Int{callT(e, P, P.nft, nft.PackBalanceOf(alice), nft.UnpackBalanceOf), new(big.Int).SetBytes(owner[:])}
			},
		},
	}
	for _, k := range kinds {
		before := k.snap()
		aliceNative := e.balance(P, alice)
		rr := k.request()
		c := request(t, rr)
		// The payout fails on the destination with k votes and stays open.
		e.vote(C, op1, c)
		h := events(e.vote(C, op1+1, c))
		if len(h.failed) != 1 || bindings.DecodeRevert(h.failed[0].Reason) != k.reason {
			t.Fatalf("%s: payout %+v (%v), want HandleFailed %s", k.name, h, reasons(h), k.reason)
		}
		// k refund votes close it as refunded and emit the refund request (reverse direction, no tokens taken).
		cBridgeTokens := e.tokenBalance(C, C.token, C.bridge)
		r1 := e.send(C, op1+2, C.bridge, br.PackRefundValueTransfer(c), nil)
		if len(refunds(r1)) != 0 || len(requests(t, r1)) != 0 {
			t.Fatalf("%s: refund with one vote", k.name)
		}
		r2 := e.send(C, op1, C.bridge, br.PackRefundValueTransfer(c), nil)
		rf := refunds(r2)
		back := requests(t, r2)
		if len(rf) != 1 || rf[0].HandleNonce != c.RequestNonce || len(back) != 1 {
			t.Fatalf("%s: refunded %+v, refund requests %+v", k.name, rf, back)
		}
		ref := back[0]
		wantExtra, _ := abi.Arguments{{Type: mustType("uint64")}, {Type: mustType("bytes32")}}.Pack(c.RequestNonce, c.RequestTxHash)
		if ref.From != C.bridge || ref.To != alice || ref.Token != c.Token || ref.ValueOrTokenId.Cmp(c.ValueOrTokenId) != 0 ||
			ref.TokenType != c.TokenType || ref.TokenURI != c.TokenURI || !bytes.Equal(ref.ExtraData, wantExtra) || rf[0].RefundRequestNonce != ref.RequestNonce {
			t.Fatalf("%s: refund request %+v, original %+v", k.name, ref, c)
		}
		if ev, err := br.UnpackRequestValueTransferEvent(r2.Logs[0]); err == nil && ev.Fee.Sign() != 0 {
			t.Fatalf("%s: refund request fee %s", k.name, ev.Fee)
		}
		if key := bindings.RefundVoteKey(e.domain(C), e.epoch(C), c); rf[0].VoteKey != key {
			t.Fatalf("%s: refund vote key %x, Go helper %x", k.name, rf[0].VoteKey, key)
		}
		if got := e.tokenBalance(C, C.token, C.bridge); got.Cmp(cBridgeTokens) != 0 {
			t.Fatalf("%s: the refund took tokens on the destination", k.name)
		}
		if !e.handled(C, c.RequestNonce) || !callT(e, C, C.bridge, br.PackRefundedNonces(c.RequestNonce), br.UnpackRefundedNonces) {
			t.Fatalf("%s: nonce not closed as refunded", k.name)
		}
		// Exactly one of payout or refund: late votes of either kind and signed handles are refused.
		refused := fmt.Sprintf("NonceRefunded(%d)", c.RequestNonce)
		_, err := e.tryVote(C, op4, c)
		e.wantRevert(err, refused)
		_, err = e.trySend(C, op4, C.bridge, br.PackRefundValueTransfer(c), nil)
		e.wantRevert(err, refused)
		if rs := skipReasons(e.signedBatch(C, aliceK, []bindings.BridgeHandleCall{c}, [][]byte{e.sign(C, c, op1+2, op4)})); len(rs) != 1 || rs[0] != refused {
			t.Fatalf("%s: signed handle of a refunded nonce: %v", k.name, rs)
		}
		// The ordinary machinery carries the refund request home: k votes on the source pay it back.
		e.vote(P, op1, ref)
		hp := events(e.vote(P, op1+1, ref))
		if len(hp.transfers) != 1 || hp.transfers[0].From != C.bridge || hp.transfers[0].To != alice {
			t.Fatalf("%s: refund payout on the source %+v (%v)", k.name, hp, reasons(hp))
		}
		_, err = e.tryVote(P, op1+2, ref)
		e.wantRevert(err, fmt.Sprintf("NonceAlreadyHandled(%d)", ref.RequestNonce))
		// A refund request cannot itself be refunded.
		_, err = e.trySend(P, op1, P.bridge, br.PackRefundValueTransfer(ref), nil)
		e.wantRevert(err, fmt.Sprintf("NonceAlreadyHandled(%d)", ref.RequestNonce))
		unpaid := ref
		unpaid.RequestNonce = ref.RequestNonce + 1
		_, err = e.trySend(P, op1, P.bridge, br.PackRefundValueTransfer(unpaid), nil)
		e.wantRevert(err, fmt.Sprintf("RefundOfRefund(%d)", unpaid.RequestNonce))

		// Value conserved: everything is back where it was before the request (the sender paid only gas).
		after := k.snap()
		for i := range before {
			if before[i].Cmp(after[i]) != 0 {
				t.Fatalf("%s: value %d was %s before the request, %s after the refund", k.name, i, before[i], after[i])
			}
		}
		if k.name == kinds[0].name {
			e.wantBig("alice's native balance (minus the request's gas)", e.balance(P, alice), new(big.Int).Sub(aliceNative, gasCost(rr)))
		}
		t.Logf("%s: refunded once (destination nonce %d, refund request %d)", k.name, c.RequestNonce, ref.RequestNonce)
	}
	if owner, _ := e.ownerOf(P, id); owner != alice {
		t.Fatalf("NFT owner on the source %s, want alice", owner)
	}
	if uri := callT(e, P, P.nft, nft.PackTokenURI(id), nft.UnpackTokenURI); uri != "ipfs://seventy-seven" {
		t.Fatalf("NFT URI on the source %q", uri)
	}
	if owner, _ := e.ownerOf(C, id); owner != e.addr(ownerC) {
		t.Fatalf("destination NFT owner changed to %s", owner)
	}
}

// Refund votes follow the handle rules: operators only, k of n in the current epoch, a refund vote replaces the
// operator's handle vote, refusals for malformed calls; refunds in a batch.
func TestRefundVoteRules(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	C := e.C
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	_, err := e.trySend(C, aliceK, C.bridge, br.PackRefundValueTransfer(c), nil)
	e.wantRevert(err, "NotOperator(")
	// op1 votes the payout, then moves to a refund: its payout vote no longer counts.
	e.vote(C, op1, c)
	e.send(C, op1, C.bridge, br.PackRefundValueTransfer(c), nil)
	if n := callT(e, C, C.bridge, br.PackHandleVotes(c.RequestNonce, e.key(C, c)), br.UnpackHandleVotes); n != 0 {
		t.Fatalf("payout key still has %d votes after the operator moved to refund", n)
	}
	_, err = e.trySend(C, op1, C.bridge, br.PackRefundValueTransfer(c), nil)
	e.wantRevert(err, fmt.Sprintf("AlreadyVoted(0, %s)", e.addr(op1)))
	// A threshold change starts a new epoch: the refund vote no longer counts.
	e.setThreshold(C, bindings.VoteValueTransfer, 2)
	if r := e.send(C, op1+1, C.bridge, br.PackRefundValueTransfer(c), nil); len(refunds(r)) != 0 {
		t.Fatal("an old-epoch refund vote counted")
	}
	// Batched refunds; an invalid entry is skipped with the reason.
	bad := c
	bad.RequestNonce = 9
	bad.From = common.Address{}
	r := e.send(C, op1+2, C.bridge, br.PackRefundBatch([]bindings.BridgeHandleCall{c, bad}), nil)
	if len(refunds(r)) != 1 {
		t.Fatalf("batched refund: %+v", r.Logs)
	}
	if rs := skipReasons(r); len(rs) != 1 || rs[0] != "InvalidHandleCall(9)" {
		t.Fatalf("skipped %v", rs)
	}
	// The refunded nonce advanced lowerHandleNonce like a payout.
	if got := e.recovery(C); got.lower != 1 || got.upper != 1 || got.recoveryBlock != c.RequestBlockNumber || got.request != 1 {
		t.Fatalf("recovery state after the refund %+v", got)
	}
}

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

// A payout that failed widens the handle window (it reached its threshold), so failing requests never push honest
// ones out of it.
func TestFailedPayoutsWidenTheWindow(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.ChildNativeLiquidity = nil
	e := newEnv(t, opts)
	C := e.C
	mk := func(n uint64) bindings.BridgeHandleCall {
		return bindings.BridgeHandleCall{TokenType: bindings.TokenNative, RequestTxHash: common.BigToHash(new(big.Int).SetUint64(n + 1)),
			From: e.addr(aliceK), To: e.addr(bobK), ValueOrTokenId: big.NewInt(1), RequestNonce: n, RequestBlockNumber: 10 + n}
	}
	last := mk(bindings.HandleWindow - 1)
	if h := events(e.vote(C, op1, last)); len(h.failed) != 1 { // no liquidity: fails
		t.Fatalf("%+v", h)
	}
	if end := callT(e, C, C.bridge, br.PackHandleWindowEnd(), br.UnpackHandleWindowEnd); end.Uint64() != 2*bindings.HandleWindow {
		t.Fatalf("window end %s after a failure at %d", end, last.RequestNonce)
	}
	_, err := e.tryVote(C, op1, mk(2*bindings.HandleWindow))
	e.wantRevert(err, fmt.Sprintf("NonceOutOfWindow(%d, %d)", 2*bindings.HandleWindow, 2*bindings.HandleWindow))
	e.vote(C, op1, mk(2*bindings.HandleWindow-1))
}

// Token payouts fail alone with a recognisable reason: a token that reverts without data (TokenCallFailed), one that
// burns its whole stipend (PayoutOutOfGas(ERC20_PAYOUT_GAS)); a bridge without a counterpart refuses handles.
func TestTokenPayoutFailureReasons(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	C := e.C
	var calls []bindings.BridgeHandleCall
	for i, code := range [][]byte{reverter, gasBurner} {
		bad := e.deployCode(C, ownerC, code)
		source := common.BigToAddress(big.NewInt(int64(0xbad0 + i))) // its counterpart "on the parent"
		e.send(C, ownerC, C.bridge, br.PackRegisterToken(bad, source), nil)
		calls = append(calls, bindings.BridgeHandleCall{TokenType: bindings.TokenERC20, RequestTxHash: common.HexToHash("0x77"),
			From: e.addr(aliceK), To: e.addr(bobK), Token: source, ValueOrTokenId: big.NewInt(1), RequestNonce: uint64(i), RequestBlockNumber: 1})
	}
	h := events(e.send(C, op1, C.bridge, br.PackHandleBatch(calls), nil))
	got := reasons(h)
	if len(got) != 2 || !strings.HasPrefix(got[0], "TokenCallFailed(") || got[1] != fmt.Sprintf("PayoutOutOfGas(%d)", bindings.ERC20PayoutGas) {
		t.Fatalf("failure reasons %v, want TokenCallFailed(token) and PayoutOutOfGas(%d)", got, bindings.ERC20PayoutGas)
	}

	// Too little gas for the stipend: the call reverts InsufficientGas (nothing recorded).
	data := br.PackHandleBatch(calls[1:])
	est, err := C.c.Client.EstimateGas(e.ctx, ethereumCall(e.addr(op1), C.bridge, data))
	if err != nil {
		t.Fatal(err)
	}
	msg := ethereumCall(e.addr(op1), C.bridge, data)
	msg.Gas = est - bindings.ERC20PayoutGas/2
	_, err = C.c.Client.CallContract(e.ctx, msg, nil)
	if rd, ok := bindings.RevertData(err); !ok || bindings.DecodeRevert(rd) != "InsufficientGas()" {
		t.Fatalf("under-gassed call: %v", err)
	}

	// A bridge whose counterpart is not set refuses every handle.
	b, err := deploy.DeployBridge(e.ctx, C.c.Client, C.c.Opts(ownerC), e.addr(ownerC), deploy.BridgeParams{Operators: e.ops, CounterpartChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.trySend(C, op1, b.Address, packHandle(calls[0]), nil)
	e.wantRevert(err, "CounterpartNotSet()")
	_, err = e.trySend(C, aliceK, b.Address, br.PackHandleSignedBatch(1, calls[:1], [][]byte{nil}), nil)
	e.wantRevert(err, "CounterpartNotSet()")
}
