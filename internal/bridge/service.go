// Package bridge is value transfer, one operator of the multi-bridge design
// (seeds 000-002), as a node.Service. It watches the Bridge contracts of a
// parent chain and a service (child) chain, votes on the other side for
// every request it sees, and recovers votes that were lost while it or its
// peers were down. Nodes do not talk to each other; the contracts count their
// votes (k of n).
//
// The decisions of a vote round are a pure function (plan.go); direction.go
// gathers its inputs and carries its actions out. The chains, tx managers and
// store belong to the host (internal/node); this package owns its metrics,
// its readiness reason (old open requests) and the "bridge" admin namespace.
package bridge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/errgroup"
	"golang.org/x/time/rate"

	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/store"
)

// ServiceName is the bridge service's name in logs and errors.
const ServiceName = "bridge"

// testMaxOpen, when > 0, replaces maxOpenPerRound for services created
// afterwards (set by tests through export_test.go: the attack is
// reproduced with the window lowered to 8).
var testMaxOpen int

// Service is the bridge of one operator: both directions' scan, vote and
// recovery loops. Create it with New, register it on its host.
type Service struct {
	cfg     *config.Config
	host    *node.Host
	log     *slog.Logger
	st      *store.Store
	dirs    []*direction
	metrics *metrics
	paused  atomic.Bool

	// Signature-aggregated handles (attestation.enabled; nil otherwise).
	attMetrics *attest.Metrics
	attServer  *attest.Server
	attFetcher *attest.Fetcher
	attAddr    atomic.Pointer[string] // the attestation endpoint's bound address, once it listens
}

// New creates the bridge service on h, a host built by node.NewBridge (it
// needs the parent and child chains with their tx managers, and the store),
// from bridge.toml's [bridge], [readiness] and the chains' bridges and start
// blocks. Errors: a host without those chains or store.
func New(h *node.Host, cfg *config.Config) (*Service, error) {
	if cfg == nil {
		return nil, errors.New("bridge: no configuration")
	}
	parent, child := h.Chain(node.ParentChain), h.Chain(node.ChildChain)
	if parent == nil || child == nil || parent.Tx == nil || child.Tx == nil || h.Store() == nil {
		return nil, errors.New("bridge: the host has no parent and child chains with tx managers and a store (build it with node.NewBridge)")
	}
	s := &Service{cfg: cfg, host: h, log: h.Logger(), st: h.Store(), metrics: newMetrics(h.Name())}
	dc := directionConfig{
		pollInterval:     cfg.Bridge.PollInterval,
		logRange:         cfg.Bridge.LogRange,
		recoveryInterval: cfg.Bridge.RecoveryInterval,
		recoveryStride:   cfg.Bridge.RecoveryStride,
		plan: planConfig{
			batchSize:       cfg.Bridge.BatchSize,
			limits:          defaultLimits(cfg.Bridge.BatchSize, cfg.Bridge.GasMarginPercent),
			recheckInterval: max(3*cfg.Bridge.PollInterval, 3*time.Second),
			retry:           backoff{first: cfg.Bridge.PollInterval, cap: cfg.Bridge.RetryBackoffCap},
			refundAfter:     cfg.Bridge.RefundAfter,
			voteGrace:       cfg.Bridge.VoteGrace,
		},
		maxOpen:          testMaxOpen,
		starveFirstBatch: testStarveFirstBatch,
	}
	p2c, c2p := dc, dc
	p2c.startBlock, c2p.startBlock = cfg.Parent.StartBlock, cfg.Child.StartBlock
	s.dirs = []*direction{
		newDirection(ParentToChild, parent, child, cfg.Parent.Bridge, cfg.Child.Bridge, s.st, p2c, s.log, s.metrics, &s.paused),
		newDirection(ChildToParent, child, parent, cfg.Child.Bridge, cfg.Parent.Bridge, s.st, c2p, s.log, s.metrics, &s.paused),
	}
	if cfg.Attestation.Enabled {
		if err := s.enableAttestation(parent, child); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// enableAttestation builds the signature path of both directions (issue
// 14): each signs with its destination chain's operator key; one Pool,
// endpoint and fetcher serve both. Errors: a bad [attestation] table.
func (s *Service) enableAttestation(parent, child *node.Chain) error {
	ac := s.cfg.Attestation
	// Peers are polled at least as often as the node polls its chains (a
	// node tuned to 100 ms holds its peers' signatures a round after it
	// signed, not a quarter second later), and at most every 250 ms.
	cfg, err := attest.Config{Listen: ac.Listen, Peers: ac.Peers, Grace: ac.Grace,
		PollInterval: min(attest.DefaultPollInterval, s.cfg.Bridge.PollInterval),
		RateLimit:    rate.Limit(ac.RateLimit), RateBurst: int(ac.RateBurst)}.WithDefaults()
	if err != nil {
		return fmt.Errorf("bridge: %w", err)
	}
	s.attMetrics = attest.NewMetrics(node.NodeLabels(s.host.Name()))
	pool := attest.NewPool(nil)
	for _, d := range s.dirs {
		dst := child
		if d.name == ChildToParent {
			dst = parent
		}
		signer := attest.NewSigner(attest.DigestSignerFunc{Addr: dst.Tx.Address(), Sign: dst.SignDigest})
		d.att = newAttestation(d.name, signer, pool, s.attMetrics, cfg.Grace, max(cfg.Grace, d.cfg.plan.voteGrace))
		d.cfg.plan.attest = true
	}
	src := attestSource{s}
	if s.attServer, err = attest.NewServer(cfg, src, s.attMetrics, attest.WithServerLogger(s.log)); err != nil {
		return fmt.Errorf("bridge: %w", err)
	}
	s.attFetcher, err = attest.NewFetcher(cfg, parent.Tx.Address(), src, pool, s.attMetrics,
		attest.WithFetcherLogger(s.log),
		attest.WithAnnouncers(attest.OnChainAnnouncements{Caller: parent.Client, Bridge: s.cfg.Parent.Bridge},
			attest.OnChainAnnouncements{Caller: child.Client, Bridge: s.cfg.Child.Bridge}))
	if err != nil {
		return fmt.Errorf("bridge: %w", err)
	}
	return nil
}

// AttestationPeers is the attestation endpoints the fetcher polls
// (attestation.peers and the URLs the operators announced on chain,
// normalized and sorted; attest.Fetcher.Peers); nil without attestation.
func (s *Service) AttestationPeers() []string {
	if s.attFetcher == nil {
		return nil
	}
	return s.attFetcher.Peers()
}

// AttestationAddr is the bound host:port of the attestation endpoint, ""
// until it listens (or without attestation.listen).
func (s *Service) AttestationAddr() string {
	if p := s.attAddr.Load(); p != nil {
		return *p
	}
	return ""
}

// attestSource is the bridge's side of the attestation endpoint and
// fetcher (attest.Store, attest.Source): each direction's own signatures
// and window.
type attestSource struct{ s *Service }

func (a attestSource) dir(name string) (*attestation, error) {
	for _, d := range a.s.dirs {
		if d.name == name && d.att != nil {
			return d.att, nil
		}
	}
	return nil, fmt.Errorf("bridge: no direction %q with attestation", name)
}

// Attestations implements attest.Store (local memory only).
func (a attestSource) Attestations(_ context.Context, direction string, from uint64, limit int) ([]attest.Attestation, error) {
	d, err := a.dir(direction)
	if err != nil {
		return nil, err
	}
	return d.Attestations(from, limit), nil
}

// Window implements attest.Source.
func (a attestSource) Window(_ context.Context, direction string) (attest.Window, error) {
	d, err := a.dir(direction)
	if err != nil {
		return attest.Window{}, err
	}
	return d.Window()
}

// Name is ServiceName (node.Service).
func (s *Service) Name() string { return ServiceName }

// Run scans, votes and recovers in both directions until ctx ends, then
// waits for its vote receipts' watchers, and returns nil (node.Service).
// RPC failures, reverted transactions and malformed logs are logged and
// retried; they never end it.
func (s *Service) Run(ctx context.Context) error {
	var g errgroup.Group
	g.Go(func() error {
		s.watchTimelocks(ctx, max(s.cfg.Bridge.RecoveryInterval, s.cfg.Bridge.PollInterval, time.Second))
		return nil
	})
	if s.attFetcher != nil {
		g.Go(func() error {
			defer contain(s.log, s.metrics, "attestation/fetch")
			_ = s.attFetcher.Run(ctx)
			return nil
		})
	}
	if s.attFetcher != nil && s.cfg.Attestation.Announce != "" {
		g.Go(func() error { s.announce(ctx, s.cfg.Attestation.Announce); return nil })
	}
	if s.attServer != nil && s.cfg.Attestation.Listen != "" {
		g.Go(func() error {
			defer contain(s.log, s.metrics, "attestation/serve")
			err := s.attServer.Run(ctx, func(a net.Addr) {
				addr := a.String()
				s.attAddr.Store(&addr)
				s.log.Info("attestation endpoint listening", "addr", addr)
			})
			if err != nil {
				s.log.Error("attestation endpoint stopped; signatures are still fetched and submitted", "err", err)
			}
			return nil
		})
	}
	for _, d := range s.dirs {
		g.Go(func() error { d.recover(ctx); return nil }) // both contain their panics
		g.Go(func() error { d.run(ctx); return nil })
	}
	g.Wait()
	for _, d := range s.dirs {
		d.awaiting.Wait()
	}
	return nil
}

// Collectors returns the bridge's metrics (node.MetricsProvider).
func (s *Service) Collectors() []prometheus.Collector {
	out := s.metrics.f.Collectors()
	if s.attMetrics != nil {
		out = append(out, s.attMetrics.Collectors()...)
	}
	return out
}

// APIs returns the "bridge" admin namespace (node.APIProvider).
func (s *Service) APIs() []rpc.API {
	return []rpc.API{{Namespace: AdminNamespace, Service: &AdminAPI{s: s}}}
}

// NotReady reports each direction whose oldest open request is older than
// readiness.max_request_age, and each whose destination bridge takes requests
// from another chain or bridge than the configured source (node.ReadinessReporter).
func (s *Service) NotReady() []string {
	var out []string
	for _, d := range s.dirs {
		d.mu.Lock()
		age := d.status.OldestOpenAge
		d.mu.Unlock()
		if limit := s.cfg.Readiness.MaxRequestAge; age > limit {
			out = append(out, fmt.Sprintf("%s: oldest open request is %s old (limit %s)", d.name, age.Round(time.Second), limit))
		}
		out = append(out, d.pairNotReady()...) // the destination votes for another source (pair.go)
	}
	return out
}

// setPaused pauses or resumes voting and updates servicechain_voting_paused.
func (s *Service) setPaused(p bool) {
	s.paused.Store(p)
	s.metrics.votingPaused.Set(b2f(p))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
