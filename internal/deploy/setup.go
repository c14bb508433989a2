package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// Options describes a complete two-chain deployment for Setup.
type Options struct {
	// Operators are the bridge node addresses; they are registered on both bridges and on the Anchor (the same
	// key signs on both chains). At least one, at most 32, no duplicates or zero addresses.
	Operators []common.Address
	// Threshold is the value-transfer vote threshold of both bridges (1..len(Operators); 0 means 1).
	Threshold uint8
	// ConfigThreshold is the configuration (fee) vote threshold of both bridges (0 means Threshold).
	ConfigThreshold uint8
	// AnchorThreshold is the Anchor's threshold (1..len(Operators); 0 means 1).
	AnchorThreshold uint8
	// NoAnchor skips the Anchor deployment.
	NoAnchor bool
	// ParentChainID and ChildChainID are the chains' ids, bound into each bridge's vote keys (its counterpart
	// chain). 0 means: ask the backend (it must then have a ChainID(ctx) method, as ethclient has).
	ParentChainID uint64
	ChildChainID  uint64

	// ParentNativeLiquidity and ChildNativeLiquidity (wei, nil = none) are charged into the bridges from the
	// owners' accounts. The child bridge pays native coin arriving from the parent out of this liquidity.
	ParentNativeLiquidity *big.Int
	ChildNativeLiquidity  *big.Int

	// DeployTokens deploys and registers a sample ERC-20 and ERC-721 pair:
	//  - ERC-20: originates on the parent (TokenSupply minted to the parent owner); parent bridge lock/unlock,
	//    child bridge mint/burn with MINTER_ROLE. The child owner's own MINTER_ROLE on the child token is
	//    renounced, so child supply always equals what the parent bridge holds locked.
	//  - ERC-721: both bridges mint/burn with MINTER_ROLE, so an NFT minted on either chain (both owners keep
	//    MINTER_ROLE on their NFT) can travel both ways: the source bridge burns it, the destination mints the same
	//    id with the URI carried in the request. With ParentNFTLockUnlock the parent bridge uses lock/unlock
	//    instead (NFTs must then originate on the parent).
	DeployTokens        bool
	TokenName           string   // default "ServiceChain Token"
	TokenSymbol         string   // default "SCT"
	TokenSupply         *big.Int // smallest unit; default 1e9 tokens (1e27)
	NFTName             string   // default "ServiceChain NFT"
	NFTSymbol           string   // default "SCNFT"
	ParentNFTLockUnlock bool

	// Timelock hands the ownership of each chain's Bridge (and of the
	// parent's Anchor, and the admin role of the child sample ERC-20) to an
	// OpenZeppelin TimelockController deployed on that chain (issue 13): the
	// deployer is its only proposer and executor, every operator a
	// canceller, and every owner action then waits TimelockDelay (see
	// timelock.go for the order that keeps liquidity out of a bridge the
	// deployer alone controls). Without it the deployer stays the owner
	// (tests and benchmarks that act as the owner directly).
	Timelock bool
	// TimelockDelay is the timelocks' minimum delay, in whole seconds (0 with
	// Timelock: DefaultTimelockDelay, 48 hours).
	TimelockDelay time.Duration
	// Pauser may pause the bridges at once, without the timelock (setPauser;
	// pausing stops new requests only). Zero: the deployer when Timelock is
	// set, nobody otherwise.
	Pauser common.Address
}

// Deployment lists the deployed addresses (zero when not deployed) and the blocks the bridges were deployed in
// (nodes start scanning there).
type Deployment struct {
	ParentBridge      common.Address `json:"parentBridge"`
	ChildBridge       common.Address `json:"childBridge"`
	Anchor            common.Address `json:"anchor"`
	ParentToken       common.Address `json:"parentToken"`
	ChildToken        common.Address `json:"childToken"`
	ParentNFT         common.Address `json:"parentNFT"`
	ChildNFT          common.Address `json:"childNFT"`
	ParentBridgeBlock uint64         `json:"parentBridgeBlock"`
	ChildBridgeBlock  uint64         `json:"childBridgeBlock"`
	// ParentTimelock and ChildTimelock own the contracts of their chain
	// (Options.Timelock; zero otherwise).
	ParentTimelock common.Address `json:"parentTimelock,omitempty"`
	ChildTimelock  common.Address `json:"childTimelock,omitempty"`
	// TimelockDelay is their minimum delay (0 without timelocks).
	TimelockDelay time.Duration `json:"timelockDelayNs,omitempty"`
}

func (o *Options) normalize() error {
	n := len(o.Operators)
	if n == 0 || n > 32 {
		return fmt.Errorf("deploy: %d operators, expected 1..32", n)
	}
	seen := make(map[common.Address]bool, n)
	for i, op := range o.Operators {
		if op == (common.Address{}) {
			return fmt.Errorf("deploy: operator %d is the zero address", i)
		}
		if seen[op] {
			return fmt.Errorf("deploy: operator %s listed twice", op)
		}
		seen[op] = true
	}
	if o.Threshold == 0 {
		o.Threshold = 1
	}
	if o.ConfigThreshold == 0 {
		o.ConfigThreshold = o.Threshold
	}
	if o.AnchorThreshold == 0 {
		o.AnchorThreshold = 1
	}
	for _, t := range []struct {
		name string
		v    uint8
	}{{"threshold", o.Threshold}, {"config threshold", o.ConfigThreshold}, {"anchor threshold", o.AnchorThreshold}} {
		if int(t.v) > n {
			return fmt.Errorf("deploy: %s %d exceeds the %d operators", t.name, t.v, n)
		}
	}
	for _, l := range []struct {
		name string
		v    *big.Int
	}{{"parent native liquidity", o.ParentNativeLiquidity}, {"child native liquidity", o.ChildNativeLiquidity}} {
		if l.v != nil && l.v.Sign() < 0 {
			return fmt.Errorf("deploy: %s %s wei is negative", l.name, l.v)
		}
	}
	if o.TokenName == "" {
		o.TokenName = "ServiceChain Token"
	}
	if o.TokenSymbol == "" {
		o.TokenSymbol = "SCT"
	}
	if o.TokenSupply == nil {
		o.TokenSupply = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	}
	if o.NFTName == "" {
		o.NFTName = "ServiceChain NFT"
	}
	if o.NFTSymbol == "" {
		o.NFTSymbol = "SCNFT"
	}
	if o.TimelockDelay < 0 || o.TimelockDelay%time.Second != 0 {
		return fmt.Errorf("deploy: timelock delay %s: expected whole seconds >= 0", o.TimelockDelay)
	}
	if o.Timelock && o.TimelockDelay == 0 {
		o.TimelockDelay = DefaultTimelockDelay
	}
	return nil
}

// Setup deploys and wires a complete setup on two distinct chains: a Bridge on each (owned by parentOwner /
// childOwner, paired as counterparts), the operators and thresholds on both, the Anchor on the parent (unless
// NoAnchor), native liquidity, and with DeployTokens the sample token pairs (see Options); with Timelock the
// ownership then goes to a TimelockController per chain. The two chains are configured concurrently, in phases of
// independent transactions each; every transaction is waited for. parent and child must be different chains (the
// owners' nonces are managed locally per chain).
//
// Thresholds are constructor arguments, so no bridge ever runs with a lower threshold than requested, whatever
// step fails. With Timelock, liquidity arrives only in the transaction that makes the timelock the owner with its
// full delay, so a deployment that stops midway leaves no bridge holding liquidity that the deployer's key alone
// controls (TestSetupFailingAtEachStep). On error the Deployment returned holds what was deployed so far.
func Setup(ctx context.Context, parent, child Backend, parentOwner, childOwner *bind.TransactOpts, opts Options) (*Deployment, error) {
	if err := opts.normalize(); err != nil {
		return nil, err
	}
	ps, err := newSender(ctx, parent, parentOwner, "parent")
	if err != nil {
		return nil, err
	}
	cs, err := newSender(ctx, child, childOwner, "child")
	if err != nil {
		return nil, err
	}
	d := &Deployment{}
	P, C := parentOwner.From, childOwner.From
	nonZero := func(v *big.Int) bool { return v != nil && v.Sign() > 0 }
	// Operators and thresholds are constructor arguments (no window with a lower threshold); each bridge binds the
	// other chain's id into its vote keys.
	parentID, err := chainID(ctx, parent, opts.ParentChainID)
	if err != nil {
		return nil, fmt.Errorf("deploy: parent chain id: %w", err)
	}
	childID, err := chainID(ctx, child, opts.ChildChainID)
	if err != nil {
		return nil, fmt.Errorf("deploy: child chain id: %w", err)
	}
	parentBridge := BridgeParams{Operators: opts.Operators, Threshold: opts.Threshold, ConfigThreshold: opts.ConfigThreshold, CounterpartChainID: childID}
	childBridge := BridgeParams{Operators: opts.Operators, Threshold: opts.Threshold, ConfigThreshold: opts.ConfigThreshold, CounterpartChainID: parentID}
	anchor := AnchorParams{Operators: opts.Operators, Threshold: opts.AnchorThreshold}

	// Phase 1: contracts.
	err = both(ctx, ps, cs, func(ctx context.Context) error {
		var err error
		if d.ParentBridge, err = ps.deploy(ctx, "deploy Bridge", &bindings.BridgeMetaData, parentBridge.constructor(P)); err != nil {
			return err
		}
		if !opts.NoAnchor {
			if d.Anchor, err = ps.deploy(ctx, "deploy Anchor", &bindings.AnchorMetaData, anchor.constructor(P)); err != nil {
				return err
			}
		}
		if opts.Timelock {
			if d.ParentTimelock, err = ps.deploy(ctx, "deploy TimelockController", &bindings.TimelockControllerMetaData, timelockConstructor(P)); err != nil {
				return err
			}
		}
		if opts.DeployTokens {
			if d.ParentToken, err = ps.deploy(ctx, "deploy ServiceChainToken", &bindings.ServiceChainTokenMetaData,
				tokenABI.PackConstructor(opts.TokenName, opts.TokenSymbol, P, opts.TokenSupply)); err != nil {
				return err
			}
			if d.ParentNFT, err = ps.deploy(ctx, "deploy ServiceChainNFT", &bindings.ServiceChainNFTMetaData,
				nftABI.PackConstructor(opts.NFTName, opts.NFTSymbol, P)); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context) error {
		var err error
		if d.ChildBridge, err = cs.deploy(ctx, "deploy Bridge", &bindings.BridgeMetaData, childBridge.constructor(C)); err != nil {
			return err
		}
		if opts.Timelock {
			if d.ChildTimelock, err = cs.deploy(ctx, "deploy TimelockController", &bindings.TimelockControllerMetaData, timelockConstructor(C)); err != nil {
				return err
			}
		}
		if opts.DeployTokens {
			if d.ChildToken, err = cs.deploy(ctx, "deploy ServiceChainToken", &bindings.ServiceChainTokenMetaData,
				tokenABI.PackConstructor(opts.TokenName, opts.TokenSymbol, C, new(big.Int))); err != nil {
				return err
			}
			if d.ChildNFT, err = cs.deploy(ctx, "deploy ServiceChainNFT", &bindings.ServiceChainNFTMetaData,
				nftABI.PackConstructor(opts.NFTName, opts.NFTSymbol, C)); err != nil {
				return err
			}
		}
		return nil
	}, func(pr, cr []*types.Receipt) {
		d.ParentBridgeBlock = pr[0].BlockNumber.Uint64()
		d.ChildBridgeBlock = cr[0].BlockNumber.Uint64()
	})
	if err != nil {
		return d, err
	}

	// Phase 2: token pairs, counterparts, roles, liquidity (independent of each other).
	err = both(ctx, ps, cs, func(ctx context.Context) error {
		if err := ps.send(ctx, "set counterpart bridge", d.ParentBridge, bridgeABI.PackSetCounterpartBridge(d.ChildBridge), nil); err != nil {
			return err
		}
		if opts.Timelock {
			if err := prepareHandover(ctx, ps, opts.Pauser, d.ParentTimelock, d.ParentBridge, d.Anchor); err != nil {
				return err
			}
		}
		if nonZero(opts.ParentNativeLiquidity) && !opts.Timelock {
			if err := ps.send(ctx, "charge native liquidity", d.ParentBridge, bridgeABI.PackChargeNativeLiquidity(), opts.ParentNativeLiquidity); err != nil {
				return err
			}
		}
		if opts.DeployTokens {
			if err := ps.send(ctx, "register ERC-20 token", d.ParentBridge, bridgeABI.PackRegisterToken(d.ParentToken, d.ChildToken), nil); err != nil {
				return err
			}
			if err := ps.send(ctx, "register ERC-721 token", d.ParentBridge, bridgeABI.PackRegisterToken(d.ParentNFT, d.ChildNFT), nil); err != nil {
				return err
			}
			if !opts.ParentNFTLockUnlock {
				if err := ps.send(ctx, "grant NFT MINTER_ROLE to bridge", d.ParentNFT, nftABI.PackGrantRole(MinterRole, d.ParentBridge), nil); err != nil {
					return err
				}
			}
		}
		return nil
	}, func(ctx context.Context) error {
		if err := cs.send(ctx, "set counterpart bridge", d.ChildBridge, bridgeABI.PackSetCounterpartBridge(d.ParentBridge), nil); err != nil {
			return err
		}
		if opts.Timelock {
			if err := prepareHandover(ctx, cs, opts.Pauser, d.ChildTimelock, d.ChildBridge, common.Address{}); err != nil {
				return err
			}
		}
		if nonZero(opts.ChildNativeLiquidity) && !opts.Timelock {
			if err := cs.send(ctx, "charge native liquidity", d.ChildBridge, bridgeABI.PackChargeNativeLiquidity(), opts.ChildNativeLiquidity); err != nil {
				return err
			}
		}
		if opts.DeployTokens {
			if err := cs.send(ctx, "register ERC-20 token", d.ChildBridge, bridgeABI.PackRegisterToken(d.ChildToken, d.ParentToken), nil); err != nil {
				return err
			}
			if err := cs.send(ctx, "register ERC-721 token", d.ChildBridge, bridgeABI.PackRegisterToken(d.ChildNFT, d.ParentNFT), nil); err != nil {
				return err
			}
			if err := cs.send(ctx, "grant token MINTER_ROLE to bridge", d.ChildToken, tokenABI.PackGrantRole(MinterRole, d.ChildBridge), nil); err != nil {
				return err
			}
			if err := cs.send(ctx, "grant NFT MINTER_ROLE to bridge", d.ChildNFT, nftABI.PackGrantRole(MinterRole, d.ChildBridge), nil); err != nil {
				return err
			}
		}
		return nil
	}, nil)
	if err != nil {
		return d, err
	}

	// Phase 3: token modes (need the registrations).
	err = both(ctx, ps, cs, func(ctx context.Context) error {
		if opts.DeployTokens && !opts.ParentNFTLockUnlock {
			if err := ps.send(ctx, "set ERC-721 token mint/burn", d.ParentBridge, bridgeABI.PackSetTokenMintBurn(d.ParentNFT, true), nil); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context) error {
		if opts.DeployTokens {
			if err := cs.send(ctx, "set ERC-20 token mint/burn", d.ChildBridge, bridgeABI.PackSetTokenMintBurn(d.ChildToken, true), nil); err != nil {
				return err
			}
			if err := cs.send(ctx, "set ERC-721 token mint/burn", d.ChildBridge, bridgeABI.PackSetTokenMintBurn(d.ChildNFT, true), nil); err != nil {
				return err
			}
			if err := cs.send(ctx, "renounce owner's MINTER_ROLE on the child ERC-20", d.ChildToken,
				tokenABI.PackRenounceRole(MinterRole, C), nil); err != nil {
				return err
			}
			if opts.Timelock { // the token admin could grant MINTER_ROLE again: that power waits for the timelock too
				if err := cs.send(ctx, "grant the child ERC-20's admin role to the timelock", d.ChildToken,
					tokenABI.PackGrantRole(common.Hash{}, d.ChildTimelock), nil); err != nil {
					return err
				}
				if err := cs.send(ctx, "renounce owner's admin role on the child ERC-20", d.ChildToken,
					tokenABI.PackRenounceRole(common.Hash{}, C), nil); err != nil {
					return err
				}
			}
		}
		return nil
	}, nil)
	if err != nil {
		return d, err
	}
	if !opts.Timelock {
		return d, nil
	}
	// Phase 4: the timelocks take over (see handover).
	if err := handover(ctx, ps, cs, d, opts); err != nil {
		return d, err
	}
	d.TimelockDelay = opts.TimelockDelay
	return d, nil
}

// chainID is known when not 0, else b's chain id (ethclient, the simulated backend and chain.Client all answer
// ChainID).
func chainID(ctx context.Context, b Backend, known uint64) (uint64, error) {
	if known != 0 {
		return known, nil
	}
	cb, ok := b.(interface {
		ChainID(context.Context) (*big.Int, error)
	})
	if !ok {
		return 0, fmt.Errorf("backend %T has no ChainID method; set Options.ParentChainID and ChildChainID", b)
	}
	id, err := cb.ChainID(ctx)
	if err != nil {
		return 0, err
	}
	if !id.IsUint64() {
		return 0, fmt.Errorf("chain id %s does not fit 64 bits", id)
	}
	return id.Uint64(), nil
}

// both runs the parent and child phase functions concurrently, then waits for all their transactions; done (if
// not nil) gets the receipts of both sides when everything succeeded.
func both(ctx context.Context, ps, cs *sender, parentFn, childFn func(context.Context) error, done func(pr, cr []*types.Receipt)) error {
	var wg sync.WaitGroup
	var perr, cerr error
	var prs, crs []*types.Receipt
	run := func(s *sender, fn func(context.Context) error, errp *error, rsp *[]*types.Receipt) {
		defer wg.Done()
		sendErr := fn(ctx)
		rs, waitErr := s.wait(ctx) // wait even after a send error: earlier transactions are in flight
		*rsp = rs
		*errp = errors.Join(sendErr, waitErr)
	}
	wg.Add(2)
	go run(ps, parentFn, &perr, &prs)
	go run(cs, childFn, &cerr, &crs)
	wg.Wait()
	if err := errors.Join(perr, cerr); err != nil {
		return err
	}
	if done != nil {
		done(prs, crs)
	}
	return nil
}
