package cmdline

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// SetHelpFormat installs FlagString as urfave/cli's flag formatter and plain
// --help/-h and --version/-v flags. go-ethereum's internal/flags package
// (linked in through the embedded dev chain) replaces all three in its init
// with geth's own, under which every value shows as "value" and the
// `PLACEHOLDER` quotes of our usage texts stay visible; call SetHelpFormat
// from package main's init, which runs after every imported package's.
func SetHelpFormat() {
	cli.FlagStringer = FlagString
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "show help", DisableDefaultText: true}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: "print the version", DisableDefaultText: true}
}

// FlagString renders one flag for help output like urfave/cli's default:
// names with the placeholder taken from the `backquoted` word of the usage
// (else "value"), a tab, the usage and the default (not shown when empty,
// false or 0), and " (repeatable)" after the names of a slice flag.
func FlagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	usage := df.GetUsage()
	placeholder := ""
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			placeholder = usage[i+1 : i+1+j]
			usage = usage[:i] + placeholder + usage[i+2+j:]
		}
	}
	if df.TakesValue() && placeholder == "" {
		placeholder = "value"
	}
	var names []string
	for _, n := range df.Names() {
		p := "--"
		if len(n) == 1 {
			p = "-"
		}
		if placeholder != "" && df.TakesValue() {
			names = append(names, p+n+" "+placeholder)
		} else {
			names = append(names, p+n)
		}
	}
	def := ""
	if bf, isBool := f.(*cli.BoolFlag); !isBool || !bf.DisableDefaultText {
		if s := df.GetDefaultText(); s != "" && s != "false" && s != `""` && s != "0" {
			def = " (default: " + s + ")"
		}
	}
	out := strings.Join(names, ", ")
	if sf, ok := f.(cli.DocGenerationSliceFlag); ok && sf.IsSliceFlag() {
		out += " (repeatable)"
	}
	return fmt.Sprintf("%s\t%s", out, strings.TrimSpace(usage+def))
}
