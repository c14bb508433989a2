package config

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

func testEnode(t *testing.T) string {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return enode.NewV4(&k.PublicKey, net.IPv4(127, 0, 0, 1), 30303, 30303).URLv4()
}

func TestNodeFileDefaultsAndRoundTrip(t *testing.T) {
	f := DefaultNodeFile()
	if f.Producer.Role != "producer" || f.Etcd.SessionTTL != 2*time.Second || f.RPC.HTTP != "127.0.0.1:8545" || f.P2P.MaxPeers != 50 {
		t.Fatalf("defaults %+v", f)
	}
	if err := f.Validate(); err == nil || !strings.Contains(err.Error(), "etcd.endpoints is missing") {
		t.Fatalf("defaults validate: %v", err)
	}
	f.Etcd.Endpoints = []string{"http://127.0.0.1:2379", "https://etcd-2:2379"}
	f.Node.Name = "p1"
	f.Chain.Genesis = "genesis.json"
	f.P2P.StaticPeers = []string{testEnode(t)}
	dir := t.TempDir()
	path := filepath.Join(dir, NodeFileName)
	if err := f.WriteFile(path, false); err != nil {
		t.Fatal(err)
	}
	g, err := LoadNodeFile(path)
	if err != nil {
		b, _ := os.ReadFile(path)
		t.Fatalf("load: %v\n%s", err, b)
	}
	if g.Node.Name != "p1" || g.Chain.Genesis != filepath.Join(dir, "genesis.json") || len(g.Etcd.Endpoints) != 2 || len(g.P2P.StaticPeers) != 1 ||
		g.Node.DataDir != filepath.Join(dir, "data") {
		t.Fatalf("loaded %+v", g)
	}
}

func TestNodeFileErrorsNameTheKey(t *testing.T) {
	const base = "[etcd]\nendpoints = [\"http://127.0.0.1:2379\"]\n"
	for _, tc := range []struct{ data, want string }{
		{"", "config: etcd.endpoints is missing"},
		{"[etcd]\nendpoints = [\"127.0.0.1:2379\"]\n", `config: etcd.endpoints[0] = "127.0.0.1:2379": expected a http:// or https:// URL`},
		{base + "[producer]\nrole = \"boss\"\n", `config: producer.role = "boss": expected producer or endpoint`},
		{base + "[producer]\nblock_period = \"1500ms\"\n", `config: producer.block_period = "1.5s": expected whole seconds`},
		{strings.Replace(base, "[etcd]\n", "[etcd]\nsession_ttl = \"2m\"\n", 1), `config: etcd.session_ttl = "2m0s": expected a duration from 1s to 1m0s`},
		{base + "[engine]\nurl = \"http://127.0.0.1:8551\"\n", "config: engine.jwt_secret is missing"},
		{base + "[engine]\nurl = \"127.0.0.1:8551\"\njwt_secret = \"x\"\n", `config: engine.url = "127.0.0.1:8551": expected a http:// or https:// or ws:// or wss:// URL`},
		{base + "[engine]\nurl = \"http://x:8551\"\njwt_secret = \"x\"\n[p2p]\nstatic_peers = [\"" + testEnode(t) + "\"]\n", "config: p2p.static_peers: the external execution node"},
		{base + "[p2p]\nstatic_peers = [\"x\"]\n", `config: p2p.static_peers[0] = "x": expected an enode://`},
		{base + "[rpc]\nhttp = \"8545\"\n", `config: rpc.http = "8545": expected host:port`},
		{base + "[node]\nname = \"a b\"\n", `config: node.name = "a b": expected 1 to 63 letters`},
		{base + "[etcd.tls]\ncert_file = \"c.pem\"\n", "config: etcd.tls.cert_file and etcd.tls.key_file: expected both or neither"},
		{base + "[bootstrap]\nfrom = \"peer\"\n", `config: bootstrap.from = "peer": expected a http:// or https:// or ws:// or wss:// URL`},
		{base + "[admin]\nlisten = \"0.0.0.0:1\"\n", `config: admin.listen = "0.0.0.0:1": expected a loopback host:port`},
		{base + "[etcd]\nprefix = \"x/\"\n", "config: toml:"},
		{strings.Replace(base, "[etcd]\n", "[etcd]\nprefix = \"x/\"\n", 1), `config: etcd.prefix = "x/": expected a key prefix`},
		{base + "[producer.x]\n", `config: unknown key "producer.x"`},
	} {
		f := DefaultNodeFile()
		err := f.Schema().Decode([]byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.data, err, tc.want)
		}
	}
}
