package deploy

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/timelock"
)

// Owner powers behind a delay (issue 13, finding 1). With Options.Timelock,
// Setup makes an OpenZeppelin TimelockController (compiled unchanged from the
// pinned package) the owner of each chain's contracts:
//
//   - Roles. The deployer's key is the only proposer and executor (OZ gives
//     proposers the canceller role too); every operator is a canceller; there
//     is no admin (the timelock administers its own roles, so changing them
//     waits the delay as well). Why each operator and not a k-of-n cancel: one
//     honest operator suffices to stop a change scheduled with a stolen owner
//     key, whatever the others do; a k-of-n cancel needs k honest operators
//     to act within the delay (with k = 2 of 3, one stolen and one absent
//     operator already let the change through) and a canceller contract of
//     our own. The cost is liveness: one misbehaving operator can cancel
//     every change, its own removal included; the remedy is a redeploy of the
//     pair with startNonce.
//   - Order. The timelock is deployed with delay 0 (phase 1); the deployer
//     wires everything as the owner and calls transferOwnership(timelock)
//     (phase 2), which only records the pending owner (Ownable2Step); then
//     one batch through the timelock (phase 4) grants the operators the
//     canceller role, accepts the ownership, charges the native liquidity
//     and raises the delay to TimelockDelay, atomically. So liquidity is
//     never in a bridge that the deployer's key alone can change at once:
//     before that batch a bridge holds none; after it, the owner is the
//     timelock with its full delay.
//   - Pause. The deployer (or Options.Pauser) is the bridges' pauser: pausing
//     stops new requests at once, without waiting for the timelock.

// DefaultTimelockDelay is Options.TimelockDelay when 0: two days, long enough
// for operators (and users) to see a scheduled change and react.
const DefaultTimelockDelay = 48 * time.Hour

// DevnetTimelockDelay is the delay on a devnet's dev chains (the devnet's own
// deployment and `servicechain deploy --devnet`): seconds, so an owner
// command waits for it and executes within one command.
const DevnetTimelockDelay = 5 * time.Second

var timelockABI = bindings.NewTimelockController()

// timelockConstructor: delay 0 (raised by the handover batch), proposer and
// executor `deployer`, no admin.
func timelockConstructor(deployer common.Address) []byte {
	return timelockABI.PackConstructor(new(big.Int), []common.Address{deployer}, []common.Address{deployer}, common.Address{})
}

// prepareHandover queues, as the owner: setPauser on the bridge (pauser, or
// the deployer when zero) and transferOwnership(lock) on the bridge and the
// anchor (zero: none).
func prepareHandover(ctx context.Context, s *sender, pauser, lock, bridge, anchor common.Address) error {
	if pauser == (common.Address{}) {
		pauser = s.auth.From
	}
	if err := s.send(ctx, "set the pauser", bridge, bridgeABI.PackSetPauser(pauser), nil); err != nil {
		return err
	}
	if err := s.send(ctx, "transfer the bridge's ownership to the timelock", bridge, bridgeABI.PackTransferOwnership(lock), nil); err != nil {
		return err
	}
	if anchor != (common.Address{}) {
		return s.send(ctx, "transfer the anchor's ownership to the timelock", anchor, anchorABI.PackTransferOwnership(lock), nil)
	}
	return nil
}

// handoverOperation is the batch one chain's timelock runs: operators become
// cancellers, it accepts the ownership of bridge (and anchor), charges
// liquidity wei into the bridge and sets its delay.
func handoverOperation(lock, bridge, anchor common.Address, operators []common.Address, liquidity *big.Int, delay time.Duration) timelock.Operation {
	var op timelock.Operation
	add := func(to common.Address, v *big.Int, data []byte) {
		op.Calls = append(op.Calls, timelock.Call{Target: to, Value: v, Data: data})
	}
	for _, o := range operators {
		add(lock, nil, timelockABI.PackGrantRole(timelock.CancellerRole, o))
	}
	add(bridge, nil, bridgeABI.PackAcceptOwnership())
	if anchor != (common.Address{}) {
		add(anchor, nil, anchorABI.PackAcceptOwnership())
	}
	if liquidity != nil && liquidity.Sign() > 0 {
		add(bridge, liquidity, bridgeABI.PackChargeNativeLiquidity())
	}
	add(lock, nil, timelockABI.PackUpdateDelay(big.NewInt(int64(delay/time.Second))))
	op.Salt = handoverSalt
	return op
}

// handoverSalt is the salt of the handover batch.
var handoverSalt = common.BytesToHash([]byte("servicechain deploy handover"))

// handover runs both chains' handover batches (schedule with delay 0, then
// execute) and checks the result: the timelock owns the contracts with the
// requested delay.
func handover(ctx context.Context, ps, cs *sender, d *Deployment, opts Options) error {
	pop := handoverOperation(d.ParentTimelock, d.ParentBridge, d.Anchor, opts.Operators, opts.ParentNativeLiquidity, opts.TimelockDelay)
	cop := handoverOperation(d.ChildTimelock, d.ChildBridge, common.Address{}, opts.Operators, opts.ChildNativeLiquidity, opts.TimelockDelay)
	err := both(ctx, ps, cs, func(ctx context.Context) error {
		return ps.send(ctx, "schedule the timelock handover", d.ParentTimelock, pop.ScheduleData(0), nil)
	}, func(ctx context.Context) error {
		return cs.send(ctx, "schedule the timelock handover", d.ChildTimelock, cop.ScheduleData(0), nil)
	}, nil)
	if err != nil {
		return err
	}
	err = both(ctx, ps, cs, func(ctx context.Context) error {
		return ps.send(ctx, "execute the timelock handover (ownership, cancellers, liquidity, delay)", d.ParentTimelock, pop.ExecuteData(), pop.Value())
	}, func(ctx context.Context) error {
		return cs.send(ctx, "execute the timelock handover (ownership, cancellers, liquidity, delay)", d.ChildTimelock, cop.ExecuteData(), cop.Value())
	}, nil)
	if err != nil {
		return err
	}
	for _, c := range []struct {
		s        *sender
		lock     common.Address
		contract []common.Address
	}{{ps, d.ParentTimelock, []common.Address{d.ParentBridge, d.Anchor}}, {cs, d.ChildTimelock, []common.Address{d.ChildBridge}}} {
		for _, a := range c.contract {
			if a == (common.Address{}) {
				continue
			}
			lock, delay, err := timelock.TimelockOf(ctx, c.s.b, a)
			if err != nil || lock != c.lock || delay != opts.TimelockDelay {
				return fmt.Errorf("%s: after the handover %s is owned by %s with delay %s (%v); expected the timelock %s with %s",
					c.s.label, a.Hex(), lock.Hex(), delay, err, c.lock.Hex(), opts.TimelockDelay)
			}
		}
	}
	return nil
}
