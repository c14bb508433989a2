package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultFinalityDepth is how many blocks below the head FinalHead treats as
// final on a chain whose endpoints report no "finalized" block: two Ethereum
// epochs (64 slots), the depth after which a proof-of-stake chain finalizes.
const DefaultFinalityDepth = 64

// FinalHead returns the highest block the chain considers final, for
// watching what already happened until it can no longer be reorged away (a
// paid request, an anchor): the block tagged "finalized" when the endpoint
// reports one, otherwise the head minus max(Confirmations,
// DefaultFinalityDepth) (0 on a shorter chain). It is never above SafeHead's
// answer with Finalized set. Errors are those of the underlying calls.
func (c *Client) FinalHead(ctx context.Context) (uint64, error) {
	h, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err == nil && h != nil && h.Number != nil {
		return h.Number.Uint64(), nil
	}
	if c.cfg.Finalized {
		return 0, err
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	depth := max(c.cfg.Confirmations, DefaultFinalityDepth)
	if head < depth {
		return 0, nil
	}
	return head - depth, nil
}
