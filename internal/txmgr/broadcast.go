package txmgr

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// sendKind says which version of a transaction broadcast sends, and why.
type sendKind int

const (
	sendNew         sendKind = iota // the first version of a new transaction (Send)
	sendGapFill                     // the first version of an empty self-transfer filling a nonce gap
	sendReplacement                 // a new version with bumped fees (resubmit)
	sendRepeat                      // the latest version again: fees are at the ceiling (resubmit)
	sendRebroadcast                 // the latest version again after a transport failure or a restart
)

// first reports whether the version is the transaction's first: it is not
// tracked yet and is dropped if refused.
func (k sendKind) first() bool { return k == sendNew || k == sendGapFill }

// newVersion reports whether the version has not been journaled yet.
func (k sendKind) newVersion() bool { return k.first() || k == sendReplacement }

// accepted reports whether the node took the transaction, or may have (a
// transport failure): it is on its way and the poll loop follows it.
func accepted(o sendOutcome) bool { return o == sentOK || o == sentAlreadyKnown || o == sentUnknown }

// broadcast is the one path by which a signed transaction reaches the node;
// call it with sendMu held. A new version is journaled before it is sent (a
// crash right after the send loses nothing). The node's answer is classified
// and applied: an accepted version becomes t's current one (first versions
// join the pending set and move the nonce), a refused first version is
// dropped from the journal, a refused replacement leaves the journal on the
// version in force; counters, metrics and logs follow. It returns the
// classified outcome and the node's error; sentNothing with the journal's or
// ctx's error when nothing was sent.
func (m *Manager) broadcast(ctx context.Context, t *Tx, signed *types.Transaction, kind sendKind) (sendOutcome, error) {
	if kind.newVersion() {
		rec, err := t.addVersion(signed)
		if err == nil {
			err = m.journal.PutTx(rec)
		}
		if err != nil {
			return sentNothing, fmt.Errorf("journaling nonce %d: %w", t.nonce, err)
		}
	}
	if err := ctx.Err(); err != nil {
		if kind.first() {
			m.forget(t.nonce)
		}
		return sentNothing, err
	}
	err := m.backend.SendTransaction(ctx, signed)
	outcome := classifySend(err)
	now := m.now()
	t.mu.Lock()
	switch {
	case accepted(outcome):
		t.current, t.unsent = signed, outcome == sentUnknown
	case !kind.newVersion():
		t.unsent = false // the node answered about the version in force
	}
	if kind != sendRebroadcast {
		t.sentAt = now // ResubmitAfter counts from here
	}
	t.mu.Unlock()

	if accepted(outcome) {
		m.applyAccepted(ctx, t, signed, kind, outcome, err)
		return outcome, err
	}
	switch kind {
	case sendNew, sendGapFill:
		m.forget(t.nonce)
	case sendReplacement:
		m.rejournal(t)
	}
	switch outcome {
	case sentNoFunds:
		m.setShort(signed.Cost())
	case sentRejected:
		m.record(evRejected)
	}
	if kind != sendNew && outcome != sentNonceTooLow && outcome != sentNoFunds {
		// Send returns its refusals; the poll loop's are only logged.
		// "Nonce too low" there means mined meanwhile: the next round finds
		// the receipt.
		m.log.Warn("node refused a "+kind.String()+"; keeping the version in force",
			"key", t.key, "nonce", t.nonce, "tx", signed.Hash(), "err", err)
	}
	return outcome, err
}

// applyAccepted applies a version the node took (or may have).
func (m *Manager) applyAccepted(ctx context.Context, t *Tx, signed *types.Transaction, kind sendKind, outcome sendOutcome, err error) {
	if kind.first() {
		m.mu.Lock()
		m.pending[t.nonce] = t
		m.nonce = max(m.nonce, t.nonce+1)
		m.mu.Unlock()
	}
	if kind.newVersion() {
		m.metrics.RecordFees(signed.GasTipCap(), signed.GasFeeCap())
	}
	switch kind {
	case sendNew:
		m.record(evSent)
	case sendGapFill:
		m.record(evGapFill)
	case sendReplacement:
		m.record(evResubmitted)
	default:
		m.record(evRebroadcast)
	}
	if outcome == sentUnknown {
		m.rpcError(ctx, "sending a "+kind.String(), err)
		m.log.Warn("sending failed in transit; the transaction will be re-broadcast",
			"kind", kind.String(), "key", t.key, "nonce", t.nonce, "tx", signed.Hash(), "err", err)
	}
	switch kind {
	case sendNew:
		m.log.Debug("transaction sent", "key", t.key, "nonce", t.nonce, "tx", signed.Hash(), "gas", signed.Gas())
	case sendReplacement:
		m.log.Info("transaction resubmitted with higher fees", "key", t.key, "nonce", t.nonce,
			"tx", signed.Hash(), "tip_wei", signed.GasTipCap(), "fee_cap_wei", signed.GasFeeCap())
	}
	m.recordState()
}

// rejournal puts t's journal record back on its current version after a
// replacement was refused, so a restart re-broadcasts the version in force.
func (m *Manager) rejournal(t *Tx) {
	rec, err := t.addVersion(t.Transaction())
	if err == nil {
		err = m.journal.PutTx(rec)
	}
	if err != nil {
		m.log.Error("journaling the version in force after a refused replacement", "nonce", t.nonce, "err", err)
	}
}

// String names the kind in logs.
func (k sendKind) String() string {
	switch k {
	case sendNew:
		return "transaction"
	case sendGapFill:
		return "gap fill"
	case sendReplacement:
		return "resubmission"
	case sendRepeat:
		return "re-broadcast at the fee ceiling"
	default:
		return "re-broadcast"
	}
}

// sign builds a transaction (EIP-1559 type 2, or legacy EIP-155 when f is a
// legacy price), has the Signer sign it and checks the result (checkSigned).
func (m *Manager) sign(ctx context.Context, nonce uint64, to common.Address, data []byte, value *big.Int, gas uint64, f fees) (*types.Transaction, error) {
	var inner types.TxData
	if f.legacy() {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: f.gasPrice, Gas: gas, To: &to, Value: value, Data: data}
	} else {
		inner = &types.DynamicFeeTx{ChainID: m.cfg.ChainID, Nonce: nonce, GasTipCap: f.tipCap, GasFeeCap: f.feeCap,
			Gas: gas, To: &to, Value: value, Data: data}
	}
	unsigned := types.NewTx(inner)
	signed, err := m.signer.SignTx(ctx, m.cfg.ChainID, unsigned)
	if err != nil {
		return nil, err
	}
	if err := m.checkSigned(unsigned, signed); err != nil {
		return nil, err
	}
	return signed, nil
}
