package contracts_test

// Issue 13 (bridge safety) on the simulated backend: owner powers behind an OpenZeppelin TimelockController, vote
// epochs, the handle window, constructor thresholds, the pair identity in the vote key, startNonce redeploys.

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
)

var tl = bindings.NewTimelockController()

// timelock deploys a TimelockController on side s with delay `delay` (proposer and executor: the side's owner;
// cancellers: the owner and every operator) and hands it the ownership of the side's bridge (two steps: the
// bridge's transferOwnership, then acceptOwnership through the timelock, which itself waits the delay).
func (e *env) timelock(s *side, delay time.Duration) common.Address {
	e.t.Helper()
	owner := e.addr(s.owner)
	lock := e.deployContract(s, s.owner, &bindings.TimelockControllerMetaData,
		tl.PackConstructor(big.NewInt(int64(delay/time.Second)), []common.Address{owner}, []common.Address{owner}, owner))
	canceller := crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	for _, op := range e.ops {
		e.send(s, s.owner, lock, tl.PackGrantRole(canceller, op), nil)
	}
	// The deployer gives up the timelock's admin role: from now on only the timelock itself changes its roles.
	e.send(s, s.owner, lock, tl.PackRenounceRole(common.Hash{}, owner), nil)
	e.send(s, s.owner, s.bridge, br.PackTransferOwnership(lock), nil)
	accept := br.PackAcceptOwnership()
	e.send(s, s.owner, lock, tl.PackSchedule(s.bridge, big.NewInt(0), accept, common.Hash{}, common.Hash{}, big.NewInt(int64(delay/time.Second))), nil)
	e.advanceTime(s, delay)
	e.send(s, s.owner, lock, tl.PackExecute(s.bridge, big.NewInt(0), accept, common.Hash{}, common.Hash{}), nil)
	if o := callT(e, s, s.bridge, br.PackOwner(), br.UnpackOwner); o != lock {
		e.t.Fatalf("bridge owner %s, want the timelock %s", o, lock)
	}
	return lock
}

// The owner's three-transaction drain of issue 13 (registerOperator(owner), setOperatorThreshold(0, 1), one vote)
// with a TimelockController as owner: nothing works directly; scheduled, it cannot execute before the delay; an
// operator cancels it; scheduled again, it executes only after the delay, which the test shows.
func TestOwnerDrainNeedsTimelockDelay(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	C := e.C
	const delay = 2 * 24 * time.Hour
	lock := e.timelock(C, delay)
	owner := e.addr(ownerC)

	// Directly, the former owner can do nothing any more.
	_, err := e.trySend(C, ownerC, C.bridge, br.PackRegisterOperator(owner), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
	_, err = e.trySend(C, ownerC, C.bridge, br.PackRenounceOwnership(), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")

	targets := []common.Address{C.bridge, C.bridge}
	values := []*big.Int{big.NewInt(0), big.NewInt(0)}
	payloads := [][]byte{br.PackRegisterOperator(owner), br.PackSetOperatorThreshold(bindings.VoteValueTransfer, 1)}
	salt := common.HexToHash("0x01")
	secs := big.NewInt(int64(delay / time.Second))
	id := callT(e, C, lock, tl.PackHashOperationBatch(targets, values, payloads, common.Hash{}, salt), tl.UnpackHashOperationBatch)

	// Scheduled: visible at once (CallScheduled events, getTimestamp), not executable before the delay.
	r := e.send(C, ownerC, lock, tl.PackScheduleBatch(targets, values, payloads, common.Hash{}, salt, secs), nil)
	scheduledAt := e.headTime(C)
	ready := callT(e, C, lock, tl.PackGetTimestamp(id), tl.UnpackGetTimestamp)
	if ready.Uint64() != scheduledAt+uint64(delay/time.Second) || len(r.Logs) < 2 {
		t.Fatalf("ready at %s, scheduled at %d (delay %s), %d logs", ready, scheduledAt, delay, len(r.Logs))
	}
	_, err = e.trySend(C, ownerC, lock, tl.PackExecuteBatch(targets, values, payloads, common.Hash{}, salt), nil)
	e.wantRevert(err, "TimelockUnexpectedOperationState(")
	e.advanceTime(C, delay-time.Hour)
	_, err = e.trySend(C, ownerC, lock, tl.PackExecuteBatch(targets, values, payloads, common.Hash{}, salt), nil)
	e.wantRevert(err, "TimelockUnexpectedOperationState(")

	// One operator sees it and cancels it: it can never execute.
	e.send(C, op1+2, lock, tl.PackCancel(id), nil)
	e.advanceTime(C, 2*time.Hour)
	_, err = e.trySend(C, ownerC, lock, tl.PackExecuteBatch(targets, values, payloads, common.Hash{}, salt), nil)
	e.wantRevert(err, "TimelockUnexpectedOperationState(")
	// A non-canceller cannot cancel.
	salt2 := common.HexToHash("0x02")
	id2 := callT(e, C, lock, tl.PackHashOperationBatch(targets, values, payloads, common.Hash{}, salt2), tl.UnpackHashOperationBatch)
	e.send(C, ownerC, lock, tl.PackScheduleBatch(targets, values, payloads, common.Hash{}, salt2, secs), nil)
	start := e.headTime(C)
	_, err = e.trySend(C, aliceK, lock, tl.PackCancel(id2), nil)
	e.wantRevert(err, "AccessControlUnauthorizedAccount(")

	// Not cancelled, it executes only once the delay has passed; then (and only then) the drain works.
	c := request(t, e.requestNative(e.P, aliceK, owner, eth(50), big.NewInt(0)))
	if _, err := e.tryVote(C, ownerC, c); err == nil {
		t.Fatal("the owner voted before the change executed")
	}
	e.advanceTime(C, delay)
	e.send(C, ownerC, lock, tl.PackExecuteBatch(targets, values, payloads, common.Hash{}, salt2), nil)
	executed := e.headTime(C)
	if executed-start < uint64(delay/time.Second) {
		t.Fatalf("executed %d s after scheduling, delay %s", executed-start, delay)
	}
	t.Logf("drain scheduled at %d, executable from %d, executed at %d: %s after scheduling (min delay %s)",
		start, start+uint64(delay/time.Second), executed, time.Duration(executed-start)*time.Second, delay)
	before := e.balance(C, owner)
	r = e.vote(C, ownerC, c)
	if len(events(r).transfers) != 1 {
		t.Fatal("after the delay the owner's vote should pay (the delay is the protection, visible to the operators)")
	}
	e.wantBig("owner balance", e.balance(C, owner), new(big.Int).Sub(new(big.Int).Add(before, eth(50)), gasCost(r)))
}

func TestRenounceOwnershipDisabled(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	_, err := e.trySend(e.C, ownerC, e.C.bridge, br.PackRenounceOwnership(), nil)
	e.wantRevert(err, "OwnershipRenounceDisabled()")
	_, err = e.trySend(e.P, ownerP, e.d.Anchor, an.PackRenounceOwnership(), nil)
	e.wantRevert(err, "OwnershipRenounceDisabled()")
	_, err = e.trySend(e.C, aliceK, e.C.bridge, br.PackRenounceOwnership(), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
}

// Issue 13's stale-vote attack: with k = 3, two colluding operators pre-vote a forged payout for a future nonce;
// the owner lowers k to 2; one re-cast pays nothing, because the threshold change started a new epoch.
func TestStaleVotesDoNotCount(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 3
	e := newEnv(t, opts)
	C := e.C
	forged := bindings.BridgeHandleCall{TokenType: bindings.TokenNative, RequestTxHash: common.HexToHash("0xf0"), From: e.addr(aliceK),
		To: e.addr(aliceK), ValueOrTokenId: eth(50), RequestNonce: 500, RequestBlockNumber: 1}
	e.vote(C, op1, forged)
	e.vote(C, op1+1, forged)
	if n := callT(e, C, C.bridge, br.PackHandleVotes(500, e.key(C, forged)), br.UnpackHandleVotes); n != 2 {
		t.Fatalf("%d pre-votes, want 2", n)
	}
	e.setThreshold(C, bindings.VoteValueTransfer, 2)
	before := e.balance(C, e.addr(aliceK))
	r := e.vote(C, op1, forged)
	if h := events(r); len(h.transfers) != 0 || h.votes[0].Votes != 1 {
		t.Fatalf("re-cast after lowering k: %+v", h)
	}
	if e.handled(C, 500) {
		t.Fatal("forged nonce handled")
	}
	e.wantBig("alice balance", e.balance(C, e.addr(aliceK)), before)
	// handleStatus reports the stale vote of op1+1 under its old key, which differs from the current one.
	st := e.status(C, 500, op1+1)
	if !st.Voted || st.VotedKey == e.key(C, forged) || st.Epoch != e.epoch(C) || st.Threshold != 2 {
		t.Fatalf("status of the stale voter %+v", st)
	}

	// Votes beyond the window above upperHandleNonce are refused outright.
	far := forged
	far.RequestNonce = bindings.HandleWindow
	_, err := e.tryVote(C, op1, far)
	e.wantRevert(err, fmt.Sprintf("NonceOutOfWindow(%d, %d)", bindings.HandleWindow, bindings.HandleWindow))
	far.RequestNonce = bindings.HandleWindow - 1
	e.vote(C, op1+2, far)
	if end := callT(e, C, C.bridge, br.PackHandleWindowEnd(), br.UnpackHandleWindowEnd); end.Uint64() != bindings.HandleWindow {
		t.Fatalf("handleWindowEnd %s", end)
	}
}

// A deregistered and re-registered operator does not get its old votes back (Bridge and Anchor).
func TestReaddedOperatorLosesOldVotes(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	opts.AnchorThreshold = 2
	e := newEnv(t, opts)
	C := e.C
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	e.vote(C, op1, c)
	a := rec(50)
	e.send(e.P, op1, e.d.Anchor, a.pack(), nil)
	for _, s := range []struct {
		side     *side
		contract common.Address
	}{{C, C.bridge}, {e.P, e.d.Anchor}} {
		e.send(s.side, s.side.owner, s.contract, br.PackDeregisterOperator(e.addr(op1)), nil)
		e.send(s.side, s.side.owner, s.contract, br.PackRegisterOperator(e.addr(op1)), nil)
	}
	if r := e.vote(C, op1+1, c); len(events(r).transfers) != 0 {
		t.Fatal("the re-added operator's old vote counted on the bridge")
	}
	if st := callT(e, e.P, e.d.Anchor, an.PackAnchorStatus(50, e.addr(op1)), an.UnpackAnchorStatus); st.Voted || st.Finalized {
		t.Fatalf("anchor status of the re-added operator %+v", st)
	}
	if ev := anchorEvs(e.send(e.P, op1+1, e.d.Anchor, a.pack(), nil)); len(ev.anchored) != 0 || ev.votes[0].Votes != 1 {
		t.Fatalf("the re-added operator's old anchor vote counted: %+v", ev)
	}
	// Voting again in the new epoch works as usual.
	if r := e.vote(C, op1, c); len(events(r).transfers) != 1 {
		t.Fatal("two current votes did not execute")
	}
	if ev := anchorEvs(e.send(e.P, op1, e.d.Anchor, a.pack(), nil)); len(ev.anchored) != 1 {
		t.Fatalf("two current anchor votes: %+v", ev)
	}
	if ep := callT(e, e.P, e.d.Anchor, an.PackEpoch(), an.UnpackEpoch); ep != 3 {
		t.Fatalf("anchor epoch %d, want 3 (1 + deregister + register)", ep)
	}
}

// Thresholds and operators are constructor arguments: a bridge is never live with a lower threshold.
func TestConstructorThresholds(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 3
	opts.ConfigThreshold = 2
	opts.AnchorThreshold = 2
	e := newEnv(t, opts)
	// Read at the deployment block itself: the thresholds were in force from the first block.
	at := new(big.Int).SetUint64(e.d.ChildBridgeBlock)
	for vt, want := range map[uint8]uint8{bindings.VoteValueTransfer: 3, bindings.VoteConfiguration: 2} {
		out, err := e.C.c.Client.CallContract(e.ctx, callMsg(e.C.bridge, br.PackOperatorThresholds(vt)), at)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := br.UnpackOperatorThresholds(out); got != want {
			t.Fatalf("threshold %d at the deployment block: %d, want %d", vt, got, want)
		}
	}
	out, err := e.C.c.Client.CallContract(e.ctx, callMsg(e.C.bridge, br.PackGetOperatorList()), at)
	if err != nil {
		t.Fatal(err)
	}
	if ops, _ := br.UnpackGetOperatorList(out); len(ops) != 4 {
		t.Fatalf("operators at the deployment block: %v", ops)
	}
	if th := callT(e, e.P, e.d.Anchor, an.PackThreshold(), an.UnpackThreshold); th != 2 {
		t.Fatalf("anchor threshold %d", th)
	}
	// Refused constructor arguments.
	ops := e.ops[:2]
	for _, tc := range []struct {
		params deploy.BridgeParams
		want   string
	}{
		{deploy.BridgeParams{Operators: ops, Threshold: 3}, "InvalidThreshold(3, 2)"},
		{deploy.BridgeParams{Operators: ops, Threshold: 2, ConfigThreshold: 3}, "InvalidThreshold(3, 2)"},
		{deploy.BridgeParams{Operators: []common.Address{e.ops[0], e.ops[0]}}, "AlreadyOperator("},
		{deploy.BridgeParams{Operators: []common.Address{{}}}, "ZeroAddress()"},
	} {
		_, err := deploy.DeployBridge(e.ctx, e.C.c.Client, e.C.c.Opts(ownerC), e.addr(ownerC), tc.params)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("constructor %+v: %v, want %s", tc.params, err, tc.want)
		}
	}
	_, err = deploy.DeployAnchor(e.ctx, e.P.c.Client, e.P.c.Opts(ownerP), e.addr(ownerP), deploy.AnchorParams{Operators: ops, Threshold: 3})
	if err == nil || !strings.Contains(err.Error(), "InvalidThreshold(3, 2)") {
		t.Errorf("anchor constructor: %v", err)
	}
	// Without operators any threshold >= 1 is accepted: nothing can pass until that many are registered.
	b, err := deploy.DeployBridge(e.ctx, e.C.c.Client, e.C.c.Opts(ownerC), e.addr(ownerC), deploy.BridgeParams{Threshold: 2, CounterpartChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	if th := callT(e, e.C, b.Address, br.PackOperatorThresholds(0), br.UnpackOperatorThresholds); th != 2 {
		t.Fatalf("threshold %d", th)
	}
}

// The vote key binds the source chain id and bridge (and the destination, through the EIP-712 domain): a vote or
// signature for one bridge pair is refused, or never counts, on another; re-pointing the counterpart starts a new
// epoch.
func TestVotesAndSignaturesBoundToThePair(t *testing.T) {
	t.Parallel()
	opts := defaultOpts()
	opts.Threshold = 2
	e := newEnv(t, opts)
	C := e.C
	c := request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0)))
	sigs := e.sign(C, c, op1, op1+1)

	// A second destination bridge on the same chain for the same source, and a third for another source chain id.
	second := e.secondBridge(C, e.P.bridge, 1337)
	third := e.secondBridge(C, e.P.bridge, 999)
	for _, dst := range []common.Address{second, third} {
		ep := callT(e, C, dst, br.PackEpoch(), br.UnpackEpoch)
		r := e.send(C, aliceK, dst, br.PackHandleSignedBatch(ep, []bindings.BridgeHandleCall{c}, [][]byte{sigs}), nil)
		if rs := skipReasons(r); len(rs) != 1 || !strings.HasPrefix(rs[0], "SignerNotOperator(0, ") {
			t.Fatalf("pair-1 signatures on %s: skipped %v", dst, rs)
		}
	}
	// The same call has a different vote key on each pair.
	k1 := e.key(C, c)
	k2 := callT(e, C, second, br.PackHandleVoteKey(c), br.UnpackHandleVoteKey)
	k3 := callT(e, C, third, br.PackHandleVoteKey(c), br.UnpackHandleVoteKey)
	if k1 == k2 || k1 == k3 || k2 == k3 {
		t.Fatalf("vote keys not bound to the pair: %x %x %x", k1, k2, k3)
	}
	// Signatures over another destination chain id or another source are refused on the real pair.
	d := e.domain(C)
	for name, dom := range map[string]bindings.HandleDomain{
		"other destination chain": {ChainID: big.NewInt(1338), Bridge: d.Bridge, SourceChainID: d.SourceChainID, SourceBridge: d.SourceBridge},
		"other destination":       {ChainID: d.ChainID, Bridge: second, SourceChainID: d.SourceChainID, SourceBridge: d.SourceBridge},
		"other source chain":      {ChainID: d.ChainID, Bridge: d.Bridge, SourceChainID: big.NewInt(999), SourceBridge: d.SourceBridge},
		"other source bridge":     {ChainID: d.ChainID, Bridge: d.Bridge, SourceChainID: d.SourceChainID, SourceBridge: second},
	} {
		bad := e.signFor(bindings.HandleVoteKey(dom, e.epoch(C), c), op1, op1+1)
		r := e.send(C, aliceK, C.bridge, br.PackHandleSignedBatch(e.epoch(C), []bindings.BridgeHandleCall{c}, [][]byte{bad}), nil)
		if rs := skipReasons(r); len(rs) != 1 || !strings.HasPrefix(rs[0], "SignerNotOperator(0, ") {
			t.Fatalf("%s: skipped %v", name, rs)
		}
	}
	// On-chain votes: one vote on the real pair, re-pointing the counterpart (a source redeploy) starts a new
	// epoch, so that vote does not combine with a vote for the new pair.
	e.vote(C, op1, c)
	e.send(C, ownerC, C.bridge, br.PackSetCounterpartBridge(second), nil)
	if h := events(e.vote(C, op1+1, c)); len(h.transfers) != 0 || h.votes[0].Votes != 1 {
		t.Fatalf("a vote for the old pair counted after re-pointing: %+v", h)
	}
	// And the pair-1 signatures no longer verify on the re-pointed bridge either.
	r := e.send(C, aliceK, C.bridge, br.PackHandleSignedBatch(e.epoch(C), []bindings.BridgeHandleCall{c}, [][]byte{sigs}), nil)
	if rs := skipReasons(r); len(rs) != 1 || !strings.HasPrefix(rs[0], "SignerNotOperator(0, ") {
		t.Fatalf("old-pair signatures after re-pointing: skipped %v", rs)
	}
}

// secondBridge deploys another Bridge on side s (owner: s's owner, the same operators and threshold as the env's
// bridges) whose counterpart is `source` on chain `sourceChainID`.
func (e *env) secondBridge(s *side, source common.Address, sourceChainID uint64) common.Address {
	e.t.Helper()
	th := callT(e, s, s.bridge, br.PackOperatorThresholds(0), br.UnpackOperatorThresholds)
	b, err := deploy.DeployBridge(e.ctx, s.c.Client, s.c.Opts(s.owner), e.addr(s.owner),
		deploy.BridgeParams{Operators: e.ops, Threshold: th, CounterpartChainID: sourceChainID})
	if err != nil {
		e.t.Fatal(err)
	}
	e.send(s, s.owner, b.Address, br.PackSetCounterpartBridge(source), nil)
	e.send(s, s.owner, b.Address, br.PackChargeNativeLiquidity(), eth(10))
	return b.Address
}

// Redeploying either side of a pair with startNonce neither replays old requests nor refuses new ones.
func TestRedeployWithStartNonce(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	P, C := e.P, e.C
	var old []bindings.BridgeHandleCall
	for i := 0; i < 3; i++ {
		c := request(t, e.requestNative(P, aliceK, e.addr(bobK), big.NewInt(int64(100+i)), big.NewInt(0)))
		e.vote(C, op1, c)
		old = append(old, c)
	}
	// An open request left on the old source, never handled (it stays the old pair's business).
	e.requestNative(P, aliceK, e.addr(bobK), big.NewInt(7), big.NewInt(0))
	srcNonce := e.recovery(P).request // 4

	// 1. New destination (child) bridge, startNonce = the source's requestNonce: old nonces are closed there.
	newC, err := deploy.DeployBridge(e.ctx, C.c.Client, C.c.Opts(ownerC), e.addr(ownerC),
		deploy.BridgeParams{Operators: e.ops, CounterpartChainID: 1337, StartNonce: srcNonce})
	if err != nil {
		t.Fatal(err)
	}
	e.send(C, ownerC, newC.Address, br.PackSetCounterpartBridge(P.bridge), nil)
	e.send(C, ownerC, newC.Address, br.PackChargeNativeLiquidity(), eth(10))
	for _, c := range old {
		_, err := e.trySend(C, op1, newC.Address, packHandle(c), nil)
		e.wantRevert(err, fmt.Sprintf("NonceAlreadyHandled(%d)", c.RequestNonce))
	}
	if got := callT(e, C, newC.Address, br.PackLowerHandleNonce(), br.UnpackLowerHandleNonce); got != srcNonce {
		t.Fatalf("new destination lowerHandleNonce %d, want %d", got, srcNonce)
	}
	c := request(t, e.requestNative(P, aliceK, e.addr(bobK), big.NewInt(55), big.NewInt(0)))
	if c.RequestNonce != srcNonce {
		t.Fatalf("new request nonce %d", c.RequestNonce)
	}
	if h := events(e.send(C, op1, newC.Address, packHandle(c), nil)); len(h.transfers) != 1 {
		t.Fatalf("new request on the new destination: %+v", h)
	}

	// 2. New source (parent) bridge for the old destination, startNonce = the destination's upperHandleNonce: its
	// first request is not NonceAlreadyHandled there, and the old source's nonces cannot be replayed.
	upper := e.recovery(C).upper // 3
	newP, err := deploy.DeployBridge(e.ctx, P.c.Client, P.c.Opts(ownerP), e.addr(ownerP),
		deploy.BridgeParams{Operators: e.ops, CounterpartChainID: 1337, StartNonce: upper})
	if err != nil {
		t.Fatal(err)
	}
	e.send(P, ownerP, newP.Address, br.PackSetCounterpartBridge(C.bridge), nil)
	e.send(C, ownerC, C.bridge, br.PackSetCounterpartBridge(newP.Address), nil)
	r := e.send(P, aliceK, newP.Address, br.PackRequestNativeTransfer(e.addr(bobK), big.NewInt(77), nil), big.NewInt(77))
	nc := request(t, r)
	if nc.RequestNonce != upper {
		t.Fatalf("new source's first nonce %d, want %d", nc.RequestNonce, upper)
	}
	before := e.balance(C, e.addr(bobK))
	if h := events(e.vote(C, op1, nc)); len(h.transfers) != 1 {
		t.Fatalf("new source's request: %+v", h)
	}
	e.wantBig("bob", e.balance(C, e.addr(bobK)), new(big.Int).Add(before, big.NewInt(77)))
	for _, c := range old {
		_, err := e.tryVote(C, op1, c)
		e.wantRevert(err, fmt.Sprintf("NonceAlreadyHandled(%d)", c.RequestNonce))
	}
}

// The pauser may pause at once (the owner is a timelock); only the owner unpauses.
func TestPauser(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	P := e.P
	_, err := e.trySend(P, bobK, P.bridge, br.PackPause(), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
	e.send(P, ownerP, P.bridge, br.PackSetPauser(e.addr(bobK)), nil)
	e.send(P, bobK, P.bridge, br.PackPause(), nil)
	_, err = e.trySend(P, aliceK, P.bridge, br.PackRequestNativeTransfer(e.addr(bobK), eth(1), nil), eth(1))
	e.wantRevert(err, "EnforcedPause()")
	_, err = e.trySend(P, bobK, P.bridge, br.PackUnpause(), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
	e.send(P, ownerP, P.bridge, br.PackUnpause(), nil)
}
