// Package owner is what a contract's owner does to a running deployment: pair
// tokens on a Bridge, register and deregister operators on a Bridge or the
// Anchor, and set their vote thresholds (the reference service chain's
// subbridge.registerToken, registerOperator and setOperatorThreshold). Every
// transaction is sent with the owner's key and waited for; each mined one is
// reported to the caller's progress callback, and a revert comes back with
// the contract's decoded custom error (plus a hint when the key is not the
// owner).
//
// A contract owned by a TimelockController (what `servicechain deploy`
// makes, issue 13) is changed in three steps: the key (the timelock's
// proposer) schedules the calls as one operation, which every operator sees
// and may cancel during the minimum delay; once the delay is over the
// operation is executed. When the delay is at most Contract.MaxWait the
// action waits and executes it; otherwise it returns after scheduling and
// says when and how to execute (`servicechain admin execute`). Pending,
// Execute and Cancel are the `servicechain admin` commands.
package owner

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/timelock"
)

var (
	bridgeABI   = bindings.NewBridge()
	anchorABI   = bindings.NewAnchor()
	timelockABI = bindings.NewTimelockController()
)

// Anchor is the Contract.Side of the Anchor contract (on the parent chain).
const Anchor = "anchor"

// Contract is one contract its owner administers.
type Contract struct {
	// Conn is the chain the contract is on; Address the contract.
	Conn    *bridgenet.Conn
	Address common.Address
	// Side is parent or child (that chain's Bridge) or Anchor.
	Side string
	// Owner signs the transactions.
	Owner *bind.TransactOpts
	// Progress (may be nil) receives each step once its transaction is
	// mined, or once it is found already done.
	Progress func(Step)
	// MaxWait is how long an action on a timelocked contract waits for its
	// operation to become executable before it executes it; a longer delay
	// returns after scheduling (0: never wait).
	MaxWait time.Duration

	startBlock uint64         // where its timelock's logs start (the devnet's bridge block; 0 unknown)
	names      timelock.Names // labels of the deployment's addresses, for descriptions
}

// name is how messages call the contract: "parent bridge", "child bridge" or "anchor".
func (c *Contract) name() string {
	if c.Side == Anchor {
		return Anchor
	}
	return c.Side + " bridge"
}

// Step is one thing done to a contract.
type Step struct {
	// What describes the step, e.g. "register operator 0x… on parent bridge 0x…".
	What string
	// Chain is the chain's name; TxHash and Block locate the transaction
	// (zero when nothing had to be sent).
	Chain  string
	TxHash common.Hash
	Block  *big.Int
}

// String renders the step as `servicechain` prints it.
func (s Step) String() string {
	if s.TxHash == (common.Hash{}) {
		return s.What
	}
	return fmt.Sprintf("%s: done (%s chain, tx %s, block %s)", s.What, s.Chain, s.TxHash.Hex(), s.Block)
}

// Call carries out one owner-only call of the contract (calldata data of
// any onlyOwner function, described by what in progress and errors): sent
// by Owner when the owner is an account, else scheduled on the owning
// TimelockController and executed once its delay passed, if that is within
// MaxWait (issue 13). Errors: the chain's, a revert explained
// (deploy.ExplainOwner), a delay longer than MaxWait (scheduled, not
// executed: `servicechain admin execute` finishes it).
func (c *Contract) Call(ctx context.Context, what string, data []byte) error {
	return c.send(ctx, what, data)
}

// send carries out one owner call of the contract (see apply).
func (c *Contract) send(ctx context.Context, what string, data []byte) error {
	return c.apply(ctx, ownerCall{what: what, data: data})
}

// ownerCall is one call of the contract as its owner, or, with onLock, a
// call of the contract's timelock on itself in the same operation (a role
// change); an onLock call is dropped when no timelock owns the contract.
type ownerCall struct {
	what   string
	data   []byte
	onLock bool
}

// apply carries out calls, in order: sent directly by the key when the
// contract's owner is not a timelock, else as one timelock operation
// (timelocked.go). Each mined transaction is reported.
func (c *Contract) apply(ctx context.Context, calls ...ownerCall) error {
	lock, delay, err := timelock.TimelockOf(ctx, c.Conn, c.Address)
	if err == nil {
		return c.scheduled(ctx, lock, delay, calls)
	}
	if !errors.Is(err, timelock.ErrNotTimelock) {
		return c.Conn.Errorf("%w", err)
	}
	for _, call := range calls {
		if call.onLock {
			continue
		}
		r, err := deploy.Send(ctx, c.Conn, c.Owner, call.what, c.Address, call.data, nil)
		if err != nil {
			return deploy.ExplainOwner(err)
		}
		c.report(Step{What: call.what, Chain: c.Conn.Name, TxHash: r.TxHash, Block: r.BlockNumber})
	}
	return nil
}

func (c *Contract) report(s Step) {
	if c.Progress != nil {
		c.Progress(s)
	}
}

// RequireCode fails when addr, given as option, holds no contract code on
// cc's chain: a call to a plain account would "succeed" and do nothing.
func RequireCode(ctx context.Context, cc *bridgenet.Conn, option string, addr common.Address) error {
	code, err := cc.CodeAt(ctx, addr, nil)
	if err != nil {
		return cc.Errorf("reading code of %s: %w", addr.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("--%s %s: no contract at this address on the %s chain (%s)", option, addr.Hex(), cc.Name, cc.URL)
	}
	return nil
}

// RegisterToken pairs token (on c's chain, given as --token) with
// counterpart (on the other chain) on the Bridge c, and with mintBurn
// switches the token to mint/burn on that bridge (which then needs the
// token's MINTER_ROLE). A token already paired with the same counterpart is
// left as it is, so the call can be repeated (to add mintBurn, say); one
// paired with another counterpart is an error.
func (c *Contract) RegisterToken(ctx context.Context, token, counterpart common.Address, mintBurn bool) error {
	if err := RequireCode(ctx, c.Conn, "token", token); err != nil {
		return err
	}
	cur, err := client.NewBridge(c.Conn, c.Address).CounterpartToken(ctx, token)
	if err != nil {
		return fmt.Errorf("%s bridge: %w (is it a servicechain Bridge on the %s chain at %s?)", c.Conn.Name, err, c.Conn.Name, c.Conn.URL)
	}
	var calls []ownerCall
	switch cur {
	case counterpart:
		c.report(Step{What: fmt.Sprintf("token %s is already registered on %s %s with counterpart %s", token.Hex(), c.name(), c.Address.Hex(), counterpart.Hex())})
	case common.Address{}:
		calls = append(calls, ownerCall{what: fmt.Sprintf("register token %s (counterpart %s) on %s %s", token.Hex(), counterpart.Hex(), c.name(), c.Address.Hex()),
			data: bridgeABI.PackRegisterToken(token, counterpart)})
	default:
		return fmt.Errorf("--token %s is already registered on %s %s with counterpart %s, not %s (deregister it first)", token.Hex(), c.name(), c.Address.Hex(), cur.Hex(), counterpart.Hex())
	}
	if mintBurn {
		calls = append(calls, ownerCall{what: fmt.Sprintf("set token %s to mint/burn on %s %s", token.Hex(), c.name(), c.Address.Hex()), data: bridgeABI.PackSetTokenMintBurn(token, true)})
	}
	if len(calls) == 0 {
		return nil
	}
	return c.apply(ctx, calls...) // one timelock operation for both
}

// AddOperator registers op on the Bridge or Anchor c (both have
// registerOperator(address)). On a timelocked Bridge the same operation
// grants op the timelock's CANCELLER_ROLE, as `servicechain deploy
// --timelock` does for the first operators, so every operator can cancel a
// change it did not expect (ARCHITECTURE.md: owner actions wait out "a
// delay that operators can see and cancel").
func (c *Contract) AddOperator(ctx context.Context, op common.Address) error {
	calls := []ownerCall{{what: fmt.Sprintf("register operator %s on %s %s", op.Hex(), c.name(), c.Address.Hex()), data: bridgeABI.PackRegisterOperator(op)}}
	if c.Side != Anchor {
		calls = append(calls, ownerCall{what: fmt.Sprintf("grant CANCELLER_ROLE to %s on the timelock", op.Hex()),
			data: timelockABI.PackGrantRole(timelock.CancellerRole, op), onLock: true})
	}
	return c.apply(ctx, calls...)
}

// RemoveOperator deregisters op from the Bridge or Anchor c; the contract
// refuses when fewer operators than a threshold would remain. On a
// timelocked Bridge the same operation revokes op's CANCELLER_ROLE on the
// timelock. The Anchor's operator changes leave the parent timelock's
// roles alone: that timelock also owns the parent Bridge, whose operators
// keep their role.
func (c *Contract) RemoveOperator(ctx context.Context, op common.Address) error {
	calls := []ownerCall{{what: fmt.Sprintf("deregister operator %s on %s %s", op.Hex(), c.name(), c.Address.Hex()), data: bridgeABI.PackDeregisterOperator(op)}}
	if c.Side != Anchor {
		calls = append(calls, ownerCall{what: fmt.Sprintf("revoke CANCELLER_ROLE of %s on the timelock", op.Hex()),
			data: timelockABI.PackRevokeRole(timelock.CancellerRole, op), onLock: true})
	}
	return c.apply(ctx, calls...)
}

// VoteType parses a Bridge vote type as --vote-type gives it: value (the
// votes a transfer needs) or config (the votes a fee change needs).
func VoteType(s string) (uint8, error) {
	switch s {
	case "value":
		return bindings.VoteValueTransfer, nil
	case "config":
		return bindings.VoteConfiguration, nil
	}
	return 0, input.Errorf("--vote-type %q: expected value or config", s)
}

// SetThreshold sets the threshold of voteType (value or config, see
// VoteType) on the Bridge c to k, or the Anchor's single threshold when c is
// the Anchor (voteType is then ignored). The contract refuses a k above its
// operator count (InvalidThreshold).
func (c *Contract) SetThreshold(ctx context.Context, voteType string, k uint8) error {
	if c.Side == Anchor {
		return c.send(ctx, fmt.Sprintf("set threshold %d on anchor %s", k, c.Address.Hex()), anchorABI.PackSetThreshold(k))
	}
	vt, err := VoteType(voteType)
	if err != nil {
		return err
	}
	return c.send(ctx, fmt.Sprintf("set %s threshold %d on %s %s", voteType, k, c.name(), c.Address.Hex()), bridgeABI.PackSetOperatorThreshold(vt, k))
}
