package anchor_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/timelock"
)

// The timing these tests control. What they assert about the rotation
// (one anchoring transaction per period, from the designated operator; a
// backup acts after one grace time, not two) holds when a node's round and
// the mining of its transaction take well under one grace time, however
// loaded the machine: so the grace is large against the block time and the
// anchoring latency (a round, a send, a parent block or two, all seconds at
// most under load), and a period (2.5 s) leaves the nodes time to keep up.
const (
	period      = 5
	blockPeriod = 500 * time.Millisecond
	grace       = 10 * time.Second
)

var anchorABI = bindings.NewAnchor()

// testLogger shows node logs with -v when SERVICECHAIN_TEST_LOG=debug|info|warn.
func testLogger() *slog.Logger {
	level := slog.LevelError
	switch os.Getenv("SERVICECHAIN_TEST_LOG") {
	case "debug":
		level = slog.LevelDebug
	case "info":
		level = slog.LevelInfo
	case "warn":
		level = slog.LevelWarn
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
}

// env is a running devnet with anchoring, seen from a test.
type env struct {
	d      *devnet.Devnet
	parent *ethclient.Client
	child  *ethclient.Client
	anchor common.Address
	ops    []common.Address
}

// start runs a 3-operator devnet with anchoring every 5 child blocks and
// the Anchor's threshold k. skip lists operators whose node runs without
// anchoring (their key stays free for the test to forge with).
func start(t *testing.T, k uint8, maxCatchup uint64, skip ...int) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{
		DataDir: t.TempDir(), Operators: 3, Threshold: 2, AnchorThreshold: k, BlockPeriod: blockPeriod, AnchorPeriod: period, Logger: testLogger(),
		ChildProducers: 1, // sub-second blocks need the single dev node child chain (producer slots are whole seconds)
		Tune: func(i int, c *config.Config) {
			c.Bridge.PollInterval = 200 * time.Millisecond
			c.Bridge.RecoveryInterval = 2 * time.Second
			c.Bridge.ResubmitAfter = 5 * time.Second
			c.Anchoring.Grace = grace
			c.Anchoring.MaxCatchup = maxCatchup
			c.Anchoring.Enabled = !slices.Contains(skip, i)
		},
	})
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	e := &env{d: d, parent: d.Parent.Client(), child: d.Child.Client(), anchor: d.Info().Contracts.Anchor}
	for i := 0; i < 3; i++ {
		e.ops = append(e.ops, crypto.PubkeyToAddress(devnet.OperatorKey(i).PublicKey))
	}
	got, err := bind.Call(anchorABI.Instance(e.parent, e.anchor), nil, anchorABI.PackGetOperatorList(), anchorABI.UnpackGetOperatorList)
	if err != nil || !slices.Equal(got, e.ops) {
		t.Fatalf("Anchor operators %v (%v): expected %v", got, err, e.ops)
	}
	return e
}

func (e *env) status(t *testing.T, n uint64) (final bool) {
	t.Helper()
	st, err := bind.Call(anchorABI.Instance(e.parent, e.anchor), nil, anchorABI.PackAnchorStatus(n, common.Address{}), anchorABI.UnpackAnchorStatus)
	if err != nil {
		t.Fatal(err)
	}
	return st.Finalized
}

func (e *env) record(t *testing.T, n uint64) bindings.AnchorAnchorRecord {
	t.Helper()
	r, err := bind.Call(anchorABI.Instance(e.parent, e.anchor), nil, anchorABI.PackGetAnchor(n), anchorABI.UnpackGetAnchor)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (e *env) childHead(t *testing.T) uint64 {
	t.Helper()
	n, err := e.child.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// waitFinal waits until every period block in from..to is final and returns
// when the last one became final (as seen by polling).
func (e *env) waitFinal(t *testing.T, from, to uint64, timeout time.Duration) time.Time {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for n := from; n <= to; n += period {
		for !e.status(t, n) {
			if time.Now().After(deadline) {
				t.Fatalf("child block %d not anchored after %s (head %d)", n, timeout, e.childHead(t))
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return time.Now()
}

// waitChild waits until the child chain has block n and returns the time of
// the last look that found the chain below n (the start of the call if it
// already had n): a moment before block n existed.
func (e *env) waitChild(t *testing.T, n uint64, timeout time.Duration) (before time.Time) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	before = time.Now()
	for {
		at := time.Now()
		if e.childHead(t) >= n {
			return before
		}
		before = at
		if time.Now().After(deadline) {
			t.Fatalf("child chain did not reach block %d in %s", n, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitNodeStatus polls node i's anchor_status until ok holds (deadline
// timeout) and returns the status that satisfied it.
func (e *env) waitNodeStatus(t *testing.T, i int, what string, timeout time.Duration, ok func(*anchor.NodeStatus) bool) *anchor.NodeStatus {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ns := e.adminStatus(t, e.d.Node(i))
		if ok(ns) {
			return ns
		}
		if time.Now().After(deadline) {
			t.Fatalf("op%d: %s not seen within %s: anchor_status %+v", i+1, what, timeout, ns)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitParentPoolEmpty waits until the parent chain's transaction pool holds
// nothing: every transaction a stopped node broadcast is mined (or dropped).
func (e *env) waitParentPoolEmpty(t *testing.T, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		pending, queued := e.d.Parent.Backend().TxPool().Stats()
		if pending == 0 && queued == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("parent tx pool still holds %d pending and %d queued transactions after %s", pending, queued, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// anchorTxs scans every parent block and returns, per anchored child block
// number, the senders of the transactions to the Anchor that called anchor().
func (e *env) anchorTxs(t *testing.T) map[uint64][]common.Address {
	t.Helper()
	ctx := context.Background()
	head, err := e.parent.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sel := anchorABI.GetABI().Methods["anchor"]
	out := map[uint64][]common.Address{}
	for b := uint64(1); b <= head; b++ {
		blk, err := e.parent.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != e.anchor || len(tx.Data()) < 4 || string(tx.Data()[:4]) != string(sel.ID) {
				continue
			}
			args, err := sel.Inputs.Unpack(tx.Data()[4:])
			if err != nil {
				t.Fatal(err)
			}
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil {
				t.Fatal(err)
			}
			n := args[0].(uint64)
			out[n] = append(out[n], from)
		}
	}
	return out
}

func (e *env) adminStatus(t *testing.T, n *devnet.Node) *anchor.NodeStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := n.Host.DialAdmin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var ns anchor.NodeStatus
	if err := c.CallContext(ctx, &ns, "anchor_status"); err != nil {
		t.Fatalf("anchor_status: %v", err)
	}
	return &ns
}

// metrics returns the node's anchoring metrics as name/label value -> value.
func metrics(t *testing.T, n *devnet.Node) map[string]float64 {
	t.Helper()
	fams, err := n.Host.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, f := range fams {
		if !strings.HasPrefix(f.GetName(), "servicechain_anchor") {
			continue
		}
		for _, m := range f.GetMetric() {
			label := ""
			for _, l := range m.GetLabel() {
				if l.GetName() != "node" {
					label = l.GetValue()
				}
			}
			v := m.GetGauge().GetValue() + m.GetCounter().GetValue()
			out[f.GetName()+"/"+label] = v
		}
	}
	return out
}

func designated(n uint64) int { return int(n/period) % 3 }

// TestRotation: 3 nodes, threshold 1, period 5. Over 20 periods exactly one
// anchoring transaction per period reaches the parent chain, each from the
// designated operator; with the designated node stopped its period is anchored
// by the first backup after the grace time; a node that was down catches up.
//
// The nodes start one after the other, and a node without a cursor starts
// after the chain's latest anchor: periods anchored before all three run may
// be anchored by a backup. The twenty periods checked come after every node
// has made its first round.
func TestRotation(t *testing.T) {
	t.Parallel()
	e := start(t, 1, 4)
	ctx := context.Background()

	// 1. Twenty periods, one transaction each.
	before := make([]*anchor.NodeStatus, 3)
	for i := range before {
		before[i] = e.waitNodeStatus(t, i, "a first anchoring round", 60*time.Second, func(ns *anchor.NodeStatus) bool { return !ns.LastRound.IsZero() })
	}
	first := (e.childHead(t)/period + 2) * period
	last := first + 19*period
	e.waitFinal(t, first, last, 90*time.Second+20*period*blockPeriod)
	txs := e.anchorTxs(t)
	count := 0
	for n := first; n <= last; n += period {
		count += len(txs[n])
		if got := txs[n]; len(got) != 1 {
			t.Errorf("child block %d: %d anchoring transactions %v: expected exactly 1", n, len(got), got)
		} else if want := e.ops[designated(n)]; got[0] != want {
			t.Errorf("child block %d anchored by %s: expected the designated operator %s", n, got[0], want)
		}
	}
	t.Logf("periods %d..%d: %d anchoring transactions for 20 periods", first, last, count)
	for i := 0; i < 3; i++ {
		// The cursor and servicechain_anchored_block move at a node's next
		// round after the chain: wait for that round.
		ns := e.waitNodeStatus(t, i, fmt.Sprintf("cursor >= %d", last), 30*time.Second, func(ns *anchor.NodeStatus) bool { return ns.Cursor >= last })
		if ns.ChainError != "" || ns.Chain == nil || ns.Chain.LatestAnchoredBlock < last || !ns.IsOperator || ns.Sent <= before[i].Sent || ns.Failed != before[i].Failed {
			t.Errorf("op%d anchor_status: %+v (chain %+v): expected the chain read, latest >= %d, more sent than the %d before block %d, no failure since (%d before)",
				i+1, ns, ns.Chain, last, before[i].Sent, first, before[i].Failed)
		}
		var m map[string]float64
		deadline := time.Now().Add(30 * time.Second)
		for m = metrics(t, e.d.Node(i)); m["servicechain_anchored_block/parent"] < float64(last) && time.Now().Before(deadline); m = metrics(t, e.d.Node(i)) {
			time.Sleep(20 * time.Millisecond)
		}
		// anchored_block and anchor_lag_blocks are sampled in one round: their
		// sum is the child safe head then, which no later head is below.
		head := e.childHead(t)
		if m["servicechain_anchor_txs_total/sent"] < float64(ns.Sent) || m["servicechain_anchored_block/parent"] < float64(last) ||
			m["servicechain_anchor_lag_blocks/parent"] < 0 || m["servicechain_anchored_block/parent"]+m["servicechain_anchor_lag_blocks/parent"] > float64(head) {
			t.Errorf("op%d metrics %v: expected anchor_txs_total{sent} >= %d, anchored_block >= %d within 30 s, anchored_block + lag <= the child head %d", i+1, m, ns.Sent, last, head)
		}
	}

	// Verify real blocks.
	for _, n := range []uint64{first, first + 10*period, last} {
		v, err := anchor.Verify(ctx, e.parent, e.child, e.anchor, n)
		if err != nil || v.Result != anchor.ResultMatch || v.Anchored.BlockCount != period {
			t.Fatalf("Verify(%d) = %+v, %v: expected match with block count %d", n, v, err, period)
		}
	}
	st, err := anchor.ReadStatus(ctx, e.parent, e.child, e.anchor)
	if err != nil || st.LatestAnchoredBlock < last || st.Period != period || st.Threshold != 1 || len(st.Operators) != 3 {
		t.Fatalf("ReadStatus = %+v, %v", st, err)
	}
	if v, err := anchor.Verify(ctx, e.parent, e.child, e.anchor, st.LatestAnchoredBlock+1); err != nil || v.Result != anchor.ResultNotAnchored {
		t.Fatalf("Verify(%d) = %+v, %v: expected not anchored", st.LatestAnchoredBlock+1, v, err)
	}

	// 2. Stop the designated node of an upcoming period. Three periods later
	// the same node is designated again: if the chain reached the period
	// before the node was down, take that one.
	target := (e.childHead(t)/period + 3) * period
	stopped := designated(target)
	if err := e.d.StopNode(stopped); err != nil {
		t.Fatal(err)
	}
	for e.childHead(t) >= target {
		target += 3 * period
	}
	appeared := e.waitChild(t, target, 60*time.Second)
	final := e.waitFinal(t, target, target, 2*grace+60*time.Second)
	took := final.Sub(appeared)
	r := e.record(t, target)
	backup := e.ops[(stopped+1)%3]
	t.Logf("op%d (designated for block %d) stopped: anchored %s after the block appeared, by %s (grace %s)", stopped+1, target, took.Round(10*time.Millisecond), r.FinalizedBy, grace)
	if r.FinalizedBy != backup {
		t.Errorf("block %d finalized by %s: expected the first backup %s", target, r.FinalizedBy, backup)
	}
	// Not before one grace time (the backup waits from when it first saw the
	// block, after appeared). How long after that depends on how fast a
	// loaded machine runs the backup's round and mines its transaction, which
	// this test does not control; that the first backup and not the second
	// (whose turn comes at two grace times) finalized it is checked above.
	if took < grace {
		t.Errorf("block %d anchored %s after it appeared: expected at least one grace time (%s)", target, took, grace)
	}
	// The next period (designated node alive) is anchored at once, and the
	// one after is back to the stopped node's turn via its backup.
	e.waitFinal(t, target+period, target+3*period, 3*grace+60*time.Second)

	// 3. All nodes down, then one comes back and anchors what was missed.
	for i := 0; i < 3; i++ {
		if err := e.d.StopNode(i); err != nil {
			t.Fatal(err)
		}
	}
	// A transaction a node broadcast before it stopped is still mined: the
	// latest anchor is read once none is left.
	e.waitParentPoolEmpty(t, 60*time.Second)
	latest, err := bind.Call(anchorABI.Instance(e.parent, e.anchor), nil, anchorABI.PackLatestAnchoredBlock(), anchorABI.UnpackLatestAnchoredBlock)
	if err != nil {
		t.Fatal(err)
	}
	missedTo := (latest/period + 6) * period
	e.waitChild(t, missedTo, 60*time.Second)
	for n := latest + period; n <= missedTo; n += period {
		if e.status(t, n) {
			t.Fatalf("block %d final while all nodes were down", n)
		}
	}
	restarted := time.Now()
	if err := e.d.StartNode(stopped); err != nil {
		t.Fatal(err)
	}
	// Alone, the node is a backup for two periods in three: up to two grace
	// times per max_catchup window.
	done := e.waitFinal(t, latest+period, missedTo, 6*grace+60*time.Second)
	t.Logf("op%d restarted alone: periods %d..%d (%d) anchored within %s (max_catchup 4, grace %s)",
		stopped+1, latest+period, missedTo, (missedTo-latest)/period, done.Sub(restarted).Round(10*time.Millisecond), grace)
	txs = e.anchorTxs(t)
	me := e.ops[stopped]
	for n := latest + period; n <= missedTo; n += period {
		if got := txs[n]; len(got) != 1 || got[0] != me {
			t.Errorf("missed block %d: anchoring transactions from %v: expected one from %s", n, got, me)
		}
	}
	ns := e.adminStatus(t, e.d.Node(stopped))
	if ns.Skipped == 0 {
		t.Errorf("restarted op%d skipped nothing (%+v): expected the periods anchored while it was down to be skipped", stopped+1, ns)
	}
}

// TestForgedAnchor: with threshold 2 a record voted by one operator alone is
// not final, and the nodes' record still becomes final; with threshold 1 a
// tampered record is final and Verify names the tampered field.
func TestForgedAnchor(t *testing.T) {
	t.Parallel()
	const forger = 2
	e := start(t, 2, 100, forger)
	ctx := context.Background()
	inst := anchorABI.Instance(e.parent, e.anchor)
	chainID := new(big.Int).SetUint64(e.d.Info().Parent.ChainID)
	forgerOpts := bind.NewKeyedTransactor(devnet.OperatorKey(forger), chainID)
	send := func(opts *bind.TransactOpts, data []byte) *types.Receipt {
		t.Helper()
		tx, err := bind.Transact(inst, opts, data)
		if err != nil {
			t.Fatal(err)
		}
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		rcpt, err := chain.WaitReceipt(wctx, e.parent, tx.Hash(), 0)
		if err != nil || rcpt.Status != 1 {
			t.Fatalf("tx %s: %+v, %v", tx.Hash(), rcpt, err)
		}
		return rcpt
	}
	// The devnet's Anchor is 2 of 3 from its constructor (its owner, a
	// timelock, could only change that after the delay).
	if k, err := bind.Call(inst, nil, anchorABI.PackThreshold(), anchorABI.UnpackThreshold); err != nil || k != 2 {
		t.Fatalf("Anchor threshold %d (%v): expected 2", k, err)
	}

	// A forged record for a period the nodes have not reached: the child
	// chain has no such block yet when the forged vote is mined (else, on a
	// slow machine, try a period further on).
	var target uint64
	var forged *anchor.Record
	var rcpt *types.Receipt
	for ahead := uint64(8); ; ahead *= 2 {
		target = (e.childHead(t)/period + ahead) * period
		forged = &anchor.Record{BlockNumber: target, BlockHash: common.HexToHash("0xbad1"), ParentHash: common.HexToHash("0xbad2"),
			TxRoot: types.EmptyTxsHash, ReceiptRoot: types.EmptyReceiptsHash, StateRoot: common.HexToHash("0xbad3"), BlockCount: period}
		key, err := bind.Call(inst, nil, anchorABI.PackAnchorRecordKey(forged.BlockNumber, forged.BlockHash, forged.ParentHash,
			forged.TxRoot, forged.ReceiptRoot, forged.StateRoot, forged.BlockCount, forged.TxCount), anchorABI.UnpackAnchorRecordKey)
		if err != nil || common.Hash(key) != forged.Key() {
			t.Fatalf("anchorRecordKey %x (%v): expected Record.Key %s", key, err, forged.Key())
		}
		rcpt = send(forgerOpts, forged.Calldata())
		if e.childHead(t) < target {
			break
		}
		if ahead >= 64 {
			t.Fatalf("the child chain reached block %d before a parent transaction sent %d periods ahead was mined", target, ahead)
		}
	}
	for _, l := range rcpt.Logs {
		if ev, err := anchorABI.UnpackAnchoredEvent(l); err == nil {
			t.Fatalf("forged record became final: %+v", ev)
		}
	}
	if e.status(t, target) {
		t.Fatalf("block %d final after one forged vote with threshold 2", target)
	}
	// The two honest nodes anchor the real record (one of them a backup when
	// the forger is designated).
	e.waitChild(t, target, 120*time.Second)
	e.waitFinal(t, target, target, 2*grace+60*time.Second)
	v, err := anchor.Verify(ctx, e.parent, e.child, e.anchor, target)
	if err != nil || v.Result != anchor.ResultMatch {
		t.Fatalf("Verify(%d) after the honest anchor = %+v, %v: expected match", target, v, err)
	}
	if votes, _ := bind.Call(inst, nil, anchorABI.PackAnchorVotes(target, forged.Key()), anchorABI.UnpackAnchorVotes); votes != 1 {
		t.Errorf("forged record has %d votes: expected 1", votes)
	}
	// Sending the forged record again after finality is visible, not stored.
	rcpt = send(forgerOpts, forged.Calldata())
	conflict := false
	for _, l := range rcpt.Logs {
		if _, err := anchorABI.UnpackAnchorConflictEvent(l); err == nil {
			conflict = true
		}
	}
	if !conflict || e.record(t, target).BlockHash != v.Actual.BlockHash {
		t.Errorf("forged record after finality: conflict event %v, stored hash %x", conflict, e.record(t, target).BlockHash)
	}

	// Threshold 1: a tampered record for a block nobody anchors (not a
	// multiple of the period) is final, and Verify reports the field.
	// The owner is the parent timelock: schedule, wait its delay, execute.
	lock := e.d.Info().Contracts.ParentTimelock
	lockInst := bindings.NewTimelockController().Instance(e.parent, lock)
	owner := bind.NewKeyedTransactor(devnet.AccountKey(0), chainID)
	op := timelock.Operation{Calls: []timelock.Call{{Target: e.anchor, Data: anchorABI.PackSetThreshold(1)}}}
	delay, err := timelock.MinDelay(ctx, e.parent, lock)
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{op.ScheduleData(delay), op.ExecuteData()} {
		waitUntil(t, delay+30*time.Second, "the threshold change is ready", func() bool {
			st, _, err := timelock.StateOf(ctx, e.parent, lock, op.ID())
			return err == nil && (st == timelock.Unset || st == timelock.Ready)
		})
		tx, err := bind.Transact(lockInst, owner, data)
		if err != nil {
			t.Fatal(err)
		}
		if rcpt, err := bind.WaitMined(ctx, e.parent, tx.Hash()); err != nil || rcpt.Status != 1 {
			t.Fatalf("timelock tx: %+v, %v", rcpt, err)
		}
	}
	const m = 2*period + 2
	real, err := anchor.BuildRecord(ctx, e.child, m, 2)
	if err != nil {
		t.Fatal(err)
	}
	tampered := *real
	tampered.StateRoot = common.HexToHash("0x5ca1ab1e")
	send(forgerOpts, tampered.Calldata())
	v, err = anchor.Verify(ctx, e.parent, e.child, e.anchor, m)
	if err != nil || v.Result != anchor.ResultMismatch || len(v.Mismatches) != 1 {
		t.Fatalf("Verify(%d) of a tampered record = %+v, %v: expected one mismatch", m, v, err)
	}
	want := anchor.FieldDiff{Field: "stateRoot", Anchored: tampered.StateRoot.Hex(), Actual: real.StateRoot.Hex()}
	if v.Mismatches[0] != want || v.FinalizedBy != e.ops[forger] {
		t.Fatalf("Verify(%d) mismatch %+v by %s: expected %+v by %s", m, v.Mismatches[0], v.FinalizedBy, want, e.ops[forger])
	}
	t.Logf("tampered block %d: %s anchored %s, actual %s", m, want.Field, want.Anchored, want.Actual)

	// The admin API answers the same.
	c, err := e.d.Node(0).Host.DialAdmin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var av anchor.Verification
	if err := c.CallContext(ctx, &av, "anchor_verify", uint64(m)); err != nil || av.Result != anchor.ResultMismatch || len(av.Mismatches) != 1 || av.Mismatches[0] != want {
		t.Fatalf("anchor_verify(%d) = %+v, %v", m, av, err)
	}
}

// TestNewErrors: anchor.New refuses a configuration with anchoring off, and
// names parent.anchor when anchoring is on without an address.
func TestNewErrors(t *testing.T) {
	t.Parallel()
	newHost := func(enabled bool) (*node.Host, *config.Config) {
		c := config.Default()
		c.Node.Name = "op1"
		c.Node.DataDir = t.TempDir()
		for i, cc := range []*config.ChainConfig{&c.Parent, &c.Child} {
			cc.Endpoints = []string{"http://127.0.0.1:1"}
			cc.ChainID = uint64(1000 + i)
		}
		c.Anchoring.Enabled = enabled
		h, err := node.NewBridge(node.BridgeOptions{Config: c, ParentKey: devnet.OperatorKey(0), ChildKey: devnet.OperatorKey(0), Logger: testLogger()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h, c
	}
	if _, err := anchor.New(newHost(false)); err == nil || !strings.Contains(err.Error(), "anchoring.enabled") {
		t.Fatalf("New with anchoring off: %v: expected an error naming anchoring.enabled", err)
	}
	_, err := anchor.New(newHost(true))
	if err == nil || !strings.Contains(err.Error(), "parent.anchor") {
		t.Fatalf("New without parent.anchor: %v: expected an error naming parent.anchor", err)
	}
	// A host without the bridge daemon's chains cannot anchor.
	bare, err := node.New(node.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer bare.Close()
	_, c := newHost(true)
	c.Parent.Anchor = common.HexToAddress("0x1")
	if _, err := anchor.New(bare, c); err == nil || !strings.Contains(err.Error(), "node.NewBridge") {
		t.Fatalf("New on a host without chains: %v", err)
	}
}
