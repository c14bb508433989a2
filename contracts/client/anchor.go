package client

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

var anchorABI = bindings.NewAnchor()

// Anchor is a typed, read-only client of one Anchor contract.
type Anchor struct{ k contract }

// NewAnchor returns a client of the Anchor at addr, reached through c.
func NewAnchor(c Caller, addr common.Address) *Anchor {
	return &Anchor{k: contract{c: c, addr: addr, name: "Anchor"}}
}

// Address returns the contract's address.
func (a *Anchor) Address() common.Address { return a.k.addr }

// Operators is the operator list in contract order (getOperatorList), the
// order of the anchoring duty rotation.
func (a *Anchor) Operators(ctx context.Context) ([]common.Address, error) {
	return call(ctx, a.k, "getOperatorList", anchorABI.PackGetOperatorList(), anchorABI.UnpackGetOperatorList)
}

// Threshold is the number of matching votes that make a record final (threshold).
func (a *Anchor) Threshold(ctx context.Context) (uint8, error) {
	return call(ctx, a.k, "threshold", anchorABI.PackThreshold(), anchorABI.UnpackThreshold)
}

// Roster reads the operator list and the threshold (two calls).
func (a *Anchor) Roster(ctx context.Context) (Roster, error) {
	ops, err := a.Operators(ctx)
	if err != nil {
		return Roster{}, err
	}
	k, err := a.Threshold(ctx)
	if err != nil {
		return Roster{}, err
	}
	return Roster{Operators: ops, Threshold: k}, nil
}

// IsOperator reports whether account is an operator (isOperator).
func (a *Anchor) IsOperator(ctx context.Context, account common.Address) (bool, error) {
	return call(ctx, a.k, "isOperator", anchorABI.PackIsOperator(account), anchorABI.UnpackIsOperator)
}

// LatestAnchoredBlock is the highest child block number with a final anchor
// (latestAnchoredBlock; 0 when none).
func (a *Anchor) LatestAnchoredBlock(ctx context.Context) (uint64, error) {
	return call(ctx, a.k, "latestAnchoredBlock", anchorABI.PackLatestAnchoredBlock(), anchorABI.UnpackLatestAnchoredBlock)
}

// AnchorStatus is the answer of anchorStatus(blockNumber, operator).
type AnchorStatus struct {
	// Finalized: the block number has a final record.
	Finalized bool
	// Voted: the operator voted for a record of it.
	Voted bool
}

// AnchorStatus reads whether child block n is final and whether operator
// voted on it (anchorStatus; the zero address asks only about finality).
func (a *Anchor) AnchorStatus(ctx context.Context, n uint64, operator common.Address) (AnchorStatus, error) {
	s, err := call(ctx, a.k, "anchorStatus", anchorABI.PackAnchorStatus(n, operator), anchorABI.UnpackAnchorStatus)
	if err != nil {
		return AnchorStatus{}, err
	}
	return AnchorStatus{Finalized: s.Finalized, Voted: s.Voted}, nil
}

// Record returns the final record of child block n (getAnchor), or nil when
// n has no final record.
func (a *Anchor) Record(ctx context.Context, n uint64) (*bindings.AnchorAnchorRecord, error) {
	r, err := call(ctx, a.k, "getAnchor", anchorABI.PackGetAnchor(n), anchorABI.UnpackGetAnchor)
	if err != nil {
		return nil, err
	}
	if r.AnchoredAt == 0 && r.BlockHash == ([32]byte{}) {
		return nil, nil
	}
	return &r, nil
}

// Votes is the number of votes for record key on child block n (anchorVotes).
func (a *Anchor) Votes(ctx context.Context, n uint64, key common.Hash) (uint8, error) {
	return call(ctx, a.k, "anchorVotes", anchorABI.PackAnchorVotes(n, key), anchorABI.UnpackAnchorVotes)
}

// FinalRecordKey is the key of the final record of n (finalRecordKey; zero
// when not final).
func (a *Anchor) FinalRecordKey(ctx context.Context, n uint64) (common.Hash, error) {
	k, err := call(ctx, a.k, "finalRecordKey", anchorABI.PackFinalRecordKey(n), anchorABI.UnpackFinalRecordKey)
	return common.Hash(k), err
}

// Owner is the contract's owner (owner).
func (a *Anchor) Owner(ctx context.Context) (common.Address, error) {
	return call(ctx, a.k, "owner", anchorABI.PackOwner(), anchorABI.UnpackOwner)
}
