package txmgr

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrOutOfFunds is returned (wrapped, with the balance and the amount needed
	// in wei) by Send when the account cannot pay gas limit * fee cap + value on
	// top of what its pending transactions may cost. Funded reports false until
	// a later balance poll or Send finds enough.
	ErrOutOfFunds = errors.New("out of funds")

	// ErrWouldRevert is matched (errors.Is) by a *RevertError: the gas estimate
	// reverted, so nothing was sent.
	ErrWouldRevert = errors.New("transaction would revert")

	// ErrStopped is returned by Send before Start or after the manager stopped,
	// and is the error of transactions still pending when it stopped (they stay
	// in the journal and are reconciled by the next Start).
	ErrStopped = errors.New("tx manager stopped")

	// ErrReplaced is the error of a transaction whose nonce was used on chain by
	// a transaction that is none of the versions this manager signed (for
	// example one sent with the same key by another program).
	ErrReplaced = errors.New("nonce used by another transaction")

	// ErrNotDone is returned by Tx.Receipt while the transaction is pending.
	ErrNotDone = errors.New("transaction not done")
)

// RevertError is returned by Send when the gas estimate reverted. It matches
// ErrWouldRevert with errors.Is; get it with errors.As to decode Data, e.g.
// with the contract binding's UnpackError or by comparing the 4-byte selector.
type RevertError struct {
	// Data is the raw revert data: a 4-byte error selector and its ABI-encoded
	// arguments (for custom errors, Error(string) and Panic(uint256)); empty for
	// a bare revert() or when the node returned no data.
	Data []byte
	// Reason is the decoded message of an Error(string) or Panic(uint256)
	// revert, "" otherwise.
	Reason string
	// Err is the node's error.
	Err error
}

// Error describes the revert with its reason or data.
func (e *RevertError) Error() string {
	switch {
	case e.Reason != "":
		return fmt.Sprintf("%v: %s", ErrWouldRevert, e.Reason)
	case len(e.Data) > 0:
		return fmt.Sprintf("%v: revert data %s", ErrWouldRevert, hexutil.Encode(e.Data))
	default:
		return fmt.Sprintf("%v: %v", ErrWouldRevert, e.Err)
	}
}

// Is makes errors.Is(err, ErrWouldRevert) true.
func (e *RevertError) Is(target error) bool { return target == ErrWouldRevert }

// Unwrap returns the node's error.
func (e *RevertError) Unwrap() error { return e.Err }

// Selector returns the first 4 bytes of Data (the custom error's selector), or
// false when Data is shorter.
func (e *RevertError) Selector() ([4]byte, bool) {
	var sel [4]byte
	if len(e.Data) < 4 {
		return sel, false
	}
	copy(sel[:], e.Data)
	return sel, true
}

// asRevert turns a node error that reports an EVM revert into a *RevertError,
// or returns nil. go-ethereum answers a revert with JSON-RPC error code 3,
// message "execution reverted..." and the revert data as a hex string.
func asRevert(err error) *RevertError {
	var data []byte
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			data, _ = hexutil.Decode(s)
		}
	}
	if data == nil && !strings.Contains(err.Error(), "execution reverted") {
		return nil
	}
	reason, _ := abi.UnpackRevert(data)
	return &RevertError{Data: data, Reason: reason, Err: err}
}

// sendOutcome classifies the node's answer to eth_sendRawTransaction.
type sendOutcome int

const (
	sentOK           sendOutcome = iota
	sentAlreadyKnown             // the same signed transaction is already in the pool
	sentNonceTooLow              // the chain has passed this nonce
	sentNonceTooHigh             // some nodes refuse nonces beyond the next one
	sentUnderpriced              // the pool holds another tx with this nonce and a fee that is not beaten
	sentNoFunds                  // balance below gas * fee cap + value
	sentRejected                 // any other refusal by the node: the tx was not accepted
	sentUnknown                  // transport failure: the tx may or may not have reached the node
	sentNothing                  // not sent: journaling failed or the context ended first
)

// classifySend matches the pool errors of go-ethereum (core and txpool
// packages), whose messages are what JSON-RPC carries.
func classifySend(err error) sendOutcome {
	if err == nil {
		return sentOK
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "known transaction"):
		return sentAlreadyKnown
	case strings.Contains(msg, "nonce too low"):
		return sentNonceTooLow
	case strings.Contains(msg, "nonce too high"):
		return sentNonceTooHigh
	case strings.Contains(msg, "replacement transaction underpriced"):
		return sentUnderpriced
	case strings.Contains(msg, "insufficient funds"):
		return sentNoFunds
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		return sentRejected
	}
	return sentUnknown
}
