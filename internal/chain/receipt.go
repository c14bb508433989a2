package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultReceiptPoll is the interval WaitReceipt uses when given 0: a tenth
// of go-ethereum's bind.WaitMined period (1 s), so a caller on a chain that
// seals blocks at once (a dev chain, the simulated backend) waits milliseconds,
// not a second, per transaction.
const DefaultReceiptPoll = 100 * time.Millisecond

// ReceiptReader is what WaitReceipt needs from a chain connection.
// *Client, *ethclient.Client and the ethclient/simulated client satisfy it.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// WaitReceipt returns the receipt of txHash once the chain has one, asking at
// once and then every poll (0 means DefaultReceiptPoll). A receipt with status
// 0 (reverted) is returned as a result, not an error. Errors from the node
// (ethereum.NotFound while pending, or a transient RPC failure) are retried
// until ctx ends; the error then wraps ctx's error and names the transaction
// and the last error seen, e.g. "receipt of 0xab…: context deadline exceeded
// (last error: not found)".
func WaitReceipt(ctx context.Context, r ReceiptReader, txHash common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = DefaultReceiptPoll
	}
	var t *time.Ticker
	var last error
	for {
		rcpt, err := r.TransactionReceipt(ctx, txHash)
		switch {
		case err == nil && rcpt != nil:
			return rcpt, nil
		case err == nil:
			last = ethereum.NotFound // a node that answers null without an error
		default:
			last = err
		}
		if t == nil {
			t = time.NewTicker(poll)
			defer t.Stop()
		}
		select {
		case <-ctx.Done():
			if errors.Is(last, ctx.Err()) {
				return nil, fmt.Errorf("receipt of %s: %w", txHash.Hex(), ctx.Err())
			}
			return nil, fmt.Errorf("receipt of %s: %w (last error: %v)", txHash.Hex(), ctx.Err(), last)
		case <-t.C:
		}
	}
}
