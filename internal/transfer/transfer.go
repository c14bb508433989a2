// Package transfer is the user's side of the bridge: it sends transfer
// requests to a Bridge contract (native coin, ERC-20 in one or two steps,
// ERC-721 in one or two steps) and follows them until the other chain's
// Bridge has handled them. Run does a whole transfer as a person asks for it
// (a Spec: the options of `servicechain transfer`), reporting each step to a
// progress callback, so the command line and a console show the same thing;
// Native, ERC20, ERC721, WaitRequest and WaitHandled are its parts, which
// the benchmark and the tests use. Wallets do the same with any Ethereum
// library.
package transfer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/chain"
)

// Backend is what the package needs from a chain connection (an
// ethclient.Client, a simulated backend client or the multi-endpoint chain client).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	BlockNumber(ctx context.Context) (uint64, error)
}

var (
	bridgeABI = bindings.NewBridge()
	tokenABI  = bindings.NewServiceChainToken()
	nftABI    = bindings.NewServiceChainNFT()
)

// Request is a request transaction once mined: its request nonce on the
// source bridge and where it is.
type Request struct {
	TxHash      common.Hash
	BlockNumber uint64
	Nonce       uint64
	GasUsed     uint64
}

// Native sends requestNativeTransfer: value wei to `to` on the other chain,
// paying feeLimit wei on top (the bridge keeps nativeFee and refunds the rest;
// nil feeLimit means the current nativeFee). It returns the unmined tx.
func Native(ctx context.Context, b Backend, opts *bind.TransactOpts, bridgeAddr, to common.Address, value, feeLimit *big.Int, extraData []byte) (*types.Transaction, error) {
	if value == nil || value.Sign() <= 0 {
		return nil, fmt.Errorf("transfer: native amount %v: expected a positive number of wei", value)
	}
	inst := bridgeABI.Instance(b, bridgeAddr)
	if feeLimit == nil {
		fee, err := client.NewBridge(b, bridgeAddr).NativeFee(ctx)
		if err != nil {
			return nil, fmt.Errorf("transfer: %w", err)
		}
		feeLimit = fee
	}
	o := *opts
	o.Context = ctx
	o.Value = new(big.Int).Add(value, feeLimit)
	tx, err := bind.Transact(inst, &o, bridgeABI.PackRequestNativeTransfer(to, value, nonNil(extraData)))
	if err != nil {
		return nil, fmt.Errorf("transfer: requestNativeTransfer: %w", explain(err))
	}
	return tx, nil
}

// ERC20 requests an ERC-20 transfer of value (smallest unit) to `to`. With
// oneStep it calls the token's ERC-1363 transferAndCall(bridge, value+fee,
// abi.encode(to, fee, extraData)); otherwise it approves value+fee and calls
// requestERC20Transfer (two transactions; the approval is waited for). The
// fee limit is the bridge's current erc20Fee for the token. It returns the
// request tx (unmined).
func ERC20(ctx context.Context, b Backend, opts *bind.TransactOpts, bridgeAddr, token, to common.Address, value *big.Int, oneStep bool, extraData []byte) (*types.Transaction, error) {
	return erc20(ctx, b, opts, bridgeAddr, token, to, value, oneStep, extraData, nil)
}

// erc20 is ERC20 calling beforeRequest (when not nil) right before it sends
// the request transaction, after the approval.
func erc20(ctx context.Context, b Backend, opts *bind.TransactOpts, bridgeAddr, token, to common.Address, value *big.Int, oneStep bool, extraData []byte, beforeRequest func() error) (*types.Transaction, error) {
	if value == nil || value.Sign() <= 0 {
		return nil, fmt.Errorf("transfer: ERC-20 amount %v: expected a positive number", value)
	}
	fee, err := client.NewBridge(b, bridgeAddr).ERC20Fee(ctx, token)
	if err != nil {
		return nil, fmt.Errorf("transfer: fee of token %s: %w", token, err)
	}
	total := new(big.Int).Add(value, fee)
	tokenInst := tokenABI.Instance(b, token)
	o := *opts
	o.Context = ctx
	if oneStep {
		if err := call(beforeRequest); err != nil {
			return nil, err
		}
		data := bindings.ERC20TransferData(to, fee, nonNil(extraData))
		tx, err := bind.Transact(tokenInst, &o, tokenABI.PackTransferAndCall0(bridgeAddr, total, data))
		if err != nil {
			return nil, fmt.Errorf("transfer: transferAndCall on token %s: %w", token, explain(err))
		}
		return tx, nil
	}
	approve, err := bind.Transact(tokenInst, &o, tokenABI.PackApprove(bridgeAddr, total))
	if err != nil {
		return nil, fmt.Errorf("transfer: approve on token %s: %w", token, explain(err))
	}
	if err := waitOK(ctx, b, approve, "approve"); err != nil {
		return nil, err
	}
	if err := call(beforeRequest); err != nil {
		return nil, err
	}
	o.Nonce = nextNonce(opts.Nonce)
	tx, err := bind.Transact(bridgeABI.Instance(b, bridgeAddr), &o, bridgeABI.PackRequestERC20Transfer(token, to, value, fee, nonNil(extraData)))
	if err != nil {
		return nil, fmt.Errorf("transfer: requestERC20Transfer: %w", explain(err))
	}
	return tx, nil
}

// ERC721 requests an ERC-721 transfer of tokenID to `to`. With oneStep it
// calls safeTransferFrom(from, bridge, tokenID, abi.encode(to, extraData));
// otherwise it approves the bridge and calls requestERC721Transfer. The token
// URI travels with the request. It returns the request tx (unmined).
func ERC721(ctx context.Context, b Backend, opts *bind.TransactOpts, bridgeAddr, token, to common.Address, tokenID *big.Int, oneStep bool, extraData []byte) (*types.Transaction, error) {
	return erc721(ctx, b, opts, bridgeAddr, token, to, tokenID, oneStep, extraData, nil)
}

// erc721 is ERC721 calling beforeRequest (when not nil) right before it
// sends the request transaction, after the approval.
func erc721(ctx context.Context, b Backend, opts *bind.TransactOpts, bridgeAddr, token, to common.Address, tokenID *big.Int, oneStep bool, extraData []byte, beforeRequest func() error) (*types.Transaction, error) {
	if tokenID == nil || tokenID.Sign() < 0 {
		return nil, fmt.Errorf("transfer: ERC-721 token id %v: expected a non-negative integer", tokenID)
	}
	nftInst := nftABI.Instance(b, token)
	o := *opts
	o.Context = ctx
	if oneStep {
		if err := call(beforeRequest); err != nil {
			return nil, err
		}
		data := bindings.ERC721TransferData(to, nonNil(extraData))
		tx, err := bind.Transact(nftInst, &o, nftABI.PackSafeTransferFrom0(opts.From, bridgeAddr, tokenID, data))
		if err != nil {
			return nil, fmt.Errorf("transfer: safeTransferFrom on token %s: %w", token, explain(err))
		}
		return tx, nil
	}
	approve, err := bind.Transact(nftInst, &o, nftABI.PackApprove(bridgeAddr, tokenID))
	if err != nil {
		return nil, fmt.Errorf("transfer: approve token id %s on %s: %w", tokenID, token, explain(err))
	}
	if err := waitOK(ctx, b, approve, "approve"); err != nil {
		return nil, err
	}
	if err := call(beforeRequest); err != nil {
		return nil, err
	}
	o.Nonce = nextNonce(opts.Nonce)
	tx, err := bind.Transact(bridgeABI.Instance(b, bridgeAddr), &o, bridgeABI.PackRequestERC721Transfer(token, to, tokenID, nonNil(extraData)))
	if err != nil {
		return nil, fmt.Errorf("transfer: requestERC721Transfer: %w", explain(err))
	}
	return tx, nil
}

// call runs f when it is not nil.
func call(f func() error) error {
	if f == nil {
		return nil
	}
	return f()
}

// nextNonce advances an explicitly managed nonce (nil: let the backend pick).
func nextNonce(n *big.Int) *big.Int {
	if n == nil {
		return nil
	}
	return new(big.Int).Add(n, big.NewInt(1))
}

// waitOK waits for tx (an approval: what) to be mined and to have succeeded.
func waitOK(ctx context.Context, b Backend, tx *types.Transaction, what string) error {
	rcpt, err := chain.WaitReceipt(ctx, b, tx.Hash(), Poll)
	if err != nil {
		return fmt.Errorf("transfer: waiting for %s tx: %w", what, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transfer: %s tx %s reverted", what, tx.Hash())
	}
	return nil
}

// WaitRequest waits for a request tx to be mined and returns its request
// nonce, read from the RequestValueTransfer(WithURI) event of bridgeAddr.
// Errors: the tx reverted, or it holds no request event of that bridge.
func WaitRequest(ctx context.Context, b Backend, bridgeAddr common.Address, tx *types.Transaction) (*Request, error) {
	rcpt, err := chain.WaitReceipt(ctx, b, tx.Hash(), Poll)
	if err != nil {
		return nil, fmt.Errorf("transfer: waiting for the request tx: %w", err)
	}
	return RequestFromReceipt(rcpt, bridgeAddr)
}

// RequestFromReceipt extracts the request nonce from a mined request tx.
func RequestFromReceipt(rcpt *types.Receipt, bridgeAddr common.Address) (*Request, error) {
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transfer: request tx %s reverted (block %d)", rcpt.TxHash, rcpt.BlockNumber)
	}
	for _, l := range rcpt.Logs {
		if l.Address != bridgeAddr || len(l.Topics) == 0 {
			continue
		}
		if ev, err := bridgeABI.UnpackRequestValueTransferEvent(l); err == nil {
			return &Request{TxHash: rcpt.TxHash, BlockNumber: rcpt.BlockNumber.Uint64(), Nonce: ev.RequestNonce, GasUsed: rcpt.GasUsed}, nil
		}
		if ev, err := bridgeABI.UnpackRequestValueTransferWithURIEvent(l); err == nil {
			return &Request{TxHash: rcpt.TxHash, BlockNumber: rcpt.BlockNumber.Uint64(), Nonce: ev.RequestNonce, GasUsed: rcpt.GasUsed}, nil
		}
	}
	return nil, fmt.Errorf("transfer: tx %s has no request event of bridge %s", rcpt.TxHash, bridgeAddr)
}

// Progress is the destination side of one request nonce.
type Progress struct {
	// Votes is the number of distinct operators that voted (HandleVote events).
	Votes int
	// Threshold is the destination's ValueTransfer threshold.
	Threshold uint8
	// Handled tells whether the nonce is handled; then HandleTx and
	// HandleBlock locate the HandleValueTransfer event.
	Handled     bool
	HandleTx    common.Hash
	HandleBlock uint64
	// Failures counts the payout tries that failed on the destination
	// (HandleFailed: the nonce stays open and is retried) and FailReason is
	// the last one's reason, decoded (issue 12).
	Failures   int
	FailReason string
	// Refunded tells that the nonce was closed by a refund instead of a
	// payout (Handled is true too); RefundTx and RefundBlock locate its
	// HandleRefunded event, RefundNonce is the destination's refund request
	// that carries the value back to the sender.
	Refunded    bool
	RefundNonce *uint64
	RefundTx    common.Hash
	RefundBlock uint64
}

// Status reads a nonce's progress on the destination bridge, looking for
// vote and handle events from block `from` on (use the destination head at
// request time to keep the log query small).
func Status(ctx context.Context, b Backend, dstBridge common.Address, nonce uint64, from uint64) (*Progress, error) {
	p := &Progress{}
	var err error
	dst := client.NewBridge(b, dstBridge)
	if p.Threshold, err = dst.Threshold(ctx, bindings.VoteValueTransfer); err != nil {
		return nil, fmt.Errorf("transfer: destination threshold: %w", err)
	}
	if p.Handled, err = dst.Handled(ctx, nonce); err != nil {
		return nil, fmt.Errorf("transfer: destination nonce %d: %w", nonce, err)
	}
	nonceTopic := common.BigToHash(new(big.Int).SetUint64(nonce))
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{dstBridge},
		Topics:    [][]common.Hash{{bridgeABI.GetABI().Events["HandleVote"].ID}, {nonceTopic}},
	})
	if err != nil {
		return nil, fmt.Errorf("transfer: vote events: %w", err)
	}
	voters := map[common.Address]bool{}
	for i := range logs {
		if ev, err := bridgeABI.UnpackHandleVoteEvent(&logs[i]); err == nil {
			voters[ev.Operator] = true
		}
	}
	p.Votes = len(voters)
	if err := readOutcome(ctx, b, dstBridge, nonce, from, p); err != nil {
		return nil, err
	}
	if p.Handled && !p.Refunded {
		logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			Addresses: []common.Address{dstBridge},
			Topics:    [][]common.Hash{{bridgeABI.GetABI().Events["HandleValueTransfer"].ID}},
		})
		if err == nil {
			for i := range logs {
				if ev, err := bridgeABI.UnpackHandleValueTransferEvent(&logs[i]); err == nil && ev.HandleNonce == nonce {
					p.HandleTx, p.HandleBlock = logs[i].TxHash, logs[i].BlockNumber
				}
			}
		}
	}
	return p, nil
}

// WaitHandled polls Status every poll until the nonce is closed (handled, or
// refunded: Progress.Refunded) or ctx ends; onProgress (may be nil) is called
// whenever the vote count or the failed payout tries change.
func WaitHandled(ctx context.Context, b Backend, dstBridge common.Address, nonce, from uint64, poll time.Duration, onProgress func(*Progress)) (*Progress, error) {
	last := ""
	for {
		p, err := Status(ctx, b, dstBridge, nonce, from)
		if err == nil {
			if key := progressKey(p); onProgress != nil && key != last {
				onProgress(p)
				last = key
			}
			if p.Handled {
				return p, nil
			}
		}
		select {
		case <-ctx.Done():
			if err != nil {
				return nil, fmt.Errorf("transfer: nonce %d not handled: %w (last error: %v)", nonce, ctx.Err(), err)
			}
			return p, fmt.Errorf("transfer: nonce %d not handled (%d of %d votes): %w", nonce, p.Votes, p.Threshold, ctx.Err())
		case <-time.After(poll):
		}
	}
}

// explain adds the decoded contract error to a revert from gas estimation.
func explain(err error) error {
	if data, ok := bindings.RevertData(err); ok && len(data) >= 4 {
		return fmt.Errorf("%w: %s", err, bindings.DecodeRevert(data))
	}
	return err
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
