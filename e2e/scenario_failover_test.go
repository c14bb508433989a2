//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/producer"
)

// Session TTL and block period of the failover scenarios (the issue's
// benchmark settings: 1 s period, TTL 2 s).
const (
	svcPeriod = time.Second
	svcTTL    = 2 * time.Second
)

// failoverResult is one leader change caused by a scenario step.
type failoverResult struct {
	Kind        string  `json:"kind"` // sigkill, zombie, partition, handover, etcd, all-down
	From        string  `json:"from"`
	To          string  `json:"to"`
	Height      uint64  `json:"height"`      // first block of the new leader
	Seconds     float64 `json:"seconds"`     // last block of the old leader to the first of the new (commit times)
	MissedSlots uint64  `json:"missedSlots"` // empty slots between them (block timestamps)
}

// svcRun is the state of TestScenarioServiceChain shared by its steps.
type svcRun struct {
	t       *testing.T
	c       *cluster
	s       *serviceChain
	rng     *rand.Rand
	results []failoverResult
	notes   []string
}

// TestScenarioServiceChain is issue 10's end-to-end test with separate
// processes: a 3-member etcd cluster (etcd v3.7.3 built from the Go module
// proxy, e2e/scripts/build-etcd.sh), three producer candidates (p1, p2
// embedded; gethX a `node run` that drives a geth v1.16.7 process over its
// JWT-authenticated authrpc) and one endpoint (e1), each a `servicechain node
// run` process; the bridge (a parent geth, 3 bridge node processes, k = 2,
// the service chain as the child chain, reading it from e1 and p2) moves
// value the whole time. Steps: (1) SIGKILL the leader at random moments
// (E2E_SVC_KILLS, default 20; 4 in the short profile); (2) SIGSTOP the leader
// past its TTL, then SIGCONT; (3) cut the leader off from etcd while it
// still reaches its peers; (4) kill an etcd member, then the etcd leader;
// (5) planned handovers (E2E_SVC_HANDOVERS, default 20; 5 short); (6) a new
// node with an empty datadir joins, takes the chain from e1's RPC (the etcd
// window, 60 blocks, no longer has it) and takes over in a handover; (7) all
// producers down for 10 s, then back. At the end, from every node's chain:
// one hash per height, no head ever moved backwards (heads sampled every
// 200 ms), every block any node served is in the final chain; every bridge
// transfer handled exactly once with value conserved. Figures go to the
// SUMMARY line and, as JSON, to $E2E_BENCH_OUT (default the run dir).
func TestScenarioServiceChain(t *testing.T) {
	kills := envInt(t, "E2E_SVC_KILLS", profileDefault(20, 4))
	handovers := envInt(t, "E2E_SVC_HANDOVERS", profileDefault(20, 5))
	seed := time.Now().UnixNano()
	if v := os.Getenv("E2E_SEED"); v != "" {
		var err error
		if seed, err = strconv.ParseInt(v, 10, 64); err != nil {
			t.Fatalf("E2E_SEED=%q: expected an integer", v)
		}
	}
	const users = 4
	var svc *serviceChain
	// The stream below sends at most 400 requests per direction, a quarter
	// of them ERC-721: 25 per user, of the 40 NFTs each user has per chain.
	c := newCluster(t, clusterOpts{operators: 3, threshold: 2, users: users, nftsPerChain: 40,
		child: func(t *testing.T, dir string, alloc map[common.Address]*big.Int) harness.Chain {
			svc = newServiceChain(t, dir, alloc, svcOpts{producers: 2, external: true, endpoints: 1, window: 60})
			return svc
		}})
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()
	r := &svcRun{t: t, c: c, s: svc, rng: rand.New(rand.NewSource(seed))}
	t.Logf("service chain scenarios: %d kills, %d handovers, seed %d (E2E_SEED)", kills, handovers, seed)
	sampler := newHeadSampler(svc)
	defer sampler.close()

	c.startNodes(ctx, func(i int, cfg *config.Config) {
		cfg.Child.Endpoints = []string{svc.node("e1").WSURL(), svc.node("p2").WSURL()}
	})
	before := c.ledger(ctx)
	c.seedChildTokens(ctx)

	// Value moves during all of it: a steady stream both ways until the
	// steps are done (the stream is then cut; what it sent is checked from
	// the chains).
	tctx, stopTraffic := context.WithCancel(ctx)
	trafficDone := make(chan struct{})
	go func() {
		defer close(trafficDone)
		r.traffic(tctx, 1.0, 400)
	}()

	start := time.Now()
	r.step("1 SIGKILL the leader", func() { r.killLeader(ctx, kills) })
	r.step("2 zombie leader (SIGSTOP past the TTL, SIGCONT)", func() { r.zombie(ctx) })
	r.step("3 leader cut off from etcd", func() { r.partition(ctx) })
	r.step("4 etcd member and etcd leader killed", func() { r.etcdFailures(ctx) })
	r.step("5 planned handovers", func() { r.handovers(ctx, handovers) })
	r.step("6 new node from a peer, then handover to it", func() { r.newNode(ctx); sampler.track() })
	r.step("7 all producers down for 10 s", func() { r.allDown(ctx, 10*time.Second) })
	chaos := time.Since(start)
	stopTraffic()
	<-trafficDone

	// Let the last requests land, then drain and check the bridge.
	waitBlocks(t, ctx, svc, 5)
	p2c, c2p := c.finish(ctx, before, 5*time.Minute)
	// Every node back and caught up, then the chains.
	for _, n := range svc.all() {
		svc.waitHealthy(ctx, n, 2*time.Minute)
	}
	rep := sampler.checkChains(ctx)
	if err := rep.err(); err != nil {
		t.Error(err)
	}
	t.Logf("chains: %d nodes, height %d, %d head samples, %d distinct blocks served, all in the final chain: %v",
		rep.Nodes, rep.Height, rep.Polls, rep.Served, len(rep.NotInChain) == 0)
	r.report(ctx, chaos, rep, p2c, c2p)
}

// step runs one scenario step as a subtest-like section: its failure is
// reported and the run goes on (the invariants at the end cover every step).
func (r *svcRun) step(name string, f func()) {
	r.t.Helper()
	start := time.Now()
	r.t.Logf("=== step %s", name)
	f()
	r.t.Logf("=== step %s done in %s", name, time.Since(start).Round(time.Millisecond))
}

// traffic streams bridge requests both ways at rate per second (at most n)
// until ctx ends.
func (r *svcRun) traffic(ctx context.Context, rate float64, n int) {
	js, p2c, c2p := r.c.burstOptions(trafficOpts{n: n, kinds: soakKinds, rate: rate}, 300)
	done := make(chan struct{}, 2)
	burst := func(dir string, o harness.BurstOptions) {
		defer func() { done <- struct{}{} }()
		// The stream is cut when the steps are done (ctx ends); an error
		// before that means it stopped sending: the bridge check below
		// would then cover less than the chaos.
		if _, err := js.Burst(ctx, o); err != nil && ctx.Err() == nil {
			r.t.Errorf("traffic %s stopped before the steps ended: %v", dir, err)
		}
	}
	go burst("parent->child", p2c)
	go burst("child->parent", c2p)
	<-done
	<-done
}

// lastRecord is the newest committed record.
func (r *svcRun) lastRecord(ctx context.Context) *producer.Record {
	r.t.Helper()
	h, err := r.s.head(ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	recs, err := r.s.records(ctx, h.Number)
	if err != nil || len(recs) == 0 {
		r.t.Fatalf("record %d: %v", h.Number, err)
	}
	return recs[len(recs)-1]
}

// waitChange waits until a block whose leader is not from, committed after
// block since, exists, and returns the leader change: from's last block and
// the next one.
func (r *svcRun) waitChange(ctx context.Context, kind, from string, since uint64, d time.Duration) failoverResult {
	r.t.Helper()
	var res failoverResult
	waitCond(r.t, ctx, d, "a block of a new leader after "+from, func() bool {
		recs, err := r.s.records(ctx, since)
		if err != nil {
			return false
		}
		for i := 1; i < len(recs); i++ {
			if recs[i-1].Leader == from && recs[i].Leader != from {
				res = changeOf(kind, recs[i-1], recs[i])
				return true
			}
		}
		return false
	})
	r.results = append(r.results, res)
	r.t.Logf("%s: %s -> %s at block %d, %.3f s, %d missed slots", kind, res.From, res.To, res.Height, res.Seconds, res.MissedSlots)
	return res
}

func changeOf(kind string, last, first *producer.Record) failoverResult {
	missed := uint64(0)
	if d := first.Time() - last.Time(); d > uint64(svcPeriod/time.Second) {
		missed = d/uint64(svcPeriod/time.Second) - 1
	}
	return failoverResult{Kind: kind, From: last.Leader, To: first.Leader, Height: first.Number(),
		Seconds: first.SealedAt.Sub(last.SealedAt).Seconds(), MissedSlots: missed}
}

// killLeader: (1) SIGKILL the leader n times, each at a random moment of a
// slot; the killed node is restarted and must become healthy (a standby)
// before the next kill.
func (r *svcRun) killLeader(ctx context.Context, n int) {
	for i := 0; i < n; i++ {
		l := r.s.waitLeader(ctx, 30*time.Second)
		time.Sleep(time.Duration(r.rng.Int63n(int64(svcPeriod)))) // a random moment in the slot
		since := r.lastRecord(ctx).Number()
		if err := l.Kill(); err != nil {
			r.t.Fatal(err)
		}
		r.waitChange(ctx, "sigkill", l.Name(), since, 30*time.Second)
		if err := l.Start(ctx, 90*time.Second); err != nil {
			r.t.Fatal(err)
		}
		r.s.waitHealthy(ctx, l, 90*time.Second)
	}
}

// zombie: (2) SIGSTOP the leader until another node has taken over and a
// TTL more has passed, then SIGCONT it: it wakes believing it leads; its
// self-fence (or, failing that, the commit fence) stops it, and it follows.
func (r *svcRun) zombie(ctx context.Context) {
	l := r.s.waitLeader(ctx, 30*time.Second)
	before, _ := l.Metrics(ctx)
	since := r.lastRecord(ctx).Number()
	if err := l.Proc().Signal(syscall.SIGSTOP); err != nil {
		r.t.Fatal(err)
	}
	res := r.waitChange(ctx, "zombie", l.Name(), since, 30*time.Second)
	time.Sleep(svcTTL)
	if err := l.Proc().Signal(syscall.SIGCONT); err != nil {
		r.t.Fatal(err)
	}
	r.s.waitHealthy(ctx, l, 60*time.Second)
	after, _ := l.Metrics(ctx)
	fenced := 0.0
	for _, reason := range []string{"fenced", "commit_refused", "commit_error", "stale"} {
		fenced += delta(before, after, "servicechain_producer_step_downs_total", `reason="`+reason+`"`)
	}
	refused := delta(before, after, "servicechain_producer_commit_failures_total", "")
	r.notes = append(r.notes, fmt.Sprintf("zombie %s woke after %s stopped: stepped down (fenced or commit refused) %.0f times, %0.f refused commits; new leader %s",
		l.Name(), (time.Duration(res.Seconds*float64(time.Second))+svcTTL).Round(time.Millisecond), fenced, refused, res.To))
	if fenced < 1 {
		r.t.Errorf("the woken zombie %s did not step down by the fence (metrics %v)", l.Name(), pick(after, "servicechain_producer_step_downs_total"))
	}
}

// partition: (3) the leader loses etcd (its proxies to all three members
// black-hole every byte) while its devp2p peers still reach it.
func (r *svcRun) partition(ctx context.Context) {
	l := r.s.waitLeader(ctx, 30*time.Second)
	since := r.lastRecord(ctx).Number()
	for _, p := range r.s.proxies[l.Name()] {
		if err := p.Blackhole(); err != nil {
			r.t.Fatal(err)
		}
	}
	res := r.waitChange(ctx, "partition", l.Name(), since, 30*time.Second)
	// Cut off, it still imports nothing from etcd but has its peers (an
	// external geth's count, which its node does not know, is read from the
	// geth's own RPC).
	if peers, err := r.s.peerCount(ctx, l); err != nil || peers < 1 {
		r.t.Errorf("%s has no devp2p peers while cut off from etcd (%d, %v)", l.Name(), peers, err)
	}
	time.Sleep(2 * time.Second)
	for _, p := range r.s.proxies[l.Name()] {
		p.Cut() // held connections die; the client reconnects
		if err := p.Restore(); err != nil {
			r.t.Fatal(err)
		}
	}
	r.s.waitHealthy(ctx, l, 60*time.Second)
	r.notes = append(r.notes, fmt.Sprintf("partition: %s cut off from etcd; %s led after %.3f s", l.Name(), res.To, res.Seconds))
}

// etcdFailures: (4) kill an etcd follower member, then (after it is back)
// the etcd leader; production goes on (the largest gap between two blocks
// during each is recorded).
func (r *svcRun) etcdFailures(ctx context.Context) {
	for _, which := range []string{"follower", "leader"} {
		li, err := r.s.etcd.Leader(ctx)
		if err != nil {
			r.t.Fatal(err)
		}
		victim := li
		if which == "follower" {
			victim = (li + 1) % len(r.s.etcd.Members())
		}
		m := r.s.etcd.Member(victim)
		since := r.lastRecord(ctx).Number()
		t0 := time.Now()
		if err := m.Kill(); err != nil {
			r.t.Fatal(err)
		}
		waitBlocks(r.t, ctx, r.s, 5)
		if err := m.Restart(ctx); err != nil {
			r.t.Fatal(err)
		}
		waitBlocks(r.t, ctx, r.s, 3)
		gap, missed := r.maxGap(ctx, since)
		r.notes = append(r.notes, fmt.Sprintf("etcd %s %s killed: production went on, largest block gap %.3f s (%d missed slots) over %s",
			which, m.Name(), gap, missed, time.Since(t0).Round(time.Second)))
		// The bound: etcd elects a new leader within two election
		// timeouts (2 s with its defaults), the producer's commit in flight
		// then fails (or its outcome is unknown) and the leadership is
		// settled again within the TTL, and the next slot follows.
		if bound := 2*time.Second + svcTTL + svcPeriod; gap > bound.Seconds() {
			r.t.Errorf("etcd %s killed: a %.3f s gap between blocks", which, gap)
		}
	}
}

// maxGap is the largest commit-time gap between consecutive committed
// blocks from since on, and the missed slots there.
func (r *svcRun) maxGap(ctx context.Context, since uint64) (float64, uint64) {
	recs, err := r.s.records(ctx, since)
	if err != nil {
		r.t.Fatal(err)
	}
	var gap float64
	var missed uint64
	for i := 1; i < len(recs); i++ {
		ch := changeOf("", recs[i-1], recs[i])
		if ch.Seconds > gap {
			gap, missed = ch.Seconds, ch.MissedSlots
		}
	}
	return gap, missed
}

// handovers: (5) n planned handovers, alternately to the best standby and
// to a named one (the external geth's node among them).
func (r *svcRun) handovers(ctx context.Context, n int) {
	for i := 0; i < n; i++ {
		l := r.s.waitLeader(ctx, 30*time.Second)
		for _, c := range r.s.candidates() {
			if c != l {
				r.s.waitHealthy(ctx, c, 60*time.Second)
			}
		}
		to := ""
		if i%2 == 1 {
			for _, c := range r.s.candidates() {
				if c != l && c.Running() {
					to = c.Name()
					if r.rng.Intn(2) == 0 {
						break
					}
				}
			}
		}
		since := r.lastRecord(ctx).Number()
		var res producer.HandoverResult
		var arg any
		if to != "" {
			arg = to
		}
		if err := l.Admin(ctx, &res, "producer_handover", arg); err != nil {
			r.t.Fatalf("handover %d from %s: %v", i, l.Name(), err)
		}
		ch := r.waitChange(ctx, "handover", l.Name(), since, 20*time.Second)
		if to != "" && ch.To != to {
			r.t.Errorf("handover to %s: %s took over", to, ch.To)
		}
		if ch.MissedSlots != 0 {
			r.t.Errorf("handover %s -> %s missed %d slots", ch.From, ch.To, ch.MissedSlots)
		}
	}
}

// newNode: (6) n1, a new candidate with an empty datadir, joins: the etcd
// window (60 blocks) no longer has the chain's start, so it takes the blocks
// from e1's RPC (bootstrap.from), checked against the committed log; then a
// handover makes it the leader.
func (r *svcRun) newNode(ctx context.Context) {
	// The earlier steps usually take the chain past the window; when they
	// ran fast (the short profile), wait for the blocks still missing, so
	// that the etcd window surely lacks the chain's start.
	want := r.s.opts.window + 3
	if h, err := r.s.head(ctx); err == nil && h.Number < want {
		waitBlocks(r.t, ctx, r.s, want-h.Number)
	}
	h, err := r.s.head(ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	if h.Number <= r.s.opts.window {
		r.t.Fatalf("the chain is at %d, within the etcd window of %d: the new node would not need its peer", h.Number, r.s.opts.window)
	}
	n := r.s.addNode(ctx, "n1", false, false)
	r.s.setPeers(n)
	t0 := time.Now()
	if err := n.Start(ctx, 90*time.Second); err != nil {
		r.t.Fatal(err)
	}
	r.s.waitHealthy(ctx, n, 3*time.Minute)
	caughtUp := time.Since(t0)
	log, _ := os.ReadFile(filepath.Join(r.s.dir, "n1", "node.log"))
	if !strings.Contains(string(log), "bootstrapped from a peer") {
		r.t.Errorf("n1 did not bootstrap from its peer's RPC; log:\n%s", tail(string(log), 3000))
	}
	l := r.s.waitLeader(ctx, 30*time.Second)
	since := r.lastRecord(ctx).Number()
	var res producer.HandoverResult
	if err := l.Admin(ctx, &res, "producer_handover", "n1"); err != nil {
		r.t.Fatalf("handover to n1: %v", err)
	}
	ch := r.waitChange(ctx, "handover", l.Name(), since, 20*time.Second)
	if ch.To != "n1" {
		r.t.Errorf("handover to n1: %s took over", ch.To)
	}
	waitBlocks(r.t, ctx, r.s, 3)
	r.notes = append(r.notes, fmt.Sprintf("new node n1 (empty datadir) joined at height %d (etcd window %d), bootstrapped from e1's RPC and was healthy in %s; handover to it: %d missed slots",
		h.Number, r.s.opts.window, caughtUp.Round(time.Millisecond), ch.MissedSlots))
}

// allDown: (7) every producer candidate down (SIGKILL) for d, then back.
func (r *svcRun) allDown(ctx context.Context, d time.Duration) {
	last := r.lastRecord(ctx)
	cands := r.s.candidates()
	for _, c := range cands {
		if err := c.Kill(); err != nil {
			r.t.Fatal(err)
		}
	}
	time.Sleep(d)
	t0 := time.Now()
	errs := make(chan error, len(cands))
	for _, c := range cands {
		go func() { errs <- c.Start(ctx, 90*time.Second) }()
	}
	for range cands {
		if err := <-errs; err != nil {
			r.t.Fatal(err)
		}
	}
	var first *producer.Record
	waitCond(r.t, ctx, 60*time.Second, "a block after all producers came back", func() bool {
		recs, err := r.s.records(ctx, last.Number()+1)
		if err == nil && len(recs) > 0 {
			first = recs[0]
			return true
		}
		return false
	})
	ch := changeOf("all-down", last, first)
	r.notes = append(r.notes, fmt.Sprintf("all %d producers down for %s: first block %.3f s after they were started again (%d missed slots, %s -> %s)",
		len(cands), d, first.SealedAt.Sub(t0).Seconds(), ch.MissedSlots, ch.From, ch.To))
	for _, c := range cands {
		r.s.waitHealthy(ctx, c, 2*time.Minute)
	}
}

// waitBlocks waits for k more committed blocks.
func waitBlocks(t *testing.T, ctx context.Context, s *serviceChain, k uint64) {
	t.Helper()
	h, err := s.head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitCond(t, ctx, time.Duration(k)*svcPeriod+time.Minute, fmt.Sprintf("%d more blocks after %d", k, h.Number), func() bool {
		n, err := s.head(ctx)
		return err == nil && n.Number >= h.Number+k
	})
}

// report logs the SUMMARY line and writes the figures as JSON.
func (r *svcRun) report(ctx context.Context, chaos time.Duration, rep chainReport, p2c, c2p *harness.DirectionReport) {
	by := map[string][]float64{}
	var handoverMissed []float64
	for _, f := range r.results {
		by[f.Kind] = append(by[f.Kind], f.Seconds)
		if f.Kind == "handover" {
			handoverMissed = append(handoverMissed, float64(f.MissedSlots))
		}
	}
	for _, v := range by {
		sort.Float64s(v)
	}
	sort.Float64s(handoverMissed)
	importLag, commit := r.histograms(ctx)
	out := map[string]any{
		"failovers": r.results, "notes": r.notes, "chaosSeconds": chaos.Seconds(),
		"sigkill":          stats(by["sigkill"]),
		"zombie":           stats(by["zombie"]),
		"partition":        stats(by["partition"]),
		"handoverSeconds":  stats(by["handover"]),
		"handoverMissed":   stats(handoverMissed),
		"importLagSeconds": importLag,
		"commitSeconds":    commit,
		"chain":            map[string]any{"nodes": rep.Nodes, "height": rep.Height, "served": rep.Served, "polls": rep.Polls, "forks": len(rep.Forks), "backwards": len(rep.Backwards), "notInChain": len(rep.NotInChain)},
		"bridge":           map[string]any{"p2c": p2c.Handled, "c2p": c2p.Handled},
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	dir := os.Getenv("E2E_BENCH_OUT")
	if dir == "" {
		dir = r.c.dir
	}
	os.MkdirAll(dir, 0o755)
	path := filepath.Join(dir, "servicechain-failover.json")
	os.WriteFile(path, b, 0o644)
	r.t.Logf("figures written to %s", path)
	for _, n := range r.notes {
		r.t.Log(n)
	}
	k := stats(by["sigkill"])
	summary(r.t, "service-chain", "3 etcd, 3 candidates (1 external geth v1.16.7) + 1 endpoint + 1 joiner, period %s, TTL %s, %s of chaos: "+
		"SIGKILL failover p50/p99/max %.2f/%.2f/%.2f s over %d kills (target p99 <= %.0f s); zombie %.2f s; partition %.2f s; "+
		"%d handovers, missed slots max %.0f; endpoint import lag p50/p99 %.3f/%.3f s; commit p50/p99 %.4f/%.4f s; "+
		"chains: %d nodes, height %d, %d blocks served, forks %d, heads backwards %d, served-not-final %d; bridge %d+%d transfers exactly once, value conserved",
		svcPeriod, svcTTL, chaos.Round(time.Second), k["p50"], k["p99"], k["max"], len(by["sigkill"]), (svcTTL + svcPeriod).Seconds(),
		stats(by["zombie"])["max"], stats(by["partition"])["max"], len(by["handover"]), stats(handoverMissed)["max"],
		importLag["p50"], importLag["p99"], commit["p50"], commit["p99"],
		rep.Nodes, rep.Height, rep.Served, len(rep.Forks), len(rep.Backwards), len(rep.NotInChain), p2c.Handled, c2p.Handled)
	if k["p99"] > (svcTTL + svcPeriod).Seconds() {
		r.t.Logf("NOTE: SIGKILL failover p99 %.2f s is above the target TTL + 1 period = %.0f s", k["p99"], (svcTTL + svcPeriod).Seconds())
	}
}

// histograms merges the endpoints' import-lag histograms (followers that
// are never restarted: a restarted candidate's catch-up of blocks sealed
// while it was down is not follower lag) and every node's commit-latency
// histogram (leaders) and returns p50/p99 estimates (linear interpolation
// within a bucket, as Prometheus' histogram_quantile).
func (r *svcRun) histograms(ctx context.Context) (importLag, commit map[string]float64) {
	lag, com := map[float64]float64{}, map[float64]float64{}
	for _, n := range r.s.all() {
		m, err := n.Metrics(ctx)
		if err != nil {
			continue
		}
		if n.File().Producer.Role == "endpoint" {
			addBuckets(lag, m, "servicechain_producer_import_lag_seconds_bucket")
		}
		addBuckets(com, m, "servicechain_producer_commit_latency_seconds_bucket")
	}
	return quantiles(lag), quantiles(com)
}

func addBuckets(into map[float64]float64, m map[string]float64, name string) {
	for k, v := range m {
		if !strings.HasPrefix(k, name+"{") {
			continue
		}
		i := strings.Index(k, `le="`)
		if i < 0 {
			continue
		}
		le := k[i+4:]
		le = le[:strings.IndexByte(le, '"')]
		b, err := strconv.ParseFloat(le, 64)
		if le == "+Inf" {
			b, err = 1e9, nil
		}
		if err == nil {
			into[b] += v
		}
	}
}

func quantiles(buckets map[float64]float64) map[string]float64 {
	bounds := make([]float64, 0, len(buckets))
	for b := range buckets {
		bounds = append(bounds, b)
	}
	sort.Float64s(bounds)
	out := map[string]float64{"count": 0}
	if len(bounds) == 0 {
		return out
	}
	total := buckets[bounds[len(bounds)-1]]
	out["count"] = total
	for _, q := range []struct {
		name string
		q    float64
	}{{"p50", 0.5}, {"p99", 0.99}} {
		rank := q.q * total
		prevB, prevC := 0.0, 0.0
		for _, b := range bounds {
			if c := buckets[b]; c >= rank {
				if b == 1e9 {
					out[q.name] = prevB
				} else if c > prevC {
					out[q.name] = prevB + (b-prevB)*(rank-prevC)/(c-prevC)
				} else {
					out[q.name] = b
				}
				break
			}
			prevB, prevC = b, buckets[b]
		}
	}
	return out
}

// stats is p50/p99/max of sorted values.
func stats(sorted []float64) map[string]float64 {
	if len(sorted) == 0 {
		return map[string]float64{"n": 0, "p50": 0, "p99": 0, "max": 0}
	}
	return map[string]float64{"n": float64(len(sorted)), "p50": harness.Percentile(sorted, 50), "p99": harness.Percentile(sorted, 99), "max": sorted[len(sorted)-1]}
}

// delta is the increase of a counter between two scrapes (summed over the
// series whose labels contain sel).
func delta(before, after map[string]float64, name, sel string) float64 {
	sum := func(m map[string]float64) float64 {
		t := 0.0
		for k, v := range m {
			if strings.HasPrefix(k, name+"{") && strings.Contains(k, sel) {
				t += v
			}
		}
		return t
	}
	return sum(after) - sum(before)
}

func pick(m map[string]float64, name string) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		if strings.HasPrefix(k, name) {
			out[k] = v
		}
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
