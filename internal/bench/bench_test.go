package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

func TestStats(t *testing.T) {
	if s := stats(nil); s != (Stats{}) {
		t.Fatalf("empty: %+v", s)
	}
	var v []float64
	for i := 100; i >= 1; i-- {
		v = append(v, float64(i))
	}
	s := stats(v)
	if s.P50 != 50 || s.P95 != 95 || s.P99 != 99 || s.Max != 100 || s.Mean != 50.5 {
		t.Fatalf("1..100: %+v", s)
	}
	if s := stats([]float64{7}); s.P50 != 7 || s.P99 != 7 || s.Max != 7 {
		t.Fatalf("one value: %+v", s)
	}
}

func TestReport(t *testing.T) {
	r := &Result{Direction: "parent->child", Operators: 4, Threshold: 2, Senders: 8, Drain: true, Handled: 10,
		Sent:           Sent{Count: 10, FirstNonce: 5, LastNonce: 14, FirstBlock: 3, LastBlock: 4},
		LatencySeconds: Stats{P50: 2, P95: 3, P99: 4}, TransfersPerSecond: 2.5,
		Gas:          Gas{OperatorTxs: 3, Gas: 300_000, PerTransfer: 30_000, BatchTxs: 2, BatchVotes: 20, BatchGas: 200_000, PerBatchedVote: 10_000, Reverted: 1, RevertedGas: 100_000},
		DrainSeconds: 6, DrainBlocks: 7}
	var b bytes.Buffer
	if err := PrintTable(&b, []*Result{r}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"parent->child", "2 of 4", "10 (nonces 5-14)", "2 / 3 / 4", "10000 (20 entries in 2 txs)", "100000 (10000 per transfer)", "backlog drain (s, blocks)", "6, 7"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	path := filepath.Join(t.TempDir(), "r.json")
	if err := (&Report{Count: 10, Results: []*Result{r}}).WriteJSON(path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte(`"direction": "parent->child"`)) {
		t.Errorf("JSON escapes the direction:\n%s", raw)
	}
	var back Report
	if err := json.Unmarshal(raw, &back); err != nil || back.Results[0].Gas.BatchVotes != 20 || back.Results[0].LastNonce != 14 {
		t.Fatalf("round trip: %v %+v", err, back)
	}
}

func TestOptionErrors(t *testing.T) {
	ec := &ethclient.Client{}
	key, _ := crypto.GenerateKey()
	good := Options{Src: Chain{Client: ec, Bridge: common.Address{1}}, Dst: Chain{Client: ec, Bridge: common.Address{2}}, Senders: nil, Count: 1}
	for name, tc := range map[string]struct {
		edit func(o *Options)
		want string
	}{
		"no senders":     {func(o *Options) {}, "no sender accounts"},
		"count":          {func(o *Options) { o.Senders = append(o.Senders, key); o.Count = 0 }, "count 0: expected at least 1"},
		"negative value": {func(o *Options) { o.Senders = append(o.Senders, key); o.Value = big.NewInt(-1) }, "value -1 wei"},
		"no bridge":      {func(o *Options) { o.Senders = append(o.Senders, key); o.Dst.Bridge = common.Address{} }, "bridge addresses are required"},
		"no client":      {func(o *Options) { o.Senders = append(o.Senders, key); o.Src.Client = nil }, "clients are required"},
		"hostile token":  {func(o *Options) { o.Senders = append(o.Senders, key); o.Hostile = 0.1; o.Token = common.Address{3} }, "hostile bursts are native coin only"},
	} {
		o := good
		tc.edit(&o)
		_, err := Run(context.Background(), o)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", name, err, tc.want)
		}
	}
}
