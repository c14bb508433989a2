package contracts_test

// Issue 14 (signature-aggregated handles) on the simulated backend.

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// A signed batch closes native, ERC-20 and ERC-721 requests like k votes would: same payouts, HandleValueTransfer
// with attestation = signatures, no HandleVote; anyone may submit it; the Go digest is the contract's.
func TestSignedBatchPays(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	P, C := e.P, e.C
	alice, bob := e.addr(aliceK), e.addr(bobK)
	e.send(P, ownerP, P.token, tok.PackApprove(P.bridge, eth(5)), nil)
	id := big.NewInt(9)
	e.send(P, ownerP, P.nft, nft.PackMintWithTokenURI(alice, id, "ipfs://nine"), nil)
	e.send(P, aliceK, P.nft, nft.PackApprove(P.bridge, id), nil)
	calls := []bindings.BridgeHandleCall{
		request(t, e.requestNative(P, aliceK, bob, eth(2), big.NewInt(0))),
		request(t, e.send(P, ownerP, P.bridge, br.PackRequestERC20Transfer(P.token, bob, eth(5), big.NewInt(0), []byte("x")), nil)),
		request(t, e.send(P, aliceK, P.bridge, br.PackRequestERC721Transfer(P.nft, bob, id, nil), nil)),
	}
	for _, c := range calls {
		if onchain := callT(e, C, C.bridge, br.PackHandleVoteKey(c), br.UnpackHandleVoteKey); onchain != e.key(C, c) {
			t.Fatalf("nonce %d: handleVoteKey on chain %x, Go %x", c.RequestNonce, onchain, e.key(C, c))
		}
	}
	dom, epoch, err := bindings.ReadHandleDomain(e.ctx, C.c.Client, C.bridge)
	if err != nil || dom.ChainID.Cmp(e.domain(C).ChainID) != 0 || dom.SourceBridge != P.bridge || dom.SourceChainID.Uint64() != 1337 || epoch != e.epoch(C) {
		t.Fatalf("ReadHandleDomain %+v epoch %d: %v", dom, epoch, err)
	}
	before := e.balance(C, bob)
	r := e.signedBatch(C, aliceK, calls, e.signAll(C, calls, op1+3, op1)) // any 2 of the 4, any order
	h := events(r)
	if len(h.transfers) != 3 || len(h.votes) != 0 || len(h.failed) != 0 || len(h.skipped) != 0 {
		t.Fatalf("signed batch: %+v", h)
	}
	for i, tr := range h.transfers {
		if tr.Attestation != bindings.AttestedBySignatures || tr.HandleNonce != calls[i].RequestNonce {
			t.Fatalf("transfer %d: %+v", i, tr)
		}
	}
	e.wantBig("bob native", e.balance(C, bob), new(big.Int).Add(before, eth(2)))
	e.wantBig("bob tokens", e.tokenBalance(C, C.token, bob), eth(5))
	if owner, _ := e.ownerOf(C, id); owner != bob {
		t.Fatalf("NFT owner %s", owner)
	}
	if got := e.recovery(C); got.lower != 3 || got.upper != 3 || got.recoveryBlock != calls[2].RequestBlockNumber {
		t.Fatalf("recovery state %+v", got)
	}
	// On-chain votes are attested by votes.
	c := request(t, e.requestNative(P, aliceK, bob, eth(1), big.NewInt(0)))
	e.vote(C, op1, c)
	if h := events(e.vote(C, op1+1, c)); len(h.transfers) != 1 || h.transfers[0].Attestation != bindings.AttestedByVotes {
		t.Fatalf("vote path attestation: %+v", h.transfers)
	}
}

// Every refusal of handleSignedBatch: per entry (skipped with the reason, the others go on) and per batch (revert).
func TestSignedBatchRefusals(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	P, C := e.P, e.C
	mk := func() bindings.BridgeHandleCall {
		return request(t, e.requestNative(P, aliceK, e.addr(bobK), big.NewInt(1000), big.NewInt(0)))
	}
	type entry struct {
		name string
		call bindings.BridgeHandleCall
		sig  []byte
		want string
	}
	one := func(c bindings.BridgeHandleCall, signer int) []byte {
		sig, err := bindings.SignHandle(e.keys.Keys[signer], e.key(C, c))
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	var entries []entry
	add := func(name string, c bindings.BridgeHandleCall, sig []byte, want string) {
		entries = append(entries, entry{name, c, sig, want})
	}
	c := mk()
	add("duplicate signer", c, append(one(c, op1), one(c, op1)...), fmt.Sprintf("DuplicateSigner(%d, %s)", c.RequestNonce, e.addr(op1)))
	c = mk()
	lo, hi := one(c, op1), one(c, op1+1)
	if bytes.Compare(e.addr(op1).Bytes(), e.addr(op1+1).Bytes()) > 0 {
		lo, hi = hi, lo
	}
	loAddr, _ := bindings.RecoverHandleSigner(e.key(C, c), lo)
	add("signers not ascending", c, append(bytes.Clone(hi), lo...), fmt.Sprintf("SignersNotAscending(%d, %s)", c.RequestNonce, loAddr))
	c = mk()
	alice, _ := bindings.RecoverHandleSigner(e.key(C, c), one(c, aliceK))
	add("non-operator signer", c, e.sign(C, c, op1, aliceK), fmt.Sprintf("SignerNotOperator(%d, %s)", c.RequestNonce, alice))
	c = mk()
	add("one signature of two", c, one(c, op1), fmt.Sprintf("InsufficientSignatures(%d, 1, 2)", c.RequestNonce))
	c = mk()
	add("no signatures", c, nil, fmt.Sprintf("InsufficientSignatures(%d, 0, 2)", c.RequestNonce))
	c = mk()
	add("length not a multiple of 65", c, append(e.sign(C, c, op1, op1+1), 0), fmt.Sprintf("InsufficientSignatures(%d, 2, 2)", c.RequestNonce))
	c = mk()
	// Malleable twin: s' = n - s, v flipped; recovers to the same signer but is refused.
	mall := one(c, op1)
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(mall[32:64]))
	copy(mall[32:64], common.LeftPadBytes(s.Bytes(), 32))
	mall[64] = 55 - mall[64] // 27 <-> 28
	add("malleable signature", c, append(mall, one(c, op1+1)...), fmt.Sprintf("InvalidSignature(%d, 0)", c.RequestNonce))
	c = mk()
	badV := one(c, op1)
	badV[64] = 29
	add("v not 27 or 28", c, badV, fmt.Sprintf("InsufficientSignatures(%d, 1, 2)", c.RequestNonce))
	c = mk()
	badV = e.sign(C, c, op1, op1+1)
	badV[64] = 29
	add("v 29 in a full set", c, badV, fmt.Sprintf("InvalidSignature(%d, 0)", c.RequestNonce))
	c = mk()
	tampered := c
	tampered.To = e.addr(aliceK) // signatures over the honest call, submitted with another recipient
	add("call differs from the signed one", tampered, e.sign(C, c, op1, op1+1), fmt.Sprintf("SignerNotOperator(%d, ", c.RequestNonce))
	c = mk()
	invalid := c
	invalid.Token = e.addr(aliceK) // native with a token
	add("malformed call", invalid, e.sign(C, invalid, op1, op1+1), fmt.Sprintf("InvalidHandleCall(%d)", c.RequestNonce))
	far := c
	far.RequestNonce = bindings.HandleWindow
	add("out of window", far, e.sign(C, far, op1, op1+1), fmt.Sprintf("NonceOutOfWindow(%d, %d)", bindings.HandleWindow, bindings.HandleWindow))
	good := mk()
	add("good", good, e.sign(C, good, op1, op1+1), "")

	calls := make([]bindings.BridgeHandleCall, len(entries))
	sigs := make([][]byte, len(entries))
	for i, en := range entries {
		calls[i], sigs[i] = en.call, en.sig
	}
	r := e.signedBatch(C, bobK, calls, sigs)
	h := events(r)
	if len(h.transfers) != 1 || h.transfers[0].HandleNonce != good.RequestNonce {
		t.Fatalf("transfers %+v", h.transfers)
	}
	reasons := skipReasons(r)
	if len(reasons) != len(entries)-1 {
		t.Fatalf("%d skipped, want %d: %v", len(reasons), len(entries)-1, reasons)
	}
	for i, en := range entries[:len(entries)-1] {
		if !strings.HasPrefix(reasons[i], en.want) {
			t.Errorf("%s: skipped with %s, want %s", en.name, reasons[i], en.want)
		}
	}

	// Already handled: skipped before any signature work, cheaply.
	r1 := e.signedBatch(C, bobK, []bindings.BridgeHandleCall{good}, [][]byte{sigs[len(sigs)-1]})
	if rs := skipReasons(r1); len(rs) != 1 || rs[0] != fmt.Sprintf("NonceAlreadyHandled(%d)", good.RequestNonce) {
		t.Fatalf("re-submitted: %v", rs)
	}
	t.Logf("a signed batch whose one entry is already handled costs %d gas", r1.GasUsed)

	// Whole-batch refusals.
	_, err := e.trySend(C, bobK, C.bridge, br.PackHandleSignedBatch(e.epoch(C)+1, calls[:1], sigs[:1]), nil)
	e.wantRevert(err, fmt.Sprintf("StaleEpoch(%d, %d)", e.epoch(C)+1, e.epoch(C)))
	_, err = e.trySend(C, bobK, C.bridge, br.PackHandleSignedBatch(e.epoch(C), calls[:2], sigs[:1]), nil)
	e.wantRevert(err, "LengthMismatch(2, 1)")
	big101 := make([]bindings.BridgeHandleCall, 101)
	for i := range big101 {
		big101[i] = good
	}
	_, err = e.trySend(C, bobK, C.bridge, br.PackHandleSignedBatch(e.epoch(C), big101, make([][]byte, 101)), nil)
	e.wantRevert(err, "BatchTooLarge(101, 100)")

	// Stale epoch: signatures made before an operator change do not verify in the new epoch.
	c = mk()
	old := e.sign(C, c, op1, op1+1)
	oldEpoch := e.epoch(C)
	e.send(C, ownerC, C.bridge, br.PackRegisterOperator(e.addr(aliceK)), nil)
	_, err = e.trySend(C, bobK, C.bridge, br.PackHandleSignedBatch(oldEpoch, []bindings.BridgeHandleCall{c}, [][]byte{old}), nil)
	e.wantRevert(err, fmt.Sprintf("StaleEpoch(%d, %d)", oldEpoch, oldEpoch+1))
	if rs := skipReasons(e.signedBatch(C, bobK, []bindings.BridgeHandleCall{c}, [][]byte{old})); len(rs) != 1 || !strings.HasPrefix(rs[0], "SignerNotOperator(") {
		t.Fatalf("old-epoch signatures in the new epoch: %v", rs)
	}
	// A removed operator's signature (current epoch) is refused; a re-added one must sign again.
	e.send(C, ownerC, C.bridge, br.PackDeregisterOperator(e.addr(op1)), nil)
	if rs := skipReasons(e.signedBatch(C, bobK, []bindings.BridgeHandleCall{c}, [][]byte{e.sign(C, c, op1, op1+1)})); len(rs) != 1 || rs[0] != fmt.Sprintf("SignerNotOperator(%d, %s)", c.RequestNonce, e.addr(op1)) {
		t.Fatalf("removed operator's signature: %v", rs)
	}
	if h := events(e.signedBatch(C, bobK, []bindings.BridgeHandleCall{c}, [][]byte{e.sign(C, c, op1+1, aliceK)})); len(h.transfers) != 1 {
		t.Fatalf("current operators' signatures: %+v", h)
	}
}

// A signed batch and on-chain votes racing for the same nonce pay once, in either order; the same nonce twice in
// one batch pays once.
func TestSignedBatchAndVotesRace(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	P, C := e.P, e.C
	bob := e.addr(bobK)
	before := e.balance(C, bob)

	// 1. One on-chain vote, then a signed batch closes it; the second vote is refused.
	c1 := request(t, e.requestNative(P, aliceK, bob, eth(1), big.NewInt(0)))
	e.vote(C, op1, c1)
	if h := events(e.signedBatch(C, aliceK, []bindings.BridgeHandleCall{c1}, [][]byte{e.sign(C, c1, op1+1, op1+2)})); len(h.transfers) != 1 {
		t.Fatalf("signed after one vote: %+v", h)
	}
	_, err := e.tryVote(C, op1+1, c1)
	e.wantRevert(err, "NonceAlreadyHandled(0)")

	// 2. k votes first, the signed batch later is skipped.
	c2 := request(t, e.requestNative(P, aliceK, bob, eth(1), big.NewInt(0)))
	sig2 := e.sign(C, c2, op1+2, op4)
	e.vote(C, op1, c2)
	e.vote(C, op1+1, c2)
	if rs := skipReasons(e.signedBatch(C, aliceK, []bindings.BridgeHandleCall{c2}, [][]byte{sig2})); len(rs) != 1 || rs[0] != "NonceAlreadyHandled(1)" {
		t.Fatalf("signed after votes: %v", rs)
	}

	// 3. Both in the same block: whichever is mined first pays, the other is refused or skipped.
	c3 := request(t, e.requestNative(P, aliceK, bob, eth(1), big.NewInt(0)))
	e.vote(C, op1, c3)
	C.c.Client.AutoCommit.Store(false)
	sig3 := e.sign(C, c3, op1+2, op4)
	vtx := e.sendAsync(C, op1+1, C.bridge, packHandle(c3), 500_000)
	stx := e.sendAsync(C, aliceK, C.bridge, br.PackHandleSignedBatch(e.epoch(C), []bindings.BridgeHandleCall{c3}, [][]byte{sig3}), 500_000)
	C.c.Client.Commit()
	C.c.Client.AutoCommit.Store(true)
	var paid int
	for _, tx := range []common.Hash{vtx, stx} {
		r, err := C.c.Client.TransactionReceipt(e.ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		paid += len(events(r).transfers)
	}
	if paid != 1 {
		t.Fatalf("same-block race paid %d times", paid)
	}

	// 4. The same nonce twice in one signed batch.
	c4 := request(t, e.requestNative(P, aliceK, bob, eth(1), big.NewInt(0)))
	sig4 := e.sign(C, c4, op1, op1+1)
	r := e.signedBatch(C, aliceK, []bindings.BridgeHandleCall{c4, c4}, [][]byte{sig4, sig4})
	if h := events(r); len(h.transfers) != 1 || len(h.skipped) != 1 {
		t.Fatalf("duplicate entry: %+v", h)
	}
	e.wantBig("bob", e.balance(C, bob), new(big.Int).Add(before, eth(4)))
}

// Operators announce their attestation URLs on chain; the node reads them with attestationURL.
func TestAttestationURLAnnouncement(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	C := e.C
	url := "https://op1.example:8545/v1/attestations"
	r := e.send(C, op1, C.bridge, br.PackAnnounceAttestationURL(url), nil)
	ev, err := br.UnpackAttestationURLAnnouncedEvent(r.Logs[0])
	if err != nil || ev.Operator != e.addr(op1) || ev.Url != url {
		t.Fatalf("event %+v: %v", ev, err)
	}
	if got := callT(e, C, C.bridge, br.PackAttestationURL(e.addr(op1)), br.UnpackAttestationURL); got != url {
		t.Fatalf("attestationURL %q", got)
	}
	_, err = e.trySend(C, aliceK, C.bridge, br.PackAnnounceAttestationURL(url), nil)
	e.wantRevert(err, "NotOperator(")
	_, err = e.trySend(C, op1, C.bridge, br.PackAnnounceAttestationURL(strings.Repeat("u", 257)), nil)
	e.wantRevert(err, "AttestationURLTooLong(257, 256)")
	e.send(C, ownerC, C.bridge, br.PackDeregisterOperator(e.addr(op1)), nil)
	if got := callT(e, C, C.bridge, br.PackAttestationURL(e.addr(op1)), br.UnpackAttestationURL); got != "" {
		t.Fatalf("a removed operator's URL is still served: %q", got)
	}
}
