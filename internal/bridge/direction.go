package bridge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"golang.org/x/sync/errgroup"
	"golang.org/x/time/rate"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/duty"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// Direction names, used as store keys, metric labels and in the admin API.
const (
	// ParentToChild moves requests made on the parent chain to the child chain.
	ParentToChild = "parent-to-child"
	// ChildToParent moves requests made on the child chain to the parent chain.
	ChildToParent = "child-to-parent"
)

// directionConfig holds the tunables of one direction, taken from bridge.toml.
type directionConfig struct {
	pollInterval     time.Duration // between scan/vote rounds
	logRange         uint64        // blocks per eth_getLogs
	startBlock       uint64        // first source block when the store has no cursor
	recoveryInterval time.Duration // between recovery checks
	recoveryStride   uint64        // blocks per recovery eth_getLogs
	plan             planConfig    // what the vote planner decides with
}

// operatorListTTL is how long the destination's operator list is cached for
// the voting duty rotation.
const operatorListTTL = 10 * time.Second

// maxOpenPerRound bounds the open requests examined per round, so a backlog of
// thousands is worked through in steady slices (oldest nonces first).
const maxOpenPerRound = 512

// maxRangesPerRound bounds the eth_getLogs calls of one scan round so voting is
// not starved while a node catches up on a long history.
const maxRangesPerRound = 20

// statusWorkers bounds concurrent handleStatus calls in one round.
const statusWorkers = 8

// direction moves requests one way: it scans the source bridge for request
// events and casts handle votes on the destination bridge through the
// destination's tx manager. Both directions of a node run the same code.
type direction struct {
	name      string
	dstChain  string // destination chain name, the chain label of tx errors
	src, dst  *chain.Client
	srcBridge common.Address
	dstBridge common.Address
	srcC      *client.Bridge
	dstC      *client.Bridge
	tx        *txmgr.Manager
	st        *store.Store
	cfg       directionConfig
	log       *slog.Logger
	m         *metrics
	paused    *atomic.Bool

	mu        sync.Mutex
	inflight  map[uint64]*txmgr.Tx // nonce -> vote tx not yet mined (its hash changes when resubmitted)
	lastCheck map[uint64]time.Time // nonce -> last on-chain status check of a voted request
	lastRetry map[uint64]time.Time // nonce -> last payout retry
	status    DirectionStatus      // last observed numbers, for the admin API and readiness
	txSeq     atomic.Uint64

	rosterCache *duty.Rotation // destination operators and threshold (duty rotation), cached
	rosterAt    time.Time
	awaiting    sync.WaitGroup // await goroutines, waited for before the store closes

	domain bindings.HandleDomain // the pair identity bound into vote keys (chain ids asked once)
	pair   pairState             // the last check of that identity against the configuration (pair.go)
	paid   paidWatch             // paid requests watched until final (paidwatch.go)
}

func newDirection(name string, src, dst *node.Chain, srcBridge, dstBridge common.Address,
	st *store.Store, cfg directionConfig, log *slog.Logger, m *metrics, paused *atomic.Bool) *direction {
	return &direction{
		name: name, dstChain: dst.Name, src: src.Client, dst: dst.Client, srcBridge: srcBridge, dstBridge: dstBridge,
		srcC: client.NewBridge(src.Client, srcBridge), dstC: client.NewBridge(dst.Client, dstBridge),
		tx: dst.Tx, st: st, cfg: cfg, log: log.With("direction", name), m: m, paused: paused,
		inflight: map[uint64]*txmgr.Tx{}, lastCheck: map[uint64]time.Time{}, lastRetry: map[uint64]time.Time{},
		status: DirectionStatus{Name: name},
	}
}

func (d *direction) cursorKey() string { return d.name }

// run scans and votes every poll interval until ctx ends. Errors (RPC failures,
// reverted transactions, malformed logs) are logged and retried next round; they
// never end the loop.
func (d *direction) run(ctx context.Context) {
	t := time.NewTicker(d.cfg.pollInterval)
	defer t.Stop()
	scanWarn, voteWarn, paidWarn := newRepeatLog(d.log), newRepeatLog(d.log), newRepeatLog(d.log)
	for {
		if err := d.scan(ctx); err != nil && ctx.Err() == nil {
			scanWarn.warn("scan failed; retrying next round", err)
		}
		if err := d.process(ctx); err != nil && ctx.Err() == nil {
			voteWarn.warn("vote round failed; retrying next round", err)
		}
		if err := d.checkPaid(ctx); err != nil && ctx.Err() == nil {
			paidWarn.warn("checking paid requests for source reorgs failed; retrying next round", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// repeatInterval is how often a warning that repeats unchanged every round
// (a chain down for minutes) is logged again.
const repeatInterval = 30 * time.Second

// repeatLog logs a round's warning when its error changes, and while the
// same error repeats at most once per repeatInterval (x/time/rate), so a
// chain that is down for an hour costs a few lines, not one per poll.
type repeatLog struct {
	log  *slog.Logger
	last string
	s    rate.Sometimes
}

func newRepeatLog(log *slog.Logger) *repeatLog {
	return &repeatLog{log: log, s: rate.Sometimes{Interval: repeatInterval}}
}

func (r *repeatLog) warn(msg string, err error) {
	text := err.Error()
	if text != r.last {
		r.last, r.s = text, rate.Sometimes{Interval: repeatInterval}
	}
	r.s.Do(func() { r.log.Warn(msg, "err", err) })
}

// scan reads request events from the persisted cursor up to the source safe
// head (confirmation depth or finalized tag) in bounded block ranges.
func (d *direction) scan(ctx context.Context) error {
	safe, err := d.src.SafeHead(ctx)
	if err != nil {
		return fmt.Errorf("source safe head: %w", err)
	}
	cursor, ok, err := d.st.Cursor(d.cursorKey())
	if err != nil {
		return err
	}
	next := d.cfg.startBlock
	if ok {
		next = cursor + 1
	}
	for i := 0; i < maxRangesPerRound && next <= safe; i++ {
		to := min(next+d.cfg.logRange-1, safe)
		logs, err := d.filterRequests(ctx, next, to)
		if err != nil {
			return err
		}
		if err := d.ingest(logs); err != nil {
			return err
		}
		if err := d.st.SetCursor(d.cursorKey(), to); err != nil {
			return err
		}
		d.m.cursorBlock.WithLabelValues(d.name).Set(float64(to))
		next = to + 1
	}
	d.m.lagBlocks.WithLabelValues(d.name).Set(float64(safe - min(safe, next-1)))
	d.mu.Lock()
	d.status.SafeHead, d.status.Cursor = safe, next-1
	d.mu.Unlock()
	return nil
}

func (d *direction) filterRequests(ctx context.Context, from, to uint64) ([]types.Log, error) {
	logs, err := d.src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{d.srcBridge},
		Topics:    requestTopics,
	})
	if err != nil {
		return nil, fmt.Errorf("request logs of blocks %d-%d: %w", from, to, err)
	}
	return logs, nil
}

// ingest stores the requests found by the scan. A request already handled is
// left alone; one seen again at another block (a reorg moved it) is updated.
func (d *direction) ingest(logs []types.Log) error {
	_, err := d.queue(logPtrs(logs), func(old, r *store.Request) bool {
		return old.State == store.StateHandled || (old.TxHash == r.TxHash && old.BlockHash == r.BlockHash)
	})
	return err
}

// queue stores the request events among logs (other logs are skipped) as
// open (StateSeen) in one store transaction, so a burst costs one disk sync.
// For a request the store already holds, keep(old, new) decides whether the
// stored one stays as it is; a replaced one keeps the time this node first saw
// it. queue returns the nonces it stored.
func (d *direction) queue(logs []*types.Log, keep func(old, r *store.Request) bool) ([]uint64, error) {
	var dstHead uint64
	var batch []store.Request
	for _, l := range logs {
		if l.Removed || l.Address != d.srcBridge {
			continue
		}
		r, err := parseRequestLog(l)
		if errors.Is(err, errNotRequest) {
			continue
		}
		if err != nil {
			d.m.malformedLogs.WithLabelValues(d.name).Inc()
			d.log.Warn("skipping malformed request log", "err", err)
			continue
		}
		old, ok, err := d.st.GetRequest(d.name, r.Nonce)
		if err != nil {
			return nil, err
		}
		if ok && keep(&old, &r) {
			continue
		}
		if ok {
			r.FirstSeen, r.SeenDestBlock = old.FirstSeen, old.SeenDestBlock
		} else {
			if dstHead == 0 {
				dstHead = d.dst.Head()
			}
			r.FirstSeen, r.SeenDestBlock = time.Now(), dstHead
		}
		batch = append(batch, r)
	}
	if err := d.st.PutRequests(d.name, batch...); err != nil {
		return nil, err
	}
	nonces := make([]uint64, len(batch))
	for i, r := range batch {
		nonces[i] = r.Nonce
	}
	return nonces, nil
}

func logPtrs(logs []types.Log) []*types.Log {
	out := make([]*types.Log, len(logs))
	for i := range logs {
		out[i] = &logs[i]
	}
	return out
}

// process runs one vote round: it reads the destination's lowerHandleNonce
// and the open requests, and carries out what the planner (plan.go) decides
// in its three stages, asking the chain only what the plan asks.
func (d *direction) process(ctx context.Context) error {
	lower, err := d.dstC.LowerHandleNonce(ctx)
	if err != nil {
		return fmt.Errorf("destination: %w", err)
	}
	d.m.lowerNonce.WithLabelValues(d.name).Set(float64(lower))
	// The pair identity is checked every round (cached for pairCheckInterval),
	// so a misconfigured or stale source bridge is reported before any
	// request arrives (pair.go).
	_, _ = d.handleDomain(ctx)
	open, err := d.st.OpenRequests(d.name, maxOpenPerRound)
	if err != nil {
		return err
	}
	in := &roundInput{now: time.Now(), me: d.tx.Address(), lower: lower, open: make([]*store.Request, len(open))}
	for i := range open {
		in.open[i] = &open[i]
	}
	in.memory = d.remember(in.open)
	if needsRoster(d.cfg.plan, in) {
		in.roster = d.roster(ctx, in.now)
	}

	// Stage 1: close what is below lowerHandleNonce; pick the candidates.
	p := plan(d.cfg.plan, in)
	handled := make([]store.Request, len(p.closed))
	for i, r := range p.closed {
		d.noteHandled(r, 0)
		handled[i] = *r
	}
	if err := d.st.PutRequests(d.name, handled...); err != nil {
		return err
	}
	d.updateOpenStats(lower, p.oldest)
	if len(p.check) == 0 {
		return nil
	}

	// Stage 2: the candidates' handle status; stage 3: canonical checks of
	// those that want a vote.
	dom, err := d.handleDomain(ctx)
	if err != nil {
		d.log.Debug("chain ids unavailable; retry next round", "err", err)
		return nil
	}
	in.domain = dom
	in.status = d.handleStatuses(ctx, p.check)
	p = plan(d.cfg.plan, in)
	in.canonical = map[uint64]bool{}
	blocks := map[uint64]common.Hash{}
	for _, r := range p.confirm {
		in.canonical[r.Nonce] = d.isCanonical(ctx, r, blocks)
	}
	in.paused, in.funded = d.paused.Load(), d.tx.Funded()
	p = plan(d.cfg.plan, in)

	for _, r := range p.unavailable {
		d.log.Debug("handle status unavailable", "nonce", r.Nonce, "err", in.status[r.Nonce].err)
	}
	for _, r := range p.handled {
		d.markHandled(r, 0)
	}
	for _, r := range p.counted {
		d.setChecked(r.Nonce, in.now)
		if r.State != store.StateVoted {
			r.State = store.StateVoted
			d.put(r)
		}
		d.m.votesSkipped.WithLabelValues(d.name, skipAlreadyVoted).Inc()
	}
	d.mu.Lock()
	for _, n := range p.retryDue {
		d.lastRetry[n] = in.now
	}
	d.mu.Unlock()
	if p.skipped > 0 {
		d.m.votesSkipped.WithLabelValues(d.name, p.skipReason).Add(float64(p.skipped))
	}
	for _, batch := range p.batches {
		if err := d.vote(ctx, batch); err != nil {
			return err
		}
	}
	return nil
}

// handleDomain is the pair identity the destination bridge binds into its vote
// keys, as the destination states it and checked against this direction's
// source (handleDomainChecked, pair.go).
func (d *direction) handleDomain(ctx context.Context) (bindings.HandleDomain, error) {
	return d.handleDomainChecked(ctx)
}

// remember copies this node's memory of the nonces of rs (the planner's
// snapshot: effects during the round do not change it).
func (d *direction) remember(rs []*store.Request) map[uint64]nonceMemory {
	out := make(map[uint64]nonceMemory, len(rs))
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, r := range rs {
		_, busy := d.inflight[r.Nonce]
		m := nonceMemory{inflight: busy, lastCheck: d.lastCheck[r.Nonce], lastRetry: d.lastRetry[r.Nonce]}
		if m != (nonceMemory{}) {
			out[r.Nonce] = m
		}
	}
	return out
}

// roster returns the destination's operator list and value-transfer
// threshold as a duty rotation, cached for operatorListTTL; nil when it
// cannot be read (the planner then lets this node vote).
func (d *direction) roster(ctx context.Context, now time.Time) *duty.Rotation {
	d.mu.Lock()
	r, at := d.rosterCache, d.rosterAt
	d.mu.Unlock()
	if r != nil && now.Sub(at) <= operatorListTTL {
		return r
	}
	got, err := d.dstC.ValueTransferRoster(ctx)
	if err != nil {
		d.log.Debug("operator list unavailable; voting without the duty rotation", "err", err)
		return nil
	}
	r = &duty.Rotation{Operators: got.Operators, Threshold: int(got.Threshold)}
	d.mu.Lock()
	d.rosterCache, d.rosterAt = r, now
	d.mu.Unlock()
	return r
}

// handleStatuses asks the destination bridge, for each request, whether the
// nonce is handled and whether this operator has voted, with at most
// statusWorkers calls at a time. A failed call sets that answer's err.
func (d *direction) handleStatuses(ctx context.Context, rs []*store.Request) map[uint64]statusAnswer {
	out := make([]statusAnswer, len(rs))
	var g errgroup.Group
	g.SetLimit(statusWorkers)
	me := d.tx.Address()
	for i, r := range rs {
		g.Go(func() error {
			s, err := d.dstC.HandleStatus(ctx, r.Nonce, me)
			out[i] = statusAnswer{HandleStatus: s, err: err}
			return nil
		})
	}
	g.Wait()
	m := make(map[uint64]statusAnswer, len(rs))
	for i, r := range rs {
		m[r.Nonce] = out[i]
	}
	return m
}

// isCanonical re-checks, before a vote, that the request is still in the
// source chain as the scan read it, by the receipt that min_endpoint_agreement
// source endpoints agree on (confirmRequest, confirm.go: reorg safety and
// endpoint agreement, issue 13). cache is not used any more.
func (d *direction) isCanonical(ctx context.Context, r *store.Request, _ map[uint64]common.Hash) bool {
	return d.confirmRequest(ctx, r)
}

// vote casts one vote per request in rs: a single handle call for one request,
// handleBatch for several. It returns an error only for store failures; chain
// refusals are recorded and the requests are looked at again next round.
func (d *direction) vote(ctx context.Context, rs []*store.Request) error {
	data, mode := packVote(rs[0]), "single"
	if len(rs) > 1 {
		data, mode = packBatch(rs), "batch"
	}
	key := fmt.Sprintf("%s/vote/%d-%d/%d", d.name, rs[0].Nonce, rs[len(rs)-1].Nonce, d.txSeq.Add(1))
	var extra uint64
	for _, r := range rs {
		extra += payoutGas(r)
	}
	tx, err := d.tx.Send(ctx, txmgr.Request{Key: key, To: d.dstBridge, Data: data, ExtraGas: extra})
	if err != nil {
		return d.voteRefused(rs, err)
	}
	d.m.votesSent.WithLabelValues(d.name, mode).Add(float64(len(rs)))
	d.mu.Lock()
	for _, r := range rs {
		d.inflight[r.Nonce] = tx
		r.State, r.VoteTx = store.StateVoted, tx.Hash()
	}
	d.mu.Unlock()
	d.putAll(rs)
	d.awaiting.Add(1)
	go func() {
		defer d.awaiting.Done()
		d.await(ctx, tx, rs)
	}()
	return nil
}

// Payout allowances, in gas, added to a vote's estimate: the estimate is made
// while the vote does not reach the threshold, but when another operator's
// vote lands first in the same block this vote executes the payout, and a
// vote that runs out of gas there reverts (Bridge InsufficientGas) and has to
// be cast again. Unused gas is not charged. The contracts benchmark
// (BenchmarkHandleGas, Osaka rules) measured an executing native vote about
// 60k and an ERC-20 mint vote about 95k above a non-executing one; the
// allowances leave room for chains with costlier storage.
const (
	payoutGasNative  = 150_000
	payoutGasERC20   = 200_000
	payoutGasERC721  = 250_000
	payoutGasURIWord = 50_000 // per 32 bytes of token URI stored on mint
)

// payoutGas is the payout allowance for one vote on r.
func payoutGas(r *store.Request) uint64 {
	switch r.TokenType {
	case TokenNative:
		return payoutGasNative
	case TokenERC20:
		return payoutGasERC20
	default:
		return payoutGasERC721 + payoutGasURIWord*uint64((len(r.TokenURI)+31)/32)
	}
}

// voteRefused records why a vote was not sent. An estimate that reverts with
// NonceAlreadyHandled or AlreadyVoted means the vote is not needed (a late or
// duplicate vote, refused before paying gas).
func (d *direction) voteRefused(rs []*store.Request, err error) error {
	var rev *txmgr.RevertError
	switch {
	case errors.Is(err, txmgr.ErrOutOfFunds):
		d.m.txErrors.WithLabelValues(d.dstChain, "out_of_funds").Inc()
		d.m.votesSkipped.WithLabelValues(d.name, skipOutOfFunds).Add(float64(len(rs)))
	case errors.As(err, &rev):
		reason := client.BridgeErrorData(rev.Data)
		d.m.txErrors.WithLabelValues(d.dstChain, "would_revert").Inc()
		d.m.votesSkipped.WithLabelValues(d.name, "would_revert").Add(float64(len(rs)))
		if len(rs) == 1 {
			switch reason.(type) {
			case *bindings.BridgeNonceAlreadyHandled:
				d.markHandled(rs[0], 0)
				return nil
			case *bindings.BridgeAlreadyVoted:
				rs[0].State = store.StateVoted
				d.setChecked(rs[0].Nonce, time.Now())
				d.put(rs[0])
				return nil
			}
		}
		level := slog.LevelWarn
		if _, ok := reason.(*bindings.BridgeNotOperator); ok {
			level = slog.LevelError // a configuration problem the operator must fix
		}
		d.log.Log(context.Background(), level, "vote would revert; not sent", "first", rs[0].Nonce, "count", len(rs), "reason", bindings.DecodeRevert(rev.Data))
	case errors.Is(err, txmgr.ErrStopped), errors.Is(err, context.Canceled):
	default:
		d.m.txErrors.WithLabelValues(d.dstChain, "send").Inc()
		d.log.Warn("sending vote failed; retrying next round", "first", rs[0].Nonce, "count", len(rs), "err", err)
	}
	return nil
}

// await waits for a vote transaction's receipt and records what it did.
func (d *direction) await(ctx context.Context, tx *txmgr.Tx, rs []*store.Request) {
	defer func() {
		d.mu.Lock()
		for _, r := range rs {
			if d.inflight[r.Nonce] == tx {
				delete(d.inflight, r.Nonce)
			}
		}
		d.mu.Unlock()
	}()
	select {
	case <-ctx.Done():
		return
	case <-tx.Done():
	}
	rcpt, err := tx.Receipt()
	if err != nil {
		d.m.txErrors.WithLabelValues(d.dstChain, "send").Inc()
		d.log.Warn("vote transaction did not complete; the requests are re-checked next round", "tx", tx.Hash(), "err", err)
		return
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		d.m.txErrors.WithLabelValues(d.dstChain, "reverted").Inc()
		// Most often a late vote: another operator's vote closed the nonce in
		// the same block. The requests are re-checked, so a vote that really
		// failed is cast again.
		d.log.Info("vote transaction reverted; the requests are re-checked next round", "tx", rcpt.TxHash, "block", rcpt.BlockNumber)
		return
	}
	byNonce := make(map[uint64]*store.Request, len(rs))
	for _, r := range rs {
		byNonce[r.Nonce] = r
		d.setChecked(r.Nonce, time.Now())
	}
	var changed []*store.Request
	defer func() { d.putAll(changed) }()
	for _, l := range rcpt.Logs {
		if l.Address != d.dstBridge || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case topicHandle:
			ev, err := bridgeABI.UnpackHandleValueTransferEvent(l)
			if r := byNonce[ev.HandleNonce]; err == nil && r != nil && r.State != store.StateHandled {
				d.noteHandled(r, rcpt.BlockNumber.Uint64())
				changed = append(changed, r)
			}
		case topicHandleFailed:
			ev, err := bridgeABI.UnpackHandleFailedEvent(l)
			if err == nil && byNonce[ev.RequestNonce] != nil {
				r := byNonce[ev.RequestNonce]
				d.m.payoutFailures.WithLabelValues(d.name).Inc()
				d.log.Warn("payout failed on the destination; the nonce stays open and is retried", "nonce", r.Nonce,
					"reason", bindings.DecodeRevert(ev.Reason), "to", r.To, "token", r.Token, "value", r.ValueOrTokenID)
				r.State = store.StateFailed
				changed = append(changed, r)
			}
		}
	}
}

// markHandled records that r's nonce is handled on the destination; block is the
// destination block of the handle when known (0 = unknown, the current head is used).
func (d *direction) markHandled(r *store.Request, block uint64) {
	if r.State == store.StateHandled {
		return
	}
	d.noteHandled(r, block)
	d.put(r)
}

// noteHandled sets r's handled state and records its latency, without
// writing it to the store (the caller writes it, possibly in a batch).
func (d *direction) noteHandled(r *store.Request, block uint64) {
	if block == 0 {
		block = d.dst.Head()
	}
	r.State, r.HandledAt, r.HandledBlock = store.StateHandled, time.Now(), block
	d.m.handled.WithLabelValues(d.name).Inc()
	if !r.FirstSeen.IsZero() {
		d.m.latencySeconds.WithLabelValues(d.name).Observe(r.HandledAt.Sub(r.FirstSeen).Seconds())
	}
	if r.SeenDestBlock > 0 && block >= r.SeenDestBlock {
		d.m.latencyBlocks.WithLabelValues(d.name).Observe(float64(block - r.SeenDestBlock))
	}
	d.mu.Lock()
	delete(d.lastCheck, r.Nonce)
	delete(d.lastRetry, r.Nonce)
	d.mu.Unlock()
	d.watchPaid(r)
}

func (d *direction) setChecked(nonce uint64, t time.Time) {
	d.mu.Lock()
	d.lastCheck[nonce] = t
	d.mu.Unlock()
}

// putAll stores rs in one store transaction; a failure is logged like put's.
func (d *direction) putAll(rs []*store.Request) {
	batch := make([]store.Request, len(rs))
	for i, r := range rs {
		batch[i] = *r
	}
	if err := d.st.PutRequests(d.name, batch...); err != nil {
		d.log.Error("store write failed", "requests", len(rs), "err", err)
	}
}

// put stores r; a store failure is logged (the store is a hint: losing an update
// costs a re-check, never a double payment).
func (d *direction) put(r *store.Request) {
	if err := d.st.PutRequest(d.name, *r); err != nil {
		d.log.Error("store write failed", "nonce", r.Nonce, "err", err)
	}
}

// updateOpenStats refreshes the open-request gauges, the age of the oldest
// open request (first seen at oldest; zero when none) and the destination's
// lowerHandleNonce in the status.
func (d *direction) updateOpenStats(lower uint64, oldest time.Time) {
	_, open, err := d.st.CountRequests(d.name)
	if err != nil {
		return
	}
	var age time.Duration
	if !oldest.IsZero() {
		age = time.Since(oldest)
	}
	d.m.openRequests.WithLabelValues(d.name).Set(float64(open))
	d.m.oldestOpenAge.WithLabelValues(d.name).Set(age.Seconds())
	d.mu.Lock()
	d.status.OpenRequests, d.status.OldestOpenAge, d.status.LowerHandleNonce = open, age, lower
	d.mu.Unlock()
}
