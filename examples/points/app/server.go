package app

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/chain"
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
	// Listen is the HTTP address ("127.0.0.1:0" picks a port); Advertise the
	// URL other replicas reach it at (default http://<listen address>).
	Listen, Advertise string
	// Etcd are the etcd client URLs.
	Etcd []string
	// SessionTTL, SnapshotEvery, MaxSnapshots: see br2k.Config.
	SessionTTL    time.Duration
	SnapshotEvery uint64
	MaxSnapshots  int
	// Snapshots is the snapshot store (nil: none).
	Snapshots br2k.SnapshotStore
	// Chain, when set, turns /redeem and the registry on.
	Chain *ChainConfig
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// Server is a running replica of the points service.
type Server struct {
	Replica *br2k.Replica
	State   *State
	Outbox  *chain.Outbox
	// URL is where it serves (the advertised URL).
	URL  string
	srv  *http.Server
	done chan error
}

// Start starts a replica: its HTTP server (the routes, /metrics, /healthz,
// /readyz) and br2k's Run. Close stops both.
func Start(cfg ServerConfig) (*Server, error) {
	if cfg.Service == "" {
		cfg.Service = "points"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("points: listen %s: %w", cfg.Listen, err)
	}
	if cfg.Advertise == "" {
		cfg.Advertise = "http://" + ln.Addr().String()
	}
	st := NewState()
	bcfg := br2k.Config{Endpoints: cfg.Etcd, Service: cfg.Service, ReplicaID: cfg.ID, AdvertiseURL: cfg.Advertise,
		SessionTTL: cfg.SessionTTL, State: st, Snapshots: cfg.Snapshots, SnapshotEvery: cfg.SnapshotEvery, MaxSnapshots: cfg.MaxSnapshots}
	late := &lateRegistry{}
	if cfg.Chain != nil && cfg.Chain.Registry != (common.Address{}) {
		bcfg.Registry = late
	}
	r, err := br2k.New(bcfg, br2k.WithLogger(cfg.Logger))
	if err != nil {
		ln.Close()
		return nil, err
	}
	s := &Server{Replica: r, State: st, URL: cfg.Advertise, done: make(chan error, 1)}
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
			ln.Close()
			r.Close()
			return nil, err
		}
		if c.Registry != (common.Address{}) {
			reg, err := chain.NewRegistry(s.Outbox, c.Registry, nil, "")
			if err != nil {
				ln.Close()
				r.Close()
				return nil, err
			}
			late.reg = reg
		}
		acfg.Outbox, acfg.Token, acfg.UnitsPerPoint = s.Outbox, c.Token, c.UnitsPerPoint
	}
	h, err := Handler(acfg)
	if err != nil {
		ln.Close()
		r.Close()
		return nil, err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(r.Collectors()...)
	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if why := r.NotReady(); len(why) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(strings.Join(why, "\n") + "\n"))
			return
		}
		w.Write([]byte("ready\n"))
	})
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	go func() { s.done <- r.Run(context.Background()) }()
	return s, nil
}

// Done delivers Run's result once it returned.
func (s *Server) Done() <-chan error { return s.done }

// Close stops the replica first (a leader resigns, so the others stop
// forwarding here at once; requests still waiting get 503 and are retried
// with their Idempotency-Key), then the HTTP server.
func (s *Server) Close() {
	_ = s.Replica.Close()
	// Handlers return at once now; a connection accepted but never used
	// would hold Shutdown for 5 s, so bound it and close the rest.
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if s.srv.Shutdown(ctx) != nil {
		_ = s.srv.Close()
	}
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
