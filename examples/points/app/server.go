package app

import (
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/chain"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// ChainConfig is the service chain side of the points service.
type ChainConfig struct {
	// Backend is the service chain client.
	Backend txmgr.Backend
	// Key is the service account (same on every replica): it holds the
	// tokens paid out and publishes in the registry.
	Key *ecdsa.PrivateKey
	// ChainID is the service chain's EIP-155 chain id.
	ChainID *big.Int
	// Token is the ERC-20 paid out; Registry the ServiceRegistry (zero: none).
	Token, Registry common.Address
	// UnitsPerPoint: token units per point (default 10^18).
	UnitsPerPoint *big.Int
	// MaxFeeCap and MaxTipCap bound the fees, in wei per gas (100 and 2 gwei).
	MaxFeeCap, MaxTipCap *big.Int
	// PollInterval of the tx manager (1 s).
	PollInterval time.Duration
}

// ServerConfig is one replica of the points service.
type ServerConfig struct {
	// Service is the br2k service id ("points"); ID the replica id.
	Service, ID string
	// Listen is the HTTP address of the routes ("127.0.0.1:0" picks a
	// port); Advertise the URL other replicas reach it at (default
	// http://<listen address>).
	Listen, Advertise string
	// Etcd are the etcd client URLs; EtcdTLS their TLS settings (nil: plain).
	Etcd    []string
	EtcdTLS *tls.Config
	// SessionTTL, SnapshotEvery, MaxSnapshots, CatchUpEntries,
	// IdempotencyTTL, MaxIdempotencyKeys: see br2k.Config (0: its defaults).
	SessionTTL         time.Duration
	SnapshotEvery      uint64
	MaxSnapshots       int
	CatchUpEntries     uint64
	IdempotencyTTL     time.Duration
	MaxIdempotencyKeys int
	// Snapshots is the snapshot store (nil: none).
	Snapshots br2k.SnapshotStore
	// Chain, when set, turns /redeem and the registry on.
	Chain *ChainConfig
	// Logger; nil means the host's (Start: the host logs to this one, with
	// node=<ID>).
	Logger *slog.Logger
}

// HostConfig is the daemon part of a replica run by Start: where the host
// serves /metrics, /healthz, /readyz and the admin JSON-RPC (namespace br2k).
type HostConfig struct {
	// MetricsListen and AdminListen are host:port ("" disables, port 0 picks
	// one; see Host.MetricsAddr and Host.AdminAddr).
	MetricsListen, AdminListen string
	// DataDir, when set, receives the host's endpoints.json while it runs.
	DataDir string
}

// Server is a replica of the points service.
type Server struct {
	// Host runs the replica's services and serves its metrics, readiness and
	// admin API.
	Host    *node.Host
	Replica *br2k.Replica
	State   *State
	Outbox  *chain.Outbox
	// URL is where it serves the routes (the advertised URL).
	URL  string
	ln   net.Listener
	done chan error
}

// New builds a replica of the points service on host h and registers its
// two services: "br2k" (the replica: its Run, its metrics on the host's
// registry, its readiness in /readyz, its admin namespace br2k_* on the
// host's admin server) and "points-http" (the routes on cfg.Listen). h.Run
// then runs them; closing h stops them (a leader resigns).
func New(h *node.Host, cfg ServerConfig) (*Server, error) {
	if h == nil {
		return nil, errors.New("points: host is nil")
	}
	if cfg.Service == "" {
		cfg.Service = "points"
	}
	if cfg.Logger == nil {
		cfg.Logger = h.Logger()
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("points: listen %s: %w", cfg.Listen, err)
	}
	if cfg.Advertise == "" {
		cfg.Advertise = "http://" + ln.Addr().String()
	}
	st := NewState()
	bcfg := br2k.Config{Endpoints: cfg.Etcd, TLS: cfg.EtcdTLS, Service: cfg.Service, ReplicaID: cfg.ID, AdvertiseURL: cfg.Advertise,
		SessionTTL: cfg.SessionTTL, State: st, Snapshots: cfg.Snapshots, SnapshotEvery: cfg.SnapshotEvery, MaxSnapshots: cfg.MaxSnapshots,
		CatchUpEntries: cfg.CatchUpEntries, IdempotencyTTL: cfg.IdempotencyTTL, MaxIdempotencyKeys: cfg.MaxIdempotencyKeys}
	late := &lateRegistry{}
	if cfg.Chain != nil && cfg.Chain.Registry != (common.Address{}) {
		bcfg.Registry = late
	}
	r, err := br2k.New(bcfg, br2k.WithLogger(cfg.Logger))
	if err != nil {
		ln.Close()
		return nil, err
	}
	fail := func(err error) (*Server, error) {
		ln.Close()
		r.Close()
		return nil, err
	}
	s := &Server{Host: h, Replica: r, State: st, URL: cfg.Advertise, ln: ln, done: make(chan error, 1)}
	acfg := Config{Replica: r, State: st}
	if c := cfg.Chain; c != nil {
		fee, tip := c.MaxFeeCap, c.MaxTipCap
		if fee == nil {
			fee = big.NewInt(100e9)
		}
		if tip == nil {
			tip = big.NewInt(2e9)
		}
		s.Outbox, err = chain.New(chain.Config{Replica: r, Backend: c.Backend, Key: c.Key, Logger: cfg.Logger,
			Tx: txmgr.Config{ChainID: c.ChainID, MaxFeeCap: fee, MaxTipCap: tip, GasMarginPercent: 20, PollInterval: c.PollInterval}})
		if err != nil {
			return fail(err)
		}
		if c.Registry != (common.Address{}) {
			reg, err := chain.NewRegistry(s.Outbox, c.Registry, nil, "")
			if err != nil {
				return fail(err)
			}
			late.reg = reg
		}
		acfg.Outbox, acfg.Token, acfg.UnitsPerPoint = s.Outbox, c.Token, c.UnitsPerPoint
	}
	handler, err := Handler(acfg)
	if err != nil {
		return fail(err)
	}
	web := &httpService{ln: ln, srv: &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}}
	if err := h.Register(replicaService{r}, web); err != nil {
		return fail(err)
	}
	return s, nil
}

// Start runs one replica in its own host (as `points run` does for each
// replica): New on a host named after the replica, then the host's Run.
// Close stops it.
func Start(cfg ServerConfig, hc ...HostConfig) (*Server, error) {
	var c HostConfig
	if len(hc) > 0 {
		c = hc[0]
	}
	h, err := node.New(node.Config{Name: cfg.ID, Daemon: "points replica", DataDir: c.DataDir,
		MetricsListen: c.MetricsListen, AdminListen: c.AdminListen, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	cfg.Logger = nil // the host's: with node=<ID>
	s, err := New(h, cfg)
	if err != nil {
		h.Close()
		return nil, err
	}
	go func() { s.done <- h.Run(context.Background()) }()
	select {
	case <-h.Started():
	case err := <-s.done:
		s.done <- err
		if err == nil {
			err = errors.New("points: host stopped at once")
		}
		return nil, err
	}
	return s, nil
}

// Done delivers the host's Run result once it returned (Start only).
func (s *Server) Done() <-chan error { return s.done }

// Close stops the replica's host: the replica leaves (a leader resigns, so
// the others take over at once; requests still waiting get 503 and are
// retried with their Idempotency-Key) and the HTTP server shuts down.
func (s *Server) Close() {
	s.Host.Close()
	s.ln.Close()
}

// replicaService is the replica as a host service: Run closes the replica
// (its etcd client) when it returns, and APIs adds the admin namespace.
type replicaService struct{ *br2k.Replica }

func (s replicaService) Run(ctx context.Context) error {
	defer s.Replica.Close()
	return s.Replica.Run(ctx)
}

// APIs is the br2k admin namespace: br2k_status, br2k_cluster,
// br2k_digest, br2k_snapshot.
func (s replicaService) APIs() []rpc.API {
	return []rpc.API{{Namespace: "br2k", Service: s.Replica.AdminAPI()}}
}

// httpService serves the routes until its context ends.
type httpService struct {
	ln  net.Listener
	srv *http.Server
}

func (*httpService) Name() string { return "points-http" }

func (s *httpService) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving %s: %w", s.ln.Addr(), err)
	case <-ctx.Done():
	}
	// Handlers return at once once the replica stopped; a connection accepted
	// but never used would hold Shutdown for long, so bound it.
	sctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if s.srv.Shutdown(sctx) != nil {
		_ = s.srv.Close()
	}
	return nil
}

// lateRegistry breaks the cycle replica -> registry -> outbox -> replica.
type lateRegistry struct{ reg *chain.Registry }

func (l *lateRegistry) PublishLeader(ctx context.Context, li br2k.LeaderInfo) error {
	if l.reg == nil {
		return errors.New("points: registry not ready")
	}
	return l.reg.PublishLeader(ctx, li)
}

func (l *lateRegistry) PublishSnapshot(ctx context.Context, m br2k.SnapshotMeta) error {
	if l.reg == nil {
		return errors.New("points: registry not ready")
	}
	return l.reg.PublishSnapshot(ctx, m)
}
