package bridge

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/internal/duty"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// recoveryRoundsWithoutProgress is how many consecutive recovery checks must see
// an unchanged lowerHandleNonce below the source requestNonce before the node
// re-reads the pending request events (seed 002: requestNonce != handleNonce and
// prevHandleNonce == handleNonce).
const recoveryRoundsWithoutProgress = 2

// recover runs the recovery loop of seed 002 until ctx ends: it compares the
// source requestNonce with the destination lowerHandleNonce; when they differ
// and lowerHandleNonce has not moved for two rounds, it re-reads request events
// from the destination's recoveryBlockNumber up to the source safe head, in
// bounded strides, and puts every request that is still open back into the
// vote queue. The vote loop then votes on them unless the chain says the vote
// is not needed, so a vote lost anywhere (node down, store deleted, tx dropped)
// is cast again, and a duplicate is refused on-chain by nonce.
func (d *direction) recover(ctx context.Context) {
	defer contain(d.log, d.m, d.name+"/recovery")
	t := time.NewTicker(d.cfg.recoveryInterval)
	defer t.Stop()
	var prevLower uint64
	stalled := -1 // -1: no previous observation yet
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		reqNonce, lower, err := d.nonces(ctx)
		if err != nil {
			d.log.Debug("recovery check failed; retrying next round", "err", err)
			continue
		}
		switch {
		case lower >= reqNonce:
			stalled = 0
		case stalled >= 0 && lower == prevLower:
			stalled++
		default:
			stalled = 0
		}
		prevLower = lower
		if stalled >= 1 {
			d.advanceLower(ctx, lower, stalled)
		}
		if stalled < recoveryRoundsWithoutProgress {
			continue
		}
		stalled = 0
		var n int
		err = guarded(d.log, d.m, d.name+"/recovery", func() (err error) { n, err = d.recoverFrom(ctx, lower); return err })
		if err != nil {
			d.log.Warn("recovery pass failed; retrying later", "err", err)
			continue
		}
		d.log.Info("recovery pass done", "requestNonce", reqNonce, "lowerHandleNonce", lower, "requeued", n)
	}
}

// nonces reads the source requestNonce and the destination lowerHandleNonce and
// records them for metrics and status.
func (d *direction) nonces(ctx context.Context) (reqNonce, lower uint64, err error) {
	if reqNonce, err = d.srcC.RequestNonce(ctx); err != nil {
		return 0, 0, fmt.Errorf("source: %w", err)
	}
	if lower, err = d.dstC.LowerHandleNonce(ctx); err != nil {
		return 0, 0, fmt.Errorf("destination: %w", err)
	}
	d.m.requestNonce.WithLabelValues(d.name).Set(float64(reqNonce))
	d.m.lowerNonce.WithLabelValues(d.name).Set(float64(lower))
	d.mu.Lock()
	d.status.RequestNonce, d.status.LowerHandleNonce = reqNonce, lower
	d.mu.Unlock()
	return reqNonce, lower, nil
}

// recoverFrom re-reads request events from the destination's recoveryBlockNumber
// and re-queues the requests with nonce >= lower that the store does not hold as
// open. It returns how many were re-queued.
func (d *direction) recoverFrom(ctx context.Context, lower uint64) (int, error) {
	from, err := d.dstC.RecoveryBlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("destination: %w", err)
	}
	safe, err := d.src.SafeHead(ctx)
	if err != nil {
		return 0, fmt.Errorf("source safe head: %w", err)
	}
	requeued := 0
	if from <= safe {
		d.log.Info("recovery: re-reading request events", "from", from, "to", safe, "blocks", safe-from+1, "lowerHandleNonce", lower)
	}
	for next := from; next <= safe; {
		logs, to, err := d.filterRequests(ctx, next, safe, d.recoveryRanges)
		if err != nil {
			return requeued, err
		}
		n, err := d.requeue(logs, lower)
		requeued += n
		if err != nil {
			return requeued, err
		}
		next = to + 1
	}
	d.m.recovered.WithLabelValues(d.name).Add(float64(requeued))
	return requeued, nil
}

// requeue puts the requests of logs with nonce >= lower back into the vote
// queue when the store lacks them or holds them as handled (a store restored
// from an old copy, or a vote lost after the store said handled); the vote
// loop's handleStatus check then marks the really handled ones again.
//
// When lowerHandleNonce is held by a payout this node knows is failing (in
// its backoff until it is refunded, issue 12), the stall is explained and
// the nonces above it were handled out of order: then only the requests the
// store lacks are queued. Re-queuing every handled request above a failing
// one would re-vote hundreds of closed nonces each recovery pass during an
// attack and slow the honest ones (measured: p99 from 14 to 37 blocks in a
// burst of 1,000 with 10 % unpayable requests).
func (d *direction) requeue(logs []types.Log, lower uint64) (int, error) {
	pinned := d.failingSet()[lower]
	nonces, err := d.queue(logPtrs(logs), func(old, r *store.Request) bool {
		return r.Nonce < lower || old.State.Open() || pinned
	})
	return len(nonces), err
}

// maxAdvanceSteps bounds the advanceLowerHandleNonce transactions one
// recovery check sends in a row: HANDLE_WINDOW / MAX_NONCE_ADVANCE (4096 /
// 100) covers every nonce the contract lets be closed above lowerHandleNonce.
const maxAdvanceSteps = 41

// advanceLower asks the destination to move lowerHandleNonce over nonces
// already closed out of order (advanceLowerHandleNonce) when lower itself is
// closed: a close moves it at most MAX_NONCE_ADVANCE nonces, so when the
// batch holding lowerHandleNonce lands after more than that many nonces
// closed above it (signed batches of different submitters in a burst, or a
// failing payout held until its refund, issue 12), and no handle comes after,
// it stays behind (seen in the hostile e2e scenario: 33 below requestNonce
// with every nonce closed; in a 5,000 burst: every node sent the same
// advance once per recovery interval, BENCHMARKS.md issue 14 sixth pass).
//
// One operator acts per stuck value: the rotation with threshold 1 over the
// destination's operator list, slot lower, picks it (duty package), and the
// r-th backup acts r recovery checks later (stalled counts the checks lower
// has not moved, from 1), so one dead or unfunded node delays it by one
// interval. A node with no operator list acts at once. The acting node
// repeats, waiting for each transaction's receipt, until lower is open
// (at most maxAdvanceSteps). One transaction per stuck value of lower (the
// idempotency key); anyone may call it.
func (d *direction) advanceLower(ctx context.Context, lower uint64, stalled int) {
	if rot := d.roster(ctx, time.Now()); rot != nil {
		one := duty.Rotation{Operators: rot.Operators, Threshold: 1}
		if p, ok := one.Position(lower, d.tx.Address()); ok && stalled < 1+p {
			return
		}
	}
	for step := 0; step < maxAdvanceSteps; step++ {
		closed, err := d.dstC.Handled(ctx, lower)
		if err != nil || !closed {
			return
		}
		key := fmt.Sprintf("%s/advance/%d", d.name, lower)
		tx, err := d.tx.Send(ctx, txmgr.Request{Key: key, To: d.dstBridge, Data: bridgeABI.PackAdvanceLowerHandleNonce()})
		if err != nil {
			d.log.Debug("advanceLowerHandleNonce not sent; retrying next check", "lowerHandleNonce", lower, "err", err)
			return
		}
		d.log.Info("lowerHandleNonce is behind nonces closed out of order; advancing it", "lowerHandleNonce", lower)
		wctx, cancel := context.WithTimeout(ctx, d.cfg.recoveryInterval)
		rcpt, err := tx.Wait(wctx)
		cancel()
		if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
			return // the next check reads lower again
		}
		next, err := d.dstC.LowerHandleNonce(ctx)
		if err != nil || next <= lower {
			return
		}
		lower = next
	}
}
