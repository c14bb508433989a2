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
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/chain"
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
	batchSize        int           // votes per transaction (1 = single handle calls)
	startBlock       uint64        // first source block when the store has no cursor
	recoveryInterval time.Duration // between recovery checks
	recoveryStride   uint64        // blocks per recovery eth_getLogs
	recheckInterval  time.Duration // how often a request this node already voted on is re-checked
	retryInterval    time.Duration // how often a payout that reached its threshold but failed is retried
	voteGrace        time.Duration // backups vote this long after first seeing a request (0 = all vote at once)
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
	src, dst  *chain.Client
	srcBridge common.Address
	dstBridge common.Address
	srcInst   *bind.BoundContract
	dstInst   *bind.BoundContract
	tx        *txmgr.Manager
	st        *store.Store
	cfg       directionConfig
	log       *slog.Logger
	m         *Metrics
	paused    *atomic.Bool

	mu        sync.Mutex
	inflight  map[uint64]*txmgr.Tx // nonce -> vote tx not yet mined (its hash changes when resubmitted)
	lastCheck map[uint64]time.Time // nonce -> last on-chain status check of a voted request
	lastRetry map[uint64]time.Time // nonce -> last payout retry
	status    DirectionStatus      // last observed numbers, for the admin API and readiness
	txSeq     atomic.Uint64

	operators   []common.Address // destination operator list (duty rotation), cached
	threshold   uint8            // destination ValueTransfer threshold, cached with operators
	operatorsAt time.Time
	awaiting    sync.WaitGroup // await goroutines, waited for before the store closes

	domain bindings.HandleDomain // the pair identity bound into vote keys (chain ids asked once)
}

func newDirection(name string, src, dst *chain.Client, srcBridge, dstBridge common.Address, tx *txmgr.Manager,
	st *store.Store, cfg directionConfig, log *slog.Logger, m *Metrics, paused *atomic.Bool) *direction {
	return &direction{
		name: name, src: src, dst: dst, srcBridge: srcBridge, dstBridge: dstBridge,
		srcInst: bridgeABI.Instance(src, srcBridge), dstInst: bridgeABI.Instance(dst, dstBridge),
		tx: tx, st: st, cfg: cfg, log: log.With("direction", name), m: m, paused: paused,
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
	for {
		if err := d.scan(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("scan failed; retrying next round", "err", err)
		}
		if err := d.process(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("vote round failed; retrying next round", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
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

// process looks at the open requests, asks the destination bridge which still
// need this operator's vote, and casts those votes.
func (d *direction) process(ctx context.Context) error {
	lower, err := bind.Call(d.dstInst, &bind.CallOpts{Context: ctx}, bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce)
	if err != nil {
		return fmt.Errorf("destination lowerHandleNonce: %w", err)
	}
	d.m.lowerNonce.WithLabelValues(d.name).Set(float64(lower))
	open, err := d.st.OpenRequests(d.name, maxOpenPerRound)
	if err != nil {
		return err
	}
	now := time.Now()
	var candidates []*store.Request
	var handled []store.Request
	var oldest time.Time // first seen time of the lowest open nonce
	for i := range open {
		r := &open[i]
		if r.Nonce < lower {
			d.noteHandled(r, 0)
			handled = append(handled, *r)
			continue
		}
		if oldest.IsZero() {
			oldest = r.FirstSeen
		}
		d.mu.Lock()
		_, busy := d.inflight[r.Nonce]
		last := d.lastCheck[r.Nonce]
		d.mu.Unlock()
		if busy || (r.State == store.StateVoted && now.Sub(last) < d.cfg.recheckInterval) {
			continue
		}
		if r.State == store.StateSeen && !d.onDuty(ctx, r, now) {
			continue // a backup for this nonce: wait for the designated operators (no RPC until then)
		}
		candidates = append(candidates, r)
	}
	if err := d.st.PutRequests(d.name, handled...); err != nil {
		return err
	}
	d.updateOpenStats(lower, oldest)
	if len(candidates) == 0 {
		return nil
	}
	dom, err := d.handleDomain(ctx)
	if err != nil {
		d.log.Debug("chain ids unavailable; retry next round", "err", err)
		return nil
	}
	statuses := d.handleStatuses(ctx, candidates)
	canonical := map[uint64]common.Hash{}
	var toVote []*store.Request
	for i, r := range candidates {
		s := statuses[i]
		if s.err != nil {
			d.log.Debug("handle status unavailable", "nonce", r.Nonce, "err", s.err)
			continue
		}
		mine := voteKey(dom, s.Epoch, r)
		switch {
		case s.Handled:
			d.markHandled(r, 0)
		case s.Voted && common.Hash(s.VotedKey) == mine && s.VotesForKey < s.Threshold:
			d.setChecked(r.Nonce, now)
			if r.State != store.StateVoted {
				r.State = store.StateVoted
				d.put(r)
			}
			d.m.votesSkipped.WithLabelValues(d.name, "already_voted").Inc()
		case s.Voted && common.Hash(s.VotedKey) == mine:
			// The threshold was reached but the payout did not execute (it failed, or
			// the threshold was lowered after the votes): casting the same vote again
			// retries the payout (ChainBridge issue 575). Retry at a bounded rate.
			d.mu.Lock()
			due := now.Sub(d.lastRetry[r.Nonce]) >= d.cfg.retryInterval
			if due {
				d.lastRetry[r.Nonce] = now
			}
			d.mu.Unlock()
			if due && d.isCanonical(ctx, r, canonical) {
				toVote = append(toVote, r)
			}
		default:
			if d.isCanonical(ctx, r, canonical) {
				toVote = append(toVote, r)
			}
		}
	}
	if len(toVote) == 0 {
		return nil
	}
	if d.paused.Load() {
		d.m.votesSkipped.WithLabelValues(d.name, "paused").Add(float64(len(toVote)))
		return nil
	}
	if !d.tx.Funded() {
		d.m.votesSkipped.WithLabelValues(d.name, "out_of_funds").Add(float64(len(toVote)))
		return nil
	}
	for start := 0; start < len(toVote); start += d.cfg.batchSize {
		end := min(start+d.cfg.batchSize, len(toVote))
		if err := d.vote(ctx, toVote[start:end]); err != nil {
			return err
		}
	}
	return nil
}

// handleDomain is the pair identity the destination bridge binds into its vote
// keys: the chain ids (asked once from the chains) and the configured bridges.
func (d *direction) handleDomain(ctx context.Context) (bindings.HandleDomain, error) {
	d.mu.Lock()
	dom := d.domain
	d.mu.Unlock()
	if dom.ChainID != nil {
		return dom, nil
	}
	src, err := d.src.ChainID(ctx)
	if err != nil {
		return dom, fmt.Errorf("source chain id: %w", err)
	}
	dst, err := d.dst.ChainID(ctx)
	if err != nil {
		return dom, fmt.Errorf("destination chain id: %w", err)
	}
	dom = bindings.HandleDomain{ChainID: dst, Bridge: d.dstBridge, SourceChainID: src, SourceBridge: d.srcBridge}
	d.mu.Lock()
	d.domain = dom
	d.mu.Unlock()
	return dom, nil
}

type handleStatus struct {
	bindings.HandleStatusOutput
	err error
}

// onDuty tells whether this operator should vote on r now. For nonce n the
// designated voters are the operators at positions (n+j) mod N, j < threshold,
// of the destination bridge's operator list, so with every node healthy
// exactly threshold votes are cast per transfer and no gas is spent on late
// votes. The others are backups: they vote once the nonce is still open
// voteGrace after they first saw the request (a designated node is down or
// slow). Without a readable operator list, or when this node is not in it,
// it votes (the chain then decides).
func (d *direction) onDuty(ctx context.Context, r *store.Request, now time.Time) bool {
	if d.cfg.voteGrace <= 0 || now.Sub(r.FirstSeen) >= d.cfg.voteGrace {
		return true
	}
	d.mu.Lock()
	ops, threshold, at := d.operators, d.threshold, d.operatorsAt
	d.mu.Unlock()
	if ops == nil || now.Sub(at) > operatorListTTL {
		opts := &bind.CallOpts{Context: ctx}
		list, err := bind.Call(d.dstInst, opts, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
		if err != nil {
			return true
		}
		k, err := bind.Call(d.dstInst, opts, bridgeABI.PackOperatorThresholds(bindings.VoteValueTransfer), bridgeABI.UnpackOperatorThresholds)
		if err != nil {
			return true
		}
		ops, threshold = list, k
		d.mu.Lock()
		d.operators, d.threshold, d.operatorsAt = list, k, now
		d.mu.Unlock()
	}
	return designated(ops, d.tx.Address(), r.Nonce, threshold)
}

// designated reports whether me is one of the threshold operators designated
// for nonce: position (nonce+j) mod len(ops) for j < threshold. An operator
// not in ops counts as designated.
func designated(ops []common.Address, me common.Address, nonce uint64, threshold uint8) bool {
	n := uint64(len(ops))
	for i, op := range ops {
		if op == me {
			return (uint64(i)+n-nonce%n)%n < uint64(threshold)
		}
	}
	return true
}

// handleStatuses asks the destination bridge, for each request, whether the
// nonce is handled and whether this operator has voted (with bounded
// concurrency). A failed call leaves that entry's err set.
func (d *direction) handleStatuses(ctx context.Context, rs []*store.Request) []handleStatus {
	out := make([]handleStatus, len(rs))
	sem := make(chan struct{}, statusWorkers)
	var wg sync.WaitGroup
	me := d.tx.Address()
	for i, r := range rs {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, nonce uint64) {
			defer func() { <-sem; wg.Done() }()
			s, err := bind.Call(d.dstInst, &bind.CallOpts{Context: ctx}, bridgeABI.PackHandleStatus(nonce, me), bridgeABI.UnpackHandleStatus)
			out[i] = handleStatus{HandleStatusOutput: s, err: err}
		}(i, r.Nonce)
	}
	wg.Wait()
	return out
}

// isCanonical re-checks, before a vote, that the request's block is still the
// canonical block at its height (reorg safety). When it is not, the request's
// receipt is looked up again: a request re-included elsewhere is updated from
// its new receipt, one that vanished is deleted from the store (the scan or
// the recovery loop finds it again if it is re-included later). cache maps block numbers to canonical hashes
// within one round.
func (d *direction) isCanonical(ctx context.Context, r *store.Request, cache map[uint64]common.Hash) bool {
	h, ok := cache[r.BlockNumber]
	if !ok {
		hdr, err := d.src.HeaderByNumber(ctx, new(big.Int).SetUint64(r.BlockNumber))
		if err != nil {
			d.log.Debug("canonical check failed; retry next round", "nonce", r.Nonce, "block", r.BlockNumber, "err", err)
			return false
		}
		h = hdr.Hash()
		cache[r.BlockNumber] = h
	}
	if h == r.BlockHash {
		return true
	}
	rcpt, err := d.src.TransactionReceipt(ctx, r.TxHash)
	if err != nil {
		// The request vanished with a reorg. Forget it: if it is re-included, the
		// scan (later block) or the recovery loop (same height) finds it again.
		d.log.Warn("request no longer in the canonical chain; dropped until seen again", "nonce", r.Nonce, "tx", r.TxHash, "err", err)
		if err := d.st.DeleteRequest(d.name, r.Nonce); err != nil {
			d.log.Error("store delete failed", "nonce", r.Nonce, "err", err)
		}
		return false
	}
	for _, l := range rcpt.Logs {
		if l.Address != d.srcBridge {
			continue
		}
		nr, err := parseRequestLog(l)
		if err == nil && nr.Nonce == r.Nonce {
			nr.FirstSeen, nr.SeenDestBlock = r.FirstSeen, r.SeenDestBlock
			d.log.Info("request moved by a reorg; updated from its new receipt", "nonce", r.Nonce, "block", nr.BlockNumber)
			d.put(&nr)
		}
	}
	return false // vote next round, after the new block is itself confirmed
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
		d.m.txErrors.WithLabelValues(d.dstName(), "out_of_funds").Inc()
		d.m.votesSkipped.WithLabelValues(d.name, "out_of_funds").Add(float64(len(rs)))
	case errors.As(err, &rev):
		reason := d.decodeRevert(rev.Data)
		d.m.txErrors.WithLabelValues(d.dstName(), "would_revert").Inc()
		d.m.votesSkipped.WithLabelValues(d.name, "would_revert").Add(float64(len(rs)))
		if len(rs) == 1 {
			switch reason.kind {
			case "NonceAlreadyHandled":
				d.markHandled(rs[0], 0)
				return nil
			case "AlreadyVoted":
				rs[0].State = store.StateVoted
				d.setChecked(rs[0].Nonce, time.Now())
				d.put(rs[0])
				return nil
			}
		}
		level := slog.LevelWarn
		if reason.kind == "NotOperator" {
			level = slog.LevelError // a configuration problem the operator must fix
		}
		d.log.Log(context.Background(), level, "vote would revert; not sent", "first", rs[0].Nonce, "count", len(rs), "reason", reason.text)
	case errors.Is(err, txmgr.ErrStopped), errors.Is(err, context.Canceled):
	default:
		d.m.txErrors.WithLabelValues(d.dstName(), "send").Inc()
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
		d.m.txErrors.WithLabelValues(d.dstName(), "send").Inc()
		d.log.Warn("vote transaction did not complete; the requests are re-checked next round", "tx", tx.Hash(), "err", err)
		return
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		d.m.txErrors.WithLabelValues(d.dstName(), "reverted").Inc()
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
					"reason", d.decodeRevert(ev.Reason).text, "to", r.To, "token", r.Token, "value", r.ValueOrTokenID)
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

func (d *direction) dstName() string {
	if d.name == ParentToChild {
		return "child"
	}
	return "parent"
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
