package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/errgroup"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// DefaultPollInterval is Config.PollInterval when it is 0.
const DefaultPollInterval = time.Second

// shutdownTimeout bounds the graceful shutdown of the HTTP servers.
const shutdownTimeout = 5 * time.Second

var (
	// ErrRunning is returned by Register after Run started, and by Run when
	// it was called before.
	ErrRunning = errors.New("node: the host is already running")
	// ErrClosed is returned by Run and Register after Close.
	ErrClosed = errors.New("node: the host is closed")
)

// Config describes one daemon's host. Only Logger-free, I/O-free values: New
// opens the store and creates (without dialing) the chain clients.
type Config struct {
	// Name labels the daemon: the "node" attribute of every log line and the
	// const label node=<Name> of the host's metrics ("" for neither).
	Name string
	// Daemon names what runs in the start and stop log lines: "bridge node"
	// logs "bridge node starting" and "bridge node stopped" ("" = "node").
	Daemon string
	// DataDir, when set, receives EndpointsFile while Run runs.
	DataDir string
	// MetricsListen is the host:port of /metrics, /healthz and /readyz; ""
	// disables it; port 0 picks a free port (see MetricsAddr).
	MetricsListen string
	// AdminListen is the host:port of the admin JSON-RPC server; "" disables
	// it; port 0 picks a free port (see AdminAddr). Listen on loopback only.
	// With a DataDir and without WithAdminToken, New authenticates it with
	// the token of <DataDir>/admin.token (EnsureAdminToken), so no daemon's
	// admin API is open to every local process; without a DataDir it is
	// unauthenticated unless WithAdminToken is given.
	AdminListen string
	// PollInterval is how often the host reads its chains' heads and
	// balances and refreshes servicechain_ready (0 = DefaultPollInterval).
	PollInterval time.Duration
	// MaxHeadLag makes a chain not ready while its latest block is older
	// than this (readiness.max_head_lag); 0 disables the check.
	MaxHeadLag time.Duration
	// StorePath, when set, is the bbolt store New opens (exclusively: a
	// store another process holds is an error) and Run or Close closes,
	// after every service returned.
	StorePath string
	// Chains are the chains the daemon reads and, with a key, signs on. A
	// service-chain node or a replica has none.
	Chains []ChainSpec
	// Logger receives the host's and services' logs; nil = slog.Default().
	Logger *slog.Logger
}

// ChainSpec is one chain of Config.Chains.
type ChainSpec struct {
	// Chain is the client configuration; Chain.Name ("parent", "child") names
	// the chain in logs, metrics, readiness and Host.Chain.
	Chain chain.Config
	// Tx, when set, gives the chain a tx manager that signs with Key and
	// journals its pending transactions in the store (bucket txs/<name>), so
	// Config.StorePath is then required. Unless Tx.Metrics is set, the
	// manager reports to txmgr.NewMetrics(<name>, node=<Config.Name>),
	// registered on the host's registry (servicechain_txmgr_*).
	Tx  *txmgr.Config
	Key *ecdsa.PrivateKey
}

// Option adjusts a Host at New.
type Option func(*Host)

// WithAdminMiddleware wraps the admin JSON-RPC handler (for example with
// bearer-token and Host-header checks). Several wrap in order: the first
// given is the outermost.
func WithAdminMiddleware(mw func(http.Handler) http.Handler) Option {
	return func(h *Host) { h.adminMW = append(h.adminMW, mw) }
}

// Host is the host of one daemon. Create it with New, add services with
// Register, then Run it; Close releases it (also when Run never ran).
type Host struct {
	cfg     Config
	log     *slog.Logger
	reg     *prometheus.Registry
	metrics *hostMetrics
	admin   *rpc.Server
	adminMW []func(http.Handler) http.Handler
	// adminToken is the bearer token of WithAdminToken ("" without);
	// adminAuth records that WithAdminToken was given (even with "").
	adminToken string
	adminAuth  bool
	st         *store.Store
	chains     []*Chain

	mu          sync.Mutex
	services    []Service
	names       map[string]bool
	namespaces  map[string]string // admin namespace -> service
	running     bool
	closed      bool
	cancel      context.CancelFunc
	runDone     chan struct{}
	released    bool
	metricsAddr string
	adminAddr   string
	started     chan struct{}
}

// New validates cfg, opens the store (when StorePath is set) and creates the
// chain clients and tx managers (nothing is dialed until Run). Errors name the
// bad value; a store locked by another process is an error here, before
// anything runs. On error nothing stays open.
func New(cfg Config, opts ...Option) (*Host, error) {
	if cfg.PollInterval < 0 || cfg.MaxHeadLag < 0 {
		return nil, fmt.Errorf("node: poll interval %s, max head lag %s: expected durations >= 0", cfg.PollInterval, cfg.MaxHeadLag)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.Daemon == "" {
		cfg.Daemon = "node"
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	if cfg.Name != "" {
		log = log.With("node", cfg.Name)
	}
	h := &Host{cfg: cfg, log: log, reg: prometheus.NewRegistry(), admin: rpc.NewServer(),
		names: map[string]bool{}, namespaces: map[string]string{}, started: make(chan struct{})}
	for _, o := range opts {
		o(h)
	}
	if cfg.AdminListen != "" && cfg.DataDir != "" && !h.adminAuth {
		tok, err := EnsureAdminToken(cfg.DataDir)
		if err != nil {
			return nil, err
		}
		WithAdminToken(tok)(h)
	}
	h.metrics = newHostMetrics(h.reg, constLabels(cfg.Name))
	ok := false
	defer func() {
		if !ok {
			h.release()
		}
	}()
	if cfg.StorePath != "" {
		st, err := store.Open(cfg.StorePath)
		if err != nil {
			return nil, err
		}
		h.st = st
	}
	seen := map[string]bool{}
	for _, spec := range cfg.Chains {
		name := spec.Chain.Name
		if seen[name] {
			return nil, fmt.Errorf("node: chain %q configured twice", name)
		}
		seen[name] = true
		cl, err := chain.New(spec.Chain, log)
		if err != nil {
			return nil, err
		}
		c := &Chain{Name: name, Client: cl}
		h.chains = append(h.chains, c)
		h.metrics.addChain(h.reg, constLabels(cfg.Name), c)
		if spec.Tx == nil {
			continue
		}
		if h.st == nil {
			return nil, fmt.Errorf("node: chain %q has a tx manager but no store path is set: its journal needs the store", name)
		}
		if spec.Key == nil {
			return nil, fmt.Errorf("node: chain %q has a tx manager but no key", name)
		}
		txc := *spec.Tx
		c.key = spec.Key
		if txc.Metrics == nil {
			// The manager's counters (servicechain_txmgr_*), chain=<name>
			// and node=<name>, on the daemon's registry.
			m := txmgr.NewMetrics(name, constLabels(cfg.Name))
			for _, col := range m.Collectors() {
				if err := h.reg.Register(col); err != nil {
					return nil, fmt.Errorf("%s tx manager metrics: %w", name, err)
				}
			}
			txc.Metrics = m
		}
		if c.Tx, err = txmgr.New(txc, cl, spec.Key, NewJournal(h.st, name), log.With("chain", name)); err != nil {
			return nil, fmt.Errorf("%s tx manager: %w", name, err)
		}
	}
	ok = true
	return h, nil
}

// constLabels is node=<name>, or none without a name.
func constLabels(name string) prometheus.Labels {
	if name == "" {
		return nil
	}
	return prometheus.Labels{"node": name}
}

// Register adds services, in order: each one's collectors (MetricsProvider)
// are registered on the host's registry and its namespaces (APIProvider) on
// the admin server now, and Run runs it. Call it before Run. Errors (the
// services before the failing one stay registered): a second service with
// the same name, a collector that clashes with a registered one, an admin
// namespace that is empty, taken or has no exported methods; ErrRunning and
// ErrClosed.
func (h *Host) Register(services ...Service) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range services {
		if err := h.register(s); err != nil {
			return err
		}
	}
	return nil
}

func (h *Host) register(s Service) error {
	switch {
	case h.closed:
		return ErrClosed
	case h.running:
		return ErrRunning
	case s == nil || s.Name() == "":
		return errors.New("node: Register: a service needs a non-empty Name")
	case h.names[s.Name()]:
		return fmt.Errorf("node: a service named %q is already registered", s.Name())
	}
	var apis []rpc.API
	if p, ok := s.(APIProvider); ok {
		apis = p.APIs()
		for _, api := range apis {
			if api.Namespace == "" {
				return fmt.Errorf("node: service %q: an admin API with an empty namespace", s.Name())
			}
			if owner, taken := h.namespaces[api.Namespace]; taken {
				return fmt.Errorf("node: service %q: admin namespace %q is already registered by %q", s.Name(), api.Namespace, owner)
			}
		}
	}
	if p, ok := s.(MetricsProvider); ok {
		for _, c := range p.Collectors() {
			if err := h.reg.Register(c); err != nil {
				return fmt.Errorf("node: service %q: metrics: %w", s.Name(), err)
			}
		}
	}
	for _, api := range apis {
		if err := h.admin.RegisterName(api.Namespace, api.Service); err != nil {
			return fmt.Errorf("node: service %q: admin namespace %q: %w", s.Name(), api.Namespace, err)
		}
		h.namespaces[api.Namespace] = s.Name()
	}
	h.names[s.Name()] = true
	h.services = append(h.services, s)
	return nil
}

// Name is Config.Name.
func (h *Host) Name() string { return h.cfg.Name }

// Logger is the daemon's logger (with the node attribute when named).
func (h *Host) Logger() *slog.Logger { return h.log }

// Registry is the daemon's Prometheus registry, served on /metrics: the Go
// and process collectors, the host's chain and readiness metrics, its tx
// managers' metrics, and every registered service's collectors. Nothing is on the global registry (several
// hosts run in one devnet process).
func (h *Host) Registry() *prometheus.Registry { return h.reg }

// Store is the daemon's store, or nil without Config.StorePath.
func (h *Host) Store() *store.Store { return h.st }

// Chain returns the chain named name, or nil.
func (h *Host) Chain(name string) *Chain {
	for _, c := range h.chains {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Chains returns the host's chains in configuration order.
func (h *Host) Chains() []*Chain { return append([]*Chain(nil), h.chains...) }

// Started is closed once Run's HTTP listeners listen (MetricsAddr and
// AdminAddr are then set) and EndpointsFile is written.
func (h *Host) Started() <-chan struct{} { return h.started }

// MetricsAddr is the host:port serving /metrics, /healthz and /readyz once
// started ("" when disabled or not started).
func (h *Host) MetricsAddr() string { h.mu.Lock(); defer h.mu.Unlock(); return h.metricsAddr }

// AdminAddr is the host:port of the admin JSON-RPC server once started (""
// when disabled or not started).
func (h *Host) AdminAddr() string { h.mu.Lock(); defer h.mu.Unlock(); return h.adminAddr }

// NotReady lists why the daemon is not ready (/readyz): the host's own
// reasons (each chain answers, its head is younger than MaxHeadLag, its
// operator is funded) followed by every ReadinessReporter's, in registration
// order. Empty means ready.
func (h *Host) NotReady() []string {
	out := h.chainReasons()
	h.mu.Lock()
	services := append([]Service(nil), h.services...)
	h.mu.Unlock()
	for _, s := range services {
		if r, ok := s.(ReadinessReporter); ok {
			out = append(out, r.NotReady()...)
		}
	}
	return out
}

// Run serves the HTTP endpoints, writes EndpointsFile, starts the chains
// (waiting, with backoff, until each answers and its tx manager starts) and
// runs every registered service concurrently, each in its own goroutine,
// once the chains are ready (at once without chains). It blocks until ctx
// ends or a service returns an error, then stops the servers, cancels the
// services and waits for every one of them to return, stops the tx managers,
// closes the chain clients and finally the store.
//
// It returns nil when ctx ended, the first service error (prefixed with the
// service's name) when one failed, or an error when a listener cannot be
// opened (for example a port in use). Chains that are down are waited for,
// never an error. Run may be called once.
func (h *Host) Run(ctx context.Context) error {
	h.mu.Lock()
	switch {
	case h.closed:
		h.mu.Unlock()
		return ErrClosed
	case h.running:
		h.mu.Unlock()
		return ErrRunning
	}
	h.running = true
	ctx, cancel := context.WithCancel(ctx)
	h.cancel, h.runDone = cancel, make(chan struct{})
	services := append([]Service(nil), h.services...)
	h.mu.Unlock()
	defer close(h.runDone)
	defer h.release()
	defer cancel()

	servers, err := h.listen()
	if err != nil {
		return err
	}
	endpoints := h.writeEndpoints()
	close(h.started)
	attrs := []any{}
	for _, c := range h.chains {
		if c.Tx != nil {
			attrs = append(attrs, c.Name+"Operator", c.Tx.Address())
		}
	}
	h.log.Info(h.cfg.Daemon+" starting", append(attrs, "metrics", h.MetricsAddr(), "admin", h.AdminAddr())...)

	g, gctx := errgroup.WithContext(ctx)
	ready := h.startChains(gctx, g)
	g.Go(func() error { h.watch(gctx); return nil })
	for _, s := range services {
		g.Go(func() error {
			<-ready
			if gctx.Err() != nil {
				return nil // stopped before the chains were ready
			}
			if err := s.Run(gctx); err != nil {
				h.log.Error("service failed; stopping", "service", s.Name(), "err", err)
				return fmt.Errorf("%s: %w", s.Name(), err)
			}
			return nil
		})
	}
	<-gctx.Done()
	shutdown, cancelShutdown := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancelShutdown()
	for _, srv := range servers {
		srv.Shutdown(shutdown)
	}
	err = g.Wait()
	for _, c := range h.chains {
		if c.Tx != nil {
			c.Tx.Stop()
		}
		c.Client.Close()
	}
	if endpoints != "" {
		os.Remove(endpoints)
	}
	h.log.Info(h.cfg.Daemon + " stopped")
	return err
}

// Close stops a running Run (as if its context ended) and waits for it to
// return, then releases what New opened (chain clients, tx managers, store).
// It is safe to call more than once, and without Run.
func (h *Host) Close() error {
	h.mu.Lock()
	h.closed = true
	cancel, done := h.cancel, h.runDone
	h.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	return h.release()
}

// release closes the chain clients, tx managers and the store, once.
func (h *Host) release() error {
	h.mu.Lock()
	if h.released {
		h.mu.Unlock()
		return nil
	}
	h.released = true
	h.mu.Unlock()
	h.admin.Stop()
	for _, c := range h.chains {
		if c.Tx != nil {
			c.Tx.Stop()
		}
		c.Client.Close()
	}
	if h.st != nil {
		return h.st.Close()
	}
	return nil
}

// writeEndpoints writes EndpointsFile into DataDir (when set) and returns its
// path; a write failure is logged, not fatal (the file is a convenience).
func (h *Host) writeEndpoints() string {
	if h.cfg.DataDir == "" {
		return ""
	}
	path := filepath.Join(h.cfg.DataDir, EndpointsFile)
	if err := writeEndpointsFile(path, Endpoints{PID: os.Getpid(), Metrics: h.MetricsAddr(), Admin: h.AdminAddr()}); err != nil {
		h.log.Warn("could not write runtime file", "path", path, "err", err)
		return ""
	}
	return path
}
