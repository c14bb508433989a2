package bridge

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/store"
)

// Watching paid requests until they are final (issue 13, finding 6: a source
// reorg after a payout is a double spend, and the node must at least notice
// it). A request seen handled on the destination stays watched while its
// source block is above the source chain's final head (chain.FinalHead: the
// "finalized" tag, else a fixed depth). Each time the source head moves, the
// watched requests are looked up again by the receipt that
// min_endpoint_agreement source endpoints agree on (the same rule as the check
// before a vote, confirm.go):
//   - the request is still there (at its block, or moved to another block by
//     a reorg, unchanged): it stays watched until its block is final;
//   - the endpoints agree it is gone (no receipt, or a receipt without this
//     request, or with other contents under its nonce): the payout on the
//     destination is not backed by anything on the source chain. It is
//     counted (servicechain_paid_request_reorged_total{direction}), logged at
//     error level with what was paid, recorded in the request's store entry
//     (Error) and in the direction status, and no longer watched; the
//     deploy/prometheus alert PaidRequestReorged fires on the counter.
//   - the endpoints disagree or cannot be reached: it is checked again at the
//     next head.
//
// The watch list lives in memory; at start it is rebuilt from the store's
// handled requests above the final head, so a restart does not lose it.

// maxPaidWatch bounds the paid requests watched per direction (requests
// above the final head: normally a few minutes of traffic).
const maxPaidWatch = 100_000

// maxPaidChecksPerRound bounds the receipt look-ups of one watch round; the
// rest are checked at the next head.
const maxPaidChecksPerRound = 64

// paidWatch is a direction's set of paid requests not final yet.
type paidWatch struct {
	mu      sync.Mutex
	loaded  bool
	reqs    map[uint64]store.Request // nonce -> the request as paid
	checked uint64                   // source head of the last complete round
	full    bool                     // maxPaidWatch reached (logged once)
	reorged uint64                   // paid requests found gone since start
}

// watchPaid adds r, just seen handled, to the watch list.
func (d *direction) watchPaid(r *store.Request) {
	if r.BlockNumber == 0 {
		return
	}
	w := &d.paid
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.reqs == nil {
		w.reqs = map[uint64]store.Request{}
	}
	if len(w.reqs) >= maxPaidWatch {
		if !w.full {
			d.log.Warn("too many paid requests above the source final head; newer ones are not watched for reorgs", "limit", maxPaidWatch)
			w.full = true
		}
		return
	}
	w.reqs[r.Nonce] = *r
}

// loadPaid rebuilds the watch list from the store: handled requests above the
// source's final head.
func (d *direction) loadPaid(ctx context.Context) error {
	final, err := d.src.FinalHead(ctx)
	if err != nil {
		return fmt.Errorf("source final head: %w", err)
	}
	var found []store.Request
	err = d.st.ForEachRequest(d.name, func(r store.Request) error {
		if r.State == store.StateHandled && r.BlockNumber > final && r.Error == "" {
			found = append(found, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range found {
		d.watchPaid(&found[i])
	}
	d.paid.mu.Lock()
	d.paid.loaded = true
	d.paid.mu.Unlock()
	if len(found) > 0 {
		d.log.Info("watching paid requests until their source blocks are final", "requests", len(found), "finalHead", final)
	}
	return nil
}

// checkPaid is one watch round (see the comment at the top of this file).
// Errors are those of reading the source chain; the round is retried.
func (d *direction) checkPaid(ctx context.Context) error {
	d.paid.mu.Lock()
	loaded := d.paid.loaded
	d.paid.mu.Unlock()
	if !loaded {
		if err := d.loadPaid(ctx); err != nil {
			return err
		}
	}
	head := d.src.Head()
	d.paid.mu.Lock()
	if len(d.paid.reqs) == 0 || head == d.paid.checked {
		d.paid.mu.Unlock()
		return nil
	}
	nonces := make([]uint64, 0, len(d.paid.reqs))
	for n := range d.paid.reqs {
		nonces = append(nonces, n)
	}
	d.paid.mu.Unlock()
	slices.Sort(nonces)
	final, err := d.src.FinalHead(ctx)
	if err != nil {
		return fmt.Errorf("source final head: %w", err)
	}
	complete := len(nonces) <= maxPaidChecksPerRound
	for _, n := range nonces[:min(len(nonces), maxPaidChecksPerRound)] {
		d.paid.mu.Lock()
		r, ok := d.paid.reqs[n]
		d.paid.mu.Unlock()
		if !ok {
			continue
		}
		rcpt, err := d.src.AgreedReceipt(ctx, r.TxHash, r.BlockNumber)
		switch {
		case errors.Is(err, chain.ErrNoAgreement):
			complete = false
			continue
		case errors.Is(err, ethereum.NotFound):
			d.paidGone(&r, "the source endpoints agree that its transaction is not in their chain")
			continue
		case err != nil:
			return fmt.Errorf("paid request %d: %w", n, err)
		}
		found := requestIn(rcpt, d.srcBridge, r.Nonce)
		switch {
		case found == nil:
			d.paidGone(&r, "the agreed receipt of its transaction holds no such request")
		case !samePayout(found, &r):
			d.paidGone(&r, fmt.Sprintf("its nonce now carries another request (tx %s, to %s, value %s)", found.TxHash.Hex(), found.To.Hex(), found.ValueOrTokenID))
		case found.BlockNumber <= final:
			d.paid.mu.Lock()
			delete(d.paid.reqs, n)
			d.paid.mu.Unlock()
		case found.BlockHash != r.BlockHash:
			d.log.Info("paid request moved by a source reorg; still in the chain, watched until final", "nonce", n,
				"block", found.BlockNumber, "blockHash", found.BlockHash)
			r.BlockHash, r.BlockNumber = found.BlockHash, found.BlockNumber
			d.paid.mu.Lock()
			if _, ok := d.paid.reqs[n]; ok {
				d.paid.reqs[n] = r
			}
			d.paid.mu.Unlock()
		}
	}
	d.paid.mu.Lock()
	if complete {
		d.paid.checked = head
	}
	watched, reorged := len(d.paid.reqs), d.paid.reorged
	d.paid.mu.Unlock()
	d.mu.Lock()
	d.status.PaidWatched, d.status.PaidReorged = watched, reorged
	d.mu.Unlock()
	return nil
}

// paidGone records a paid request that vanished from the source chain.
func (d *direction) paidGone(r *store.Request, why string) {
	d.paid.mu.Lock()
	delete(d.paid.reqs, r.Nonce)
	d.paid.reorged++
	d.paid.mu.Unlock()
	d.m.paidReorged.WithLabelValues(d.name).Inc()
	d.log.Error("a paid request vanished from the source chain in a reorg: its payout on the destination is not backed (double spend)",
		"nonce", r.Nonce, "why", why, "tx", r.TxHash, "block", r.BlockNumber, "blockHash", r.BlockHash,
		"to", r.To, "token", r.Token, "value", r.ValueOrTokenID, "handledBlock", r.HandledBlock)
	stored, ok, err := d.st.GetRequest(d.name, r.Nonce)
	if err != nil || !ok || stored.TxHash != r.TxHash {
		return
	}
	stored.Error = "paid, then reorged out of the source chain: " + why
	d.put(&stored)
}

// samePayout reports whether a and b pay the same thing (every field a vote
// carries but the block, which a reorg may change).
func samePayout(a, b *store.Request) bool {
	return a.Nonce == b.Nonce && a.TxHash == b.TxHash && a.TokenType == b.TokenType &&
		a.From == b.From && a.To == b.To && a.Token == b.Token && a.TokenURI == b.TokenURI &&
		bigEq(a.ValueOrTokenID, b.ValueOrTokenID) && bigEq(a.Fee, b.Fee) && bytes.Equal(a.ExtraData, b.ExtraData)
}
