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

	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/chain"
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

// Service is the anchoring loop of one bridge node (a bridge.Service). Every
// poll interval (bridge.poll_interval) it reads the child chain's safe head and
// the Anchor's operators and threshold, and anchors the child block numbers
// N = k*period (k >= 1) up to the safe head that are not final yet:
//
//   - Duty rotation: for period index p = N/period the designated operators
//     are operators[(p+j) % len(operators)] for j < threshold. A designated node
//     anchors at once. Any other node is the r-th backup (r = j-threshold+1 for
//     its position j) and anchors only if N is still not final r*grace after
//     this node first saw N safe, so with threshold 1 one transaction per period
//     is the norm and a stopped designated node costs one grace time.
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
// retries. Create it with New (or Attach).
type Service struct {
	parent, child *chain.Client
	tx            *txmgr.Manager
	st            *store.Store
	metrics       *bridge.Metrics
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

// New creates the anchoring service of node n from its configuration
// ([anchoring] and parent.anchor). Errors: anchoring disabled, parent.anchor
// unset, or a zero period.
func New(n *bridge.Node) (*Service, error) {
	cfg := n.Config()
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
	s := &Service{
		parent: n.Parent(), child: n.Child(), tx: n.ParentTx(), st: n.Store(), metrics: n.Metrics(),
		log: n.Logger().With("service", "anchor"), addr: cfg.Parent.Anchor, me: n.ParentTx().Address(),
		period: a.Period, maxCatchup: max(a.MaxCatchup, 1), grace: max(a.Grace, 0), poll: cfg.Bridge.PollInterval,
		firstSeen: map[uint64]time.Time{}, final: map[uint64]bool{}, closed: map[uint64]bool{}, inflight: map[uint64]*txmgr.Tx{},
	}
	if s.poll <= 0 {
		s.poll = time.Second
	}
	s.snap = NodeStatus{Operator: s.me, Period: s.period, GraceSeconds: s.grace.Seconds(), MaxCatchup: s.maxCatchup}
	return s, nil
}

// Attach adds the anchoring Service to n and registers its admin JSON-RPC
// namespace "anchor" (anchor_status, anchor_verify) when
// n.Config().Anchoring.Enabled; otherwise it does nothing. Call it before
// n.Run. Errors: parent.anchor unset while anchoring is enabled.
func Attach(n *bridge.Node) error {
	if !n.Config().Anchoring.Enabled {
		return nil
	}
	s, err := New(n)
	if err != nil {
		return err
	}
	n.AddService(s)
	n.RegisterAPI(AdminNamespace, &API{s: s})
	return nil
}

// Run anchors until ctx ends (bridge.Service).
func (s *Service) Run(ctx context.Context) {
	s.log.Info("anchoring started", "anchor", s.addr, "operator", s.me, "period", s.period, "grace", s.grace, "maxCatchup", s.maxCatchup)
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		err := s.round(ctx)
		if ctx.Err() != nil {
			return
		}
		s.noteErr(err)
		select {
		case <-ctx.Done():
			return
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

// dutyDelay is how long after first seeing period block n safe this node
// waits before anchoring it: 0 for a designated operator, r*grace for the r-th
// backup. idx is this node's index in the operator list.
func (s *Service) dutyDelay(n uint64, idx, count int, threshold uint8) time.Duration {
	p := n / s.period
	j := int((uint64(idx) + uint64(count) - p%uint64(count)) % uint64(count)) // position after the rotation start
	if j < int(threshold) {
		return 0
	}
	return time.Duration(j-int(threshold)+1) * s.grace
}

// Designated returns the operators designated to anchor child block n (a
// multiple of period) given the Anchor's operator list and threshold:
// operators[(p+j) % len] for j < threshold, with p = n/period. Nil when the
// list is empty or period is 0.
func Designated(n, period uint64, operators []common.Address, threshold uint8) []common.Address {
	if len(operators) == 0 || period == 0 {
		return nil
	}
	p := n / period
	var out []common.Address
	for j := uint64(0); j < uint64(min(int(threshold), len(operators))); j++ {
		out = append(out, operators[(p+j)%uint64(len(operators))])
	}
	return out
}

// round is one pass of the loop.
func (s *Service) round(ctx context.Context) error {
	safe, err := s.child.SafeHead(ctx)
	if err != nil {
		return fmt.Errorf("child safe head: %w", err)
	}
	oc, err := readOnChain(ctx, s.parent, s.addr)
	if err != nil {
		return err
	}
	s.metrics.AnchoredBlock.WithLabelValues("parent").Set(float64(oc.latest))
	s.metrics.AnchorLag.WithLabelValues("parent").Set(float64(safe - min(safe, oc.latest)))
	if !s.started {
		if err := s.start(oc.latest); err != nil {
			return err
		}
	}
	s.collect()
	idx := slices.Index(oc.operators, s.me)
	if idx < 0 && !s.notOp {
		s.log.Warn("this node is not an operator of the Anchor contract: it does not anchor", "operator", s.me, "anchor", s.addr)
	}
	s.notOp = idx < 0
	pending := map[string]*txmgr.Tx{}
	for _, t := range s.tx.PendingTxs() {
		pending[t.Key()] = t
	}

	var roundErr error
	now := time.Now()
	contiguous := true
	oldCursor := s.cursor
	examined := uint64(0)
	for n := s.next(); n <= safe && examined < s.maxCatchup && roundErr == nil; n += s.period {
		examined++
		if _, ok := s.firstSeen[n]; !ok {
			s.firstSeen[n] = now
		}
		if !s.final[n] {
			st, err := call(ctx, s.parent, s.addr, anchorABI.PackAnchorStatus(n, s.me), anchorABI.UnpackAnchorStatus)
			if err != nil {
				roundErr = fmt.Errorf("anchorStatus(%d): %w", n, err)
				break
			}
			if st.Finalized {
				s.final[n] = true
				s.closeSkipped(ctx, n, "final")
			} else if st.Voted {
				s.closeSkipped(ctx, n, "voted")
			}
			if !st.Finalized && !st.Voted && !s.notOp {
				roundErr = s.maybeSend(ctx, n, idx, oc, now, pending)
			}
		}
		if contiguous && s.final[n] {
			s.cursor = n
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
func (s *Service) maybeSend(ctx context.Context, n uint64, idx int, oc *onChain, now time.Time, pending map[string]*txmgr.Tx) error {
	if _, ok := s.inflight[n]; ok {
		return nil
	}
	if t, ok := pending[txKey(n)]; ok { // sent by a previous run, still in the journal
		s.inflight[n] = t
		s.closed[n] = true
		return nil
	}
	if now.Sub(s.firstSeen[n]) < s.dutyDelay(n, idx, len(oc.operators), oc.threshold) {
		return nil
	}
	rec, err := BuildRecord(ctx, s.child, n, n-s.prev(n))
	if err != nil {
		return err
	}
	tx, err := s.tx.Send(ctx, txmgr.Request{Key: txKey(n), To: s.addr, Data: rec.Calldata()})
	var rev *txmgr.RevertError
	switch {
	case err == nil:
		s.inflight[n] = tx
		s.closed[n] = true
		s.metrics.AnchorTxs.WithLabelValues("sent").Inc()
		s.bump(func(ns *NodeStatus) { ns.Sent++ })
		s.log.Info("anchoring", "block", n, "blockHash", rec.BlockHash, "blockCount", rec.BlockCount, "txCount", rec.TxCount,
			"designated", s.dutyDelay(n, idx, len(oc.operators), oc.threshold) == 0, "tx", tx.Hash())
		return nil
	case errors.As(err, &rev):
		switch name := revertName(rev.Data); name {
		case "AlreadyAnchored", "AlreadyVoted": // a vote landed between anchorStatus and the estimate
			s.closeSkipped(ctx, n, name)
			return nil
		default:
			s.fail()
			return fmt.Errorf("anchoring block %d would revert (%s): %w", n, name, err)
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
	s.metrics.AnchorTxs.WithLabelValues("skipped").Inc()
	s.bump(func(ns *NodeStatus) { ns.Skipped++ })
	s.log.Debug("anchoring not needed", "block", n, "reason", why)
	if why != "final" {
		return
	}
	r, err := getAnchor(ctx, s.parent, s.addr, n)
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
	s.metrics.AnchorTxs.WithLabelValues("failed").Inc()
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
	s.snap.NextDesignated = Designated(next, s.period, oc.operators, oc.threshold)
	s.snap.LastRound = time.Now().UTC()
}
