package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/servicenode"
)

// nodeTargetFlags name the node(s) an admin subcommand talks to.
var nodeTargetFlags = []cli.Flag{
	&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "node.toml `FILE` of the node (its admin address is read from the node's datadir)"},
	&cli.StringFlag{Name: "admin", Usage: "admin JSON-RPC address `HOST:PORT` of the node"},
	&cli.StringFlag{Name: "devnet", Usage: "the service-chain nodes of the devnet in `DIR` (devnet.json)"},
	&cli.StringFlag{Name: "node", Usage: "with --devnet: only the node named `NAME`"},
}

var nodeCommand = &cli.Command{
	Name:  "node",
	Usage: "run a service-chain node (producer or endpoint) or administer a running one",
	Subcommands: []*cli.Command{
		{Name: "genesis", Usage: "write the genesis.json of a new service chain", ArgsUsage: " ", Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "chain-id", Usage: "chain `ID` (required)"},
			&cli.Uint64Flag{Name: "gas-limit", Usage: "block gas limit in `GAS` (default 30000000)"},
			&cli.DurationFlag{Name: "period", Value: 0, Usage: "block period, whole seconds (default 1s)"},
			&cli.StringSliceFlag{Name: "alloc", Usage: "fund `0xADDRESS=ETHER` at genesis (repeat the flag)"},
			&cli.Uint64Flag{Name: "timestamp", Usage: "genesis time in unix `SECONDS` (default now)"},
			&cli.StringFlag{Name: "out", Usage: "write the genesis to `FILE` (required)"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite --out"},
		}, Action: func(c *cli.Context) error {
			h, err := servicenode.WriteGenesis(servicenode.GenesisOptions{ChainID: c.Uint64("chain-id"), GasLimit: c.Uint64("gas-limit"), Period: c.Duration("period"),
				Alloc: c.StringSlice("alloc"), Timestamp: c.Uint64("timestamp"), Out: c.String("out"), Force: c.Bool("force")})
			if err == nil {
				fmt.Fprintf(c.App.Writer, "wrote %s (genesis block %s)\n", c.String("out"), h.Hex())
			}
			return err
		}},
		{Name: "init", Usage: "initialise a node's datadir from a genesis.json", ArgsUsage: " ", Flags: []cli.Flag{
			&cli.StringFlag{Name: "genesis", Usage: "genesis.json `FILE` (required)"},
			&cli.StringFlag{Name: "datadir", Usage: "the node's node.datadir `DIR` (required)"},
		}, Action: func(c *cli.Context) error {
			h, err := servicenode.Init(c.String("genesis"), c.String("datadir"))
			if err == nil {
				fmt.Fprintf(c.App.Writer, "initialised %s with genesis block %s\n", c.String("datadir"), h.Hex())
			}
			return err
		}},
		{Name: "run", Usage: "run a service-chain node until SIGINT/SIGTERM", ArgsUsage: " ", Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "node.toml `FILE`", Required: true},
		}, Action: nodeRun},
		{Name: "status", Usage: "print a node's role, leader, committed and local head, lag, peers and last failovers", ArgsUsage: " ",
			Flags: append([]cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print JSON"}}, nodeTargetFlags...), Action: func(c *cli.Context) error {
				ts, err := nodeTargets(c)
				if err != nil {
					return err
				}
				sts := servicenode.ReadStatuses(c.Context, ts)
				if c.Bool("json") {
					return writeJSON(c.App.Writer, sts)
				}
				servicenode.WriteStatus(c.App.Writer, sts)
				return nil
			}},
		{Name: "handover", Usage: "planned handover: the leader commits its block and resigns; the next slot is the successor's", ArgsUsage: " ",
			Flags: append([]cli.Flag{&cli.StringFlag{Name: "to", Usage: "successor `NAME` (default: the most up-to-date healthy standby)"}}, nodeTargetFlags...),
			Action: func(c *cli.Context) error {
				ts, err := nodeTargets(c)
				if err != nil {
					return err
				}
				res, err := servicenode.Handover(c.Context, ts, c.String("to"))
				if err == nil {
					fmt.Fprintf(c.App.Writer, "%s handed over to %s after block %d\n", res.From, res.To, res.Number)
				}
				return err
			}},
		{Name: "pause", Usage: "stop campaigning (a leader hands over first); kept across restarts", ArgsUsage: " ", Flags: nodeTargetFlags, Action: func(c *cli.Context) error { return nodePause(c, true) }},
		{Name: "resume", Usage: "resume campaigning", ArgsUsage: " ", Flags: nodeTargetFlags, Action: func(c *cli.Context) error { return nodePause(c, false) }},
	},
}

func nodeRun(c *cli.Context) error {
	f, err := config.LoadNodeFile(c.String("config"))
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	n, err := servicenode.New(ctx, servicenode.Options{File: f, Logger: newLogger(c, f.Node.LogLevel, f.Node.LogFormat)})
	if err != nil {
		return err
	}
	return n.Run(ctx)
}

func nodePause(c *cli.Context, paused bool) error {
	ts, err := nodeTargets(c)
	if err != nil {
		return err
	}
	if len(ts) != 1 {
		return usageErrorf("%s: name one node (--node NAME with --devnet)", cmdPath(c))
	}
	changed, err := servicenode.SetPaused(c.Context, ts[0], paused)
	if err == nil {
		fmt.Fprintf(c.App.Writer, "%s: paused %v (changed: %v)\n", ts[0].Name, paused, changed)
	}
	return err
}

// nodeTargets resolves --admin, --config or --devnet [--node] to admin endpoints.
func nodeTargets(c *cli.Context) ([]servicenode.Target, error) {
	if err := noArgs(c); err != nil {
		return nil, err
	}
	switch {
	case c.String("admin") != "":
		return []servicenode.Target{{Admin: c.String("admin")}}, nil
	case c.String("config") != "":
		t, err := servicenode.TargetFromFile(c.String("config"))
		return []servicenode.Target{t}, err
	case c.String("devnet") != "":
		info, err := devnet.ReadInfo(c.String("devnet"))
		if err != nil {
			return nil, err
		}
		return info.ServiceTargets(c.String("node"))
	}
	return nil, usageErrorf("%s: give --config FILE, --admin HOST:PORT or --devnet DIR", cmdPath(c))
}
