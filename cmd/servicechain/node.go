package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/servicenode"
)

// nodeTargetFlags name the node(s) an admin subcommand talks to.
var nodeTargetFlags = []cli.Flag{
	&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "node.toml `FILE` of the node (its admin address is read from the node's datadir)"},
	&cli.StringFlag{Name: "admin", Usage: "admin JSON-RPC address `HOST:PORT` of the node"},
	&cli.StringFlag{Name: "token-file", Usage: "the node's admin token `FILE` (default with --config: admin.token in its datadir)"},
	&cli.StringFlag{Name: "devnet", Usage: "the service-chain nodes of the devnet in `DIR` (devnet.json)"},
	&cli.StringFlag{Name: "node", Usage: "with --devnet: only the node named `NAME`"},
}

// nodeCommand is `servicechain node`: one service-chain node (issue 10).
var nodeCommand = &cli.Command{
	Name:  "node",
	Usage: "run a service-chain node (producer or endpoint) or administer a running one",
	Subcommands: []*cli.Command{
		{Name: "genesis", Usage: "write the genesis.json of a new service chain", ArgsUsage: " ", Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "chain-id", Usage: "chain `ID` (required)"},
			&cli.Uint64Flag{Name: "gas-limit", Usage: "block gas limit in `GAS` (default 30000000)"},
			&cli.DurationFlag{Name: "period", Usage: "block period, whole seconds (default 1s)"},
			&cli.StringSliceFlag{Name: "alloc", Usage: "fund `0xADDRESS=ETHER` at genesis (repeat the flag)"},
			&cli.Uint64Flag{Name: "timestamp", Usage: "genesis time in unix `SECONDS` (default now)"},
			&cli.StringFlag{Name: "out", Usage: "write the genesis to `FILE` (required)"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite --out"},
		}, Action: func(c *cli.Context) error {
			return servicenode.PrintGenesis(c.App.Writer, servicenode.GenesisOptions{ChainID: c.Uint64("chain-id"), GasLimit: c.Uint64("gas-limit"),
				Period: c.Duration("period"), Alloc: c.StringSlice("alloc"), Timestamp: c.Uint64("timestamp"), Out: c.String("out"), Force: c.Bool("force")})
		}},
		{Name: "init", Usage: "initialise a node's datadir from a genesis.json", ArgsUsage: " ", Flags: []cli.Flag{
			&cli.StringFlag{Name: "genesis", Usage: "genesis.json `FILE` (required)"},
			&cli.StringFlag{Name: "datadir", Usage: "the node's node.datadir `DIR` (required)"},
		}, Action: func(c *cli.Context) error {
			return servicenode.PrintInit(c.App.Writer, c.String("genesis"), c.String("datadir"))
		}},
		{Name: "run", Usage: "run a service-chain node until SIGINT/SIGTERM", ArgsUsage: " ", Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "node.toml `FILE`", Required: true},
		}, Action: nodeRun},
		{Name: "status", Usage: "print a node's role, leader, committed and local head, lag, peers and last failovers", ArgsUsage: " ",
			Flags: append([]cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print JSON"}}, nodeTargetFlags...),
			Action: nodeAdmin(func(c *cli.Context, ts []servicenode.Target) error {
				return servicenode.PrintStatus(c.Context, c.App.Writer, ts, c.Bool("json"))
			})},
		{Name: "handover", Usage: "planned handover: the leader commits its block and resigns; the successor builds the next slot", ArgsUsage: " ",
			Flags: append([]cli.Flag{&cli.StringFlag{Name: "to", Usage: "successor `NAME` (default: the most up-to-date healthy standby)"}}, nodeTargetFlags...),
			Action: nodeAdmin(func(c *cli.Context, ts []servicenode.Target) error {
				return servicenode.PrintHandover(c.Context, c.App.Writer, ts, c.String("to"))
			})},
		{Name: "pause", Usage: "stop campaigning (a leader hands over first); kept across restarts", ArgsUsage: " ", Flags: nodeTargetFlags,
			Action: nodeAdmin(func(c *cli.Context, ts []servicenode.Target) error {
				return servicenode.PrintSetPaused(c.Context, c.App.Writer, ts, true)
			})},
		{Name: "resume", Usage: "resume campaigning", ArgsUsage: " ", Flags: nodeTargetFlags,
			Action: nodeAdmin(func(c *cli.Context, ts []servicenode.Target) error {
				return servicenode.PrintSetPaused(c.Context, c.App.Writer, ts, false)
			})},
	},
}

func nodeRun(c *cli.Context) error {
	f, err := config.LoadNodeFile(c.String("config"))
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	log, prog := daemonLogger(c, f.Node.LogLevel, f.Node.LogFormat)
	n, err := servicenode.New(ctx, servicenode.Options{File: f, Logger: log})
	if err != nil {
		return err
	}
	go prog.Follow(ctx, 250*time.Millisecond, n.Syncing) // a bootstrap from a peer, on a terminal
	return n.Run(ctx)
}

// nodeAdmin resolves --admin, --config or --devnet [--node] to admin
// endpoints (devnet.AdminTargets) and runs f with them.
func nodeAdmin(f func(c *cli.Context, ts []servicenode.Target) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		if err := noArgs(c); err != nil {
			return err
		}
		ts, err := devnet.AdminTargets(c.String("admin"), c.String("token-file"), c.String("config"), c.String("devnet"), c.String("node"))
		if err != nil {
			return err
		}
		return f(c, ts)
	}
}
