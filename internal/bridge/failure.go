package bridge

import (
	"context"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/store"
)

// failure is this node's record of a failing payout, or of a refund an
// operator asked it for (bridge_refund). It lives in direction.fails; the
// counts are mirrored in the store (Request.Failures, FirstFailed,
// FailReason) so a restart continues the schedule.
type failure struct {
	tries       int       // payout tries counted, the failure that started it included
	firstFailed time.Time // when this node first learnt the payout failed
	nextTry     time.Time // next try due
	reason      string    // last HandleFailed reason, decoded ("" while unknown)
	permanent   bool      // the reason can never heal: refund at once
	forced      time.Time // bridge_refund asked this node to refund at this time
	noRefund    bool      // the chain refused a refund (RefundOfRefund, InvalidHandleCall)
	needReason  bool      // look the HandleFailed reason up on the destination
}

// Bounds of the reason look-ups (a failure this node learnt from handleStatus,
// not from its own receipt, has its HandleFailed event read from the
// destination).
const (
	// maxReasonLookups bounds the look-ups per round.
	maxReasonLookups = 16
	// reasonLookback is how far back a look-up reads when the destination
	// block the request was first seen at is unknown, in blocks.
	reasonLookback = 10_000
)

// loadFailures fills the failure records from the store when the loop
// starts: requests in StateFailed continue their backoff where the count
// left it (the next try one backoff step from now), requests in
// StateRefunding keep wanting their refund.
func (d *direction) loadFailures() error {
	open, err := d.st.OpenRequests(d.name, 0)
	if err != nil {
		return err
	}
	now := time.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, r := range open {
		if r.State != store.StateFailed && r.State != store.StateRefunding {
			continue
		}
		f := &failure{tries: max(r.Failures, 1), firstFailed: r.FirstFailed, reason: r.FailReason, needReason: true}
		if f.firstFailed.IsZero() {
			f.firstFailed = now
		}
		f.nextTry = now.Add(d.cfg.plan.retry.wait(f.tries))
		if r.State == store.StateRefunding {
			f.forced = now
		}
		d.fails[r.Nonce] = f
	}
	if len(d.fails) > 0 {
		d.log.Info("failed payouts read from the store; their backoff continues", "count", len(d.fails))
	}
	return nil
}

// failingSet is a snapshot of the failing nonces (left out of the window).
func (d *direction) failingSet() map[uint64]bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make(map[uint64]bool, len(d.fails))
	for n := range d.fails {
		out[n] = true
	}
	return out
}

// dueFailures returns the failing requests whose try or refund is due at
// now (or that are re-checked after a refund vote), lowest nonce first, at
// most maxDuePerRound, read from the store. A record whose request is gone
// or closed is dropped.
func (d *direction) dueFailures(now time.Time) ([]*store.Request, error) {
	d.mu.Lock()
	var nonces []uint64
	for n := range d.fails {
		nonces = append(nonces, n)
	}
	d.mu.Unlock()
	slices.Sort(nonces)
	var out []*store.Request
	for _, n := range nonces {
		if len(out) >= maxDuePerRound {
			break
		}
		r, ok, err := d.st.GetRequest(d.name, n)
		if err != nil {
			return nil, err
		}
		if !ok || !r.State.Open() {
			d.forget(n)
			continue
		}
		in := &roundInput{now: now, srcBridge: d.srcBridge}
		m := d.remember([]*store.Request{&r})[n]
		if !m.inflight && failDue(d.cfg.plan, in, &r, m) {
			out = append(out, &r)
		}
	}
	return out, nil
}

// forget drops what this node remembers of nonce (closed, or gone).
func (d *direction) forget(nonce uint64) {
	d.mu.Lock()
	delete(d.fails, nonce)
	delete(d.lastCheck, nonce)
	d.mu.Unlock()
}

// noteFailures starts the backoff of requests whose payout this node learnt
// (from handleStatus) has failed, and returns them changed (to be stored).
// Their reason is looked up on the destination (lookupReasons).
func (d *direction) noteFailures(rs []*store.Request, now time.Time) []*store.Request {
	for _, r := range rs {
		d.mu.Lock()
		f := d.fails[r.Nonce]
		if f == nil {
			f = &failure{tries: 1, firstFailed: now, needReason: true}
			d.fails[r.Nonce] = f
		}
		f.nextTry = now.Add(d.cfg.plan.retry.wait(f.tries))
		tries, next := f.tries, f.nextTry
		d.mu.Unlock()
		r.State, r.Failures, r.FirstFailed = store.StateFailed, tries, f.firstFailed
		d.log.Info("payout failed on the destination (seen from its vote count); backing off", "nonce", r.Nonce,
			"to", r.To, "token", r.Token, "value", r.ValueOrTokenID, "next_try_in", next.Sub(now).Round(time.Millisecond))
	}
	return rs
}

// advanceTries moves the schedule of the failing nonces whose try came due
// this round (tried) one step on, whoever makes the try, and returns the
// requests of open it changed.
func (d *direction) advanceTries(tried []uint64, open []*store.Request, now time.Time) []*store.Request {
	if len(tried) == 0 {
		return nil
	}
	byNonce := make(map[uint64]*store.Request, len(open))
	for _, r := range open {
		byNonce[r.Nonce] = r
	}
	var changed []*store.Request
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, n := range tried {
		f := d.fails[n]
		if f == nil {
			continue
		}
		f.tries++
		f.nextTry = now.Add(d.cfg.plan.retry.wait(f.tries))
		if r := byNonce[n]; r != nil {
			r.Failures = f.tries
			changed = append(changed, r)
		}
	}
	return changed
}

// payoutFailed records a HandleFailed of r seen in this node's own vote
// receipt: counted in servicechain_payout_failures_total and logged once per
// try with the decoded reason; the first failure starts the backoff (a retry
// was already counted when it came due). The reason decides whether the
// failure can ever heal.
func (d *direction) payoutFailed(r *store.Request, raw []byte, now time.Time) {
	reason := bindings.DecodeRevert(raw)
	d.m.payoutFailures.WithLabelValues(d.name).Inc()
	d.mu.Lock()
	f := d.fails[r.Nonce]
	first := f == nil
	if first {
		f = &failure{tries: 1, firstFailed: now, nextTry: now.Add(d.cfg.plan.retry.wait(1))}
		d.fails[r.Nonce] = f
	}
	f.reason, f.permanent, f.needReason = reason, permanentFailure(raw), false
	tries, next, permanent, firstFailed := f.tries, f.nextTry, f.permanent, f.firstFailed
	d.mu.Unlock()
	if r.State != store.StateRefunding {
		r.State = store.StateFailed
	}
	r.Failures, r.FirstFailed, r.FailReason = tries, firstFailed, reason
	args := []any{"nonce", r.Nonce, "try", tries, "reason", reason, "to", r.To, "token", r.Token, "value", r.ValueOrTokenID}
	switch {
	case r.From == d.srcBridge:
		args = append(args, "next_try_in", next.Sub(now).Round(time.Millisecond), "refund", "never (a refund request is retried until it pays)")
	case permanent:
		args = append(args, "refund", "now (the failure cannot heal)")
	case d.cfg.plan.refundAfter > 0:
		args = append(args, "next_try_in", next.Sub(now).Round(time.Millisecond), "refund_in", firstFailed.Add(d.cfg.plan.refundAfter).Sub(now).Round(time.Second))
	default:
		args = append(args, "next_try_in", next.Sub(now).Round(time.Millisecond), "refund", "never automatically (bridge.refund_after = 0)")
	}
	if first {
		d.log.Warn("payout failed on the destination; the nonce stays open and is retried with backoff", args...)
	} else {
		d.log.Info("payout retry failed", args...)
	}
}

// refuseRefund records that the chain will not refund r (a refund request,
// or one without a sender): its payout keeps being retried.
func (d *direction) refuseRefund(r *store.Request, reason string) {
	d.mu.Lock()
	if f := d.fails[r.Nonce]; f != nil {
		f.noRefund, f.forced = true, time.Time{}
	}
	d.mu.Unlock()
	if r.State == store.StateRefunding {
		r.State = store.StateFailed
		d.put(r)
	}
	d.log.Warn("the destination refuses to refund this request; its payout keeps being retried", "nonce", r.Nonce, "reason", reason)
}

// lookupReasons reads, for at most maxReasonLookups failing requests whose
// reason this node does not know, the last HandleFailed event of the nonce
// on the destination (from the destination block the request was first seen
// at), so every designated operator decides the refund from the same reason.
func (d *direction) lookupReasons(ctx context.Context) {
	d.mu.Lock()
	var todo []uint64
	for n, f := range d.fails {
		if f.needReason {
			todo = append(todo, n)
		}
	}
	d.mu.Unlock()
	slices.Sort(todo)
	for _, n := range todo[:min(len(todo), maxReasonLookups)] {
		if ctx.Err() != nil {
			return
		}
		r, ok, err := d.st.GetRequest(d.name, n)
		if err != nil || !ok {
			d.forget(n)
			continue
		}
		raw, found, err := d.lastFailure(ctx, &r)
		if err != nil {
			d.log.Debug("reading the failure reason failed; retry next round", "nonce", n, "err", err)
			continue
		}
		d.mu.Lock()
		f := d.fails[n]
		if f != nil {
			f.needReason = false
			if found {
				f.reason, f.permanent = bindings.DecodeRevert(raw), permanentFailure(raw)
			}
		}
		d.mu.Unlock()
		if f != nil && found {
			r.FailReason = f.reason
			d.put(&r)
			d.log.Info("payout failure reason read from the destination", "nonce", n, "reason", f.reason, "permanent", f.permanent)
		}
	}
}

// lastFailure returns the reason of the last HandleFailed event of r's nonce
// on the destination bridge, found from r.SeenDestBlock (or reasonLookback
// blocks back) to the head.
func (d *direction) lastFailure(ctx context.Context, r *store.Request) ([]byte, bool, error) {
	head, err := d.dst.BlockNumber(ctx)
	if err != nil {
		return nil, false, err
	}
	from := r.SeenDestBlock
	if from == 0 || from > head {
		from = head - min(head, reasonLookback)
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{d.dstBridge},
		Topics: [][]common.Hash{{topicHandleFailed}, {common.BigToHash(new(big.Int).SetUint64(r.Nonce))}}}
	var reason []byte
	found := false
	for from <= head {
		logs, last, err := d.dst.FilterLogsRange(ctx, q, from, head, d.reasonRanges)
		if err != nil {
			return nil, false, err
		}
		for i := range logs {
			ev, err := bridgeABI.UnpackHandleFailedEvent(&logs[i])
			if err == nil && ev.RequestNonce == r.Nonce {
				reason, found = ev.Reason, true
			}
		}
		from = last + 1
	}
	return reason, found, nil
}

// closeBelow records the requests below lowerHandleNonce as closed. One
// whose payout failed, or that this node voted to refund, may have been
// refunded: refundedNonces decides (it is left open for the next round when
// that read fails).
func (d *direction) closeBelow(ctx context.Context, rs []*store.Request, mem map[uint64]nonceMemory) error {
	var batch []store.Request
	for _, r := range rs {
		if d.maybeRefunded(r, mem[r.Nonce]) {
			d.closed(ctx, r, 0, mem[r.Nonce])
			continue
		}
		d.noteHandled(r, 0)
		batch = append(batch, *r)
	}
	return d.st.PutRequests(d.name, batch...)
}

func (d *direction) maybeRefunded(r *store.Request, m nonceMemory) bool {
	return m.failing() || r.State == store.StateFailed || r.State == store.StateRefunding
}

// closed records that the destination closed r's nonce: refunded when it
// may have been and refundedNonces says so, paid out otherwise.
func (d *direction) closed(ctx context.Context, r *store.Request, block uint64, m nonceMemory) {
	if !d.maybeRefunded(r, m) {
		d.markHandled(r, block)
		return
	}
	refunded, err := d.dstC.Refunded(ctx, r.Nonce)
	if err != nil {
		d.log.Debug("refundedNonces unavailable; retry next round", "nonce", r.Nonce, "err", err)
		return
	}
	if refunded {
		d.markRefunded(r, nil, block)
		return
	}
	d.markHandled(r, block)
}

// markRefunded records and stores that r's nonce was closed by a refund on
// the destination (refundNonce: the refund request's nonce, nil when unknown).
func (d *direction) markRefunded(r *store.Request, refundNonce *uint64, block uint64) {
	if r.State == store.StateRefunded {
		return
	}
	d.noteRefunded(r, refundNonce, block)
	d.put(r)
}

// noteRefunded sets r's refunded state without storing it.
func (d *direction) noteRefunded(r *store.Request, refundNonce *uint64, block uint64) {
	if block == 0 {
		block = d.dst.Head()
	}
	d.mu.Lock()
	reason := ""
	if f := d.fails[r.Nonce]; f != nil {
		reason = f.reason
	}
	d.mu.Unlock()
	r.State, r.HandledAt, r.HandledBlock, r.RefundNonce = store.StateRefunded, time.Now(), block, refundNonce
	d.m.refunds.WithLabelValues(d.name).Inc()
	d.forget(r.Nonce)
	d.log.Info("request refunded on the destination; the refund request carries the value home", "nonce", r.Nonce,
		"refund_request_nonce", nonceText(refundNonce), "to", r.From, "value", r.ValueOrTokenID, "reason", reason)
}

func nonceText(n *uint64) string {
	if n == nil {
		return "unknown"
	}
	return strconv.FormatUint(*n, 10)
}
