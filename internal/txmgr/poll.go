package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// poll is one round of the loop: balance, receipts of transactions whose nonce
// the chain has passed, re-broadcasts and resubmissions of the others, and the
// nonce resync when nothing is pending. Errors are counted and logged; the
// next round tries again.
func (m *Manager) poll(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, pollTimeout)
	defer cancel()
	if balance, err := m.backend.BalanceAt(ctx, m.addr, nil); err == nil {
		m.setBalance(balance)
	} else if !m.rpcError(ctx, "reading balance", err) {
		return
	}
	confirmed, err := m.backend.NonceAt(ctx, m.addr, nil)
	if err != nil {
		m.rpcError(ctx, "reading nonce", err)
		return
	}
	gapChecked := false
	for _, t := range m.PendingTxs() {
		if ctx.Err() != nil {
			return
		}
		if t.nonce < confirmed {
			m.checkReceipt(ctx, t)
			continue
		}
		if !gapChecked {
			gapChecked = true
			m.fillGap(ctx, t, confirmed)
		}
		t.mu.Lock()
		unsent, age := t.unsent, m.now().Sub(t.sentAt)
		t.mu.Unlock()
		switch {
		case age >= m.cfg.ResubmitAfter:
			m.resubmit(ctx, t)
		case unsent:
			m.rebroadcast(ctx, t)
		}
	}
	m.resyncIdle(ctx)
	m.recordState()
}

// rpcError counts and logs a failed backend call of the poll loop. It returns
// false when ctx ended (the round should stop).
func (m *Manager) rpcError(ctx context.Context, what string, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	m.record(evRPCError)
	m.log.Debug("poll: "+what, "err", err)
	return true
}

// checkReceipt looks for a receipt of any version of t, newest first. When the
// nonce is used and no version has a receipt for replacedAfterPolls rounds,
// another transaction took the nonce: t is done with ErrReplaced.
func (m *Manager) checkReceipt(ctx context.Context, t *Tx) {
	hashes := t.Hashes()
	for i := len(hashes) - 1; i >= 0; i-- {
		rcpt, err := m.backend.TransactionReceipt(ctx, hashes[i])
		if err == nil && rcpt != nil {
			m.complete(t, rcpt, nil)
			return
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			m.rpcError(ctx, "reading receipt", err)
			return
		}
	}
	t.mu.Lock()
	t.missing++
	missing := t.missing
	t.mu.Unlock()
	if missing >= replacedAfterPolls {
		m.complete(t, nil, fmt.Errorf("%w: nonce %d is used on chain but none of the %d versions signed has a receipt",
			ErrReplaced, t.nonce, len(hashes)))
	}
}

// complete ends t with a receipt or an error and drops it from the journal.
func (m *Manager) complete(t *Tx, rcpt *types.Receipt, err error) {
	m.mu.Lock()
	delete(m.pending, t.nonce)
	m.mu.Unlock()
	if err != nil {
		m.record(evReplaced)
	} else {
		m.recordConfirmed(t, rcpt)
	}
	if jerr := m.journal.DeleteTx(t.nonce); jerr != nil {
		m.log.Error("deleting journal record", "nonce", t.nonce, "err", jerr)
	}
	t.finish(rcpt, err)
	if err != nil {
		m.log.Warn("transaction replaced by another one with the same nonce", "key", t.key, "nonce", t.nonce, "err", err)
		return
	}
	m.log.Debug("transaction mined", "key", t.key, "nonce", t.nonce, "tx", rcpt.TxHash,
		"block", rcpt.BlockNumber, "status", rcpt.Status, "gas_used", rcpt.GasUsed)
}

// rebroadcast sends the latest version of t again, after a transport failure
// or a restart.
func (m *Manager) rebroadcast(ctx context.Context, t *Tx) {
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	m.broadcast(ctx, t, t.Transaction(), sendRebroadcast)
}

// resubmit re-signs t with the same nonce and fees bumped by FeeBumpPercent,
// within the ceilings. At the ceilings it re-broadcasts the latest version.
func (m *Manager) resubmit(ctx context.Context, t *Tx) {
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	market, err := m.currentFees(ctx)
	if err != nil {
		m.rpcError(ctx, "pricing a resubmission", err)
		return
	}
	old := t.Transaction()
	price, ok := bumpFees(feesOf(old), market, m.cfg.FeeBumpPercent, m.cfg.MaxFeeCap, m.cfg.MaxTipCap)
	if !ok {
		t.mu.Lock()
		first := !t.atCeiling
		t.atCeiling = true
		t.mu.Unlock()
		if first {
			m.log.Warn("transaction not mined and its fees are at the ceiling; re-broadcasting it unchanged",
				"key", t.key, "nonce", t.nonce, "tx", old.Hash(), "max_fee_cap_wei", m.cfg.MaxFeeCap)
		}
		m.broadcast(ctx, t, old, sendRepeat)
		return
	}
	signed, err := m.sign(ctx, t.nonce, *old.To(), old.Data(), old.Value(), old.Gas(), price)
	if err != nil {
		m.log.Error("signing a resubmission", "nonce", t.nonce, "err", err)
		return
	}
	m.broadcast(ctx, t, signed, sendReplacement)
}

// fillGap handles pending transactions stuck behind a nonce nobody will use:
// when lowest (the first pending transaction the chain has not passed) has
// waited ResubmitAfter, the chain's nonce is below it and the node's pool has
// nothing for the nonces in between (e.g. they were journaled elsewhere and
// lost), each missing nonce gets an empty self-transfer so the queue can move.
func (m *Manager) fillGap(ctx context.Context, lowest *Tx, confirmed uint64) {
	lowest.mu.Lock()
	age := m.now().Sub(lowest.sentAt)
	lowest.mu.Unlock()
	if lowest.nonce <= confirmed || age < m.cfg.ResubmitAfter {
		return
	}
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	pool, err := m.backend.PendingNonceAt(ctx, m.addr)
	if err != nil {
		m.rpcError(ctx, "reading pending nonce", err)
		return
	}
	if pool >= lowest.nonce {
		return // the pool holds transactions for the nonces in between
	}
	price, err := m.currentFees(ctx)
	if err != nil {
		m.rpcError(ctx, "pricing a gap fill", err)
		return
	}
	from := max(confirmed, pool)
	m.log.Warn("nonce gap: filling it with empty self-transfers so pending transactions can be mined",
		"from", from, "to", lowest.nonce-1)
	for nonce := from; nonce < lowest.nonce; nonce++ {
		signed, err := m.sign(ctx, nonce, m.addr, nil, new(big.Int), 21_000, price)
		if err != nil {
			m.log.Error("signing a gap fill", "nonce", nonce, "err", err)
			return
		}
		outcome, err := m.broadcast(ctx, newTx(gapFillKey, signed, m.now()), signed, sendGapFill)
		if outcome == sentNothing {
			m.log.Error("gap fill not sent", "nonce", nonce, "err", err)
		}
		if !accepted(outcome) {
			return
		}
	}
}

// resyncIdle sets the local nonce to the chain's pending nonce when no
// transaction is pending, so transactions sent with this key by someone else,
// or nonces left unused, are taken into account before the next Send.
func (m *Manager) resyncIdle(ctx context.Context) {
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	if m.Pending() > 0 {
		return
	}
	n, err := m.backend.PendingNonceAt(ctx, m.addr)
	if err != nil {
		m.rpcError(ctx, "reading pending nonce", err)
		return
	}
	m.mu.Lock()
	old, ready := m.nonce, m.nonceReady
	changed := ready && len(m.pending) == 0 && n != old
	if len(m.pending) == 0 {
		m.nonce, m.nonceReady = n, true
	}
	m.mu.Unlock()
	if changed {
		m.record(evNonceResync)
		m.log.Info("nonce resynced from the chain", "old", old, "next", n)
	}
}
