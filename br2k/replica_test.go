package br2k

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// Every write reaches every replica, in the same order, through the leader
// or any follower (forwarded), and the answer carries index and epoch.
func TestReplicateOrderAndForwarding(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	f := c.follower()
	var wg sync.WaitGroup
	const n = 40
	for i := range n {
		wg.Go(func() {
			node := l
			if i%2 == 1 {
				node = f
			}
			res := mustDo(t, "PUT", fmt.Sprintf("%s/kv/k%d", node.url, i%5), fmt.Sprintf("key-%d", i), fmt.Sprint(i))
			if res.status != 200 || res.header.Get(HeaderIndex) == "" || res.header.Get(HeaderEpoch) == "" {
				t.Errorf("PUT %d via %s: %d %q %v", i, node.id, res.status, res.body, res.header)
			}
		})
	}
	wg.Wait()
	c.waitConverged()
	ref := c.nodes[0].state
	for _, node := range c.nodes {
		if got, want := node.state.dump(), ref.dump(); got != want {
			t.Errorf("%s state %s, %s has %s", node.id, got, c.nodes[0].id, want)
		}
		node.state.mu.Lock()
		order := append([]uint64(nil), node.state.order...)
		node.state.mu.Unlock()
		if len(order) != n {
			t.Errorf("%s applied %d requests, want %d", node.id, len(order), n)
		}
		for i := 1; i < len(order); i++ {
			if order[i] <= order[i-1] {
				t.Fatalf("%s applied index %d after %d", node.id, order[i], order[i-1])
			}
		}
		for i := range n {
			if a := node.state.appliesOf(fmt.Sprintf("key-%d", i)); a != 1 {
				t.Errorf("%s applied key-%d %d times", node.id, i, a)
			}
		}
	}
	if st := f.r.Status(); st.Leading || st.Leader.ID != l.id {
		t.Errorf("follower status %+v", st)
	}
}

// Idempotency-Key per the draft: a retry replays the stored answer (from
// any replica), 409 while the original runs, 422 for another payload, 400
// for a malformed key, and nothing is applied twice.
func TestIdempotencyCodes(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	f := c.follower()
	first := mustDo(t, "PUT", l.url+"/kv/a", "k1", "one")
	if first.status != 200 {
		t.Fatalf("first: %d %s", first.status, first.body)
	}
	again := mustDo(t, "PUT", f.url+"/kv/a", "k1", "one")
	if again.status != 200 || again.body != first.body || again.header.Get(HeaderReplayed) != "true" ||
		again.header.Get(HeaderIndex) != first.header.Get(HeaderIndex) {
		t.Fatalf("replay: %d %q %v, first %q %v", again.status, again.body, again.header, first.body, first.header)
	}
	other := mustDo(t, "PUT", l.url+"/kv/a", "k1", "two")
	if other.status != http.StatusUnprocessableEntity || !strings.Contains(other.header.Get("Content-Type"), "problem+json") {
		t.Fatalf("other payload: %d %s", other.status, other.body)
	}
	bad := mustDo(t, "PUT", l.url+"/kv/a", "", "x")
	if bad.status != 200 {
		t.Fatalf("no key (not required): %d", bad.status)
	}
	req, _ := http.NewRequest("PUT", l.url+"/kv/a", strings.NewReader("x"))
	req.Header.Set(IdempotencyHeader, `"unterminated`)
	resp, err := httpc.Do(req)
	if err != nil || resp.StatusCode != 400 {
		t.Fatalf("malformed key: %v %v", resp, err)
	}
	resp.Body.Close()

	// 409 while an OnlyOnce with the key is running.
	done := make(chan result, 1)
	go func() { done <- mustDo(t, "POST", l.url+"/once/gate", "gk", "") }()
	waitFor(t, 10*time.Second, "the OnlyOnce request to be pending", func() bool {
		st, ok := l.r.RequestStatus("gk")
		return ok && st.State == "running"
	})
	for _, node := range []*testNode{l, f} {
		if res := mustDo(t, "POST", node.url+"/once/gate", "gk", ""); res.status != http.StatusConflict || res.header.Get("Retry-After") == "" {
			t.Fatalf("concurrent retry via %s: %d %s", node.id, res.status, res.body)
		}
	}
	if res := mustDo(t, "POST", l.url+"/once/gate?x=1", "gk", ""); res.status != http.StatusUnprocessableEntity {
		t.Fatalf("other payload while running: %d %s", res.status, res.body)
	}
	c.openGate()
	if res := <-done; res.status != 200 {
		t.Fatalf("gated OnlyOnce: %d %s", res.status, res.body)
	}
	if res := mustDo(t, "POST", f.url+"/once/gate", "gk", ""); res.status != 200 || res.header.Get(HeaderReplayed) != "true" {
		t.Fatalf("retry after the OnlyOnce finished: %d %s", res.status, res.body)
	}
	c.waitConverged()
	for _, node := range c.nodes {
		if a := node.state.appliesOf("k1"); a != 1 {
			t.Errorf("%s applied k1 %d times", node.id, a)
		}
		if v, _ := node.state.get("a"); v != "x" {
			t.Errorf("%s a = %q", node.id, v)
		}
	}
	if runs := c.once.of("gk"); len(runs) != 1 || runs[0] != l.id {
		t.Errorf("OnlyOnce gk ran on %v, want once on %s", runs, l.id)
	}
}

// A required key: 400 without it.
func TestIdempotencyKeyRequired(t *testing.T) {
	c := newCluster(t, 1, func(cfg *Config) { cfg.RequireIdempotencyKey = true })
	l := c.leader()
	if res := mustDo(t, "PUT", l.url+"/kv/a", "", "x"); res.status != 400 {
		t.Fatalf("missing key: %d %s", res.status, res.body)
	}
	if res := mustDo(t, "PUT", l.url+"/kv/a", "k", "x"); res.status != 200 {
		t.Fatalf("with key: %d %s", res.status, res.body)
	}
}

// A failing handler (5xx or panic) is rolled back on every replica, its
// answer is not stored, and a retry with the same key runs again.
func TestRollbackOnHandlerFailure(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	mustDo(t, "PUT", l.url+"/kv/x", "set", "before")
	for _, q := range []string{"", "?panic=1"} {
		res := mustDo(t, "POST", l.url+"/fail/x"+q, "f"+q, "")
		if res.status != 500 {
			t.Fatalf("fail%s: %d %s", q, res.status, res.body)
		}
		if _, ok := l.r.RequestStatus("f" + q); ok {
			t.Fatalf("a failed request's answer was stored")
		}
	}
	c.waitConverged()
	for _, node := range c.nodes {
		if v, _ := node.state.get("x"); v != "before" {
			t.Errorf("%s x = %q after rolled-back failures, want %q", node.id, v, "before")
		}
		if got := counterValue(node.r.m.rollbacks); got != 2 {
			t.Errorf("%s rollbacks %v, want 2", node.id, got)
		}
	}
}

// Redirect mode: a follower answers 307 with the leader's URL.
func TestRedirect(t *testing.T) {
	c := newCluster(t, 2, func(cfg *Config) { cfg.Redirect = true })
	l := c.leader()
	f := c.follower()
	res := mustDo(t, "PUT", f.url+"/kv/a?x=1", "r1", "v")
	if res.status != http.StatusTemporaryRedirect || res.header.Get("Location") != l.url+"/kv/a?x=1" {
		t.Fatalf("follower: %d %v", res.status, res.header)
	}
	if res := mustDo(t, "PUT", res.header.Get("Location"), "r1", "v"); res.status != 200 {
		t.Fatalf("at the leader: %d", res.status)
	}
}

// The leader's crash between commit and reply: the client's retry with the
// same key (to another replica) gets the original answer and the request
// is applied exactly once everywhere.
func TestReplyAfterCommitCrash(t *testing.T) {
	var crashOnce sync.Once
	crashed := make(chan struct{})
	c := newCluster(t, 3, nil)
	l := c.leader()
	l.r.hooks.afterCommit = func(e *logEntry) {
		if e.Key == "crash-me" {
			crashOnce.Do(func() { go func() { l.kill(); close(crashed) }(); time.Sleep(50 * time.Millisecond) })
		}
	}
	_, err := do(t, "PUT", l.url+"/kv/c", "crash-me", "value")
	<-crashed
	if err == nil {
		// The reply may have raced out before the server closed; either way the retry must replay.
		t.Log("the first answer arrived before the crash")
	}
	var f *testNode
	for _, n := range c.nodes {
		if n != l {
			f = n
			break
		}
	}
	res := mustDo(t, "PUT", f.url+"/kv/c", "crash-me", "value")
	if res.status != 200 || res.header.Get(HeaderReplayed) != "true" || res.header.Get(HeaderLeader) != l.id {
		t.Fatalf("retry: %d %s %v", res.status, res.body, res.header)
	}
	nl := c.leader()
	if nl == l {
		t.Fatal("the crashed node still leads")
	}
	for _, n := range c.nodes {
		if n == l {
			continue
		}
		if a := n.state.appliesOf("crash-me"); a != 1 {
			t.Errorf("%s applied crash-me %d times", n.id, a)
		}
	}
	// The crashed replica restarts empty and rebuilds the same state from the log.
	c.start(indexOf(c, l))
	c.waitConverged()
	if a := c.nodes[indexOf(c, l)].state.appliesOf("crash-me"); a != 1 {
		t.Errorf("restarted replica applied crash-me %d times", a)
	}
}

func indexOf(c *testCluster, n *testNode) int {
	for i, x := range c.nodes {
		if x == n || x.id == n.id {
			return i
		}
	}
	return -1
}

// A graceful Close resigns: another replica leads at once and the state is kept.
func TestHandoverOnClose(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	mustDo(t, "PUT", l.url+"/kv/h", "h1", "v1")
	start := time.Now()
	l.stop()
	nl := c.leader()
	if nl.id == l.id {
		t.Fatal("same leader after Close")
	}
	if d := time.Since(start); d > 900*time.Millisecond {
		t.Errorf("handover took %s; a resign should be faster than the 1 s TTL", d)
	}
	res := mustDo(t, "PUT", nl.url+"/kv/h", "h2", "v2")
	if res.status != 200 {
		t.Fatalf("write after handover: %d", res.status)
	}
	var ctx = context.Background()
	for _, n := range c.nodes {
		if n == l {
			continue
		}
		if err := n.r.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if v, _ := n.state.get("h"); v != "v2" {
			t.Errorf("%s h = %q", n.id, v)
		}
	}
}
