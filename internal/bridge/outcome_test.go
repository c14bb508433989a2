package bridge

import (
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// receiptDirection is a direction with a real store and no chain traffic:
// enough to drive its receipt handler.
func receiptDirection(t *testing.T) *direction {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "bridge.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	dst, err := chain.New(chain.Config{Name: "child", Endpoints: []string{"http://127.0.0.1:1"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &direction{name: ParentToChild, dstChain: "child", dst: dst, dstBridge: fuzzBridge, st: st,
		cfg: directionConfig{plan: testCfg}, log: slog.New(slog.DiscardHandler), m: newMetrics("t"),
		inflight: map[uint64]*txmgr.Tx{}, lastCheck: map[uint64]time.Time{}, fails: map[uint64]*failure{}}
}

// TestReceiptHandlerMalformed (issue 12 (f)): malformed receipts and logs fed
// to the vote receipt handler cause no panic, record nothing, and leave the
// request open; a well-formed log next to malformed ones still counts.
func TestReceiptHandlerMalformed(t *testing.T) {
	good := seedLogs(t)
	handle, failed := good[2], good[3] // HandleValueTransfer and HandleFailed of nonce 3
	missingTopic := *handle
	missingTopic.Topics = handle.Topics[:1] // the indexed requestTxHash is gone
	badData := *failed
	badData.Data = []byte{0x01, 0x02}
	noTopics := types.Log{Address: fuzzBridge, Data: handle.Data}
	rcpt := func(block *big.Int, logs ...*types.Log) *types.Receipt {
		return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: block, Logs: logs, TxHash: common.Hash{7}}
	}
	cases := []struct {
		name string
		rcpt *types.Receipt
		want store.RequestState
	}{
		{"no receipt at all", nil, store.StateVoted},
		{"receipt without blockNumber", rcpt(nil, handle), store.StateVoted},
		{"HandleValueTransfer with a missing topic", rcpt(big.NewInt(9), &missingTopic), store.StateVoted},
		{"HandleFailed with truncated data", rcpt(big.NewInt(9), &badData), store.StateVoted},
		{"a bridge log without topics and a nil log", rcpt(big.NewInt(9), &noTopics, nil), store.StateVoted},
		{"malformed logs around a good HandleValueTransfer", rcpt(big.NewInt(9), &missingTopic, nil, handle, &badData), store.StateHandled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := receiptDirection(t)
			r := &store.Request{Nonce: 3, State: store.StateVoted, ValueOrTokenID: big.NewInt(5), FirstSeen: time.Now()}
			if err := d.st.PutRequest(d.name, *r); err != nil {
				t.Fatal(err)
			}
			d.applyReceipt(context.Background(), c.rcpt, []*store.Request{r}, kindHandle)
			got, ok, err := d.st.GetRequest(d.name, 3)
			if err != nil || !ok {
				t.Fatalf("request gone from the store: %v %v", ok, err)
			}
			if got.State != c.want {
				t.Errorf("state %s, want %s", got.State, c.want)
			}
			if c.want.Open() && len(d.fails) != 0 {
				t.Errorf("a malformed receipt started a backoff: %+v", d.fails)
			}
			if c.rcpt != nil && c.rcpt.BlockNumber != nil && c.want.Open() && testutil.ToFloat64(d.m.malformedLogs.WithLabelValues(d.name)) == 0 {
				t.Errorf("malformed logs not counted in servicechain_malformed_logs_total")
			}
		})
	}
	t.Run("a well-formed HandleFailed starts the backoff with its reason", func(t *testing.T) {
		d := receiptDirection(t)
		r := &store.Request{Nonce: 3, State: store.StateVoted, ValueOrTokenID: big.NewInt(5)}
		d.applyReceipt(context.Background(), rcpt(big.NewInt(9), failed), []*store.Request{r}, kindHandle)
		f := d.fails[3]
		if f == nil || f.tries != 1 || f.reason != "0xdeadbeef" || r.State != store.StateFailed || r.Failures != 1 || r.FailReason != "0xdeadbeef" {
			t.Errorf("failure %+v, request %+v", f, r)
		}
		if got := testutil.ToFloat64(d.m.payoutFailures.WithLabelValues(d.name)); got != 1 {
			t.Errorf("servicechain_payout_failures_total = %v, want 1", got)
		}
	})
}

// TestGuardedRound: a panic inside a round becomes that round's error and
// is counted; the caller (the loop) goes on.
func TestGuardedRound(t *testing.T) {
	m := newMetrics("t")
	err := guarded(slog.New(slog.DiscardHandler), m, "p2c/vote", func() error {
		var l *types.Log
		_ = l.Topics[0] // a nil-pointer panic, as a malformed answer could cause
		return nil
	})
	if err == nil {
		t.Fatal("a panicking round returned no error")
	}
	if got := testutil.ToFloat64(m.panics.WithLabelValues("p2c/vote")); got != 1 {
		t.Errorf("servicechain_bridge_panics_total = %v, want 1", got)
	}
	func() {
		defer contain(slog.New(slog.DiscardHandler), m, "p2c/await")
		panic("boom")
	}()
	if got := testutil.ToFloat64(m.panics.WithLabelValues("p2c/await")); got != 1 {
		t.Errorf("contain did not count the panic")
	}
}
