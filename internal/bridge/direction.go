package bridge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
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
	maxOpen          int           // open requests examined per round (maxOpenPerRound; tests lower it)
	starveFirstBatch bool          // tests only: see testStarveFirstBatch
}

// operatorListTTL is how long the destination's operator list is cached for
// the voting duty rotation.
const operatorListTTL = 10 * time.Second

// maxOpenPerRound bounds the open requests examined per round, so a backlog of
// thousands is worked through in steady slices (oldest nonces first).
// Requests whose payout failed do not count toward it (they are examined in
// a second pass when a try or refund is due, at most maxDuePerRound of them).
const maxOpenPerRound = 512

// maxOpenAttested is maxOpenPerRound with attestation.enabled: one signed
// batch closes up to 100 requests for the gas of a third of their votes, the
// destination's handle events close them in the node's store without a
// status call each (handledscan.go), and a request waiting for its submitter
// is not asked about (nonceMemory.attestIdle), so a round can look at three
// times as many; measured on the devnet (BENCHMARKS.md, issue 14, second
// pass), a burst of 2,000 closed at 200/s with this window and the idle skip
// together, against 133/s with 512 and no skip (the two were not measured
// apart in the recorded runs).
const maxOpenAttested = 1536

// maxDuePerRound bounds the failing requests examined per round.
const maxDuePerRound = 256

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
	fails     map[uint64]*failure  // nonce -> failed payout (backoff, refund); see failure.go
	status    DirectionStatus      // last observed numbers, for the admin API and readiness
	txSeq     atomic.Uint64
	starved   atomic.Bool // the first handle batch was sent starved (cfg.starveFirstBatch)
	// reasonsBusy is set while a lookupReasons pass runs in its goroutine.
	reasonsBusy atomic.Bool

	scanRanges, recoveryRanges, reasonRanges *chain.LogRanger // adaptive eth_getLogs ranges
	handledRanges                            *chain.LogRanger // destination handle events (attestation on; handledscan.go)
	handledScan                              handledScanState
	rescanLogged                             bool            // the "no cursor: rescanning" line was logged
	runCtx                                   context.Context // the context run was given (admin-started waits end with it)

	rosterCache *duty.Rotation // destination operators and threshold (duty rotation), cached
	rosterAt    time.Time
	awaiting    sync.WaitGroup // await goroutines, waited for before the store closes

	domain bindings.HandleDomain // the pair identity bound into vote keys (chain ids asked once)
	pair   pairState             // the last check of that identity against the configuration (pair.go)
	paid   paidWatch             // paid requests watched until final (paidwatch.go)
	att    *attestation          // signature-aggregated handles; nil unless attestation.enabled (attestation.go)
}

func newDirection(name string, src, dst *node.Chain, srcBridge, dstBridge common.Address,
	st *store.Store, cfg directionConfig, log *slog.Logger, m *metrics, paused *atomic.Bool) *direction {
	return &direction{
		name: name, dstChain: dst.Name, src: src.Client, dst: dst.Client, srcBridge: srcBridge, dstBridge: dstBridge,
		srcC: client.NewBridge(src.Client, srcBridge), dstC: client.NewBridge(dst.Client, dstBridge),
		tx: dst.Tx, st: st, cfg: cfg, log: log.With("direction", name), m: m, paused: paused,
		inflight: map[uint64]*txmgr.Tx{}, lastCheck: map[uint64]time.Time{}, fails: map[uint64]*failure{},
		status:     DirectionStatus{Name: name},
		scanRanges: chain.NewLogRanger(cfg.logRange), recoveryRanges: chain.NewLogRanger(cfg.recoveryStride),
		reasonRanges: chain.NewLogRanger(cfg.logRange), handledRanges: chain.NewLogRanger(cfg.logRange),
	}
}

func (d *direction) cursorKey() string { return d.name }

// run scans and votes every poll interval until ctx ends. Errors (RPC failures,
// reverted transactions, malformed logs, a panic in a round) are logged and
// retried next round; they never end the loop.
func (d *direction) run(ctx context.Context) {
	defer contain(d.log, d.m, d.name+"/run")
	d.mu.Lock()
	d.runCtx = ctx
	d.mu.Unlock()
	t := time.NewTicker(d.cfg.pollInterval)
	defer t.Stop()
	if err := guarded(d.log, d.m, d.name+"/load", d.loadFailures); err != nil {
		d.log.Error("reading failed payouts from the store; they are found again on chain", "err", err)
	}
	scanWarn, voteWarn, paidWarn := newRepeatLog(d.log), newRepeatLog(d.log), newRepeatLog(d.log)
	for {
		if err := guarded(d.log, d.m, d.name+"/scan", func() error { return d.scan(ctx) }); err != nil && ctx.Err() == nil {
			scanWarn.warn("scan failed; retrying next round", err)
		}
		if err := guarded(d.log, d.m, d.name+"/vote", func() error { return d.process(ctx) }); err != nil && ctx.Err() == nil {
			voteWarn.warn("vote round failed; retrying next round", err)
		}
		if err := guarded(d.log, d.m, d.name+"/paid", func() error { return d.checkPaid(ctx) }); err != nil && ctx.Err() == nil {
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

// repeatLog logs a loop's warning the first time it happens, and while the
// same kind of error repeats (the same text with numbers, ports and hashes
// masked) at most once per repeatInterval (x/time/rate), with how often it
// repeated since the last line; a new kind of error is logged at once. So a
// chain that is down for an hour costs a few lines, not one per poll, and
// nothing new is hidden behind it.
type repeatLog struct {
	log   *slog.Logger
	last  string
	s     rate.Sometimes
	count int       // repeats since the last line
	since time.Time // first repeat since the last line
}

func newRepeatLog(log *slog.Logger) *repeatLog {
	return &repeatLog{log: log, s: rate.Sometimes{Interval: repeatInterval}}
}

func (r *repeatLog) warn(msg string, err error) {
	kind := errorKind(err.Error())
	if kind != r.last {
		r.last, r.s, r.count = kind, rate.Sometimes{Interval: repeatInterval}, 0
	}
	logged := false
	r.s.Do(func() {
		logged = true
		if r.count == 0 {
			r.log.Warn(msg, "err", err)
		} else {
			r.log.Warn(msg+" (repeating)", "err", err, "repeats", r.count, "since", r.since.Format(time.RFC3339))
		}
	})
	if logged {
		r.count = 0
		return
	}
	if r.count == 0 {
		r.since = time.Now()
	}
	r.count++
}

// errorKind masks the parts of an error text that change between repeats of
// the same failure (block numbers, ports, hashes, durations) so that only a
// new kind of error counts as new.
func errorKind(text string) string {
	b := []byte(text)
	out := b[:0]
	inNum := false
	for _, c := range b {
		isNum := (c >= '0' && c <= '9') || (inNum && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == 'x' || c == '.'))
		if isNum {
			if !inNum {
				out = append(out, '#')
			}
			inNum = true
			continue
		}
		inNum = false
		out = append(out, c)
	}
	return string(out)
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
	} else if !d.rescanLogged {
		d.rescanLogged = true
		d.log.Info("no scan cursor in the store (a new or deleted store): scanning for requests from the start block",
			"from", next, "to", safe, "blocks", safe-min(safe, next)+1)
	}
	var stored []uint64
	if d.att != nil {
		defer func() { d.signAhead(ctx, stored) }()
	}
	for i := 0; i < maxRangesPerRound && next <= safe; i++ {
		logs, to, err := d.filterRequests(ctx, next, safe, d.scanRanges)
		if err != nil {
			return err
		}
		nonces, err := d.ingest(logs)
		if err != nil {
			return err
		}
		stored = append(stored, nonces...)
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

// filterRequests reads the request events of the source bridge from block
// from on, at most r.Size() blocks (chain.FilterLogsRange: the range shrinks
// when an endpoint refuses it and grows back), and returns them with the
// last block they cover (at most to).
func (d *direction) filterRequests(ctx context.Context, from, to uint64, r *chain.LogRanger) ([]types.Log, uint64, error) {
	logs, last, err := d.src.FilterLogsRange(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{d.srcBridge},
		Topics:    requestTopics,
	}, from, to, r)
	if err != nil {
		return nil, 0, fmt.Errorf("request logs of blocks %d-%d: %w", from, min(to, from+r.Size()-1), err)
	}
	return logs, last, nil
}

// ingest stores the requests found by the scan and returns the nonces it
// stored. A request already handled is left alone; one seen again at another
// block (a reorg moved it) is updated.
func (d *direction) ingest(logs []types.Log) ([]uint64, error) {
	return d.queue(logPtrs(logs), func(old, r *store.Request) bool {
		return !old.State.Open() || (old.TxHash == r.TxHash && old.BlockHash == r.BlockHash)
	})
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
// and carries out what the planner (plan.go) decides, in two passes: first
// the window of open requests whose payout has not failed (at most
// maxOpen, oldest first), then the failing requests whose try or refund is
// due (at most maxDuePerRound), so no number of failing requests delays the
// others' votes. Each pass asks the chain only what the plan asks.
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
	skip := d.failingSet()
	window, err := d.openWindow(skip)
	if err != nil {
		return err
	}
	// With attestation on, the destination's handle events close requests
	// first; the window is read again when they closed some (it moves on).
	if d.att != nil && d.scanHandled(ctx, window) > 0 {
		if window, err = d.openWindow(skip); err != nil {
			return err
		}
	}
	if err := d.round(ctx, lower, window, true); err != nil {
		return err
	}
	due, err := d.dueFailures(time.Now())
	if err != nil {
		return err
	}
	if len(due) > 0 {
		if err := d.round(ctx, lower, due, false); err != nil {
			return err
		}
	}
	// Failure reasons are read off the round (one log query each): a burst
	// of failing payouts must not delay the next round's honest votes.
	if d.reasonsBusy.CompareAndSwap(false, true) {
		d.awaiting.Add(1)
		go func() {
			defer d.awaiting.Done()
			defer d.reasonsBusy.Store(false)
			defer contain(d.log, d.m, d.name+"/reasons")
			d.lookupReasons(ctx)
		}()
	}
	d.mu.Lock()
	failing := len(d.fails)
	d.status.Failing = failing
	d.mu.Unlock()
	d.m.failing.WithLabelValues(d.name).Set(float64(failing))
	return nil
}

// openWindow reads the window of open requests from the store: at most
// maxOpen, lowest nonces first, without the failing ones (skip).
func (d *direction) openWindow(skip map[uint64]bool) ([]*store.Request, error) {
	open, err := d.st.OpenRequestsExcept(d.name, d.maxOpen(), func(n uint64) bool { return skip[n] })
	if err != nil {
		return nil, err
	}
	window := make([]*store.Request, len(open))
	for i := range open {
		window[i] = &open[i]
	}
	return window, nil
}

func (d *direction) maxOpen() int {
	if d.cfg.maxOpen > 0 {
		return d.cfg.maxOpen
	}
	if d.att != nil {
		return maxOpenAttested
	}
	return maxOpenPerRound
}

// round plans and carries out one pass over open (see process); window
// says whether open is the window of ordinary requests (it then refreshes
// the open-request gauges and the readiness age).
func (d *direction) round(ctx context.Context, lower uint64, open []*store.Request, window bool) error {
	in := &roundInput{now: time.Now(), me: d.tx.Address(), srcBridge: d.srcBridge, lower: lower, open: open}
	// A round that starts while voting is paused votes nothing even if the
	// pause is lifted before its last stage: its window and checks predate
	// the resume, so the first votes after a resume come from a fresh round.
	pausedAtStart := d.paused.Load()
	in.memory = d.remember(in.open)
	if needsRoster(d.cfg.plan, in) {
		in.roster = d.roster(ctx, in.now)
	}

	// Stage 1: close what is below lowerHandleNonce; pick the candidates.
	p := plan(d.cfg.plan, in)
	if err := d.closeBelow(ctx, p.closed, in.memory); err != nil {
		return err
	}
	if window {
		d.updateOpenStats(lower, p.oldest)
		if d.att != nil {
			d.att.window(lower, open)
		}
	}
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
	in.status = d.statuses(ctx, dom, p.check, in.now, in.memory)
	p = plan(d.cfg.plan, in)
	in.canonical = d.confirm(ctx, p.confirm, in.now)
	in.paused, in.funded = pausedAtStart || d.paused.Load(), d.tx.Funded()
	p = plan(d.cfg.plan, in)

	for _, r := range p.unavailable {
		d.log.Debug("handle status unavailable", "nonce", r.Nonce, "err", in.status[r.Nonce].err)
	}
	for _, r := range p.handled {
		d.closed(ctx, r, 0, in.memory[r.Nonce])
	}
	var changed []*store.Request
	for _, r := range p.counted {
		d.setChecked(r.Nonce, in.now)
		if r.State != store.StateVoted {
			r.State = store.StateVoted
			changed = append(changed, r)
		}
		d.m.votesSkipped.WithLabelValues(d.name, skipAlreadyVoted).Inc()
	}
	for _, r := range p.refundCounted {
		d.setChecked(r.Nonce, in.now)
		if r.State != store.StateRefunding {
			r.State = store.StateRefunding
			changed = append(changed, r)
		}
	}
	changed = append(changed, d.noteFailures(p.newFailures, in.now)...)
	changed = append(changed, d.advanceTries(p.tried, open, in.now)...)
	d.putAll(changed)
	if p.skipped > 0 {
		d.m.votesSkipped.WithLabelValues(d.name, p.skipReason).Add(float64(p.skipped))
	}
	votes := p.batches
	if d.att != nil {
		votes = d.attestRound(ctx, in, p) // signed batches sent; the votes left
	}
	for _, kind := range []struct {
		batches [][]*store.Request
		kind    voteKind
	}{{votes, kindHandle}, {p.retries, kindRetry}, {p.refunds, kindRefund}} {
		for _, batch := range kind.batches {
			if err := d.sendBatch(ctx, batch, kind.kind); err != nil {
				return err
			}
		}
	}
	return nil
}

// statuses is handleStatuses for a round's candidates at now; with
// attestation on, an answer read within the reuse horizon is taken again
// where that is safe (attestation.reuseStatus) and the new answers are
// recorded.
func (d *direction) statuses(ctx context.Context, dom bindings.HandleDomain, rs []*store.Request, now time.Time, mem map[uint64]nonceMemory) map[uint64]statusAnswer {
	if d.att == nil {
		return d.handleStatuses(ctx, dom, rs, now, mem)
	}
	reused, rest := d.att.reuseStatus(rs, now, d.cfg.plan.voteGrace, func(n uint64) bool { return mem[n].failing() })
	asked := d.handleStatuses(ctx, dom, rest, now, mem)
	d.att.noteStatuses(asked, now)
	maps.Copy(reused, asked)
	return reused
}

// confirm is confirmRequests for a round's requests at now; with
// attestation on, a request confirmed within the reuse horizon is not asked
// again (attestation.reuseConfirmed) and the answers are recorded for the next
// rounds.
func (d *direction) confirm(ctx context.Context, rs []*store.Request, now time.Time) map[uint64]bool {
	if d.att == nil {
		return d.confirmRequests(ctx, rs)
	}
	fresh, rest := d.att.reuseConfirmed(rs, now)
	asked := d.confirmRequests(ctx, rest)
	d.att.noteConfirmed(rest, asked, now)
	maps.Copy(fresh, asked)
	return fresh
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
		m := nonceMemory{inflight: busy, lastCheck: d.lastCheck[r.Nonce]}
		if d.att != nil {
			m.attestIdle = d.att.idleUntil(r.Nonce)
		}
		if f := d.fails[r.Nonce]; f != nil {
			m.tries, m.firstFailed, m.nextTry, m.permanent, m.forced, m.noRefund = f.tries, f.firstFailed, f.nextTry, f.permanent, f.forced, f.noRefund
		}
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
// statusWorkers calls at a time. A failed call sets that answer's err. For a
// request this node has not voted on, once the grace has passed (a backup
// about to vote) or when its payout is known to have failed, it also reads
// how many votes this node's key has (keyVotes): at the threshold the payout
// ran and failed, and a late vote would only pay for one more failing try.
func (d *direction) handleStatuses(ctx context.Context, dom bindings.HandleDomain, rs []*store.Request, now time.Time, mem map[uint64]nonceMemory) map[uint64]statusAnswer {
	out := make([]statusAnswer, len(rs))
	var g errgroup.Group
	g.SetLimit(statusWorkers)
	me := d.tx.Address()
	// The handleStatus calls go out in JSON-RPC batches of statusBatch (one
	// request each, statusWorkers at a time); the follow-up calls below are
	// rare (a backup past its grace, a failing payout) and go one by one.
	for lo := 0; lo < len(rs); lo += statusBatch {
		chunk := rs[lo:min(lo+statusBatch, len(rs))]
		g.Go(func() error {
			defer contain(d.log, d.m, d.name+"/status")
			nonces := make([]uint64, len(chunk))
			for i, r := range chunk {
				nonces[i] = r.Nonce
			}
			ss, errs := d.dstC.HandleStatuses(ctx, nonces, me)
			for i, r := range chunk {
				out[lo+i] = d.followUpStatus(ctx, dom, r, ss[i], errs[i], now, mem)
			}
			return nil
		})
	}
	g.Wait()
	m := make(map[uint64]statusAnswer, len(rs))
	for i, r := range rs {
		if out[i] == (statusAnswer{}) { // the worker panicked (logged): ask again next round
			out[i].err = errors.New("handle status not read")
		}
		m[r.Nonce] = out[i]
	}
	return m
}

// statusBatch is how many handleStatus calls go in one JSON-RPC batch
// (chain.MaxBatchCalls at most).
const statusBatch = 64

// followUpStatus completes one handleStatus answer s (err: its error): for a
// request this node has not voted on, once the grace has passed or its payout
// is known to have failed, it reads keyVotes (see handleStatuses).
func (d *direction) followUpStatus(ctx context.Context, dom bindings.HandleDomain, r *store.Request, s client.HandleStatus, err error, now time.Time, mem map[uint64]nonceMemory) statusAnswer {
	a := statusAnswer{HandleStatus: s, err: err}
	if err == nil && !s.Handled && !s.Voted && (now.Sub(r.FirstSeen) >= d.cfg.plan.voteGrace || mem[r.Nonce].failing()) {
		if n, err := d.dstC.HandleVotes(ctx, r.Nonce, voteKey(dom, s.Epoch, r)); err == nil {
			a.keyVotes = int(n)
			// The votes were read after the status, perhaps at a newer
			// block: a threshold reached there may have paid the nonce
			// out in that block. Read the status again so that such a
			// nonce is seen handled, not failed.
			if s.Threshold > 0 && a.keyVotes >= int(s.Threshold) {
				if s2, err := d.dstC.HandleStatus(ctx, r.Nonce, d.tx.Address()); err == nil && s2.Handled {
					a = statusAnswer{HandleStatus: s2}
				}
			}
		}
	}
	return a
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
	d.forget(r.Nonce)
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
