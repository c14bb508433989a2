package owner

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/timelock"
)

// Target names a contract to administer the way the owner commands take it:
// the chain, its RPC URL or a devnet, the contract and the owner's key.
type Target struct {
	// Side is parent or child (that chain's Bridge) or Anchor.
	Side string
	// RPC is the chain's JSON-RPC URL; or Devnet, a devnet data directory
	// whose chain, contracts (the default Address) and dev accounts are used.
	RPC, Devnet string
	// Address is the contract as given with the option named Option (nil:
	// the devnet's).
	Address *string
	Option  string
	// Key is the owner's key (its DevKeys are filled from Devnet).
	Key keys.Source
	// Progress receives each step (see Contract.Progress).
	Progress func(Step)
	// MaxWait is Contract.MaxWait: how long an action on a timelocked
	// contract waits to execute what it scheduled.
	MaxWait time.Duration
	// readOnly: no key is needed (admin pending).
	readOnly bool
}

// Open dials the target's chain, resolves the contract, loads the owner key
// and checks that the contract has code; the caller closes the Contract's
// Conn. Input errors name the option: both or neither of RPC and Devnet, no
// Address without a devnet, a malformed address, and those of keys.Source.
func Open(ctx context.Context, t Target) (c Contract, err error) {
	chainName, url := t.Side, t.RPC
	if t.Side == Anchor {
		chainName = bridgenet.Parent
	}
	var info *devnet.Info
	if t.Devnet != "" {
		if url != "" {
			return c, input.Errorf("give either --devnet DIR or --rpc URL, not both")
		}
		if info, err = devnet.ReadInfo(t.Devnet); err != nil {
			return c, err
		}
		url = info.Child.HTTP
		if chainName == bridgenet.Parent {
			url = info.Parent.HTTP
		}
		t.Key.DevKeys = make([]string, len(info.Accounts))
		for i, a := range info.Accounts {
			t.Key.DevKeys[i] = a.PrivateKey
		}
	}
	if url == "" {
		return c, input.Errorf("%s: give --rpc URL (of the %s chain) or --devnet DIR", t.Key.Command, chainName)
	}
	if c.Conn, err = bridgenet.Dial(ctx, chainName, url); err != nil {
		return c, err
	}
	c.Side, c.Progress, c.MaxWait = t.Side, t.Progress, t.MaxWait
	if err = c.resolve(ctx, t, info); err != nil {
		c.Conn.Close()
	}
	return c, err
}

func (c *Contract) resolve(ctx context.Context, t Target, info *devnet.Info) (err error) {
	switch {
	case t.Address != nil:
		if c.Address, err = input.Address(t.Option, *t.Address); err != nil {
			return err
		}
	case info != nil:
		c.Address = map[string]common.Address{bridgenet.Parent: info.Contracts.ParentBridge, bridgenet.Child: info.Contracts.ChildBridge, Anchor: info.Contracts.Anchor}[t.Side]
	default:
		return input.Errorf("%s: --%s ADDRESS is required (or --devnet DIR for the devnet's contracts)", t.Key.Command, t.Option)
	}
	c.names = timelock.Names{c.Address: c.name()}
	if info != nil {
		k := info.Contracts
		c.startBlock = k.ChildBridgeBlock
		if t.Side != bridgenet.Child {
			c.startBlock = k.ParentBridgeBlock
		}
		for a, n := range map[common.Address]string{k.ParentBridge: "parent bridge", k.ChildBridge: "child bridge", k.Anchor: "anchor",
			k.ParentTimelock: "parent timelock", k.ChildTimelock: "child timelock", k.ParentToken: "parent ERC-20", k.ChildToken: "child ERC-20"} {
			if a != (common.Address{}) {
				c.names[a] = n
			}
		}
	}
	if t.readOnly {
		return RequireCode(ctx, c.Conn, t.Option, c.Address)
	}
	key, err := t.Key.Key()
	if err != nil {
		return err
	}
	c.Owner = bind.NewKeyedTransactor(key, c.Conn.ChainID)
	return RequireCode(ctx, c.Conn, t.Option, c.Address)
}
