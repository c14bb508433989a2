package config

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The README's node.toml table sits between these lines.
const (
	readmeNodeBegin = "<!-- node.toml keys: generated from internal/config (NodeFile.Schema) by `go test ./internal/config -run TestREADMENodeTable -update`; edit the schema, not this table -->\n"
	readmeNodeEnd   = "<!-- end of node.toml keys -->\n"
)

// TestREADMENodeTable fails when README.md's table of node.toml keys differs
// from the one NodeFile's schema generates; -update rewrites it.
func TestREADMENodeTable(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(readmeNodeBegin))
	j := bytes.Index(data, []byte(readmeNodeEnd))
	if i < 0 || j < i {
		t.Fatalf("%s: no generated node.toml table (expected the lines %q ... %q)", path, readmeNodeBegin, readmeNodeEnd)
	}
	start := i + len(readmeNodeBegin)
	want := DefaultNodeFile().Schema().Markdown()
	if got := string(data[start:j]); got != want {
		if *update {
			out := append(append(append([]byte{}, data[:start]...), want...), data[j:]...)
			if err := os.WriteFile(path, out, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("rewrote the node.toml table of %s", path)
			return
		}
		t.Fatalf("%s: the node.toml table differs from the schema; run `go test ./internal/config -run TestREADMENodeTable -update`.\nfirst difference:\n%s",
			path, firstDiff(got, want))
	}
}
