//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/config"
)

// TestScenarioSoakAttested is issue 14's soak: TestScenarioSoak (4 nodes,
// k=2, the same traffic and node chaos, the same checks: every request
// handled exactly once, no gap, value conserved, wasted votes within bound)
// with signature aggregation on ([attestation] enabled on every node) and
// the attestation endpoints cut at random as well: each node's endpoint
// listens on 127.0.0.1 behind a TCP proxy, its peers reach it only through
// the proxy (attestation.peers lists the other nodes' proxies; nothing is
// announced on chain), and the chaos loop cuts and restores the proxies
// (open connections closed, new ones refused or reset), one at a time and,
// at least once, all four at once. attestation.grace is the default (one
// block). The destination chains must show requests closed by signatures
// (HandleValueTransfer with attestation = signatures, from handleSignedBatch)
// in each direction; the SUMMARY line has how many closed by signatures and
// how many by on-chain votes.
func TestScenarioSoakAttested(t *testing.T) {
	r := runSoak(t, soakOpts{prepare: attestedEndpoints})
	var sigTxs []string
	for _, d := range []*harness.DirectionReport{r.p2c, r.c2p} {
		if d.BySignatures == 0 {
			t.Errorf("%s: no request closed by signatures (%d by votes): aggregation was not on", d.Direction, d.ByVotes)
		}
		sigTxs = append(sigTxs, fmt.Sprintf("%s %d (%s)", d.Direction, d.SignedTxs, byOperator(d.SignedTxsByOperator, r.nodes)))
	}
	logAttestationMetrics(t, r.nodes)
	ch := r.chaos
	summary(t, "recovery-soak-attested", "%s; attestation on (grace %s): closed by signatures p->c %d, c->p %d, by votes p->c %d, c->p %d; handleSignedBatch txs %s; endpoint chaos: %d cuts (%d refused, %d reset), %d restores, all four cut at once %d times (up to %.1fs)",
		r, r.nodes[0].Config().Attestation.Grace, r.p2c.BySignatures, r.c2p.BySignatures, r.p2c.ByVotes, r.c2p.ByVotes, strings.Join(sigTxs, ", "),
		ch.refusals+ch.resets, ch.refusals, ch.resets, ch.restores, ch.allCut, ch.longestAllCut.Seconds())
}

// attestedEndpoints is the soak's prepare for TestScenarioSoakAttested: a
// free 127.0.0.1 port for each node's attestation endpoint, a TCP proxy in
// front of each, and the node config edit that turns attestation on with the
// other nodes' proxies as peers.
func attestedEndpoints(c *cluster) (func(i int, cfg *config.Config), []*harness.TCPProxy) {
	t := c.t
	t.Helper()
	n := len(c.operators)
	var listen []string
	var proxies []*harness.TCPProxy
	for try := 0; ; try++ {
		ports, err := harness.FreePorts(n)
		if err != nil {
			t.Fatal(err)
		}
		listen, proxies = listen[:0], proxies[:0]
		taken := map[string]bool{}
		for _, p := range ports {
			a := fmt.Sprintf("127.0.0.1:%d", p)
			listen = append(listen, a)
			taken[a] = true
		}
		clash := false
		for _, a := range listen {
			p, err := harness.NewTCPProxy(a)
			if err != nil {
				t.Fatal(err)
			}
			proxies = append(proxies, p)
			clash = clash || taken[p.Addr()] // only when FreePorts fell back to OS-chosen ports (proxies listen on port 0)
		}
		if !clash {
			break
		}
		for _, p := range proxies {
			p.Close()
		}
		if try == 4 {
			t.Fatal("attestation endpoint ports: the proxies keep getting the endpoints' ports")
		}
	}
	for i, p := range proxies {
		t.Cleanup(p.Close)
		t.Logf("node%d: attestation endpoint %s behind proxy endpoint%d %s", i, listen[i], i, p.URL("http"))
	}
	edit := func(i int, cfg *config.Config) {
		cfg.Attestation.Enabled = true
		cfg.Attestation.Listen = listen[i]
		cfg.Attestation.Peers = nil
		for j, p := range proxies {
			if j != i {
				cfg.Attestation.Peers = append(cfg.Attestation.Peers, p.URL("http"))
			}
		}
	}
	return edit, proxies
}

// byOperator renders per-operator counts (address hex -> n) by node name.
func byOperator(counts map[string]int, nodes []*harness.BridgeNode) string {
	names := map[string]string{}
	for i := range nodes {
		names[harness.KeyAddress(harness.TestKey(operatorKeyIndex+i)).Hex()] = fmt.Sprintf("node%d", i)
	}
	var parts []string
	for addr, n := range counts {
		name := names[addr]
		if name == "" {
			name = addr
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// logAttestationMetrics logs each node's attestation counters since its
// last start (fallbacks, handles by path, endpoint refusals, fetch errors):
// for the reader, not checked (they restart from zero with each node run).
func logAttestationMetrics(t *testing.T, nodes []*harness.BridgeNode) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, nd := range nodes {
		m, err := nd.Metrics(ctx)
		if err != nil {
			t.Logf("%s: metrics: %v", nd.Name(), err)
			continue
		}
		var parts []string
		for k, v := range m {
			for _, name := range []string{"handles_total", "fallbacks_total", "requests_refused_total", "fetch_errors_total", "signatures_refused_total"} {
				if strings.HasPrefix(k, "servicechain_attestation_"+name) && v != 0 {
					k = strings.NewReplacer(fmt.Sprintf("node=%q,", nd.Name()), "", fmt.Sprintf("{node=%q}", nd.Name()), "", fmt.Sprintf(",node=%q", nd.Name()), "").Replace(k)
					parts = append(parts, fmt.Sprintf("%s=%g", strings.TrimPrefix(k, "servicechain_attestation_"), v))
				}
			}
		}
		sort.Strings(parts)
		t.Logf("%s attestation metrics since its last start: %s", nd.Name(), strings.Join(parts, " "))
	}
}
