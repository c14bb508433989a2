package br2k

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

// digests returns every running node's Digest (with the kv state), by id.
func (c *testCluster) digests() map[string]string {
	out := map[string]string{}
	for _, n := range c.nodes {
		if n == nil || n.r.state.Load() != stateRunning {
			continue
		}
		idx, d := n.r.Digest(func() []byte { return []byte(n.state.dump()) })
		out[n.id] = fmt.Sprintf("%d/%s", idx, d)
	}
	return out
}

func (c *testCluster) requireEqualDigests(what string) {
	c.t.Helper()
	c.waitConverged()
	var first, firstID string
	for id, d := range c.digests() {
		if first == "" {
			first, firstID = d, id
			continue
		}
		if d != first {
			c.t.Fatalf("%s: digest of %s is %s, of %s %s", what, id, d, firstID, first)
		}
	}
}

// SnapshotNow (br2k_snapshot) publishes a version at once and returns its
// manifest; followers refuse it. Digests agree across replicas, also on a
// replica restored from that snapshot, and differ once the state differs.
func TestSnapshotNowAndDigest(t *testing.T) {
	c := newCluster(t, 3, func(cfg *Config) { cfg.CatchUpEntries = 1 })
	l := c.leader()
	for i := range 12 {
		if res := mustDo(t, "PUT", fmt.Sprintf("%s/kv/k%d", l.url, i%4), fmt.Sprintf("w%d", i), fmt.Sprint(i)); res.status != 200 {
			t.Fatalf("write %d: %d %s", i, res.status, res.body)
		}
	}
	c.requireEqualDigests("after 12 writes")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := c.follower().r.AdminAPI().Snapshot(ctx); !errors.Is(err, ErrNotLeader) {
		t.Fatalf("snapshot on a follower: %v, want ErrNotLeader", err)
	}
	m, err := l.r.AdminAPI().Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head := c.waitConverged()
	if m.Version != 1 || m.Index < 12 || m.Index > head || m.Replica != l.id || m.SHA256 == "" {
		t.Fatalf("manifest %+v (head %d)", m, head)
	}
	st, err := l.r.AdminAPI().Cluster(ctx)
	if err != nil || len(st.Snapshots) != 1 || st.Snapshots[0].Version != 1 {
		t.Fatalf("cluster status %+v, %v", st, err)
	}
	// The log is compacted to the snapshot: a new replica must restore it.
	waitFor(t, 10*time.Second, "the log compaction", func() bool {
		st, err = ReadStatus(ctx, c.client(), "test")
		return err == nil && st.FirstIndex == m.Index
	})
	c.nodes = append(c.nodes, nil)
	n := c.start(3)
	c.requireEqualDigests("after a restore")
	if got := counterValue(n.r.m.restores); got != 1 {
		t.Fatalf("restores %v, want 1", got)
	}
	if got := n.r.AdminAPI().Digest(); got.Index != head {
		t.Fatalf("br2k_digest of the restored replica at %d, head %d", got.Index, head)
	}
	// A replica whose state differs has another digest.
	n.state.mu.Lock()
	n.state.kv["k0"] = "diverged"
	n.state.mu.Unlock()
	d := c.digests()
	if d[n.id] == d[l.id] {
		t.Fatalf("a diverged state has the leader's digest %s", d[l.id])
	}
}

// MaxIdempotencyKeys: beyond it the oldest stored answers go, in log
// order, on every replica alike (a restored one too); a retry of an
// evicted key is a new request, of a kept one a replay.
func TestIdempotencyKeyBound(t *testing.T) {
	c := newCluster(t, 3, func(cfg *Config) { cfg.MaxIdempotencyKeys = 5; cfg.CatchUpEntries = 1 })
	l := c.leader()
	put := func(key, body string) result {
		t.Helper()
		res := mustDo(t, "PUT", l.url+"/kv/x", key, body)
		if res.status != 200 {
			t.Fatalf("%s: %d %s", key, res.status, res.body)
		}
		return res
	}
	for i := range 8 {
		put(fmt.Sprintf("k%d", i), fmt.Sprint(i))
	}
	c.requireEqualDigests("after 8 keys")
	if got := counterValue(l.r.m.idemEvictions); got != 3 {
		t.Fatalf("evictions %v, want 3", got)
	}
	if res := put("k7", "7"); res.header.Get(HeaderReplayed) != "true" {
		t.Fatalf("retry of a kept key was not replayed: %v", res.header)
	}
	if res := put("k0", "0"); res.header.Get(HeaderReplayed) == "true" || l.state.appliesOf("k0") != 2 {
		t.Fatalf("retry of an evicted key: replayed %q, applied %d times", res.header.Get(HeaderReplayed), l.state.appliesOf("k0"))
	}
	// A replica restored from a snapshot evicts the same keys as the others.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := l.r.SnapshotNow(ctx); err != nil {
		t.Fatal(err)
	}
	c.nodes = append(c.nodes, nil)
	c.start(3)
	c.requireEqualDigests("after a restore")
	for i := 8; i < 14; i++ {
		put(fmt.Sprintf("k%d", i), fmt.Sprint(i))
	}
	c.requireEqualDigests("after evictions on the restored replica")
	for _, n := range c.nodes {
		n.r.mu.Lock()
		keys := len(n.r.idem)
		n.r.mu.Unlock()
		if keys != 5 {
			t.Errorf("%s holds %d keys, want 5", n.id, keys)
		}
	}
}

// A follower forwarding to a leader that hangs (its process frozen: the
// connection is accepted, nothing answers) gives up on it as soon as
// another leader is elected and sends the request there: the client gets
// its answer after about the session TTL, not after the reply timeout.
func TestForwardFollowsLeaderChange(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	f := c.follower()
	addr := strings.TrimPrefix(l.url, "http://")
	_ = l.srv.Close()
	hang, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer hang.Close()
	accepted := make(chan net.Conn, 4)
	go func() {
		for {
			conn, err := hang.Accept()
			if err != nil {
				return
			}
			accepted <- conn // held open, never answered
		}
	}()
	start := time.Now()
	done := make(chan result, 1)
	go func() {
		res, err := do(t, "PUT", f.url+"/kv/moved", "fwd-1", "v")
		if err != nil {
			res.body = err.Error()
		}
		done <- res
	}()
	select {
	case conn := <-accepted:
		defer conn.Close()
	case <-time.After(10 * time.Second):
		t.Fatal("the follower did not forward to the leader")
	}
	l.r.crash() // its lease expires after the TTL (1 s)
	select {
	case res := <-done:
		if res.status != 200 || res.header.Get(HeaderLeader) == l.id {
			t.Fatalf("answer %d %s (leader %s)", res.status, res.body, res.header.Get(HeaderLeader))
		}
		if d := time.Since(start); d > 8*time.Second {
			t.Fatalf("answered after %s", d)
		}
		t.Logf("answered by %s after %s", res.header.Get(HeaderLeader), time.Since(start).Round(time.Millisecond))
	case <-time.After(15 * time.Second):
		t.Fatal("the forwarded request is still held by the frozen leader")
	}
}
