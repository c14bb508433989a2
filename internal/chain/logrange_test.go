package chain_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

// rpcErr is a JSON-RPC error object with a code (rpc.Error).
type rpcErr struct {
	code int
	msg  string
}

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return e.code }

// fakeEth serves eth_chainId, eth_blockNumber and eth_getLogs; getLogs
// answers refuse(from, to) when it is not nil, else one log per block.
type fakeEth struct {
	head   uint64
	refuse func(from, to uint64) error
	huge   bool // answer getLogs with a response far above any limit

	mu     sync.Mutex
	ranges [][2]uint64 // every getLogs range asked
}

func (f *fakeEth) ChainId() hexutil.Big        { return hexutil.Big(*common.Big1) }
func (f *fakeEth) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(f.head) }
func (f *fakeEth) asked() [][2]uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][2]uint64(nil), f.ranges...)
}
func (f *fakeEth) GetLogs(q map[string]any) ([]*types.Log, error) {
	from, _ := hexutil.DecodeUint64(q["fromBlock"].(string))
	to, _ := hexutil.DecodeUint64(q["toBlock"].(string))
	f.mu.Lock()
	f.ranges = append(f.ranges, [2]uint64{from, to})
	f.mu.Unlock()
	if f.refuse != nil {
		if err := f.refuse(from, to); err != nil {
			return nil, err
		}
	}
	var out []*types.Log
	n := to - from + 1
	if f.huge {
		n = 20_000
	}
	for i := uint64(0); i < n; i++ {
		out = append(out, &types.Log{Address: common.Address{1}, Topics: []common.Hash{}, Data: make([]byte, 64), BlockNumber: from + i%(to-from+1)})
	}
	return out, nil
}

// fakeEndpoint serves f over HTTP and returns its URL.
func fakeEndpoint(t *testing.T, f *fakeEth) string {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", f); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

// TestLogRangeShrinksAndGrows (issue 12 (e), chain side): an endpoint that
// answers "too many results" (-32005) for more than 100 blocks makes
// FilterLogsRange halve its range until it is accepted; the scan advances,
// the endpoint stays healthy and active, and after good answers the range
// grows back toward the maximum (and is halved again when refused).
func TestLogRangeShrinksAndGrows(t *testing.T) {
	t.Parallel()
	f := &fakeEth{head: 5000, refuse: func(from, to uint64) error {
		if to-from+1 > 100 {
			return rpcErr{-32005, "query returned more than 10000 results"}
		}
		return nil
	}}
	c := newClient(t, chain.Config{Endpoints: []string{fakeEndpoint(t, f)}})
	waitHealthy(t, c)
	r := chain.NewLogRanger(1000)
	ctx := context.Background()
	next, read := uint64(0), 0
	var sizes []uint64
	for i := 0; i < 12; i++ {
		logs, last, err := c.FilterLogsRange(ctx, ethereum.FilterQuery{}, next, 4999, r)
		if err != nil {
			t.Fatalf("round %d from %d: %v", i, next, err)
		}
		if last < next || int(last-next+1) != len(logs) {
			t.Fatalf("round %d: blocks %d-%d but %d logs", i, next, last, len(logs))
		}
		sizes = append(sizes, last-next+1)
		read += len(logs)
		next = last + 1
	}
	// 1000 -> 500 -> 250 -> 125 -> 62 accepted; 4 good answers double it to
	// 124 (refused, 62 again).
	if sizes[0] != 62 || next != uint64(read) {
		t.Errorf("ranges read %v (next %d, logs %d): want the first accepted range to be 62 blocks", sizes, next, read)
	}
	grown := false
	for _, s := range sizes {
		if s > 100 {
			t.Errorf("a range of %d blocks was accepted: %v", s, sizes)
		}
	}
	for _, q := range f.asked() {
		grown = grown || (q[0] > 62 && q[1]-q[0]+1 == 124)
	}
	if !grown {
		t.Errorf("the range never grew back after good answers: asked %v", f.asked())
	}
	eps := c.Endpoints()
	if !eps[0].Healthy || !eps[0].Active || eps[0].LastError != "" {
		t.Errorf("refused ranges marked the endpoint down: %+v", eps[0])
	}
}

// TestLogRangeErrorClassification: geth's range limit (-32602 "exceed
// maximum block range") shrinks like -32005; an invalid-params answer that
// is not about the range, and a single block still refused, are returned
// to the caller; neither marks the endpoint down. An HTTP response above
// MaxResponseBytes is cut off and counts as a refused range.
func TestLogRangeErrorClassification(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		refuse  func(from, to uint64) error
		huge    bool
		wantErr string // "" = succeeds with a smaller range
		range1  bool   // the error must wrap ErrLogRangeTooLarge
	}{
		{name: "geth range limit", refuse: func(from, to uint64) error {
			if to-from+1 > 300 {
				return rpcErr{-32602, "exceed maximum block range: 300"}
			}
			return nil
		}},
		{name: "not about the range", refuse: func(uint64, uint64) error { return rpcErr{-32602, "invalid argument 0: hex string without 0x prefix"} },
			wantErr: "hex string without 0x prefix"},
		{name: "one block too many", refuse: func(uint64, uint64) error { return rpcErr{-32005, "query returned more than 10000 results"} },
			wantErr: "refused as too large", range1: true},
		{name: "response too large", huge: true, wantErr: "refused as too large", range1: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := &fakeEth{head: 5000, refuse: tc.refuse, huge: tc.huge}
			url := fakeEndpoint(t, f)
			cfg := chain.Config{Name: "test", Endpoints: []string{url}, PollInterval: 50 * time.Millisecond, CallTimeout: 5 * time.Second, MaxResponseBytes: 1 << 20}
			c, err := chain.New(cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			c.Start(ctx)
			defer c.Close()
			waitHealthy(t, c)
			_, last, err := c.FilterLogsRange(ctx, ethereum.FilterQuery{}, 0, 999, chain.NewLogRanger(1000))
			switch {
			case tc.wantErr == "" && (err != nil || last != 249):
				t.Errorf("FilterLogsRange = last %d, %v; want blocks 0-249 (1000 halved twice)", last, err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("FilterLogsRange error %v, want one containing %q", err, tc.wantErr)
			case tc.range1 && !errors.Is(err, chain.ErrLogRangeTooLarge):
				t.Errorf("error %v does not wrap ErrLogRangeTooLarge", err)
			}
			if tc.range1 && !tc.huge {
				if a := f.asked(); a[len(a)-1] != [2]uint64{0, 0} {
					t.Errorf("last range asked %v, want the single block 0", a[len(a)-1])
				}
			}
			if eps := c.Endpoints(); !eps[0].Healthy {
				t.Errorf("endpoint marked down: %+v", eps[0])
			}
		})
	}
	if _, _, err := (&chain.Client{}).FilterLogsRange(ctx, ethereum.FilterQuery{}, 5, 4, chain.NewLogRanger(10)); err == nil || !strings.Contains(err.Error(), "expected from <= to") {
		t.Errorf("from > to: %v", err)
	}
}

// TestReconnectedSignal: when a down endpoint answers again, Reconnected's
// channel is closed, within about MinRetryInterval of the node coming back
// (not the 5 s RetryInterval of before).
func TestReconnectedSignal(t *testing.T) {
	t.Parallel()
	n := chaintest.NewNode(t, chaintest.Options{})
	p := newProxy(t, n, false)
	cfg := chain.Config{Name: "test", Endpoints: []string{p.URL("ws")}, PollInterval: 50 * time.Millisecond, RetryInterval: 5 * time.Second, CallTimeout: time.Second}
	c, err := chain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	defer c.Close()
	waitHealthy(t, c)
	back := c.Reconnected()
	select {
	case <-back:
		t.Fatal("Reconnected fired without an outage")
	default:
	}
	p.Down()
	eventually(t, "endpoint down", func() bool { return !c.Endpoints()[0].Healthy })
	time.Sleep(300 * time.Millisecond) // a few failed redials
	restored := time.Now()
	p.Restore()
	select {
	case <-back:
	case <-time.After(10 * time.Second):
		t.Fatal("Reconnected did not fire after the endpoint came back")
	}
	if took := time.Since(restored); took > 2*time.Second {
		t.Errorf("reconnected %s after the endpoint came back; want well under the 5 s retry interval", took)
	}
	if next := c.Reconnected(); next == back {
		t.Error("Reconnected returned the fired channel again")
	}
}

func ExampleClient_FilterLogsRange() {
	// A scan loop: each call reads at most r.Size() blocks, shrinking the
	// range when the endpoint refuses it, and says where to continue.
	var c *chain.Client // started with chain.New and Start
	r := chain.NewLogRanger(1000)
	scan := func(ctx context.Context, from, to uint64) error {
		for from <= to {
			logs, last, err := c.FilterLogsRange(ctx, ethereum.FilterQuery{Addresses: []common.Address{{1}}}, from, to, r)
			if err != nil {
				return err
			}
			fmt.Println(len(logs), "logs in blocks", from, "to", last)
			from = last + 1
		}
		return nil
	}
	_ = scan
}
