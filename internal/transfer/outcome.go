package transfer

// Failed and refunded transfers (issue 12): a payout that fails on the
// destination (HandleFailed) leaves the nonce open and is retried; one that
// can never succeed is refunded by the operators' vote (HandleRefunded),
// and the destination's refund request carries the value back to the
// sender on the source chain.

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
)

// ErrRefunded is wrapped by Run's error when the transfer was refunded
// instead of paid out: the value went back to the sender on the source
// chain (Result.Refunded, RefundNonce, ReturnTx say where).
var ErrRefunded = errors.New("transfer refunded")

// readOutcome adds to p what the destination's events say about failures
// and a refund of nonce, from block `from` on: the failed payout tries
// (HandleFailed) with the last reason, decoded, and whether the nonce was
// closed by a refund (refundedNonces) with its HandleRefunded event.
func readOutcome(ctx context.Context, b Backend, dstBridge common.Address, nonce, from uint64, p *Progress) error {
	nonceTopic := common.BigToHash(new(big.Int).SetUint64(nonce))
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{dstBridge},
		Topics:    [][]common.Hash{{bridgeABI.GetABI().Events["HandleFailed"].ID, bridgeABI.GetABI().Events["HandleRefunded"].ID}, {nonceTopic}},
	})
	if err != nil {
		return fmt.Errorf("transfer: failure and refund events: %w", err)
	}
	p.Failures = 0
	for i := range logs {
		if ev, err := bridgeABI.UnpackHandleFailedEvent(&logs[i]); err == nil && ev.RequestNonce == nonce {
			p.Failures++
			p.FailReason = bindings.DecodeRevert(ev.Reason)
		} else if ev, err := bridgeABI.UnpackHandleRefundedEvent(&logs[i]); err == nil && ev.HandleNonce == nonce {
			n := ev.RefundRequestNonce
			p.RefundNonce, p.RefundTx, p.RefundBlock = &n, logs[i].TxHash, logs[i].BlockNumber
		}
	}
	if p.Handled {
		refunded, err := client.NewBridge(b, dstBridge).Refunded(ctx, nonce)
		if err != nil {
			return fmt.Errorf("transfer: destination refundedNonces(%d): %w", nonce, err)
		}
		p.Refunded = refunded
	}
	return nil
}

// progressKey changes whenever WaitHandled should report progress again:
// a vote, a failed payout try, a refund.
func progressKey(p *Progress) string {
	return fmt.Sprintf("%d/%d/%v", p.Votes, p.Failures, p.Refunded)
}

// followRefund waits, after the destination refunded the transfer, until
// the source bridge has paid the refund request home, and records it in
// res (Run's last step for a refunded transfer).
func followRefund(ctx context.Context, src Backend, srcBridge common.Address, res *Result, fromBlock uint64) error {
	if res.RefundNonce == nil {
		return fmt.Errorf("transfer: nonce %d refunded but its HandleRefunded event was not found", res.RequestNonce)
	}
	home, err := WaitHandled(ctx, src, srcBridge, *res.RefundNonce, fromBlock, Poll, nil)
	if err != nil {
		return fmt.Errorf("refund request %d (the value on its way back): %w", *res.RefundNonce, err)
	}
	res.ReturnTx, res.ReturnBlock = home.HandleTx, home.HandleBlock
	return nil
}
