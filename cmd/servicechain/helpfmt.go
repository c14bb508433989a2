package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// go-ethereum's internal/flags package (linked in through the embedded dev
// chain) replaces urfave/cli's flag formatter and help flags in its init with
// geth's own: every value shows as "value" and the `PLACEHOLDER` quotes of
// our usage texts stay visible. Package main's init runs after it and puts
// a cli-style formatter back: "--datadir DIR   keep chains ... (default: x)".
func init() {
	cli.FlagStringer = flagString
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "show help", DisableDefaultText: true}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: "print the version", DisableDefaultText: true}
}

// flagString renders one flag for help output like urfave/cli's default:
// names with the placeholder taken from the `backquoted` word of the usage
// (else "value"), a tab, the usage and the default (not shown when empty, false
// or 0).
func flagString(f cli.Flag) string {
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
