package producer

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestKeysAndHeadValue(t *testing.T) {
	k := Keys{Prefix: "/sc/1"}
	if got := k.Block(42); got != "/sc/1/blocks/00000000000000000042" {
		t.Fatalf("block key %q", got)
	}
	if n, err := k.BlockNumber(k.Block(42)); err != nil || n != 42 {
		t.Fatalf("block number %d %v", n, err)
	}
	if _, err := k.BlockNumber("/sc/1/blocks/x"); err == nil {
		t.Fatal("bad block key accepted")
	}
	h := common.HexToHash("0xabc")
	v := headValue(7, h)
	got, err := parseHead([]byte(v))
	if err != nil || got.Number != 7 || got.Hash != h {
		t.Fatalf("head %q -> %+v %v", v, got, err)
	}
	for _, bad := range []string{"", "7", "x:0x00", "7:0x12", "7:" + strings.Repeat("0", 66)} {
		if _, err := parseHead([]byte(bad)); err == nil {
			t.Errorf("head value %q accepted", bad)
		}
	}
}

func TestConfigErrorsNameTheField(t *testing.T) {
	cc := params.AllDevChainProtocolChanges
	cases := []struct {
		cfg  Config
		want string
	}{
		{Config{ChainConfig: cc}, "name"},
		{Config{Name: "a b", ChainConfig: cc}, "name"},
		{Config{Name: "a", ChainConfig: cc, Role: "boss"}, "role"},
		{Config{Name: "a"}, "chain config"},
		{Config{Name: "a", ChainConfig: cc, SessionTTL: 1500 * time.Millisecond}, "session TTL"},
		{Config{Name: "a", ChainConfig: cc, FenceSpare: 3 * time.Second}, "fence spare"},
		{Config{Name: "a", ChainConfig: cc, Prefix: "/x/"}, "prefix"},
		{Config{Name: "a", ChainConfig: cc, Period: 1500 * time.Millisecond}, "period"},
		{Config{Name: "a", ChainConfig: cc, HealthInterval: time.Millisecond}, "health interval"},
	}
	for _, c := range cases {
		_, err := c.cfg.withDefaults()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want an error naming %q", c.cfg, err, c.want)
		}
	}
	cfg, err := Config{Name: "a", ChainConfig: cc}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cfg.resolvePeriod(2*time.Second, true); err != nil {
		t.Fatal(err)
	}
	cfg.Period = 3 * time.Second
	if _, err := cfg.resolvePeriod(2*time.Second, true); err == nil || !strings.Contains(err.Error(), "genesis records 2s") {
		t.Fatalf("period contradicting the genesis: %v", err)
	}
	cfg.Period, cfg.BuildLead = 0, 2*time.Second
	if _, err := cfg.resolvePeriod(time.Second, true); err == nil || !strings.Contains(err.Error(), "build lead") {
		t.Fatalf("build lead >= period: %v", err)
	}
	cfg.BuildLead = 0
	got, err := cfg.resolvePeriod(time.Second, true)
	if err != nil || got.LogWindow != 3600 || got.BuildLead != 750*time.Millisecond || got.HandoverTimeout != 5*time.Second {
		t.Fatalf("defaults at 1s: window %d lead %v handover %v (%v)", got.LogWindow, got.BuildLead, got.HandoverTimeout, err)
	}
}

func TestHysteresis(t *testing.T) {
	h := hysteresis{up: 3, down: 2}
	seq := []bool{true, true, false, true, true, true, false, true, false, false}
	want := []bool{false, false, false, false, false, true, true, true, true, false}
	for i, ok := range seq {
		h.observe(ok)
		if h.healthy != want[i] {
			t.Fatalf("after check %d (%v): healthy %v, want %v", i, ok, h.healthy, want[i])
		}
	}
	h = hysteresis{up: 3, down: 2, healthy: true}
	h.reset()
	if h.healthy {
		t.Fatal("reset left it healthy")
	}
}

func TestSlotClock(t *testing.T) {
	s := slotClock{genesis: 1000, period: 2}
	if s.slotOf(1000) != 0 || s.slotOf(1001) != 0 || s.slotOf(1002) != 1 || s.timestamp(5) != 1010 {
		t.Fatal("slot arithmetic")
	}
	if s.current(time.Unix(1011, 5e8)) != 5 {
		t.Fatal("current slot")
	}
	if s.missed(1002, 1004) != 0 || s.missed(1002, 1010) != 3 {
		t.Fatal("missed slots")
	}
}

// TestSingleProducer: one producer and one endpoint. Blocks come on the slot
// clock, the endpoint holds the same chain, each committed record is the
// block every node holds.
func TestSingleProducerAndEndpoint(t *testing.T) {
	c := newCluster(t, time.Second)
	a := c.start("a", RoleProducer, nil, nil)
	e := c.start("e", RoleEndpoint, nil, nil)
	waitFor(t, 30*time.Second, "block 4 on the endpoint", func() bool { return e.head() >= 4 })
	if e.role() != "endpoint" || a.role() != "leader" {
		t.Fatalf("roles a=%s e=%s", a.role(), e.role())
	}
	c.assertOneChain(t, a, e)
	head, recs := c.committed(t)
	if head.Number < 4 {
		t.Fatalf("committed head %d", head.Number)
	}
	g := c.genesis.Timestamp
	lowest := head.Number
	for n := range recs {
		lowest = min(lowest, n)
	}
	for n, rec := range recs {
		if rec.Leader != "a" || rec.Term <= 0 || rec.SealedAt.IsZero() {
			t.Errorf("record %d: leader %q term %d sealed %v", n, rec.Leader, rec.Term, rec.SealedAt)
		}
		// With a 1 s period every whole second is a slot: each block takes a
		// later slot than its parent, after genesis.
		prev, hasPrev := recs[n-1]
		if !hasPrev && n > lowest {
			t.Errorf("block %d committed without its parent's record", n)
		}
		if rec.Time() <= g || (hasPrev && rec.Time() <= prev.Time()) {
			t.Errorf("block %d timestamp %d not on a slot after genesis %d and its parent", n, rec.Time(), g)
		}
		if rec.Block.Coinbase() != (common.Address{0xfe}) {
			t.Errorf("block %d fee recipient %s", n, rec.Block.Coinbase())
		}
	}
	if got := testutil.ToFloat64(a.p.m.produced); got < 4 {
		t.Errorf("blocks produced metric %v", got)
	}
	if got := testutil.ToFloat64(e.p.m.refused.WithLabelValues("hash")); got != 0 {
		t.Errorf("refused %v", got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st := e.p.Status(ctx)
	if st.LeaderName != "a" || st.Leader || st.Role != RoleEndpoint || st.State != "endpoint" || len(st.Members) != 2 || st.CommittedHead < 4 || st.Head+2 < st.CommittedHead {
		t.Fatalf("status %+v", st)
	}
	if len(e.p.NotReady()) != 0 {
		t.Fatalf("endpoint not ready: %v", e.p.NotReady())
	}
	if _, err := e.p.Handover(ctx, ""); !errors.Is(err, ErrNotLeader) || !strings.Contains(err.Error(), `"a"`) {
		t.Fatalf("handover on the endpoint: %v", err)
	}
	if _, err := a.p.Handover(ctx, ""); !errors.Is(err, ErrNoStandby) {
		t.Fatalf("handover without a standby: %v", err)
	}
	if _, err := a.p.Handover(ctx, "e"); !errors.Is(err, ErrNoStandby) || !strings.Contains(err.Error(), "endpoint") {
		t.Fatalf("handover to an endpoint: %v", err)
	}
	if a.role() != "leader" {
		t.Fatal("a refused handover still stepped down")
	}
}
