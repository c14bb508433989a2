// Package deploy deploys and wires the servicechain contracts (Bridge on both chains, Anchor on the parent chain,
// the sample ServiceChainToken and ServiceChainNFT) through the abigen v2 bindings in contracts/bindings. It is used
// by tests, the devnet and the `servicechain deploy` CLI.
//
// Every function sends its transaction(s), waits for the receipt(s) and fails when a transaction reverts; errors
// name the step that failed and carry the decoded revert reason when the node returned one. Setup does a complete
// two-chain deployment; Redeploy replaces one bridge of a deployed pair (redeploy.go); the smaller functions (DeployBridge, RegisterOperator, SetThreshold, RegisterToken, ...)
// do one step each.
//
// Receipts are polled every PollInterval (100 ms, chain.WaitReceipt) rather than with bind.WaitMined's fixed
// one-second period, so a setup on an instant-mining dev chain takes well under a second per phase.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/chain"
)

// Backend is what deploy needs from a chain connection: go-ethereum's bind/v2 ContractBackend and DeployBackend.
// *ethclient.Client, the simulated backend's client and the project's *chain.Client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// PollInterval is how often receipts are polled while waiting for a transaction.
const PollInterval = 100 * time.Millisecond

// TxError reports a transaction that was refused by the node or mined with status 0.
type TxError struct {
	Step    string         // what was being done, e.g. "parent: register operator 0xAb… on bridge 0xCd…"
	TxHash  common.Hash    // zero when the transaction was never sent
	Receipt *types.Receipt // nil when the transaction was never mined
	Reason  string         // decoded revert reason ("" when unknown)
	Err     error          // underlying error (send, wait or revert)
}

func (e *TxError) Error() string {
	msg := e.Step + ": "
	if e.TxHash != (common.Hash{}) {
		msg += "tx " + e.TxHash.Hex() + ": "
	}
	msg += e.Err.Error()
	if e.Reason != "" {
		msg += " (" + e.Reason + ")"
	}
	return msg
}

func (e *TxError) Unwrap() error { return e.Err }

// ErrReverted is wrapped by a TxError whose transaction was mined with status 0.
var ErrReverted = errors.New("transaction reverted")

// sender sends transactions of one account on one chain with locally assigned nonces, so several independent
// transactions can be in flight and be waited for together.
type sender struct {
	b       Backend
	auth    *bind.TransactOpts
	label   string // "parent" / "child", prefixed to steps
	nonce   uint64
	pending []pendingTx
}

type pendingTx struct {
	step string
	tx   *types.Transaction
	msg  ethereum.CallMsg
}

func newSender(ctx context.Context, b Backend, auth *bind.TransactOpts, label string) (*sender, error) {
	if b == nil {
		return nil, fmt.Errorf("%s: backend is nil", label)
	}
	if auth == nil || auth.Signer == nil {
		return nil, fmt.Errorf("%s: transact opts are nil or have no signer", label)
	}
	nonce, err := b.PendingNonceAt(ctx, auth.From)
	if err != nil {
		return nil, fmt.Errorf("%s: read nonce of %s: %w", label, auth.From, err)
	}
	return &sender{b: b, auth: auth, label: label, nonce: nonce}, nil
}

func (s *sender) opts(ctx context.Context, value *big.Int) *bind.TransactOpts {
	o := *s.auth
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	o.Value = value
	o.NoSend = false
	return &o
}

func (s *sender) step(what string) string {
	if s.label == "" {
		return what
	}
	return s.label + ": " + what
}

// send queues a call of `to` with `data` and `value` wei (nil = 0). Gas is estimated against the current chain
// state, so the call must not depend on another transaction still pending.
func (s *sender) send(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) error {
	c := bind.NewBoundContract(to, abi.ABI{}, s.b, s.b, s.b)
	tx, err := bind.Transact(c, s.opts(ctx, value), data)
	if err != nil {
		return sendError(s.step(what), err)
	}
	s.nonce++
	s.pending = append(s.pending, pendingTx{step: s.step(what), tx: tx,
		msg: ethereum.CallMsg{From: s.auth.From, To: &to, Data: data, Value: value, Gas: tx.Gas()}})
	return nil
}

// deploy queues a contract creation and returns the address the contract will have.
func (s *sender) deploy(ctx context.Context, what string, md *bind.MetaData, ctorInput []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(s.opts(ctx, nil), common.FromHex(md.Bin), s.b, ctorInput)
	if err != nil {
		return common.Address{}, sendError(s.step(what), err)
	}
	s.nonce++
	s.pending = append(s.pending, pendingTx{step: s.step(what), tx: tx,
		msg: ethereum.CallMsg{From: s.auth.From, Data: append(common.FromHex(md.Bin), ctorInput...), Gas: tx.Gas()}})
	return addr, nil
}

// wait waits for every queued transaction and returns the receipts in queue order; the first failure is returned
// (after all of them were waited for, so the local nonce stays in step with the chain).
func (s *sender) wait(ctx context.Context) ([]*types.Receipt, error) {
	pend := s.pending
	s.pending = nil
	receipts := make([]*types.Receipt, len(pend))
	var first error
	for i, p := range pend {
		r, err := chain.WaitReceipt(ctx, s.b, p.tx.Hash(), PollInterval)
		if err != nil {
			if first == nil {
				first = &TxError{Step: p.step, TxHash: p.tx.Hash(), Err: fmt.Errorf("wait for receipt: %w", err)}
			}
			continue
		}
		receipts[i] = r
		if r.Status != types.ReceiptStatusSuccessful && first == nil {
			first = &TxError{Step: p.step, TxHash: p.tx.Hash(), Receipt: r,
				Err:    fmt.Errorf("%w in block %d (gas used %d of %d)", ErrReverted, r.BlockNumber, r.GasUsed, p.tx.Gas()),
				Reason: replayReason(ctx, s.b, p.msg, r.BlockNumber)}
		}
	}
	return receipts, first
}

// one sends a single call and waits for it.
func (s *sender) one(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if err := s.send(ctx, what, to, data, value); err != nil {
		return nil, err
	}
	rs, err := s.wait(ctx)
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

func sendError(step string, err error) error {
	te := &TxError{Step: step, Err: err}
	if data, ok := bindings.RevertData(err); ok {
		te.Reason = bindings.DecodeRevert(data)
	}
	return te
}

// replayReason re-executes a reverted call on the state before its block to recover the revert reason. Best
// effort: transactions earlier in the same block are not replayed, and "" is returned when nothing is learnt.
func replayReason(ctx context.Context, b Backend, msg ethereum.CallMsg, block *big.Int) string {
	var at *big.Int
	if block != nil && block.Sign() > 0 {
		at = new(big.Int).Sub(block, big.NewInt(1))
	}
	_, err := b.CallContract(ctx, msg, at)
	if err == nil {
		return ""
	}
	if data, ok := bindings.RevertData(err); ok {
		return bindings.DecodeRevert(data)
	}
	return err.Error()
}
