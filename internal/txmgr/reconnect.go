package txmgr

import (
	"context"
	"errors"
	"strings"
)

// ReconnectNotifier is implemented by a Backend that can tell when its
// connection to the chain came back after an outage (*chain.Client does).
// The manager then re-broadcasts every pending transaction at once instead
// of waiting for Config.ResubmitAfter: a node that was restarted may hold
// them only in its journal (go-ethereum reloads it some seconds later) or
// not at all, and every later transaction of the account is gapped behind
// them until they are back in the pool (seen in an outside chaos soak, issue
// 12).
type ReconnectNotifier interface {
	// Reconnected returns a channel closed at the next reconnection.
	Reconnected() <-chan struct{}
}

// reconnected is the backend's next reconnection signal, or nil (a channel
// that never fires) when the backend cannot tell.
func (m *Manager) reconnected() <-chan struct{} {
	if n, ok := m.backend.(ReconnectNotifier); ok {
		return n.Reconnected()
	}
	return nil
}

// rebroadcastPending sends the version in force of every pending
// transaction again, lowest nonce first (the node answers "already known"
// for those it kept, and "nonce too low" for those mined meanwhile: the poll
// that follows finds their receipts).
func (m *Manager) rebroadcastPending(ctx context.Context) {
	pending := m.PendingTxs()
	if len(pending) == 0 {
		return
	}
	m.log.Info("chain endpoint reconnected; re-broadcasting pending transactions", "count", len(pending),
		"first_nonce", pending[0].nonce, "last_nonce", pending[len(pending)-1].nonce)
	for _, t := range pending {
		if ctx.Err() != nil {
			return
		}
		m.rebroadcast(ctx, t)
	}
}

// DefaultMaxGasLimit is the highest gas limit Send gives a transaction when
// Config.MaxGasLimit is 0: the per-transaction gas cap of EIP-7825 (Osaka),
// 2^24 = 16,777,216 (go-ethereum params.MaxTxGas). A node refuses a
// transaction above it, and eth_estimateGas stops there.
const DefaultMaxGasLimit = 1 << 24

// ErrGasLimitTooHigh is returned (wrapped, with the numbers) by Send when the
// transaction needs more gas than Config.MaxGasLimit: its estimate plus
// margin and Request.ExtraGas, or Request.GasLimit, is above it, or the
// node's estimate stopped at its cap ("gas required exceeds allowance").
// Nothing was sent; a caller that batches splits the batch.
var ErrGasLimitTooHigh = errors.New("gas limit above the per-transaction cap")

// isGasCapError reports whether a gas estimate failed because the call
// needs more gas than the node allows one transaction.
func isGasCapError(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "gas required exceeds allowance") || strings.Contains(msg, "gas limit too high")
}
