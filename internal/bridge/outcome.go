package bridge

import (
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	topicHandleRefunded = bridgeABI.GetABI().Events["HandleRefunded"].ID
	topicHandleSkipped  = bridgeABI.GetABI().Events["HandleSkipped"].ID
)

// errMalformedReceipt is wrapped by decodeReceipt's error for a receipt the
// node does not trust: nil, or without a block number. Nothing is recorded
// from it; the requests stay open and the next round's handleStatus
// decides.
var errMalformedReceipt = errors.New("malformed receipt")

// receiptOutcome is what a vote or refund transaction's receipt says about
// its nonces: the destination bridge's events, decoded. Maps are never nil.
type receiptOutcome struct {
	block uint64
	// handled: HandleValueTransfer (paid out).
	handled map[uint64]bool
	// failed: HandleFailed with its raw reason (the last one of the nonce).
	failed map[uint64][]byte
	// refunded: HandleRefunded with the refund request's nonce.
	refunded map[uint64]uint64
	// skipped: HandleSkipped with the raw reason (a batch entry that was not
	// a valid vote: closed, duplicate, out of window).
	skipped map[uint64][]byte
	// malformed counts the bridge's logs that could not be decoded (skipped).
	malformed int
}

// decodeReceipt reads the events of bridge in rcpt. It never panics: a log
// with missing topics or bad data is counted in malformed and skipped, and a
// receipt without a block number is refused (errMalformedReceipt), as is one
// that made a decoder panic (recovered). A log of another contract is
// ignored.
func decodeReceipt(rcpt *types.Receipt, bridge common.Address) (out receiptOutcome, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = receiptOutcome{}, fmt.Errorf("%w: decoding panicked: %v", errMalformedReceipt, p)
		}
	}()
	return decodeReceiptLogs(rcpt, bridge)
}

// decodeReceiptLogs is decodeReceipt without the recover (the fuzz test
// calls it, so a decoder that panics fails the test instead of being hidden).
func decodeReceiptLogs(rcpt *types.Receipt, bridge common.Address) (out receiptOutcome, err error) {
	if rcpt == nil {
		return out, fmt.Errorf("%w: none", errMalformedReceipt)
	}
	if rcpt.BlockNumber == nil || !rcpt.BlockNumber.IsUint64() {
		return out, fmt.Errorf("%w: tx %s has no block number", errMalformedReceipt, rcpt.TxHash)
	}
	out = receiptOutcome{block: rcpt.BlockNumber.Uint64(), handled: map[uint64]bool{}, failed: map[uint64][]byte{},
		refunded: map[uint64]uint64{}, skipped: map[uint64][]byte{}}
	for _, l := range rcpt.Logs {
		if l == nil {
			out.malformed++
			continue
		}
		if l.Address != bridge {
			continue
		}
		if len(l.Topics) == 0 {
			out.malformed++
			continue
		}
		var derr error
		switch l.Topics[0] {
		case topicHandle:
			ev, e := bridgeABI.UnpackHandleValueTransferEvent(l)
			if derr = e; e == nil {
				out.handled[ev.HandleNonce] = true
			}
		case topicHandleFailed:
			ev, e := bridgeABI.UnpackHandleFailedEvent(l)
			if derr = e; e == nil {
				out.failed[ev.RequestNonce] = ev.Reason
			}
		case topicHandleRefunded:
			ev, e := bridgeABI.UnpackHandleRefundedEvent(l)
			if derr = e; e == nil {
				out.refunded[ev.HandleNonce] = ev.RefundRequestNonce
			}
		case topicHandleSkipped:
			ev, e := bridgeABI.UnpackHandleSkippedEvent(l)
			if derr = e; e == nil {
				out.skipped[ev.RequestNonce] = ev.Reason
			}
		}
		if derr != nil {
			out.malformed++
		}
	}
	return out, nil
}

// contain is deferred at the top of every goroutine of the service: a panic
// (a library decoding a malformed answer, a bug) is logged with its stack and
// counted in servicechain_bridge_panics_total{loop}, and the goroutine ends
// normally. Requests it was working on stay open.
func contain(log *slog.Logger, m *metrics, loop string) {
	if p := recover(); p != nil {
		reportPanic(log, m, loop, p)
	}
}

// guarded runs one round of a loop, turning a panic into an error (logged
// and counted like contain's), so the loop goes on with its next round.
func guarded(log *slog.Logger, m *metrics, loop string, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			reportPanic(log, m, loop, p)
			err = fmt.Errorf("%s round panicked: %v (logged with its stack)", loop, p)
		}
	}()
	return fn()
}

func reportPanic(log *slog.Logger, m *metrics, loop string, p any) {
	if m != nil {
		m.panics.WithLabelValues(loop).Inc()
	}
	log.Error("recovered from a panic; the work is retried", "loop", loop, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
}
