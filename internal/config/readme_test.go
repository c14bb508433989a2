package config

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite README.md's bridge.toml table from the schema")

// The README's bridge.toml table sits between these lines.
const (
	readmeBegin = "<!-- bridge.toml keys: generated from internal/config (Config.Schema) by `go test ./internal/config -run TestREADMETable -update`; edit the schema, not this table -->\n"
	readmeEnd   = "<!-- end of bridge.toml keys -->\n"
)

// TestREADMETable fails when README.md's table of bridge.toml keys differs
// from the one the schema generates (defaults, meanings, keys), so the
// README cannot drift from the code. -update rewrites it.
func TestREADMETable(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(readmeBegin))
	j := bytes.Index(data, []byte(readmeEnd))
	if i < 0 || j < i {
		t.Fatalf("%s: no generated bridge.toml table (expected the lines %q ... %q)", path, readmeBegin, readmeEnd)
	}
	start := i + len(readmeBegin)
	want := Default().Schema().Markdown()
	if got := string(data[start:j]); got != want {
		if *update {
			out := append(append(append([]byte{}, data[:start]...), want...), data[j:]...)
			if err := os.WriteFile(path, out, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("rewrote the bridge.toml table of %s", path)
			return
		}
		t.Fatalf("%s: the bridge.toml table differs from the schema; run `go test ./internal/config -run TestREADMETable -update`.\nfirst difference:\n%s",
			path, firstDiff(got, want))
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "README: " + gl + "\nschema: " + wl
		}
	}
	return ""
}
