package contracts_test

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
)

type anchorRec struct {
	number                                       uint64
	hash, parent, txRoot, receiptRoot, stateRoot common.Hash
	blocks, txs                                  uint64
}

func rec(n uint64) anchorRec {
	h := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprintf("%s-%d", s, n))) }
	return anchorRec{n, h("hash"), h("parent"), h("tx"), h("receipt"), h("state"), 5, 17}
}

func (a anchorRec) pack() []byte {
	return an.PackAnchor(a.number, a.hash, a.parent, a.txRoot, a.receiptRoot, a.stateRoot, a.blocks, a.txs)
}

func (a anchorRec) key() common.Hash {
	return bindings.AnchorRecordKey(a.number, a.hash, a.parent, a.txRoot, a.receiptRoot, a.stateRoot, a.blocks, a.txs)
}

type anchorEvents struct {
	votes     []*bindings.AnchorAnchorVote
	anchored  []*bindings.AnchorAnchored
	conflicts []*bindings.AnchorAnchorConflict
}

func anchorEvs(r *types.Receipt) anchorEvents {
	var a anchorEvents
	for _, l := range r.Logs {
		if ev, err := an.UnpackAnchorVoteEvent(l); err == nil {
			a.votes = append(a.votes, ev)
		} else if ev, err := an.UnpackAnchoredEvent(l); err == nil {
			a.anchored = append(a.anchored, ev)
		} else if ev, err := an.UnpackAnchorConflictEvent(l); err == nil {
			a.conflicts = append(a.conflicts, ev)
		}
	}
	return a
}

func TestAnchorThresholdOne(t *testing.T) {
	t.Parallel()
	e := newEnv(t, deploy.Options{})
	A := e.d.Anchor
	r1 := rec(10)
	r := e.send(e.P, op1, A, r1.pack(), nil)
	ev := anchorEvs(r)
	if len(ev.votes) != 1 || ev.votes[0].Votes != 1 || len(ev.anchored) != 1 || ev.anchored[0].BlockNumber != 10 ||
		ev.anchored[0].RecordKey != r1.key() || ev.anchored[0].Operator != e.addr(op1) || ev.anchored[0].BlockHash != r1.hash {
		t.Fatalf("events %+v", ev)
	}
	if onchain := callT(e, e.P, A, an.PackAnchorRecordKey(r1.number, r1.hash, r1.parent, r1.txRoot, r1.receiptRoot, r1.stateRoot, r1.blocks, r1.txs), an.UnpackAnchorRecordKey); onchain != r1.key() {
		t.Fatal("anchorRecordKey differs from the Go helper")
	}
	got := callT(e, e.P, A, an.PackGetAnchor(10), an.UnpackGetAnchor)
	if got.BlockHash != r1.hash || got.ParentHash != r1.parent || got.TxRoot != r1.txRoot || got.ReceiptRoot != r1.receiptRoot ||
		got.StateRoot != r1.stateRoot || got.BlockCount != 5 || got.TxCount != 17 || got.FinalizedBy != e.addr(op1) || got.AnchoredAt != r.BlockNumber.Uint64() {
		t.Fatalf("getAnchor %+v", got)
	}
	if l := callT(e, e.P, A, an.PackLatestAnchoredBlock(), an.UnpackLatestAnchoredBlock); l != 10 {
		t.Fatalf("latestAnchoredBlock %d", l)
	}
	// Same record again: AlreadyAnchored. A different record: no revert, AnchorConflict, nothing stored.
	_, err := e.trySend(e.P, op1+1, A, r1.pack(), nil)
	e.wantRevert(err, "AlreadyAnchored(10)")
	forged := r1
	forged.stateRoot = common.HexToHash("0xbad")
	r = e.send(e.P, op1+1, A, forged.pack(), nil)
	ev = anchorEvs(r)
	if len(ev.conflicts) != 1 || ev.conflicts[0].RecordKey != forged.key() || ev.conflicts[0].FinalKey != r1.key() || ev.conflicts[0].Operator != e.addr(op1+1) || len(ev.anchored) != 0 {
		t.Fatalf("conflict events %+v", ev)
	}
	if got := callT(e, e.P, A, an.PackGetAnchor(10), an.UnpackGetAnchor); got.StateRoot != r1.stateRoot {
		t.Fatal("conflicting record overwrote the final one")
	}
	// An older block anchored later does not move latestAnchoredBlock back; unanchored numbers read as zero.
	e.send(e.P, op1, A, rec(5).pack(), nil)
	if l := callT(e, e.P, A, an.PackLatestAnchoredBlock(), an.UnpackLatestAnchoredBlock); l != 10 {
		t.Fatalf("latestAnchoredBlock %d after anchoring 5", l)
	}
	if got := callT(e, e.P, A, an.PackGetAnchor(11), an.UnpackGetAnchor); got.BlockHash != (common.Hash{}) || got.FinalizedBy != (common.Address{}) {
		t.Fatalf("getAnchor(11) %+v, want zero", got)
	}
	// Non-operators are refused.
	_, err = e.trySend(e.P, aliceK, A, rec(20).pack(), nil)
	e.wantRevert(err, fmt.Sprintf("NotOperator(%s)", e.addr(aliceK)))
}

func TestAnchorThresholdTwo(t *testing.T) {
	t.Parallel()
	e := newEnv(t, deploy.Options{AnchorThreshold: 2})
	A := e.d.Anchor
	r1 := rec(30)
	forged := r1
	forged.hash = common.HexToHash("0xf0")
	// One forged record with threshold 2 is not final.
	ev := anchorEvs(e.send(e.P, op1, A, forged.pack(), nil))
	if len(ev.anchored) != 0 || ev.votes[0].Votes != 1 {
		t.Fatalf("forged vote: %+v", ev)
	}
	st := callT(e, e.P, A, an.PackAnchorStatus(30, e.addr(op1)), an.UnpackAnchorStatus)
	if st.Finalized || !st.Voted {
		t.Fatalf("anchorStatus after the forged vote %+v", st)
	}
	_, err := e.trySend(e.P, op1, A, forged.pack(), nil)
	e.wantRevert(err, fmt.Sprintf("AlreadyVoted(30, %s)", e.addr(op1)))
	if l := callT(e, e.P, A, an.PackLatestAnchoredBlock(), an.UnpackLatestAnchoredBlock); l != 0 {
		t.Fatalf("latestAnchoredBlock %d with no final anchor", l)
	}
	// Two honest votes make the real record final.
	e.send(e.P, op1+1, A, r1.pack(), nil)
	ev = anchorEvs(e.send(e.P, op1+2, A, r1.pack(), nil))
	if len(ev.anchored) != 1 || ev.anchored[0].RecordKey != r1.key() || ev.votes[0].Votes != 2 {
		t.Fatalf("honest votes: %+v", ev)
	}
	if n := callT(e, e.P, A, an.PackAnchorVotes(30, forged.key()), an.UnpackAnchorVotes); n != 1 {
		t.Fatalf("forged key votes %d", n)
	}
	if k := callT(e, e.P, A, an.PackFinalRecordKey(30), an.UnpackFinalRecordKey); k != r1.key() {
		t.Fatal("finalRecordKey")
	}
	// The forger insisting after finality: a visible conflict.
	forged2 := forged
	forged2.txs = 99
	ev = anchorEvs(e.send(e.P, op1, A, forged2.pack(), nil))
	if len(ev.conflicts) != 1 || ev.conflicts[0].FinalKey != r1.key() {
		t.Fatalf("conflict after final: %+v", ev)
	}
	if st := callT(e, e.P, A, an.PackAnchorStatus(30, e.addr(op4)), an.UnpackAnchorStatus); !st.Finalized || st.Voted {
		t.Fatalf("anchorStatus of a non-voter %+v", st)
	}
	// Lowering the threshold lets a re-cast finalise a pending record.
	r2 := rec(40)
	e.send(e.P, op1, A, r2.pack(), nil)
	e.send(e.P, ownerP, A, an.PackSetThreshold(1), nil)
	if ev := anchorEvs(e.send(e.P, op1, A, r2.pack(), nil)); len(ev.anchored) != 1 {
		t.Fatalf("re-cast after lowering: %+v", ev)
	}
	if l := callT(e, e.P, A, an.PackLatestAnchoredBlock(), an.UnpackLatestAnchoredBlock); l != 40 {
		t.Fatalf("latestAnchoredBlock %d", l)
	}
	_, err = e.trySend(e.P, ownerP, A, an.PackSetThreshold(5), nil)
	e.wantRevert(err, "InvalidThreshold(5, 4)")
	_, err = e.trySend(e.P, aliceK, A, an.PackSetThreshold(1), nil)
	e.wantRevert(err, "OwnableUnauthorizedAccount(")
}
