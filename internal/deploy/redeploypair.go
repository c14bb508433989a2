package deploy

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/units"
)

// RedeploySpec is `servicechain deploy --redeploy SIDE` as a person gives
// it. Options checks it.
type RedeploySpec struct {
	// Side is the bridge to replace: parent or child.
	Side string
	// Deployment is the JSON file `servicechain deploy` wrote (a Result), or
	// a devnet's devnet.json.
	Deployment string
	// StartNonce is the new bridge's start nonce (nil: the safe minimum).
	StartNonce *uint64
	// DrainTimeout is RedeployOptions.DrainTimeout (0: the default).
	DrainTimeout time.Duration
	// ParentLiquidity and ChildLiquidity are ether amounts; only the one of
	// Side may be given (charged into the new bridge).
	ParentLiquidity, ChildLiquidity *string
	// Out is where the updated deployment is written ("": nowhere); an
	// existing file is refused unless Force.
	Out   string
	Force bool
	// DeployOnly lists the options given that only a fresh deployment takes
	// (--operator, --threshold, ...): refused, the new bridge takes its
	// counterpart's operators and thresholds.
	DeployOnly []string
}

// Options checks s, reads the deployment file and returns the Redeploy
// options and the deployment. Errors are input errors naming the option
// and the value.
func (s RedeploySpec) Options() (RedeployOptions, *Result, error) {
	o := RedeployOptions{Side: s.Side, StartNonce: s.StartNonce, DrainTimeout: s.DrainTimeout}
	if s.Side != bridgenet.Parent && s.Side != bridgenet.Child {
		return o, nil, input.Errorf("--redeploy %q: expected parent or child (the bridge to replace)", s.Side)
	}
	if len(s.DeployOnly) > 0 {
		return o, nil, input.Errorf("--%s goes without --redeploy: the new bridge takes the operators and thresholds of its counterpart", s.DeployOnly[0])
	}
	if s.Deployment == "" {
		return o, nil, input.Errorf("--redeploy needs --deployment FILE (the JSON `servicechain deploy --out` wrote, or with --devnet its devnet.json)")
	}
	for _, l := range []struct {
		side, option string
		v            *string
	}{{bridgenet.Parent, "parent-liquidity", s.ParentLiquidity}, {bridgenet.Child, "child-liquidity", s.ChildLiquidity}} {
		if l.v == nil {
			continue
		}
		if l.side != s.Side {
			return o, nil, input.Errorf("--%s goes with --redeploy %s (it charges the new bridge)", l.option, l.side)
		}
		var err error
		if o.Liquidity, err = input.Amount(l.option, *l.v, units.Ether); err != nil {
			return o, nil, err
		}
	}
	if s.Out != "" && !s.Force {
		if _, err := os.Stat(s.Out); err == nil {
			return o, nil, input.Errorf("--out %s already exists (add --force to overwrite it)", s.Out)
		}
	}
	dep, err := ReadResult(s.Deployment)
	return o, dep, err
}

// ReadResult reads a deployment file: the JSON `servicechain deploy` writes
// (a Result) or a devnet's devnet.json (its "contracts"). Errors: input
// errors naming the file when it cannot be read or parsed, or has no bridge
// addresses.
func ReadResult(path string) (*Result, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, input.Errorf("--deployment: %w", err)
	}
	var devnet struct {
		Contracts *Deployment `json:"contracts"`
	}
	var res Result
	if err := json.Unmarshal(b, &devnet); err == nil && devnet.Contracts != nil {
		res.Deployment = *devnet.Contracts
	} else if err := json.Unmarshal(b, &res); err != nil {
		return nil, input.Errorf("--deployment %s: %v (expected the JSON of servicechain deploy --out)", path, err)
	}
	if res.ParentBridge == (common.Address{}) || res.ChildBridge == (common.Address{}) {
		return nil, input.Errorf("--deployment %s: no parentBridge and childBridge addresses in it (expected the JSON of servicechain deploy --out)", path)
	}
	return &res, nil
}

// RedeployPair runs Redeploy on p's chains with key as the deployer (the
// timelocks' proposer and the bridges' pauser), writes the updated
// deployment to out (unless "") and tells progress (may be nil) each step
// and what the operators must do next (Redeployment.Instructions). Errors:
// the deployment's chain ids are not p's chains; Redeploy's; out cannot be
// written.
func RedeployPair(ctx context.Context, p *bridgenet.Pair, key *ecdsa.PrivateKey, dep Result, opts RedeployOptions, out string, progress func(string)) (*Redeployment, error) {
	say := func(format string, args ...any) {
		if progress != nil {
			progress(fmt.Sprintf(format, args...))
		}
	}
	for _, c := range []struct {
		name string
		id   *uint64
		conn *bridgenet.Conn
	}{{"parent", &dep.ParentChainID, p.Parent}, {"child", &dep.ChildChainID, p.Child}} {
		if *c.id != 0 && new(big.Int).SetUint64(*c.id).Cmp(c.conn.ChainID) != 0 {
			return nil, input.Errorf("--deployment: %sChainId %d, but --%s-rpc serves chain %s", c.name, *c.id, c.name, c.conn.ChainID)
		}
		*c.id = c.conn.ChainID.Uint64()
	}
	say("redeploying the %s bridge %s of the pair (counterpart: the other chain's bridge) ...", opts.Side, map[string]common.Address{bridgenet.Parent: dep.ParentBridge, bridgenet.Child: dep.ChildBridge}[opts.Side].Hex())
	r, err := Redeploy(ctx, p.Parent, p.Child, bind.NewKeyedTransactor(key, p.Parent.ChainID), bind.NewKeyedTransactor(key, p.Child.ChainID), dep, opts)
	if err != nil {
		if r != nil && r.New != (common.Address{}) {
			err = fmt.Errorf("%w (the new %s bridge %s was deployed in block %d before this; scheduled so far: %d operations)", err, r.Side, r.New.Hex(), r.NewBlock, len(r.Scheduled))
		}
		return r, ExplainOwner(err)
	}
	if err := writeResult(&r.Result, out, say); err != nil {
		return r, err
	}
	for _, line := range r.Instructions() {
		say("%s", line)
	}
	return r, nil
}

// Instructions are what the operators must do after Redeploy, in order: the
// bridge.toml change, the timelock operations to execute and the notes.
func (r *Redeployment) Instructions() []string {
	other := bridgenet.Child
	if r.Side == bridgenet.Child {
		other = bridgenet.Parent
	}
	b := r.Bounds
	lines := []string{
		fmt.Sprintf("new %s bridge %s deployed in block %d with start nonce %d (safe: %d to %d; %s requestNonce %d, old requestNonce %d, %s upperHandleNonce %d); "+
			"the old %s bridge %s and the %s bridge are paused", r.Side, r.New.Hex(), r.NewBlock, r.StartNonce, b.Min, b.Max, other, b.CounterpartRequestNonce,
			b.OldRequestNonce, other, b.CounterpartUpper, r.Side, r.Old.Hex(), other),
		fmt.Sprintf("in every node's bridge.toml set, in [%s]: bridge = \"%s\" and start_block = %d, and restart the node (the [%s] table stays as it is)",
			r.Side, r.New.Hex(), r.NewBlock, other),
	}
	if len(r.Scheduled) == 0 {
		lines = append(lines, fmt.Sprintf("done: the %s bridge takes requests from the new bridge and is unpaused; the old bridge handles nothing more", other))
	}
	for _, s := range r.Scheduled {
		lines = append(lines, fmt.Sprintf("scheduled on the %s timelock %s: %s (operation %s, executable from %s); then run: "+
			"servicechain admin execute --chain %s --rpc URL --contract %s --id %s --from-block %d (with the executor's key)",
			s.Chain, s.Timelock.Hex(), s.What, s.ID.Hex(), s.ReadyAt.Format(time.RFC3339), s.Chain, s.Contract.Hex(), s.ID.Hex(), s.Block))
	}
	if len(r.Scheduled) > 0 {
		lines = append(lines, fmt.Sprintf("execute the %s operation (it unpauses the %s bridge) only once every node runs with the new address", other, other))
	}
	return append(lines, r.Notes...)
}
