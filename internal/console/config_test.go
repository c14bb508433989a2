package console

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

const goodTOML = `
[console]
listen = "127.0.0.1:0"
poll_interval = "100ms"
max_transfers = 500

[parent]
rpc = "http://127.0.0.1:8545"
chain_id = 1001
bridge = "0x00000000000000000000000000000000000000b1"
anchor = "0x00000000000000000000000000000000000000a1"
explorer_tx_url = "https://explorer.example/tx/{hash}"

[child]
rpc = "ws://127.0.0.1:8556"
chain_id = 1000
bridge = "0x00000000000000000000000000000000000000b2"
start_block = 7

[anchoring]
period = 20

[[bridge_node]]
name = "op1"
admin = "127.0.0.1:9001"
metrics = "http://127.0.0.1:9000"
operator = "0x00000000000000000000000000000000000000c1"
token_file = "op1.token"

[[bridge_node]]
name = "op2"
admin = "http://127.0.0.1:9101"
token_env = "CONSOLE_TEST_TOKEN"

[[service_node]]
name = "cn1"
admin = "http://127.0.0.1:9201"
token = "inline"
`

func TestParseFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "op1.token"), []byte("  secret-1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CONSOLE_TEST_TOKEN", "secret-2")
	c, err := ParseFile([]byte(goodTOML), dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err = c.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if c.Listen != "127.0.0.1:0" || c.PollInterval.Milliseconds() != 100 || c.StatusInterval != DefaultStatusInterval || c.MaxTransfers != 500 ||
		c.Parent.ChainID != 1001 || c.Child.StartBlock != 7 || c.Anchor != common.HexToAddress("0xa1") || c.AnchorPeriod != 20 ||
		c.Parent.ExplorerTxURL == "" || c.Child.RPC != "ws://127.0.0.1:8556" {
		t.Errorf("parsed %+v", c)
	}
	if len(c.Nodes) != 2 || c.Nodes[0].Token != "secret-1" || c.Nodes[1].Token != "secret-2" || c.Nodes[0].Operator != common.HexToAddress("0xc1") {
		t.Errorf("nodes %+v", c.Nodes)
	}
	if len(c.ServiceNodes) != 1 || c.ServiceNodes[0].Token != "inline" {
		t.Errorf("service nodes %+v", c.ServiceNodes)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct{ edit, want string }{
		{`s/listen = "127.0.0.1:0"/listen = "nowhere"/`, `listen "nowhere": expected host:port`},
		{`s/poll_interval = "100ms"/poll_interval = "fast"/`, `console.poll_interval = "fast": expected a duration`},
		{`s/poll_interval = "100ms"/poll_interval = "1ms"/`, `poll_interval 1ms: expected at least 10ms`},
		{`s/max_transfers = 500/max_transfers = -1/`, `max_transfers -1: expected 1 to 1000000`},
		{`s/max_transfers = 500/colour = "blue"/`, `unknown key console.colour`},
		{`s|rpc = "http://127.0.0.1:8545"|rpc = "ftp://x"|`, `parent.rpc "ftp://x": scheme "ftp"`},
		{`s|rpc = "ws://127.0.0.1:8556"|rpc = ""|`, `child.rpc is empty`},
		{`s/bridge = "0x00000000000000000000000000000000000000b1"/bridge = "0x12"/`, `parent.bridge = "0x12": expected a 20-byte hex address`},
		{`s/bridge = "0x00000000000000000000000000000000000000b2"//`, `child.bridge is empty`},
		{`s/chain_id = 1000/chain_id = 1001/`, `both 1001`},
		{`s|{hash}|HASH|`, `explorer_tx_url "https://explorer.example/tx/HASH": expected a URL containing {hash}`},
		{`s/name = "op2"/name = "op1"/`, `name "op1" is used twice`},
		{`s/token = "inline"/token = "inline"\ntoken_env = "X"/`, `token, token_file and token_env are exclusive`},
		{`s/CONSOLE_TEST_TOKEN/CONSOLE_TEST_UNSET_TOKEN/`, `environment variable CONSOLE_TEST_UNSET_TOKEN is not set`},
		{`s/op1.token/missing.token/`, `token_file: open`},
		{`s|admin = "http://127.0.0.1:9101"|admin = "ftp://h"|`, `bridge_node "op2" admin "ftp://h": scheme "ftp"`},
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "op1.token"), []byte("x"), 0o600)
		t.Setenv("CONSOLE_TEST_TOKEN", "y")
		text := sedLike(t, goodTOML, tc.edit)
		c, err := ParseFile([]byte(text), dir)
		if err == nil {
			_, err = c.withDefaults()
		}
		if err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want ErrConfig with %q", tc.edit, err, tc.want)
		}
	}
}

// sedLike applies one s/old/new/ edit (any delimiter) to text.
func sedLike(t *testing.T, text, edit string) string {
	t.Helper()
	delim := string(edit[1])
	parts := strings.Split(edit[2:], delim)
	if len(parts) < 2 || !strings.Contains(text, parts[0]) {
		t.Fatalf("bad edit %q", edit)
	}
	return strings.Replace(text, parts[0], strings.ReplaceAll(parts[1], `\n`, "\n"), 1)
}

func TestParseQuery(t *testing.T) {
	h := "0x" + strings.Repeat("0a", 32)
	for _, tc := range []struct {
		in, kind, err string
	}{
		{"", "", ""},
		{"  42 ", "nonce", ""},
		{"#7", "nonce", ""},
		{h, "tx", ""},
		{strings.ToUpper(h[2:]), "", "expected a transaction hash"},
		{"0x" + strings.Repeat("ab", 20), "address", ""},
		{"0xAbcdef0123456789abcdef0123456789abcdef01", "", "EIP-55 checksum"},
		{"0x12", "", "2 hex digits"},
		{"0xzz", "", "not hexadecimal"},
		{"-1", "", "expected a transaction hash"},
		{"18446744073709551616", "", "expected a transaction hash"},
	} {
		q, err := parseQuery(tc.in)
		if tc.err != "" {
			var ae *apiError
			if err == nil || !errors.As(err, &ae) || ae.status != 400 || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseQuery(%q) = %+v, %v; want a 400 with %q", tc.in, q, err, tc.err)
			}
			continue
		}
		if err != nil || q.kind != tc.kind {
			t.Errorf("parseQuery(%q) = %+v, %v; want kind %q", tc.in, q, err, tc.kind)
		}
	}
}

// TestIndexEviction: the index keeps at most max transfers per direction,
// the oldest go first.
func TestIndexEviction(t *testing.T) {
	ix := newIndex(3)
	d := ix.dirs[ParentToChild]
	for n := uint64(0); n < 10; n++ {
		ix.get(d, n)
	}
	if len(d.recs) != 3 || d.recs[9] == nil || d.recs[7] == nil || d.recs[6] != nil {
		t.Errorf("kept %d records", len(d.recs))
	}
	if got := ix.recent(10); len(got) != 3 || got[0].nonce != 9 {
		t.Errorf("recent: %d records, first %d", len(got), got[0].nonce)
	}
}
