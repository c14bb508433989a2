package bridge

import (
	"context"
	"errors"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"golang.org/x/sync/errgroup"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/store"
)

// skipNoAgreement is the servicechain_votes_skipped_total reason of a vote
// held back because too few source endpoints returned the request's receipt
// alike (min_endpoint_agreement; issue 13, no single provider).
const skipNoAgreement = "no_agreement"

// confirmRequest is the last check before a vote on r (the planner's stage 3,
// reorg safety and endpoint agreement at once): the source chain's receipt of
// r's transaction, as at least min_endpoint_agreement endpoints return it,
// must hold r's request log, unchanged, at r's block hash. Then it returns
// true. Otherwise nothing is voted this round and:
//   - endpoints that disagree (one lies, or is on another fork): the
//     disagreement is counted and logged by the chain client
//     (servicechain_endpoint_disagreements_total); r stays as it is and is
//     checked again next round;
//   - they agree that the transaction is not in their chain (it vanished in a
//     reorg, or was fabricated by a provider that answered the scan): r is
//     dropped from the store; the scan (a later block) or the recovery loop
//     (the same height) finds it again if it is re-included;
//   - they agree on a receipt at another block, or with other contents: r is
//     replaced by what the receipt holds, and voted once that is confirmed
//     in turn (a request moved by a reorg); a receipt without the request
//     drops r as above.
func (d *direction) confirmRequest(ctx context.Context, r *store.Request) bool {
	rcpt, err := d.src.AgreedReceipt(ctx, r.TxHash, r.BlockNumber)
	switch {
	case errors.Is(err, chain.ErrNoAgreement):
		d.m.votesSkipped.WithLabelValues(d.name, skipNoAgreement).Inc()
		d.log.Debug("source endpoints do not agree on the request's receipt; not voting", "nonce", r.Nonce, "tx", r.TxHash, "err", err)
		return false
	case errors.Is(err, ethereum.NotFound):
		d.dropRequest(r, "the source endpoints agree that the request's transaction is not in their chain; dropped until seen again")
		return false
	case err != nil:
		d.log.Debug("request receipt check failed; retry next round", "nonce", r.Nonce, "tx", r.TxHash, "err", err)
		return false
	}
	found := requestIn(rcpt, d.srcBridge, r.Nonce)
	switch {
	case found == nil:
		d.dropRequest(r, "the agreed receipt of the request's transaction holds no such request; dropped")
		return false
	case found.BlockHash == r.BlockHash && sameRequest(found, r):
		return true
	}
	found.FirstSeen, found.SeenDestBlock = r.FirstSeen, r.SeenDestBlock
	d.log.Info("request moved by a reorg (or differed from its receipt); updated from the agreed receipt", "nonce", r.Nonce,
		"block", found.BlockNumber, "blockHash", found.BlockHash)
	d.put(found)
	return false // vote next round, after the new block is itself confirmed
}

// confirmRequests is confirmRequest for a round's requests at once: it
// returns whether each nonce may be voted (signed) now. Requests of one
// source block are confirmed against that block's agreed receipts
// (chain.AgreedBlockReceipts: one eth_getBlockReceipts per endpoint for the
// whole block, where a receipt per request costs the node the block's
// receipts each time); a request is confirmed there only when its
// transaction's receipt at its block hash holds its request log unchanged,
// exactly confirmRequest's rule. Every other case (the block's receipts not
// agreed, the transaction not in that block, the log differs) goes through
// confirmRequest for that request, which drops, moves or holds it. Blocks
// are asked statusWorkers at a time; a panicking worker (logged) leaves its
// requests unconfirmed this round.
func (d *direction) confirmRequests(ctx context.Context, rs []*store.Request) map[uint64]bool {
	byBlock := map[uint64][]*store.Request{}
	var blocks []uint64
	for _, r := range rs {
		if _, ok := byBlock[r.BlockNumber]; !ok {
			blocks = append(blocks, r.BlockNumber)
		}
		byBlock[r.BlockNumber] = append(byBlock[r.BlockNumber], r)
	}
	var mu sync.Mutex
	out := make(map[uint64]bool, len(rs))
	set := func(n uint64, ok bool) {
		mu.Lock()
		out[n] = ok
		mu.Unlock()
	}
	var g errgroup.Group
	g.SetLimit(statusWorkers)
	for _, b := range blocks {
		g.Go(func() error {
			defer contain(d.log, d.m, d.name+"/confirm")
			var rest []*store.Request
			rcpts, err := d.src.AgreedBlockReceipts(ctx, b)
			if err != nil {
				rest = byBlock[b]
			} else {
				byTx := make(map[common.Hash]*types.Receipt, len(rcpts))
				for _, rc := range rcpts {
					byTx[rc.TxHash] = rc
				}
				for _, r := range byBlock[b] {
					rc := byTx[r.TxHash]
					if rc == nil || rc.BlockHash != r.BlockHash {
						rest = append(rest, r)
						continue
					}
					if found := requestIn(rc, d.srcBridge, r.Nonce); found != nil && found.BlockHash == r.BlockHash && sameRequest(found, r) {
						set(r.Nonce, true)
						continue
					}
					rest = append(rest, r)
				}
			}
			for _, r := range rest {
				set(r.Nonce, d.confirmRequest(ctx, r))
			}
			return nil
		})
	}
	g.Wait()
	return out
}

// dropRequest deletes r from the store (it is looked for again by the scan
// and the recovery loop).
func (d *direction) dropRequest(r *store.Request, why string) {
	d.log.Warn(why, "nonce", r.Nonce, "tx", r.TxHash, "block", r.BlockNumber)
	if err := d.st.DeleteRequest(d.name, r.Nonce); err != nil {
		d.log.Error("store delete failed", "nonce", r.Nonce, "err", err)
	}
}

// requestIn returns the request with nonce among the receipt's logs of
// bridge, or nil.
func requestIn(rcpt *types.Receipt, bridge common.Address, nonce uint64) *store.Request {
	for _, l := range rcpt.Logs {
		if l == nil || l.Address != bridge {
			continue
		}
		nr, err := parseRequestLog(l)
		if err == nil && nr.Nonce == nonce {
			return &nr
		}
	}
	return nil
}

// sameRequest reports whether a and b are the same request: the same payout
// (samePayout) at the same source block.
func sameRequest(a, b *store.Request) bool {
	return a.BlockNumber == b.BlockNumber && samePayout(a, b)
}

func bigEq(a, b *big.Int) bool {
	if a == nil || b == nil {
		return (a == nil || a.Sign() == 0) && (b == nil || b.Sign() == 0)
	}
	return a.Cmp(b) == 0
}
