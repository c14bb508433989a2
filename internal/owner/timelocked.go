package owner

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/timelock"
)

// readyPoll is how often a waiting action reads the head while its
// operation's delay runs.
const readyPoll = time.Second

// scheduled schedules calls as one operation on lock (the contract's owner,
// minimum delay delay), then waits and executes it when the delay is at most
// MaxWait; otherwise it reports how to execute it later.
func (c *Contract) scheduled(ctx context.Context, lock common.Address, delay time.Duration, calls []ownerCall) error {
	var op timelock.Operation
	var whats []string
	for _, call := range calls {
		to := c.Address
		if call.onLock {
			to = lock
		}
		op.Calls = append(op.Calls, timelock.Call{Target: to, Data: call.data})
		whats = append(whats, call.what)
	}
	if _, err := rand.Read(op.Salt[:]); err != nil {
		return err
	}
	id := op.ID()
	what := strings.Join(whats, "; ")
	// A change that would fail now is refused before it waits the delay: the
	// first call is run as the timelock would run it (later calls of a batch
	// may depend on the first, so they are not).
	first := op.Calls[0]
	if _, err := c.Conn.CallContract(ctx, ethereum.CallMsg{From: lock, To: &first.Target, Data: first.Data, Value: first.Value}, nil); err != nil {
		if data, ok := bindings.RevertData(err); ok {
			return deploy.ExplainOwner(&deploy.TxError{Step: whats[0] + " (checked before scheduling it on timelock " + lock.Hex() + ")",
				Err: deploy.ErrReverted, Reason: bindings.DecodeRevert(data)})
		}
		return c.Conn.Errorf("checking %s before scheduling it: %w", whats[0], err)
	}
	r, err := deploy.Send(ctx, c.Conn, c.Owner, "schedule "+what+" on timelock "+lock.Hex(), lock, op.ScheduleData(delay), nil)
	if err != nil {
		return explainTimelock(err, "proposer")
	}
	_, readyAt, err := timelock.StateOf(ctx, c.Conn, lock, id)
	if err != nil {
		return c.Conn.Errorf("%w", err)
	}
	c.report(Step{What: fmt.Sprintf("scheduled %s as timelock operation %s, executable from %s (delay %s; any operator may cancel it until then)",
		what, id.Hex(), readyAt.Format(time.RFC3339), delay), Chain: c.Conn.Name, TxHash: r.TxHash, Block: r.BlockNumber})
	if delay > c.MaxWait {
		c.report(Step{What: fmt.Sprintf("after %s run: servicechain admin execute --chain %s --id %s (with the executor's key)", readyAt.Format(time.RFC3339), c.Side, id.Hex())})
		return nil
	}
	return c.executeWhenReady(ctx, lock, id, op, readyAt, "execute "+what)
}

// executeWhenReady waits until the chain's time reaches readyAt, then
// executes op, retrying while the node says it is not ready yet. Errors: the
// operation was cancelled meanwhile; ctx ended first; the execution failed.
func (c *Contract) executeWhenReady(ctx context.Context, lock common.Address, id common.Hash, op timelock.Operation, readyAt time.Time, what string) error {
	for {
		h, err := c.Conn.HeaderByNumber(ctx, nil)
		if err == nil && int64(h.Time) >= readyAt.Unix() {
			r, err := deploy.Send(ctx, c.Conn, c.Owner, what+" (timelock operation "+id.Hex()+")", lock, op.ExecuteData(), op.Value())
			if err == nil {
				c.report(Step{What: what + " (timelock operation " + id.Hex() + ")", Chain: c.Conn.Name, TxHash: r.TxHash, Block: r.BlockNumber})
				return nil
			}
			var te *deploy.TxError
			if !errors.As(err, &te) || !strings.HasPrefix(te.Reason, "TimelockUnexpectedOperationState") {
				return explainTimelock(err, "executor")
			}
			if st, _, serr := timelock.StateOf(ctx, c.Conn, lock, id); serr == nil && (st == timelock.Unset || st == timelock.Done) {
				return fmt.Errorf("timelock operation %s on the %s chain is %s: %w", id.Hex(), c.Conn.Name, map[timelock.State]string{timelock.Unset: "cancelled", timelock.Done: "already executed"}[st], err)
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for timelock operation %s (executable from %s): %w; execute it later with servicechain admin execute --chain %s --id %s",
				id.Hex(), readyAt.Format(time.RFC3339), ctx.Err(), c.Side, id.Hex())
		case <-time.After(readyPoll):
		}
	}
}

// explainTimelock adds which role the key lacks to a TimelockController's
// AccessControlUnauthorizedAccount revert (for the proposer: the key is not
// the contract's owner, its timelock is).
func explainTimelock(err error, role string) error {
	var te *deploy.TxError
	if errors.As(err, &te) && strings.HasPrefix(te.Reason, "AccessControlUnauthorizedAccount") {
		if role == "proposer" {
			return fmt.Errorf("%w: the key is not the contract's owner (its owner is a timelock) and does not have the timelock's proposer role", err)
		}
		return fmt.Errorf("%w: the key does not have the timelock's %s role", err, role)
	}
	return deploy.ExplainOwner(err)
}

// Timelock is the TimelockController that owns a contract, administered
// with the Contract's key: the proposer's to schedule (Contract's actions),
// an executor's to execute, a canceller's (an operator's) to cancel.
type Timelock struct {
	Contract
	// Lock is the timelock; Delay its minimum delay.
	Lock  common.Address
	Delay time.Duration
}

// NewTimelock finds the timelock that owns c's contract. Errors: the owner
// is not a timelock (timelock.ErrNotTimelock: changes then take effect at
// once, nothing is ever pending); RPC errors.
func NewTimelock(ctx context.Context, c Contract) (*Timelock, error) {
	lock, delay, err := timelock.TimelockOf(ctx, c.Conn, c.Address)
	if err != nil {
		return nil, c.Conn.Errorf("%w", err)
	}
	if c.names == nil {
		c.names = timelock.Names{c.Address: c.name()}
	}
	if _, ok := c.names[lock]; !ok {
		c.names[lock] = c.Conn.Name + " timelock"
	}
	return &Timelock{Contract: c, Lock: lock, Delay: delay}, nil
}

// openTimelock opens the Target (see Open) and its contract's timelock; the
// caller closes tl.Conn.
func openTimelock(ctx context.Context, t Target) (*Timelock, error) {
	if err := t.side(true); err != nil {
		return nil, err
	}
	c, err := Open(ctx, t)
	if err != nil {
		return nil, err
	}
	tl, err := NewTimelock(ctx, c)
	if err != nil {
		c.Conn.Close()
	}
	return tl, err
}

// fromBlock is where the timelock's logs are read from: given, else the
// devnet's bridge deployment block, else 0.
func (tl *Timelock) fromBlock(given *uint64) uint64 {
	if given != nil {
		return *given
	}
	return tl.startBlock
}

// Pending is `servicechain admin pending` on the Target (no key needed); see
// Timelock.WritePending.
func Pending(ctx context.Context, t Target, fromBlock *uint64, w io.Writer) error {
	t.readOnly = true
	tl, err := openTimelock(ctx, t)
	if err != nil {
		return err
	}
	defer tl.Conn.Close()
	return tl.WritePending(ctx, fromBlock, w)
}

// Execute is `servicechain admin execute` on the Target; see Timelock.Execute.
func Execute(ctx context.Context, t Target, id *string, fromBlock *uint64) error {
	h, err := operationID(id)
	if err != nil {
		return err
	}
	tl, err := openTimelock(ctx, t)
	if err != nil {
		return err
	}
	defer tl.Conn.Close()
	return tl.Execute(ctx, h, fromBlock)
}

// Cancel is `servicechain admin cancel` on the Target; see Timelock.Cancel.
func Cancel(ctx context.Context, t Target, id *string) error {
	h, err := operationID(id)
	if err != nil {
		return err
	}
	tl, err := openTimelock(ctx, t)
	if err != nil {
		return err
	}
	defer tl.Conn.Close()
	return tl.Cancel(ctx, h)
}

// WritePending prints to w every operation scheduled on the timelock since
// fromBlock (nil: the devnet's deployment block, else 0) that is neither
// executed nor cancelled: its id, when it becomes executable (by the
// chain's clock), and what each call will do.
func (tl *Timelock) WritePending(ctx context.Context, fromBlock *uint64, w io.Writer) error {
	from := tl.fromBlock(fromBlock)
	ops, err := timelock.Scan(ctx, tl.Conn, tl.Lock, from, 0, 0)
	if err != nil {
		return tl.Conn.Errorf("%w", err)
	}
	now := time.Now()
	if h, err := tl.Conn.HeaderByNumber(ctx, nil); err == nil {
		now = time.Unix(int64(h.Time), 0) // the chain's clock decides readiness
	}
	fmt.Fprintf(w, "%s %s is owned by timelock %s (minimum delay %s); operations scheduled since block %d:\n", tl.name(), tl.Address.Hex(), tl.Lock.Hex(), tl.Delay, from)
	done, cancelled, shown := 0, 0, 0
	for _, o := range ops {
		switch {
		case o.Executed:
			done++
			continue
		case o.Cancelled:
			cancelled++
			continue
		}
		shown++
		fmt.Fprintf(w, "operation %s: %s\n  scheduled in block %d (tx %s) at %s with delay %s\n", o.ID.Hex(), o.Status(now), o.Block, o.TxHash.Hex(), o.ScheduledAt.Format(time.RFC3339), o.Delay)
		for _, line := range timelock.DescribeOperation(o.Operation, tl.names) {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	if shown == 0 {
		fmt.Fprintln(w, "no pending operation")
	}
	fmt.Fprintf(w, "(%d executed and %d cancelled not shown)\n", done, cancelled)
	return nil
}

// Execute executes the pending operation id (found in the timelock's logs
// since fromBlock, as WritePending) with the key (an executor's), sending the
// value its calls need. Errors: no such operation; it is cancelled, executed
// or not executable yet (naming when it is); the execution reverts.
func (tl *Timelock) Execute(ctx context.Context, id common.Hash, fromBlock *uint64) error {
	o, err := timelock.Find(ctx, tl.Conn, tl.Lock, tl.fromBlock(fromBlock), id)
	if err != nil {
		return tl.Conn.Errorf("%w", err)
	}
	switch st, at, err := timelock.StateOf(ctx, tl.Conn, tl.Lock, id); {
	case err != nil:
		return tl.Conn.Errorf("%w", err)
	case st == timelock.Unset:
		return fmt.Errorf("timelock operation %s was cancelled: nothing to execute", id.Hex())
	case st == timelock.Done:
		return fmt.Errorf("timelock operation %s is already executed", id.Hex())
	case st == timelock.Waiting:
		return fmt.Errorf("timelock operation %s is not executable before %s", id.Hex(), at.Format(time.RFC3339))
	}
	what := "execute " + strings.Join(timelock.DescribeOperation(o.Operation, tl.names), "; ")
	r, err := deploy.Send(ctx, tl.Conn, tl.Owner, what, tl.Lock, o.ExecuteData(), o.Value())
	if err != nil {
		return explainTimelock(err, "executor")
	}
	tl.report(Step{What: what + " (timelock operation " + id.Hex() + ")", Chain: tl.Conn.Name, TxHash: r.TxHash, Block: r.BlockNumber})
	return nil
}

// Cancel cancels the pending operation id with the key (a canceller's:
// every operator is one). Errors: the key is not a canceller; the operation
// is not pending (TimelockUnexpectedOperationState).
func (tl *Timelock) Cancel(ctx context.Context, id common.Hash) error {
	what := fmt.Sprintf("cancel timelock operation %s on %s", id.Hex(), tl.Lock.Hex())
	r, err := deploy.Send(ctx, tl.Conn, tl.Owner, what, tl.Lock, timelock.CancelData(id), nil)
	if err != nil {
		return explainTimelock(err, "canceller")
	}
	tl.report(Step{What: what, Chain: tl.Conn.Name, TxHash: r.TxHash, Block: r.BlockNumber})
	return nil
}

// operationID parses --id.
func operationID(id *string) (common.Hash, error) {
	if id == nil {
		return common.Hash{}, input.Errorf("--id OPERATION is required (see servicechain admin pending)")
	}
	s := strings.TrimPrefix(strings.TrimPrefix(*id, "0x"), "0X")
	if len(s) != 64 || !isHex(s) {
		return common.Hash{}, input.Errorf("--id %q: expected a 32-byte hex operation id (0x + 64 hex digits)", *id)
	}
	return common.HexToHash(s), nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}
