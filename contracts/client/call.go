package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Caller runs read-only calls: ethereum.ContractCaller, which
// *ethclient.Client, *chain.Client and go-ethereum's simulated client satisfy.
type Caller interface {
	// CallContract runs msg at blockNumber (nil = latest) and returns the
	// call's return data.
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// ErrNoContract is the cause of an *Error when a view returned no data: the
// address holds no contract (every view of the servicechain contracts
// returns at least one word).
var ErrNoContract = errors.New("no contract at this address (empty call result)")

// Error is the error of a client method: which view of which contract
// failed, and why (Err: the RPC error, ErrNoContract, or a decoding error).
// A revert of the view is the node's error in Err, so BridgeError and
// AnchorError see its data through Unwrap.
type Error struct {
	// Contract is "Bridge", "Anchor" or "ERC20".
	Contract string
	// Address is the contract's address.
	Address common.Address
	// Method is the Solidity name of the view ("lowerHandleNonce").
	Method string
	// Err is the cause.
	Err error
}

// Error renders "Bridge 0xAbc…: lowerHandleNonce: <cause>".
func (e *Error) Error() string {
	return fmt.Sprintf("%s %s: %s: %v", e.Contract, e.Address.Hex(), e.Method, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// contract is what both clients share: the caller, the address, the name.
type contract struct {
	c    Caller
	addr common.Address
	name string
}

// call runs one view (data is its packed calldata) and decodes the result.
func call[T any](ctx context.Context, k contract, method string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := k.c.CallContract(ctx, ethereum.CallMsg{To: &k.addr, Data: data}, nil)
	return decode(k, method, out, err, unpack)
}

// decode turns one view's answer (out, or the call's err) into its value or
// an *Error naming the view: an empty answer is ErrNoContract.
func decode[T any](k contract, method string, out []byte, err error, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	if err == nil && len(out) == 0 {
		err = ErrNoContract
	}
	if err == nil {
		v, uerr := unpack(out)
		if uerr == nil {
			return v, nil
		}
		err = fmt.Errorf("decoding the result: %w", uerr)
	}
	return zero, &Error{Contract: k.name, Address: k.addr, Method: method, Err: err}
}
