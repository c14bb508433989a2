package engine

import (
	"errors"
	"fmt"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Payload status sentinels. A call whose payload status is not VALID returns a
// *StatusError that matches one of these with errors.Is (execution-apis
// src/engine/paris.md, PayloadStatusV1).
var (
	// ErrInvalid: the payload (or the forkchoice head) failed validation.
	ErrInvalid = errors.New("engine: payload status INVALID")
	// ErrSyncing: the execution node lacks the parent or the head and is
	// syncing (or waiting to be told a head it knows); nothing was imported.
	ErrSyncing = errors.New("engine: payload status SYNCING")
	// ErrAccepted: the payload was stored but not executed (its parent state
	// is missing, or it is on a side chain).
	ErrAccepted = errors.New("engine: payload status ACCEPTED")
	// ErrUnknownStatus: a status string that is none of the four defined ones.
	ErrUnknownStatus = errors.New("engine: unknown payload status")
)

// Engine API error codes as sentinels (execution-apis src/engine/common.md,
// "Errors"). An *RPCError with the same code matches with errors.Is.
var (
	ErrUnknownPayload           = &RPCError{Code: -38001, Message: "Unknown payload"}
	ErrInvalidForkchoiceState   = &RPCError{Code: -38002, Message: "Invalid forkchoice state"}
	ErrInvalidPayloadAttributes = &RPCError{Code: -38003, Message: "Invalid payload attributes"}
	ErrTooLargeRequest          = &RPCError{Code: -38004, Message: "Too large request"}
	ErrUnsupportedFork          = &RPCError{Code: -38005, Message: "Unsupported fork"}
	ErrTooDeepReorg             = &RPCError{Code: -38006, Message: "Too deep reorg"}
	ErrInvalidParams            = &RPCError{Code: -32602, Message: "Invalid parameters"}
	ErrMethodNotFound           = &RPCError{Code: -32601, Message: "Method not found"}
)

// StatusError is a payload status other than VALID, from newPayload or
// forkchoiceUpdated.
type StatusError struct {
	// Method is the Engine API method that answered ("engine_newPayloadV4").
	Method string
	// Status is the answer as received.
	Status ethengine.PayloadStatusV1
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("engine: %s: status %s", e.Method, e.Status.Status)
	if e.Status.LatestValidHash != nil {
		msg += fmt.Sprintf(", latest valid hash %s", e.Status.LatestValidHash)
	}
	if e.Status.ValidationError != nil {
		msg += ": " + *e.Status.ValidationError
	}
	return msg
}

// Is matches ErrInvalid, ErrSyncing, ErrAccepted or ErrUnknownStatus.
func (e *StatusError) Is(target error) bool {
	switch e.Status.Status {
	case ethengine.INVALID:
		return target == ErrInvalid
	case ethengine.SYNCING:
		return target == ErrSyncing
	case ethengine.ACCEPTED:
		return target == ErrAccepted
	case ethengine.VALID:
		return false
	}
	return target == ErrUnknownStatus
}

// LatestValidHash is the status's latestValidHash, or the zero hash.
func (e *StatusError) LatestValidHash() common.Hash {
	if e.Status.LatestValidHash == nil {
		return common.Hash{}
	}
	return *e.Status.LatestValidHash
}

// CheckStatus returns nil for a VALID status and a *StatusError naming method
// otherwise.
func CheckStatus(method string, s ethengine.PayloadStatusV1) error {
	if s.Status == ethengine.VALID {
		return nil
	}
	return &StatusError{Method: method, Status: s}
}

// RPCError is a JSON-RPC error answer of the execution node.
type RPCError struct {
	// Method is the method called ("" in the sentinels).
	Method string
	// Code is the JSON-RPC error code (-38001 unknown payload, ...).
	Code int
	// Message is the error message as sent.
	Message string
	// Data is the error's data member, if any (go-ethereum puts the cause there).
	Data any
}

func (e *RPCError) Error() string {
	msg := fmt.Sprintf("engine: %s: %s (code %d)", e.Method, e.Message, e.Code)
	if e.Method == "" {
		msg = fmt.Sprintf("engine: %s (code %d)", e.Message, e.Code)
	}
	if e.Data != nil {
		msg += fmt.Sprintf(": %v", e.Data)
	}
	return msg
}

// Is matches another *RPCError with the same code (the sentinels above).
func (e *RPCError) Is(target error) bool {
	t, ok := target.(*RPCError)
	return ok && t.Code == e.Code
}

// wrapCallError turns an rpc.Error answer into an *RPCError and labels any
// other failure (transport, timeout, decode) with the method.
func wrapCallError(method string, err error) error {
	if err == nil {
		return nil
	}
	var re rpc.Error
	if errors.As(err, &re) {
		out := &RPCError{Method: method, Code: re.ErrorCode(), Message: re.Error()}
		var de rpc.DataError
		if errors.As(err, &de) {
			out.Data = de.ErrorData()
		}
		return out
	}
	return fmt.Errorf("engine: %s: %w", method, err)
}
