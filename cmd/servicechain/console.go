package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/console"
)

// consoleCommand is `servicechain console`: the operator console in the
// browser (issue 15).
var consoleCommand = &cli.Command{
	Name:      "console",
	Usage:     "serve the operator console: a live web page of both chains, transfers, votes, operators, anchoring",
	ArgsUsage: " ",
	Description: `Serves one web page (loopback by default) that updates itself: both chains'
heads, block time and base fee; per direction requestNonce, lowerHandleNonce
and the open requests with their age; the recent transfers (search by tx hash,
address or nonce) with every operator's vote or skip and the handle or payout
failure, linked across the chains; a latency chart; the operators' balances,
readiness, votes and wasted votes; the anchoring, with a form that verifies a
child block against its anchor; and the service-chain producers once those
nodes exist.

The page reads public chain data and the nodes' admin APIs through this
server; admin tokens stay in the server. GET /api/prometheus/targets lists the
nodes' metrics endpoints for Prometheus (deploy/prometheus/prometheus.yml).

console.toml keys: [console] listen, poll_interval, status_interval,
rpc_timeout, max_transfers, recent_transfers, log_range; [parent] rpc,
chain_id, bridge, anchor, start_block, explorer_tx_url; [child] the same
without anchor; [anchoring] period; [[bridge_node]] and [[service_node]]
name, admin, metrics, operator and one of token, token_file, token_env.

   servicechain console --devnet /tmp/dn
   servicechain console --config console.toml --listen 127.0.0.1:8580`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "devnet", Usage: "read chains, contracts and nodes from `DIR`/devnet.json (followed while the devnet runs)"},
		&cli.StringFlag{Name: "config", Usage: "read chains, contracts and nodes from console.toml `FILE`"},
		&cli.StringFlag{Name: "listen", Usage: "HTTP `ADDRESS` (host:port) to serve on (default: console.listen, else " + console.DefaultListen + ")"},
	},
	Action: consoleRun,
}

func consoleRun(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	dir, file := c.String("devnet"), c.String("config")
	var cfg console.Config
	var err error
	switch {
	case dir != "" && file != "":
		return usageErrorf("console: --devnet and --config exclude each other: give one")
	case dir != "":
		cfg, err = console.FromDevnet(dir)
	case file != "":
		cfg, err = console.LoadFile(file)
	default:
		return usageErrorf("console: --devnet DIR or --config console.toml is required")
	}
	if err != nil {
		return err
	}
	if v := c.String("listen"); v != "" {
		cfg.Listen = v
	}
	cfg.Logger = newLogger(c, "", "")
	con, err := console.New(cfg)
	if err != nil {
		if errors.Is(err, console.ErrConfig) && file == "" {
			return usageErrorf("%w", err)
		}
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(c.App.Writer, "console: %s\n", con.URL())
	return con.Run(ctx)
}
