// Package timelock is the owner side of "no single key" (issue 13, finding
// 1): the Bridges and the Anchor are owned by OpenZeppelin's
// TimelockController (compiled unchanged from the pinned package, binding
// contracts/bindings.TimelockController), so every owner action is first
// scheduled (visible on chain as CallScheduled), can be cancelled by any
// operator during the minimum delay, and only then executed.
//
// This package reads and writes those operations: Operation (its calls,
// predecessor, salt and id, computed as the contract does), Scan (every
// operation a timelock's logs show, with its state), Describe (what a call
// will do, in words), and Watcher, the node service that logs and counts
// every change it sees scheduled. internal/owner schedules, waits and
// executes through it; `servicechain admin pending|execute|cancel` lists,
// executes and cancels.
//
// Model (chosen in internal/deploy): the deployer's key is the only proposer
// and executor; every operator is a canceller. One honest operator is enough
// to stop a change the owner key (or a thief holding it) scheduled; a k-of-n
// cancel would need a canceller contract and would let k-1 colluding
// operators plus the owner key through, so it was not chosen. The price: one
// misbehaving operator can cancel every change, including its own removal,
// again and again (liveness, never funds); the remedy is redeploying the
// pair with startNonce.
package timelock

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

var tl = bindings.NewTimelockController()

// Roles of the TimelockController (keccak256 of the role name; the admin role is zero).
var (
	ProposerRole  = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	ExecutorRole  = crypto.Keccak256Hash([]byte("EXECUTOR_ROLE"))
	CancellerRole = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	AdminRole     = common.Hash{}
)

// Event topics of the TimelockController.
var (
	topicScheduled = tl.GetABI().Events["CallScheduled"].ID
	topicSalt      = tl.GetABI().Events["CallSalt"].ID
	topicCancelled = tl.GetABI().Events["Cancelled"].ID
	topicExecuted  = tl.GetABI().Events["CallExecuted"].ID
)

// Backend is what this package needs of a chain connection: read-only calls,
// logs and headers. *ethclient.Client, *chain.Client and the simulated
// backend's client satisfy it.
type Backend interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Call is one call of an operation: value wei to target with calldata Data.
type Call struct {
	Target common.Address `json:"target"`
	Value  *big.Int       `json:"value"`
	Data   []byte         `json:"data"`
}

// Operation is a TimelockController operation: one call (schedule/execute)
// or several (scheduleBatch/executeBatch), executed in order, atomically.
type Operation struct {
	Calls       []Call      `json:"calls"`
	Predecessor common.Hash `json:"predecessor"`
	Salt        common.Hash `json:"salt"`
}

// ID is the operation's id as the contract computes it: hashOperation for
// one call, hashOperationBatch for several (keccak256 of the abi-encoded
// arguments).
func (o Operation) ID() common.Hash {
	if len(o.Calls) == 1 {
		c := o.Calls[0]
		return crypto.Keccak256Hash(tl.PackHashOperation(c.Target, value(c.Value), c.Data, o.Predecessor, o.Salt)[4:])
	}
	t, v, d := o.split()
	return crypto.Keccak256Hash(tl.PackHashOperationBatch(t, v, d, o.Predecessor, o.Salt)[4:])
}

func value(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func (o Operation) split() (targets []common.Address, values []*big.Int, payloads [][]byte) {
	for _, c := range o.Calls {
		targets, values, payloads = append(targets, c.Target), append(values, value(c.Value)), append(payloads, c.Data)
	}
	return
}

// Value is the total wei the operation's calls send (the execute
// transaction's msg.value).
func (o Operation) Value() *big.Int {
	sum := new(big.Int)
	for _, c := range o.Calls {
		sum.Add(sum, value(c.Value))
	}
	return sum
}

// ScheduleData is the calldata that schedules o with delay (rounded down to
// whole seconds; the contract refuses less than its minimum delay,
// TimelockInsufficientDelay).
func (o Operation) ScheduleData(delay time.Duration) []byte {
	secs := big.NewInt(int64(delay / time.Second))
	if len(o.Calls) == 1 {
		c := o.Calls[0]
		return tl.PackSchedule(c.Target, value(c.Value), c.Data, o.Predecessor, o.Salt, secs)
	}
	t, v, d := o.split()
	return tl.PackScheduleBatch(t, v, d, o.Predecessor, o.Salt, secs)
}

// ExecuteData is the calldata that executes o (send it with o.Value()).
func (o Operation) ExecuteData() []byte {
	if len(o.Calls) == 1 {
		c := o.Calls[0]
		return tl.PackExecute(c.Target, value(c.Value), c.Data, o.Predecessor, o.Salt)
	}
	t, v, d := o.split()
	return tl.PackExecuteBatch(t, v, d, o.Predecessor, o.Salt)
}

// CancelData is the calldata of cancel(id) (canceller role).
func CancelData(id common.Hash) []byte { return tl.PackCancel(id) }

// State is an operation's state as getOperationState reports it.
type State uint8

// The TimelockController's OperationState values.
const (
	Unset   State = 0 // never scheduled, or cancelled
	Waiting State = 1 // scheduled, the delay not over
	Ready   State = 2 // the delay is over: anyone with the executor role may execute it
	Done    State = 3 // executed
)

func (s State) String() string {
	switch s {
	case Unset:
		return "unset"
	case Waiting:
		return "waiting"
	case Ready:
		return "ready"
	case Done:
		return "done"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// MinDelay reads the timelock's minimum delay (getMinDelay). Errors: the
// call fails; the address holds no TimelockController (ErrNotTimelock).
func MinDelay(ctx context.Context, b Backend, timelock common.Address) (time.Duration, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &timelock, Data: tl.PackGetMinDelay()}, nil)
	if err != nil {
		return 0, fmt.Errorf("timelock %s: getMinDelay: %w", timelock.Hex(), err)
	}
	d, err := tl.UnpackGetMinDelay(out)
	if err != nil || !d.IsInt64() {
		return 0, fmt.Errorf("timelock %s: %w", timelock.Hex(), ErrNotTimelock)
	}
	return time.Duration(d.Int64()) * time.Second, nil
}

// ErrNotTimelock: the address answered getMinDelay with no data (an account,
// or a contract that is not a TimelockController).
var ErrNotTimelock = fmt.Errorf("not a TimelockController (getMinDelay returned nothing)")

// StateOf reads an operation's state and the timestamp from which it can be
// executed (getOperationState, getTimestamp; zero time when unset, and the
// contract's "done" marker 1 s after the epoch when executed).
func StateOf(ctx context.Context, b Backend, timelock common.Address, id common.Hash) (State, time.Time, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &timelock, Data: tl.PackGetOperationState(id)}, nil)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("timelock %s: getOperationState(%s): %w", timelock.Hex(), id.Hex(), err)
	}
	st, err := tl.UnpackGetOperationState(out)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("timelock %s: getOperationState: %w", timelock.Hex(), err)
	}
	out, err = b.CallContract(ctx, ethereum.CallMsg{To: &timelock, Data: tl.PackGetTimestamp(id)}, nil)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("timelock %s: getTimestamp(%s): %w", timelock.Hex(), id.Hex(), err)
	}
	ts, err := tl.UnpackGetTimestamp(out)
	if err != nil || !ts.IsInt64() {
		return 0, time.Time{}, fmt.Errorf("timelock %s: getTimestamp: bad answer", timelock.Hex())
	}
	var at time.Time
	if ts.Sign() > 0 {
		at = time.Unix(ts.Int64(), 0).UTC()
	}
	return State(st), at, nil
}

// bridgeABI reads owner() of a Bridge or an Anchor (both Ownable2Step).
var bridgeABI = bindings.NewBridge()

// OwnerOf reads a contract's owner().
func OwnerOf(ctx context.Context, b Backend, contract common.Address) (common.Address, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: bridgeABI.PackOwner()}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s: owner(): %w", contract.Hex(), err)
	}
	o, err := bridgeABI.UnpackOwner(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s: owner(): %w (is it a servicechain contract?)", contract.Hex(), err)
	}
	return o, nil
}

// TimelockOf returns the TimelockController that owns contract, or
// ErrNotTimelock (wrapped, naming the owner) when its owner is an account
// or another contract: owner actions then take effect at once. A failed
// call (transport, timeout) is returned as it is, never as ErrNotTimelock:
// callers fall back to direct owner calls on that answer.
func TimelockOf(ctx context.Context, b Backend, contract common.Address) (common.Address, time.Duration, error) {
	owner, err := OwnerOf(ctx, b, contract)
	if err != nil {
		return common.Address{}, 0, err
	}
	d, err := MinDelay(ctx, b, owner)
	_, reverted := bindings.RevertData(err)
	if errors.Is(err, ErrNotTimelock) || reverted || (err != nil && strings.Contains(err.Error(), "execution reverted")) {
		// No answer (an account) or a revert, with or without data (a
		// contract without getMinDelay): not a timelock. Any other failure
		// (transport, timeout) is the call's.
		return owner, 0, fmt.Errorf("owner %s of %s: %w", owner.Hex(), contract.Hex(), ErrNotTimelock)
	}
	if err != nil {
		return owner, 0, fmt.Errorf("owner %s of %s: %w", owner.Hex(), contract.Hex(), err)
	}
	return owner, d, nil
}
