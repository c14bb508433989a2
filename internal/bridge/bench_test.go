package bridge_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"maps"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/bench"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
)

// The in-process benchmarks of issue 3: a devnet with 3 nodes, threshold 2,
// 1-second blocks, 0 confirmations, poll interval 100 ms. They drive
// internal/bench (what `servicechain bench` runs), which reads every number
// back from the chains: latency from the request block timestamp to the handle
// block timestamp (1-second resolution) and in destination blocks from the
// destination head at request time to the handle block; vote gas from the
// operators' receipts.

// maxWave bounds the requests in flight at once: the dev chain's transaction
// pool keeps 5,120 executable transactions (go-ethereum's default global slots).
const maxWave = 2000

// benchDevnet starts BENCH_OPERATORS operators (default 3) with threshold
// BENCH_THRESHOLD (default 2); BENCH_ATTESTATION=1 turns on
// signature-aggregated handles (issue 14), every node fetching from every
// other's endpoint, with attestation.grace BENCH_ATTESTATION_GRACE (a Go
// duration; default the config's). BENCH_POLL_INTERVAL (a Go duration,
// default 100 ms) is every node's bridge.poll_interval; BENCH_VOTE_GRACE (a
// Go duration, default the config's 3 s) is bridge.vote_grace, which is also
// the signature path's takeover wait.
func benchDevnet(b *testing.B) *devnet.Devnet {
	n, k := envInt(b, "BENCH_OPERATORS", 3), envInt(b, "BENCH_THRESHOLD", 2)
	attestation := os.Getenv("BENCH_ATTESTATION") == "1"
	listen := make([]string, n)
	for i := range listen {
		listen[i] = freeAddr(b)
	}
	poll := 100 * time.Millisecond
	if p, err := time.ParseDuration(os.Getenv("BENCH_POLL_INTERVAL")); err == nil {
		poll = p
	}
	var grace time.Duration
	graceText := "3s (default)"
	if v := os.Getenv("BENCH_VOTE_GRACE"); v != "" {
		g, err := time.ParseDuration(v)
		if err != nil || g <= 0 {
			b.Fatalf("BENCH_VOTE_GRACE=%q: expected a positive Go duration such as 10s", v)
		}
		grace, graceText = g, g.String()
	}
	fmt.Printf("devnet: %d operators, threshold %d, attestation %v, bridge.poll_interval %s, bridge.vote_grace %s\n", n, k, attestation, poll, graceText)
	d := startDevnet(b, n, k, func(i int, c *config.Config) {
		c.Bridge.PollInterval = poll
		if grace > 0 {
			c.Bridge.VoteGrace = grace
		}
		c.Bridge.RecoveryInterval = 5 * time.Second
		c.Anchoring.Enabled = false
		if attestation {
			c.Attestation.Enabled = true
			c.Attestation.Listen = listen[i]
			if g, err := time.ParseDuration(os.Getenv("BENCH_ATTESTATION_GRACE")); err == nil {
				c.Attestation.Grace = g
			}
			for j := range n {
				if j != i {
					c.Attestation.Peers = append(c.Attestation.Peers, "http://"+listen[j])
				}
			}
		}
	})
	waitScanned(b, d)
	return d
}

// waitScanned returns once every node has read both sources up to their safe
// heads: devnet.Start returns when the nodes' services started, and a first
// batch sent then waited for their first scan too (its requests were seen
// 0.37 s after their block, one more destination block in the first batch
// of a steady run).
func waitScanned(b *testing.B, d *devnet.Devnet) {
	start := time.Now()
	for i := range d.Info().Operators {
		for {
			st := d.Node(i).Bridge.Status()
			done := len(st.Directions) > 0
			for _, ds := range st.Directions {
				done = done && ds.SafeHead > 0 && ds.Cursor >= ds.SafeHead
			}
			if done {
				break
			}
			if time.Since(start) > time.Minute {
				b.Fatalf("node %d has not scanned its sources within a minute: %+v", i+1, st.Directions)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	fmt.Printf("devnet: every node scanned both sources %.2f s after the devnet started\n", time.Since(start).Seconds())
}

// run sends count transfers parent -> child from dev accounts 1..9 and
// returns what internal/bench measured once all are handled: native coin, or
// with BENCH_TOKEN=erc20 the devnet's sample ERC-20 (SCT, lock/unlock on the
// parent, mint/burn on the child; dev account 0, its holder, funds the
// senders).
func run(b *testing.B, d *devnet.Devnet, count int) *bench.Result {
	b.Helper()
	parent, child := sides(d)
	var senders []*ecdsa.PrivateKey
	for i := 1; i <= 9; i++ {
		senders = append(senders, devnet.AccountKey(i))
	}
	o := bench.Options{
		Src:     bench.Chain{Name: "parent", Client: d.Parent.Client(), Bridge: parent.bridge},
		Dst:     bench.Chain{Name: "child", Client: d.Child.Client(), Bridge: child.bridge},
		Senders: senders,
		Count:   count,
		Timeout: 30 * time.Minute,
	}
	switch t := os.Getenv("BENCH_TOKEN"); t {
	case "", "native":
	case "erc20":
		o.Token, o.TokenFunder = parent.token, devnet.AccountKey(0)
	default:
		b.Fatalf("BENCH_TOKEN=%q: expected native or erc20", t)
	}
	res, err := bench.Run(context.Background(), o)
	if err != nil {
		b.Fatal(err)
	}
	return res
}

func report(r *bench.Result) {
	fmt.Printf("  %d transfers: latency p50/p95/p99 %.0f/%.0f/%.0f s, %.0f/%.0f/%.0f destination blocks; %.1f transfers/s over the blocks (%.1f s wall); %.0f vote gas per transfer in %d operator txs\n",
		r.Count, r.LatencySeconds.P50, r.LatencySeconds.P95, r.LatencySeconds.P99, r.LatencyBlocks.P50, r.LatencyBlocks.P95, r.LatencyBlocks.P99,
		r.TransfersPerSecond, r.WallSeconds, r.Gas.PerTransfer, r.Gas.OperatorTxs)
	fmt.Printf("  the source chain took the requests in over %.0f s (blocks %d-%d)\n", r.RequestSpanSeconds, r.FirstBlock, r.LastBlock)
	if g := r.Gas; g.SignedTxs > 0 {
		fmt.Printf("  attestation path: %d handleSignedBatch txs, %d entries, %.0f gas per entry; %d vote batches, %d single votes\n",
			g.SignedTxs, g.SignedEntries, g.PerSignedEntry, g.BatchTxs, g.SingleTxs)
	}
}

// BenchmarkBurst measures a burst of BENCH_TRANSFERS native transfers (default
// 1,000) sent at once, in waves of at most BENCH_WAVE (default maxWave; a
// wave of 5,000 still fits the dev chain's pool and measures a 5,000 burst
// as one: each wave waits until its requests are all handled, so waves add
// their start and tail latency to the wall time). With BENCH_MEMORY=1 it
// then runs operator 1 as a separate `servicechain bridge run` process on the
// store that now holds the handled requests, sends 100 more transfers through
// it and reports the process's peak resident memory.
//
//	go test -run '^$' -bench Burst -benchtime 1x ./internal/bridge/
//	BENCH_TRANSFERS=10000 BENCH_MEMORY=1 go test -run '^$' -bench Burst -benchtime 1x -timeout 40m ./internal/bridge/
//	BENCH_ATTESTATION=1 BENCH_TRANSFERS=5000 BENCH_WAVE=5000 go test -run '^$' -bench Burst -benchtime 1x ./internal/bridge/
func BenchmarkBurst(b *testing.B) {
	n := envInt(b, "BENCH_TRANSFERS", 1000)
	for iter := 0; iter < b.N; iter++ {
		b.StopTimer()
		d := benchDevnet(b)
		b.StartTimer()
		fmt.Printf("burst of %d %s transfers parent->child, %d nodes, threshold %d, 1s blocks, 0 confirmations\n", n, benchToken(), envInt(b, "BENCH_OPERATORS", 3), envInt(b, "BENCH_THRESHOLD", 2))
		wave := envInt(b, "BENCH_WAVE", maxWave)
		var last *bench.Result
		var wall float64
		for sent := 0; sent < n; {
			w := min(n-sent, wave)
			last = run(b, d, w)
			report(last)
			wall += last.WallSeconds
			sent += w
		}
		b.StopTimer()
		b.ReportMetric(last.LatencyBlocks.P50, "p50-blocks")
		b.ReportMetric(last.LatencyBlocks.P99, "p99-blocks")
		b.ReportMetric(float64(n)/wall, "transfers/s")
		if os.Getenv("BENCH_MEMORY") != "" {
			nodeMemory(b, d, n)
		}
		d.Close()
	}
}

// BenchmarkSteady measures latency at a load the chain's gas limit does not
// bound: BENCH_SECONDS (default 30) batches of BENCH_RATE transfers (default
// 20), one a second or, when a batch takes longer to be handled, right after
// it; each batch is measured on its own and the worst percentiles are
// reported. This is the latency a user sees in normal
// operation; the burst benchmark shows what happens when requests outrun
// block gas.
//
//	go test -run '^$' -bench Steady -benchtime 1x ./internal/bridge/
func BenchmarkSteady(b *testing.B) {
	rate, secs := envInt(b, "BENCH_RATE", 20), envInt(b, "BENCH_SECONDS", 30)
	for iter := 0; iter < b.N; iter++ {
		b.StopTimer()
		d := benchDevnet(b)
		b.StartTimer()
		var worst50, worst99, gas float64
		p50s := map[float64]int{} // batches by their p50 in blocks
		tick := time.NewTicker(time.Second)
		for s := 0; s < secs; s++ {
			r := run(b, d, rate)
			worst50, worst99 = max(worst50, r.LatencyBlocks.P50), max(worst99, r.LatencyBlocks.P99)
			p50s[r.LatencyBlocks.P50]++
			gas += r.Gas.PerTransfer / float64(secs)
			<-tick.C
		}
		tick.Stop()
		b.StopTimer()
		b.ReportMetric(worst50, "worst-p50-blocks")
		b.ReportMetric(worst99, "worst-p99-blocks")
		fmt.Printf("steady: %d batches of %d %s transfers, one a second at most, parent->child, %d nodes, threshold %d, 1s blocks, 0 confirmations\n", secs, rate, benchToken(), envInt(b, "BENCH_OPERATORS", 3), envInt(b, "BENCH_THRESHOLD", 2))
		fmt.Printf("  worst p50 %.0f and worst p99 %.0f destination blocks over the %d batches; %.0f vote gas per transfer\n", worst50, worst99, secs, gas)
		var dist []string
		for _, blocks := range slices.Sorted(maps.Keys(p50s)) {
			dist = append(dist, fmt.Sprintf("%.0f blocks: %d", blocks, p50s[blocks]))
		}
		fmt.Printf("  batches by their p50: %s\n", strings.Join(dist, ", "))
		d.Close()
	}
}

// benchToken names what the benchmarks move (BENCH_TOKEN; default native).
func benchToken() string {
	if t := os.Getenv("BENCH_TOKEN"); t != "" {
		return t
	}
	return "native"
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

// nodeMemory replaces in-process operator 1 by a `servicechain bridge run`
// process on the same store, sends 100 more transfers through the bridge,
// and reports that process's peak and current resident memory.
func nodeMemory(b *testing.B, d *devnet.Devnet, handled int) {
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
	report(run(b, d, 100))      // handled only with the separate process's votes
	time.Sleep(5 * time.Second) // a recovery round and a few polls on the full store
	hwm, rss := procMemory(b, cmd.Process.Pid)
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

// TestBenchERC20 runs internal/bench's ERC-20 burst (Options.Token) on a
// devnet with attestation on: senders that hold no token are funded by the
// token's holder and approve the bridge, every request is a
// requestERC20Transfer, and the recipient's child balance grows by exactly
// the burst's value, closed by handleSignedBatch entries.
func TestBenchERC20(t *testing.T) {
	const n, k, count = 3, 2, 24
	listen := make([]string, n)
	for i := range listen {
		listen[i] = freeAddr(t)
	}
	d := startDevnet(t, n, k, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Attestation.Enabled = true
		c.Attestation.Listen = listen[i]
		c.Attestation.Grace = 4 * time.Second // far above the signature latency: no fallback on a slow machine
		for j := range n {
			if j != i {
				c.Attestation.Peers = append(c.Attestation.Peers, "http://"+listen[j])
			}
		}
	})
	parent, child := sides(d)
	to := common.Address{0xe2, 0x0c}
	value := big.NewInt(7_000)
	res, err := bench.Run(context.Background(), bench.Options{
		Src:         bench.Chain{Name: "parent", Client: d.Parent.Client(), Bridge: parent.bridge},
		Dst:         bench.Chain{Name: "child", Client: d.Child.Client(), Bridge: child.bridge},
		Senders:     []*ecdsa.PrivateKey{devnet.AccountKey(7), devnet.AccountKey(8), devnet.AccountKey(9)},
		Count:       count,
		Value:       value,
		Recipient:   to,
		Token:       parent.token,
		TokenFunder: devnet.AccountKey(0),
		Timeout:     3 * time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Handled != count || res.Token == nil || *res.Token != parent.token {
		t.Fatalf("handled %d of %d, token %v: want all, token %s", res.Handled, count, res.Token, parent.token)
	}
	if got, want := tokenBalance(t, child, to), new(big.Int).Mul(value, big.NewInt(count)); got.Cmp(want) != 0 {
		t.Fatalf("recipient's child token balance %s, want %s", got, want)
	}
	if g := res.Gas; g.SignedEntries < count || g.BatchVotes != 0 {
		t.Fatalf("gas %+v: want every transfer closed by handleSignedBatch entries and no vote batch", g)
	}
	t.Logf("%d ERC-20 transfers: %.0f gas per transfer, %d handleSignedBatch txs, %.0f gas per entry", count, res.Gas.PerTransfer, res.Gas.SignedTxs, res.Gas.PerSignedEntry)
}
