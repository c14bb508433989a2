package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
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
				&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			},
			Action: bridgeStatus,
		},
		bridgeInitCommand,
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
	log := newLogger(c, cfg.Node.LogLevel, cfg.Node.LogFormat)
	parentKey, err := loadOperatorKey("parent", &cfg.Parent)
	if err != nil {
		return err
	}
	childKey, err := loadOperatorKey("child", &cfg.Child)
	if err != nil {
		return err
	}
	h, err := node.NewBridge(node.BridgeOptions{Config: cfg, ParentKey: parentKey, ChildKey: childKey, Logger: log})
	if err != nil {
		return err
	}
	defer h.Close()
	b, err := bridge.New(h, cfg)
	if err != nil {
		return err
	}
	if err := h.Register(b); err != nil {
		return err
	}
	if cfg.Anchoring.Enabled {
		a, err := anchor.New(h, cfg)
		if err != nil {
			return err
		}
		if err := h.Register(a); err != nil {
			return err
		}
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return h.Run(ctx)
}

// loadOperatorKey decrypts the keystore file of one chain's operator key with
// the password from password_file or password_env (never from the config).
func loadOperatorKey(chainName string, c *config.ChainConfig) (*ecdsa.PrivateKey, error) {
	pw, err := keys.ReadPassword(c.PasswordFile, c.PasswordEnv)
	if err != nil {
		return nil, fmt.Errorf("%s operator key: %w", chainName, err)
	}
	k, err := keys.Load(c.Keystore, pw)
	if err != nil {
		return nil, fmt.Errorf("%s operator key: %w", chainName, err)
	}
	return k, nil
}

func bridgeStatus(c *cli.Context) error {
	addr := c.String("admin")
	if addr == "" {
		if c.String("config") == "" {
			return cli.Exit("servicechain: bridge status needs --admin HOST:PORT or --config FILE", 2)
		}
		cfg, err := config.Load(c.String("config"))
		if err != nil {
			return err
		}
		if addr, err = node.AdminAddress(cfg.Admin.Listen, cfg.Node.DataDir); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	client, err := node.DialAdmin(ctx, addr)
	if err != nil {
		return fmt.Errorf("admin endpoint %s: %w", addr, err)
	}
	defer client.Close()
	var st bridge.Status
	if err := client.CallContext(ctx, &st, bridge.AdminNamespace+"_status"); err != nil {
		return fmt.Errorf("admin endpoint %s: %w", addr, err)
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	bridge.WriteStatus(c.App.Writer, &st)
	return nil
}
