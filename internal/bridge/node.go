// Package bridge is the bridge node: one operator of the multi-bridge design
// (seeds 000-002). It watches the Bridge contracts of a parent chain and a
// service (child) chain, votes on the other side for every request it sees, and
// recovers votes that were lost while it or its peers were down. Nodes do not
// talk to each other; the contracts count their votes (k of n).
package bridge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// StoreFile is the name of the node's bbolt store inside node.datadir.
const StoreFile = "bridge.db"

// Options are what a node needs besides its configuration: the decrypted
// operator keys (one per chain; they may be the same key).
type Options struct {
	// Config is the validated bridge.toml.
	Config *config.Config
	// ParentKey signs votes and anchors on the parent chain.
	ParentKey *ecdsa.PrivateKey
	// ChildKey signs votes on the child chain.
	ChildKey *ecdsa.PrivateKey
	// Logger receives the node's structured logs; nil means slog.Default().
	Logger *slog.Logger
}

// Service is an extra loop that runs inside a node with access to its chains,
// tx managers, store and metrics: the anchoring loop (issue 4) plugs in here.
type Service interface {
	// Run works until ctx ends; it must survive RPC errors by itself.
	Run(ctx context.Context)
}

// Node is one running bridge node. Create it with New, then call Run.
type Node struct {
	cfg       *config.Config
	log       *slog.Logger
	st        *store.Store
	parent    *chain.Client
	child     *chain.Client
	parentTx  *txmgr.Manager
	childTx   *txmgr.Manager
	dirs      []*direction
	metrics   *Metrics
	paused    atomic.Bool
	services  []Service
	extraAPIs []rpc.API

	mu          sync.Mutex
	metricsAddr string
	adminAddr   string
	started     chan struct{}
	heads       map[string]headInfo
}

type headInfo struct {
	number uint64
	time   time.Time
}

// New validates the options, opens the store and prepares (but does not
// dial) the chain clients and tx managers. Errors name the bad value; a store
// locked by another process is an error here, before anything runs.
func New(opts Options) (*Node, error) {
	cfg := opts.Config
	if cfg == nil {
		return nil, errors.New("bridge: no configuration")
	}
	if opts.ParentKey == nil || opts.ChildKey == nil {
		return nil, errors.New("bridge: operator keys for both chains are required")
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	log = log.With("node", cfg.Node.Name)
	parent, err := chain.New(chainConfig("parent", &cfg.Parent), log)
	if err != nil {
		return nil, err
	}
	child, err := chain.New(chainConfig("child", &cfg.Child), log)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(filepath.Join(cfg.Node.DataDir, StoreFile))
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, log: log, st: st, parent: parent, child: child, metrics: NewMetrics(cfg.Node.Name),
		started: make(chan struct{}), heads: map[string]headInfo{}}
	if n.parentTx, err = txmgr.New(txConfig(cfg, &cfg.Parent), parent, opts.ParentKey, newJournal(st, "parent"), log.With("chain", "parent")); err != nil {
		st.Close()
		return nil, fmt.Errorf("parent tx manager: %w", err)
	}
	if n.childTx, err = txmgr.New(txConfig(cfg, &cfg.Child), child, opts.ChildKey, newJournal(st, "child"), log.With("chain", "child")); err != nil {
		st.Close()
		return nil, fmt.Errorf("child tx manager: %w", err)
	}
	dc := directionConfig{
		pollInterval:     cfg.Bridge.PollInterval,
		logRange:         cfg.Bridge.LogRange,
		batchSize:        cfg.Bridge.BatchSize,
		recoveryInterval: cfg.Bridge.RecoveryInterval,
		recoveryStride:   cfg.Bridge.RecoveryStride,
		recheckInterval:  max(3*cfg.Bridge.PollInterval, 3*time.Second),
		retryInterval:    max(10*cfg.Bridge.PollInterval, 10*time.Second),
		voteGrace:        cfg.Bridge.VoteGrace,
	}
	p2c, c2p := dc, dc
	p2c.startBlock, c2p.startBlock = cfg.Parent.StartBlock, cfg.Child.StartBlock
	n.dirs = []*direction{
		newDirection(ParentToChild, parent, child, cfg.Parent.Bridge, cfg.Child.Bridge, n.childTx, st, p2c, log, n.metrics, &n.paused),
		newDirection(ChildToParent, child, parent, cfg.Child.Bridge, cfg.Parent.Bridge, n.parentTx, st, c2p, log, n.metrics, &n.paused),
	}
	return n, nil
}

func chainConfig(name string, c *config.ChainConfig) chain.Config {
	return chain.Config{
		Name:           name,
		Endpoints:      c.Endpoints,
		ChainID:        c.ChainID,
		Confirmations:  c.Confirmations,
		Finalized:      c.Finalized,
		MaxEndpointLag: c.MaxEndpointLag,
	}
}

func txConfig(cfg *config.Config, c *config.ChainConfig) txmgr.Config {
	return txmgr.Config{
		ChainID:          new(big.Int).SetUint64(c.ChainID),
		MaxFeeCap:        c.MaxFee,
		MaxTipCap:        c.MaxTip,
		GasMarginPercent: cfg.Bridge.GasMarginPercent,
		ResubmitAfter:    cfg.Bridge.ResubmitAfter,
		FeeBumpPercent:   cfg.Bridge.FeeBumpPercent,
		PollInterval:     cfg.Bridge.PollInterval,
		MinBalance:       c.MinBalance,
	}
}

// AddService registers an extra loop (for example anchoring) to run with the
// node; call it before Run.
func (n *Node) AddService(s Service) { n.services = append(n.services, s) }

// Parent returns the parent chain client (for services such as anchoring).
func (n *Node) Parent() *chain.Client { return n.parent }

// Child returns the child chain client.
func (n *Node) Child() *chain.Client { return n.child }

// ParentTx returns the parent chain tx manager of this operator.
func (n *Node) ParentTx() *txmgr.Manager { return n.parentTx }

// Store returns the node's store.
func (n *Node) Store() *store.Store { return n.st }

// Metrics returns the node's Prometheus collectors.
func (n *Node) Metrics() *Metrics { return n.metrics }

// Config returns the node's configuration.
func (n *Node) Config() *config.Config { return n.cfg }

// Logger returns the node's logger.
func (n *Node) Logger() *slog.Logger { return n.log }

// Started is closed once the node's HTTP endpoints listen (their addresses are
// then available from MetricsAddr and AdminAddr).
func (n *Node) Started() <-chan struct{} { return n.started }

// MetricsAddr is the host:port serving /metrics, /healthz and /readyz ("" when disabled).
func (n *Node) MetricsAddr() string { n.mu.Lock(); defer n.mu.Unlock(); return n.metricsAddr }

// AdminAddr is the host:port of the admin JSON-RPC server ("" when disabled).
func (n *Node) AdminAddr() string { n.mu.Lock(); defer n.mu.Unlock(); return n.adminAddr }

// Run starts everything and blocks until ctx ends, then stops cleanly and
// closes the store. It returns an error only when a listener cannot be opened
// (for example a port in use); chains that are down are waited for.
func (n *Node) Run(ctx context.Context) error {
	defer n.st.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var servers []*http.Server
	if addr := n.cfg.Metrics.Listen; addr != "" {
		srv, bound, err := serve(addr, n.healthMux(), "metrics")
		if err != nil {
			return err
		}
		servers = append(servers, srv)
		n.mu.Lock()
		n.metricsAddr = bound
		n.mu.Unlock()
	}
	if addr := n.cfg.Admin.Listen; addr != "" {
		srv, bound, err := serve(addr, n.adminHandler(), "admin")
		if err != nil {
			for _, s := range servers {
				s.Close()
			}
			return err
		}
		servers = append(servers, srv)
		n.mu.Lock()
		n.adminAddr = bound
		n.mu.Unlock()
	}
	close(n.started)
	n.log.Info("bridge node starting", "parentOperator", n.parentTx.Address(), "childOperator", n.childTx.Address(),
		"metrics", n.MetricsAddr(), "admin", n.AdminAddr())

	n.parent.Start(ctx)
	n.child.Start(ctx)
	var wg sync.WaitGroup
	goRun := func(f func()) { wg.Add(1); go func() { defer wg.Done(); f() }() }
	parentReady := make(chan struct{})
	childReady := make(chan struct{})
	goRun(func() { n.startTx(ctx, "parent", n.parent, n.parentTx, parentReady) })
	goRun(func() { n.startTx(ctx, "child", n.child, n.childTx, childReady) })
	for _, d := range n.dirs {
		d := d
		goRun(func() {
			if !waitAll(ctx, parentReady, childReady) {
				return
			}
			goRun(func() { d.recover(ctx) })
			d.run(ctx)
		})
	}
	goRun(func() { n.watch(ctx) })
	for _, s := range n.services {
		s := s
		goRun(func() {
			if waitAll(ctx, parentReady, childReady) {
				s.Run(ctx)
			}
		})
	}
	<-ctx.Done()
	shutdown, cancelShutdown := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancelShutdown()
	for _, s := range servers {
		s.Shutdown(shutdown)
	}
	wg.Wait()
	for _, d := range n.dirs {
		d.awaiting.Wait()
	}
	n.parent.Close()
	n.child.Close()
	n.log.Info("bridge node stopped")
	return nil
}

// startTx waits until the chain answers, then starts its tx manager (which
// reads the account nonce and reconciles persisted transactions), retrying
// with backoff; ready is closed once it runs.
func (n *Node) startTx(ctx context.Context, name string, c *chain.Client, tx *txmgr.Manager, ready chan struct{}) {
	backoff := time.Second
	waiting := false
	for {
		if c.Healthy() {
			err := tx.Start(ctx)
			if err == nil {
				close(ready)
				return
			}
			n.log.Warn("tx manager could not start; retrying", "chain", name, "err", err)
		} else if !waiting {
			n.log.Info("waiting for chain to answer", "chain", name, "endpoints", c.Endpoints())
			waiting = true
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

func waitAll(ctx context.Context, chs ...chan struct{}) bool {
	for _, ch := range chs {
		select {
		case <-ctx.Done():
			return false
		case <-ch:
		}
	}
	return true
}

// serve listens on addr (a loopback address: the admin API has no
// authentication and metrics are for local scrapers or a proxy) and serves h.
func serve(addr string, h http.Handler, what string) (*http.Server, string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("%s listener on %s: %w", what, addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return srv, ln.Addr().String(), nil
}

// watch refreshes chain heads, balances and readiness for metrics every poll
// interval.
func (n *Node) watch(ctx context.Context) {
	t := time.NewTicker(n.cfg.Bridge.PollInterval)
	defer t.Stop()
	for {
		for _, c := range []struct {
			name string
			cl   *chain.Client
			tx   *txmgr.Manager
		}{{"parent", n.parent, n.parentTx}, {"child", n.child, n.childTx}} {
			if hdr, err := c.cl.HeaderByNumber(ctx, nil); err == nil {
				n.mu.Lock()
				n.heads[c.name] = headInfo{number: hdr.Number.Uint64(), time: time.Unix(int64(hdr.Time), 0)}
				n.mu.Unlock()
				n.metrics.headBlock.WithLabelValues(c.name).Set(float64(hdr.Number.Uint64()))
				n.metrics.headAge.WithLabelValues(c.name).Set(time.Since(time.Unix(int64(hdr.Time), 0)).Seconds())
			}
			if bal := c.tx.Balance(); bal != nil {
				f, _ := new(big.Float).SetInt(bal).Float64()
				n.metrics.balance.WithLabelValues(c.name).Set(f)
			}
			n.metrics.funded.WithLabelValues(c.name).Set(b2f(c.tx.Funded()))
			n.metrics.pendingTxs.WithLabelValues(c.name).Set(float64(c.tx.Pending()))
			for _, e := range c.cl.Endpoints() {
				n.metrics.endpointHealthy.WithLabelValues(c.name, e.URL).Set(b2f(e.Healthy))
			}
		}
		n.metrics.votingPaused.Set(b2f(n.paused.Load()))
		n.metrics.ready.Set(b2f(len(n.notReadyReasons()) == 0))
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
