package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// A Schema declares one configuration file (bridge.toml, node.toml): its
// tables in file order, each a list of keys bound to the fields of the Go
// struct they fill. Each key is written once, in its table, and that one
// declaration drives everything about it: its default (SetDefaults), decoding
// and the type errors (Decode), its range and required checks (Validate),
// how it is written back with a comment (Encode), where relative paths are
// resolved (ResolvePaths) and its row in the README (Markdown). Checks that
// involve several keys are Rules.
//
// A daemon declares its file as a function that builds the Schema over a
// value of its config struct (see Config.Schema); the tables every daemon
// has are shared (NodeTable, MetricsTable, AdminTable). Every error names
// the key path and what was expected, e.g.
//
//	config: bridge.batch_size = 0: expected an integer from 1 to 100
type Schema struct {
	// Header is written as comment lines at the top of Encode's output.
	Header []string
	// Tables in file order.
	Tables []*Table
	// Rules are checks across tables, run after every table's keys and rules.
	Rules []Rule
}

// Table is one TOML table ([node], [parent], [etcd.tls]).
type Table struct {
	// Name is the table's dotted path, e.g. "node" or "etcd.tls".
	Name string
	// Keys in file order.
	Keys []Key
	// Rules are checks across this table's keys, run after the keys' own checks.
	Rules []Rule
}

// Rule is a check across keys. It adds one problem per finding with
// Problems.Addf, naming the key path and what was expected.
type Rule func(p *Problems)

// Key is one declared key of a table; the constructors String, Path, Bool,
// Uint, Duration, Address, Amount, StringList and Text make them.
type Key interface {
	// Name is the key's name within its table.
	Name() string
	base() *keyBase
	setDefault()
	decode(path string, raw any, p *Problems) bool
	validate(path string, p *Problems)
	literal() (string, bool) // TOML literal of the current value; false when empty
	docDefault() string
	resolve(baseDir string)
}

// Problems collects the errors found in one file, each "config: <key> ...".
type Problems struct {
	errs []error
}

// Addf adds "config: " + fmt.Sprintf(format, args...). Start the message
// with the key path: duplicate reports of a key whose value did not decode
// are dropped by the key path.
func (p *Problems) Addf(format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("config: "+format, args...))
}

// Err joins the problems, one per line, or returns nil when there are none.
func (p *Problems) Err() error {
	if len(p.errs) == 0 {
		return nil
	}
	return errors.Join(p.errs...)
}

// SetDefaults sets every key to its default.
func (s *Schema) SetDefaults() {
	for _, t := range s.Tables {
		for _, k := range t.Keys {
			k.setDefault()
		}
	}
}

// Decode reads TOML data into the keys (keys absent from data keep their
// current values: call SetDefaults first), then validates (see Validate).
// Unknown tables and keys are errors. The error lists every problem, one per
// line; a key whose value has the wrong type is reported once (not again by
// its range check). A TOML syntax error is returned alone
// ("config: toml: ...").
func (s *Schema) Decode(data []byte) error {
	var raw map[string]any
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&raw)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	var p Problems
	s.unknownKeys(md, &p)
	failed := map[string]bool{}
	for _, t := range s.Tables {
		m, ok := s.tableMap(raw, t.Name, &p)
		if !ok {
			failed[t.Name] = true
			continue
		}
		for _, k := range t.Keys {
			v, present := m[k.Name()]
			if !present {
				continue
			}
			path := t.Name + "." + k.Name()
			if !k.decode(path, v, &p) {
				failed[path] = true
			}
		}
	}
	// Range checks of values that decoded, without repeating type errors.
	for _, e := range s.problems().errs {
		if k := errKey(e); k == "" || !failed[k] && !failed[tableOf(k)] {
			p.errs = append(p.errs, e)
		}
	}
	return p.Err()
}

// Validate checks the current values: every key's own checks (range,
// required, format), then the tables' rules, then the schema's. It returns
// all problems, one per line, each naming the key path and what was expected.
func (s *Schema) Validate() error { return s.problems().Err() }

func (s *Schema) problems() *Problems {
	var p Problems
	for _, t := range s.Tables {
		for _, k := range t.Keys {
			k.validate(t.Name+"."+k.Name(), &p)
		}
		for _, r := range t.Rules {
			r(&p)
		}
	}
	for _, r := range s.Rules {
		r(&p)
	}
	return &p
}

// ResolvePaths makes the relative values of Path keys absolute against baseDir.
func (s *Schema) ResolvePaths(baseDir string) {
	for _, t := range s.Tables {
		for _, k := range t.Keys {
			k.resolve(baseDir)
		}
	}
}

// Load reads the file at path, decodes it (see Decode) and resolves relative
// paths against the file's directory. Errors name the file.
func (s *Schema) Load(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if err := s.Decode(data); err != nil {
		return fmt.Errorf("%w\n(in %s)", err, path)
	}
	s.ResolvePaths(filepath.Dir(abs))
	return nil
}

// tableMap returns the decoded table at the dotted path name (empty when the
// file does not have it); false (with a problem) when the file has something
// else than a table there.
func (s *Schema) tableMap(raw map[string]any, name string, p *Problems) (map[string]any, bool) {
	m := raw
	parts := strings.Split(name, ".")
	for i, part := range parts {
		v, ok := m[part]
		if !ok {
			return nil, true
		}
		sub, ok := v.(map[string]any)
		if !ok {
			p.Addf("%s = %s: expected a table [%s]", strings.Join(parts[:i+1], "."), show(v), strings.Join(parts[:i+1], "."))
			return nil, false
		}
		m = sub
	}
	return m, true
}

// unknownKeys reports keys of the file that the schema does not declare, in
// file order, once per unknown table or key (not again for what is inside).
func (s *Schema) unknownKeys(md toml.MetaData, p *Problems) {
	tables := map[string]*Table{}
	containers := map[string]bool{} // "etcd" for a table "etcd.tls"
	for _, t := range s.Tables {
		tables[t.Name] = t
		parts := strings.Split(t.Name, ".")
		for i := 1; i < len(parts); i++ {
			containers[strings.Join(parts[:i], ".")] = true
		}
	}
	seen := map[string]bool{}
	for _, k := range md.Keys() {
		key := k.String()
		if pk := parentKey(k); pk != "" && seen[pk] {
			seen[key] = true
			continue
		}
		path := strings.Join(k, ".")
		if tables[path] != nil || containers[path] {
			continue
		}
		if len(k) >= 2 {
			if t := tables[strings.Join(k[:len(k)-1], ".")]; t != nil && t.key(k[len(k)-1]) != nil {
				continue
			}
		}
		seen[key] = true
		if len(k) == 1 {
			p.Addf("unknown table or key %q", key)
		} else {
			p.Addf("unknown key %q", key)
		}
	}
}

func (t *Table) key(name string) Key {
	for _, k := range t.Keys {
		if k.Name() == name {
			return k
		}
	}
	return nil
}

func parentKey(k toml.Key) string {
	if len(k) < 2 {
		return ""
	}
	return k[:len(k)-1].String()
}

// errKey extracts the key path from "config: key = ..." or "config: key[...".
func errKey(e error) string {
	s := strings.TrimPrefix(e.Error(), "config: ")
	if i := strings.IndexAny(s, " [:"); i > 0 {
		return s[:i]
	}
	return ""
}

// tableOf returns the table part of a key path ("bridge" of "bridge.batch_size").
func tableOf(path string) string {
	if i := strings.LastIndexByte(path, '.'); i > 0 {
		return path[:i]
	}
	return ""
}

// Encode renders the current values as a commented TOML file that Decode
// reads back into the same values: Header, then each table with one line per
// key ("key = value   # comment"), aligned comments.
func (s *Schema) Encode() []byte {
	var b strings.Builder
	for _, h := range s.Header {
		b.WriteString(strings.TrimRight("# "+h, " ") + "\n")
	}
	for i, t := range s.Tables {
		if i > 0 || len(s.Header) > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("[" + t.Name + "]\n")
		for _, k := range t.Keys {
			kb := k.base()
			lit, ok := k.literal()
			switch {
			case !ok && kb.whenEmpty != nil:
				if line := kb.whenEmpty(); line != "" {
					b.WriteString(line + "\n")
				}
			case !ok && kb.omitEmpty:
			default:
				b.WriteString(Line(k.Name(), lit, kb.comment) + "\n")
			}
		}
	}
	return []byte(b.String())
}

// Line formats one line of an encoded file: key = value, and the comment
// (if any) aligned at column 37 (at least one space after the value).
// Key may start with "# " for a commented-out example line.
func Line(key, value, comment string) string {
	line := key + " = " + value
	if comment != "" {
		line += strings.Repeat(" ", max(1, 36-len(line))) + "# " + comment
	}
	return line
}

// Markdown renders the keys as a Markdown table (key, default, meaning) for
// the README, one row per key. Consecutive tables that declare the same keys
// with the same defaults and docs (such as [parent] and [child]) share rows:
// "`parent.endpoints`, `child.endpoints`". A key without a default shows
// "required" when it must be set.
func (s *Schema) Markdown() string {
	var b strings.Builder
	b.WriteString("| key | default | meaning |\n|---|---|---|\n")
	for i := 0; i < len(s.Tables); {
		group := []*Table{s.Tables[i]}
		for j := i + 1; j < len(s.Tables) && sameDocs(s.Tables[i], s.Tables[j]); j++ {
			group = append(group, s.Tables[j])
		}
		for ki, k := range s.Tables[i].Keys {
			var names []string
			for _, t := range group {
				names = append(names, "`"+t.Name+"."+t.Keys[ki].Name()+"`")
			}
			def := k.docDefault()
			if def != "" && def != "required" {
				def = "`" + def + "`"
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", strings.Join(names, ", "), def, mdEscape(k.base().docText()))
		}
		i += len(group)
	}
	return b.String()
}

// sameDocs reports whether a and b declare the same keys, defaults and docs.
func sameDocs(a, b *Table) bool {
	if len(a.Keys) != len(b.Keys) {
		return false
	}
	for i := range a.Keys {
		ka, kb := a.Keys[i], b.Keys[i]
		if ka.Name() != kb.Name() || ka.docDefault() != kb.docDefault() || ka.base().docText() != kb.base().docText() {
			return false
		}
	}
	return true
}

// mdEscape escapes the pipes of a table cell.
func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// WriteFile writes data to path with mode 0600 (configuration files name
// keystores and may hold addresses an operator wants private). An existing
// file is an error unless overwrite is true.
func WriteFile(path string, data []byte, overwrite bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !overwrite {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("config: %s already exists", path)
		}
		return fmt.Errorf("config: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("config: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("config: write %s: %w", path, err)
	}
	return nil
}
