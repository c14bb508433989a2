package main

// Administration of real chains, the equivalents of the reference service
// chain's subbridge.registerBridge, registerToken, registerOperator and
// setOperatorThreshold: deploy, token register, operator add|remove and
// threshold set. Every transaction is sent with the owner key and waited
// for; a revert is reported with the contract's decoded custom error.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/devnet"
)

// adminTimeoutFlag bounds one admin command (all its transactions).
var adminTimeoutFlag = &cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "give up after this `DURATION` (e.g. 90s, 5m)"}

// singleChainFlags are the connection flags of a command that talks to one
// chain: --rpc URL, or --devnet DIR.
func singleChainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC `URL` of the chain named by --chain (anchor: the parent chain)"},
		&cli.StringFlag{Name: "devnet", Usage: "take the RPC URL and default contract addresses from `DIR`/devnet.json"},
	}
}

// oneChain is the connection, signing options and devnet (if any) of a
// single-chain admin command.
type oneChain struct {
	cc     *chainConn
	devnet *devnet.Info
}

// connectOne reads --rpc/--devnet for chain side (parent, child; anchor
// means parent) and dials it.
func connectOne(ctx context.Context, c *cli.Context, side string) (*oneChain, error) {
	chainName := side
	if side == "anchor" {
		chainName = "parent"
	}
	o := &oneChain{}
	url := c.String("rpc")
	if dir := c.String("devnet"); dir != "" {
		if url != "" {
			return nil, usageErrorf("give either --devnet DIR or --rpc URL, not both")
		}
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		o.devnet = info
		url = info.Parent.HTTP
		if chainName == "child" {
			url = info.Child.HTTP
		}
	}
	if url == "" {
		return nil, usageErrorf("%s: give --rpc URL (of the %s chain) or --devnet DIR", cmdPath(c), chainName)
	}
	cc, err := dial(ctx, chainName, url)
	if err != nil {
		return nil, err
	}
	o.cc = cc
	return o, nil
}

// adminTarget dials chain side, resolves the contract named by --flag (the
// devnet's when --devnet is given), loads the owner key and checks that the
// address holds code: the common start of the single-chain admin commands.
// The caller closes oc.cc.
func adminTarget(ctx context.Context, c *cli.Context, side, flag string) (*oneChain, common.Address, bindTransactor, error) {
	oc, err := connectOne(ctx, c, side)
	if err != nil {
		return nil, common.Address{}, bindTransactor{}, err
	}
	addr, err := contractFlag(c, flag, oc.devnet, side)
	var auth bindTransactor
	if err == nil {
		auth, err = ownerAuth(c, oc)
	}
	if err == nil {
		err = requireCode(ctx, oc.cc, flag, addr)
	}
	if err != nil {
		oc.cc.Close()
		return nil, common.Address{}, bindTransactor{}, err
	}
	return oc, addr, auth, nil
}

// contractFlag resolves an address flag that defaults to a devnet contract.
func contractFlag(c *cli.Context, name string, info *devnet.Info, side string) (common.Address, error) {
	if c.IsSet(name) {
		return parseAddress(name, c.String(name))
	}
	if info != nil {
		switch side {
		case "parent":
			return info.Contracts.ParentBridge, nil
		case "child":
			return info.Contracts.ChildBridge, nil
		case "anchor":
			return info.Contracts.Anchor, nil
		}
	}
	return common.Address{}, usageErrorf("%s: --%s ADDRESS is required (or --devnet DIR for the devnet's contracts)", cmdPath(c), name)
}

// requireCode refuses an address without contract code: a call to a plain
// account would "succeed" and do nothing.
func requireCode(ctx context.Context, cc *chainConn, flag string, addr common.Address) error {
	code, err := cc.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("%s chain at %s: reading code of %s: %w", cc.Name, cc.URL, addr.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("--%s %s: no contract at this address on the %s chain (%s)", flag, addr.Hex(), cc.Name, cc.URL)
	}
	return nil
}

// sendStep sends one owner transaction, waits for it and prints it.
func sendStep(ctx context.Context, c *cli.Context, cc *chainConn, auth bindTransactor, what string, to common.Address, data []byte) (*types.Receipt, error) {
	r, err := deploy.Send(ctx, cc, auth.opts, what, to, data, nil)
	if err != nil {
		return nil, explainAdmin(err)
	}
	fmt.Fprintf(c.App.Writer, "%s: done (%s chain, tx %s, block %s)\n", what, cc.Name, r.TxHash.Hex(), r.BlockNumber)
	return r, nil
}

// explainAdmin adds a hint to the reverts an administrator most often meets.
func explainAdmin(err error) error {
	var te *deploy.TxError
	if errors.As(err, &te) && strings.HasPrefix(te.Reason, "OwnableUnauthorizedAccount") {
		return fmt.Errorf("%w: the key is not the contract's owner", err)
	}
	return err
}

// bindTransactor carries the signing options and the signer's address.
type bindTransactor struct {
	opts *bind.TransactOpts
	from common.Address
}

// ---- deploy ----

var deployCommand = &cli.Command{
	Name:      "deploy",
	Usage:     "deploy and wire a Bridge pair (and the Anchor, and optionally sample tokens) on two chains",
	ArgsUsage: " ",
	Description: `Deploys a Bridge on the parent and on the child chain (owned by the key's
address, paired as counterparts), registers --operator on both (and on the
Anchor), sets the thresholds, deploys the Anchor on the parent chain (unless
--no-anchor), optionally charges native liquidity and deploys a sample
ERC-20/ERC-721 pair (--sample-tokens). Prints the addresses as JSON (and
writes them to --out); the bridgeBlock numbers are where nodes start scanning
(parent.start_block / child.start_block in bridge.toml).

   servicechain deploy --parent-rpc URL --child-rpc URL --key-file owner.hex \
       --operator 0xA... --operator 0xB... --operator 0xC... --threshold 2 --out deployment.json`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "parent-rpc", Usage: "parent chain JSON-RPC `URL`"},
		&cli.StringFlag{Name: "child-rpc", Usage: "child chain JSON-RPC `URL`"},
		&cli.StringFlag{Name: "devnet", Usage: "take the RPC URLs (and --account keys) from `DIR`/devnet.json"},
		&cli.StringSliceFlag{Name: "operator", Usage: "operator `ADDRESS` (repeat the flag, or separate with commas); 1 to 32"},
		&cli.IntFlag{Name: "threshold", Value: 1, Usage: "value-transfer votes needed, `K` from 1 to the number of operators"},
		&cli.IntFlag{Name: "config-threshold", DefaultText: "--threshold", Usage: "configuration (fee) votes needed, `K`"},
		&cli.IntFlag{Name: "anchor-threshold", Value: 1, Usage: "anchor votes needed, `K`"},
		&cli.BoolFlag{Name: "no-anchor", Usage: "do not deploy the Anchor contract"},
		&cli.BoolFlag{Name: "sample-tokens", Usage: "also deploy and register the sample ERC-20 (supply to the owner on the parent) and ERC-721 pair"},
		&cli.StringFlag{Name: "parent-liquidity", Usage: "charge `ETHER` of native liquidity into the parent bridge (pays child-to-parent transfers)"},
		&cli.StringFlag{Name: "child-liquidity", Usage: "charge `ETHER` of native liquidity into the child bridge (pays parent-to-child transfers)"},
		&cli.StringFlag{Name: "out", Usage: "also write the addresses to `FILE` (JSON)"},
		&cli.BoolFlag{Name: "force", Usage: "overwrite --out if it exists"},
		adminTimeoutFlag,
	}, keyFlags("owner", true)...),
	Action: deployRun,
}

// deployArgs are the checked flags of `deploy`.
type deployArgs struct {
	opts deploy.Options
	out  string
}

func parseDeployArgs(c *cli.Context) (*deployArgs, error) {
	if err := noArgs(c); err != nil {
		return nil, err
	}
	a := &deployArgs{out: c.String("out")}
	for _, v := range c.StringSlice("operator") {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s == "" {
				continue
			}
			addr, err := parseAddress("operator", s)
			if err != nil {
				return nil, err
			}
			for _, prev := range a.opts.Operators {
				if prev == addr {
					return nil, usageErrorf("--operator %s: given twice", addr.Hex())
				}
			}
			a.opts.Operators = append(a.opts.Operators, addr)
		}
	}
	n := len(a.opts.Operators)
	if n == 0 {
		return nil, usageErrorf("deploy: give the operators: --operator ADDRESS (repeat it for each)")
	}
	if n > 32 {
		return nil, usageErrorf("--operator: %d operators, expected at most 32", n)
	}
	for _, t := range []struct {
		flag string
		dst  *uint8
	}{{"threshold", &a.opts.Threshold}, {"config-threshold", &a.opts.ConfigThreshold}, {"anchor-threshold", &a.opts.AnchorThreshold}} {
		if t.flag == "config-threshold" && !c.IsSet(t.flag) {
			continue
		}
		v := c.Int(t.flag)
		if v < 1 || v > n {
			return nil, usageErrorf("--%s %d: expected 1 to the number of operators (%d)", t.flag, v, n)
		}
		*t.dst = uint8(v)
	}
	a.opts.NoAnchor = c.Bool("no-anchor")
	if a.opts.NoAnchor && c.IsSet("anchor-threshold") {
		return nil, usageErrorf("--anchor-threshold goes without --no-anchor")
	}
	a.opts.DeployTokens = c.Bool("sample-tokens")
	for _, l := range []struct {
		flag string
		dst  **big.Int
	}{{"parent-liquidity", &a.opts.ParentNativeLiquidity}, {"child-liquidity", &a.opts.ChildNativeLiquidity}} {
		if !c.IsSet(l.flag) {
			continue
		}
		v, err := parsePositiveAmount(l.flag, c.String(l.flag), 18)
		if err != nil {
			return nil, err
		}
		*l.dst = v
	}
	if a.out != "" && !c.Bool("force") {
		if _, err := os.Stat(a.out); err == nil {
			return nil, usageErrorf("--out %s already exists (add --force to overwrite it)", a.out)
		}
	}
	return a, nil
}

// deployResult is what `deploy` prints: the addresses plus the chains.
type deployResult struct {
	ParentChainID uint64         `json:"parentChainId"`
	ChildChainID  uint64         `json:"childChainId"`
	Owner         common.Address `json:"owner"`
	deploy.Deployment
	Operators []common.Address `json:"operators"`
	Threshold uint8            `json:"threshold"`
}

func deployRun(c *cli.Context) error {
	a, err := parseDeployArgs(c)
	if err != nil {
		return err
	}
	nw, err := resolveNetwork(c, need{parent: true, child: true})
	if err != nil {
		return err
	}
	key, err := loadKey(c, nw.Devnet)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	parent, err := dial(ctx, "parent", nw.ParentRPC)
	if err != nil {
		return err
	}
	defer parent.Close()
	child, err := dial(ctx, "child", nw.ChildRPC)
	if err != nil {
		return err
	}
	defer child.Close()
	if parent.ChainID.Cmp(child.ChainID) == 0 {
		return fmt.Errorf("--parent-rpc and --child-rpc are the same chain (chain id %s): expected two different chains", parent.ChainID)
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	fmt.Fprintf(c.App.ErrWriter, "deploying from %s on parent (chain id %s) and child (chain id %s) ...\n", owner.Hex(), parent.ChainID, child.ChainID)
	a.opts.ParentChainID, a.opts.ChildChainID = parent.ChainID.Uint64(), child.ChainID.Uint64()
	d, err := deploy.Setup(ctx, parent, child, transactor(key, parent), transactor(key, child), a.opts)
	if err != nil {
		return explainAdmin(err)
	}
	thr := a.opts.Threshold
	if thr == 0 {
		thr = 1
	}
	res := deployResult{ParentChainID: parent.ChainID.Uint64(), ChildChainID: child.ChainID.Uint64(), Owner: owner, Deployment: *d, Operators: a.opts.Operators, Threshold: thr}
	if a.out != "" {
		f, err := os.Create(a.out)
		if err != nil {
			return fmt.Errorf("--out: %w", err)
		}
		if err := writeJSON(f, res); err != nil {
			f.Close()
			return fmt.Errorf("--out %s: %w", a.out, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("--out %s: %w", a.out, err)
		}
		fmt.Fprintf(c.App.ErrWriter, "addresses written to %s\n", a.out)
	}
	return writeJSON(c.App.Writer, res)
}

// ---- token register ----

var tokenCommand = &cli.Command{
	Name:  "token",
	Usage: "register tokens on a bridge",
	Subcommands: []*cli.Command{{
		Name:      "register",
		Usage:     "pair a token on one chain's bridge with its counterpart on the other chain",
		ArgsUsage: " ",
		Description: `Calls registerToken(token, counterpart) on the --chain bridge (owner only),
and with --mint-burn setTokenMintBurn(token, true): the bridge then burns the
token when it leaves and mints it when it arrives, and must hold the token's
MINTER_ROLE. Register the pair on both bridges (once with --chain parent, once
with --chain child, token and counterpart swapped).

   servicechain token register --chain child --rpc URL --key-file owner.hex \
       --bridge 0xChildBridge --token 0xChildToken --counterpart 0xParentToken --mint-burn`,
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "chain", Usage: "`CHAIN` of --bridge and --token: parent or child"},
			&cli.StringFlag{Name: "bridge", Usage: "Bridge `ADDRESS` on --chain (default with --devnet: the devnet's)"},
			&cli.StringFlag{Name: "token", Usage: "token `ADDRESS` on --chain"},
			&cli.StringFlag{Name: "counterpart", Usage: "the token's `ADDRESS` on the other chain"},
			&cli.BoolFlag{Name: "mint-burn", Usage: "mint/burn mode on this bridge (default lock/unlock)"},
			adminTimeoutFlag,
		}, singleChainFlags()...), keyFlags("owner", true)...),
		Action: tokenRegister,
	}},
}

func tokenRegister(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	side, err := parseSide("chain", c.String("chain"), false)
	if err != nil {
		return err
	}
	var token, counterpart common.Address
	for _, f := range []struct {
		name string
		dst  *common.Address
	}{{"token", &token}, {"counterpart", &counterpart}} {
		if !c.IsSet(f.name) {
			return usageErrorf("token register: --%s ADDRESS is required", f.name)
		}
		if *f.dst, err = parseAddress(f.name, c.String(f.name)); err != nil {
			return err
		}
		if *f.dst == (common.Address{}) {
			return usageErrorf("--%s %s: expected a token address, not the zero address", f.name, c.String(f.name))
		}
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	oc, br, auth, err := adminTarget(ctx, c, side, "bridge")
	if err != nil {
		return err
	}
	defer oc.cc.Close()
	if err := requireCode(ctx, oc.cc, "token", token); err != nil {
		return err
	}
	// Registering again with the same counterpart is a no-op, so the command
	// can be re-run (for example to add --mint-burn).
	cur, err := bind.Call(bridgeABI.Instance(oc.cc, br), &bind.CallOpts{Context: ctx}, bridgeABI.PackCounterpartToken(token), bridgeABI.UnpackCounterpartToken)
	if err != nil {
		return bridgeCallError(oc.cc, br, "counterpartToken", err)
	}
	switch cur {
	case counterpart:
		fmt.Fprintf(c.App.Writer, "token %s is already registered on %s bridge %s with counterpart %s\n", token.Hex(), side, br.Hex(), counterpart.Hex())
	case common.Address{}:
		if _, err := sendStep(ctx, c, oc.cc, auth, fmt.Sprintf("register token %s (counterpart %s) on %s bridge %s", token.Hex(), counterpart.Hex(), side, br.Hex()),
			br, bridgeABI.PackRegisterToken(token, counterpart)); err != nil {
			return err
		}
	default:
		return fmt.Errorf("--token %s is already registered on %s bridge %s with counterpart %s, not %s (deregister it first)", token.Hex(), side, br.Hex(), cur.Hex(), counterpart.Hex())
	}
	if c.Bool("mint-burn") {
		if _, err := sendStep(ctx, c, oc.cc, auth, fmt.Sprintf("set token %s to mint/burn on %s bridge %s", token.Hex(), side, br.Hex()),
			br, bridgeABI.PackSetTokenMintBurn(token, true)); err != nil {
			return err
		}
	}
	return nil
}

// ownerAuth loads the owner key and returns its signing options on oc.
func ownerAuth(c *cli.Context, oc *oneChain) (bindTransactor, error) {
	key, err := loadKey(c, oc.devnet)
	if err != nil {
		return bindTransactor{}, err
	}
	return bindTransactor{opts: transactor(key, oc.cc), from: crypto.PubkeyToAddress(key.PublicKey)}, nil
}

// ---- operator add|remove ----

func operatorFlags() []cli.Flag {
	return append(append([]cli.Flag{
		&cli.StringFlag{Name: "chain", Usage: "`CHAIN`: parent or child (that chain's Bridge), or anchor (the Anchor on the parent chain)"},
		&cli.StringFlag{Name: "contract", Aliases: []string{"bridge"}, Usage: "the Bridge or Anchor `ADDRESS` (default with --devnet: the devnet's)"},
		&cli.StringFlag{Name: "operator", Usage: "operator `ADDRESS`"},
		adminTimeoutFlag,
	}, singleChainFlags()...), keyFlags("owner", true)...)
}

var operatorCommand = &cli.Command{
	Name:  "operator",
	Usage: "register or deregister a bridge or anchor operator",
	Description: `An operator must be registered on both bridges (and on the Anchor to anchor);
run the command once per contract. A bridge refuses to drop below a threshold.`,
	Subcommands: []*cli.Command{
		{
			Name:        "add",
			Usage:       "registerOperator(ADDRESS) on a Bridge or the Anchor (owner only)",
			ArgsUsage:   " ",
			Description: "   servicechain operator add --chain parent --rpc URL --key-file owner.hex --contract 0xBridge --operator 0xOp",
			Flags:       operatorFlags(),
			Action:      func(c *cli.Context) error { return operatorChange(c, true) },
		},
		{
			Name:        "remove",
			Usage:       "deregisterOperator(ADDRESS) on a Bridge or the Anchor (owner only)",
			ArgsUsage:   " ",
			Description: "   servicechain operator remove --chain child --rpc URL --key-file owner.hex --contract 0xBridge --operator 0xOp",
			Flags:       operatorFlags(),
			Action:      func(c *cli.Context) error { return operatorChange(c, false) },
		},
	},
}

func operatorChange(c *cli.Context, add bool) error {
	if err := noArgs(c); err != nil {
		return err
	}
	side, err := parseSide("chain", c.String("chain"), true)
	if err != nil {
		return err
	}
	if !c.IsSet("operator") {
		return usageErrorf("%s: --operator ADDRESS is required", cmdPath(c))
	}
	op, err := parseAddress("operator", c.String("operator"))
	if err != nil {
		return err
	}
	if op == (common.Address{}) {
		return usageErrorf("--operator %s: expected an operator address, not the zero address", c.String("operator"))
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	oc, addr, auth, err := adminTarget(ctx, c, side, "contract")
	if err != nil {
		return err
	}
	defer oc.cc.Close()
	name := side + " bridge"
	if side == "anchor" {
		name = "anchor"
	}
	if add {
		// Bridge and Anchor share the registerOperator/deregisterOperator signatures.
		_, err = sendStep(ctx, c, oc.cc, auth, fmt.Sprintf("register operator %s on %s %s", op.Hex(), name, addr.Hex()), addr, bridgeABI.PackRegisterOperator(op))
	} else {
		_, err = sendStep(ctx, c, oc.cc, auth, fmt.Sprintf("deregister operator %s on %s %s", op.Hex(), name, addr.Hex()), addr, bridgeABI.PackDeregisterOperator(op))
	}
	return err
}

// ---- threshold set ----

var thresholdCommand = &cli.Command{
	Name:  "threshold",
	Usage: "set a bridge's or the anchor's vote threshold",
	Subcommands: []*cli.Command{{
		Name:      "set",
		Usage:     "setOperatorThreshold(voteType, K) on a Bridge, or setThreshold(K) on the Anchor (owner only)",
		ArgsUsage: " ",
		Description: `--vote-type value is the number of operator votes a transfer needs; config
the number a fee change needs. The Anchor has one threshold (no --vote-type).
K must be from 1 to the number of registered operators.

   servicechain threshold set --chain parent --rpc URL --key-file owner.hex --contract 0xBridge --threshold 2`,
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "chain", Usage: "`CHAIN`: parent or child (that chain's Bridge), or anchor (the Anchor on the parent chain)"},
			&cli.StringFlag{Name: "contract", Aliases: []string{"bridge"}, Usage: "the Bridge or Anchor `ADDRESS` (default with --devnet: the devnet's)"},
			&cli.StringFlag{Name: "vote-type", Value: "value", Usage: "`TYPE`: value (transfers) or config (fee changes); bridges only"},
			&cli.IntFlag{Name: "threshold", Usage: "votes needed, `K` >= 1 (required)"},
			adminTimeoutFlag,
		}, singleChainFlags()...), keyFlags("owner", true)...),
		Action: thresholdSet,
	}},
}

// parseVoteType parses --vote-type.
func parseVoteType(s string) (uint8, error) {
	switch s {
	case "value":
		return bindings.VoteValueTransfer, nil
	case "config":
		return bindings.VoteConfiguration, nil
	}
	return 0, usageErrorf("--vote-type %q: expected value or config", s)
}

func thresholdSet(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	side, err := parseSide("chain", c.String("chain"), true)
	if err != nil {
		return err
	}
	vt, err := parseVoteType(c.String("vote-type"))
	if err != nil {
		return err
	}
	if side == "anchor" && c.IsSet("vote-type") {
		return usageErrorf("--vote-type goes with bridges; the Anchor has a single threshold")
	}
	if !c.IsSet("threshold") {
		return usageErrorf("threshold set: --threshold K is required")
	}
	k, err := parseThreshold("threshold", c.Int("threshold"))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	oc, addr, auth, err := adminTarget(ctx, c, side, "contract")
	if err != nil {
		return err
	}
	defer oc.cc.Close()
	if side == "anchor" {
		_, err = sendStep(ctx, c, oc.cc, auth, fmt.Sprintf("set threshold %d on anchor %s", k, addr.Hex()), addr, anchorABI.PackSetThreshold(k))
		return err
	}
	_, err = sendStep(ctx, c, oc.cc, auth, fmt.Sprintf("set %s threshold %d on %s bridge %s", c.String("vote-type"), k, side, addr.Hex()),
		addr, bridgeABI.PackSetOperatorThreshold(vt, k))
	return err
}
