package txmgr

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// Refusal is why a transaction (a version of it) was not sent or not
// accepted, as passed to Metrics.TxRefused and used as the reason label of
// servicechain_txmgr_refused_total.
type Refusal string

const (
	// RefusedOutOfFunds: the balance does not cover the transaction
	// (ErrOutOfFunds from Send, or the node's "insufficient funds" for a
	// re-broadcast or replacement).
	RefusedOutOfFunds Refusal = "out_of_funds"
	// RefusedWouldRevert: the gas estimate reverted (ErrWouldRevert).
	RefusedWouldRevert Refusal = "would_revert"
	// RefusedByNode: the node refused the transaction (any version) for
	// another reason (e.g. intrinsic gas too low), or Send gave up after the
	// node kept refusing its nonce.
	RefusedByNode Refusal = "rejected"
)

// Metrics receives what one Manager does, for export; set it with
// Config.Metrics (NewMetrics is the Prometheus implementation, NoopMetrics
// the default). The manager calls it synchronously from Send and its poll
// loop, sometimes with its send lock held, so implementations must be safe
// for concurrent use and return at once (no I/O). Embed NoopMetrics to
// implement only some of the methods.
type Metrics interface {
	// TxSent: the first version of a new transaction was broadcast (or may
	// have been: a transport failure leaves it to the poll loop).
	TxSent()
	// TxResubmitted: a replacement with bumped fees was broadcast.
	TxResubmitted()
	// TxRebroadcast: the latest version was sent again unchanged, after a
	// transport failure, a restart, or because fees are at the ceiling.
	TxRebroadcast()
	// GapFilled: an empty self-transfer was sent to fill a nonce gap.
	GapFilled()
	// NonceResynced: the local nonce was reset from the chain.
	NonceResynced()
	// TxConfirmed: a receipt of one of the transaction's versions was found
	// (status 1 or 0). latency runs from the first broadcast to the poll that
	// found the receipt; versions is how many versions were signed (1 = never
	// resubmitted).
	TxConfirmed(rcpt *types.Receipt, latency time.Duration, versions int)
	// TxReplaced: a transaction ended with ErrReplaced.
	TxReplaced()
	// TxRefused: a transaction or a new version of it was refused (by Send's
	// checks or by the node) and is not on its way.
	TxRefused(reason Refusal)
	// RPCError: a call to the backend failed (Send or the poll loop).
	RPCError()
	// RecordPending: transactions not done.
	RecordPending(n int)
	// RecordNonce: the next nonce for a new transaction.
	RecordNonce(nonce uint64)
	// RecordBalance: the account balance last seen, in wei.
	RecordBalance(wei *big.Int)
	// RecordFunded: see Manager.Funded.
	RecordFunded(funded bool)
	// RecordFees: the price of the version last signed, in wei per gas
	// (EIP-1559 tip and fee cap; both the gas price on a legacy chain).
	RecordFees(tipCap, feeCap *big.Int)
	// RecordFeeCeiling: true while a configured ceiling (Config.MaxFeeCap or
	// MaxTipCap) cuts the market price, so transactions may be slow.
	RecordFeeCeiling(capped bool)
}

// NoopMetrics is a Metrics that records nothing: the default when
// Config.Metrics is nil, and an embeddable base for partial implementations.
type NoopMetrics struct{}

var _ Metrics = NoopMetrics{}

func (NoopMetrics) TxSent()                                        {}
func (NoopMetrics) TxResubmitted()                                 {}
func (NoopMetrics) TxRebroadcast()                                 {}
func (NoopMetrics) GapFilled()                                     {}
func (NoopMetrics) NonceResynced()                                 {}
func (NoopMetrics) TxConfirmed(*types.Receipt, time.Duration, int) {}
func (NoopMetrics) TxReplaced()                                    {}
func (NoopMetrics) TxRefused(Refusal)                              {}
func (NoopMetrics) RPCError()                                      {}
func (NoopMetrics) RecordPending(int)                              {}
func (NoopMetrics) RecordNonce(uint64)                             {}
func (NoopMetrics) RecordBalance(*big.Int)                         {}
func (NoopMetrics) RecordFunded(bool)                              {}
func (NoopMetrics) RecordFees(*big.Int, *big.Int)                  {}
func (NoopMetrics) RecordFeeCeiling(bool)                          {}

// event is one counted occurrence; record keeps Stats and Metrics in step.
type event int

const (
	evSent event = iota
	evResubmitted
	evRebroadcast
	evGapFill
	evNonceResync
	evReplaced
	evOutOfFunds
	evWouldRevert
	evRejected
	evRPCError
)

// record counts evs in Stats and reports them to Metrics: the one place where
// both are updated, so they never disagree.
func (m *Manager) record(evs ...event) {
	m.mu.Lock()
	for _, ev := range evs {
		s := &m.stats
		switch ev {
		case evSent:
			s.Sent++
		case evResubmitted:
			s.Resubmitted++
		case evRebroadcast:
			s.Rebroadcasts++
		case evGapFill:
			s.GapFills++
		case evNonceResync:
			s.NonceResyncs++
		case evReplaced:
			s.Replaced++
		case evOutOfFunds:
			s.OutOfFunds++
		case evWouldRevert:
			s.WouldRevert++
		case evRejected:
			s.Rejected++
		case evRPCError:
			s.RPCErrors++
		}
	}
	m.mu.Unlock()
	for _, ev := range evs {
		switch ev {
		case evSent:
			m.metrics.TxSent()
		case evResubmitted:
			m.metrics.TxResubmitted()
		case evRebroadcast:
			m.metrics.TxRebroadcast()
		case evGapFill:
			m.metrics.GapFilled()
		case evNonceResync:
			m.metrics.NonceResynced()
		case evReplaced:
			m.metrics.TxReplaced()
		case evOutOfFunds:
			m.metrics.TxRefused(RefusedOutOfFunds)
		case evWouldRevert:
			m.metrics.TxRefused(RefusedWouldRevert)
		case evRejected:
			m.metrics.TxRefused(RefusedByNode)
		case evRPCError:
			m.metrics.RPCError()
		}
	}
}

// recordConfirmed counts a receipt in Stats and reports it to Metrics.
func (m *Manager) recordConfirmed(t *Tx, rcpt *types.Receipt) {
	m.mu.Lock()
	if rcpt.Status == types.ReceiptStatusSuccessful {
		m.stats.Mined++
	} else {
		m.stats.Reverted++
	}
	m.mu.Unlock()
	t.mu.Lock()
	first, versions := t.firstSent, len(t.hashes)
	t.mu.Unlock()
	m.metrics.TxConfirmed(rcpt, max(m.now().Sub(first), 0), versions)
}

// recordState reports the gauges (pending, nonce, balance, funded).
func (m *Manager) recordState() {
	s := m.Stats()
	m.metrics.RecordPending(s.Pending)
	m.metrics.RecordNonce(s.Nonce)
	m.metrics.RecordFunded(s.Funded)
	if s.Balance != nil {
		m.metrics.RecordBalance(s.Balance)
	}
}
