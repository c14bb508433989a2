package bridge_test

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
)

// BenchmarkBurst measures request-to-handle latency and throughput for a
// burst of transfers (issue 3): a devnet with 3 nodes, threshold 2, 1-second
// blocks and 0 confirmations; BENCH_TRANSFERS native transfers (default
// 1,000) parent -> child sent at once from 9 accounts. Latency is read from the
// chains: request block timestamp to handle block timestamp (1-second
// resolution), and destination blocks from the destination head at request
// time to the handle block. With BENCH_MEMORY=1 it then runs operator 1 as a
// separate `servicechain bridge run` process on the store that now holds the
// handled requests, sends 100 more transfers through it and reports the
// process's peak resident memory.
//
//	go test -run '^$' -bench Burst -benchtime 1x ./internal/bridge/
//	BENCH_TRANSFERS=10000 BENCH_MEMORY=1 go test -run '^$' -bench Burst -benchtime 1x -timeout 30m ./internal/bridge/
func BenchmarkBurst(b *testing.B) {
	n := envInt(b, "BENCH_TRANSFERS", 1000)
	for iter := 0; iter < b.N; iter++ {
		b.StopTimer()
		d := startDevnet(b, 3, 2, func(i int, c *config.Config) {
			c.Bridge.PollInterval = 250 * time.Millisecond
			c.Bridge.RecoveryInterval = 5 * time.Second
			c.Anchoring.Enabled = false
		})
		parent, child := sides(d)
		b.StartTimer()
		start := time.Now()
		reqs := burst(b, d, parent, n)
		sent := time.Since(start)
		waitLower(b, child, uint64(len(reqs)), 30*time.Minute)
		elapsed := time.Since(start)
		b.StopTimer()
		r := measure(b, d, parent, child, reqs)
		b.ReportMetric(r.p50s, "p50-s")
		b.ReportMetric(r.p95s, "p95-s")
		b.ReportMetric(r.p99s, "p99-s")
		b.ReportMetric(r.p50b, "p50-blocks")
		b.ReportMetric(r.p95b, "p95-blocks")
		b.ReportMetric(r.p99b, "p99-blocks")
		b.ReportMetric(float64(n)/elapsed.Seconds(), "transfers/s")
		fmt.Printf("burst of %d transfers parent->child, 3 nodes, threshold 2, 1s blocks, 0 confirmations\n", n)
		fmt.Printf("  sent in %.1fs; all handled after %.1fs: %.1f transfers/s (wall clock); %.1f transfers/s over the handle blocks\n",
			sent.Seconds(), elapsed.Seconds(), float64(n)/elapsed.Seconds(), r.chainTPS)
		fmt.Printf("  latency seconds p50 %.0f p95 %.0f p99 %.0f (block timestamps); destination blocks p50 %.0f p95 %.0f p99 %.0f\n",
			r.p50s, r.p95s, r.p99s, r.p50b, r.p95b, r.p99b)
		fmt.Printf("  destination: %d vote txs, %.0f vote gas per transfer, request blocks %d-%d, handle blocks %d-%d, max gas used in a block %d of %d\n",
			r.voteTxs, r.gasPerTransfer, r.firstReqBlock, r.lastReqBlock, r.firstHandleBlock, r.lastHandleBlock, r.maxBlockGas, r.gasLimit)
		if os.Getenv("BENCH_MEMORY") != "" {
			nodeMemory(b, d, parent, child, len(reqs))
		}
		d.Close()
	}
}

// BenchmarkSteady measures latency at a load the chain's gas limit does not
// bound: BENCH_RATE transfers per second (default 20) parent -> child for
// BENCH_SECONDS (default 30), 3 nodes, threshold 2, 1-second blocks, 0
// confirmations. This is the latency a user sees in normal operation; the
// burst benchmark shows what happens when requests outrun block gas.
//
//	go test -run '^$' -bench Steady -benchtime 1x ./internal/bridge/
func BenchmarkSteady(b *testing.B) {
	rate, secs := envInt(b, "BENCH_RATE", 20), envInt(b, "BENCH_SECONDS", 30)
	for iter := 0; iter < b.N; iter++ {
		b.StopTimer()
		d := startDevnet(b, 3, 2, func(i int, c *config.Config) {
			c.Bridge.PollInterval = 250 * time.Millisecond
			c.Bridge.RecoveryInterval = 5 * time.Second
			c.Anchoring.Enabled = false
		})
		parent, child := sides(d)
		b.StartTimer()
		var reqs []*types.Receipt
		tick := time.NewTicker(time.Second)
		for s := 0; s < secs; s++ {
			reqs = append(reqs, burst(b, d, parent, rate)...)
			<-tick.C
		}
		tick.Stop()
		waitLower(b, child, uint64(len(reqs)), 5*time.Minute)
		b.StopTimer()
		r := measure(b, d, parent, child, reqs)
		b.ReportMetric(r.p50b, "p50-blocks")
		b.ReportMetric(r.p99b, "p99-blocks")
		fmt.Printf("steady stream of %d transfers/s for %ds parent->child (%d transfers), 3 nodes, threshold 2, 1s blocks, 0 confirmations\n", rate, secs, len(reqs))
		fmt.Printf("  latency seconds p50 %.0f p95 %.0f p99 %.0f (block timestamps); destination blocks p50 %.0f p95 %.0f p99 %.0f\n",
			r.p50s, r.p95s, r.p99s, r.p50b, r.p95b, r.p99b)
		fmt.Printf("  destination: %d vote txs, %.0f vote gas per transfer, max gas used in a block %d of %d\n", r.voteTxs, r.gasPerTransfer, r.maxBlockGas, r.gasLimit)
		d.Close()
	}
}

func envInt(b *testing.B, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("%s=%q: expected a positive integer", name, v)
	}
	return n
}

// maxWave bounds the requests in flight at once: the dev chain's transaction
// pool keeps 5,120 executable transactions (go-ethereum's default global slots).
const maxWave = 2000

// burst sends n native transfers parent -> child from accounts 1..9, each
// account with its own nonce stream, in waves of at most maxWave (each wave
// mined before the next is sent), and returns the mined request receipts.
func burst(b *testing.B, d *devnet.Devnet, parent side, n int) []*types.Receipt {
	var out []*types.Receipt
	for n > 0 {
		w := min(n, maxWave)
		out = append(out, wave(b, d, parent, w)...)
		n -= w
	}
	return out
}

func wave(b *testing.B, d *devnet.Devnet, parent side, n int) []*types.Receipt {
	ctx := context.Background()
	c := d.Parent.Client()
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(parent.chainID))
	tip := big.NewInt(1_000_000_000)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	const senders = 9
	txs := make([]*types.Transaction, 0, n)
	for s := 1; s <= senders; s++ {
		key := devnet.AccountKey(s)
		nonce, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
		if err != nil {
			b.Fatal(err)
		}
		for i := s - 1; i < n; i += senders {
			to := common.BigToAddress(big.NewInt(int64(0xb0b0000 + i)))
			data := bridgeABI.PackRequestNativeTransfer(to, big.NewInt(int64(1000+i)), []byte{})
			tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: signer.ChainID(), Nonce: nonce, To: &parent.bridge,
				Value: big.NewInt(int64(1000 + i)), Gas: 200_000, GasTipCap: tip, GasFeeCap: feeCap, Data: data})
			nonce++
			txs = append(txs, tx)
		}
	}
	for _, tx := range txs {
		if err := c.SendTransaction(ctx, tx); err != nil {
			b.Fatalf("send request: %v", err)
		}
	}
	rcpts := make([]*types.Receipt, len(txs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for i, tx := range txs {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, h common.Hash) {
			defer func() { <-sem; wg.Done() }()
			wctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
			defer cancel()
			r, err := bind.WaitMined(wctx, c, h)
			if err != nil || r.Status != 1 {
				b.Errorf("request %s: %v", h, err)
				return
			}
			rcpts[i] = r
		}(i, tx.Hash())
	}
	wg.Wait()
	if b.Failed() {
		b.FailNow()
	}
	return rcpts
}

// waitLower waits until the destination's lowerHandleNonce reaches n.
func waitLower(b *testing.B, dst side, n uint64, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		lower, err := bind.Call(bridgeABI.Instance(dst.client, dst.bridge), nil, bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce)
		if err == nil && lower >= n {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	b.Fatalf("lowerHandleNonce did not reach %d within %s", n, timeout)
}

type burstResult struct {
	p50s, p95s, p99s, p50b, p95b, p99b float64
	chainTPS, gasPerTransfer           float64
	voteTxs                            int
	firstReqBlock, lastReqBlock        uint64
	firstHandleBlock, lastHandleBlock  uint64
	maxBlockGas, gasLimit              uint64
	requestTimes                       map[uint64]uint64 // nonce -> request block timestamp
}

// measure reads every request and handle back from the chains.
func measure(b *testing.B, d *devnet.Devnet, parent, child side, reqs []*types.Receipt) burstResult {
	ctx := context.Background()
	pc, cc := d.Parent.Client(), d.Child.Client()
	reqTime := map[uint64]uint64{} // nonce -> request block timestamp
	headerTime := map[uint64]uint64{}
	var res burstResult
	res.firstReqBlock = ^uint64(0)
	for _, r := range reqs {
		bn := r.BlockNumber.Uint64()
		if _, ok := headerTime[bn]; !ok {
			h, err := pc.HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				b.Fatal(err)
			}
			headerTime[bn] = h.Time
		}
		ev, err := bridgeABI.UnpackRequestValueTransferEvent(r.Logs[len(r.Logs)-1])
		if err != nil {
			b.Fatal(err)
		}
		reqTime[ev.RequestNonce] = headerTime[bn]
		res.firstReqBlock = min(res.firstReqBlock, bn)
		res.lastReqBlock = max(res.lastReqBlock, bn)
	}
	// Destination blocks with their timestamps, from a little before the first
	// request to the head.
	head, err := cc.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	type blk struct {
		num, time, gas uint64
	}
	var blocks []blk
	var from uint64
	firstTime := headerTime[res.firstReqBlock]
	for n := head; ; n-- {
		h, err := cc.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			b.Fatal(err)
		}
		blocks = append(blocks, blk{n, h.Time, h.GasUsed})
		res.gasLimit = h.GasLimit
		if h.Time+5 < firstTime || n == 0 {
			from = n
			break
		}
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i].num < blocks[j].num })
	timeOf := map[uint64]uint64{}
	for _, bl := range blocks {
		timeOf[bl.num] = bl.time
		res.maxBlockGas = max(res.maxBlockGas, bl.gas)
	}
	// dstHeadAt returns the destination head when a source block with timestamp ts was made.
	dstHeadAt := func(ts uint64) uint64 {
		var h uint64
		for _, bl := range blocks {
			if bl.time <= ts {
				h = bl.num
			}
		}
		return h
	}
	logs, err := cc.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{child.bridge},
		Topics: [][]common.Hash{{bridgeABI.GetABI().Events["HandleValueTransfer"].ID}}})
	if err != nil {
		b.Fatal(err)
	}
	var secs, blks []float64
	res.firstHandleBlock = ^uint64(0)
	for i := range logs {
		ev, err := bridgeABI.UnpackHandleValueTransferEvent(&logs[i])
		if err != nil {
			continue
		}
		rt, ok := reqTime[ev.HandleNonce]
		if !ok {
			continue
		}
		ht := timeOf[logs[i].BlockNumber]
		secs = append(secs, float64(ht)-float64(rt))
		blks = append(blks, float64(logs[i].BlockNumber)-float64(dstHeadAt(rt)))
		res.firstHandleBlock = min(res.firstHandleBlock, logs[i].BlockNumber)
		res.lastHandleBlock = max(res.lastHandleBlock, logs[i].BlockNumber)
	}
	if len(secs) != len(reqs) {
		b.Fatalf("found %d handle events for %d requests", len(secs), len(reqs))
	}
	res.p50s, res.p95s, res.p99s = percentile(secs, 50), percentile(secs, 95), percentile(secs, 99)
	res.p50b, res.p95b, res.p99b = percentile(blks, 50), percentile(blks, 95), percentile(blks, 99)
	span := float64(timeOf[res.lastHandleBlock]) - float64(firstTime)
	if span > 0 {
		res.chainTPS = float64(len(reqs)) / span
	}
	a := auditChain(b, cc, child.chainID, child.bridge, from)
	res.voteTxs = a.voteTxs
	res.gasPerTransfer = float64(a.voteGas) / float64(len(reqs))
	res.requestTimes = reqTime
	return res
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(float64(len(s)-1) * p / 100)
	return s[i]
}

// nodeMemory replaces in-process operator 1 by a `servicechain bridge run`
// process on the same store, sends 100 more transfers through the bridge,
// and reports that process's peak and current resident memory.
func nodeMemory(b *testing.B, d *devnet.Devnet, parent, child side, handled int) {
	bin := filepath.Join(b.TempDir(), "servicechain")
	build := exec.Command("go", "build", "-o", bin, "github.com/servicechain/servicechain/cmd/servicechain")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	if err := d.StopNode(0); err != nil {
		b.Fatal(err)
	}
	// The chains listen on the same ports as when bridge.toml was written.
	cmd := exec.Command(bin, "--log-level", "warn", "bridge", "run", "--config", d.NodeConfigPath(0))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	// Take node 2 out so the separate process is needed for the threshold.
	if err := d.StopNode(1); err != nil {
		b.Fatal(err)
	}
	more := burst(b, d, parent, 100)
	_ = more
	waitLower(b, child, uint64(handled+100), 5*time.Minute)
	time.Sleep(5 * time.Second) // a recovery round and a few polls on the full store
	hwm, rss := procMemory(b, cmd.Process.Pid)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("  node process (operator 1, %d handled requests in its store): peak RSS %.1f MiB, current RSS %.1f MiB\n", handled+100, hwm, rss)
	b.ReportMetric(hwm, "node-peak-RSS-MiB")
}

// procMemory reads VmHWM and VmRSS (MiB) of a process from /proc.
func procMemory(b *testing.B, pid int) (hwm, rss float64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(fields[1], 64)
		switch fields[0] {
		case "VmHWM:":
			hwm = kb / 1024
		case "VmRSS:":
			rss = kb / 1024
		}
	}
	return hwm, rss
}
