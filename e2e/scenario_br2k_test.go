//go:build e2e

package e2e

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anishathalye/porcupine"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/chain"
	"github.com/servicechain/servicechain/br2k/sqlstore/mysql/mysqltest"
	"github.com/servicechain/servicechain/e2e/harness"
)

// br2kProfile is the size of the br2k scenario: E2E_PROFILE=short is the CI
// profile (>= 1,000 acknowledged requests, >= 10 leader changes), the
// default the full one (>= 10,000 and >= 50).
type br2kProfile struct {
	acks, changes int
	snapshotEvery uint64
	catchUp       uint64
	maxRun        time.Duration
	minFaultGap   time.Duration
	maxFaultGap   time.Duration
	redeemShare   float64
	workers       int
	sessionTTL    time.Duration
}

func newBR2KProfile() br2kProfile {
	p := br2kProfile{acks: 10_000, changes: 50, snapshotEvery: 2_000, catchUp: 300, maxRun: 45 * time.Minute,
		minFaultGap: 2 * time.Second, maxFaultGap: 10 * time.Second, redeemShare: 0.06, workers: 16, sessionTTL: 2 * time.Second}
	if shortProfile() {
		p.acks, p.changes, p.snapshotEvery, p.catchUp, p.maxRun = 1_000, 10, 300, 100, 10*time.Minute
	}
	// E2E_BR2K_ACKS and E2E_BR2K_CHANGES override the targets (a quick run).
	if v, err := strconv.Atoi(os.Getenv("E2E_BR2K_ACKS")); err == nil {
		p.acks = v
	}
	if v, err := strconv.Atoi(os.Getenv("E2E_BR2K_CHANGES")); err == nil {
		p.changes = v
	}
	return p
}

// br2kCluster is everything the scenario runs: 3 etcd members, MariaDB, a
// geth chain and 3 replica processes of the points example.
type br2kCluster struct {
	t        *testing.T
	dir      string
	etcd     *harness.EtcdCluster
	cli      *clientv3.Client // the test's own etcd client (not through the proxies)
	geth     *harness.Geth
	eth      *ethclient.Client
	replicas []*harness.PointsReplica
	chain    pointsChain
	service  string
}

// pointsChain is points.json as `points setup` wrote it.
type pointsChain struct {
	RPC      string         `json:"rpc"`
	ChainID  uint64         `json:"chainId"`
	Token    common.Address `json:"token"`
	Registry common.Address `json:"registry"`
	Service  string         `json:"service"`
}

// startBR2KCluster starts the pieces. With withChain false there is no geth
// and /redeem is off (the benchmark).
func startBR2KCluster(t *testing.T, withChain bool, snapshotEvery, catchUp uint64, ttl time.Duration) *br2kCluster {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c := &br2kCluster{t: t, dir: newRunDir(t), service: "points"}
	etcdBin, err := harness.BuildEtcd(ctx)
	if err != nil {
		t.Fatal(err)
	}
	etcdDir := filepath.Join(c.dir, "etcd")
	if base := os.Getenv("E2E_BR2K_ETCD_DIR"); base != "" {
		// Another file system for the members' data (a benchmark on tmpfs
		// separates br2k's cost from the disk's fsync latency).
		if etcdDir, err = os.MkdirTemp(base, "br2k-etcd-"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(etcdDir) })
	}
	if c.etcd, err = harness.StartEtcdCluster(ctx, harness.EtcdConfig{Binary: etcdBin, Dir: etcdDir}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.etcd.Close)
	if c.cli, err = c.etcd.Client(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.cli.Close() })
	db := mysqltest.Start(t)
	dsn := db.CreateDatabase(t, "br2k")
	bin, err := harness.BuildPoints(ctx, c.dir)
	if err != nil {
		t.Fatal(err)
	}
	config := ""
	if withChain {
		key := harness.TestKey(700)
		c.geth, err = harness.StartGeth(ctx, harness.GethConfig{Binary: buildGeth(t), Name: "child", Dir: c.dir, ChainID: childChainID,
			Alloc: map[common.Address]*big.Int{harness.KeyAddress(key): eth(10_000)}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.geth.Close() })
		if c.eth, err = c.geth.Dial(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.eth.Close)
		config = filepath.Join(c.dir, "points.json")
		out, err := exec.CommandContext(ctx, bin, "setup", "--rpc", c.geth.HTTPURL(), "--key", harness.KeyHex(key), "--out", config).CombinedOutput()
		if err != nil {
			t.Fatalf("points setup: %v\n%s", err, out)
		}
		b, err := os.ReadFile(config)
		if err != nil || json.Unmarshal(b, &c.chain) != nil {
			t.Fatalf("points.json: %v %s", err, b)
		}
		t.Logf("points setup: %s", strings.TrimSpace(string(out)))
	}
	for i := range 3 {
		r, err := harness.StartPoints(ctx, harness.PointsConfig{Binary: bin, ID: fmt.Sprintf("r%d", i+1), Dir: c.dir, Etcd: c.etcd.Endpoints(),
			Config: config, MySQL: dsn, TTL: ttl, SnapshotEvery: snapshotEvery, CatchUpEntries: catchUp,
			// verify looks every redemption up by its Idempotency-Key at the
			// end, so no key may be evicted by the table's bound (100,000 by
			// default; the full profile acknowledges more than that).
			ExtraArgs: []string{"--max-idempotency-keys", "2000000"}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(r.Close)
		c.replicas = append(c.replicas, r)
	}
	for _, r := range c.replicas {
		if err := r.WaitReady(ctx, 2*time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// leaderWatch follows the election in etcd (directly, not through the
// replicas' proxies) and records every leader change.
type leaderWatch struct {
	mu      sync.Mutex
	cur     br2k.LeaderInfo
	changes []leaderChange
	ch      chan struct{} // closed and replaced on a change
}

type leaderChange struct {
	at time.Time
	l  br2k.LeaderInfo
}

func (c *br2kCluster) watchLeader(ctx context.Context) *leaderWatch {
	w := &leaderWatch{ch: make(chan struct{})}
	prefix := br2k.Prefix(c.service) + "election/"
	go func() {
		for ctx.Err() == nil {
			gctx, cancel := context.WithTimeout(ctx, 3*time.Second)
			resp, err := c.cli.Get(gctx, prefix, clientv3.WithFirstCreate()...)
			cancel()
			if err != nil {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			var l br2k.LeaderInfo
			if len(resp.Kvs) == 1 {
				_ = json.Unmarshal(resp.Kvs[0].Value, &l)
				l.Epoch = resp.Kvs[0].CreateRevision
			}
			w.mu.Lock()
			if l.Epoch != w.cur.Epoch {
				w.cur = l
				if l.ID != "" {
					w.changes = append(w.changes, leaderChange{at: time.Now(), l: l})
				}
				close(w.ch)
				w.ch = make(chan struct{})
			}
			w.mu.Unlock()
			wctx, wcancel := context.WithCancel(clientv3.WithRequireLeader(ctx))
			select {
			case <-c.cli.Watch(wctx, prefix, clientv3.WithPrefix(), clientv3.WithRev(resp.Header.Revision+1)):
			case <-time.After(2 * time.Second):
			case <-ctx.Done():
			}
			wcancel()
		}
	}()
	return w
}

// leader returns the current leader (ID "" when none) and a channel closed
// at the next change.
func (w *leaderWatch) leader() (br2k.LeaderInfo, <-chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.cur, w.ch
}

// terms is the number of leaders elected so far (the first one included).
func (w *leaderWatch) terms() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.changes)
}

// waitLeader waits for a leader other than not (epoch), up to d.
func (w *leaderWatch) waitLeader(notEpoch int64, d time.Duration) (br2k.LeaderInfo, bool) {
	deadline := time.After(d)
	for {
		l, ch := w.leader()
		if l.ID != "" && l.Epoch != notEpoch {
			return l, true
		}
		select {
		case <-ch:
		case <-deadline:
			return l, false
		}
	}
}

func (c *br2kCluster) replica(id string) *harness.PointsReplica {
	for _, r := range c.replicas {
		if r.ID() == id {
			return r
		}
	}
	return nil
}

// fault is one nemesis action against the cluster (already healed when it
// returns). leaderFault marks those aimed at the leader replica.
type fault struct {
	kind   string
	at     time.Time
	epoch  int64 // the leader's epoch when it was injected
	target string
	detail string
}

// nemesis injects one fault at random intervals until stop is closed.
type nemesis struct {
	c      *br2kCluster
	w      *leaderWatch
	ttl    time.Duration
	rng    *rand.Rand
	mu     sync.Mutex
	faults []fault
	snaps  []br2k.SnapshotMeta
	errs   []string
}

func (n *nemesis) logf(format string, args ...any) {
	n.c.t.Logf("nemesis %s: %s", time.Now().Format("15:04:05.000"), fmt.Sprintf(format, args...))
}

func (n *nemesis) fail(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	n.logf("ERROR %s", msg)
	n.mu.Lock()
	n.errs = append(n.errs, msg)
	n.mu.Unlock()
}

func (n *nemesis) record(f fault) {
	n.mu.Lock()
	n.faults = append(n.faults, f)
	n.mu.Unlock()
}

func (n *nemesis) between(a, b time.Duration) time.Duration {
	return a + time.Duration(n.rng.Int64N(int64(b-a)+1))
}

func (n *nemesis) run(ctx context.Context, stop <-chan struct{}, minGap, maxGap time.Duration) {
	kinds := []struct {
		name   string
		weight int
		do     func(ctx context.Context)
	}{
		{"kill-leader", 4, n.killLeader},
		{"pause-leader", 3, n.pauseLeader},
		{"cut-leader", 3, n.cutLeader},
		{"kill-etcd-leader", 2, n.killEtcdLeader},
		{"snapshot", 2, n.snapshot},
		{"wipe-replica", 1, n.wipeReplica},
	}
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	// Every kind runs once early, in random order; then by weight.
	order := n.rng.Perm(len(kinds))
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		case <-time.After(n.between(minGap, maxGap)):
		}
		var k int
		if i < len(order) {
			k = order[i]
		} else {
			x := n.rng.IntN(total)
			for k = 0; x >= kinds[k].weight; k++ {
				x -= kinds[k].weight
			}
		}
		kinds[k].do(ctx)
		n.ensureUp(ctx)
	}
}

// current returns the leader replica, waiting up to 15 s for one.
func (n *nemesis) current() (*harness.PointsReplica, br2k.LeaderInfo, bool) {
	l, ok := n.w.waitLeader(0, 15*time.Second)
	if !ok {
		return nil, l, false
	}
	r := n.c.replica(l.ID)
	return r, l, r != nil
}

func (n *nemesis) killLeader(ctx context.Context) {
	r, l, ok := n.current()
	if !ok {
		n.fail("kill-leader: no leader")
		return
	}
	f := fault{kind: "kill-leader", at: time.Now(), epoch: l.Epoch, target: r.ID()}
	if err := r.Kill(); err != nil {
		n.fail("kill %s: %v", r.ID(), err)
	}
	n.record(f)
	down := n.between(500*time.Millisecond, 3*time.Second)
	n.logf("SIGKILL leader %s (epoch %d); restart in %s", r.ID(), l.Epoch, down)
	time.Sleep(down)
	if err := r.Restart(ctx); err != nil {
		n.fail("restart %s: %v", r.ID(), err)
	}
}

func (n *nemesis) pauseLeader(ctx context.Context) {
	r, l, ok := n.current()
	if !ok {
		n.fail("pause-leader: no leader")
		return
	}
	d := n.ttl + n.between(time.Second, 3*time.Second)
	f := fault{kind: "pause-leader", at: time.Now(), epoch: l.Epoch, target: r.ID(), detail: d.String()}
	if err := r.Pause(); err != nil {
		n.fail("pause %s: %v", r.ID(), err)
	}
	n.record(f)
	n.logf("SIGSTOP leader %s (epoch %d) for %s", r.ID(), l.Epoch, d)
	time.Sleep(d)
	if err := r.Resume(); err != nil {
		n.fail("resume %s: %v", r.ID(), err)
	}
}

func (n *nemesis) cutLeader(ctx context.Context) {
	r, l, ok := n.current()
	if !ok {
		n.fail("cut-leader: no leader")
		return
	}
	d := n.ttl + n.between(time.Second, 3*time.Second)
	f := fault{kind: "cut-leader", at: time.Now(), epoch: l.Epoch, target: r.ID(), detail: d.String()}
	if err := r.CutEtcd(); err != nil {
		n.fail("cut %s: %v", r.ID(), err)
	}
	n.record(f)
	n.logf("cut leader %s (epoch %d) off from etcd for %s", r.ID(), l.Epoch, d)
	time.Sleep(d)
	if err := r.HealEtcd(); err != nil {
		n.fail("heal %s: %v", r.ID(), err)
	}
}

func (n *nemesis) killEtcdLeader(ctx context.Context) {
	i, err := n.c.etcd.Leader(ctx)
	if err != nil {
		n.fail("etcd leader: %v", err)
		return
	}
	m := n.c.etcd.Member(i)
	l, _ := n.w.leader()
	n.record(fault{kind: "kill-etcd-leader", at: time.Now(), epoch: l.Epoch, target: m.Name()})
	if err := m.Kill(); err != nil {
		n.fail("kill etcd %s: %v", m.Name(), err)
	}
	down := n.between(time.Second, 4*time.Second)
	n.logf("SIGKILL etcd leader %s; restart in %s", m.Name(), down)
	time.Sleep(down)
	if err := m.Restart(ctx); err != nil {
		n.fail("restart etcd %s: %v", m.Name(), err)
	}
}

func (n *nemesis) snapshot(ctx context.Context) {
	r, l, ok := n.current()
	if !ok {
		n.fail("snapshot: no leader")
		return
	}
	n.record(fault{kind: "snapshot", at: time.Now(), epoch: l.Epoch, target: r.ID()})
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var m br2k.SnapshotMeta
	err := r.Admin(sctx, &m, "br2k_snapshot")
	switch {
	case err == nil:
		n.logf("br2k_snapshot on %s: version %d at index %d, %d bytes in %s", r.ID(), m.Version, m.Index, m.Size, m.End.Sub(m.Start).Round(time.Millisecond))
		n.mu.Lock()
		n.snaps = append(n.snaps, m)
		n.mu.Unlock()
	case strings.Contains(err.Error(), "already being written"), strings.Contains(err.Error(), "not the leader"):
		n.logf("br2k_snapshot on %s: %v (the leader moved or one is running)", r.ID(), err)
	default:
		n.fail("br2k_snapshot on %s: %v", r.ID(), err)
	}
}

func (n *nemesis) wipeReplica(ctx context.Context) {
	l, _ := n.w.leader()
	var r *harness.PointsReplica
	for _, p := range n.c.replicas {
		if p.ID() != l.ID {
			r = p
			break
		}
	}
	n.record(fault{kind: "wipe-replica", at: time.Now(), epoch: l.Epoch, target: r.ID()})
	if err := r.Kill(); err != nil {
		n.fail("kill %s: %v", r.ID(), err)
	}
	if err := r.Wipe(); err != nil {
		n.fail("wipe %s: %v", r.ID(), err)
	}
	n.logf("wiped follower %s; restarting empty", r.ID())
	if err := r.Restart(ctx); err != nil {
		n.fail("restart %s: %v", r.ID(), err)
	}
}

// ensureUp puts back anything left down (a failed restart) and waits for a
// leader, so faults do not pile up.
func (n *nemesis) ensureUp(ctx context.Context) {
	for _, r := range n.c.replicas {
		if r.Paused() {
			r.Resume()
		}
		if r.Cut() {
			r.HealEtcd()
		}
		if !r.Running() {
			if err := r.Restart(ctx); err != nil {
				n.fail("restart %s: %v", r.ID(), err)
			}
		}
	}
	for _, m := range n.c.etcd.Members() {
		if !m.Running() {
			if err := m.Restart(ctx); err != nil {
				n.fail("restart etcd %s: %v", m.Name(), err)
			}
		}
	}
	if _, ok := n.w.waitLeader(0, 30*time.Second); !ok {
		n.fail("no leader 30 s after a fault")
	}
}

// TestScenarioBR2K is issue 11's end-to-end test on separate processes: a
// 3-member etcd cluster, MariaDB for snapshots, a geth chain, and 3 replica
// processes of the points example reaching etcd through fault proxies. 16
// client workers send credits (Replicate), register writes and reads
// (Replicate and linearizable reads) and redeems (OnlyOnce, one ERC-20
// transfer each), every request with a unique Idempotency-Key and retried
// with it until a deadline, while a nemesis at random 2-10 s intervals
// SIGKILLs the leader replica, SIGSTOPs it past its TTL, cuts it off from
// etcd, kills the etcd leader, forces a snapshot under load and wipes a
// replica. It passes only with zero acknowledged requests lost, zero applied
// twice, equal state digests on every replica at the same index, exactly
// one mined transaction per redeem (from the chain), and a linearizable
// register history (porcupine).
func TestScenarioBR2K(t *testing.T) {
	prof := newBR2KProfile()
	c := startBR2KCluster(t, true, prof.snapshotEvery, prof.catchUp, prof.sessionTTL)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := c.watchLeader(ctx)
	if _, ok := w.waitLeader(0, 30*time.Second); !ok {
		t.Fatal("no leader elected")
	}
	startHead, err := c.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	load := newBR2KLoad(c.replicas)
	var workers sync.WaitGroup
	for i := range prof.workers {
		workers.Go(func() { load.worker(i, prof.redeemShare) })
	}
	nem := &nemesis{c: c, w: w, ttl: prof.sessionTTL, rng: rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))}
	stopNemesis := make(chan struct{})
	nemDone := make(chan struct{})
	go func() { defer close(nemDone); nem.run(ctx, stopNemesis, prof.minFaultGap, prof.maxFaultGap) }()

	began := time.Now()
	tick := time.NewTicker(10 * time.Second)
	for {
		<-tick.C
		acked, changes := load.ackCount.Load(), w.terms()-1
		t.Logf("progress %s: %d acknowledged, %d leader changes, %d faults", time.Since(began).Round(time.Second), acked, changes, len(nem.faults))
		if acked >= int64(prof.acks) && changes >= prof.changes {
			break
		}
		if time.Since(began) > prof.maxRun {
			close(stopNemesis)
			<-nemDone
			load.stop.Store(true)
			workers.Wait()
			t.Fatalf("after %s: %d acknowledged (want %d), %d leader changes (want %d)", prof.maxRun, acked, prof.acks, changes, prof.changes)
		}
	}
	tick.Stop()
	close(stopNemesis)
	<-nemDone
	nem.ensureUp(ctx)
	load.stop.Store(true)
	workers.Wait()
	runTime := time.Since(began)
	t.Logf("load stopped after %s", runTime.Round(time.Second))
	for _, e := range nem.errs {
		t.Errorf("nemesis: %s", e)
	}
	for _, u := range load.unexpect {
		t.Errorf("unexpected answer: %s", u)
	}

	res := c.verify(ctx, load, startHead)
	res.changes = w.terms() - 1
	res.runTime = runTime
	res.faults = map[string]int{}
	for _, f := range nem.faults {
		res.faults[f.kind]++
	}
	res.unavail = unavailability(nem.faults, load.acks)
	res.snapshots = len(nem.snaps)
	c.report(t, res, load)
	if res.changes < prof.changes {
		t.Errorf("%d leader changes, want >= %d", res.changes, prof.changes)
	}
	if res.acked < prof.acks {
		t.Errorf("%d acknowledged, want >= %d", res.acked, prof.acks)
	}
}

// br2kResult is what verify found.
type br2kResult struct {
	acked, gaveUp, lost, duplicated, readViolations int
	credits, redeems, redeemsAcked, regOps          int
	transfers, registryTxs, serviceTxs              int
	porcupine                                       porcupine.CheckResult
	digest                                          string
	index                                           uint64
	changes                                         int
	faults                                          map[string]int
	unavail                                         []outage
	firstIndex, head, versions                      uint64
	snapshots, restores                             int
	runTime                                         time.Duration
}

// verify heals nothing (the caller did): it waits for the redemptions to be
// mined and the replicas to converge, then checks every invariant.
func (c *br2kCluster) verify(ctx context.Context, load *br2kLoad, startHead uint64) br2kResult {
	t := c.t
	res := br2kResult{gaveUp: load.gaveUp, readViolations: len(load.violation), credits: len(load.credits), redeems: len(load.redeems), regOps: len(load.regOps)}
	for _, v := range load.violation {
		t.Errorf("linearizable read of acknowledged credit %s (%d points) got %s", v.account, v.want, v.got)
	}
	for _, r := range c.replicas {
		if err := r.WaitReady(ctx, 2*time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	hc := &http.Client{Timeout: 10 * time.Second}
	lead := c.replicas[0]

	// 1. Every redemption that reached the log settles (mined).
	deadline := time.Now().Add(3 * time.Minute)
	for _, op := range load.redeems {
		for {
			var eff chain.Effect
			code, err := getJSON(ctx, hc, lead.URL()+"/redemptions/"+op.key, &eff)
			if err == nil && (code == 404 && !op.acked || code == 200 && eff.Done()) {
				if code == 200 && eff.State != chain.StateMined {
					t.Errorf("redemption %s: %s %s", op.key, eff.State, eff.Error)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("redemption %s (acked %v) not settled: %d %+v %v", op.key, op.acked, code, eff, err)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}

	// 2. The replicas converge on one index and one digest.
	var digests map[string]string
	deadline = time.Now().Add(2 * time.Minute)
	for {
		st, err := br2k.ReadStatus(ctx, c.cli, c.service)
		digests = map[string]string{}
		same := err == nil
		for _, r := range c.replicas {
			idx, d, err := r.State(ctx)
			if err != nil || idx != st.Head {
				same = false
				break
			}
			digests[r.ID()] = d
			res.index = idx
		}
		if same {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("replicas did not converge on the log head: %v %v", digests, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for id, d := range digests {
		if res.digest == "" {
			res.digest = d
		} else if d != res.digest {
			t.Errorf("replica %s has state digest %s at index %d, another %s", id, d, res.index, res.digest)
		}
	}

	// 3. Credits: an acknowledged one is applied exactly once on every
	// replica; any one at most once.
	type check struct {
		r  *harness.PointsReplica
		op *creditOp
	}
	jobs := make(chan check)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for j := range jobs {
				var got struct {
					Points int64 `json:"points"`
				}
				if code, err := getJSON(ctx, hc, j.r.URL()+"/accounts/"+j.op.account, &got); err != nil || code != 200 {
					t.Errorf("%s: account %s: %d %v", j.r.ID(), j.op.account, code, err)
					continue
				}
				mu.Lock()
				switch {
				case got.Points == j.op.points:
				case got.Points == 0 && !j.op.acked:
				case got.Points == 0:
					res.lost++
					t.Errorf("LOST: %s has no credit %s (%d points, acknowledged)", j.r.ID(), j.op.account, j.op.points)
				default:
					res.duplicated++
					t.Errorf("APPLIED TWICE (or wrong): %s holds %d points on %s, credited %d once", j.r.ID(), got.Points, j.op.account, j.op.points)
				}
				mu.Unlock()
			}
		})
	}
	for _, op := range load.credits {
		if op.acked {
			res.acked++
		}
		for _, r := range c.replicas {
			jobs <- check{r, op}
		}
	}
	close(jobs)
	wg.Wait()
	for _, op := range load.regOps {
		if op.Input.(regInput).write && op.Return != int64(^uint64(0)>>1) {
			res.acked++
		}
	}

	// 4. Redemptions on chain: one ERC-20 transfer per acknowledged redeem,
	// at most one per request, none unrequested; every transaction of the
	// service account is a transfer that succeeded or a registry update.
	head, err := c.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	transferTopic := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	svc := harness.KeyAddress(harness.TestKey(700))
	logs, err := c.eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(startHead), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{c.chain.Token}, Topics: [][]common.Hash{{transferTopic}, {common.BytesToHash(svc.Bytes())}}})
	if err != nil {
		t.Fatal(err)
	}
	byTo := map[common.Address][]types.Log{}
	for _, lg := range logs {
		byTo[common.BytesToAddress(lg.Topics[2].Bytes())] = append(byTo[common.BytesToAddress(lg.Topics[2].Bytes())], lg)
	}
	res.transfers = len(logs)
	debited := map[string]int64{}
	unit := big.NewInt(1e18)
	known := map[common.Address]bool{}
	for _, op := range load.redeems {
		known[op.to] = true
		got := byTo[op.to]
		if op.acked {
			res.redeemsAcked++
			res.acked++
		}
		switch {
		case len(got) > 1:
			res.duplicated++
			t.Errorf("APPLIED TWICE: redeem %s paid %d times on chain", op.key, len(got))
		case len(got) == 0 && op.acked:
			res.lost++
			t.Errorf("LOST: acknowledged redeem %s (tx %s) has no transfer on chain", op.key, op.tx)
		case len(got) == 1:
			amount := new(big.Int).SetBytes(got[0].Data)
			if want := new(big.Int).Mul(big.NewInt(op.points), unit); amount.Cmp(want) != 0 {
				t.Errorf("redeem %s paid %v, want %v", op.key, amount, want)
			}
			debited[op.wallet] += op.points
		}
	}
	for to := range byTo {
		if !known[to] {
			t.Errorf("a transfer to %s that no request asked for", to)
		}
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(c.chain.ChainID))
	nonce, err := c.eth.NonceAt(ctx, svc, new(big.Int).SetUint64(head))
	if err != nil {
		t.Fatal(err)
	}
	startNonce, err := c.eth.NonceAt(ctx, svc, new(big.Int).SetUint64(startHead-1))
	if err != nil {
		t.Fatal(err)
	}
	for n := startHead; n <= head; n++ { // startHead's block included: its transactions were sent after startNonce
		b, err := c.eth.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if from, err := types.Sender(signer, tx); err != nil || from != svc {
				continue
			}
			res.serviceTxs++
			switch *tx.To() {
			case c.chain.Registry:
				res.registryTxs++
			case c.chain.Token:
				r, err := c.eth.TransactionReceipt(ctx, tx.Hash())
				if err != nil || r.Status != types.ReceiptStatusSuccessful {
					t.Errorf("token tx %s of the service account failed: %+v %v", tx.Hash(), r, err)
				}
			default:
				t.Errorf("service account tx %s to %s: neither the token nor the registry", tx.Hash(), tx.To())
			}
		}
	}
	// 5. Wallets: each debited exactly by its paid redemptions.
	for w := range debitedWorkers(load) {
		wallet := fmt.Sprintf("wallet-%d", w)
		for _, r := range c.replicas {
			var got struct {
				Points int64 `json:"points"`
			}
			if code, err := getJSON(ctx, hc, r.URL()+"/accounts/"+wallet, &got); err != nil || code != 200 {
				t.Errorf("%s: %s: %d %v", r.ID(), wallet, code, err)
				continue
			}
			if want := load.wallet - debited[wallet]; got.Points != want {
				t.Errorf("%s: %s holds %d points, want %d (%d paid out on chain)", r.ID(), wallet, got.Points, want, debited[wallet])
				if got.Points < want {
					res.duplicated++
				} else {
					res.lost++
				}
			}
		}
	}
	t.Logf("service account: nonce %d -> %d, %d transactions (%d transfers, %d registry updates)", startNonce, nonce, res.serviceTxs, res.transfers, res.registryTxs)
	if nonce-startNonce != uint64(res.serviceTxs) {
		t.Errorf("service account nonce went from %d to %d but %d of its transactions are in the blocks", startNonce, nonce, res.serviceTxs)
	}

	// 6. The register history is linearizable.
	var info porcupine.LinearizationInfo
	res.porcupine, info = porcupine.CheckOperationsVerbose(registerModel, load.regOps, 5*time.Minute)
	if res.porcupine != porcupine.Ok {
		path := filepath.Join(c.dir, "porcupine.html")
		if err := porcupine.VisualizePath(registerModel, info, path); err == nil {
			t.Logf("porcupine visualization: %s", path)
		}
		t.Errorf("register history (%d operations) is %s", len(load.regOps), res.porcupine)
	}
	// Restores over every run of every replica (the logs span restarts).
	for _, r := range c.replicas {
		if b, err := os.ReadFile(r.Proc().LogPath()); err == nil {
			res.restores += strings.Count(string(b), `msg="restored snapshot"`)
		}
	}
	// `servicechain br2k status` sees what the replicas say.
	st := c.cliStatus(ctx)
	res.firstIndex, res.head = st.FirstIndex, st.Head
	if len(st.Snapshots) > 0 {
		res.versions = st.Snapshots[0].Version
	}
	if len(st.Replicas) != 3 || st.Leader.ID == "" {
		t.Errorf("br2k status: %d replicas, leader %q", len(st.Replicas), st.Leader.ID)
	}
	for _, r := range st.Replicas {
		if r.Applied != st.Head {
			t.Errorf("br2k status: replica %s applied %d of %d", r.ID, r.Applied, st.Head)
		}
	}
	return res
}

// cliStatus runs `servicechain br2k status --json` against the cluster.
func (c *br2kCluster) cliStatus(ctx context.Context) *br2k.ClusterStatus {
	c.t.Helper()
	bin, err := harness.BuildServicechain(ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	out, err := exec.CommandContext(ctx, bin, "br2k", "status", "--etcd", strings.Join(c.etcd.Endpoints(), ","), "--service", c.service, "--json").Output()
	if err != nil {
		c.t.Fatalf("servicechain br2k status: %v\n%s", err, out)
	}
	var st br2k.ClusterStatus
	if err := json.Unmarshal(out, &st); err != nil {
		c.t.Fatalf("servicechain br2k status --json: %v\n%s", err, out)
	}
	return &st
}

func debitedWorkers(load *br2kLoad) map[int]bool {
	out := map[int]bool{}
	for _, op := range load.redeems {
		var w int
		fmt.Sscanf(op.wallet, "wallet-%d", &w)
		out[w] = true
	}
	return out
}

// unavailability is, for each fault aimed at the leader, the time from the
// fault to the first acknowledged write appended by a later leader (sorted
// by that time).
func unavailability(faults []fault, acks []ackRecord) []outage {
	sorted := slices.Clone(acks)
	slices.SortFunc(sorted, func(a, b ackRecord) int { return a.at.Compare(b.at) })
	var out []outage
	for _, f := range faults {
		if f.kind != "kill-leader" && f.kind != "pause-leader" && f.kind != "cut-leader" {
			continue
		}
		for _, a := range sorted {
			if a.at.After(f.at) && a.epoch > f.epoch {
				out = append(out, outage{f: f, d: a.at.Sub(f.at)})
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b outage) int { return cmp.Compare(a.d, b.d) })
	return out
}

// outage is the unavailability after one leader fault.
type outage struct {
	f fault
	d time.Duration
}

func outageDurations(os []outage) []time.Duration {
	out := make([]time.Duration, len(os))
	for i, o := range os {
		out[i] = o.d
	}
	return out
}

func (c *br2kCluster) report(t *testing.T, res br2kResult, load *br2kLoad) {
	lat := make([]time.Duration, 0, len(load.acks))
	for _, a := range load.acks {
		lat = append(lat, a.latency)
	}
	slices.Sort(lat)
	faults := make([]string, 0, len(res.faults))
	for k, v := range res.faults {
		faults = append(faults, fmt.Sprintf("%s=%d", k, v))
	}
	slices.Sort(faults)
	profile := "full"
	if shortProfile() {
		profile = "short"
	}
	un := outageDurations(res.unavail)
	line := fmt.Sprintf("SUMMARY br2k (%s): %d acknowledged writes (%d credits, %d redeems, %d register writes) in %s = %.0f/s, %d gave up; "+
		"%d leader changes; lost %d, applied twice %d, stale reads %d; replicas equal at index %d (digest %.12s); porcupine %s over %d register operations; "+
		"chain: %d transfers, %d registry txs, %d service txs; faults %s; %d forced snapshots, %d snapshot versions, log kept from index %d to %d, %d restores; "+
		"unavailability per leader fault p50 %s p99 %s max %s (n=%d); write latency p50 %s p99 %s max %s",
		profile, res.acked, countAcked(load.credits), res.redeemsAcked, res.acked-countAcked(load.credits)-res.redeemsAcked, res.runTime.Round(time.Second),
		float64(res.acked)/res.runTime.Seconds(), res.gaveUp, res.changes, res.lost, res.duplicated, res.readViolations, res.index, res.digest,
		res.porcupine, res.regOps, res.transfers, res.registryTxs, res.serviceTxs, strings.Join(faults, " "), res.snapshots, res.versions, res.firstIndex, res.head, res.restores,
		percentile(un, 50).Round(time.Millisecond), percentile(un, 99).Round(time.Millisecond), percentile(un, 100).Round(time.Millisecond), len(un),
		percentile(lat, 50).Round(time.Millisecond), percentile(lat, 99).Round(time.Millisecond), percentile(lat, 100).Round(time.Millisecond))
	t.Log(line)
	t.Logf("unavailability per leader fault (ms, sorted): %s", durationsMs(un))
	for _, o := range res.unavail {
		if o.d > 3*time.Second {
			t.Logf("long unavailability: %s after %s of %s at %s (%s)", o.d.Round(time.Millisecond), o.f.kind, o.f.target, o.f.at.Format("15:04:05.000"), o.f.detail)
		}
	}
	if p := os.Getenv("E2E_SUMMARY"); p != "" {
		if f, err := os.OpenFile(p, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err == nil {
			fmt.Fprintln(f, line)
			f.Close()
		}
	}
}

func countAcked(ops []*creditOp) int {
	n := 0
	for _, op := range ops {
		if op.acked {
			n++
		}
	}
	return n
}

// replicaMetrics scrapes a replica host's /metrics ("name{labels}" -> value).
func replicaMetrics(ctx context.Context, r *harness.PointsReplica) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", r.MetricsURL()+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		var v float64
		if _, err := fmt.Sscan(line[i+1:], &v); err == nil {
			out[line[:i]] = v
		}
	}
	return out, nil
}
