//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/bench"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
)

// TestBenchmark runs `servicechain bench` (the binary) against the harness:
// 2 geth processes with 1-second blocks, 4 `servicechain bridge run`
// processes, k=2, 0 confirmations, poll interval 500 ms; 8 funded senders.
// For each batch size in E2E_BENCH_BATCH (default "10,1": the nodes' default
// bridge.batch_size, then single votes; "10" with E2E_PROFILE=short) it sends
// a burst of E2E_BENCH_COUNT (default 1000; 200 with E2E_PROFILE=short) native transfers parent->child and prints bench's table.
// Then the backlog drain (nodes on the first batch size again): all four
// nodes are stopped, `bench --drain` sends the burst, and the nodes are
// started when it writes its ready file; the
// test times from that start until lowerHandleNonce == requestNonce.
// E2E_BENCH_OUT, if set, is a directory that receives the JSON reports.
// E2E_BENCH_ATTESTATION=1 runs the nodes with signature aggregation on
// (issue 14; each endpoint behind a proxy, as in TestScenarioSoakAttested,
// never cut here) and adds the attestation path to each line.
// E2E_BENCH_OPERATORS and E2E_BENCH_THRESHOLD (default 4 and 2) set the
// operator set and k (issue 14 records k = 2 of 3 and 3 of 5);
// E2E_BENCH_POLL (a Go duration, default nodePollInterval) sets every node's
// bridge.poll_interval; E2E_BENCH_DRAIN=0 leaves out the backlog drain.
func TestBenchmark(t *testing.T) {
	count := envInt(t, "E2E_BENCH_COUNT", profileDefault(1000, 200))
	var batches []int
	for _, s := range strings.Split(envString("E2E_BENCH_BATCH", profileDefault("10,1", "10")), ",") {
		b, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || b < 1 {
			t.Fatalf("E2E_BENCH_BATCH: %q is not a positive batch size", s)
		}
		batches = append(batches, b)
	}
	operators, threshold := envInt(t, "E2E_BENCH_OPERATORS", 4), envInt(t, "E2E_BENCH_THRESHOLD", 2)
	if threshold > operators || threshold > 255 {
		t.Fatalf("E2E_BENCH_THRESHOLD=%d: expected at most E2E_BENCH_OPERATORS (%d)", threshold, operators)
	}
	poll := nodePollInterval
	if v := os.Getenv("E2E_BENCH_POLL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			t.Fatalf("E2E_BENCH_POLL=%q: expected a positive Go duration such as 100ms", v)
		}
		poll = d
	}
	drain := os.Getenv("E2E_BENCH_DRAIN") != "0"
	c := newCluster(t, clusterOpts{operators: operators, threshold: uint8(threshold), users: 8, nftsPerChain: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Minute)
	defer cancel()
	var attested func(i int, cfg *config.Config)
	if os.Getenv("E2E_BENCH_ATTESTATION") == "1" {
		attested, _ = attestedEndpoints(c)
	}
	nodes := c.startNodes(ctx, func(i int, cfg *config.Config) {
		cfg.Bridge.BatchSize = batches[0]
		cfg.Bridge.PollInterval = poll
		if attested != nil {
			attested(i, cfg)
		}
	})
	bin, err := harness.BuildServicechain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	devDir := c.writeDevnetInfo(t)
	outDir := os.Getenv("E2E_BENCH_OUT")
	if outDir == "" {
		outDir = filepath.Join(c.dir, "bench")
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}

	var lines []string
	current := batches[0]
	for _, b := range batches {
		if b != current {
			c.restartNodes(ctx, nodes, func(cfg *config.Config) { cfg.Bridge.BatchSize = b })
			current = b
		}
		out := filepath.Join(outDir, fmt.Sprintf("bench-batch%d.json", b))
		args := []string{"bench", "--devnet", devDir, "--count", strconv.Itoa(count), "--from", "parent", "--out", out, "--timeout", "20m"}
		t.Logf("running: servicechain %s (nodes: bridge.batch_size %d)", strings.Join(args, " "), b)
		cmd := exec.CommandContext(ctx, bin, args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("servicechain bench: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
		}
		t.Logf("bench (batch_size %d):\n%s", b, stdout.String())
		r := readBench(t, out)
		lines = append(lines, fmt.Sprintf("batch_size %d: latency p50/p95/p99 %.0f/%.0f/%.0f s, %.0f/%.0f/%.0f blocks, %.1f transfers/s, gas/transfer %.0f (single vote %.0f, batch entry %.0f), votes/skipped/reverted %d/%d/%d",
			b, r.LatencySeconds.P50, r.LatencySeconds.P95, r.LatencySeconds.P99, r.LatencyBlocks.P50, r.LatencyBlocks.P95, r.LatencyBlocks.P99,
			r.TransfersPerSecond, r.Gas.PerTransfer, r.Gas.PerSingleVote, r.Gas.PerBatchedVote, r.Gas.Votes, r.Gas.Skipped, r.Gas.Reverted)+
			attestationPath(r))
	}

	setup := fmt.Sprintf("k=%d of %d, bridge.poll_interval %s, %d native transfers parent->child from 8 senders, 1s blocks, 0 confirmations",
		threshold, operators, poll, count)
	if !drain {
		c.checkInvariants(ctx)
		summary(t, "bench", "%s; %s", setup, strings.Join(lines, "; "))
		return
	}
	// Backlog drain: nodes down (back on the first batch size), burst, nodes up.
	for i, nd := range nodes {
		if err := nd.Stop(); err != nil {
			t.Fatalf("node%d: %v", i, err)
		}
		if err := nd.Reconfigure(func(cfg *config.Config) { cfg.Bridge.BatchSize = batches[0] }); err != nil {
			t.Fatal(err)
		}
	}
	ready := filepath.Join(outDir, "drain.ready")
	os.Remove(ready)
	out := filepath.Join(outDir, "bench-drain.json")
	args := []string{"bench", "--devnet", devDir, "--count", strconv.Itoa(count), "--from", "parent", "--drain", "--ready-file", ready, "--out", out, "--timeout", "20m"}
	t.Logf("running: servicechain %s (all nodes stopped; they restart with bridge.batch_size %d)", strings.Join(args, " "), batches[0])
	proc, err := harness.StartProc(harness.ProcSpec{Name: "bench-drain", Path: bin, Args: args, LogDir: outDir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proc.Close() })
	for i := 0; ; i++ {
		if _, err := os.Stat(ready); err == nil {
			break
		}
		if !proc.Running() || i > 6000 {
			t.Fatalf("bench --drain did not report the backlog ready (exit %v); log:\n%s", proc.ExitErr(), proc.LogTail(4000))
		}
		time.Sleep(100 * time.Millisecond)
	}
	p0, _, err := c.states(ctx)
	if err != nil {
		t.Fatal(err)
	}
	startAt := time.Now()
	var wg sync.WaitGroup
	for i, nd := range nodes {
		wg.Add(1)
		go func(i int, nd *harness.BridgeNode) {
			defer wg.Done()
			if err := nd.Restart(ctx); err != nil {
				t.Errorf("node%d: %v", i, err)
			}
		}(i, nd)
	}
	wg.Wait()
	started := time.Since(startAt)
	c.waitDrained(ctx, 20*time.Minute)
	drained := time.Since(startAt)
	if err := proc.Wait(5 * time.Minute); err != nil {
		t.Fatalf("bench --drain: %v; log:\n%s", err, proc.LogTail(4000))
	}
	r := readBench(t, out)
	t.Logf("bench --drain log:\n%s", proc.LogTail(8000))
	t.Logf("backlog of %d (parent->child %s when the nodes were started): nodes up in %s, drained %s after the start began (bench: %.0f s from the first operator tx to the last handle, %d blocks)",
		count, p0, started.Round(time.Millisecond), drained.Round(time.Millisecond), r.DrainSeconds, r.DrainBlocks)
	if r.HandledDuringSend != 0 {
		t.Errorf("%d requests were handled while the nodes were supposed to be down", r.HandledDuringSend)
	}
	lines = append(lines, fmt.Sprintf("backlog drain of %d (batch_size %d): %.1f s wall from starting the nodes (%.0f s / %d blocks first operator tx to last handle), gas/transfer %.0f",
		count, batches[0], drained.Seconds(), r.DrainSeconds, r.DrainBlocks, r.Gas.PerTransfer))
	c.checkInvariants(ctx)
	summary(t, "bench", "%s; %s", setup, strings.Join(lines, "; "))
}

func readBench(t *testing.T, path string) *bench.Result {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rep bench.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(rep.Results) != 1 {
		t.Fatalf("%s: %d results, want 1", path, len(rep.Results))
	}
	return rep.Results[0]
}

// writeDevnetInfo writes <run dir>/devnet/devnet.json describing the cluster
// the way `servicechain devnet` does (RPC URLs, contracts, k, the users as
// funded accounts), so `servicechain bench --devnet DIR` runs against it.
func (c *cluster) writeDevnetInfo(t *testing.T) string {
	t.Helper()
	info := devnet.Info{
		Parent:    devnet.ChainInfo{ChainID: parentChainID, HTTP: c.parent.HTTPURL(), WS: c.parent.WSURL()},
		Child:     devnet.ChainInfo{ChainID: childChainID, HTTP: c.child.HTTPURL(), WS: c.child.WSURL()},
		Contracts: *c.dep,
		Threshold: int(c.opts.threshold),
	}
	for _, k := range c.operators {
		info.Operators = append(info.Operators, devnet.OperatorInfo{Address: harness.KeyAddress(k)})
	}
	for _, u := range c.users {
		info.Accounts = append(info.Accounts, devnet.Account{Address: harness.KeyAddress(u), PrivateKey: harness.KeyHex(u)})
	}
	dir := filepath.Join(c.dir, "devnet")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, devnet.InfoFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// restartNodes stops every node (SIGTERM), applies edit to each config and
// starts them again.
func (c *cluster) restartNodes(ctx context.Context, nodes []*harness.BridgeNode, edit func(cfg *config.Config)) {
	c.t.Helper()
	for i, nd := range nodes {
		if err := nd.Stop(); err != nil {
			c.t.Fatalf("node%d: %v", i, err)
		}
		if err := nd.Reconfigure(edit); err != nil {
			c.t.Fatal(err)
		}
		if err := nd.Restart(ctx); err != nil {
			c.t.Fatalf("node%d: %v", i, err)
		}
	}
}

func envString(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: expected a positive integer", name, v)
	}
	return n
}

// attestationPath is bench's attestation-path numbers for a line ("" when
// no handleSignedBatch was sent).
func attestationPath(r *bench.Result) string {
	if r.Gas.SignedTxs == 0 {
		return ""
	}
	return fmt.Sprintf("; attestation path: %d handleSignedBatch txs, %d entries, %.0f gas per entry", r.Gas.SignedTxs, r.Gas.SignedEntries, r.Gas.PerSignedEntry)
}
