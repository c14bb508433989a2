package config

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

const good = `
[node]
name = "op1"
datadir = "data/op1"
log_level = "debug"
log_format = "json"

[parent]
endpoints = ["ws://127.0.0.1:8546", "http://127.0.0.1:8545"]
chain_id = 1001
confirmations = 12
bridge = "0x1111111111111111111111111111111111111111"
anchor = "0x2222222222222222222222222222222222222222"
keystore = "keys/parent.json"
password_file = "keys/password"
start_block = 7
max_fee_gwei = 100.5
max_tip_gwei = 1
min_balance_eth = 0.25
max_endpoint_lag = 3

[child]
endpoints = ["wss://child.example:443/rpc"]
chain_id = 1000
finalized = true
bridge = "0x3333333333333333333333333333333333333333"
keystore = "/abs/child.json"
password_env = "SC_CHILD_PASSWORD"

[bridge]
poll_interval = "250ms"
batch_size = 1
fee_bump_percent = 10

[anchoring]
enabled = true
period = 20
grace = "0s"

[metrics]
listen = "0.0.0.0:9100"
[admin]
listen = "[::1]:0"
[readiness]
max_head_lag = "1m"
`

func TestParseGood(t *testing.T) {
	c, err := Parse([]byte(good), "/etc/sc")
	if err != nil {
		t.Fatal(err)
	}
	gw := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }
	checks := []struct {
		name      string
		got, want any
	}{
		{"name", c.Node.Name, "op1"},
		{"datadir", c.Node.DataDir, "/etc/sc/data/op1"},
		{"store", c.Node.StorePath(), "/etc/sc/data/op1/bridge.db"},
		{"level", c.Node.Level().String(), "DEBUG"},
		{"parent endpoints", strings.Join(c.Parent.Endpoints, ","), "ws://127.0.0.1:8546,http://127.0.0.1:8545"},
		{"parent chain id", c.Parent.ChainID, uint64(1001)},
		{"confirmations", c.Parent.Confirmations, uint64(12)},
		{"agreement default", c.Parent.MinEndpointAgreement, 0},
		{"unsafe default", c.Parent.AllowUnsafeConfirmations, false},
		{"bridge", c.Parent.Bridge, common.HexToAddress("0x1111111111111111111111111111111111111111")},
		{"anchor", c.Parent.Anchor, common.HexToAddress("0x2222222222222222222222222222222222222222")},
		{"keystore", c.Parent.Keystore, "/etc/sc/keys/parent.json"},
		{"password file", c.Parent.PasswordFile, "/etc/sc/keys/password"},
		{"abs keystore", c.Child.Keystore, "/abs/child.json"},
		{"env", c.Child.PasswordEnv, "SC_CHILD_PASSWORD"},
		{"start", c.Parent.StartBlock, uint64(7)},
		{"max fee", c.Parent.MaxFee.String(), "100500000000"},
		{"max tip", c.Parent.MaxTip.String(), gw(1).String()},
		{"min balance", c.Parent.MinBalance.String(), "250000000000000000"},
		{"child defaults fee", c.Child.MaxFee.String(), gw(500).String()},
		{"child default tip", c.Child.MaxTip.String(), gw(2).String()},
		{"child min balance", c.Child.MinBalance.String(), "10000000000000000"},
		{"lag", c.Parent.MaxEndpointLag, uint64(3)},
		{"child lag default", c.Child.MaxEndpointLag, uint64(5)},
		{"finalized", c.Child.Finalized, true},
		{"poll", c.Bridge.PollInterval, 250 * time.Millisecond},
		{"log range default", c.Bridge.LogRange, uint64(1000)},
		{"batch", c.Bridge.BatchSize, 1},
		{"recovery interval", c.Bridge.RecoveryInterval, 5 * time.Second},
		{"stride", c.Bridge.RecoveryStride, uint64(5000)},
		{"margin", c.Bridge.GasMarginPercent, uint64(20)},
		{"resubmit", c.Bridge.ResubmitAfter, 15 * time.Second},
		{"bump", c.Bridge.FeeBumpPercent, uint64(10)},
		{"anchoring", c.Anchoring, AnchoringConfig{Enabled: true, Period: 20, Grace: 0, MaxCatchup: 100}},
		{"metrics", c.Metrics.Listen, "0.0.0.0:9100"},
		{"admin", c.Admin.Listen, "[::1]:0"},
		{"head lag", c.Readiness.MaxHeadLag, time.Minute},
		{"request age", c.Readiness.MaxRequestAge, 5 * time.Minute},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %v, want %v", ch.name, ch.got, ch.want)
		}
	}
}

// minimal is the smallest valid file; tests below append to or edit it.
const minimal = `
[parent]
endpoints = ["ws://127.0.0.1:8546"]
chain_id = 1001
confirmations = 12
bridge = "0x1111111111111111111111111111111111111111"
keystore = "k1.json"
password_file = "pw"
[child]
endpoints = ["http://127.0.0.1:9545"]
chain_id = 1000
bridge = "0x3333333333333333333333333333333333333333"
allow_unsafe_confirmations = true
keystore = "k2.json"
password_env = "PW"
`

func TestBadConfigs(t *testing.T) {
	edit := func(old, new string) string {
		if !strings.Contains(minimal, old) {
			t.Fatalf("minimal lacks %q", old)
		}
		return strings.Replace(minimal, old, new, 1)
	}
	for _, tc := range []struct {
		name, data string
		want       []string
	}{
		{"syntax", minimal + "[bridge\n", []string{"config: toml:", "line"}},
		{"unknown key", minimal + "[bridge]\nbatchsize = 3\n", []string{`unknown key "bridge.batchsize"`}},
		{"unknown table", minimal + "[brdige]\nbatch_size = 3\nx = 1\n", []string{`unknown table or key "brdige"`}},
		{"batch 0", minimal + "[bridge]\nbatch_size = 0\n", []string{"config: bridge.batch_size = 0: expected an integer from 1 to 100"}},
		{"batch string", minimal + "[bridge]\nbatch_size = \"ten\"\n", []string{`config: bridge.batch_size = "ten": expected an integer from 1 to 100`}},
		{"batch float", minimal + "[bridge]\nbatch_size = 1.5\n", []string{"bridge.batch_size = 1.5: expected an integer"}},
		{"endpoint", edit(`"ws://127.0.0.1:8546"`, `"foo"`), []string{`config: parent.endpoints[0] = "foo": expected a ws://, wss://, http:// or https:// URL`}},
		{"endpoint scheme", edit(`"http://127.0.0.1:9545"`, `"http://ok:1", "ftp://x"`), []string{`child.endpoints[1] = "ftp://x"`}},
		{"endpoints missing", edit(`endpoints = ["ws://127.0.0.1:8546"]`, ``), []string{"parent.endpoints is missing"}},
		{"endpoints type", edit(`endpoints = ["ws://127.0.0.1:8546"]`, `endpoints = "ws://x"`), []string{`parent.endpoints = "ws://x": expected a list of strings`}},
		{"endpoint elem type", edit(`endpoints = ["ws://127.0.0.1:8546"]`, `endpoints = [1]`), []string{`parent.endpoints[0] = 1: expected a string`}},
		{"short address", edit(`"0x3333333333333333333333333333333333333333"`, `"0x12"`), []string{`config: child.bridge = "0x12": expected a 20-byte hex address`}},
		{"bad checksum", edit(`"0x3333333333333333333333333333333333333333"`, `"0xAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAa"`), []string{"child.bridge", "EIP-55"}},
		{"no 0x", edit(`"0x3333333333333333333333333333333333333333"`, `"3333333333333333333333333333333333333333"`), []string{"child.bridge", "20-byte hex address"}},
		{"bridge missing", edit(`bridge = "0x3333333333333333333333333333333333333333"`, ``), []string{"child.bridge is missing"}},
		{"chain id missing", edit("chain_id = 1001", ""), []string{"parent.chain_id = 0: expected the chain id"}},
		{"chain id negative", edit("chain_id = 1001", "chain_id = -1"), []string{"parent.chain_id = -1: expected an integer >= 1"}},
		{"same chain ids", edit("chain_id = 1001", "chain_id = 1000"), []string{"child.chain_id = 1000: same as parent.chain_id"}},
		{"both passwords", edit(`password_env = "PW"`, `password_env = "PW"`+"\npassword_file = \"x\""), []string{"child.password_file and child.password_env are both set"}},
		{"no password", edit(`password_file = "pw"`, ""), []string{"parent.password_file and parent.password_env are both missing"}},
		{"bad env name", edit(`password_env = "PW"`, `password_env = "MY-PW"`), []string{`child.password_env = "MY-PW": expected an environment variable name`}},
		{"keystore missing", edit(`keystore = "k1.json"`, ""), []string{"parent.keystore is missing"}},
		{"finalized and confirmations", minimal + "", nil},
		{"no finality settings", edit("confirmations = 12\n", ""), []string{"config: parent.confirmations = 0 with parent.finalized = false: a request read this shallow can vanish in a reorg after it was paid (a double spend); expected parent.finalized = true, or parent.confirmations >= 12, or parent.allow_unsafe_confirmations = true on a dev chain"}},
		{"too few confirmations", edit("confirmations = 12", "confirmations = 11"), []string{"parent.confirmations = 11 with parent.finalized = false"}},
		{"finalized is enough", edit("confirmations = 12", "finalized = true"), nil},
		{"agreement above endpoints", edit(`password_file = "pw"`, "password_file = \"pw\"\nmin_endpoint_agreement = 2"), []string{"parent.min_endpoint_agreement = 2: expected at most the number of parent.endpoints (1)"}},
		{"agreement range", edit(`password_file = "pw"`, "password_file = \"pw\"\nmin_endpoint_agreement = 33"), []string{"parent.min_endpoint_agreement = 33: expected an integer from 0 to 32"}},
		{"secret endpoint", edit(`"ws://127.0.0.1:8546"`, `"htps://u:pw-9z@h/v3/SECRETKEY?key=S3CRET"`), []string{`parent.endpoints[0] = "htps://redacted@h/v3/***?key=***": expected a ws://`}},
		{"secret endpoint type", edit(`endpoints = ["ws://127.0.0.1:8546"]`, `endpoints = "https://u:pw-9z@h/v3/SECRETKEY?key=S3CRET"`), []string{`parent.endpoints = "https://redacted@h/v3/***?key=***": expected a list of strings`}},
		{"negative fee", edit(`password_file = "pw"`, "password_file = \"pw\"\nmax_fee_gwei = -1"), []string{"parent.max_fee_gwei = -1: expected a number of gwei"}},
		{"zero fee", edit(`password_file = "pw"`, "password_file = \"pw\"\nmax_fee_gwei = 0"), []string{"parent.max_fee_gwei = 0: expected a number of gwei > 0"}},
		{"tip above fee", edit(`password_file = "pw"`, "password_file = \"pw\"\nmax_fee_gwei = 1\nmax_tip_gwei = 2"), []string{"parent.max_tip_gwei = 2: expected at most parent.max_fee_gwei (1)"}},
		{"fee too precise", edit(`password_file = "pw"`, "password_file = \"pw\"\nmax_fee_gwei = 0.0000000001"), []string{"parent.max_fee_gwei = 1e-10: expected a number of gwei >= 0 with at most 9 decimals"}},
		{"balance type", edit(`password_file = "pw"`, "password_file = \"pw\"\nmin_balance_eth = true"), []string{"parent.min_balance_eth = true: expected a number of ether"}},
		{"child anchor", edit(`password_env = "PW"`, `password_env = "PW"`+"\nanchor = \"0x2222222222222222222222222222222222222222\""), []string{"child.anchor", "expected no child.anchor"}},
		{"anchoring without anchor", minimal + "[anchoring]\nenabled = true\n", []string{"parent.anchor is missing"}},
		{"anchoring enabled type", minimal + "[anchoring]\nenabled = \"yes\"\n", []string{`anchoring.enabled = "yes": expected true or false`}},
		{"duration", minimal + "[bridge]\npoll_interval = 5\n", []string{`bridge.poll_interval = 5: expected a duration string like "1s"`}},
		{"duration string", minimal + "[bridge]\npoll_interval = \"soon\"\n", []string{`bridge.poll_interval = "soon": expected a duration`}},
		{"duration range", minimal + "[bridge]\npoll_interval = \"1ms\"\n", []string{`bridge.poll_interval = "1ms": expected a duration from 10ms to 1h0m0s`}},
		{"fee bump", minimal + "[bridge]\nfee_bump_percent = 5\n", []string{"bridge.fee_bump_percent = 5: expected an integer from 10 to 1000"}},
		{"log range", minimal + "[bridge]\nlog_range = 0\n", []string{"bridge.log_range = 0: expected an integer from 1 to 100000"}},
		{"admin not loopback", minimal + "[admin]\nlisten = \"0.0.0.0:8650\"\n", []string{`admin.listen = "0.0.0.0:8650": expected a loopback host:port`}},
		{"metrics bad", minimal + "[metrics]\nlisten = \"9100\"\n", []string{`metrics.listen = "9100": expected host:port`}},
		{"log level", minimal + "[node]\nlog_level = \"verbose\"\n", []string{`node.log_level = "verbose": expected debug, info, warn or error`}},
		{"log format", minimal + "[node]\nlog_format = \"xml\"\n", []string{`node.log_format = "xml": expected text or json`}},
		{"name", minimal + "[node]\nname = \"\"\n", []string{`node.name = "": expected a non-empty name`}},
		{"name type", minimal + "[node]\nname = 3\n", []string{`node.name = 3: expected a string`}},
		{"readiness", minimal + "[readiness]\nmax_request_age = \"0s\"\n", []string{`readiness.max_request_age = "0s": expected a duration from 1s`}},
		{"finalized with confirmations", edit("chain_id = 1000", "chain_id = 1000\nfinalized = true\nconfirmations = 3"), []string{"child.confirmations = 3: expected 0 when child.finalized = true"}},
		{"several", minimal + "[bridge]\nbatch_size = 0\nlog_range = 0\n", []string{"config: bridge.batch_size = 0", "config: bridge.log_range = 0", "\n"}},
	} {
		_, err := Parse([]byte(tc.data), "")
		if tc.want == nil {
			if err != nil {
				t.Errorf("%s: unexpected error %v", tc.name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error\n%v\nlacks %q", tc.name, err, w)
			}
		}
		for _, secret := range []string{"pw-9z", "SECRETKEY", "S3CRET"} {
			if strings.Contains(err.Error(), secret) {
				t.Errorf("%s: error shows the secret %q: %v", tc.name, secret, err)
			}
		}
		// A type error is not repeated as a range error.
		if strings.Count(err.Error(), "config: ") != len(strings.Split(err.Error(), "\n")) {
			t.Errorf("%s: odd error lines: %v", tc.name, err)
		}
	}
}

func TestTypeErrorReportedOnce(t *testing.T) {
	_, err := Parse([]byte(minimal+"[bridge]\nbatch_size = \"x\"\n"), "")
	if err == nil || strings.Count(err.Error(), "batch_size") != 1 {
		t.Fatalf("err = %v", err)
	}
}

func TestRoundTrip(t *testing.T) {
	c, err := Parse([]byte(good), "")
	if err != nil {
		t.Fatal(err)
	}
	c.Child.MinBalance, _ = EtherToWei("0.000000000000000001") // not exact in float64
	c.Parent.MaxTip, _ = GweiToWei("1.123456789")
	c.Node.Name = "op \"1\"\\\t"
	data, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	c2, err := Parse(data, "")
	if err != nil {
		t.Fatalf("Parse(Encode()): %v\n%s", err, data)
	}
	data2, _ := c2.Encode()
	if string(data) != string(data2) {
		t.Fatalf("round trip differs:\n%s\n---\n%s", data, data2)
	}
	if c2.Child.MinBalance.String() != "1" || c2.Parent.MaxTip.String() != "1123456789" || c2.Node.Name != c.Node.Name {
		t.Errorf("values: %v %v %q", c2.Child.MinBalance, c2.Parent.MaxTip, c2.Node.Name)
	}
	if !strings.Contains(string(data), "# ") {
		t.Error("no comments in encoded file")
	}
}

func TestDefaultPlusRequiredIsValid(t *testing.T) {
	c := Default()
	if err := c.Validate(); err == nil {
		t.Fatal("Default() without chains validated")
	}
	for i, ch := range []*ChainConfig{&c.Parent, &c.Child} {
		ch.Endpoints = []string{"ws://127.0.0.1:8546"}
		ch.ChainID = uint64(1000 + i)
		ch.Bridge = common.HexToAddress("0x01")
		ch.Keystore = "keys/op.json"
		ch.PasswordEnv = "PW"
	}
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "parent.confirmations = 0 with parent.finalized = false") {
		t.Fatalf("Default() without finality settings: %v; want the safe-confirmations error", err)
	}
	c.Parent.Finalized, c.Child.Confirmations = true, MinConfirmations
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	// bridge init: write, then Load resolves relative paths against the file.
	dir := t.TempDir()
	path := filepath.Join(dir, "bridge.toml")
	if err := c.WriteFile(path, false); err != nil {
		t.Fatal(err)
	}
	if err := c.WriteFile(path, false); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second WriteFile: %v", err)
	}
	if err := c.WriteFile(path, true); err != nil {
		t.Errorf("overwrite: %v", err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
	l, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if l.Node.DataDir != filepath.Join(dir, "data") || l.Parent.Keystore != filepath.Join(dir, "keys/op.json") {
		t.Errorf("paths: %q %q", l.Node.DataDir, l.Parent.Keystore)
	}
	if err := l.CheckFiles(); err == nil || !strings.Contains(err.Error(), "parent.keystore") {
		t.Errorf("CheckFiles: %v", err)
	}
	os.MkdirAll(filepath.Join(dir, "keys"), 0o700)
	os.WriteFile(filepath.Join(dir, "keys/op.json"), []byte("{}"), 0o600)
	if err := l.CheckFiles(); err != nil {
		t.Errorf("CheckFiles: %v", err)
	}
	// A password file readable by others is refused, naming the file and the mode.
	pw := filepath.Join(dir, "keys/password")
	os.WriteFile(pw, []byte("pw\n"), 0o644)
	l.Parent.PasswordFile, l.Parent.PasswordEnv = pw, ""
	if err := l.CheckFiles(); err == nil || !strings.Contains(err.Error(), `parent.password_file = "`+pw+`": mode 0644 lets group or other users read the password; expected 0600 or stricter (chmod 600 `+pw+")") {
		t.Errorf("CheckFiles with a 0644 password file: %v", err)
	}
	os.Chmod(pw, 0o600)
	if err := l.CheckFiles(); err != nil {
		t.Errorf("CheckFiles with a 0600 password file: %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "missing.toml")); err == nil || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("missing file: %v", err)
	}
	path := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(path, []byte(minimal+"[bridge]\nbatch_size = 0\n"), 0o600)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "bridge.batch_size") {
		t.Errorf("bad file: %v", err)
	}
}

func TestAmounts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		dec  int
		want string
	}{
		{"500", 9, "500000000000"}, {"0.01", 18, "10000000000000000"}, {".5", 9, "500000000"}, {"2.", 9, "2000000000"},
	} {
		w, err := decimalToWei(tc.in, tc.dec)
		if err != nil || w.String() != tc.want {
			t.Errorf("%s: %v %v", tc.in, w, err)
		}
		if back := weiToDecimal(w, tc.dec); back != strings.TrimSuffix(strings.TrimPrefix(tc.in, "."), ".") && back != "0"+tc.in && back+"." != tc.in {
			t.Errorf("%s: back %s", tc.in, back)
		}
	}
	for _, bad := range []string{"", ".", "-1", "1e5", "1.0000000001", "x"} {
		if _, err := decimalToWei(bad, 9); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if WeiToGwei(big.NewInt(1)) != "0.000000001" || WeiToEther(nil) != "missing" {
		t.Error("formatting")
	}
}
