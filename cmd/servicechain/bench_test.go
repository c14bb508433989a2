package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/servicechain/servicechain/internal/bench"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
)

func TestBenchUsage(t *testing.T) {
	runCLI(t, "", "bench").expect(t, 2, "bench: give --devnet DIR, or --parent-rpc URL")
	runCLI(t, "", "bench", "--count", "0", "--devnet", t.TempDir()).expect(t, 2, "--count 0: expected at least 1")
	runCLI(t, "", "bench", "--from", "left", "--devnet", t.TempDir()).expect(t, 2, `--from "left": expected parent, child or both`)
	runCLI(t, "", "bench", "--value", "-3", "--devnet", t.TempDir()).expect(t, 2, `--value "-3": expected a positive integer amount in wei`)
	runCLI(t, "", "bench", "--ready-file", "x", "--devnet", t.TempDir()).expect(t, 2, "--ready-file needs --drain")
	runCLI(t, "", "bench", "--devnet", t.TempDir(), "--parent-rpc", "http://127.0.0.1:1").expect(t, 2, "either --devnet DIR or --parent-rpc")
	runCLI(t, "", "bench", "--devnet", t.TempDir()).expect(t, 1, "devnet.json")
	runCLI(t, "", "bench", "--parent-rpc", "http://x", "--child-rpc", "http://y", "--parent-bridge", "0x1", "--child-bridge", "0x2").
		expect(t, 2, `--parent-bridge "0x1": expected a 0x-prefixed 20-byte hex address`)
}

// TestBenchDevnet runs `servicechain bench` against an in-process devnet
// (3 operators, k=2, 1-second blocks): a small burst both ways, and the JSON
// it writes.
func TestBenchDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	startBenchDevnet(t, ctx, devnet.Config{DataDir: dir, Tune: func(i int, c *config.Config) {
		c.Bridge.PollInterval = 250 * time.Millisecond
	}})
	out := filepath.Join(t.TempDir(), "bench.json")
	r := runCLI(t, "", "bench", "--devnet", dir, "--count", "12", "--from", "both", "--out", out, "--timeout", "3m")
	r.expect(t, 0)
	t.Logf("stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	for _, want := range []string{"parent->child", "child->parent", "2 of 3", "latency p50/p95/p99 (s)", "gas per transfer"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	rep := readReport(t, out)
	if len(rep.Results) != 2 || rep.Count != 12 {
		t.Fatalf("report: %d results, count %d; want 2 and 12", len(rep.Results), rep.Count)
	}
	for _, res := range rep.Results {
		if res.Handled != 12 || res.Threshold != 2 || res.Operators != 3 || res.Senders != 4 {
			t.Errorf("%s: handled %d, k %d of n %d, senders %d; want 12, 2 of 3, 4", res.Direction, res.Handled, res.Threshold, res.Operators, res.Senders)
		}
		if res.LastNonce-res.FirstNonce != 11 {
			t.Errorf("%s: nonces %d-%d, want 12 consecutive", res.Direction, res.FirstNonce, res.LastNonce)
		}
		if res.Gas.Votes < 2*12 || res.Gas.PerTransfer <= 0 || res.Gas.OperatorTxs == 0 {
			t.Errorf("%s: gas %+v: want at least k votes per transfer and some gas", res.Direction, res.Gas)
		}
		if res.LatencySeconds.P50 < 0 || res.LatencySeconds.Max > 120 || res.LatencyBlocks.P99 < res.LatencyBlocks.P50 {
			t.Errorf("%s: latency %+v s, %+v blocks", res.Direction, res.LatencySeconds, res.LatencyBlocks)
		}
	}
	// Not a terminal: phase lines only, never a line redrawn in place.
	if strings.Contains(r.stderr, "\r") {
		t.Errorf("stderr is not a terminal but got a redrawn status line:\n%q", r.stderr)
	}

	// The live status a terminal shows (cmdline.Progress), from the same
	// burst machinery: requests sent, then handled, per direction.
	var mu sync.Mutex
	var lines []string
	if _, err := bench.Measure(ctx, bench.Spec{Devnet: dir, Count: 4, From: "both", Value: "1000", Timeout: 3 * time.Minute,
		Status: func(line string) { mu.Lock(); lines = append(lines, line); mu.Unlock() }}); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{"parent: sent 4/4", "child: sent 4/4", "handled"} {
		if !strings.Contains(all, want) {
			t.Errorf("status lines lack %q:\n%s", want, all)
		}
	}
}

// TestBenchDevnetAttestation: on a devnet started with attestation on (what
// `servicechain devnet --attestation` starts), every transfer of a burst
// closes by handleSignedBatch, no vote is cast, and `servicechain bench`
// reports the attestation path.
func TestBenchDevnetAttestation(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	d := startBenchDevnet(t, ctx, devnet.Config{DataDir: dir, Attestation: true})
	for i, op := range d.Info().Operators {
		c, err := config.Load(op.Config)
		if err != nil {
			t.Fatal(err)
		}
		if !c.Attestation.Enabled || len(c.Attestation.Peers) != 2 || op.Attestation != "http://"+c.Attestation.Listen {
			t.Fatalf("op%d: attestation %+v, devnet.json %q; want on, its 2 peers, and its URL listed", i+1, c.Attestation, op.Attestation)
		}
	}
	var summary strings.Builder
	d.WriteSummary(&summary)
	if op := d.Info().Operators[0]; !strings.Contains(summary.String(), "attestations "+op.Attestation+"/v1/attestations") ||
		!strings.Contains(summary.String(), "Signature-aggregated handles are on") {
		t.Errorf("the summary does not show op1's attestation endpoint %s:\n%s", op.Attestation, summary.String())
	}
	out := filepath.Join(t.TempDir(), "bench.json")
	r := runCLI(t, "", "bench", "--devnet", dir, "--count", "12", "--from", "parent", "--out", out, "--timeout", "3m")
	r.expect(t, 0)
	if !strings.Contains(r.stdout, "gas per entry (") {
		t.Errorf("the table does not report the attestation path:\n%s", r.stdout)
	}
	rep := readReport(t, out)
	if len(rep.Results) != 1 {
		t.Fatalf("%d results, want 1", len(rep.Results))
	}
	res := rep.Results[0]
	if res.Handled != 12 || res.Gas.SignedTxs == 0 || res.Gas.SignedEntries < 12 || res.Gas.SingleTxs != 0 || res.Gas.BatchTxs != 0 || res.Gas.Votes != 0 {
		t.Errorf("handled %d, gas %+v: want all 12 closed by signed batches and no vote", res.Handled, res.Gas)
	}
}

// startBenchDevnet starts cfg without anchoring, with 4 funded accounts and
// its log discarded, closed when the test ends.
func startBenchDevnet(t *testing.T, ctx context.Context, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	cfg.NoAnchoring, cfg.Accounts, cfg.Logger = true, 4, slog.New(slog.NewTextHandler(io.Discard, nil))
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// readReport reads the JSON report `servicechain bench --out` wrote.
func readReport(t *testing.T, path string) bench.Report {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rep bench.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}
