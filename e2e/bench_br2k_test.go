//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/e2e/harness"
)

// TestBR2KBenchmark measures br2k on separate processes for BENCHMARKS.md:
// 3 etcd members, MariaDB, 3 replica processes of the points example (no
// chain), all on loopback. It prints, against the targets:
//
//   - the per-request overhead of Replicate over the bare handler: p50/p99
//     of sequential PUT /register (Replicate) to the leader and through a
//     follower, against GET /accounts (a plain handler of the same server);
//   - acknowledged requests per second with 16 workers over the 3 replicas;
//   - the automatic version up at 50,000 entries (into MariaDB): capture to
//     publish time, size, and the writes acknowledged meanwhile (did they
//     pause?);
//   - unavailability per leader change: SIGKILL of the leader process, from
//     the kill to the first write acknowledged by the next leader.
//
// E2E_BR2K_BENCH_N (sequential requests, 1,000), E2E_BR2K_BENCH_ENTRIES
// (50,000) and E2E_BR2K_BENCH_FAILOVERS (10) size it.
func TestBR2KBenchmark(t *testing.T) {
	n := envInt(t, "E2E_BR2K_BENCH_N", 1000)
	entries := envInt(t, "E2E_BR2K_BENCH_ENTRIES", 50_000)
	failovers := envInt(t, "E2E_BR2K_BENCH_FAILOVERS", 10)
	const ttl = 2 * time.Second
	c := startBR2KCluster(t, false, uint64(entries), 5_000, ttl)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := c.watchLeader(ctx)
	l, ok := w.waitLeader(0, 30*time.Second)
	if !ok {
		t.Fatal("no leader")
	}
	leader := c.replica(l.ID)
	var follower *harness.PointsReplica
	for _, r := range c.replicas {
		if r != leader {
			follower = r
			break
		}
	}
	load := newBR2KLoad(c.replicas)
	rng := rand.New(rand.NewPCG(1, 2))
	only := func(r *harness.PointsReplica) *br2kLoad {
		l := newBR2KLoad([]*harness.PointsReplica{r})
		l.http = load.http
		return l
	}

	// 1. Overhead, sequential, one request at a time.
	if a, ok := only(leader).send(rng, "POST", "/accounts/bench/credit", "bench-init", []byte(`{"points": 1}`)); !ok || a.status != 200 {
		t.Fatalf("credit: %d %s", a.status, a.body)
	}
	measure := func(r *harness.PointsReplica, method, path string, keyed bool) (p50, p99 time.Duration) {
		one := only(r)
		var ds []time.Duration
		for i := range n {
			key := ""
			if keyed {
				key = fmt.Sprintf("ovh-%s-%s-%d", r.ID(), method, i)
			}
			start := time.Now()
			a, ok := one.send(rng, method, path, key, []byte(fmt.Sprintf("v%d", i)))
			if !ok || a.status != 200 || a.attempts != 1 {
				t.Fatalf("%s %s on %s: %d %s after %d attempts", method, path, r.ID(), a.status, a.body, a.attempts)
			}
			ds = append(ds, time.Since(start))
		}
		slices.Sort(ds)
		return percentile(ds, 50), percentile(ds, 99)
	}
	// The floor: one etcd write (a 3-member raft commit, fsync on each) from
	// the test's own client, sequential, in the same conditions.
	var puts []time.Duration
	for i := range n {
		start := time.Now()
		if _, err := c.cli.Put(ctx, fmt.Sprintf("/bench/floor/%d", i%10), "x"); err != nil {
			t.Fatal(err)
		}
		puts = append(puts, time.Since(start))
	}
	slices.Sort(puts)
	m0, _ := replicaMetrics(ctx, leader)
	bareP50, bareP99 := measure(leader, "GET", "/accounts/bench", false)
	repP50, repP99 := measure(leader, "PUT", "/register/bench", true)
	fwdP50, fwdP99 := measure(follower, "PUT", "/register/bench", true)
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
	afterM, _ := replicaMetrics(ctx, leader)
	mean := func(name string) string {
		lbl := fmt.Sprintf(`{replica=%q,service="points"}`, leader.ID())
		sum, cnt := afterM[name+"_sum"+lbl]-m0[name+"_sum"+lbl], afterM[name+"_count"+lbl]-m0[name+"_count"+lbl]
		if cnt == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f ms", sum/cnt*1000)
	}
	t.Logf("BENCH etcd floor: a Put from the test's client p50 %s p99 %s; on the leader during the Replicate runs: mean append transaction %s, mean apply %s",
		ms(percentile(puts, 50)), ms(percentile(puts, 99)), mean("br2k_append_seconds"), mean("br2k_apply_seconds"))
	t.Logf("BENCH overhead (%d sequential requests each): bare handler p50 %s p99 %s; Replicate to the leader p50 %s p99 %s; through a follower p50 %s p99 %s; "+
		"overhead p50 %s (target <= 3 ms), p99 %s", n, ms(bareP50), ms(bareP99), ms(repP50), ms(repP99), ms(fwdP50), ms(fwdP99), ms(repP50-bareP50), ms(repP99-bareP99))

	// 2. Throughput, then 3. fill the log to the version up while writing.
	var acked atomic.Int64
	var mu sync.Mutex
	var acks []ackRecord
	writeUntil := func(stop func() bool) time.Duration {
		start := time.Now()
		var wg sync.WaitGroup
		for wk := range 16 {
			wg.Go(func() {
				rng := rand.New(rand.NewPCG(uint64(wk), uint64(time.Now().UnixNano())))
				for i := 0; !stop(); i++ {
					acct := fmt.Sprintf("t%d-%d-%d", wk, time.Now().UnixNano(), i)
					a, ok := load.send(rng, "POST", "/accounts/"+acct+"/credit", "k-"+acct, []byte(`{"points": 1}`))
					if !ok || a.status != 200 {
						t.Errorf("credit %s: %d %s", acct, a.status, a.body)
						return
					}
					acked.Add(1)
					mu.Lock()
					acks = append(acks, ackRecord{at: a.at, epoch: a.epoch, latency: a.at.Sub(a.first)})
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		return time.Since(start)
	}
	const throughputN = 10_000
	took := writeUntil(func() bool { return acked.Load() >= throughputN })
	lat := make([]time.Duration, 0, len(acks))
	for _, a := range acks {
		lat = append(lat, a.latency)
	}
	slices.Sort(lat)
	t.Logf("BENCH throughput: %d acknowledged writes by 16 workers over 3 replicas in %s = %.0f req/s; latency p50 %s p99 %s",
		acked.Load(), took.Round(time.Millisecond), float64(acked.Load())/took.Seconds(), ms(percentile(lat, 50)), ms(percentile(lat, 99)))

	var snap br2k.SnapshotMeta
	haveSnap := func() bool {
		st, err := br2k.ReadStatus(ctx, c.cli, c.service)
		if err == nil && len(st.Snapshots) > 0 {
			snap = st.Snapshots[0]
			return true
		}
		return false
	}
	var after atomic.Int64
	writeUntil(func() bool {
		if snap.Version != 0 {
			return after.Add(1) > 2_000 // a little more after the publication
		}
		if acked.Load()%200 == 0 {
			haveSnap()
		}
		return false
	})
	deadline := time.Now().Add(2 * time.Minute)
	for !haveSnap() {
		if time.Now().After(deadline) {
			t.Fatal("no snapshot published")
		}
		time.Sleep(100 * time.Millisecond)
	}
	var during, before []time.Duration
	var last time.Time
	var maxGap time.Duration
	slices.SortFunc(acks, func(a, b ackRecord) int { return a.at.Compare(b.at) })
	for _, a := range acks {
		switch {
		case a.at.After(snap.Start) && a.at.Before(snap.End):
			during = append(during, a.latency)
			if !last.IsZero() {
				maxGap = max(maxGap, a.at.Sub(last))
			}
			last = a.at
		case a.at.Before(snap.Start) && a.at.After(snap.Start.Add(-30*time.Second)):
			before = append(before, a.latency)
		}
	}
	slices.Sort(during)
	slices.Sort(before)
	m, _ := replicaMetrics(ctx, leader)
	capture := m[fmt.Sprintf(`br2k_snapshot_capture_seconds{replica=%q,service="points"}`, leader.ID())]
	t.Logf("BENCH version up at index %d (version %d, MariaDB): capture %.1f ms (apply loop held), capture to published %s; size %d bytes (br2k state %d, application %d) in %d chunks; "+
		"%d writes acknowledged meanwhile (p50 %s p99 %s, longest gap between acknowledgements %s); in the 30 s before: p50 %s p99 %s",
		snap.Index, snap.Version, capture*1000, snap.End.Sub(snap.Start).Round(time.Millisecond), snap.Size, snap.HeaderSize, snap.Size-snap.HeaderSize, snap.Chunks,
		len(during), ms(percentile(during, 50)), ms(percentile(during, 99)), maxGap.Round(time.Millisecond), ms(percentile(before, 50)), ms(percentile(before, 99)))

	// 4. Leader changes: SIGKILL the leader under light load.
	stopLight := make(chan struct{})
	light := newBR2KLoad(c.replicas)
	var lightWG sync.WaitGroup
	for wk := range 4 {
		lightWG.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(100+wk), 3))
			for i := 0; ; i++ {
				select {
				case <-stopLight:
					return
				default:
				}
				light.credit(rng, 100+wk, i)
			}
		})
	}
	var faults []fault
	for i := range failovers {
		l, ok := w.waitLeader(0, 30*time.Second)
		if !ok {
			t.Fatal("no leader")
		}
		// Let the restarted replica catch up (a restore) before the next kill.
		for _, r := range c.replicas {
			if err := r.WaitReady(ctx, 2*time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(time.Second)
		r := c.replica(l.ID)
		faults = append(faults, fault{kind: "kill-leader", at: time.Now(), epoch: l.Epoch, target: r.ID()})
		if err := r.Kill(); err != nil {
			t.Fatal(err)
		}
		if _, ok := w.waitLeader(l.Epoch, 30*time.Second); !ok {
			t.Fatalf("round %d: no new leader after killing %s", i, r.ID())
		}
		time.Sleep(2 * time.Second)
		if err := r.Restart(ctx); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(3 * time.Second)
	close(stopLight)
	lightWG.Wait()
	un := outageDurations(unavailability(faults, light.acks))
	if len(un) != failovers {
		t.Errorf("%d of %d failovers measured", len(un), failovers)
	}
	t.Logf("BENCH unavailability per leader change (SIGKILL of the leader process, session TTL %s), %d rounds: p50 %s p99 %s max %s (target p99 <= TTL + 1 s = %s); all (ms): %s",
		ttl, len(un), percentile(un, 50).Round(time.Millisecond), percentile(un, 99).Round(time.Millisecond), percentile(un, 100).Round(time.Millisecond), ttl+time.Second, durationsMs(un))
	for _, u := range light.unexpect {
		t.Errorf("unexpected answer: %s", u)
	}
}
