package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

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
	key      common.Hash // BlockReceiptsFingerprint, or the zero hash for "no such block"
}

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

// BlockReceiptsFingerprint is what AgreedBlockReceipts compares between
// endpoints: a hash of the ReceiptFingerprint of every receipt, in order (so
// the block hash, each transaction, status and log, and their order).
func BlockReceiptsFingerprint(rs []*types.Receipt) common.Hash {
	h := crypto.NewKeccakState()
	for _, r := range rs {
		if r == nil {
			h.Write(make([]byte, common.HashLength))
			continue
		}
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
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return nil, fmt.Errorf("chain %q: block receipts agreement: %w", c.cfg.Name, ErrClosed)
	}
	var eps []*endpoint
	for _, e := range c.usable() {
		e.mu.Lock()
		head := e.head
		e.mu.Unlock()
		if head >= number {
			eps = append(eps, e)
		}
	}
	need := c.cfg.MinEndpointAgreement
	if len(eps) < need {
		return nil, fmt.Errorf("chain %q: receipts of block %d: %w: %d of %d endpoints usable at that block, %d must agree",
			c.cfg.Name, number, ErrNoAgreement, len(eps), len(c.eps), need)
	}
	answers := make([]blockReceiptsAnswer, len(eps))
	var wg sync.WaitGroup
	for i, e := range eps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = c.askBlockReceipts(ctx, e, number)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	groups := map[common.Hash][]int{}
	var order []common.Hash
	for i, a := range answers {
		if a.err != nil {
			continue
		}
		if _, ok := groups[a.key]; !ok {
			order = append(order, a.key)
		}
		groups[a.key] = append(groups[a.key], i)
	}
	var winners []common.Hash
	for _, k := range order {
		if len(groups[k]) >= need {
			winners = append(winners, k)
		}
	}
	text := func() string {
		parts := make([]string, len(answers))
		for i, a := range answers {
			parts[i] = a.String()
		}
		return strings.Join(parts, "; ")
	}
	if len(groups) > 1 {
		// Keyed like a transaction's disagreement, by a hash naming the block.
		id := common.BigToHash(new(big.Int).SetUint64(number))
		if c.agree.note(time.Now(), id, text(), c.cfg.DisagreementWindow) {
			c.log.Warn("endpoints disagree about a block's receipts; not acting on them", "block", number, "answers", text())
		}
	}
	if len(winners) != 1 {
		return nil, fmt.Errorf("chain %q: receipts of block %d: %w (%d must agree): %s", c.cfg.Name, number, ErrNoAgreement, need, text())
	}
	a := answers[groups[winners[0]][0]]
	if !a.found {
		return nil, fmt.Errorf("chain %q: receipts of block %d: %w (%d endpoints agree)", c.cfg.Name, number, ethereum.NotFound, len(groups[winners[0]]))
	}
	return a.receipts, nil
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
	return blockReceiptsAnswer{ep: e, receipts: rs, found: true, key: BlockReceiptsFingerprint(rs)}
}
