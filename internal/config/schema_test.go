package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// A second daemon file, declared the way node.toml will be: the shared
// tables plus its own, one expression per key. This is all the code a new
// file type needs for decoding, validation, defaults, Encode, path
// resolution and its README table.

// role is an enum key type (encoding.TextMarshaler / TextUnmarshaler).
type role int

const (
	roleProducer role = iota + 1
	roleEndpoint
)

func (r role) MarshalText() ([]byte, error) {
	switch r {
	case roleProducer:
		return []byte("producer"), nil
	case roleEndpoint:
		return []byte("endpoint"), nil
	}
	return nil, fmt.Errorf("role %d", int(r))
}

func (r *role) UnmarshalText(b []byte) error {
	switch string(b) {
	case "producer":
		*r = roleProducer
	case "endpoint":
		*r = roleEndpoint
	default:
		return fmt.Errorf("expected producer or endpoint")
	}
	return nil
}

type testNodeFile struct {
	Node NodeConfig
	Role role
	Etcd struct {
		Endpoints  []string
		SessionTTL time.Duration
		CertFile   string
	}
	Metrics ListenConfig
	Admin   ListenConfig
}

func (f *testNodeFile) schema() *Schema {
	return &Schema{
		Header: []string{"servicechain service-chain node (test)."},
		Tables: []*Table{
			NodeTable(&f.Node, "node", "chain data and node key", "chain data and node key"),
			{Name: "producer", Keys: []Key{
				Text("role", &f.Role, roleProducer).Comment("producer | endpoint"),
			}},
			{Name: "etcd", Keys: []Key{
				StringList("endpoints", &f.Etcd.Endpoints, nil, func(s string) string {
					if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
						return "expected an http:// or https:// URL"
					}
					return ""
				}).Required("expected the etcd client URLs").Comment("etcd client URLs"),
				Duration("session_ttl", &f.Etcd.SessionTTL, 2*time.Second, 500*time.Millisecond, time.Minute).
					Comment("leader lease TTL"),
			}},
			{Name: "etcd.tls", Keys: []Key{
				Path("cert_file", &f.Etcd.CertFile, "").OmitEmpty().Comment("client certificate"),
			}},
			MetricsTable(&f.Metrics, "127.0.0.1:0"),
			AdminTable(&f.Admin, "127.0.0.1:0"),
		},
	}
}

func parseNodeFile(data string) (*testNodeFile, error) {
	f := &testNodeFile{}
	s := f.schema()
	s.SetDefaults()
	if err := s.Decode([]byte(data)); err != nil {
		return nil, err
	}
	return f, nil
}

func TestSecondFileType(t *testing.T) {
	const good = `
[node]
name = "producer-1"
[producer]
role = "endpoint"
[etcd]
endpoints = ["http://127.0.0.1:2379", "https://etcd-2:2379"]
[etcd.tls]
cert_file = "tls/client.pem"
[admin]
listen = "127.0.0.1:9000"
`
	f, err := parseNodeFile(good)
	if err != nil {
		t.Fatal(err)
	}
	if f.Node.Name != "producer-1" || f.Node.LogLevel != "info" || f.Role != roleEndpoint ||
		!slices.Equal(f.Etcd.Endpoints, []string{"http://127.0.0.1:2379", "https://etcd-2:2379"}) ||
		f.Etcd.SessionTTL != 2*time.Second || f.Etcd.CertFile != "tls/client.pem" ||
		f.Metrics.Listen != "127.0.0.1:0" || f.Admin.Listen != "127.0.0.1:9000" {
		t.Fatalf("decoded %+v", f)
	}

	// Errors name the key path and what was expected, shared tables included.
	for _, tc := range []struct{ data, want string }{
		{"[etcd]\nendpoints = [\"x\"]\n", `config: etcd.endpoints[0] = "x": expected an http:// or https:// URL`},
		{"", "config: etcd.endpoints is missing: expected the etcd client URLs"},
		{good + "[producer.x]\n", `config: unknown key "producer.x"`},
		{strings.Replace(good, `role = "endpoint"`, `role = "boss"`, 1), `config: producer.role = "boss": expected producer or endpoint`},
		{strings.Replace(good, `role = "endpoint"`, `role = 1`, 1), `config: producer.role = 1: expected a string`},
		{good + "[etcd.tls.extra]\n", `config: unknown key "etcd.tls.extra"`},
		{strings.Replace(good, "[etcd.tls]\ncert_file = \"tls/client.pem\"", "", 1) + "[etcd]\n", "config: toml:"},
		{"etcd = 3\n", "config: etcd = 3: expected a table [etcd]"},
		{good + "[metrics]\nlisten = \"9100\"\n", `config: metrics.listen = "9100": expected host:port`},
		{strings.Replace(good, `name = "producer-1"`, `name = " "`, 1), `config: node.name = " ": expected a non-empty name`},
		{good + "[etcd]\n", "config: toml:"},
		{strings.Replace(good, "[etcd]\n", "[etcd]\nsession_ttl = \"1ms\"\n", 1), `config: etcd.session_ttl = "1ms": expected a duration from 500ms to 1m0s`},
	} {
		_, err := parseNodeFile(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.data, err, tc.want)
		}
	}
	// A table given as a scalar is reported once, not again for its keys.
	if _, err := parseNodeFile("etcd = 3\n"); err == nil || strings.Contains(err.Error(), "etcd.endpoints") {
		t.Errorf("etcd = 3: %v", err)
	}

	// Encode writes a file that decodes into the same values; paths resolve
	// against the file's directory on Load.
	data := f.schema().Encode()
	for _, want := range []string{"# servicechain service-chain node (test).\n", "[etcd.tls]\n", `role = "endpoint"`, "# leader lease TTL"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("encoded file lacks %q:\n%s", want, data)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "node.toml")
	if err := WriteFile(path, data, false); err != nil {
		t.Fatal(err)
	}
	g := &testNodeFile{}
	s := g.schema()
	s.SetDefaults()
	if err := s.Load(path); err != nil {
		t.Fatalf("Load(Encode()): %v\n%s", err, data)
	}
	if g.Role != f.Role || !slices.Equal(g.Etcd.Endpoints, f.Etcd.Endpoints) || g.Etcd.CertFile != filepath.Join(dir, "tls/client.pem") ||
		g.Node.DataDir != filepath.Join(dir, "data") {
		t.Fatalf("loaded %+v", g)
	}
	if err := WriteFile(path, data, false); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second WriteFile: %v", err)
	}

	// Its README table.
	md := f.schema().Markdown()
	for _, want := range []string{
		"| `producer.role` | `producer` | producer \\| endpoint |",
		"| `etcd.endpoints` | required | etcd client URLs |",
		"| `etcd.session_ttl` | `2s` | leader lease TTL |",
		"| `etcd.tls.cert_file` |  | client certificate |",
		"| `admin.listen` | `127.0.0.1:0` |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestBridgeSchemaCoversConfig guards the one-declaration rule: every key of
// bridge.toml appears once in the schema, and Encode writes every one of them
// (commented out when optional and unset).
func TestBridgeSchemaCoversConfig(t *testing.T) {
	s := Default().Schema()
	seen := map[string]bool{}
	for _, tbl := range s.Tables {
		for _, k := range tbl.Keys {
			path := tbl.Name + "." + k.Name()
			if seen[path] {
				t.Errorf("%s declared twice", path)
			}
			seen[path] = true
		}
	}
	if len(seen) != 4+2*16+9+2+4+7+1+1+2 { // bridge: 9 + refund_after, retry_backoff_cap (issue 12); attestation: 7 (issue 14)
		t.Errorf("%d keys declared", len(seen))
	}
	data, _ := Default().Encode()
	for path := range seen {
		name := path[strings.LastIndexByte(path, '.')+1:]
		if path == "child.anchor" {
			continue // written only when set (and then refused)
		}
		if !strings.Contains(string(data), name+" = ") && !strings.Contains(string(data), name+` = "..."`) {
			t.Errorf("Encode does not write %s:\n%s", path, data)
		}
	}
}

func TestDefaultsAreCopies(t *testing.T) {
	a, b := Default(), Default()
	a.Parent.MaxFee.SetInt64(1)
	a.Parent.Endpoints = append(a.Parent.Endpoints, "ws://x:1")
	if b.Parent.MaxFee.Int64() == 1 || len(b.Parent.Endpoints) != 0 || Default().Parent.MaxFee.Int64() == 1 {
		t.Fatal("defaults shared between configs")
	}
}

func TestLoadNamesFile(t *testing.T) {
	f := &testNodeFile{}
	s := f.schema()
	if err := s.Load(filepath.Join(t.TempDir(), "absent.toml")); err == nil || !strings.Contains(err.Error(), "absent.toml") {
		t.Errorf("missing file: %v", err)
	}
	path := filepath.Join(t.TempDir(), "node.toml")
	os.WriteFile(path, []byte("[etcd]\nendpoints = []\n"), 0o600)
	if err := s.Load(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "etcd.endpoints is missing") {
		t.Errorf("bad file: %v", err)
	}
}

// attestation.announce takes this node's public http(s) URL, within the
// Bridge's MAX_ATTESTATION_URL_LENGTH.
func TestAttestationAnnounceCheck(t *testing.T) {
	for _, tc := range []struct {
		url, wantErr string
	}{
		{"", ""},
		{"https://op1.example:8547", ""},
		{"ws://op1.example", "expected a http:// or https:// URL"},
		{"op1.example:8547", "expected a http:// or https:// URL"},
		{"https://" + strings.Repeat("a", MaxAttestationURLLength), "expected at most 256 bytes"},
	} {
		c := Default()
		c.Attestation.Announce = tc.url
		var got string // the announce key's problem (the defaults lack other, required keys)
		if err := c.Schema().Validate(); err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if strings.Contains(line, "attestation.announce") {
					got = line
				}
			}
		}
		switch {
		case tc.wantErr == "" && got != "":
			t.Errorf("%q: %s", tc.url, got)
		case tc.wantErr != "" && !strings.Contains(got, tc.wantErr):
			t.Errorf("%q: problem %q, want one saying %q", tc.url, got, tc.wantErr)
		}
	}
}
