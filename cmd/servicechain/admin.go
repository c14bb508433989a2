package main

// Administration of real chains, the equivalents of the reference service
// chain's subbridge.registerBridge, registerToken, registerOperator and
// setOperatorThreshold: deploy (internal/deploy), and token register,
// operator add|remove and threshold set (internal/owner), and admin
// pending|execute|cancel (the timelock that owns the contracts).

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/cmdline"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/owner"
)

// ---- deploy ----

var deployCommand = &cli.Command{
	Name:      "deploy",
	Usage:     "deploy and wire a Bridge pair (and the Anchor, and optionally sample tokens) on two chains",
	ArgsUsage: " ",
	Description: `Deploys a Bridge on the parent and on the child chain (paired as counterparts)
with --operator and the thresholds, the Anchor on the parent chain (unless
--no-anchor), optionally a sample ERC-20/ERC-721 pair (--sample-tokens), and
hands the ownership to a TimelockController per chain (owner changes wait
--timelock-delay; the key proposes and executes, every operator may cancel,
see servicechain admin), charging the native liquidity in the same step.
Prints the addresses as JSON (and writes them to --out); the bridgeBlock
numbers are where nodes start scanning (start_block in bridge.toml).

   servicechain deploy --parent-rpc URL --child-rpc URL --key-file owner.hex \
       --operator 0xA... --operator 0xB... --operator 0xC... --threshold 2 --out deployment.json

With --redeploy parent|child it replaces ONE bridge of the pair in
--deployment FILE (the JSON written above, or --devnet's devnet.json): it
pauses the old bridge and its counterpart (the key is their pauser), deploys
a new Bridge with the counterpart's operators and thresholds and a start
nonce read from the chains (--start-nonce N is refused outside the safe
range: no old request is voted again, no new one is refused as handled)
once the nodes have closed every request still open (--drain-timeout),
re-registers the old bridge's tokens, hands it to the chain's timelock,
retires the old bridge (counterpart 0) and re-points the counterpart with
setCounterpartBridge (and unpauses it). With timelocks these owner calls are
scheduled: the command prints when to run servicechain admin execute. It
writes the updated deployment to --out and prints the bridge.toml change.

   servicechain deploy --redeploy child --deployment deployment.json --parent-rpc URL \
       --child-rpc URL --key-file owner.hex --out deployment-2.json`,
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
		&cli.DurationFlag{Name: "timelock-delay", Value: deploy.DefaultTimelockDelay, DefaultText: "48h, 5s with --devnet", Usage: "minimum `DELAY` of owner changes (the contracts' TimelockController)"},
		&cli.StringFlag{Name: "redeploy", Usage: "replace the `SIDE` (parent or child) bridge of the pair in --deployment"},
		&cli.StringFlag{Name: "deployment", DefaultText: "with --devnet: its devnet.json", Usage: "with --redeploy: the deployment JSON `FILE` (deploy --out)"},
		&cli.Uint64Flag{Name: "start-nonce", DefaultText: "the safe minimum read from the chains", Usage: "with --redeploy: the new bridge's start nonce `N`"},
		&cli.DurationFlag{Name: "drain-timeout", Value: deploy.DefaultDrainTimeout, Usage: "with --redeploy: wait up to `DURATION` for the nodes to close the requests still open (else refused)"},
		cmdline.AdminTimeoutFlag,
	}, keyFlags("owner", true)...),
	Action: deployRun,
}

// deployOnly are the deploy flags --redeploy does not take.
var deployOnly = []string{"operator", "threshold", "config-threshold", "anchor-threshold", "no-anchor", "sample-tokens", "timelock-delay"}

func redeployRun(c *cli.Context) error {
	spec := deploy.RedeploySpec{Side: c.String("redeploy"), Deployment: c.String("deployment"), StartNonce: given(c, "start-nonce", c.Uint64("start-nonce")), DrainTimeout: c.Duration("drain-timeout"),
		ParentLiquidity: given(c, "parent-liquidity", c.String("parent-liquidity")), ChildLiquidity: given(c, "child-liquidity", c.String("child-liquidity")),
		Out: c.String("out"), Force: c.Bool("force")}
	if dir := c.String("devnet"); spec.Deployment == "" && dir != "" {
		spec.Deployment = filepath.Join(dir, devnet.InfoFile)
	}
	for _, f := range deployOnly {
		if c.IsSet(f) {
			spec.DeployOnly = append(spec.DeployOnly, f)
		}
	}
	opts, dep, err := spec.Options()
	if err != nil {
		return err
	}
	return withPair(c, need{parent: true, child: true}, true, func(ctx context.Context, p *bridgenet.Pair, key *ecdsa.PrivateKey) error {
		r, err := deploy.RedeployPair(ctx, p, key, *dep, opts, c.String("out"), func(s string) { fmt.Fprintln(c.App.ErrWriter, s) })
		if err != nil {
			return err
		}
		return writeJSON(c.App.Writer, r.Result)
	})
}

func deployRun(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	if c.IsSet("redeploy") {
		return redeployRun(c)
	}
	for _, f := range []string{"deployment", "start-nonce", "drain-timeout"} {
		if c.IsSet(f) {
			return input.Errorf("--%s goes with --redeploy parent|child", f)
		}
	}
	opts, err := deploy.Spec{Operators: c.StringSlice("operator"), Threshold: c.Int("threshold"),
		ConfigThreshold: given(c, "config-threshold", c.Int("config-threshold")), AnchorThreshold: given(c, "anchor-threshold", c.Int("anchor-threshold")),
		NoAnchor: c.Bool("no-anchor"), SampleTokens: c.Bool("sample-tokens"), Out: c.String("out"), Force: c.Bool("force"),
		ParentLiquidity: given(c, "parent-liquidity", c.String("parent-liquidity")), ChildLiquidity: given(c, "child-liquidity", c.String("child-liquidity")),
		TimelockDelay: given(c, "timelock-delay", c.Duration("timelock-delay")), Devnet: c.String("devnet") != "",
	}.Options()
	if err != nil {
		return err
	}
	return withPair(c, need{parent: true, child: true}, true, func(ctx context.Context, p *bridgenet.Pair, key *ecdsa.PrivateKey) error {
		res, err := deploy.Pair(ctx, p, key, opts, c.String("out"), func(s string) { fmt.Fprintln(c.App.ErrWriter, s) })
		if err != nil {
			return err
		}
		return writeJSON(c.App.Writer, res)
	})
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
		Flags: cmdline.OwnerFlags(
			&cli.StringFlag{Name: "chain", Usage: "`CHAIN` of --bridge and --token: parent or child"},
			&cli.StringFlag{Name: "bridge", Usage: "Bridge `ADDRESS` on --chain (default with --devnet: the devnet's)"},
			&cli.StringFlag{Name: "token", Usage: "token `ADDRESS` on --chain"},
			&cli.StringFlag{Name: "counterpart", Usage: "the token's `ADDRESS` on the other chain"},
			&cli.BoolFlag{Name: "mint-burn", Usage: "mint/burn mode on this bridge (default lock/unlock)"},
		),
		Action: tokenRegister,
	}},
}

func tokenRegister(c *cli.Context) error {
	return cmdline.OwnerRun(c, "bridge", func(ctx context.Context, t owner.Target) error {
		return owner.RegisterToken(ctx, t, given(c, "token", c.String("token")), given(c, "counterpart", c.String("counterpart")), c.Bool("mint-burn"))
	})
}

// ---- operator add|remove ----

var operatorCommand = &cli.Command{
	Name:  "operator",
	Usage: "register or deregister a bridge or anchor operator",
	Description: `An operator must be registered on both bridges (and on the Anchor to anchor);
run the command once per contract. A bridge refuses to drop below a threshold.`,
	Subcommands: []*cli.Command{operatorSubcommand("add", "registerOperator", "parent", true), operatorSubcommand("remove", "deregisterOperator", "child", false)},
}

// operatorSubcommand is `operator add` (add, calling registerOperator) or
// `operator remove` (deregisterOperator); chain is the example's.
func operatorSubcommand(name, function, chain string, add bool) *cli.Command {
	return &cli.Command{
		Name:        name,
		Usage:       function + "(ADDRESS) on a Bridge or the Anchor (owner only)",
		ArgsUsage:   " ",
		Description: "   servicechain operator " + name + " --chain " + chain + " --rpc URL --key-file owner.hex --contract 0xBridge --operator 0xOp",
		Flags:       cmdline.OwnerFlags(append(cmdline.ContractFlags(), &cli.StringFlag{Name: "operator", Usage: "operator `ADDRESS`"})...),
		Action:      func(c *cli.Context) error { return operatorChange(c, add) },
	}
}

func operatorChange(c *cli.Context, add bool) error {
	return cmdline.OwnerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
		return owner.ChangeOperator(ctx, t, given(c, "operator", c.String("operator")), add)
	})
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
		Flags: cmdline.OwnerFlags(append(cmdline.ContractFlags(),
			&cli.StringFlag{Name: "vote-type", Value: "value", Usage: "`TYPE`: value (transfers) or config (fee changes); bridges only"},
			&cli.IntFlag{Name: "threshold", Usage: "votes needed, `K` >= 1 (required)"})...),
		Action: thresholdSet,
	}},
}

func thresholdSet(c *cli.Context) error {
	return cmdline.OwnerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
		return owner.SetThreshold(ctx, t, given(c, "vote-type", c.String("vote-type")), given(c, "threshold", c.Int("threshold")))
	})
}

// ---- admin pending|execute|cancel: owner changes waiting in the timelock that owns the contracts ----

var idFlag = &cli.StringFlag{Name: "id", Usage: "timelock operation `ID` (0x..., from `admin pending`)"}

var adminCommand = &cli.Command{
	Name:  "admin",
	Usage: "list, execute or cancel owner changes waiting in the contracts' timelock",
	Description: `The contracts deployed by ` + "`servicechain deploy`" + ` are owned by a TimelockController:
owner commands (operator, threshold, token) schedule their change, which any
operator may cancel until the minimum delay is over; then it is executed.

   servicechain admin pending --chain child --rpc URL --contract 0xBridge
   servicechain admin execute --chain child --rpc URL --contract 0xBridge --id 0x... --key-file owner.hex
   servicechain admin cancel  --chain child --rpc URL --contract 0xBridge --id 0x... --keystore op.json --password-file pw`,
	Subcommands: []*cli.Command{
		{Name: "pending", Usage: "print each pending change: what it will do and when it can be executed", ArgsUsage: " ",
			Flags: cmdline.TimelockFlags(false), Action: func(c *cli.Context) error {
				return cmdline.OwnerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
					return owner.Pending(ctx, t, given(c, "from-block", c.Uint64("from-block")), c.App.Writer)
				})
			}},
		{Name: "execute", Usage: "execute a change whose delay is over (executor: the deployer's key)", ArgsUsage: " ",
			Flags: cmdline.TimelockFlags(true, idFlag), Action: func(c *cli.Context) error {
				return cmdline.OwnerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
					return owner.Execute(ctx, t, given(c, "id", c.String("id")), given(c, "from-block", c.Uint64("from-block")))
				})
			}},
		{Name: "cancel", Usage: "cancel a pending change (canceller: any operator's key)", ArgsUsage: " ",
			Flags: cmdline.TimelockFlags(true, idFlag), Action: func(c *cli.Context) error {
				return cmdline.OwnerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
					return owner.Cancel(ctx, t, given(c, "id", c.String("id")))
				})
			}},
	},
}
