package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

// fakeClock is a Config.Now that moves only when told.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// gather returns every sample of reg as "name{label="value",...}" -> value
// (histograms as name_count and name_sum).
func gather(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetName()+`="`+l.GetValue()+`"`)
			}
			sort.Strings(labels)
			key := func(suffix string) string { return mf.GetName() + suffix + "{" + strings.Join(labels, ",") + "}" }
			switch mf.GetType() {
			case dto.MetricType_COUNTER:
				out[key("")] = m.GetCounter().GetValue()
			case dto.MetricType_GAUGE:
				out[key("")] = m.GetGauge().GetValue()
			case dto.MetricType_HISTOGRAM:
				out[key("_count")] = float64(m.GetHistogram().GetSampleCount())
				out[key("_sum")] = m.GetHistogram().GetSampleSum()
			}
		}
	}
	return out
}

// pollRound drives one round of the poll loop (tests set PollInterval to an
// hour so the loop's own ticks do not interfere).
func pollRound(m *Manager) { m.poll(context.Background()) }

// TestClockDecidesResubmission: with an injected clock, a transaction is
// resubmitted exactly when ResubmitAfter has passed on that clock, never
// before, however long the test really takes; the confirmation latency is
// measured on the same clock.
func TestClockDecidesResubmission(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(10))
	clock := newFakeClock()
	metrics := NewMetrics("parent", prometheus.Labels{"node": "op1"})
	reg := prometheus.NewRegistry()
	reg.MustRegister(metrics.Collectors()...)
	cfg := testConfig()
	cfg.PollInterval = time.Hour
	cfg.ResubmitAfter = 30 * time.Second
	cfg.Now = clock.Now
	cfg.Metrics = metrics
	m := startManager(t, c.Client(), key, nil, cfg)
	eventually(t, "first poll", func() bool { m.mu.Lock(); defer m.mu.Unlock(); return m.nonceReady })

	tx, err := m.Send(context.Background(), Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(29 * time.Second)
	pollRound(m)
	if s := m.Stats(); s.Resubmitted != 0 || len(tx.Hashes()) != 1 {
		t.Fatalf("resubmitted after 29s of a 30s ResubmitAfter: %+v", s)
	}
	clock.Advance(time.Second)
	pollRound(m)
	if s := m.Stats(); s.Resubmitted != 1 || len(tx.Hashes()) != 2 {
		t.Fatalf("not resubmitted once at 30s: stats %+v, %d versions", s, len(tx.Hashes()))
	}
	// The resubmission restarts the wait.
	clock.Advance(29 * time.Second)
	pollRound(m)
	if s := m.Stats(); s.Resubmitted != 1 {
		t.Fatalf("resubmitted again 29s after the last resubmission: %+v", s)
	}

	clock.Advance(2 * time.Second) // 61s after the first broadcast
	c.Commit()
	pollRound(m)
	if rcpt := wait(t, tx); rcpt.TxHash != tx.Hashes()[1] {
		t.Fatalf("mined %s, want the resubmitted version %s", rcpt.TxHash, tx.Hashes()[1])
	}

	got := gather(t, reg)
	l := `{chain="parent",node="op1"}`
	for name, want := range map[string]float64{
		"servicechain_txmgr_sent_total" + l:                                                 1,
		"servicechain_txmgr_resubmissions_total" + l:                                        1,
		`servicechain_txmgr_confirmed_total{chain="parent",node="op1",status="success"}`:    1,
		`servicechain_txmgr_confirmed_total{chain="parent",node="op1",status="reverted"}`:   0,
		"servicechain_txmgr_confirmation_latency_seconds_count" + l:                         1,
		"servicechain_txmgr_confirmation_latency_seconds_sum" + l:                           61,
		"servicechain_txmgr_versions_per_tx_sum" + l:                                        2,
		"servicechain_txmgr_pending_txs" + l:                                                0,
		"servicechain_txmgr_nonce" + l:                                                      1,
		"servicechain_txmgr_funded" + l:                                                     1,
		"servicechain_txmgr_fee_ceiling" + l:                                                0,
		"servicechain_txmgr_gap_fills_total" + l:                                            0,
		`servicechain_txmgr_refused_total{chain="parent",node="op1",reason="would_revert"}`: 0,
	} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("%s = %v (present %v), want %v", name, v, ok, want)
		}
	}
	mined, _, _ := c.Client().TransactionByHash(context.Background(), tx.Hashes()[1])
	if v := got["servicechain_txmgr_fee_cap_wei"+l]; v != float64(mined.GasFeeCap().Uint64()) {
		t.Errorf("fee_cap_wei = %v, want the resubmitted version's %v", v, mined.GasFeeCap())
	}
	if v := got["servicechain_txmgr_balance_wei"+l]; v <= 0 {
		t.Errorf("balance_wei = %v", v)
	}
}

// TestClockDecidesGapFill: the nonce gap is filled only once the lowest
// pending transaction has waited ResubmitAfter on the injected clock.
//
// The clock is injected and the test runs every poll round itself; what it
// does not control is go-ethereum's pool, which promotes a queued
// transaction to pending on its own goroutine. Under load (3 busy loops on
// 2 cores) 1 run in 80, then 1 in 120, failed: the resubmitted nonce 1 was still queued
// behind the gap fill when the block was sealed (chaintest's TxPool.Sync did
// not promote it), so the one Commit mined only the gap fill and the tx
// waited forever (the loop's own polls are an hour apart). So the test waits
// for the pool's state where it matters (nonce 0 pending before the manager
// reads its nonce) and seals blocks until the queue has moved, with a
// deadline, instead of assuming one block holds both.
func TestClockDecidesGapFill(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, addr := c.newFundedKey(t, chaintest.Ether(1))
	c.sendRaw(t, key, 0, sink, big.NewInt(1), gwei(1), gwei(10)) // another program holds nonce 0
	eventually(t, "nonce 0 pending in the pool", func() bool {
		n, err := c.Client().PendingNonceAt(context.Background(), addr)
		return err == nil && n == 1
	})
	clock := newFakeClock()
	cfg := testConfig()
	cfg.PollInterval = time.Hour
	cfg.ResubmitAfter = time.Minute
	cfg.Now = clock.Now
	m := startManager(t, c.Client(), key, nil, cfg)
	eventually(t, "first poll", func() bool { m.mu.Lock(); defer m.mu.Unlock(); return m.nonceReady })
	tx, err := m.Send(context.Background(), Request{To: sink, Value: big.NewInt(1)})
	if err != nil || tx.Nonce() != 1 {
		t.Fatalf("send: %v; want nonce 1", err)
	}
	c.Eth.TxPool().Clear() // nonce 0 is gone: a gap

	clock.Advance(59 * time.Second)
	pollRound(m)
	if s := m.Stats(); s.GapFills != 0 {
		t.Fatalf("gap filled before ResubmitAfter: %+v", s)
	}
	clock.Advance(time.Second)
	pollRound(m)
	if s := m.Stats(); s.GapFills != 1 {
		t.Fatalf("gap not filled at ResubmitAfter: %+v", s)
	}
	// The gap fill and the resubmitted nonce 1 are mined (in one block, or
	// two when the pool promotes nonce 1 after the first is sealed).
	for i := 0; ; i++ {
		c.Commit()
		pollRound(m)
		if settled(tx) {
			break
		}
		if i == 10 {
			t.Fatalf("nonce 1 not mined in %d blocks after the gap fill", i+1)
		}
	}
	if rcpt := wait(t, tx); rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("reverted")
	}
	if s := m.Stats(); s.GapFills != 1 {
		t.Fatalf("gap filled again after it moved: %+v", s)
	}
}

// settled reports whether tx is done (mined, replaced or stopped).
func settled(tx *Tx) bool {
	select {
	case <-tx.Done():
		return true
	default:
		return false
	}
}

// TestMetricsMatchStats runs the refusals and the in-transit failure through
// a manager and checks the Prometheus counters say what Stats says.
func TestMetricsMatchStats(t *testing.T) {
	t.Parallel()
	reverter := common.Address{0xc3}
	c := newTestChain(t, types.GenesisAlloc{reverter: {Code: revertCode([]byte("no"))}})
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	metrics := NewMetrics("child", nil)
	reg := prometheus.NewRegistry()
	reg.MustRegister(metrics.Collectors()...)
	// A second manager's collectors on the same registry (another chain).
	reg.MustRegister(NewMetrics("parent", nil).Collectors()...)
	cfg := testConfig()
	cfg.Metrics = metrics
	m := startManager(t, &lossySend{Backend: c.Client()}, key, nil, cfg)
	ctx := context.Background()

	if _, err := m.Send(ctx, Request{To: reverter}); !errors.Is(err, ErrWouldRevert) {
		t.Fatalf("send to a reverting contract: %v", err)
	}
	if _, err := m.Send(ctx, Request{To: sink, Value: chaintest.Ether(5)}); !errors.Is(err, ErrOutOfFunds) {
		t.Fatalf("send above the balance: %v", err)
	}
	tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)}) // fails in transit, re-broadcast by the loop
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, "re-broadcast", func() bool { return m.Stats().Rebroadcasts >= 1 })
	c.Commit()
	wait(t, tx)
	eventually(t, "pending gauge back to 0", func() bool {
		return gather(t, reg)[`servicechain_txmgr_pending_txs{chain="child"}`] == 0
	})

	s := m.Stats()
	got := gather(t, reg)
	l := func(name, extra string) string {
		if extra != "" {
			return name + `{chain="child",` + extra + "}"
		}
		return name + `{chain="child"}`
	}
	for name, want := range map[string]uint64{
		l("servicechain_txmgr_sent_total", ""):                         s.Sent,
		l("servicechain_txmgr_rebroadcasts_total", ""):                 s.Rebroadcasts,
		l("servicechain_txmgr_rpc_errors_total", ""):                   s.RPCErrors,
		l("servicechain_txmgr_refused_total", `reason="would_revert"`): s.WouldRevert,
		l("servicechain_txmgr_refused_total", `reason="out_of_funds"`): s.OutOfFunds,
		l("servicechain_txmgr_confirmed_total", `status="success"`):    s.Mined,
	} {
		if got[name] != float64(want) {
			t.Errorf("%s = %v, Stats says %d", name, got[name], want)
		}
	}
	if s.Sent != 1 || s.WouldRevert != 1 || s.OutOfFunds != 1 || s.Rebroadcasts == 0 || s.RPCErrors == 0 || s.Mined != 1 {
		t.Errorf("stats %+v", s)
	}
	if got[`servicechain_txmgr_sent_total{chain="parent"}`] != 0 {
		t.Error("the other manager's metrics moved")
	}
}

func TestNoopMetricsDefault(t *testing.T) {
	t.Parallel()
	key, _ := chaintest.NewKey(t)
	m, err := New(testConfig(), noBaseFee{}, key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.metrics.(NoopMetrics); !ok || m.now == nil {
		t.Fatalf("defaults: metrics %T, clock set %v", m.metrics, m.now != nil)
	}
}

// rejectError is a JSON-RPC error object, as a node answers a refusal.
type rejectError struct{}

func (rejectError) Error() string  { return "exceeds block gas limit" }
func (rejectError) ErrorCode() int { return -32000 }

// refuseAfterFirst passes the first SendTransaction on and refuses the others.
type refuseAfterFirst struct {
	Backend
	sends sync.Mutex
	n     int
}

func (b *refuseAfterFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.sends.Lock()
	b.n++
	n := b.n
	b.sends.Unlock()
	if n > 1 {
		return rejectError{}
	}
	return b.Backend.SendTransaction(ctx, tx)
}

// TestRefusedReplacementKeepsJournal: when the node refuses a replacement, the
// version in force stays current, in memory and in the journal (a restart
// re-broadcasts what the node holds), and the refusal is counted.
func TestRefusedReplacementKeepsJournal(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	clock := newFakeClock()
	cfg := testConfig()
	cfg.PollInterval = time.Hour
	cfg.ResubmitAfter = 30 * time.Second
	cfg.Now = clock.Now
	j := NewMemoryJournal()
	m := startManager(t, &refuseAfterFirst{Backend: c.Client()}, key, j, cfg)
	eventually(t, "first poll", func() bool { m.mu.Lock(); defer m.mu.Unlock(); return m.nonceReady })
	tx, err := m.Send(context.Background(), Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	first := tx.Transaction()
	clock.Advance(30 * time.Second)
	pollRound(m)
	if s := m.Stats(); s.Rejected != 1 || s.Resubmitted != 0 {
		t.Fatalf("stats %+v: want the replacement counted as rejected, not resubmitted", s)
	}
	if tx.Transaction().Hash() != first.Hash() {
		t.Fatalf("current version %s, want the first %s", tx.Transaction().Hash(), first.Hash())
	}
	recs, _ := j.LoadTxs()
	raw, _ := first.MarshalBinary()
	if len(recs) != 1 || string(recs[0].Raw) != string(raw) || len(recs[0].Hashes) != 2 {
		t.Fatalf("journal %+v: want the first version to re-broadcast, both hashes to look up", recs)
	}
	c.Commit()
	pollRound(m)
	if rcpt := wait(t, tx); rcpt.TxHash != first.Hash() {
		t.Fatalf("mined %s, want %s", rcpt.TxHash, first.Hash())
	}
}
