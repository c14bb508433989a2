package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/node"
)

// bridgeCommand is `servicechain bridge`: run one bridge node (one operator)
// and look at a running one.
var bridgeCommand = &cli.Command{
	Name:  "bridge",
	Usage: "run a bridge node (one operator) or inspect a running one",
	Subcommands: []*cli.Command{
		{
			Name:      "run",
			Usage:     "run a bridge node until SIGINT/SIGTERM",
			ArgsUsage: " ",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "bridge.toml `FILE`", Required: true},
			},
			Action: bridgeRun,
		},
		{
			Name:  "status",
			Usage: "print a running node's status (chains, operators, directions)",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "bridge.toml `FILE` of the node (its admin address is read from the node's datadir)"},
				&cli.StringFlag{Name: "admin", Usage: "admin JSON-RPC address `HOST:PORT` of the node"},
				&cli.StringFlag{Name: "token-file", Usage: "the node's admin token `FILE` (default with --config: admin.token in its datadir)"},
				&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			},
			Action: bridgeStatus,
		},
		bridgeInitCommand,
		bridgeRefundCommand,
	},
}

// bridgeRun runs one bridge daemon: the host (chains, tx managers, store,
// HTTP endpoints, <datadir>/endpoints.json) with the bridge service and, when
// bridge.toml enables it, the anchoring service.
func bridgeRun(c *cli.Context) error {
	cfg, err := config.Load(c.String("config"))
	if err != nil {
		return err
	}
	// The operator keys are decrypted from the keystores bridge.toml names.
	log, prog := daemonLogger(c, cfg.Node.LogLevel, cfg.Node.LogFormat)
	h, err := node.NewBridge(node.BridgeOptions{Config: cfg, Logger: log})
	if err != nil {
		return err
	}
	defer h.Close()
	b, err := bridge.New(h, cfg)
	if err != nil {
		return err
	}
	services := []node.Service{b}
	if cfg.Anchoring.Enabled {
		a, err := anchor.New(h, cfg)
		if err != nil {
			return err
		}
		services = append(services, a)
	}
	if err := h.Register(services...); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	go prog.Follow(ctx, 250*time.Millisecond, b.Progress) // a rescan, on a terminal
	return h.Run(ctx)
}

func bridgeStatus(c *cli.Context) error {
	addr, token, err := bridge.AdminTarget(c.String("admin"), c.String("config"), c.String("token-file"))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	st, err := bridge.ReadStatus(ctx, addr, token)
	if err != nil {
		return err
	}
	return output(c, st, func(w io.Writer) { bridge.WriteStatus(w, st) })
}
