//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/config"
)

// soakKinds is the request mix of the soak: a quarter NFTs, the rest native
// coin and ERC-20 (1-step and 2-step), so the users' NFTs last.
var soakKinds = []string{"native", "erc20-1step", "native", "erc20", "erc721", "native", "erc20-1step", "erc721-1step"}

// TestScenarioSoak is issue 6, scenario 4 (recovery soak): 4 bridge node
// processes, threshold 2; a steady stream of soakRate requests per second each
// way for E2E_SOAK (default 3m; 60s with E2E_PROFILE=short) while a chaos loop stops and starts the nodes
// at random, with SIGKILL or SIGTERM, one at a time and, at least once, all
// four at once. At the end every node is started, the queues drain, and the
// checker requires: every request nonce handled exactly once with its own
// fields, no gap (lowerHandleNonce == requestNonce), value conserved per token
// and across the chains; wasted votes (HandleSkipped + reverted vote txs +
// votes beyond k) are reported and must stay at or below
// E2E_MAX_WASTED_PER_REQUEST per request (default 0.5, see wastedBound).
// E2E_SEED fixes the chaos loop's random seed.
func TestScenarioSoak(t *testing.T) {
	r := runSoak(t, soakOpts{})
	summary(t, "recovery-soak", "%s", r)
}

// soakOpts are what a variant of the soak changes.
type soakOpts struct {
	// prepare, if not nil, runs once the cluster is up, before the nodes
	// start: it returns the edit of each node's bridge.toml (nil: as
	// nodeConfig writes it) and TCP proxies the chaos loop also cuts and
	// restores at random (see chaosLoop.endpoints).
	prepare func(c *cluster) (edit func(i int, cfg *config.Config), endpoints []*harness.TCPProxy)
}

// soakResult is what runSoak found; String is the soak's SUMMARY text.
type soakResult struct {
	nodes       []*harness.BridgeNode
	dur         time.Duration
	rate        float64
	seed        int64
	chaos       *chaosLoop
	p2c, c2p    *harness.DirectionReport
	wastedLimit float64
	drain       time.Duration
}

// runSoak is TestScenarioSoak's run (see there) with o's changes: the
// cluster, the traffic, the chaos loop, the drain and the checks (exactly
// once, no gap, value conserved, wasted votes within bound). It returns
// the reports for the caller's SUMMARY.
func runSoak(t *testing.T, o soakOpts) *soakResult {
	t.Helper()
	const soakRate = 2.0 // requests per second per direction
	dur := envDuration(t, "E2E_SOAK", profileDefault(3*time.Minute, 60*time.Second))
	n := int(dur.Seconds() * soakRate)
	const users = 4
	perWallet := (n + users - 1) / users
	nfts := perWallet*2/len(soakKinds) + 2
	c := newCluster(t, clusterOpts{operators: 4, threshold: 2, users: users, nftsPerChain: nfts})
	ctx, cancel := context.WithTimeout(context.Background(), dur+15*time.Minute)
	defer cancel()
	var edit func(i int, cfg *config.Config)
	var endpoints []*harness.TCPProxy
	if o.prepare != nil {
		edit, endpoints = o.prepare(c)
	}
	nodes := c.startNodes(ctx, edit)
	before := c.ledger(ctx)
	c.seedChildTokens(ctx)

	seed := time.Now().UnixNano()
	if v := os.Getenv("E2E_SEED"); v != "" {
		var err error
		if seed, err = strconv.ParseInt(v, 10, 64); err != nil {
			t.Fatalf("E2E_SEED=%q: expected an integer", v)
		}
	}
	t.Logf("soak: %d requests each way at %.1f/s over %s; chaos seed %d (E2E_SEED)", n, soakRate, dur, seed)

	chaos := &chaosLoop{t: t, nodes: nodes, rng: rand.New(rand.NewSource(seed)), allAt: time.Duration(float64(dur) * 0.4),
		endpoints: endpoints, allCutAt: time.Duration(float64(dur) * 0.6)}
	cctx, stopChaos := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); chaos.run(cctx) }()

	start := time.Now()
	c.burstBoth(ctx, trafficOpts{n: n, kinds: soakKinds, rate: soakRate})
	sentIn := time.Since(start)
	stopChaos()
	wg.Wait()
	if chaos.allDown == 0 {
		t.Errorf("the chaos loop never stopped all four nodes at once (traffic lasted %s)", sentIn)
	}
	if len(endpoints) > 0 && chaos.allCut == 0 {
		t.Errorf("the chaos loop never cut all %d endpoints at once (traffic lasted %s)", len(endpoints), sentIn)
	}
	// Everyone back, then drain.
	endAt := time.Now()
	chaos.restoreEndpoints()
	for i, nd := range nodes {
		if !nd.Running() {
			if err := nd.Restart(ctx); err != nil {
				t.Fatalf("node%d: %v", i, err)
			}
			chaos.starts++
		}
	}
	p0, c0, _ := c.states(ctx)
	t.Logf("traffic done after %s; backlog at the end: parent->child %s, child->parent %s", sentIn.Round(time.Millisecond), p0, c0)
	p2c, c2p := c.finish(ctx, before, 5*time.Minute)
	drain := time.Since(endAt)

	limit := wastedBound(t)
	checkWasted(t, limit, p2c, c2p)
	return &soakResult{nodes: nodes, dur: dur, rate: soakRate, seed: seed, chaos: chaos, p2c: p2c, c2p: c2p, wastedLimit: limit, drain: drain}
}

// String is the soak's SUMMARY text.
func (r *soakResult) String() string {
	ch, p2c, c2p := r.chaos, r.p2c, r.c2p
	return fmt.Sprintf("k=2 of 4, %s at %.0f req/s each way (seed %d): %d+%d requests handled exactly once, no gap, value conserved; chaos: %d SIGKILL, %d SIGTERM, %d starts, all four stopped at once %d times (down up to %.1fs); drained %.1fs after the traffic ended; wasted votes p->c %s, c->p %s (bound %.2f/request); latency p50/p99 p->c %.0f/%.0f s, c->p %.0f/%.0f s",
		r.dur, r.rate, r.seed, p2c.Handled, c2p.Handled, ch.kills, ch.terms, ch.starts, ch.allDown, ch.longestAllDown.Seconds(), r.drain.Seconds(),
		wasted(p2c), wasted(c2p), r.wastedLimit,
		harness.Percentile(p2c.LatencySeconds, 50), harness.Percentile(p2c.LatencySeconds, 99), harness.Percentile(c2p.LatencySeconds, 50), harness.Percentile(c2p.LatencySeconds, 99))
}

// chaosLoop stops and starts bridge nodes at random until its context ends
// and, with endpoints, cuts and restores them at random too.
type chaosLoop struct {
	t     *testing.T
	nodes []*harness.BridgeNode
	rng   *rand.Rand
	allAt time.Duration // stop all four at once no later than this far into the run
	// endpoints are TCP proxies in front of the nodes' attestation
	// endpoints (none: only nodes are stopped). Each step may, besides its
	// node action, cut one (open connections closed; new ones refused, or
	// reset on accept) or restore a cut one; at least once (no later than
	// allCutAt into the run) and now and then every endpoint is cut at once
	// for a few seconds while the node chaos goes on.
	endpoints []*harness.TCPProxy
	allCutAt  time.Duration
	// allCutSince and allCutUntil are set while all endpoints are cut:
	// since when, and when to restore them.
	allCutSince, allCutUntil time.Time

	mu                            sync.Mutex // guards kills and terms during parallel stops
	kills, terms, starts, allDown int
	longestAllDown                time.Duration
	// Endpoint chaos: cuts (refused or reset; those of an all-at-once cut
	// included), restores, all cut at once, the longest time all were cut.
	refusals, resets, restores, allCut int
	longestAllCut                      time.Duration
}

func (ch *chaosLoop) sleep(ctx context.Context, lo, hi time.Duration) bool {
	d := lo + time.Duration(ch.rng.Int63n(int64(hi-lo)))
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}

// stop stops node i with SIGKILL or SIGTERM (chosen at random).
func (ch *chaosLoop) stop(i int) string { return ch.stopWith(i, ch.rng.Intn(2) == 0) }

// stopWith stops node i with SIGKILL (kill) or SIGTERM. Safe for concurrent use.
func (ch *chaosLoop) stopWith(i int, kill bool) string {
	nd := ch.nodes[i]
	if kill {
		if err := nd.Kill(); err != nil {
			ch.t.Errorf("chaos: kill node%d: %v", i, err)
		}
		ch.mu.Lock()
		ch.kills++
		ch.mu.Unlock()
		return "SIGKILL"
	}
	if err := nd.Stop(); err != nil {
		ch.t.Errorf("chaos: SIGTERM node%d: %v", i, err)
	}
	ch.mu.Lock()
	ch.terms++
	ch.mu.Unlock()
	return "SIGTERM"
}

// start starts node i again (with its own time limit: an outage is finished
// even when the run's context has ended).
func (ch *chaosLoop) start(i int) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := ch.nodes[i].Restart(ctx); err != nil {
		ch.t.Errorf("chaos: restart node%d: %v", i, err)
		return
	}
	ch.starts++
}

func (ch *chaosLoop) run(ctx context.Context) {
	begin := time.Now()
	for step := 0; step < 10_000; step++ {
		if !ch.sleep(ctx, 1500*time.Millisecond, 4*time.Second) {
			return
		}
		if len(ch.endpoints) > 0 {
			ch.endpointStep(time.Since(begin))
		}
		if (ch.allDown == 0 && time.Since(begin) >= ch.allAt) || ch.rng.Intn(12) == 0 {
			// All four at once: bring every node up, then stop the four
			// together (in parallel), each with SIGKILL or SIGTERM.
			for i, nd := range ch.nodes {
				if !nd.Running() {
					ch.start(i)
				}
			}
			how := make([]string, len(ch.nodes))
			kill := make([]bool, len(ch.nodes))
			for i := range ch.nodes {
				kill[i] = ch.rng.Intn(2) == 0
			}
			var wg sync.WaitGroup
			for i := range ch.nodes {
				wg.Add(1)
				go func(i int) {
					defer wg.Done()
					how[i] = fmt.Sprintf("node%d %s", i, ch.stopWith(i, kill[i]))
				}(i)
			}
			wg.Wait()
			downAt := time.Now()
			ch.allDown++
			ch.t.Logf("chaos: all four stopped at once (%s)", strings.Join(how, ", "))
			ch.sleep(context.Background(), 3*time.Second, 7*time.Second) // finish the outage even when the traffic ends
			for i, nd := range ch.nodes {
				if !nd.Running() {
					ch.start(i)
				}
			}
			d := time.Since(downAt)
			ch.longestAllDown = max(ch.longestAllDown, d)
			ch.t.Logf("chaos: all four up again after %s", d.Round(time.Millisecond))
			continue
		}
		i := ch.rng.Intn(len(ch.nodes))
		if ch.nodes[i].Running() {
			ch.t.Logf("chaos: node%d %s", i, ch.stop(i))
		} else {
			ch.start(i)
			ch.t.Logf("chaos: node%d started", i)
		}
	}
}

// endpointStep is one step of the endpoint chaos (see chaosLoop.endpoints):
// while all endpoints are cut it restores them once their outage is over;
// else it cuts them all at once (at allCutAt if that never happened, else
// one step in ten), or picks one at random and restores it if it is cut,
// cuts it half the time if it is not.
func (ch *chaosLoop) endpointStep(elapsed time.Duration) {
	if !ch.allCutSince.IsZero() {
		if time.Now().Before(ch.allCutUntil) {
			return
		}
		for i, p := range ch.endpoints {
			if !p.IsUp() {
				ch.restore(i)
			}
		}
		d := time.Since(ch.allCutSince)
		ch.longestAllCut = max(ch.longestAllCut, d)
		ch.allCutSince = time.Time{}
		ch.t.Logf("chaos: all %d attestation endpoints restored after %s", len(ch.endpoints), d.Round(time.Millisecond))
		return
	}
	if (ch.allCut == 0 && elapsed >= ch.allCutAt) || ch.rng.Intn(10) == 0 {
		how := make([]string, len(ch.endpoints))
		for i, p := range ch.endpoints {
			if p.IsUp() {
				how[i] = fmt.Sprintf("endpoint%d %s", i, ch.cut(i))
			} else {
				how[i] = fmt.Sprintf("endpoint%d already cut", i)
			}
		}
		ch.allCut++
		ch.allCutSince = time.Now()
		ch.allCutUntil = ch.allCutSince.Add(3*time.Second + time.Duration(ch.rng.Int63n(int64(4*time.Second))))
		ch.t.Logf("chaos: all %d attestation endpoints cut at once (%s)", len(ch.endpoints), strings.Join(how, ", "))
		return
	}
	i := ch.rng.Intn(len(ch.endpoints))
	switch {
	case !ch.endpoints[i].IsUp():
		ch.restore(i)
		ch.t.Logf("chaos: endpoint%d (node%d's attestation endpoint) restored", i, i)
	case ch.rng.Intn(2) == 0:
		ch.t.Logf("chaos: endpoint%d (node%d's attestation endpoint) %s", i, i, ch.cut(i))
	}
}

// cut cuts endpoint i: every open connection is closed and new ones are
// refused (the listening socket is closed) or, chosen at random, accepted
// and closed at once (reset). It returns which.
func (ch *chaosLoop) cut(i int) string {
	p := ch.endpoints[i]
	if ch.rng.Intn(2) == 0 {
		p.Down()
		ch.refusals++
		return "cut (connections closed, new ones refused)"
	}
	if err := p.Drop(); err != nil {
		ch.t.Errorf("chaos: cut endpoint%d: %v", i, err)
	}
	p.Cut()
	ch.resets++
	return "cut (connections closed, new ones reset)"
}

// restore makes endpoint i forward again. Listening again on its port can
// fail while another socket holds it for a moment; it retries for 10 s.
func (ch *chaosLoop) restore(i int) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := ch.endpoints[i].Up()
		if err == nil {
			ch.restores++
			return
		}
		if time.Now().After(deadline) {
			ch.t.Errorf("chaos: restore endpoint%d: %v", i, err)
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// restoreEndpoints restores every cut endpoint (the end of the run).
func (ch *chaosLoop) restoreEndpoints() {
	for i, p := range ch.endpoints {
		if !p.IsUp() {
			ch.restore(i)
			ch.t.Logf("chaos: endpoint%d restored (end of the traffic)", i)
		}
	}
	if !ch.allCutSince.IsZero() {
		ch.longestAllCut = max(ch.longestAllCut, time.Since(ch.allCutSince))
		ch.allCutSince = time.Time{}
	}
}
