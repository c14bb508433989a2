package producer

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// heldImports is an Execution whose newPayload fails while its producer is
// not leading: a standby whose imports lag (a slow or stuck execution node).
type heldImports struct {
	Execution
	p      atomic.Pointer[Producer]
	held   atomic.Int64
	leader atomic.Int64 // imports done while leading
}

func (h *heldImports) setProducer(p *Producer) { h.p.Store(p) }

func (h *heldImports) NewPayload(ctx context.Context, f forks.Fork, data ethengine.ExecutableData, hashes []common.Hash, root *common.Hash, reqs [][]byte) (ethengine.PayloadStatusV1, error) {
	p := h.p.Load()
	if p == nil {
		return ethengine.PayloadStatusV1{}, errors.New("test: no producer yet")
	}
	p.mu.Lock()
	leading := p.role == "leader"
	p.mu.Unlock()
	if !leading {
		h.held.Add(1)
		return ethengine.PayloadStatusV1{}, errors.New("test: import held back")
	}
	h.leader.Add(1)
	return h.Execution.NewPayload(ctx, f, data, hashes, root, reqs)
}

// TestNewLeaderFillsGap: a standby 5+ blocks behind becomes leader when the
// leader dies; it imports every committed block it lacks before it builds,
// and builds on the committed head (optimism#22143 wedged at a gap of 2).
func TestNewLeaderFillsGap(t *testing.T) {
	c := newCluster(t, time.Second)
	a := c.start("a", RoleProducer, nil, nil)
	e := c.start("e", RoleEndpoint, nil, nil)
	waitFor(t, 30*time.Second, "a to lead", func() bool { return a.role() == "leader" && a.head() >= 1 })
	gate := &heldImports{}
	b := c.start("b", RoleProducer, func(cfg *Config) { cfg.CampaignMaxLag = 100 }, func(x Execution) Execution {
		gate.Execution = x
		return gate
	})
	start := b.head()
	waitFor(t, 40*time.Second, "a gap of 5 on b", func() bool {
		h, _ := c.committed(t)
		return h.Number >= start+5 && b.p.healthy() && gate.held.Load() > 0
	})
	if b.head() != start {
		t.Fatalf("b imported while held: head %d, started at %d", b.head(), start)
	}
	chainA := canonical(a)
	a.kill(t)
	var lastA, first *Record
	waitFor(t, 30*time.Second, "b to lead and commit", func() bool {
		_, recs := c.committed(t)
		if lastA = lastBy(recs, "a"); lastA != nil {
			first = recs[lastA.Number()+1]
		}
		return first != nil
	})
	if first.Leader != "b" || first.ParentHash() != lastA.Hash {
		t.Fatalf("b's first block (leader %s, parent %s) does not build on a's last %d %s", first.Leader, first.ParentHash(), lastA.Number(), lastA.Hash)
	}
	if gap := lastA.Number() - start; gate.leader.Load() < int64(gap+1) || gap < 5 {
		t.Fatalf("b imported %d blocks as leader, gap was %d", gate.leader.Load(), gap)
	}
	for i, h := range chainA {
		if got := b.el.Backend().BlockChain().GetCanonicalHash(uint64(i)); got != h {
			t.Fatalf("b's block %d is %s, a had %s", i, got, h)
		}
	}
	waitFor(t, 20*time.Second, "e to follow b", func() bool { return e.head() > lastA.Number()+1 })
	c.assertOneChain(t, b, e)
}

// TestLeaderKilled: the leader dies without resigning (its etcd client goes
// first); a standby takes over once the lease expires, and every node ends
// with one hash per height.
func TestLeaderKilled(t *testing.T) {
	c := newCluster(t, time.Second)
	a := c.start("a", RoleProducer, nil, nil)
	waitFor(t, 30*time.Second, "a to lead", func() bool { return a.role() == "leader" })
	b := c.start("b", RoleProducer, nil, nil)
	e := c.start("e", RoleEndpoint, nil, nil)
	waitFor(t, 30*time.Second, "b healthy, block 3", func() bool { return b.p.healthy() && e.head() >= 3 })
	chainA := canonical(a)
	killed := time.Now()
	a.kill(t)
	lastA, first := c.nextAfter(t, 30*time.Second, "a")
	if first.Leader != "b" || first.ParentHash() != lastA.Hash || first.Handover {
		t.Fatalf("first block after the kill: leader %s parent %s handover %v", first.Leader, first.ParentHash(), first.Handover)
	}
	gap := first.SealedAt.Sub(lastA.SealedAt)
	sinceKill := first.SealedAt.Sub(killed)
	t.Logf("failover: last block of a to first of b %v (kill to first block %v), missed slots %d",
		gap, sinceKill, b.p.slots.missed(lastA.Time(), first.Time()))
	// The lease expires TTL after a's last keepalive; etcd revokes expired
	// leases on a 500 ms tick; b then builds the current slot at once.
	if bound := 2*time.Second + time.Second + 1500*time.Millisecond; gap > bound {
		t.Errorf("failover took %v, want <= TTL + period + 1.5s = %v", gap, bound)
	}
	waitFor(t, 20*time.Second, "e to follow b", func() bool { return e.head() >= first.Number()+1 })
	for i, h := range chainA {
		if got := e.el.Backend().BlockChain().GetCanonicalHash(uint64(i)); got != h {
			t.Fatalf("e's block %d is %s, a had %s", i, got, h)
		}
	}
	c.assertOneChain(t, b, e)
	if got := testutil.CollectAndCount(e.p.m.failover); got != 1 {
		t.Errorf("failover histogram has %d series", got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st := e.p.Status(ctx)
	if len(st.RecentFailovers) != 1 || st.RecentFailovers[0].From != "a" || st.RecentFailovers[0].To != "b" || st.RecentFailovers[0].Planned {
		t.Fatalf("failovers %+v", st.RecentFailovers)
	}
}

// nextAfter waits (at most d) until a block follows leader name's last
// committed one, and returns both.
func (c *cluster) nextAfter(t testing.TB, d time.Duration, name string) (last, next *Record) {
	waitFor(t, d, "a block after "+name+"'s last", func() bool {
		_, recs := c.committed(t)
		last, next = lastBy(recs, name), nil
		if last != nil {
			next = recs[last.Number()+1]
		}
		return next != nil
	})
	return last, next
}

// lastBy is the highest committed record of leader name (nil if none).
func lastBy(recs map[uint64]*Record, name string) *Record {
	var out *Record
	for _, r := range recs {
		if r.Leader == name && (out == nil || r.Number() > out.Number()) {
			out = r
		}
	}
	return out
}

// stuckPayloads is an Execution whose GetPayload, once stuck is set, hangs
// (ignoring its context) until released: a leader whose process is frozen
// mid-slot while its etcd keepalives go on, so its lease never expires.
type stuckPayloads struct {
	Execution
	stuck   atomic.Bool
	release chan struct{}
}

func (s *stuckPayloads) GetPayload(ctx context.Context, f forks.Fork, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	if s.stuck.Load() {
		<-s.release
		return nil, errors.New("test: released")
	}
	return s.Execution.GetPayload(ctx, f, id)
}

// TestStuckLeaderTakenOver: a leader that keeps its lease alive but stops
// committing blocks is replaced once its slot is TakeoverGrace late: the
// standby revokes its lease (without the takeover the chain would stall for
// as long as the leader's keepalives go on).
func TestStuckLeaderTakenOver(t *testing.T) {
	c := newCluster(t, time.Second)
	gate := &stuckPayloads{release: make(chan struct{})}
	t.Cleanup(func() { close(gate.release) }) // runs before the cluster closes
	a := c.start("a", RoleProducer, nil, func(x Execution) Execution {
		gate.Execution = x
		return gate
	})
	waitFor(t, 30*time.Second, "a to lead", func() bool { return a.role() == "leader" })
	b := c.start("b", RoleProducer, nil, nil)
	waitFor(t, 30*time.Second, "b healthy, block 3", func() bool { return b.p.healthy() && b.head() >= 3 })
	gate.stuck.Store(true)
	lastA, first := c.nextAfter(t, 20*time.Second, "a")
	if first.Leader != "b" || first.ParentHash() != lastA.Hash {
		t.Fatalf("first block after a stuck: leader %s parent %s, a's last %d %s", first.Leader, first.ParentHash(), lastA.Number(), lastA.Hash)
	}
	if n := testutil.ToFloat64(b.p.m.takeovers); n != 1 {
		t.Fatalf("b revoked %v leases, want 1 (the chain moved on some other way)", n)
	}
	gap := first.SealedAt.Sub(lastA.SealedAt)
	t.Logf("stuck leader: last block of a to first of b %v, missed slots %d", gap, b.p.slots.missed(lastA.Time(), first.Time()))
	waitFor(t, 20*time.Second, "b to build on", func() bool { return b.head() >= first.Number()+2 })
}
