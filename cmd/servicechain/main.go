// Command servicechain runs and administers a multi-operator bridge between a
// parent EVM chain and a service chain.
//
// Every top-level command is listed in commands below; each lives in its own
// file and calls one internal package per action.
//
// Exit codes: 0 success, 1 an error (printed as "servicechain: <message>"),
// 2 a usage error (bad flag or argument, unknown command: an input.Error).
// An error that implements cli.ExitCoder exits with its own code.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/input"
)

// version is the program version; release builds set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// commands returns every top-level command (help lists them by name).
func commands() []*cli.Command {
	return []*cli.Command{
		accountCommand,   // account new|import|list: operator keystores
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

var logLevels = map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}

func newApp() *cli.App {
	cmds := commands()
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	for _, c := range cmds {
		prepare(c, "")
	}
	return &cli.App{
		Name:    "servicechain",
		Usage:   "multi-operator bridge between a parent EVM chain and a service chain",
		Version: version,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Usage: "log level: debug, info, warn or error (default: the config file's, else info)"},
			&cli.StringFlag{Name: "log-format", Usage: "log format: text or json (default: the config file's, else text)"},
		},
		Commands:        cmds,
		HideHelpCommand: true,
		Before: func(c *cli.Context) error {
			if v := c.String("log-level"); v != "" {
				if _, ok := logLevels[v]; !ok {
					return usageErrorf("--log-level %q: expected debug, info, warn or error", v)
				}
			}
			if v := c.String("log-format"); v != "" && v != "text" && v != "json" {
				return usageErrorf("--log-format %q: expected text or json", v)
			}
			newLogger(c, "", "")
			return nil
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("unknown command %q (see servicechain --help)", c.Args().First())
			}
			cli.ShowAppHelp(c)
			return usageErrorf("no command given")
		},
		OnUsageError: func(c *cli.Context, err error, _ bool) error { return usageErrorf("%w", err) },
		// Errors are printed and turned into exit codes by run, not by cli.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}

// prepare makes flag errors and unknown subcommands usage errors throughout
// the command tree.
func prepare(c *cli.Command, parent string) {
	path := strings.TrimSpace(parent + " " + c.Name)
	if c.OnUsageError == nil {
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return usageErrorf("%s: %v (see servicechain %s --help)", path, err, path)
		}
	}
	if len(c.Subcommands) > 0 && c.Action == nil {
		names := make([]string, len(c.Subcommands))
		for i, s := range c.Subcommands {
			names[i] = s.Name
		}
		c.Action = func(ctx *cli.Context) error {
			if ctx.Args().Present() {
				return usageErrorf("%s: unknown command %q (expected one of %s)", path, ctx.Args().First(), strings.Join(names, ", "))
			}
			cli.ShowSubcommandHelp(ctx)
			return usageErrorf("%s: missing command (expected one of %s)", path, strings.Join(names, ", "))
		}
	}
	for _, s := range c.Subcommands {
		prepare(s, path)
	}
}

// newLogger builds the process logger and makes it slog's default. Level and
// format come from --log-level/--log-format when given, else from level and
// format (a config file's values; "" for none), else info and text. Logs go
// to the app's error writer (stderr).
func newLogger(c *cli.Context, level, format string) *slog.Logger {
	if v := c.String("log-level"); v != "" {
		level = v
	}
	if v := c.String("log-format"); v != "" {
		format = v
	}
	lvl, ok := logLevels[level]
	if !ok {
		lvl = slog.LevelInfo
	}
	var w io.Writer = os.Stderr
	if c.App != nil && c.App.ErrWriter != nil {
		w = c.App.ErrWriter
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if format == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	l := slog.New(h)
	slog.SetDefault(l)
	return l
}

// run runs the CLI with args (args[0] is the program name) and returns the
// exit code; errors are printed to stderr as "servicechain: <message>".
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp()
	app.Reader, app.Writer, app.ErrWriter = stdin, stdout, stderr
	err := app.RunContext(ctx, args)
	if err == nil {
		return 0
	}
	code := 1
	var ec cli.ExitCoder
	switch {
	case input.Is(err):
		code = 2
	case errors.As(err, &ec):
		code = ec.ExitCode()
	case strings.HasPrefix(err.Error(), "Required flag"):
		// urfave/cli's missing Required flag; it has printed the help already.
		code = 2
	}
	if msg := err.Error(); msg != "" {
		if !strings.HasPrefix(msg, "servicechain: ") {
			msg = "servicechain: " + msg
		}
		fmt.Fprintln(stderr, msg)
	}
	return code
}

func main() {
	os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}
