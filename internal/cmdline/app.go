package cmdline

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

// logLevels are the values of --log-level.
var logLevels = map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}

// NewApp returns the application name (the program, "servicechain") with the
// commands cmds, listed in help by name and prepared (see Prepare), and the
// global options --log-level and --log-format (checked before any command
// runs; NewLogger reads them). Run without a command it prints its help and
// returns a usage error. Errors are left to Run: the app prints none itself.
func NewApp(name, usage, version string, cmds []*cli.Command) *cli.App {
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	for _, c := range cmds {
		Prepare(name, c, "")
	}
	return &cli.App{
		Name:    name,
		Usage:   usage,
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
					return input.Errorf("--log-level %q: expected debug, info, warn or error", v)
				}
			}
			if v := c.String("log-format"); v != "" && v != "text" && v != "json" {
				return input.Errorf("--log-format %q: expected text or json", v)
			}
			NewLogger(c, "", "")
			return nil
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return input.Errorf("unknown command %q (see %s --help)", c.Args().First(), name)
			}
			cli.ShowAppHelp(c)
			return input.Errorf("no command given")
		},
		OnUsageError: func(c *cli.Context, err error, _ bool) error { return input.Errorf("%w", err) },
		// Errors are printed and turned into exit codes by Run, not by cli.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}

// Prepare makes flag errors and unknown subcommands usage errors throughout
// the command tree of c (parent is the path of the command above it, "" at
// the top; prog the program's name, in the messages): a bad flag says "see
// prog <path> --help", and a command with subcommands but no action of its
// own prints its help and names the subcommands when none or an unknown one
// is given.
func Prepare(prog string, c *cli.Command, parent string) {
	path := strings.TrimSpace(parent + " " + c.Name)
	if c.OnUsageError == nil {
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return input.Errorf("%s: %v (see %s %s --help)", path, err, prog, path)
		}
	}
	if len(c.Subcommands) > 0 && c.Action == nil {
		names := make([]string, len(c.Subcommands))
		for i, s := range c.Subcommands {
			names[i] = s.Name
		}
		c.Action = func(ctx *cli.Context) error {
			if ctx.Args().Present() {
				return input.Errorf("%s: unknown command %q (expected one of %s)", path, ctx.Args().First(), strings.Join(names, ", "))
			}
			cli.ShowSubcommandHelp(ctx)
			return input.Errorf("%s: missing command (expected one of %s)", path, strings.Join(names, ", "))
		}
	}
	for _, s := range c.Subcommands {
		Prepare(prog, s, path)
	}
}

// NewLogger builds the process logger and makes it slog's default. Level and
// format come from --log-level/--log-format when given, else from level and
// format (a config file's values; "" for none), else info and text. Logs go
// to the app's error writer (stderr).
func NewLogger(c *cli.Context, level, format string) *slog.Logger {
	l, _ := newLogger(c, level, format, false)
	return l
}

// DaemonLogger is NewLogger for a daemon command (`bridge run`, `node run`)
// with the Progress that shows its long start-up work (Progress.Follow): live
// when stdout and stderr are terminals and the log format is not json; the
// log lines then scroll above the status line (Progress.Above).
func DaemonLogger(c *cli.Context, level, format string) (*slog.Logger, *Progress) {
	return newLogger(c, level, format, true)
}

func newLogger(c *cli.Context, level, format string, progress bool) (*slog.Logger, *Progress) {
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
	var out io.Writer = os.Stdout
	if c.App != nil && c.App.ErrWriter != nil {
		w = c.App.ErrWriter
	}
	if c.App != nil && c.App.Writer != nil {
		out = c.App.Writer
	}
	var prog *Progress
	if progress {
		prog = NewProgress(w, format == "json" || !IsTerminal(out))
		w = prog.Above(w)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if format == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	l := slog.New(h)
	slog.SetDefault(l)
	return l, prog
}

// Run runs app with args (args[0] is the program name) and returns the exit
// status: 0 on success; 2 for a usage error (an input.Error, or urfave/cli's
// missing Required flag, whose help it has printed already); the code of an
// error that implements cli.ExitCoder; else 1. A non-empty error message is
// printed to stderr as "<app name>: <message>".
func Run(ctx context.Context, app *cli.App, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
		code = 2
	}
	if msg := err.Error(); msg != "" {
		if prefix := app.Name + ": "; !strings.HasPrefix(msg, prefix) {
			msg = prefix + msg
		}
		fmt.Fprintln(stderr, msg)
	}
	return code
}
