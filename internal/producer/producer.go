package producer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	clientv3 "go.etcd.io/etcd/client/v3"
	"golang.org/x/sync/errgroup"

	"github.com/servicechain/servicechain/internal/engine"
	"github.com/servicechain/servicechain/internal/execution"
)

// Execution is what the producer needs from its execution node: the Engine
// API calls, in the version of the payload's fork, and two reads.
// *engine.Client implements it, for an embedded node (execution.Node.Engine)
// and for an external geth over authrpc alike.
type Execution interface {
	ForkchoiceUpdated(ctx context.Context, f forks.Fork, state ethengine.ForkchoiceStateV1, attrs *ethengine.PayloadAttributes) (ethengine.ForkChoiceResponse, error)
	GetPayload(ctx context.Context, f forks.Fork, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error)
	NewPayload(ctx context.Context, f forks.Fork, data ethengine.ExecutableData, versionedHashes []common.Hash, beaconRoot *common.Hash, requests [][]byte) (ethengine.PayloadStatusV1, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	RequireMethods(ctx context.Context, f forks.Fork) error
}

var _ Execution = (*engine.Client)(nil)

// Sentinel errors.
var (
	// ErrNotLeader is returned by Handover on a node that does not lead.
	ErrNotLeader = errors.New("producer: this node is not the leader")
	// ErrNoStandby is returned by Handover when no healthy standby can take over.
	ErrNoStandby = errors.New("producer: no healthy standby to hand over to")
	// ErrGenesisMismatch is returned by Run when the etcd prefix holds
	// another chain than the execution node's.
	ErrGenesisMismatch = errors.New("producer: etcd holds a different chain")
	// ErrDiverged is returned by Run when the execution node's chain is not
	// the committed chain (a block the log does not have, or a head above the
	// committed head): the node cannot follow without a rewind, which it
	// never does. Re-initialise its data directory.
	ErrDiverged = errors.New("producer: local chain diverges from the committed log")
	// ErrNameInUse is returned by Run when another live process runs under
	// the same node name.
	ErrNameInUse = errors.New("producer: node name in use by another process")
)

// Producer runs block production for one service-chain node (see the package
// documentation). Create it with New and run it with Run; its other methods
// are safe for concurrent use, also while Run has not started.
type Producer struct {
	cfg  Config
	cli  *clientv3.Client
	el   Execution
	keys Keys
	log  *slog.Logger
	m    *metrics

	// chainMu serialises the calls that change the execution node's
	// forkchoice (imports, and the leader's payload request) and guards local.
	chainMu sync.Mutex
	local   Head

	mu          sync.Mutex
	running     bool
	ready       bool // setup done
	slots       slotClock
	genesisHash common.Hash
	committed   Head
	localView   Head // copy of local for readers that must not wait on chainMu
	role        string
	health      hysteresis
	checkReason string
	elReason    string
	syncReason  string
	fatal       error
	paused      bool
	handoverTo  string
	failovers   []Failover
	prevLeader  string
	prevSealed  time.Time
	sess        *session
	lastMember  string
	refusedKey  string

	wake        chan struct{} // campaign loop: eligibility may have changed
	leaderWake  chan struct{} // lead loop: pause or health changed
	handoverReq chan *handoverRequest
}

// New checks cfg and returns a Producer that uses cli (an etcd client the
// caller owns and closes after Run returns) and el (the execution node).
// Errors name the Config field.
func New(cfg Config, cli *clientv3.Client, el Execution) (*Producer, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cli == nil || el == nil {
		return nil, errors.New("producer: New needs an etcd client and an execution node")
	}
	paused, err := pausedOnDisk(cfg.PauseFile)
	if err != nil {
		return nil, err
	}
	p := &Producer{
		cfg: cfg, cli: cli, el: el, keys: Keys{Prefix: cfg.Prefix},
		log:         cfg.Logger.With("component", "producer", "node", cfg.Name),
		m:           newMetrics(cfg.Name),
		health:      hysteresis{up: cfg.HealthyChecks, down: cfg.UnhealthyChecks},
		paused:      cfg.Paused || paused,
		wake:        make(chan struct{}, 1),
		leaderWake:  make(chan struct{}, 1),
		handoverReq: make(chan *handoverRequest),
	}
	p.role = p.idleRole()
	p.m.setRole(p.role)
	return p, nil
}

// Name is "producer" (the internal/node Service name).
func (p *Producer) Name() string { return "producer" }

// Keys is the etcd key layout the producer uses.
func (p *Producer) Keys() Keys { return p.keys }

// Collectors returns the producer's Prometheus collectors (const label
// node=<Config.Name>), for the host's registry.
func (p *Producer) Collectors() []prometheus.Collector { return p.m.all }

// APIs returns the admin JSON-RPC namespace "producer": producer_status,
// producer_handover, producer_pause, producer_resume.
func (p *Producer) APIs() []rpc.API {
	return []rpc.API{{Namespace: "producer", Service: &AdminAPI{p: p}}}
}

// Run works until ctx ends: it checks the chain against etcd, then follows
// the committed log, checks health, and (for producers) campaigns and leads.
// It returns nil when ctx ends, and an error only when it cannot go on:
// ErrGenesisMismatch, ErrDiverged, ErrNameInUse, an execution node that lacks
// the Engine API methods of the chain's fork, or a period that contradicts the
// genesis. Unreachable etcd or execution nodes are waited for, not returned.
// Run may be called once.
func (p *Producer) Run(ctx context.Context) error {
	p.mu.Lock()
	if p.running {
		p.mu.Unlock()
		return errors.New("producer: Run called twice")
	}
	p.running = true
	p.mu.Unlock()

	if err := p.setup(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return p.followLoop(gctx) })
	g.Go(func() error { p.healthLoop(gctx); return nil })
	g.Go(func() error { p.handoverWatch(gctx); return nil })
	g.Go(func() error { return p.sessionLoop(gctx) })
	err := g.Wait()
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// genesisRecord is the value at Keys.Genesis.
type genesisRecord struct {
	Hash    common.Hash `json:"hash"`
	ChainID uint64      `json:"chainId"`
	Period  uint64      `json:"period"` // seconds
}

// setup reads block 0 from the execution node, settles the period, checks
// the Engine API methods, and writes or checks the chain's genesis record and
// initial head in etcd. Transient failures are retried until ctx ends.
func (p *Producer) setup(ctx context.Context) error {
	var g0 *types.Header
	if err := p.retry(ctx, "read the genesis block from the execution node", func(ctx context.Context) error {
		h, err := p.el.HeaderByNumber(ctx, new(big.Int))
		g0 = h
		return err
	}); err != nil {
		return err
	}
	recorded, ok := execution.PeriodFromExtra(g0.Extra)
	cfg, err := p.cfg.resolvePeriod(recorded, ok)
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.cfg = cfg
	p.slots = slotClock{genesis: g0.Time, period: uint64(cfg.Period / time.Second)}
	p.genesisHash = g0.Hash()
	p.mu.Unlock()

	f, err := engine.Fork(cfg.ChainConfig, uint64(cfg.Clock.Now().Unix()))
	if err != nil {
		return err
	}
	var fatal error
	if err := p.retry(ctx, "check the execution node's Engine API", func(ctx context.Context) error {
		err := p.el.RequireMethods(ctx, f)
		if errors.Is(err, engine.ErrMethodNotFound) {
			fatal = err
			return nil
		}
		return err
	}); err != nil {
		return err
	}
	if fatal != nil {
		return fatal
	}

	want := genesisRecord{Hash: g0.Hash(), ChainID: cfg.ChainConfig.ChainID.Uint64(), Period: uint64(cfg.Period / time.Second)}
	wantJSON, _ := json.Marshal(want)
	var stored genesisRecord
	if err := p.retry(ctx, "write or read the chain's genesis record in etcd", func(ctx context.Context) error {
		resp, err := p.cli.Txn(ctx).
			If(clientv3.Compare(clientv3.CreateRevision(p.keys.Genesis()), "=", 0)).
			Then(clientv3.OpPut(p.keys.Genesis(), string(wantJSON)), clientv3.OpPut(p.keys.Head(), headValue(0, g0.Hash()))).
			Else(clientv3.OpGet(p.keys.Genesis())).Commit()
		if err != nil {
			return err
		}
		if resp.Succeeded {
			stored = want
			p.log.Info("initialised the chain in etcd", "prefix", p.keys.Prefix, "genesis", g0.Hash())
			return nil
		}
		kvs := resp.Responses[0].GetResponseRange().Kvs
		if len(kvs) == 0 {
			return errors.New("genesis record vanished between compare and read")
		}
		if err := json.Unmarshal(kvs[0].Value, &stored); err != nil {
			stored = genesisRecord{}
			fatal = fmt.Errorf("%w: %s holds %q, not a genesis record: %v", ErrGenesisMismatch, p.keys.Genesis(), kvs[0].Value, err)
		}
		return nil
	}); err != nil {
		return err
	}
	if fatal != nil {
		return fatal
	}
	if stored != want {
		return fmt.Errorf("%w: %s records genesis %s, chain id %d, period %ds; this node's execution node has genesis %s, chain id %d, period %ds",
			ErrGenesisMismatch, p.keys.Prefix, stored.Hash, stored.ChainID, stored.Period, want.Hash, want.ChainID, want.Period)
	}

	// The local head, and a forkchoiceUpdated to it: go-ethereum takes
	// transactions from its peers only once a forkchoice update has marked
	// it synced.
	if err := p.retry(ctx, "read the execution node's head", func(ctx context.Context) error {
		p.chainMu.Lock()
		defer p.chainMu.Unlock()
		if err := p.refreshLocalLocked(ctx); err != nil {
			return err
		}
		lf, err := engine.Fork(cfg.ChainConfig, max(p.local.Time, g0.Time))
		if err != nil {
			return err
		}
		_, err = p.el.ForkchoiceUpdated(ctx, lf, forkchoice(p.local.Hash), nil)
		return err
	}); err != nil {
		return err
	}
	p.mu.Lock()
	p.ready = true
	p.mu.Unlock()
	p.log.Info("producer started", "role", p.cfg.Role, "prefix", p.keys.Prefix, "period", cfg.Period, "ttl", cfg.SessionTTL, "local_head", p.localHead().Number)
	return nil
}

// retry runs f until it succeeds or ctx ends, logging failures (at most one
// warning per 10 s) and backing off from 100 ms to 2 s.
func (p *Producer) retry(ctx context.Context, what string, f func(ctx context.Context) error) error {
	backoff := 100 * time.Millisecond
	var lastLog time.Time
	for {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := f(cctx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Since(lastLog) > 10*time.Second {
			p.log.Warn("retrying: "+what, "err", err)
			lastLog = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

// forkchoice is the forkchoice state that makes h the head, safe and
// finalized block: a committed block is final.
func forkchoice(h common.Hash) ethengine.ForkchoiceStateV1 {
	return ethengine.ForkchoiceStateV1{HeadBlockHash: h, SafeBlockHash: h, FinalizedBlockHash: h}
}

// refreshLocalLocked reads the execution node's head into local (chainMu held).
func (p *Producer) refreshLocalLocked(ctx context.Context) error {
	h, err := p.el.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	p.setLocalLocked(Head{Number: h.Number.Uint64(), Hash: h.Hash(), Time: h.Time})
	return nil
}

func (p *Producer) setLocalLocked(h Head) {
	p.local = h
	p.mu.Lock()
	p.localView = h
	lag := uint64(0)
	if p.committed.Number > h.Number {
		lag = p.committed.Number - h.Number
	}
	p.mu.Unlock()
	p.m.localHead.Set(float64(h.Number))
	p.m.lagBlocks.Set(float64(lag))
}

// localHead is the last known local head (without waiting for an import).
func (p *Producer) localHead() Head {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.localView
}

// committedHead is the highest committed head seen.
func (p *Producer) committedHead() Head {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.committed
}

// noteCommitted records a committed head seen in etcd (it only moves up).
func (p *Producer) noteCommitted(h Head) {
	p.mu.Lock()
	if h.Number > p.committed.Number || p.committed.Hash == (common.Hash{}) {
		p.committed = h
	}
	c := p.committed
	lag := uint64(0)
	if c.Number > p.localView.Number {
		lag = c.Number - p.localView.Number
	}
	p.mu.Unlock()
	p.m.committedHead.Set(float64(c.Number))
	p.m.lagBlocks.Set(float64(lag))
}

func (p *Producer) setFatal(err error) {
	p.mu.Lock()
	if p.fatal == nil {
		p.fatal = err
	}
	p.mu.Unlock()
	p.notify()
}

// notify wakes the campaign and lead loops to re-check eligibility.
func (p *Producer) notify() {
	for _, ch := range []chan struct{}{p.wake, p.leaderWake} {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// idleRole is the role while not leading (p.mu held or before Run).
func (p *Producer) idleRole() string {
	switch {
	case p.cfg.Role == RoleEndpoint:
		return "endpoint"
	case p.paused:
		return "paused"
	}
	return "standby"
}

func (p *Producer) setRole(r string) {
	p.mu.Lock()
	p.role = r
	p.mu.Unlock()
	p.m.setRole(r)
}
