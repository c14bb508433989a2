package producer

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	clientv3 "go.etcd.io/etcd/client/v3"
)

// TestLogWindowAndPeerSync: etcd keeps only LogWindow committed blocks; a
// node that joins after its missing blocks left the window syncs them from a
// devp2p peer (pinned by the committed head's hash) and then follows the log.
func TestLogWindowAndPeerSync(t *testing.T) {
	c := newCluster(t, time.Second)
	window := func(cfg *Config) { cfg.LogWindow = 4 }
	a := c.start("a", RoleProducer, window, nil)
	waitFor(t, 40*time.Second, "block 9", func() bool { return a.head() >= 9 })
	cli := c.newClient()
	defer cli.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	head, _ := c.committed(t)
	r, err := cli.Get(ctx, a.p.keys.BlocksPrefix(), clientv3.WithPrefix(), clientv3.WithKeysOnly())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Kvs) < 4 || len(r.Kvs) > 5 { // a block may be committed between the two reads
		t.Fatalf("%d committed blocks in etcd, want the window of 4", len(r.Kvs))
	}
	if first, _ := a.p.keys.BlockNumber(string(r.Kvs[0].Key)); first+4 < head.Number {
		t.Fatalf("oldest kept block %d, head %d, window 4", first, head.Number)
	}

	late := c.start("late", RoleEndpoint, window, nil)
	waitFor(t, 60*time.Second, "the late node to catch up", func() bool {
		h, _ := c.committed(t)
		return late.head() >= h.Number-1 && late.head() > head.Number
	})
	waitFor(t, 10*time.Second, "the late node ready", func() bool { return len(late.p.NotReady()) == 0 })
	c.assertOneChain(t, a, late)
}

// offsetClock is a slot clock running ahead of the wall clock.
type offsetClock struct{ d time.Duration }

func (o offsetClock) Now() time.Time                         { return time.Now().Add(o.d) }
func (o offsetClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// TestSlotTimestamps: block timestamps are genesis + n x period on the
// injected slot clock (period 2 s here); a clock 10 s ahead of genesis makes
// the first block land in slot 5, and the 4 empty slots are counted missed.
func TestSlotTimestamps(t *testing.T) {
	c := newCluster(t, 2*time.Second)
	clk := func(cfg *Config) { cfg.Clock = offsetClock{d: 10 * time.Second} }
	a := c.start("a", RoleProducer, clk, nil)
	e := c.start("e", RoleEndpoint, clk, nil)
	waitFor(t, 40*time.Second, "block 3 on e", func() bool { return e.head() >= 3 })
	_, recs := c.committed(t)
	g := c.genesis.Timestamp
	for n, r := range recs {
		if (r.Time()-g)%2 != 0 {
			t.Errorf("block %d at %d: not on a 2 s slot from genesis %d", n, r.Time(), g)
		}
	}
	if s := a.p.slots.slotOf(recs[1].Time()); s < 5 {
		t.Errorf("block 1 in slot %d, want >= 5 (the clock is 10 s ahead)", s)
	}
	if missed := testutil.ToFloat64(e.p.m.missedSlots); missed < 4 {
		t.Errorf("missed slots metric %v, want >= 4", missed)
	}
	c.assertOneChain(t, a, e)
}
