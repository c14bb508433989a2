package node_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// fake is a Service with every optional part; Run blocks until ctx ends
// (or returns fail at once when set).
type fake struct {
	name      string
	fail      error
	reasons   atomic.Pointer[[]string]
	counter   prometheus.Counter
	started   chan struct{}
	after     chan struct{} // when set, Run waits for it before failing
	returned  atomic.Bool
	afterStop func() // runs after ctx ended, before Run returns
}

func newFake(name string) *fake {
	f := &fake{name: name, started: make(chan struct{}),
		counter: prometheus.NewCounter(prometheus.CounterOpts{Name: "test_" + name + "_total", Help: "test", ConstLabels: node.NodeLabels("n1")})}
	f.reasons.Store(&[]string{})
	return f
}

func (f *fake) Name() string { return f.name }
func (f *fake) Run(ctx context.Context) error {
	close(f.started)
	defer f.returned.Store(true)
	if f.fail != nil {
		if f.after != nil {
			<-f.after
		}
		return f.fail
	}
	<-ctx.Done()
	if f.afterStop != nil {
		f.afterStop()
	}
	return nil
}
func (f *fake) NotReady() []string                 { return *f.reasons.Load() }
func (f *fake) Collectors() []prometheus.Collector { return []prometheus.Collector{f.counter} }
func (f *fake) APIs() []rpc.API {
	return []rpc.API{{Namespace: f.name, Service: &echoAPI{}}}
}

type echoAPI struct{}

// Echo returns its argument (<namespace>_echo).
func (echoAPI) Echo(s string) string { return s }

// plain is a Service with no optional part.
type plain struct{ ran atomic.Bool }

func (*plain) Name() string { return "plain" }
func (p *plain) Run(ctx context.Context) error {
	p.ran.Store(true)
	<-ctx.Done()
	return nil
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// runHost runs h in the background and returns a stop function that cancels
// it and returns Run's error.
func runHost(t *testing.T, h *node.Host) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.Run(ctx) }()
	select {
	case <-h.Started():
	case err := <-done:
		cancel()
		t.Fatalf("Run: %v", err)
	}
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	return stop
}

// TestHostServes: a host without chains serves /metrics, /healthz, /readyz
// (the union of the services' reasons) and the services' admin namespaces,
// runs every service concurrently, writes endpoints.json while it runs and
// returns nil once every service returned.
func TestHostServes(t *testing.T) {
	dir := t.TempDir()
	h, err := node.New(node.Config{Name: "n1", Daemon: "test daemon", DataDir: dir, MetricsListen: "127.0.0.1:0", AdminListen: "127.0.0.1:0",
		PollInterval: 20 * time.Millisecond, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	a, b, p := newFake("alpha"), newFake("beta"), &plain{}
	for _, s := range []node.Service{a, b, p} {
		if err := h.Register(s); err != nil {
			t.Fatal(err)
		}
	}
	a.reasons.Store(&[]string{"alpha is warming up"})
	b.reasons.Store(&[]string{"beta: one", "beta: two"})
	stop := runHost(t, h)
	<-a.started
	<-b.started
	waitFor(t, "the plain service to run", p.ran.Load)

	// endpoints.json names this process and the bound ports.
	var e node.Endpoints
	raw, err := os.ReadFile(filepath.Join(dir, node.EndpointsFile))
	if err != nil || json.Unmarshal(raw, &e) != nil {
		t.Fatalf("endpoints.json: %s, %v", raw, err)
	}
	if e.PID != os.Getpid() || e.Metrics != h.MetricsAddr() || e.Admin != h.AdminAddr() || strings.HasSuffix(e.Admin, ":0") {
		t.Fatalf("endpoints.json %+v; host metrics %s admin %s", e, h.MetricsAddr(), h.AdminAddr())
	}
	if addr, err := node.AdminAddress("127.0.0.1:0", dir); err != nil || addr != h.AdminAddr() {
		t.Errorf("AdminAddress(port 0) = %s, %v; want %s", addr, err, h.AdminAddr())
	}
	if addr, err := node.AdminAddress("127.0.0.1:9999", dir); err != nil || addr != "127.0.0.1:9999" {
		t.Errorf("AdminAddress(fixed port) = %s, %v", addr, err)
	}

	base := "http://" + h.MetricsAddr()
	if code, body := get(t, base+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz %d %q", code, body)
	}
	code, body := get(t, base+"/readyz")
	if want := "alpha is warming up\nbeta: one\nbeta: two\n"; code != http.StatusServiceUnavailable || body != want {
		t.Errorf("/readyz %d %q, want 503 %q", code, body, want)
	}
	a.reasons.Store(&[]string{})
	b.reasons.Store(&[]string{})
	if code, body := get(t, base+"/readyz"); code != 200 || body != "ready\n" {
		t.Errorf("/readyz when every service is ready: %d %q", code, body)
	}
	a.counter.Add(3)
	waitFor(t, "servicechain_ready 1", func() bool {
		_, m := get(t, base+"/metrics")
		return strings.Contains(m, `servicechain_ready{node="n1"} 1`)
	})
	_, m := get(t, base+"/metrics")
	for _, want := range []string{`test_alpha_total{node="n1"} 3`, `test_beta_total{node="n1"} 0`, "go_goroutines ", "process_resident_memory_bytes "} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	ctx := context.Background()
	// With a data directory the admin API takes the token New wrote to
	// <datadir>/admin.token; a call without it is refused.
	anon, err := node.DialAdmin(ctx, h.AdminAddr())
	if err != nil {
		t.Fatal(err)
	}
	var echoed string
	if err := anon.CallContext(ctx, &echoed, "alpha_echo", "hi"); err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("admin call without the token: %q, %v; want 401 Unauthorized", echoed, err)
	}
	anon.Close()
	if tok, err := node.ReadAdminToken(dir); err != nil || tok != h.AdminToken() || tok == "" {
		t.Fatalf("admin.token %q, %v; host token %q", tok, err, h.AdminToken())
	}
	c, err := h.DialAdmin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, ns := range []string{"alpha", "beta"} {
		var got string
		if err := c.CallContext(ctx, &got, ns+"_echo", "hi "+ns); err != nil || got != "hi "+ns {
			t.Errorf("%s_echo = %q, %v", ns, got, err)
		}
	}

	if err := h.Register(newFake("late")); !errors.Is(err, node.ErrRunning) {
		t.Errorf("Register while running: %v, want ErrRunning", err)
	}
	if err := stop(); err != nil {
		t.Fatalf("Run after ctx ended: %v, want nil", err)
	}
	if !a.returned.Load() || !b.returned.Load() {
		t.Error("Run returned before every service did")
	}
	if _, err := os.Stat(filepath.Join(dir, node.EndpointsFile)); !os.IsNotExist(err) {
		t.Errorf("endpoints.json still there after Run (stat: %v)", err)
	}
	if err := h.Run(ctx); !errors.Is(err, node.ErrRunning) && !errors.Is(err, node.ErrClosed) {
		t.Errorf("second Run: %v", err)
	}
	if err := h.Close(); err != nil {
		t.Errorf("Close after Run: %v", err)
	}
}

// TestServiceErrorStopsTheHost: a service that cannot go on ends Run with
// its error (named), and the others are cancelled and waited for.
func TestServiceErrorStopsTheHost(t *testing.T) {
	h, err := node.New(node.Config{Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	ok, bad := newFake("ok"), newFake("bad")
	bad.fail = errors.New("disk on fire")
	bad.after = ok.started // fail while the healthy service runs
	for _, s := range []node.Service{ok, bad} {
		if err := h.Register(s); err != nil {
			t.Fatal(err)
		}
	}
	err = h.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "bad: disk on fire") || !errors.Is(err, bad.fail) {
		t.Fatalf("Run = %v: want the failing service's error, named", err)
	}
	if !ok.returned.Load() {
		t.Error("Run returned before the healthy service returned")
	}
}

// TestStoreOutlivesServices: the store a host opened stays open until every
// service has returned, then is closed (its lock released).
func TestStoreOutlivesServices(t *testing.T) {
	path := filepath.Join(t.TempDir(), "test.db")
	h, err := node.New(node.Config{StorePath: path, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := node.New(node.Config{StorePath: path, Logger: quiet()}); err == nil {
		t.Fatal("a second host opened the same store")
	}
	slow := newFake("slow")
	var writeErr error
	slow.afterStop = func() {
		time.Sleep(100 * time.Millisecond) // still shutting down
		writeErr = h.Store().PutJSON("test", "k", "written during shutdown")
	}
	if err := h.Register(slow); err != nil {
		t.Fatal(err)
	}
	stop := runHost(t, h)
	<-slow.started
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if writeErr != nil {
		t.Fatalf("store closed under a service that had not returned: %v", writeErr)
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatalf("store still locked after Run: %v", err)
	}
	defer st.Close()
	var v string
	if ok, err := st.GetJSON("test", "k", &v); !ok || err != nil || v != "written during shutdown" {
		t.Fatalf("value %q %v %v", v, ok, err)
	}
}

// TestRegisterErrors: names, namespaces and collectors must be unique.
func TestRegisterErrors(t *testing.T) {
	h, err := node.New(node.Config{Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Register(newFake("alpha")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		s    node.Service
		want string
	}{
		{newFake("alpha"), `service named "alpha" is already registered`},
		{&renamed{fake: newFake("alpha"), name: "alpha2"}, `admin namespace "alpha" is already registered by "alpha"`},
		{&noAPI{newFake("alpha")}, `service "gamma": metrics`},
	} {
		if err := h.Register(tc.s); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Register(%s) = %v, want an error containing %q", tc.s.Name(), err, tc.want)
		}
	}
	h.Close()
	if err := h.Register(&plain{}); !errors.Is(err, node.ErrClosed) {
		t.Errorf("Register after Close: %v", err)
	}
	if err := h.Run(context.Background()); !errors.Is(err, node.ErrClosed) {
		t.Errorf("Run after Close: %v", err)
	}
}

// renamed is a fake under another name (its namespace stays the fake's).
type renamed struct {
	*fake
	name string
}

func (r *renamed) Name() string { return r.name }

// noAPI has the same collector as "alpha" and no API.
type noAPI struct{ f *fake }

func (n *noAPI) Name() string                       { return "gamma" }
func (n *noAPI) Run(ctx context.Context) error      { return n.f.Run(ctx) }
func (n *noAPI) Collectors() []prometheus.Collector { return n.f.Collectors() }

// TestAdminMiddleware: the admin handler is wrapped in one place.
func TestAdminMiddleware(t *testing.T) {
	guard := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer sesame" {
				http.Error(w, "no", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	h, err := node.New(node.Config{AdminListen: "127.0.0.1:0", Logger: quiet()}, node.WithAdminMiddleware(guard))
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Register(newFake("alpha")); err != nil {
		t.Fatal(err)
	}
	runHost(t, h)
	ctx := context.Background()
	c, err := node.DialAdmin(ctx, h.AdminAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var got string
	if err := c.CallContext(ctx, &got, "alpha_echo", "x"); err == nil {
		t.Fatal("admin call without the token succeeded")
	}
	c.SetHeader("Authorization", "Bearer sesame")
	if err := c.CallContext(ctx, &got, "alpha_echo", "x"); err != nil || got != "x" {
		t.Fatalf("admin call with the token: %q, %v", got, err)
	}
}

// TestListenerInUse: a taken port is Run's error, naming the listener, and
// nothing stays open.
func TestListenerInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	path := filepath.Join(t.TempDir(), "s.db")
	h, err := node.New(node.Config{MetricsListen: "127.0.0.1:0", AdminListen: l.Addr().String(), StorePath: path, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	p := &plain{}
	h.Register(p)
	if err := h.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "admin listener on "+l.Addr().String()) {
		t.Fatalf("Run = %v: want the admin listener error", err)
	}
	if p.ran.Load() {
		t.Error("a service ran although the host could not listen")
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatalf("store left open: %v", err)
	}
	st.Close()
}

// TestChainsGateServices: services start only once every tx manager runs,
// which needs its chain to answer; meanwhile the host reports the chain not
// ready and shows it in ChainStatus.
func TestChainsGateServices(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	l.Close() // nothing listens there now
	key, _ := crypto.GenerateKey()
	dir := t.TempDir()
	spec := node.ChainSpec{Chain: chain.Config{Name: "parent", Endpoints: []string{dead}, RetryInterval: 20 * time.Millisecond, PollInterval: 20 * time.Millisecond},
		Tx: &txmgr.Config{ChainID: nil}, Key: key}
	if _, err := node.New(node.Config{Chains: []node.ChainSpec{spec}, Logger: quiet()}); err == nil || !strings.Contains(err.Error(), "no store path") {
		t.Fatalf("a tx manager without a store: %v", err)
	}
	gwei := big.NewInt(1_000_000_000)
	spec.Tx = &txmgr.Config{ChainID: big.NewInt(1337), MaxFeeCap: gwei, MaxTipCap: gwei}
	h, err := node.New(node.Config{Chains: []node.ChainSpec{spec}, StorePath: filepath.Join(dir, "s.db"), PollInterval: 20 * time.Millisecond, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	p := &plain{}
	h.Register(p)
	stop := runHost(t, h)
	waitFor(t, "the dead endpoint to be tried", func() bool {
		cs := h.ChainStatus()
		return len(cs) == 1 && len(cs[0].Endpoints) == 1 && cs[0].Endpoints[0].Error != ""
	})
	if nr := h.NotReady(); len(nr) == 0 || nr[0] != "parent chain unreachable" {
		t.Errorf("NotReady = %q, want the chain unreachable", nr)
	}
	if cs := h.ChainStatus()[0]; cs.Name != "parent" || cs.Operator != crypto.PubkeyToAddress(key.PublicKey) || cs.Endpoints[0].Healthy {
		t.Errorf("ChainStatus = %+v", cs)
	}
	if h.Chain("parent") == nil || h.Chain("parent").Tx == nil || h.Chain("child") != nil {
		t.Error("Chain lookup")
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if p.ran.Load() {
		t.Error("a service ran before its host's chains were ready")
	}
}

// TestNewBridge: the bridge daemon's host from bridge.toml: both chains with
// tx managers, the store in node.datadir; a second one on the same datadir is
// refused while the first holds the store.
func TestNewBridge(t *testing.T) {
	key, _ := crypto.GenerateKey()
	c := config.Default()
	c.Node.Name = "op1"
	c.Node.DataDir = filepath.Join(t.TempDir(), "data")
	for i, cc := range []*config.ChainConfig{&c.Parent, &c.Child} {
		cc.Endpoints = []string{"http://127.0.0.1:1"}
		cc.ChainID = uint64(1000 + i)
	}
	c.Child.PasswordEnv = "SC_NODE_TEST_UNSET"
	if _, err := node.NewBridge(node.BridgeOptions{Config: c, ParentKey: key}); err == nil || !strings.Contains(err.Error(), "child operator key") {
		t.Fatalf("NewBridge without the child key and its password: %v", err)
	}
	if _, err := os.Stat(c.Node.DataDir); !os.IsNotExist(err) {
		t.Errorf("datadir created although the key did not load (stat: %v)", err)
	}
	h, err := node.NewBridge(node.BridgeOptions{Config: c, ParentKey: key, ChildKey: key, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	for _, name := range []string{node.ParentChain, node.ChildChain} {
		if ch := h.Chain(name); ch == nil || ch.Tx == nil || ch.Tx.Address() != crypto.PubkeyToAddress(key.PublicKey) {
			t.Errorf("chain %s: %+v", name, ch)
		}
	}
	if h.Store() == nil || h.Store().Path() != c.Node.StorePath() || h.Name() != "op1" {
		t.Errorf("store %v name %q", h.Store(), h.Name())
	}
	if _, err := node.NewBridge(node.BridgeOptions{Config: c, ParentKey: key, ChildKey: key, Logger: quiet()}); err == nil {
		t.Error("a second host opened the same store")
	}
}

// sender is a Service that sends one self-transfer through its chain's tx
// manager, waits for the receipt and then blocks until ctx ends.
type sender struct {
	c    *node.Chain
	done chan error
}

func (*sender) Name() string { return "sender" }
func (s *sender) Run(ctx context.Context) error {
	tx, err := s.c.Tx.Send(ctx, txmgr.Request{Key: "test", To: s.c.Tx.Address(), GasLimit: 21_000})
	if err == nil {
		_, err = tx.Wait(ctx)
	}
	s.done <- err
	<-ctx.Done()
	return nil
}

// TestTxManagerMetrics: a tx manager the host builds reports to the host's
// registry, labelled with its chain and the node: one transaction sent and
// confirmed shows on /metrics.
func TestTxManagerMetrics(t *testing.T) {
	key, addr := chaintest.NewKey(t)
	c := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(10)}}, BlockPeriod: 1})
	gwei := big.NewInt(1_000_000_000)
	spec := node.ChainSpec{Chain: chain.Config{Name: "child", Endpoints: []string{c.HTTPURL()}, PollInterval: 50 * time.Millisecond},
		Tx: &txmgr.Config{ChainID: big.NewInt(chaintest.DefaultChainID), MaxFeeCap: new(big.Int).Mul(gwei, big.NewInt(100)), MaxTipCap: gwei, PollInterval: 50 * time.Millisecond}, Key: key}
	h, err := node.New(node.Config{Name: "op7", Chains: []node.ChainSpec{spec}, StorePath: filepath.Join(t.TempDir(), "s.db"),
		MetricsListen: "127.0.0.1:0", PollInterval: 50 * time.Millisecond, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	s := &sender{c: h.Chain("child"), done: make(chan error, 1)}
	if err := h.Register(s); err != nil {
		t.Fatal(err)
	}
	stop := runHost(t, h)
	defer stop()
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the transaction was not confirmed within 30 s")
	}
	_, m := get(t, "http://"+h.MetricsAddr()+"/metrics")
	for _, want := range []string{
		`servicechain_txmgr_sent_total{chain="child",node="op7"} 1`,
		`servicechain_txmgr_confirmed_total{chain="child",node="op7",status="success"} 1`,
		`servicechain_txmgr_resubmissions_total{chain="child",node="op7"} 0`,
		`servicechain_txmgr_gap_fills_total{chain="child",node="op7"} 0`,
		`servicechain_txmgr_nonce_resyncs_total{chain="child",node="op7"} 0`,
		`servicechain_txmgr_nonce{chain="child",node="op7"} 1`,
	} {
		if !strings.Contains(m, want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
