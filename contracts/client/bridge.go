package client

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// bridgeABI holds only the parsed ABI; sharing it is safe.
var bridgeABI = bindings.NewBridge()

// Bridge is a typed, read-only client of one Bridge contract.
type Bridge struct{ k contract }

// NewBridge returns a client of the Bridge at addr, reached through c.
func NewBridge(c Caller, addr common.Address) *Bridge {
	return &Bridge{k: contract{c: c, addr: addr, name: "Bridge"}}
}

// Address returns the contract's address.
func (b *Bridge) Address() common.Address { return b.k.addr }

// RequestNonce is the next request nonce the bridge assigns (requestNonce):
// requests 0 .. RequestNonce-1 were made on it.
func (b *Bridge) RequestNonce(ctx context.Context) (uint64, error) {
	return call(ctx, b.k, "requestNonce", bridgeABI.PackRequestNonce(), bridgeABI.UnpackRequestNonce)
}

// LowerHandleNonce is the lowest request nonce of the counterpart not yet
// handled here (lowerHandleNonce): every nonce below it is handled.
func (b *Bridge) LowerHandleNonce(ctx context.Context) (uint64, error) {
	return call(ctx, b.k, "lowerHandleNonce", bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce)
}

// UpperHandleNonce is one above the highest nonce handled here (upperHandleNonce).
func (b *Bridge) UpperHandleNonce(ctx context.Context) (uint64, error) {
	return call(ctx, b.k, "upperHandleNonce", bridgeABI.PackUpperHandleNonce(), bridgeABI.UnpackUpperHandleNonce)
}

// Epoch is the bridge's vote epoch (epoch()): it starts anew with every
// change of the operator set, a threshold or the counterpart, and only votes
// and signatures of the current epoch count (issue 13).
func (b *Bridge) Epoch(ctx context.Context) (uint64, error) {
	return call(ctx, b.k, "epoch", bridgeABI.PackEpoch(), bridgeABI.UnpackEpoch)
}

// RecoveryBlockNumber is the counterpart block from which requests not yet
// handled here must be re-read (recoveryBlockNumber, seed 002).
func (b *Bridge) RecoveryBlockNumber(ctx context.Context) (uint64, error) {
	return call(ctx, b.k, "recoveryBlockNumber", bridgeABI.PackRecoveryBlockNumber(), bridgeABI.UnpackRecoveryBlockNumber)
}

// Operators is the operator list in contract order (getOperatorList), the
// order of the voting duty rotation.
func (b *Bridge) Operators(ctx context.Context) ([]common.Address, error) {
	return call(ctx, b.k, "getOperatorList", bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
}

// Threshold is the number of matching votes a vote of voteType needs
// (operatorThresholds; bindings.VoteValueTransfer or VoteConfiguration).
func (b *Bridge) Threshold(ctx context.Context, voteType uint8) (uint8, error) {
	return call(ctx, b.k, "operatorThresholds", bridgeABI.PackOperatorThresholds(voteType), bridgeABI.UnpackOperatorThresholds)
}

// Roster is an operator list and the threshold that goes with it.
type Roster struct {
	Operators []common.Address
	Threshold uint8
}

// ValueTransferRoster reads the operator list and the value-transfer
// threshold (two calls): who votes on handles and how many votes count.
func (b *Bridge) ValueTransferRoster(ctx context.Context) (Roster, error) {
	ops, err := b.Operators(ctx)
	if err != nil {
		return Roster{}, err
	}
	k, err := b.Threshold(ctx, bindings.VoteValueTransfer)
	if err != nil {
		return Roster{}, err
	}
	return Roster{Operators: ops, Threshold: k}, nil
}

// IsOperator reports whether account is an operator (isOperator).
func (b *Bridge) IsOperator(ctx context.Context, account common.Address) (bool, error) {
	return call(ctx, b.k, "isOperator", bridgeABI.PackIsOperator(account), bridgeABI.UnpackIsOperator)
}

// HandleStatus is the answer of handleStatus(nonce, operator).
type HandleStatus struct {
	// Handled: the nonce is closed (paid out).
	Handled bool
	// Voted: the operator has a vote for the nonce in the current epoch;
	// VotedKey is the vote key it voted for and VotesForKey how many votes
	// that key has.
	Voted       bool
	VotedKey    common.Hash
	VotesForKey uint8
	// Threshold is the value-transfer threshold now.
	Threshold uint8
	// Epoch is the bridge's vote epoch now (issue 13): it changes with the
	// operator set, a threshold or the counterpart, and only votes of the
	// current epoch count; it is part of the vote key.
	Epoch uint64
}

// HandleStatus reads, in one call, whether nonce is handled and whether
// operator voted on it (handleStatus).
func (b *Bridge) HandleStatus(ctx context.Context, nonce uint64, operator common.Address) (HandleStatus, error) {
	return call(ctx, b.k, "handleStatus", bridgeABI.PackHandleStatus(nonce, operator), unpackHandleStatus)
}

// unpackHandleStatus decodes a handleStatus answer into HandleStatus.
func unpackHandleStatus(data []byte) (HandleStatus, error) {
	s, err := bridgeABI.UnpackHandleStatus(data)
	if err != nil {
		return HandleStatus{}, err
	}
	return HandleStatus{Handled: s.Handled, Voted: s.Voted, VotedKey: s.VotedKey, VotesForKey: s.VotesForKey, Threshold: s.Threshold, Epoch: s.Epoch}, nil
}

// BatchCaller runs many read-only calls at the latest block in one request
// (a JSON-RPC batch): *chain.Client satisfies it. It returns each call's
// data and error by index, and the batch's own error.
type BatchCaller interface {
	BatchCallContract(ctx context.Context, msgs []ethereum.CallMsg) ([][]byte, []error, error)
}

// HandleStatuses is HandleStatus for each of nonces, with the answers and
// errors by index. When the Caller is a BatchCaller the calls go out as one
// JSON-RPC batch (at most 100 nonces: chain.MaxBatchCalls), otherwise one
// call each; a failed batch gives every nonce its error.
func (b *Bridge) HandleStatuses(ctx context.Context, nonces []uint64, operator common.Address) ([]HandleStatus, []error) {
	out := make([]HandleStatus, len(nonces))
	errs := make([]error, len(nonces))
	bc, ok := b.k.c.(BatchCaller)
	if !ok {
		for i, n := range nonces {
			out[i], errs[i] = b.HandleStatus(ctx, n, operator)
		}
		return out, errs
	}
	msgs := make([]ethereum.CallMsg, len(nonces))
	for i, n := range nonces {
		msgs[i] = ethereum.CallMsg{To: &b.k.addr, Data: bridgeABI.PackHandleStatus(n, operator)}
	}
	data, callErrs, err := bc.BatchCallContract(ctx, msgs)
	for i := range nonces {
		var raw []byte
		e := err
		if e == nil {
			raw, e = data[i], callErrs[i]
		}
		out[i], errs[i] = decode(b.k, "handleStatus", raw, e, unpackHandleStatus)
	}
	return out, errs
}

// Handled reports whether nonce is handled (handledNonces).
func (b *Bridge) Handled(ctx context.Context, nonce uint64) (bool, error) {
	return call(ctx, b.k, "handledNonces", bridgeABI.PackHandledNonces(nonce), bridgeABI.UnpackHandledNonces)
}

// HandleVotes is the number of votes for vote key on nonce (handleVotes).
func (b *Bridge) HandleVotes(ctx context.Context, nonce uint64, key common.Hash) (uint8, error) {
	return call(ctx, b.k, "handleVotes", bridgeABI.PackHandleVotes(nonce, key), bridgeABI.UnpackHandleVotes)
}

// AttestationURL is the attestation endpoint URL operator announced
// (attestationURL; "" when it announced none or is not an operator).
func (b *Bridge) AttestationURL(ctx context.Context, operator common.Address) (string, error) {
	return call(ctx, b.k, "attestationURL", bridgeABI.PackAttestationURL(operator), bridgeABI.UnpackAttestationURL)
}

// Paused reports whether the bridge is paused (paused).
func (b *Bridge) Paused(ctx context.Context) (bool, error) {
	return call(ctx, b.k, "paused", bridgeABI.PackPaused(), bridgeABI.UnpackPaused)
}

// NativeFee is the fee of a native-coin request, in wei (nativeFee).
func (b *Bridge) NativeFee(ctx context.Context) (*big.Int, error) {
	return call(ctx, b.k, "nativeFee", bridgeABI.PackNativeFee(), bridgeABI.UnpackNativeFee)
}

// ERC20Fee is the fee of an ERC-20 request of token, in the token's smallest
// unit (erc20Fee).
func (b *Bridge) ERC20Fee(ctx context.Context, token common.Address) (*big.Int, error) {
	return call(ctx, b.k, "erc20Fee", bridgeABI.PackErc20Fee(token), bridgeABI.UnpackErc20Fee)
}

// CounterpartBridge is the bridge on the other chain (counterpartBridge).
func (b *Bridge) CounterpartBridge(ctx context.Context) (common.Address, error) {
	return call(ctx, b.k, "counterpartBridge", bridgeABI.PackCounterpartBridge(), bridgeABI.UnpackCounterpartBridge)
}

// CounterpartToken is the token on the other chain registered for token
// (counterpartToken; zero when token is not registered).
func (b *Bridge) CounterpartToken(ctx context.Context, token common.Address) (common.Address, error) {
	return call(ctx, b.k, "counterpartToken", bridgeABI.PackCounterpartToken(token), bridgeABI.UnpackCounterpartToken)
}

// Owner is the contract's owner (owner).
func (b *Bridge) Owner(ctx context.Context) (common.Address, error) {
	return call(ctx, b.k, "owner", bridgeABI.PackOwner(), bridgeABI.UnpackOwner)
}
