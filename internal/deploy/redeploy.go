package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/timelock"
)

// Redeploying one bridge of a pair (issue 13, finding 4). A Bridge is the
// source of one direction and the destination of the other, and its start
// nonce (constructor) is both its first request nonce and its initial
// lowerHandleNonce/upperHandleNonce: every nonce below it counts as handled
// there. So the new bridge must start
//
//   - as the destination of the counterpart's requests: exactly at the
//     counterpart's requestNonce. Below it, requests the old bridge already
//     paid would be open again (replay); above it, the counterpart's next
//     requests would count as handled and never be paid (lock);
//   - as the source of requests to the counterpart: at or above the old
//     bridge's requestNonce and the counterpart's upperHandleNonce (below, its
//     requests are refused NonceAlreadyHandled: lock) and below the
//     counterpart's handleWindowEnd (above, NonceOutOfWindow: lock).
//
// Both hold only when the counterpart has made at least as many requests as
// the old bridge; otherwise no start nonce is safe (ReadNonceBounds says so)
// and the pair must be redeployed as a whole.
//
// The request nonces are frozen first: Redeploy pauses the old bridge and the
// counterpart (the deployer is their pauser; pausing stops requests, not
// handles), so a request made after the bounds were read cannot slip past
// them. The counterpart stays paused until its re-pointing is executed (the
// unpause is in the same operation), by which time every node must read the
// new address: a request the counterpart makes later is then voted on the new
// destination only. The old bridge is retired (setCounterpartBridge(0): it
// handles nothing more) in the step that hands the new one to the timelock.

// RedeployOptions says which bridge of a deployed pair Redeploy replaces.
type RedeployOptions struct {
	// Side is the bridge to replace: bridgenet.Parent or bridgenet.Child.
	Side string
	// StartNonce is the new bridge's start nonce (nil: NonceBounds.Min read
	// from the chains). One outside NonceBounds.Min..Max is refused
	// (ErrUnsafeStartNonce).
	StartNonce *uint64
	// DrainTimeout bounds the wait, once both bridges are paused, for the
	// requests still open on the old pair to be closed by the nodes (paid or
	// refunded on the old bridges, which keep handling while paused);
	// 0 means DefaultDrainTimeout, a negative value not to wait. Requests
	// still open then make Redeploy refuse (ErrOpenRequests): the new bridge
	// starts past them, so nobody could pay them any more.
	DrainTimeout time.Duration
	// Liquidity (wei, nil = none) is charged into the new bridge from the
	// key's account (with a timelock: in the operation that hands the bridge
	// to it, as Setup does).
	Liquidity *big.Int
}

// ErrUnsafeStartNonce is wrapped by the error of a start nonce that would
// replay old requests or lock new ones (see NonceBounds).
var ErrUnsafeStartNonce = errors.New("unsafe start nonce")

// ErrOpenRequests is wrapped by Redeploy's error when requests of the pair
// were still open (made, neither paid nor refunded) after
// RedeployOptions.DrainTimeout: the new bridge would count them as handled
// (a lock), so it is not deployed. Both bridges stay paused (requests are
// refused, handles go on); run the redeploy again once the nodes have
// handled them.
var ErrOpenRequests = errors.New("requests still open")

// DefaultDrainTimeout is how long Redeploy waits, once both bridges are
// paused, for the bridge nodes to close the requests still open on the old
// pair (RedeployOptions.DrainTimeout).
const DefaultDrainTimeout = 10 * time.Minute

// drainPoll is how often Redeploy re-reads the nonces while it waits.
const drainPoll = 2 * time.Second

// NonceBounds are the chains' nonces that bound a redeployed bridge's start
// nonce (read by ReadNonceBounds): it must be from Min to Max.
type NonceBounds struct {
	// CounterpartRequestNonce is the counterpart's next request nonce: the
	// new destination starts exactly there (below: replay; above: lock).
	CounterpartRequestNonce uint64
	// OldRequestNonce is the old bridge's next request nonce and
	// CounterpartUpper the counterpart's upperHandleNonce: the new source
	// starts at or above both (no lock).
	OldRequestNonce  uint64
	CounterpartUpper uint64
	// CounterpartLower and OldLower are the lowerHandleNonces: requests of
	// the old bridge from CounterpartLower up to OldRequestNonce (and of the
	// counterpart from OldLower up to CounterpartRequestNonce) may still be
	// open (see Open).
	CounterpartLower, OldLower uint64
	// WindowEnd is the counterpart's handleWindowEnd: the new source's
	// first request nonce must be below it.
	WindowEnd uint64
	// Min is the smallest safe start nonce (the maximum of
	// CounterpartRequestNonce, OldRequestNonce and CounterpartUpper), Max the
	// largest (CounterpartRequestNonce, or WindowEnd-1 when lower).
	Min, Max uint64
}

// Check returns nil when n is a safe start nonce, else an input error
// wrapping ErrUnsafeStartNonce that names n and the bound it breaks.
func (b NonceBounds) Check(n uint64) error {
	switch {
	case n < b.Min:
		return input.Errorf("--start-nonce %d: %w: the minimum is %d (counterpart requestNonce %d: below it old requests are voted again; "+
			"old bridge requestNonce %d and counterpart upperHandleNonce %d: below them new requests are refused NonceAlreadyHandled)",
			n, ErrUnsafeStartNonce, b.Min, b.CounterpartRequestNonce, b.OldRequestNonce, b.CounterpartUpper)
	case n > b.Max:
		return input.Errorf("--start-nonce %d: %w: the maximum is %d (counterpart requestNonce %d: above it the counterpart's next requests count as handled and are never paid; "+
			"counterpart handleWindowEnd %d: from it on votes are refused NonceOutOfWindow)", n, ErrUnsafeStartNonce, b.Max, b.CounterpartRequestNonce, b.WindowEnd)
	}
	return nil
}

// Open describes the requests still open on the old pair ("" when none):
// made, and not closed (paid or refunded) on their destination. Redeploy
// waits for the nodes to close them (RedeployOptions.DrainTimeout): the new
// bridge starts past them.
func (b NonceBounds) Open(side, other string) string {
	var s string
	if b.CounterpartLower < b.OldRequestNonce {
		s = fmt.Sprintf("requests %d..%d of the old %s bridge may be open on the %s bridge", b.CounterpartLower, b.OldRequestNonce-1, side, other)
	}
	if b.OldLower < b.CounterpartRequestNonce {
		if s != "" {
			s += "; "
		}
		s += fmt.Sprintf("requests %d..%d of the %s bridge may be open on the old %s bridge", b.OldLower, b.CounterpartRequestNonce-1, other, side)
	}
	return s
}

// ReadNonceBounds reads the NonceBounds of replacing bridge old (on oldChain)
// paired with counterpart (on cpChain). Errors name the address that is not a
// Bridge; ErrUnsafeStartNonce when no start nonce is safe (Min > Max: the old
// bridge made more requests than the counterpart; redeploy both sides).
func ReadNonceBounds(ctx context.Context, oldChain client.Caller, old common.Address, cpChain client.Caller, counterpart common.Address) (NonceBounds, error) {
	var b NonceBounds
	ob, cb := client.NewBridge(oldChain, old), client.NewBridge(cpChain, counterpart)
	var err error
	for _, r := range []struct {
		read func(context.Context) (uint64, error)
		dst  *uint64
		addr common.Address
	}{{ob.RequestNonce, &b.OldRequestNonce, old}, {ob.LowerHandleNonce, &b.OldLower, old},
		{cb.RequestNonce, &b.CounterpartRequestNonce, counterpart}, {cb.UpperHandleNonce, &b.CounterpartUpper, counterpart},
		{cb.LowerHandleNonce, &b.CounterpartLower, counterpart}} {
		if *r.dst, err = r.read(ctx); err != nil {
			return b, fmt.Errorf("%s: %w (is it a servicechain Bridge?)", r.addr.Hex(), err)
		}
	}
	end, err := view(ctx, cpChain, counterpart, bridgeABI.PackHandleWindowEnd(), bridgeABI.UnpackHandleWindowEnd)
	if err != nil {
		return b, fmt.Errorf("%s: handleWindowEnd: %w (is it a servicechain Bridge?)", counterpart.Hex(), err)
	}
	b.WindowEnd = ^uint64(0)
	if end.IsUint64() {
		b.WindowEnd = end.Uint64()
	}
	b.Min = max(b.CounterpartRequestNonce, b.OldRequestNonce, b.CounterpartUpper)
	b.Max = min(b.CounterpartRequestNonce, b.WindowEnd-1)
	if b.Min > b.Max {
		return b, input.Errorf("%w: no start nonce is safe: as the destination the new bridge must start at the counterpart's requestNonce %d, "+
			"as the source at or above %d (old bridge requestNonce %d, counterpart upperHandleNonce %d) and below the counterpart's handleWindowEnd %d; "+
			"the old bridge made more requests than its counterpart, so redeploy both bridges (a new pair) instead", ErrUnsafeStartNonce,
			b.CounterpartRequestNonce, max(b.OldRequestNonce, b.CounterpartUpper), b.OldRequestNonce, b.CounterpartUpper, b.WindowEnd)
	}
	return b, nil
}

// view calls a read-only function of contract and unpacks its answer.
func view[T any](ctx context.Context, c client.Caller, contract common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// ScheduledChange is a timelock operation Redeploy scheduled; execute it
// with `servicechain admin execute` once ReadyAt is reached.
type ScheduledChange struct {
	// Chain is parent or child; Timelock the TimelockController; Contract a
	// contract it owns (the --contract of `servicechain admin execute`).
	Chain              string
	Timelock, Contract common.Address
	// ID is the operation id; Block the block it was scheduled in; ReadyAt
	// when it becomes executable (the chain's clock).
	ID      common.Hash
	Block   uint64
	ReadyAt time.Time
	// What describes its calls.
	What string
}

// Redeployment is what Redeploy did.
type Redeployment struct {
	// Side is the replaced bridge's chain; Old and New the bridges; NewBlock
	// the new bridge's deployment block (start_block in bridge.toml).
	Side     string
	Old, New common.Address
	NewBlock uint64
	// StartNonce is the new bridge's start nonce; Bounds what it was
	// checked against.
	StartNonce uint64
	Bounds     NonceBounds
	// Scheduled are the timelock operations left to execute (none when the
	// contracts are not timelocked: everything is done).
	Scheduled []ScheduledChange
	// Notes are what the operator must still do besides Scheduled.
	Notes []string
	// Result is the updated deployment (the new bridge and its block).
	Result Result
}

// Redeploy replaces the Side bridge of the deployment dep (parent and child
// are its chains, parentOwner and childOwner the deployer's key on each)
// with a new Bridge: the counterpart's operators and thresholds, a safe start
// nonce (see NonceBounds), the old bridge's registered tokens in the same
// modes (MINTER_ROLE granted where the key, or the timelock, administers the
// token), pointed at the counterpart; then it re-points the counterpart with
// setCounterpartBridge. The old bridge and the counterpart are paused first
// (the key must be their pauser or owner). Contracts owned by a
// TimelockController get their owner calls scheduled there with its minimum
// delay (Redeployment.Scheduled): on the new bridge's chain the timelock's
// acceptance of the new bridge (and liquidity, MINTER_ROLE grants, retiring
// the old bridge), on the counterpart's chain the re-pointing and unpause.
// Otherwise the key makes them at once.
//
// Errors: an input error for an unknown Side or an unsafe StartNonce
// (ErrUnsafeStartNonce); an address of dep that is not a Bridge; a
// counterpart that does not take requests from the old bridge; the chains'
// and transactions' errors (*TxError). Nothing is deployed before the checks
// pass.
func Redeploy(ctx context.Context, parent, child Backend, parentOwner, childOwner *bind.TransactOpts, dep Result, opts RedeployOptions) (*Redeployment, error) {
	r := &Redeployment{Side: opts.Side, Result: dep}
	var (
		sb, cb         = parent, child
		sAuth, cAuth   = parentOwner, childOwner
		other          = bridgenet.Child
		oldAddr, cp    = dep.ParentBridge, dep.ChildBridge
		cpKnownChainID = dep.ChildChainID
		err            error
	)
	switch opts.Side {
	case bridgenet.Parent:
	case bridgenet.Child:
		sb, cb, sAuth, cAuth, other = child, parent, childOwner, parentOwner, bridgenet.Parent
		oldAddr, cp, cpKnownChainID = dep.ChildBridge, dep.ParentBridge, dep.ParentChainID
	default:
		return nil, input.Errorf("--redeploy %q: expected parent or child (the bridge to replace)", opts.Side)
	}
	side := opts.Side
	r.Old = oldAddr
	if oldAddr == (common.Address{}) || cp == (common.Address{}) {
		return nil, input.Errorf("--deployment: no %s or %s bridge address in it (parentBridge %s, childBridge %s)", side, other, dep.ParentBridge.Hex(), dep.ChildBridge.Hex())
	}
	for _, b := range []struct {
		chain string
		c     Backend
		addr  common.Address
	}{{side, sb, oldAddr}, {other, cb, cp}} {
		code, err := b.c.CodeAt(ctx, b.addr, nil)
		if err != nil {
			return nil, fmt.Errorf("%s chain: reading code of %s: %w", b.chain, b.addr.Hex(), err)
		}
		if len(code) == 0 {
			return nil, input.Errorf("--deployment: %sBridge %s: no contract at this address on the %s chain", b.chain, b.addr.Hex(), b.chain)
		}
	}
	cpBridge := client.NewBridge(cb, cp)
	points, err := cpBridge.CounterpartBridge(ctx)
	if err != nil {
		return nil, fmt.Errorf("--deployment: %sBridge %s: %w (is it a servicechain Bridge?)", other, cp.Hex(), err)
	}
	if points != oldAddr {
		return nil, fmt.Errorf("the %s bridge %s takes requests from %s, not from the %s bridge %s of --deployment (already redeployed? give the file that redeploy wrote)",
			other, cp.Hex(), points.Hex(), side, oldAddr.Hex())
	}
	if _, err := client.NewBridge(sb, oldAddr).CounterpartBridge(ctx); err != nil {
		return nil, fmt.Errorf("--deployment: %sBridge %s: %w (is it a servicechain Bridge?)", side, oldAddr.Hex(), err)
	}
	ops, err := cpBridge.Operators(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s bridge %s: %w", other, cp.Hex(), err)
	}
	var th [2]uint8
	for vt := range th {
		if th[vt], err = cpBridge.Threshold(ctx, uint8(vt)); err != nil {
			return nil, fmt.Errorf("%s bridge %s: %w", other, cp.Hex(), err)
		}
	}
	cpChainID, err := chainID(ctx, cb, cpKnownChainID)
	if err != nil {
		return nil, fmt.Errorf("%s chain id: %w", other, err)
	}
	// Refuse before pausing anything; read again once paused (the nonces may have moved meanwhile).
	check := func() error {
		var err error
		if r.Bounds, err = ReadNonceBounds(ctx, sb, oldAddr, cb, cp); err != nil {
			return err
		}
		r.StartNonce = r.Bounds.Min
		if opts.StartNonce != nil {
			r.StartNonce = *opts.StartNonce
		}
		return r.Bounds.Check(r.StartNonce)
	}
	if err := check(); err != nil {
		return nil, err
	}

	// Freeze both request nonces, then read the bounds.
	for _, p := range []struct {
		chain string
		c     Backend
		auth  *bind.TransactOpts
		addr  common.Address
	}{{side, sb, sAuth, oldAddr}, {other, cb, cAuth, cp}} {
		paused, err := client.NewBridge(p.c, p.addr).Paused(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s bridge %s: %w", p.chain, p.addr.Hex(), err)
		}
		if !paused {
			if err := Pause(ctx, p.c, p.auth, p.addr); err != nil {
				return nil, fmt.Errorf("%s: %w (the key must be the bridge's pauser or owner)", p.chain, err)
			}
		}
	}
	if err := check(); err != nil {
		return nil, err
	}
	// Requests made before the pause and not closed yet would count as
	// handled on the new bridge (it starts past them): wait for the nodes to
	// close them on the old pair (pausing stops requests, not handles).
	drain := opts.DrainTimeout
	if drain == 0 {
		drain = DefaultDrainTimeout
	}
	deadline := time.Now().Add(drain)
	for open := r.Bounds.Open(side, other); open != ""; open = r.Bounds.Open(side, other) {
		if drain < 0 || !time.Now().Before(deadline) {
			return nil, fmt.Errorf("%w: %s after waiting %s: the new bridge would count them as handled, so nobody could pay them; "+
				"both bridges stay paused (requests are refused, the nodes still handle): run the redeploy again once the nodes "+
				"have paid or refunded them (--drain-timeout waits longer)", ErrOpenRequests, open, max(drain, 0))
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(drainPoll):
		}
		if err := check(); err != nil {
			return nil, err
		}
	}

	if err := r.deployNew(ctx, sb, sAuth, oldAddr, cp, BridgeParams{Operators: ops, Threshold: th[0], ConfigThreshold: th[1],
		CounterpartChainID: cpChainID, StartNonce: r.StartNonce}, opts.Liquidity); err != nil {
		return r, err
	}
	if err := r.repoint(ctx, cb, cAuth, other, cp); err != nil {
		return r, err
	}
	if side == bridgenet.Parent {
		r.Result.ParentBridge, r.Result.ParentBridgeBlock = r.New, r.NewBlock
	} else {
		r.Result.ChildBridge, r.Result.ChildBridgeBlock = r.New, r.NewBlock
	}
	r.Result.Operators, r.Result.Threshold = ops, th[0]
	return r, nil
}

// deployNew deploys the new bridge on the old one's chain and wires it: its
// counterpart, the old bridge's tokens, and the hand-over to the old bridge's
// timelock (or, without one, the liquidity and the old bridge's retirement
// at once).
func (r *Redeployment) deployNew(ctx context.Context, b Backend, auth *bind.TransactOpts, old, cp common.Address, params BridgeParams, liquidity *big.Int) error {
	s, err := newSender(ctx, b, auth, r.Side)
	if err != nil {
		return err
	}
	lock, delay, err := timelock.TimelockOf(ctx, b, old)
	timelocked := err == nil
	if err != nil && !errors.Is(err, timelock.ErrNotTimelock) {
		return fmt.Errorf("%s: %w", r.Side, err)
	}
	tokens, err := registeredTokens(ctx, b, old)
	if err != nil {
		return fmt.Errorf("%s bridge %s: %w", r.Side, old.Hex(), err)
	}
	if r.New, err = s.deploy(ctx, fmt.Sprintf("deploy Bridge (start nonce %d)", params.StartNonce), &bindings.BridgeMetaData, params.constructor(auth.From)); err != nil {
		return err
	}
	rs, err := s.wait(ctx)
	if err != nil {
		return err
	}
	r.NewBlock = rs[0].BlockNumber.Uint64()
	if err := s.send(ctx, "set counterpart bridge", r.New, bridgeABI.PackSetCounterpartBridge(cp), nil); err != nil {
		return err
	}
	for _, t := range tokens {
		if err := s.send(ctx, "register token "+t.token.Hex(), r.New, bridgeABI.PackRegisterToken(t.token, t.counterpart), nil); err != nil {
			return err
		}
	}
	if _, err := s.wait(ctx); err != nil {
		return err
	}
	var op timelock.Operation // the calls that wait for the timelock
	for _, t := range tokens {
		if !t.mintBurn {
			continue
		}
		if err := s.send(ctx, "set token "+t.token.Hex()+" mint/burn", r.New, bridgeABI.PackSetTokenMintBurn(t.token, true), nil); err != nil {
			return err
		}
		grant := tokenABI.PackGrantRole(MinterRole, r.New)
		switch {
		case hasRole(ctx, b, t.token, common.Hash{}, auth.From):
			if err := s.send(ctx, "grant MINTER_ROLE of "+t.token.Hex()+" to the new bridge", t.token, grant, nil); err != nil {
				return err
			}
		case timelocked && hasRole(ctx, b, t.token, common.Hash{}, lock):
			op.Calls = append(op.Calls, timelock.Call{Target: t.token, Data: grant})
		default:
			r.Notes = append(r.Notes, fmt.Sprintf("grant MINTER_ROLE of token %s to the new %s bridge %s (neither the key nor the timelock administers the token)", t.token.Hex(), r.Side, r.New.Hex()))
		}
	}
	retire := bridgeABI.PackSetCounterpartBridge(common.Address{})
	if !timelocked {
		if liquidity != nil && liquidity.Sign() > 0 {
			if err := s.send(ctx, "charge native liquidity", r.New, bridgeABI.PackChargeNativeLiquidity(), liquidity); err != nil {
				return err
			}
		}
		if err := s.send(ctx, "retire the old bridge (counterpart 0)", old, retire, nil); err != nil {
			return err
		}
		_, err := s.wait(ctx)
		return ExplainOwner(err)
	}
	if err := prepareHandover(ctx, s, common.Address{}, lock, r.New, common.Address{}); err != nil {
		return err
	}
	if _, err := s.wait(ctx); err != nil {
		return err
	}
	hand := handoverOperation(lock, r.New, common.Address{}, params.Operators, liquidity, delay)
	hand.Calls = append(append(hand.Calls, op.Calls...), timelock.Call{Target: old, Data: retire})
	hand.Salt = crypto.Keccak256Hash([]byte("servicechain redeploy"), r.New.Bytes())
	return r.schedule(ctx, s, r.Side, lock, old, delay, hand,
		fmt.Sprintf("hand the new %s bridge %s to the timelock (acceptOwnership, cancellers, liquidity, MINTER_ROLE grants) and retire the old bridge %s (counterpart 0)", r.Side, r.New.Hex(), old.Hex()))
}

// repoint points the counterpart cp at the new bridge and unpauses it: at
// once, or scheduled on its timelock.
func (r *Redeployment) repoint(ctx context.Context, b Backend, auth *bind.TransactOpts, chain string, cp common.Address) error {
	s, err := newSender(ctx, b, auth, chain)
	if err != nil {
		return err
	}
	set, unpause := bridgeABI.PackSetCounterpartBridge(r.New), bridgeABI.PackUnpause()
	lock, delay, err := timelock.TimelockOf(ctx, b, cp)
	if errors.Is(err, timelock.ErrNotTimelock) {
		if err := s.send(ctx, "set counterpart bridge to the new "+r.Side+" bridge", cp, set, nil); err != nil {
			return ExplainOwner(err)
		}
		if err := s.send(ctx, "unpause", cp, unpause, nil); err != nil {
			return ExplainOwner(err)
		}
		_, err := s.wait(ctx)
		return ExplainOwner(err)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", chain, err)
	}
	op := timelock.Operation{Calls: []timelock.Call{{Target: cp, Data: set}, {Target: cp, Data: unpause}},
		Salt: crypto.Keccak256Hash([]byte("servicechain redeploy repoint"), r.New.Bytes())}
	return r.schedule(ctx, s, chain, lock, cp, delay, op,
		fmt.Sprintf("re-point the %s bridge %s at the new %s bridge %s (setCounterpartBridge) and unpause it", chain, cp.Hex(), r.Side, r.New.Hex()))
}

// schedule schedules op on lock with delay and records it.
func (r *Redeployment) schedule(ctx context.Context, s *sender, chain string, lock, contract common.Address, delay time.Duration, op timelock.Operation, what string) error {
	if err := s.send(ctx, "schedule: "+what, lock, op.ScheduleData(delay), nil); err != nil {
		return err
	}
	rs, err := s.wait(ctx)
	if err != nil {
		return err
	}
	_, at, err := timelock.StateOf(ctx, s.b, lock, op.ID())
	if err != nil {
		return fmt.Errorf("%s: %w", chain, err)
	}
	r.Scheduled = append(r.Scheduled, ScheduledChange{Chain: chain, Timelock: lock, Contract: contract, ID: op.ID(),
		Block: rs[0].BlockNumber.Uint64(), ReadyAt: at, What: what})
	return nil
}

// registeredToken is one token pair of a bridge.
type registeredToken struct {
	token, counterpart common.Address
	mintBurn           bool
}

// registeredTokens reads every token registered on bridge, its counterpart
// and its mode.
func registeredTokens(ctx context.Context, b client.Caller, bridge common.Address) ([]registeredToken, error) {
	list, err := view(ctx, b, bridge, bridgeABI.PackGetRegisteredTokenList(), bridgeABI.UnpackGetRegisteredTokenList)
	if err != nil {
		return nil, fmt.Errorf("getRegisteredTokenList: %w", err)
	}
	var out []registeredToken
	for _, t := range list {
		cp, err := view(ctx, b, bridge, bridgeABI.PackCounterpartToken(t), bridgeABI.UnpackCounterpartToken)
		if err != nil {
			return nil, fmt.Errorf("counterpartToken(%s): %w", t.Hex(), err)
		}
		if cp == (common.Address{}) {
			continue // deregistered
		}
		mb, err := view(ctx, b, bridge, bridgeABI.PackTokenMintBurn(t), bridgeABI.UnpackTokenMintBurn)
		if err != nil {
			return nil, fmt.Errorf("tokenMintBurn(%s): %w", t.Hex(), err)
		}
		out = append(out, registeredToken{t, cp, mb})
	}
	return out, nil
}

// hasRole reports whether account holds role on an AccessControl token
// (false when it cannot be read).
func hasRole(ctx context.Context, b client.Caller, token common.Address, role common.Hash, account common.Address) bool {
	ok, err := view(ctx, b, token, tokenABI.PackHasRole(role, account), tokenABI.UnpackHasRole)
	return err == nil && ok
}
