package cmdline

import (
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/owner"
)

// The flags and the runner shared by the owner commands (token register,
// operator add|remove, threshold set) and `admin pending|execute|cancel`
// (the timelock that owns the contracts, issue 13).

// AdminTimeoutFlag (--timeout) bounds one admin command, all its
// transactions and, for a timelocked contract, the wait for the delay.
var AdminTimeoutFlag = &cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "give up after this `DURATION` (e.g. 90s, 5m)"}

// SingleChainFlags are the connection flags of a command that talks to one
// chain: --rpc URL, or --devnet DIR.
func SingleChainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC `URL` of the chain named by --chain (anchor: the parent chain)"},
		&cli.StringFlag{Name: "devnet", Usage: "take the RPC URL and default contract addresses from `DIR`/devnet.json"},
	}
}

// OwnerFlags are the flags of an owner command: fs, then --timeout, the
// chain's connection flags and the owner's key flags.
func OwnerFlags(fs ...cli.Flag) []cli.Flag {
	return append(append(append(fs, AdminTimeoutFlag), SingleChainFlags()...), KeyFlags("owner", true)...)
}

// ContractFlags are --chain and --contract of the commands that change a
// Bridge or the Anchor.
func ContractFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "chain", Usage: "`CHAIN`: parent or child (that chain's Bridge), or anchor (the Anchor on the parent chain)"},
		&cli.StringFlag{Name: "contract", Aliases: []string{"bridge"}, Usage: "the Bridge or Anchor `ADDRESS` (default with --devnet: the devnet's)"},
	}
}

// TimelockFlags are the flags of `admin pending|execute|cancel`: --chain,
// --contract (whose owner is the timelock), --from-block, --timeout, the
// connection flags, extra, and with withKey the executor's or canceller's
// key flags.
func TimelockFlags(withKey bool, extra ...cli.Flag) []cli.Flag {
	fs := append(append([]cli.Flag{
		&cli.StringFlag{Name: "chain", Usage: "`CHAIN`: parent or child (that chain's Bridge), or anchor"},
		&cli.StringFlag{Name: "contract", Aliases: []string{"bridge"}, Usage: "the Bridge or Anchor `ADDRESS` whose owner is the timelock (default with --devnet: the devnet's)"},
		&cli.Uint64Flag{Name: "from-block", DefaultText: "the devnet's deployment block, else 0", Usage: "read the timelock's logs from `BLOCK`"},
		AdminTimeoutFlag,
	}, extra...), SingleChainFlags()...)
	if withKey {
		fs = append(fs, KeyFlags("executor's or canceller's", true)...)
	}
	return fs
}

// OwnerRun runs an owner or admin command on the contract named by --chain,
// --rpc or --devnet and the address flag, with the key of the key flags,
// within --timeout, printing each step. Errors: positional arguments
// (usage error), and f's.
func OwnerRun(c *cli.Context, flag string, f func(context.Context, owner.Target) error) error {
	if err := NoArgs(c); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	return f(ctx, owner.Target{Side: c.String("chain"), RPC: c.String("rpc"), Devnet: c.String("devnet"),
		Address: Given(c, flag, c.String(flag)), Option: flag, Key: KeySource(c, nil), MaxWait: c.Duration("timeout") - time.Minute,
		Progress: func(s owner.Step) { fmt.Fprintln(c.App.Writer, s) }})
}
