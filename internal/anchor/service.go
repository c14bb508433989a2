package anchor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/duty"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

const (
	// CursorName is the store cursor holding the highest child block number N
	// such that every period of this node's sequence up to N is final on the
	// parent chain. A restart resumes after it.
	CursorName = "anchor"
	// metaBucket/metaKey hold which Anchor contract and period the cursor is for.
	metaBucket = "anchor"
	metaKey    = "meta"
	// TxKeyPrefix prefixes the tx manager key of an anchoring transaction:
	// "anchor/<child block number>".
	TxKeyPrefix = "anchor/"
)

// finalizeGas is added to an anchoring vote's gas estimate: with a threshold
// above 1 the estimate is often made while the vote does not reach it, but
// another operator's vote can land first and make this one the finalizing
// vote, which stores the record (about 7 new slots, ~160k gas) and would run
// out of gas without it. Unused gas is not charged.
const finalizeGas = 200_000

// ServiceName is the anchoring service's name in logs and errors.
const ServiceName = "anchor"

// Service is the anchoring loop of one bridge node (a node.Service). Every
// poll interval (bridge.poll_interval) it reads the child chain's safe head and
// the Anchor's operators and threshold, and anchors the child block numbers
// N = k*period (k >= 1) up to the safe head that are not final yet:
//
//   - Duty rotation (internal/duty, slot p = N/period over the Anchor's
//     operator list): the designated operators are operators[(p+j) %
//     len(operators)] for j < threshold and anchor at once. Any other node is
//     the r-th backup (r = j-threshold+1 for its position j) and anchors only
//     if N is still not final r*grace after this node first saw N safe, so
//     with threshold 1 one transaction per period is the norm and a stopped
//     designated node costs one grace time.
//   - Before sending it checks anchorStatus(N, operator): final or already
//     voted means skip. A transaction already pending for N (also one left in
//     the tx manager's journal by a previous run) is not sent again.
//   - Catch-up: periods are examined oldest first, at most anchoring.max_catchup
//     per round, starting after the store cursor (CursorName); without a cursor,
//     after the Anchor's latestAnchoredBlock. The cursor moves over periods
//     once they are final.
//   - The record of N covers the blocks since the previous anchor of the
//     sequence: blockCount = N - max(N-period, start) (normally period),
//     txCount = transactions in those blocks.
//
// RPC errors end the round (logged once per distinct error) and the next round
// retries. Create it with New.
type Service struct {
	parent, child *chain.Client
	anchor        *client.Anchor
	tx            *txmgr.Manager
	st            *store.Store
	metrics       *metrics
	log           *slog.Logger
	addr          common.Address // Anchor contract
	me            common.Address // this operator on the parent chain
	period        uint64
	maxCatchup    uint64
	grace         time.Duration
	poll          time.Duration
	// loop state (only the Run goroutine touches it)
	started   bool
	cursor    uint64
	base      uint64
	firstSeen map[uint64]time.Time
	final     map[uint64]bool
	closed    map[uint64]bool // periods counted as sent or skipped in this run
	inflight  map[uint64]*txmgr.Tx
	lastErr   string
	notOp     bool

	mu   sync.Mutex
	snap NodeStatus
}

// metrics are the anchoring service's collectors (round-one names and labels).
type metrics struct {
	f             node.Factory
	anchoredBlock *prometheus.GaugeVec   // chain; child block number of the latest final anchor
	lag           *prometheus.GaugeVec   // chain; blocks between the child safe head and the latest anchor
	txs           *prometheus.CounterVec // result: sent|skipped|failed
	reorged       *prometheus.CounterVec // chain; final anchors a parent reorg dropped (finality.go)
	period        *prometheus.GaugeVec   // chain; anchoring.period in child blocks
}

func newMetrics(name string) *metrics {
	m := &metrics{f: node.Factory{Labels: node.NodeLabels(name)}}
	m.anchoredBlock = m.f.Gauge("servicechain_anchored_block", "Child block number of the latest final anchor on the parent chain.", "chain")
	m.lag = m.f.Gauge("servicechain_anchor_lag_blocks", "Child safe head minus the latest anchored child block.", "chain")
	m.txs = m.f.Counter("servicechain_anchor_txs_total", "Anchoring transactions by result (sent, skipped, failed).", "result")
	m.period = m.f.Gauge("servicechain_anchor_period_blocks", "The anchoring period (anchoring.period): child blocks per anchor; the alert rules' no-anchor bound is 3 periods.", "chain")
	m.reorged = m.f.Counter("servicechain_anchor_reorged_total", "Anchors seen final that a reorg of the chain then dropped (anchored again).", "chain")
	return m
}

// New creates the anchoring service on h, a host built by node.NewBridge (the
// parent and child chains, the parent tx manager, the store), from
// bridge.toml's [anchoring], parent.anchor and bridge.poll_interval. Errors:
// anchoring disabled, parent.anchor unset, a zero period, a host without
// those parts.
func New(h *node.Host, cfg *config.Config) (*Service, error) {
	if cfg == nil {
		return nil, errors.New("anchor: no configuration")
	}
	a := cfg.Anchoring
	if !a.Enabled {
		return nil, errors.New("anchor: anchoring.enabled is false: expected true to run the anchoring service")
	}
	if cfg.Parent.Anchor == (common.Address{}) {
		return nil, errors.New("anchor: parent.anchor is not set: expected the Anchor contract address when anchoring.enabled = true")
	}
	if a.Period == 0 {
		return nil, errors.New("anchor: anchoring.period is 0: expected at least 1 child block")
	}
	parent, child := h.Chain(node.ParentChain), h.Chain(node.ChildChain)
	if parent == nil || child == nil || parent.Tx == nil || h.Store() == nil {
		return nil, errors.New("anchor: the host has no parent chain with a tx manager, child chain and store (build it with node.NewBridge)")
	}
	s := &Service{
		parent: parent.Client, child: child.Client, anchor: client.NewAnchor(parent.Client, cfg.Parent.Anchor),
		tx: parent.Tx, st: h.Store(), metrics: newMetrics(h.Name()),
		log: h.Logger().With("service", "anchor"), addr: cfg.Parent.Anchor, me: parent.Tx.Address(),
		period: a.Period, maxCatchup: max(a.MaxCatchup, 1), grace: max(a.Grace, 0), poll: cfg.Bridge.PollInterval,
		firstSeen: map[uint64]time.Time{}, final: map[uint64]bool{}, closed: map[uint64]bool{}, inflight: map[uint64]*txmgr.Tx{},
	}
	if s.poll <= 0 {
		s.poll = time.Second
	}
	s.snap = NodeStatus{Operator: s.me, Period: s.period, GraceSeconds: s.grace.Seconds(), MaxCatchup: s.maxCatchup}
	s.metrics.period.WithLabelValues("parent").Set(float64(s.period))
	return s, nil
}

// Name is ServiceName (node.Service).
func (s *Service) Name() string { return ServiceName }

// Collectors returns the anchoring metrics (node.MetricsProvider).
func (s *Service) Collectors() []prometheus.Collector { return s.metrics.f.Collectors() }

// APIs returns the "anchor" admin namespace: anchor_status and anchor_verify
// (node.APIProvider).
func (s *Service) APIs() []rpc.API {
	return []rpc.API{{Namespace: AdminNamespace, Service: &API{s: s}}}
}

// Run anchors until ctx ends and returns nil (node.Service).
func (s *Service) Run(ctx context.Context) error {
	s.log.Info("anchoring started", "anchor", s.addr, "operator", s.me, "period", s.period, "grace", s.grace, "maxCatchup", s.maxCatchup)
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		err := s.round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		s.noteErr(err)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// noteErr logs a round's error once per distinct message and keeps it for
// the status.
func (s *Service) noteErr(err error) {
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	if msg != s.lastErr {
		if msg != "" {
			s.log.Warn("anchoring round failed; retrying", "err", err)
		} else if s.lastErr != "" {
			s.log.Info("anchoring recovered")
		}
	}
	s.lastErr = msg
	s.mu.Lock()
	s.snap.LastError = msg
	s.mu.Unlock()
}

func txKey(n uint64) string { return TxKeyPrefix + strconv.FormatUint(n, 10) }

type cursorMeta struct {
	Anchor common.Address `json:"anchor"`
	Period uint64         `json:"period"`
}

// start sets the cursor from the store, or from the chain's latest anchor when
// the store has none (or one for another Anchor contract).
func (s *Service) start(latest uint64) error {
	c, ok, err := s.st.Cursor(CursorName)
	if err != nil {
		return err
	}
	var meta cursorMeta
	if _, err := s.st.GetJSON(metaBucket, metaKey, &meta); err != nil {
		return err
	}
	switch {
	case ok && meta.Anchor == s.addr:
		s.cursor = c
	case ok:
		s.log.Info("stored anchoring cursor is for another Anchor contract; starting from the chain's latest anchor",
			"storedAnchor", meta.Anchor, "anchor", s.addr, "latestAnchored", latest)
		s.cursor = latest
	default:
		s.cursor = latest
	}
	s.base = s.cursor
	if err := s.st.PutJSON(metaBucket, metaKey, cursorMeta{Anchor: s.addr, Period: s.period}); err != nil {
		return err
	}
	s.started = true
	s.log.Info("anchoring resumes", "after", s.cursor, "latestAnchored", latest)
	return nil
}

// next is the first period block number above the cursor.
func (s *Service) next() uint64 { return (s.cursor/s.period + 1) * s.period }

// prev is the previous block of n's sequence: the record of n covers prev+1..n.
func (s *Service) prev(n uint64) uint64 { return max(n-s.period, s.base) }

// slot is period block n's slot in the duty rotation: its period index.
func (s *Service) slot(n uint64) uint64 { return n / s.period }

// Designated returns the operators designated to anchor child block n (a
// multiple of period) given the Anchor's operator list and threshold:
// duty slot n/period, operators[(p+j) % len] for j < threshold. Nil when the
// list is empty or period is 0.
func Designated(n, period uint64, operators []common.Address, threshold uint8) []common.Address {
	if len(operators) == 0 || period == 0 {
		return nil
	}
	return duty.Rotation{Operators: operators, Threshold: int(threshold)}.Designated(n / period)
}

// round is one pass of the loop.
func (s *Service) round(ctx context.Context) error {
	safe, err := s.child.SafeHead(ctx)
	if err != nil {
		return fmt.Errorf("child safe head: %w", err)
	}
	oc, err := readOnChain(ctx, s.anchor)
	if err != nil {
		return err
	}
	s.metrics.anchoredBlock.WithLabelValues("parent").Set(float64(oc.latest))
	s.metrics.lag.WithLabelValues("parent").Set(float64(safe - min(safe, oc.latest)))
	if !s.started {
		if err := s.start(oc.latest); err != nil {
			return err
		}
	}
	parentFinal, err := s.parent.FinalHead(ctx)
	if err != nil {
		return fmt.Errorf("parent final head: %w", err)
	}
	if s.checkRewound(oc.latest) {
		if err := s.st.SetCursor(CursorName, s.cursor); err != nil {
			return fmt.Errorf("saving the anchoring cursor: %w", err)
		}
	}
	s.collect()
	isOp := slices.Contains(oc.rotation.Operators, s.me)
	if !isOp && !s.notOp {
		s.log.Warn("this node is not an operator of the Anchor contract: it does not anchor", "operator", s.me, "anchor", s.addr)
	}
	s.notOp = !isOp
	pending := map[string]*txmgr.Tx{}
	for _, t := range s.tx.PendingTxs() {
		pending[t.Key()] = t
	}

	var roundErr error
	now := time.Now()
	contiguous := true
	oldCursor := s.cursor
	examined := uint64(0)
	// Periods final at the parent head but not yet at its final head do not
	// count against maxCatchup: they only wait (finality.go).
	for n := s.next(); n <= safe && examined < s.maxCatchup && roundErr == nil; n += s.period {
		if !s.final[n] {
			examined++
		}
		if _, ok := s.firstSeen[n]; !ok {
			s.firstSeen[n] = now
		}
		st, err := s.anchor.AnchorStatus(ctx, n, s.me)
		if err != nil {
			roundErr = fmt.Errorf("period block %d: %w", n, err)
			break
		}
		switch {
		case st.Finalized && !s.final[n]:
			s.final[n] = true
			s.closeSkipped(ctx, n, "final")
		case !st.Finalized && s.final[n]:
			s.reorged(n, "its record is no longer final at the parent head")
			s.firstSeen[n] = now
		}
		if !st.Finalized {
			if st.Voted {
				s.closeSkipped(ctx, n, "voted")
			} else if !s.notOp {
				roundErr = s.maybeSend(ctx, n, &oc.rotation, now, pending)
			}
		}
		if contiguous && s.final[n] {
			ok, err := s.finalAtParent(ctx, n, parentFinal)
			if err != nil && roundErr == nil {
				roundErr = err
			}
			if ok {
				s.cursor = n
			} else {
				contiguous = false
			}
		} else {
			contiguous = false
		}
	}
	if s.cursor != oldCursor {
		if err := s.st.SetCursor(CursorName, s.cursor); err != nil {
			return fmt.Errorf("saving the anchoring cursor: %w", err)
		}
		for n := range s.firstSeen {
			if n <= s.cursor {
				delete(s.firstSeen, n)
				delete(s.final, n)
				delete(s.closed, n)
			}
		}
	}
	s.snapshot(safe, oc)
	return roundErr
}

// maybeSend anchors period block n if it is this node's turn and no
// transaction for n is pending.
func (s *Service) maybeSend(ctx context.Context, n uint64, rot *duty.Rotation, now time.Time, pending map[string]*txmgr.Tx) error {
	if _, ok := s.inflight[n]; ok {
		return nil
	}
	if t, ok := pending[txKey(n)]; ok { // sent by a previous run, still in the journal
		s.inflight[n] = t
		s.closed[n] = true
		return nil
	}
	delay, _ := rot.Delay(s.slot(n), s.me, s.grace) // this node is an operator (checked by round)
	if now.Sub(s.firstSeen[n]) < delay {
		return nil
	}
	rec, err := BuildRecord(ctx, s.child, n, n-s.prev(n))
	if err != nil {
		return err
	}
	tx, err := s.tx.Send(ctx, txmgr.Request{Key: txKey(n), To: s.addr, Data: rec.Calldata(), ExtraGas: finalizeGas})
	var rev *txmgr.RevertError
	switch {
	case err == nil:
		s.inflight[n] = tx
		s.closed[n] = true
		s.metrics.txs.WithLabelValues("sent").Inc()
		s.bump(func(ns *NodeStatus) { ns.Sent++ })
		s.log.Info("anchoring", "block", n, "blockHash", rec.BlockHash, "blockCount", rec.BlockCount, "txCount", rec.TxCount,
			"designated", delay == 0, "tx", tx.Hash())
		return nil
	case errors.As(err, &rev):
		// A vote that landed between anchorStatus and the estimate.
		switch client.AnchorErrorData(rev.Data).(type) {
		case *bindings.AnchorAlreadyAnchored:
			s.closeSkipped(ctx, n, "AlreadyAnchored")
			return nil
		case *bindings.AnchorAlreadyVoted:
			s.closeSkipped(ctx, n, "AlreadyVoted")
			return nil
		default:
			s.fail()
			return fmt.Errorf("anchoring block %d would revert (%s): %w", n, bindings.DecodeRevert(rev.Data), err)
		}
	default:
		s.fail()
		return fmt.Errorf("anchoring block %d: %w", n, err)
	}
}

// closeSkipped counts period block n as skipped once (final or voted without
// a transaction of this run). For a final n it also checks that the anchored
// block hash is this node's child block hash and logs an error when not.
func (s *Service) closeSkipped(ctx context.Context, n uint64, why string) {
	if s.closed[n] || s.notOp { // a node that is not an operator skips nothing: it has no turn
		return
	}
	s.closed[n] = true
	s.metrics.txs.WithLabelValues("skipped").Inc()
	s.bump(func(ns *NodeStatus) { ns.Skipped++ })
	s.log.Debug("anchoring not needed", "block", n, "reason", why)
	if why != "final" {
		return
	}
	r, err := s.anchor.Record(ctx, n)
	if err != nil || r == nil {
		return
	}
	h, err := s.child.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return
	}
	if h.Hash() != r.BlockHash {
		s.log.Error("the final anchor differs from this node's child chain", "block", n,
			"anchoredHash", common.Hash(r.BlockHash), "childHash", h.Hash(), "finalizedBy", r.FinalizedBy)
	}
}

// collect takes the outcome of finished anchoring transactions.
func (s *Service) collect() {
	for n, t := range s.inflight {
		select {
		case <-t.Done():
		default:
			continue
		}
		delete(s.inflight, n)
		rcpt, err := t.Receipt()
		switch {
		case err != nil:
			s.fail()
			s.log.Warn("anchoring transaction failed", "block", n, "tx", t.Hash(), "err", err)
			delete(s.closed, n)
		case rcpt.Status == 0:
			s.fail()
			s.log.Warn("anchoring transaction reverted", "block", n, "tx", t.Hash(), "parentBlock", rcpt.BlockNumber)
			delete(s.closed, n)
		default:
			s.log.Debug("anchoring transaction mined", "block", n, "tx", t.Hash(), "parentBlock", rcpt.BlockNumber, "gas", rcpt.GasUsed)
		}
	}
}

func (s *Service) fail() {
	s.metrics.txs.WithLabelValues("failed").Inc()
	s.bump(func(ns *NodeStatus) { ns.Failed++ })
}

func (s *Service) bump(f func(*NodeStatus)) {
	s.mu.Lock()
	f(&s.snap)
	s.mu.Unlock()
}

func (s *Service) snapshot(safe uint64, oc *onChain) {
	inflight := make([]uint64, 0, len(s.inflight))
	for n := range s.inflight {
		inflight = append(inflight, n)
	}
	slices.Sort(inflight)
	next := s.next()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.snap.Cursor, s.snap.NextBlock, s.snap.ChildSafeHead, s.snap.InFlight = s.cursor, next, safe, inflight
	s.snap.IsOperator = !s.notOp
	s.snap.NextDesignated = oc.rotation.Designated(s.slot(next))
	s.snap.LastRound = time.Now().UTC()
}
