package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/console"
	"github.com/servicechain/servicechain/internal/devchain"
	"github.com/servicechain/servicechain/internal/devnet"
)

// Default JSON-RPC ports of `servicechain devnet` (127.0.0.1).
const (
	defaultParentHTTPPort = 8545
	defaultParentWSPort   = 8546
	defaultChildHTTPPort  = 8555
	defaultChildWSPort    = 8556
)

// devnetReadyTimeout bounds the wait for every node to report ready after
// the devnet started; past it the devnet keeps running and says why not.
const devnetReadyTimeout = 60 * time.Second

// devnetCommand is `servicechain devnet`: two embedded chains, the
// contracts and N bridge nodes in one process.
var devnetCommand = &cli.Command{
	Name:      "devnet",
	Usage:     "run a complete local setup: parent and service chain, contracts, N bridge nodes",
	ArgsUsage: " ",
	Description: `Starts, in this process, a parent chain and a service (child) chain (embedded
go-ethereum dev nodes with JSON-RPC over HTTP and WebSocket on 127.0.0.1),
deploys the Bridge pair, the Anchor contract and a sample ERC-20 and ERC-721
pair registered on both bridges, and runs --operators bridge nodes that need
--threshold votes per transfer and anchor the child chain every
--anchor-period blocks.

It prints the RPC URLs, contract addresses, operators (with their metrics and
admin endpoints) and funded dev accounts with their private keys, writes the
same to DIR/devnet.json, and runs until Ctrl-C (SIGINT) or SIGTERM.

Default ports: parent HTTP 8545, WS 8546; child HTTP 8555, WS 8556 (0 picks a
free port). With --datadir an existing devnet is resumed (its contracts and
operators are kept; --operators, --threshold and --accounts then only apply to
a new one); without it everything lives in a temporary directory removed on
exit. Dev keys are public: never use them on a real chain.

Then, in another terminal:
   servicechain transfer --devnet DIR --account 1 --from parent --native --amount 1.5 --to 0x...
   servicechain status --devnet DIR`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "datadir", Usage: "keep chains, keystores, node stores and devnet.json in `DIR` (default: a temporary directory, removed on exit)"},
		&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "block interval `DURATION` of both chains"},
		&cli.IntFlag{Name: "operators", Value: devnet.DefaultOperators, Usage: "number `N` of bridge nodes (operators), 1 to 32"},
		&cli.IntFlag{Name: "threshold", Value: devnet.DefaultThreshold, Usage: "votes `K` a transfer needs, 1 to --operators"},
		&cli.Uint64Flag{Name: "parent-chain-id", Value: devnet.DefaultParentChainID, Usage: "parent chain `ID`"},
		&cli.Uint64Flag{Name: "child-chain-id", Value: devnet.DefaultChildChainID, Usage: "service (child) chain `ID`"},
		&cli.IntFlag{Name: "parent-http-port", Value: defaultParentHTTPPort, Usage: "parent chain HTTP JSON-RPC `PORT` (0 = any free port)"},
		&cli.IntFlag{Name: "parent-ws-port", Value: defaultParentWSPort, Usage: "parent chain WebSocket JSON-RPC `PORT` (0 = any free port)"},
		&cli.IntFlag{Name: "child-http-port", Value: defaultChildHTTPPort, Usage: "child chain HTTP JSON-RPC `PORT` (0 = any free port)"},
		&cli.IntFlag{Name: "child-ws-port", Value: defaultChildWSPort, Usage: "child chain WebSocket JSON-RPC `PORT` (0 = any free port)"},
		&cli.Uint64Flag{Name: "anchor-period", Value: devnet.DefaultAnchorPeriod, Usage: "anchor the child chain every `N` child blocks (0 = no anchoring)"},
		&cli.IntFlag{Name: "accounts", Value: devnet.DefaultAccounts, Usage: "number `N` of funded dev accounts, 1 to 1000"},
		&cli.IntFlag{Name: "child-producers", Value: devnet.DefaultChildProducers, Usage: "service chain producer candidates `N` (1 without --child-endpoints: a single dev node, no etcd)"},
		&cli.StringFlag{Name: "console-listen", Value: "127.0.0.1:8580", Usage: "serve the operator console on `HOST:PORT` (port 0 picks a free one; \"off\" starts none)"},
		&cli.IntFlag{Name: "child-endpoints", Value: devnet.DefaultChildEndpoints, Usage: "service chain endpoint nodes `N` (serve the child RPC ports)"},
		&cli.BoolFlag{Name: "attestation", Usage: "signature-aggregated handles: the nodes sign every request, serve the signatures and close transfers with one handleSignedBatch (on-chain votes as fallback)"},
	},
	Action: devnetRun,
}

// devnetOptions checks the flags (usage errors) and returns the devnet
// configuration; then it checks that no fixed port is taken (exit status 1).
func devnetOptions(c *cli.Context) (devnet.Config, error) {
	if err := noArgs(c); err != nil {
		return devnet.Config{}, err
	}
	cfg := devnet.Config{DataDir: c.String("datadir"), ParentChainID: c.Uint64("parent-chain-id"), ChildChainID: c.Uint64("child-chain-id"),
		BlockPeriod: c.Duration("block-time"), Operators: c.Int("operators"), Threshold: c.Int("threshold"),
		Accounts: c.Int("accounts"), AnchorPeriod: c.Uint64("anchor-period"), NoAnchoring: c.Uint64("anchor-period") == 0,
		ChildProducers: c.Int("child-producers"), ChildEndpoints: c.Int("child-endpoints"), Attestation: c.Bool("attestation")}
	if cfg.ChildProducers == 1 && !c.IsSet("child-endpoints") {
		cfg.ChildEndpoints = 0 // one producer alone: today's single dev node
	} else if cfg.ChildEndpoints == 0 {
		cfg.ChildEndpoints = -1 // none
	}
	cfg.ParentHTTPPort, cfg.ParentWSPort = c.Int("parent-http-port"), c.Int("parent-ws-port")
	cfg.ChildHTTPPort, cfg.ChildWSPort = c.Int("child-http-port"), c.Int("child-ws-port")
	return cfg, cfg.CheckFlags(c.Int("child-endpoints"))
}

func devnetRun(c *cli.Context) error {
	start := time.Now()
	cfg, err := devnetOptions(c)
	if err != nil {
		return err
	}
	// Node and chain logs are warnings and errors unless --log-level says
	// otherwise, so the banner stays readable.
	cfg.Logger = newLogger(c, "warn", "")
	if !c.IsSet("log-level") {
		// go-ethereum's start-up warnings (no P2P, head block) are noise here.
		devchain.SetLogLevel(slog.LevelError)
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintln(c.App.ErrWriter, "starting devnet ...")
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		return err
	}
	started := time.Since(start)
	notReady := d.WaitReady(ctx, devnetReadyTimeout)
	ready := time.Since(start)
	if ctx.Err() == nil {
		d.WriteSummary(c.App.Writer)
		url, consoleDone, err := startConsole(ctx, d.Dir(), c.String("console-listen"), cfg.Logger)
		if err != nil {
			fmt.Fprintf(c.App.Writer, "\nWARNING: console not started: %v\n", err)
		} else if url != "" {
			fmt.Fprintf(c.App.Writer, "\nConsole  %s  (the bridge, votes, operators, anchoring and producers, live)\n", url)
		}
		if len(notReady) > 0 {
			fmt.Fprintf(c.App.Writer, "\nWARNING: after %.1f s some nodes are not ready:\n  %s\n", ready.Seconds(), strings.Join(notReady, "\n  "))
		} else {
			fmt.Fprintf(c.App.Writer, "\nReady in %.1f s (chains, contracts and nodes up in %.1f s). Press Ctrl-C to stop.\n", ready.Seconds(), started.Seconds())
		}
		<-ctx.Done()
		<-consoleDone // the console stops with ctx, before the chains close
	}
	fmt.Fprintln(c.App.ErrWriter, "stopping devnet ...")
	if err := d.Close(); err != nil {
		return fmt.Errorf("devnet: stopping: %w", err)
	}
	fmt.Fprintln(c.App.ErrWriter, "devnet stopped")
	return nil
}

// startConsole serves the operator console (internal/console) for the
// devnet in dir on listen until ctx ends, and returns its URL ("" when listen
// is "off") and a channel closed once it has stopped. A console that cannot
// start (the port is taken) is reported, not fatal: the devnet runs without.
func startConsole(ctx context.Context, dir, listen string, log *slog.Logger) (string, <-chan struct{}, error) {
	done := make(chan struct{})
	if listen == "off" {
		close(done)
		return "", done, nil
	}
	cfg, err := console.FromDevnet(dir)
	if err == nil {
		cfg.Listen, cfg.Logger = listen, log
		var con *console.Console
		if con, err = console.New(cfg); err == nil {
			go func() { defer close(done); con.Run(ctx) }()
			return con.URL(), done, nil
		}
	}
	close(done)
	return "", done, err
}
