package cmdline

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/input"
)

func TestFlagString(t *testing.T) {
	for _, tc := range []struct {
		f    cli.Flag
		want string
	}{
		{&cli.StringFlag{Name: "datadir", Usage: "keep it in `DIR`"}, "--datadir DIR\tkeep it in DIR"},
		{&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "bridge.toml `FILE`"}, "--config FILE, -c FILE\tbridge.toml FILE"},
		{&cli.IntFlag{Name: "count", Value: 1000, Usage: "transfers"}, "--count value\ttransfers (default: 1000)"},
		{&cli.IntFlag{Name: "n", Usage: "zero is no default"}, "-n value\tzero is no default"},
		{&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "give up after `DURATION`"}, "--timeout DURATION\tgive up after DURATION (default: 30s)"},
		{&cli.BoolFlag{Name: "json", Usage: "print JSON"}, "--json\tprint JSON"},
		{&cli.IntFlag{Name: "account", Value: -1, DefaultText: "none", Usage: "dev account `N`"}, "--account N\tdev account N (default: none)"},
		{&cli.StringSliceFlag{Name: "operator", Usage: "operator `ADDRESS`"}, "--operator ADDRESS (repeatable)\toperator ADDRESS"},
	} {
		if got := FlagString(tc.f); got != tc.want {
			t.Errorf("FlagString(%s) = %q, want %q", tc.f.Names()[0], got, tc.want)
		}
	}
}

// TestRunExitCodes: usage errors exit 2, other errors 1, an ExitCoder its
// own code; messages carry the program name once.
func TestRunExitCodes(t *testing.T) {
	leaf := func(name string, err error) *cli.Command {
		return &cli.Command{Name: name, Action: func(*cli.Context) error { return err }}
	}
	group := &cli.Command{Name: "group", Subcommands: []*cli.Command{leaf("ok", nil)}}
	cmds := []*cli.Command{leaf("usage", input.Errorf("--x %q: expected y", "z")), leaf("fail", errors.New("prog: it broke")),
		leaf("exit", cli.Exit("", 3)), leaf("ok", nil), group,
		{Name: "args", Action: NoArgs}}
	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"ok"}, 0, ""},
		{[]string{"usage"}, 2, "prog: --x \"z\": expected y\n"},
		{[]string{"fail"}, 1, "prog: it broke\n"},
		{[]string{"exit"}, 3, ""},
		{[]string{}, 2, "prog: no command given\n"},
		{[]string{"nope"}, 2, "prog: unknown command \"nope\" (see prog --help)\n"},
		{[]string{"--log-level", "loud", "ok"}, 2, "prog: --log-level \"loud\": expected debug, info, warn or error\n"},
		{[]string{"group"}, 2, "prog: group: missing command (expected one of ok)\n"},
		{[]string{"group", "frob"}, 2, "prog: group: unknown command \"frob\" (expected one of ok)\n"},
		{[]string{"args", "x"}, 2, "prog: args: unexpected argument \"x\" (all options are flags; see servicechain args --help)\n"},
		{[]string{"ok", "--bogus"}, 2, "prog: ok: flag provided but not defined: -bogus (see prog ok --help)\n"},
	} {
		var out, errb bytes.Buffer
		code := Run(context.Background(), NewApp("prog", "a test", "1", cmds), append([]string{"prog"}, tc.args...), strings.NewReader(""), &out, &errb)
		if code != tc.code || errb.String() != tc.stderr {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tc.args, code, errb.String(), tc.code, tc.stderr)
		}
	}
}
