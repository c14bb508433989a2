// Command servicechain runs and administers a multi-operator bridge between a
// parent EVM chain and a service chain.
//
// Every top-level command is listed in commands below; each lives in its own
// file and calls one internal package per action. The machinery they share
// (help format, usage errors, exit codes, logger, network and key options) is
// internal/cmdline.
//
// Exit codes: 0 success, 1 an error (printed as "servicechain: <message>"),
// 2 a usage error (bad flag or argument, unknown command: an input.Error).
// An error that implements cli.ExitCoder exits with its own code.
package main

import (
	"context"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/cmdline"
)

// version is the program version; release builds set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// commands returns every top-level command (help lists them by name).
func commands() []*cli.Command {
	return []*cli.Command{
		accountCommand,   // account new|import|list: operator keystores
		adminCommand,     // admin pending|execute|cancel: owner changes in the timelock
		anchorCommand,    // anchor status|verify
		benchCommand,     // bench: a burst of transfers, latency and gas
		bridgeCommand,    // bridge run|status|init: one bridge node
		br2kCommand,      // br2k status: a replicated application service
		consoleCommand,   // console: the operator console in the browser
		deployCommand,    // deploy: a bridge pair, Anchor and sample tokens
		devnetCommand,    // devnet: the whole setup in one process
		nodeCommand,      // node genesis|init|run|status|handover|pause|resume: a service-chain node
		operatorCommand,  // operator add|remove
		statusCommand,    // status: both bridges at a glance
		thresholdCommand, // threshold set
		tokenCommand,     // token register
		transferCommand,  // transfer: one request, followed to its handle
	}
}

// go-ethereum's internal/flags (linked in through the embedded dev chain)
// replaces urfave/cli's flag formatter and help flags in its init; this init
// runs after it and puts servicechain's back.
func init() { cmdline.SetHelpFormat() }

func newApp() *cli.App {
	return cmdline.NewApp("servicechain", "multi-operator bridge between a parent EVM chain and a service chain", version, commands())
}

// run runs the CLI with args (args[0] is the program name) and returns the
// exit code; errors are printed to stderr as "servicechain: <message>".
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return cmdline.Run(ctx, newApp(), args, stdin, stdout, stderr)
}

func main() {
	os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}
