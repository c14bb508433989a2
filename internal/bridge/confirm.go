package bridge

import (
	"context"
	"errors"

	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
