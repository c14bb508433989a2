package cmdline

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/input"
)

// CmdPath returns the command's path below the program name, e.g. "operator add".
func CmdPath(c *cli.Context) string {
	var names []string
	lineage := c.Lineage()
	for i, x := range lineage {
		// The app's own context carries a root command named after the
		// program, below no other command: it is not part of the path.
		root := i+1 == len(lineage) || lineage[i+1].Command == nil
		if x.Command != nil && x.Command.Name != "" && !root {
			names = append([]string{x.Command.Name}, names...)
		}
	}
	return strings.Join(names, " ")
}

// NoArgs refuses positional arguments: a usage error naming the first one.
func NoArgs(c *cli.Context) error {
	if c.NArg() > 0 {
		return input.Errorf("%s: unexpected argument %q (all options are flags; see servicechain %s --help)", CmdPath(c), c.Args().First(), CmdPath(c))
	}
	return nil
}

// Given returns &v when the flag name was given, else nil: how an option
// that has a default reaches a Spec that must tell "given" from "default".
func Given[T any](c *cli.Context, name string, v T) *T {
	if !c.IsSet(name) {
		return nil
	}
	return &v
}

// WriteJSON writes v as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// Output writes v to the app's standard output: as indented JSON when the
// command's --json flag is set, else with text (its text form).
func Output(c *cli.Context, v any, text func(io.Writer)) error {
	if c.Bool("json") {
		return WriteJSON(c.App.Writer, v)
	}
	text(c.App.Writer)
	return nil
}
