package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// blockReceiptsAnswer is one endpoint's answer to eth_getBlockReceipts.
type blockReceiptsAnswer struct {
	ep       *endpoint
	receipts []*types.Receipt // nil with !found or err
	found    bool
	err      error       // the endpoint did not answer
	key      common.Hash // blockFingerprint, or the zero hash for "no such block"
}

func (a blockReceiptsAnswer) answered() bool           { return a.err == nil }
func (a blockReceiptsAnswer) exists() bool             { return a.found }
func (a blockReceiptsAnswer) fingerprint() common.Hash { return a.key }

func (a blockReceiptsAnswer) String() string {
	switch {
	case a.err != nil:
		return fmt.Sprintf("%s: no answer (%v)", a.ep.shown, a.err)
	case !a.found:
		return fmt.Sprintf("%s: no such block", a.ep.shown)
	}
	var hash common.Hash
	if len(a.receipts) > 0 {
		hash = a.receipts[0].BlockHash
	}
	return fmt.Sprintf("%s: %d receipts of block %s (fingerprint %s)", a.ep.shown, len(a.receipts), hash.Hex(), a.key.Hex()[:10])
}

// blockFingerprint is what AgreedBlockReceipts compares between endpoints: a
// hash of the ReceiptFingerprint of every receipt, in order (so the block
// hash, each transaction, status and log, and their order).
func blockFingerprint(rs []*types.Receipt) common.Hash {
	h := crypto.NewKeccakState()
	for _, r := range rs {
		f := ReceiptFingerprint(r)
		h.Write(f[:])
	}
	var out common.Hash
	h.Read(out[:])
	return out
}

// AgreedBlockReceipts returns the receipts of the canonical block at number
// (eth_getBlockReceipts, one call per endpoint instead of one per
// transaction) as at least MinAgreement endpoints return them, asking every
// usable endpoint whose head has reached number. It is AgreedReceipt for a
// whole block, with the same results: the agreed receipts (every receipt
// carries the block hash the endpoints agree on); an error wrapping
// ethereum.NotFound when enough endpoints agree there is no such block; one
// wrapping ErrNoAgreement (with every answer) when too few answered alike or
// two answers each have enough support (counted and logged as a
// disagreement, like AgreedReceipt's); ErrClosed after Close.
func (c *Client) AgreedBlockReceipts(ctx context.Context, number uint64) ([]*types.Receipt, error) {
	a, err := agreeOn(ctx, c, fmt.Sprintf("receipts of block %d", number), number, func(ctx context.Context, e *endpoint) blockReceiptsAnswer {
		return c.askBlockReceipts(ctx, e, number)
	})
	return a.receipts, err
}

// askBlockReceipts asks one endpoint; a transport failure marks it down.
func (c *Client) askBlockReceipts(ctx context.Context, e *endpoint, number uint64) blockReceiptsAnswer {
	ec := e.client()
	if ec == nil {
		return blockReceiptsAnswer{ep: e, err: errors.New("not connected")}
	}
	cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	rs, err := ec.BlockReceipts(cctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(number)))
	cancel()
	switch {
	case errors.Is(err, ethereum.NotFound) || (err == nil && len(rs) == 0):
		// A block always has receipts once it has transactions; an empty
		// answer and "not found" both give nothing to confirm against.
		return blockReceiptsAnswer{ep: e}
	case err != nil:
		if ctx.Err() == nil && isTransportError(err) {
			c.setDown(e, fmt.Errorf("eth_getBlockReceipts: %w", err))
		}
		return blockReceiptsAnswer{ep: e, err: c.scrub.Error(err)}
	}
	for _, r := range rs {
		if r == nil {
			return blockReceiptsAnswer{ep: e, err: fmt.Errorf("eth_getBlockReceipts of block %d: a null receipt", number)}
		}
	}
	return blockReceiptsAnswer{ep: e, receipts: rs, found: true, key: blockFingerprint(rs)}
}
