package main

// `servicechain admin pending|execute|cancel`: owner changes waiting in the
// TimelockController that owns the contracts (internal/owner).

import (
	"context"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/owner"
)

func timelockFlags(withKey bool, extra ...cli.Flag) []cli.Flag {
	fs := append(append([]cli.Flag{
		&cli.StringFlag{Name: "chain", Usage: "`CHAIN`: parent or child (that chain's Bridge), or anchor"},
		&cli.StringFlag{Name: "contract", Aliases: []string{"bridge"}, Usage: "the Bridge or Anchor `ADDRESS` whose owner is the timelock (default with --devnet: the devnet's)"},
		&cli.Uint64Flag{Name: "from-block", DefaultText: "the devnet's deployment block, else 0", Usage: "read the timelock's logs from `BLOCK`"},
		adminTimeoutFlag,
	}, extra...), singleChainFlags()...)
	if withKey {
		fs = append(fs, keyFlags("executor's or canceller's", true)...)
	}
	return fs
}

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
			Flags: timelockFlags(false), Action: func(c *cli.Context) error {
				return ownerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
					return owner.Pending(ctx, t, given(c, "from-block", c.Uint64("from-block")), c.App.Writer)
				})
			}},
		{Name: "execute", Usage: "execute a change whose delay is over (executor: the deployer's key)", ArgsUsage: " ",
			Flags: timelockFlags(true, idFlag), Action: func(c *cli.Context) error {
				return ownerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
					return owner.Execute(ctx, t, given(c, "id", c.String("id")), given(c, "from-block", c.Uint64("from-block")))
				})
			}},
		{Name: "cancel", Usage: "cancel a pending change (canceller: any operator's key)", ArgsUsage: " ",
			Flags: timelockFlags(true, idFlag), Action: func(c *cli.Context) error {
				return ownerRun(c, "contract", func(ctx context.Context, t owner.Target) error {
					return owner.Cancel(ctx, t, given(c, "id", c.String("id")))
				})
			}},
	},
}
