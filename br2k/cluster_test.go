package br2k

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/servicechain/servicechain/internal/etcdembed"
)

// kvState is the test application: a string map, with a count of how often
// each Idempotency-Key was applied (to catch double applies) and the order
// of applied indexes (to check ordering).
type kvState struct {
	mu      sync.Mutex
	kv      map[string]string
	applies map[string]int
	order   []uint64
}

func newKV() *kvState { return &kvState{kv: map[string]string{}, applies: map[string]int{}} }

type kvSnap struct {
	KV      map[string]string `json:"kv"`
	Applies map[string]int    `json:"applies"`
	Order   []uint64          `json:"order"`
}

func (s *kvState) Snapshot() (StateSnapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := kvSnap{KV: map[string]string{}, Applies: map[string]int{}, Order: append([]uint64(nil), s.order...)}
	for k, v := range s.kv {
		c.KV[k] = v
	}
	for k, v := range s.applies {
		c.Applies[k] = v
	}
	return &c, nil
}

func (c *kvSnap) Persist(w io.Writer) error { return json.NewEncoder(w).Encode(c) }
func (c *kvSnap) Release()                  {}

func (s *kvState) Restore(r io.Reader) error {
	var c kvSnap
	if err := json.NewDecoder(r).Decode(&c); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.kv, s.applies, s.order = c.KV, c.Applies, c.Order
	if s.kv == nil {
		s.kv = map[string]string{}
	}
	if s.applies == nil {
		s.applies = map[string]int{}
	}
	return nil
}

func (s *kvState) get(k string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.kv[k]
	return v, ok
}

func (s *kvState) appliesOf(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.applies[key]
}

func (s *kvState) dump() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, _ := json.Marshal(kvSnap{KV: s.kv, Applies: s.applies})
	return string(b)
}

// onceRuns counts OnlyOnce handler runs per replica id and request key.
type onceRuns struct {
	mu   sync.Mutex
	runs map[string][]string // key -> replica ids that ran it
}

func (o *onceRuns) add(key, id string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.runs == nil {
		o.runs = map[string][]string{}
	}
	o.runs[key] = append(o.runs[key], id)
}

func (o *onceRuns) of(key string) []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.runs[key]...)
}

type testNode struct {
	id    string
	r     *Replica
	state *kvState
	srv   *http.Server
	url   string
	done  chan error
	c     *testCluster
}

type testCluster struct {
	t         testing.TB
	etcd      *etcdembed.Server
	endpoints []string
	store     SnapshotStore
	nodes     []*testNode
	tune      func(*Config)
	hooks     func(id string) *testHooks
	once      onceRuns
	// gate blocks OnlyOnce handlers of key "gate" until closed.
	gate     chan struct{}
	gateOnce sync.Once
}

func quietLogger(t testing.TB) *slog.Logger {
	if os.Getenv("BR2K_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func startEtcd(t testing.TB) *etcdembed.Server {
	t.Helper()
	s, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func newCluster(t testing.TB, n int, tune func(*Config)) *testCluster {
	t.Helper()
	e := startEtcd(t)
	c := &testCluster{t: t, etcd: e, endpoints: e.Endpoints(), store: NewMemoryStore(), tune: tune, gate: make(chan struct{})}
	t.Cleanup(func() { c.openGate() })
	for i := range n {
		c.nodes = append(c.nodes, nil)
		c.start(i)
	}
	return c
}

func (c *testCluster) openGate() { c.gateOnce.Do(func() { close(c.gate) }) }

// start (re)starts node i with a fresh, empty state.
func (c *testCluster) start(i int) *testNode {
	return c.startWith(i, newKV())
}

func (c *testCluster) startWith(i int, state *kvState) *testNode {
	t := c.t
	t.Helper()
	id := fmt.Sprintf("r%d", i+1)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	cfg := Config{Endpoints: c.endpoints, Service: "test", ReplicaID: id, AdvertiseURL: url,
		SessionTTL: time.Second, State: state, Snapshots: c.store, ReplyTimeout: 20 * time.Second}
	if c.tune != nil {
		c.tune(&cfg)
	}
	opts := []Option{WithLogger(quietLogger(t).With("node", id))}
	if c.hooks != nil {
		opts = append(opts, withHooks(c.hooks(id)))
	}
	r, err := New(cfg, opts...)
	if err != nil {
		t.Fatal(err)
	}
	n := &testNode{id: id, r: r, state: state, url: url, done: make(chan error, 1), c: c}
	mux := http.NewServeMux()
	registerKV(mux, r, state, c)
	r.Mount(mux)
	n.srv = &http.Server{Handler: mux}
	go func() { _ = n.srv.Serve(ln) }()
	go func() { n.done <- r.Run(context.Background()) }()
	c.nodes[i] = n
	t.Cleanup(func() { n.stop() })
	return n
}

// registerKV mounts the test routes.
func registerKV(mux *http.ServeMux, r *Replica, s *kvState, c *testCluster) {
	put := func(w http.ResponseWriter, req *http.Request) {
		e, _ := Entry(req)
		body, _ := io.ReadAll(req.Body)
		s.mu.Lock()
		prev := s.kv[req.PathValue("key")]
		s.kv[req.PathValue("key")] = string(body)
		if e.Key != "" {
			s.applies[e.Key]++
		}
		s.order = append(s.order, e.Index)
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"prev":%q,"index":%d,"leader":%q}`, prev, e.Index, e.Leader)
	}
	mux.Handle("PUT /kv/{key}", r.Replicate("PUT /kv/{key}", http.HandlerFunc(put)))

	// fail: changes the value, then fails (500 or panic); Rollback restores it.
	fail := r.Replicate("POST /fail/{key}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		s.mu.Lock()
		s.kv[req.PathValue("key")] = "partial"
		s.mu.Unlock()
		if req.URL.Query().Get("panic") != "" {
			panic("handler exploded")
		}
		http.Error(w, "failed on purpose", http.StatusInternalServerError)
	})).BackupState(func(req *http.Request) ([]byte, error) {
		v, ok := s.get(req.PathValue("key"))
		return json.Marshal(map[string]any{"v": v, "ok": ok})
	}).Rollback(func(req *http.Request, state []byte) error {
		var b struct {
			V  string `json:"v"`
			OK bool   `json:"ok"`
		}
		if err := json.Unmarshal(state, &b); err != nil {
			return err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if b.OK {
			s.kv[req.PathValue("key")] = b.V
		} else {
			delete(s.kv, req.PathValue("key"))
		}
		return nil
	})
	mux.Handle("POST /fail/{key}", fail)

	mux.Handle("POST /once/{key}", r.OnlyOnce("POST /once/{key}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		e, _ := Entry(req)
		if req.PathValue("key") == "gate" {
			select {
			case <-c.gate:
			case <-req.Context().Done():
				http.Error(w, "deposed", http.StatusServiceUnavailable)
				return
			}
		}
		c.once.add(e.Key, r.ID())
		fmt.Fprintf(w, `{"ranOn":%q,"isLeader":%v}`, r.ID(), IsLeader(req))
	})))
	mux.HandleFunc("GET /kv/{key}", func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Query().Get("sync") != "" {
			if err := r.Sync(req.Context()); err != nil {
				http.Error(w, err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		v, ok := s.get(req.PathValue("key"))
		if !ok {
			http.NotFound(w, req)
			return
		}
		io.WriteString(w, v)
	})
}

func (n *testNode) stop() {
	_ = n.srv.Close()
	_ = n.r.Close()
}

// kill stops the node as SIGKILL would: the HTTP server drops its
// connections and the lease is left to expire.
func (n *testNode) kill() {
	_ = n.srv.Close()
	n.r.crash()
}

// leader waits for a node that leads and returns it.
func (c *testCluster) leader() *testNode {
	c.t.Helper()
	var found *testNode
	waitFor(c.t, 15*time.Second, "a leader", func() bool {
		for _, n := range c.nodes {
			if n == nil || n.r.state.Load() != stateRunning {
				continue
			}
			if _, ok := n.r.Leading(); ok {
				found = n
				return true
			}
		}
		return false
	})
	return found
}

func (c *testCluster) follower() *testNode {
	l := c.leader()
	for _, n := range c.nodes {
		if n != l && n.r.state.Load() == stateRunning {
			return n
		}
	}
	c.t.Fatal("no follower")
	return nil
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitConverged waits until every running node applied the same index as
// the leader's head.
func (c *testCluster) waitConverged() uint64 {
	c.t.Helper()
	cli := c.client()
	var head uint64
	waitFor(c.t, 15*time.Second, "replicas to converge", func() bool {
		st, err := ReadStatus(context.Background(), cli, "test")
		if err != nil {
			return false
		}
		head = st.Head
		for _, n := range c.nodes {
			if n != nil && n.r.state.Load() == stateRunning && n.r.AppliedIndex() != head {
				return false
			}
		}
		return true
	})
	return head
}

func (c *testCluster) client() *clientv3.Client {
	c.t.Helper()
	cli, err := clientv3.New(clientv3.Config{Endpoints: c.endpoints, DialTimeout: 5 * time.Second, Logger: zap.NewNop()})
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() { cli.Close() })
	return cli
}

type result struct {
	status int
	body   string
	header http.Header
}

var httpc = &http.Client{Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func do(t testing.TB, method, url, key, body string) (result, error) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if key != "" {
		req.Header.Set(IdempotencyHeader, `"`+key+`"`)
	}
	resp, err := httpc.Do(req)
	if err != nil {
		return result{}, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return result{status: resp.StatusCode, body: string(b), header: resp.Header}, nil
}

func mustDo(t testing.TB, method, url, key, body string) result {
	t.Helper()
	r, err := do(t, method, url, key, body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	return r
}

var _ = bytes.NewReader
var _ = atomic.Int32{}

func counterValue(c interface{ Write(*dto.Metric) error }) float64 {
	var m dto.Metric
	_ = c.Write(&m)
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}
