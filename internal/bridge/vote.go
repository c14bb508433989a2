package bridge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// voteKind is what a vote transaction does.
type voteKind int

const (
	kindHandle voteKind = iota // first handle votes
	kindRetry                  // handle votes re-cast to retry a failed payout
	kindRefund                 // refund votes (refundValueTransfer, refundBatch)
	kindSigned                 // k operator signatures per entry (handleSignedBatch, issue 14; attestation.go)
)

func (k voteKind) String() string {
	switch k {
	case kindRetry:
		return "retry"
	case kindRefund:
		return "refund"
	case kindSigned:
		return "signed batch"
	}
	return "vote"
}

// pack returns the calldata of one transaction voting k for rs: the
// token-specific single handle call or refundValueTransfer for one request,
// handleBatch or refundBatch for several, and the mode label of
// servicechain_votes_sent_total.
func (k voteKind) pack(rs []*store.Request) ([]byte, string) {
	if k == kindRefund {
		if len(rs) == 1 {
			return bridgeABI.PackRefundValueTransfer(handleCall(rs[0])), "single"
		}
		calls := make([]bindings.BridgeHandleCall, len(rs))
		for i, r := range rs {
			calls[i] = handleCall(r)
		}
		return bridgeABI.PackRefundBatch(calls), "batch"
	}
	if len(rs) == 1 {
		return packVote(rs[0]), "single"
	}
	return packBatch(rs), "batch"
}

// extraGas is what the tx manager adds to the estimate of a vote of kind k
// for rs: for handles payoutGas per entry and payoutCallHeadroom once (see
// batch.go); for refunds the bounded close-and-log cost per entry (a refund
// that reaches its threshold closes the nonce and emits the refund request
// and HandleRefunded; it pays nothing out).
func (k voteKind) extraGas(rs []*store.Request) uint64 {
	switch k {
	case kindRefund:
		return uint64(len(rs)) * payoutCloseGas
	case kindSigned:
		// Every entry of a signed batch executes its payout in the estimate
		// already (the signatures are the threshold); only the headroom the
		// last payout call must find left is added.
		return payoutCallHeadroom
	}
	extra := uint64(payoutCallHeadroom)
	for _, r := range rs {
		extra += payoutGas(r)
	}
	return extra
}

// sendBatch sends one transaction voting kind for rs and follows it. A batch
// the chain refuses as a whole (the estimate reverts, the gas cap of EIP-7825
// or the size limit is exceeded) is split in two and each half sent at once,
// down to single entries, so the honest entries of a batch go through in the
// same round whatever one entry does. It returns an error only for store
// failures; chain refusals are recorded and looked at again next round.
func (d *direction) sendBatch(ctx context.Context, rs []*store.Request, kind voteKind) error {
	if len(rs) == 0 {
		return nil
	}
	data, mode := kind.pack(rs)
	if kind == kindSigned {
		data, mode = d.att.pack(rs), "signed"
	}
	key := fmt.Sprintf("%s/%s/%d-%d/%d", d.name, kind, rs[0].Nonce, rs[len(rs)-1].Nonce, d.txSeq.Add(1))
	req := txmgr.Request{Key: key, To: d.dstBridge, Data: data, ExtraGas: kind.extraGas(rs)}
	if d.cfg.starveFirstBatch && kind == kindHandle && len(rs) > 1 && d.starved.CompareAndSwap(false, true) {
		req.GasLimit = starvedGas(data)
	}
	tx, err := d.tx.Send(ctx, req)
	if err != nil {
		if len(rs) > 1 && splittable(err) {
			d.m.batchSplits.WithLabelValues(d.name).Inc()
			half := len(rs) / 2
			d.log.Info("vote batch refused as a whole; splitting it", "kind", kind.String(), "first", rs[0].Nonce,
				"count", len(rs), "err", describe(err))
			if err := d.sendBatch(ctx, rs[:half], kind); err != nil {
				return err
			}
			return d.sendBatch(ctx, rs[half:], kind)
		}
		return d.voteRefused(rs, err, kind)
	}
	switch kind {
	case kindSigned:
		d.att.metrics.Handled(d.name, attest.PathSignatures, len(rs))
	case kindRefund:
		d.m.refundVotes.WithLabelValues(d.name).Add(float64(len(rs)))
	case kindRetry:
		d.m.payoutRetries.WithLabelValues(d.name).Add(float64(len(rs)))
		d.m.votesSent.WithLabelValues(d.name, mode).Add(float64(len(rs)))
	default:
		d.m.votesSent.WithLabelValues(d.name, mode).Add(float64(len(rs)))
		if d.att != nil {
			d.att.metrics.Handled(d.name, attest.PathVotes, len(rs)) // the vote path of aggregation
		}
	}
	d.mu.Lock()
	for _, r := range rs {
		d.inflight[r.Nonce] = tx
		r.VoteTx = tx.Hash()
		switch {
		case kind == kindRefund:
			r.State = store.StateRefunding
		case kind == kindHandle && r.State == store.StateSeen:
			r.State = store.StateVoted
		}
	}
	d.mu.Unlock()
	if kind == kindRetry {
		for _, r := range rs {
			d.log.Info("retrying a failed payout", "nonce", r.Nonce, "try", r.Failures+1, "tx", tx.Hash())
		}
	}
	d.putAll(rs)
	d.awaiting.Add(1)
	go func() {
		defer d.awaiting.Done()
		defer contain(d.log, d.m, d.name+"/await")
		d.await(ctx, tx, rs, kind)
	}()
	return nil
}

// testStarveFirstBatch, when set, makes each direction of the services
// created afterwards send its first handle batch with starvedGas instead of
// the tx manager's estimate (tests only: StarveFirstBatch). By design no
// real batch runs out of gas when mined (every payout runs with a fixed
// stipend that ExtraGas covers, and an invalid entry is skipped, not
// reverted), so this is how a test gets a batch the chain takes and reverts
// as a whole, to check applyReceipt's on-chain bisect.
var testStarveFirstBatch bool

// starvedGas is a gas limit above the intrinsic and EIP-7623 floor gas of
// a transaction with calldata data (21,000 + at most 40 gas a byte), so the
// node accepts and mines it, but that leaves execution 24 to 36 gas a
// calldata byte plus 10,000: for entries without extraData (about 400 bytes
// each) less than one entry's vote record costs (a new storage slot alone
// is 22,100 gas), so the transaction runs out of gas.
func starvedGas(data []byte) uint64 { return 21_000 + 40*uint64(len(data)) + 10_000 }

// splittable reports whether a refusal of a whole batch may not apply to its
// halves: a reverting estimate (unless the revert says this node may not vote
// at all), the per-transaction gas cap, or the node's size limit.
func splittable(err error) bool {
	if errors.Is(err, txmgr.ErrGasLimitTooHigh) || strings.Contains(err.Error(), "oversized data") {
		return true
	}
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) {
		return false
	}
	switch client.BridgeErrorData(rev.Data).(type) {
	case *bindings.BridgeNotOperator, *bindings.BridgeCounterpartNotSet:
		return false
	}
	return true
}

// describe renders err with the decoded revert reason when it carries one.
func describe(err error) string {
	var rev *txmgr.RevertError
	if errors.As(err, &rev) {
		return bindings.DecodeRevert(rev.Data)
	}
	return err.Error()
}

// voteRefused records why a vote was not sent. An estimate that reverts with
// NonceAlreadyHandled, NonceRefunded or AlreadyVoted means the vote is not
// needed (a late or duplicate vote, refused before paying gas); a refund the
// chain will never take (RefundOfRefund, InvalidHandleCall) is not asked
// again.
func (d *direction) voteRefused(rs []*store.Request, err error, kind voteKind) error {
	if kind == kindSigned && !errors.Is(err, txmgr.ErrStopped) && !errors.Is(err, context.Canceled) {
		// The chain refuses the signatures (a stale epoch, a signer no
		// longer an operator): these nonces are voted on chain from now on.
		defer d.att.fallBack(requestNonces(rs)...)
	}
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
			r := rs[0]
			switch reason.(type) {
			case *bindings.BridgeNonceAlreadyHandled:
				d.markHandled(r, 0)
				return nil
			case *bindings.BridgeNonceRefunded:
				d.markRefunded(r, nil, 0)
				return nil
			case *bindings.BridgeAlreadyVoted:
				if kind == kindRefund {
					r.State = store.StateRefunding
				} else if r.State == store.StateSeen {
					r.State = store.StateVoted
				}
				d.setChecked(r.Nonce, time.Now())
				d.put(r)
				return nil
			case *bindings.BridgeRefundOfRefund, *bindings.BridgeInvalidHandleCall:
				if kind == kindRefund {
					d.refuseRefund(r, bindings.DecodeRevert(rev.Data))
					return nil
				}
			}
		}
		level := slog.LevelWarn
		if _, ok := reason.(*bindings.BridgeNotOperator); ok {
			level = slog.LevelError // a configuration problem the operator must fix
		}
		d.log.Log(context.Background(), level, kind.String()+" would revert; not sent", "first", rs[0].Nonce, "count", len(rs), "reason", bindings.DecodeRevert(rev.Data))
	case errors.Is(err, txmgr.ErrStopped), errors.Is(err, context.Canceled):
	default:
		d.m.txErrors.WithLabelValues(d.dstChain, "send").Inc()
		d.log.Warn("sending "+kind.String()+" failed; retrying next round", "first", rs[0].Nonce, "count", len(rs), "err", err)
	}
	return nil
}

// await waits for a vote transaction's receipt and records what it did: the
// nonces paid out, refunded, or whose payout failed (HandleFailed: counted,
// logged with its reason, and backed off). A batch that reverted on chain as
// a whole is split and its halves sent at once. A malformed receipt is
// logged and ignored: the requests stay open and the next round's
// handleStatus decides.
func (d *direction) await(ctx context.Context, tx *txmgr.Tx, rs []*store.Request, kind voteKind) {
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
		d.log.Warn(kind.String()+" transaction did not complete; the requests are re-checked next round", "tx", tx.Hash(), "err", err)
		return
	}
	d.applyReceipt(ctx, rcpt, rs, kind)
}

// applyReceipt records what a mined vote transaction of kind did to rs (see
// await). It is the receipt handler; it never panics on a malformed receipt.
func (d *direction) applyReceipt(ctx context.Context, rcpt *types.Receipt, rs []*store.Request, kind voteKind) {
	if rcpt == nil || rcpt.Status != types.ReceiptStatusSuccessful {
		var status uint64
		if rcpt != nil {
			status = rcpt.Status
		}
		d.m.txErrors.WithLabelValues(d.dstChain, "reverted").Inc()
		if rcpt != nil && len(rs) > 1 && ctx.Err() == nil {
			// A batch that reverts as a whole is split, so one entry can
			// never hold the others back.
			d.m.batchSplits.WithLabelValues(d.name).Inc()
			d.log.Info(kind.String()+" batch reverted on chain; splitting it", "tx", rcpt.TxHash, "first", rs[0].Nonce, "count", len(rs))
			half := len(rs) / 2
			if err := d.sendBatch(ctx, rs[:half], kind); err == nil {
				_ = d.sendBatch(ctx, rs[half:], kind)
			}
			return
		}
		// Most often a late single vote: another operator's vote closed the
		// nonce in the same block. The requests are re-checked, so a vote
		// that really failed is cast again.
		d.log.Info(kind.String()+" transaction reverted; the requests are re-checked next round", "status", status, "first", rs[0].Nonce)
		return
	}
	out, err := decodeReceipt(rcpt, d.dstBridge)
	if err != nil {
		d.m.malformedLogs.WithLabelValues(d.name).Inc()
		d.log.Warn("ignoring a malformed receipt of a vote transaction; the requests stay open and are re-checked", "err", err)
		return
	}
	if out.malformed > 0 {
		d.m.malformedLogs.WithLabelValues(d.name).Add(float64(out.malformed))
		d.log.Warn("skipping malformed bridge logs in a vote receipt", "tx", rcpt.TxHash, "count", out.malformed)
	}
	now := time.Now()
	var changed []*store.Request
	for _, r := range rs {
		d.setChecked(r.Nonce, now)
		n := r.Nonce
		if refund, ok := out.refunded[n]; ok {
			d.noteRefunded(r, &refund, out.block)
			changed = append(changed, r)
			continue
		}
		if out.handled[n] {
			if r.State != store.StateHandled {
				d.noteHandled(r, out.block)
				changed = append(changed, r)
			}
			continue
		}
		if reason, ok := out.failed[n]; ok {
			d.payoutFailed(r, reason, now)
			changed = append(changed, r)
			continue
		}
		if reason, ok := out.skipped[n]; ok {
			if kind == kindSigned {
				d.att.fallBack(n) // skipped without closing: vote on chain (below: unless it is closed)
			}
			switch client.BridgeErrorData(reason).(type) {
			case *bindings.BridgeNonceRefunded:
				d.noteRefunded(r, nil, 0)
				changed = append(changed, r)
			case *bindings.BridgeNonceAlreadyHandled:
				d.noteHandled(r, 0)
				changed = append(changed, r)
			case *bindings.BridgeRefundOfRefund, *bindings.BridgeInvalidHandleCall:
				if kind == kindRefund {
					d.refuseRefund(r, bindings.DecodeRevert(reason))
				}
			}
		}
	}
	d.putAll(changed)
}

// requestNonces lists the nonces of rs.
func requestNonces(rs []*store.Request) []uint64 {
	out := make([]uint64, len(rs))
	for i, r := range rs {
		out[i] = r.Nonce
	}
	return out
}
