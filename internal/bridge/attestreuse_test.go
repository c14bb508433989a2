package bridge

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/store"
)

// A request confirmed at its block is taken as canonical for the reuse
// horizon after that, and asked again once the horizon has passed or when the
// store holds it at another block or transaction (a reorg moved it).
func TestReuseConfirmed(t *testing.T) {
	const grace = time.Second
	a := newAttestation("parent->child", nil, nil, nil, grace, grace)
	t0 := time.Unix(1_700_000_000, 0)
	r1 := &store.Request{Nonce: 1, BlockHash: common.HexToHash("0x01"), TxHash: common.HexToHash("0xa1")}
	r2 := &store.Request{Nonce: 2, BlockHash: common.HexToHash("0x02"), TxHash: common.HexToHash("0xa2")}
	r3 := &store.Request{Nonce: 3, BlockHash: common.HexToHash("0x03"), TxHash: common.HexToHash("0xa3")}
	a.noteConfirmed([]*store.Request{r1, r2, r3}, map[uint64]bool{1: true, 2: true}, t0)

	nonces := func(rs []*store.Request) []uint64 {
		var out []uint64
		for _, r := range rs {
			out = append(out, r.Nonce)
		}
		return out
	}
	fresh, rest := a.reuseConfirmed([]*store.Request{r1, r2, r3}, t0.Add(grace-time.Millisecond))
	if !fresh[1] || !fresh[2] || fresh[3] || len(rest) != 1 || rest[0].Nonce != 3 {
		t.Fatalf("within the horizon: fresh %v, rest %v; want 1 and 2 fresh, 3 asked", fresh, nonces(rest))
	}

	moved := *r2
	moved.BlockHash = common.HexToHash("0x22")
	otherTx := *r1
	otherTx.TxHash = common.HexToHash("0xb1")
	fresh, rest = a.reuseConfirmed([]*store.Request{&otherTx, &moved}, t0.Add(time.Millisecond))
	if len(fresh) != 0 || len(rest) != 2 {
		t.Fatalf("moved by a reorg: fresh %v, rest %v; want both asked again", fresh, nonces(rest))
	}

	fresh, rest = a.reuseConfirmed([]*store.Request{r1, r2}, t0.Add(grace))
	if len(fresh) != 0 || len(rest) != 2 {
		t.Fatalf("after the horizon: fresh %v, rest %v; want both asked again", fresh, nonces(rest))
	}
	// A clock that stepped back does not extend the reuse.
	fresh, _ = a.reuseConfirmed([]*store.Request{r1}, t0.Add(-time.Millisecond))
	if len(fresh) != 0 {
		t.Fatalf("clock behind the confirmation: fresh %v, want none", fresh)
	}

	// Confirmed again later: reused again.
	a.noteConfirmed([]*store.Request{r1}, map[uint64]bool{1: true}, t0.Add(2*grace))
	if fresh, _ = a.reuseConfirmed([]*store.Request{r1}, t0.Add(2*grace+time.Millisecond)); !fresh[1] {
		t.Fatalf("confirmed again: fresh %v, want 1", fresh)
	}
}

// A handleStatus answer is taken again for the reuse horizon after it was
// read, only for a seen request inside the vote grace whose answer said not
// handled, not voted; anything else is asked again.
func TestReuseStatus(t *testing.T) {
	const grace, reuse, voteGrace = time.Second, 3 * time.Second, 3 * time.Second
	a := newAttestation("parent->child", nil, nil, nil, grace, reuse)
	t0 := time.Unix(1_700_000_000, 0)
	seen := func(n uint64) *store.Request {
		return &store.Request{Nonce: n, State: store.StateSeen, FirstSeen: t0}
	}
	open := statusAnswer{}
	open.Epoch, open.Threshold = 1, 2
	handled, voted, failed := open, open, open
	handled.Handled = true
	voted.Voted = true
	failed.err = errors.New("endpoint down")
	withVotes := open
	withVotes.keyVotes = 1
	a.noteStatuses(map[uint64]statusAnswer{1: open, 2: handled, 3: voted, 4: failed, 5: withVotes, 6: open, 7: open}, t0)

	votedReq := seen(6)
	votedReq.State = store.StateVoted
	notFailing := func(uint64) bool { return false }
	reused, rest := a.reuseStatus([]*store.Request{seen(1), seen(2), seen(3), seen(4), seen(5), votedReq, seen(8)},
		t0.Add(reuse-time.Millisecond), voteGrace, notFailing)
	if len(reused) != 1 || reused[1] != open || len(rest) != 6 {
		t.Fatalf("reused %v, %d asked; want only nonce 1 reused, with its answer", reused, len(rest))
	}
	if reused, _ = a.reuseStatus([]*store.Request{seen(7)}, t0.Add(reuse-time.Millisecond), voteGrace,
		func(n uint64) bool { return n == 7 }); len(reused) != 0 {
		t.Fatalf("a failing payout: reused %v, want it asked", reused)
	}
	if reused, _ = a.reuseStatus([]*store.Request{seen(1)}, t0.Add(reuse), voteGrace, notFailing); len(reused) != 0 {
		t.Fatalf("after the reuse horizon: reused %v, want it asked", reused)
	}
	// Read at the first plan, the answer is still young when the vote grace
	// ends; a backup then votes on it, so it is read again.
	late := seen(1)
	late.FirstSeen = t0.Add(-voteGrace)
	if reused, _ = a.reuseStatus([]*store.Request{late}, t0.Add(time.Millisecond), voteGrace, notFailing); len(reused) != 0 {
		t.Fatalf("past the vote grace: reused %v, want it asked", reused)
	}
}
