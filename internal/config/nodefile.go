package config

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

// NodeFileName is the conventional name of a service-chain node's file.
const NodeFileName = "node.toml"

// NodeFile is node.toml: one service-chain node (issue 10), run by
// `servicechain node run --config node.toml`. It is declared once, in
// (*NodeFile).Schema, like bridge.toml.
type NodeFile struct {
	Node      NodeConfig    // [node]
	Chain     NodeChain     // [chain]
	Producer  NodeProducer  // [producer]
	Engine    NodeEngine    // [engine]
	Etcd      NodeEtcd      // [etcd], [etcd.tls]
	P2P       NodeP2P       // [p2p]
	RPC       NodeRPC       // [rpc]
	Bootstrap NodeBootstrap // [bootstrap]
	Metrics   ListenConfig  // [metrics]
	Admin     ListenConfig  // [admin]
}

// NodeChain is the [chain] table.
type NodeChain struct {
	// Genesis is the chain's genesis.json; `node run` initialises an empty
	// datadir from it. "": the datadir must have been initialised with
	// `servicechain node init`.
	Genesis string
}

// NodeProducer is the [producer] table.
type NodeProducer struct {
	Role           string         // "producer" (a candidate) or "endpoint"
	FeeRecipient   common.Address // receives the priority fees of blocks this node builds
	BlockPeriod    time.Duration  // 0: the period recorded in the genesis
	LogWindow      uint64         // committed blocks kept in etcd; 0: 1 h of blocks
	CampaignMaxLag uint64         // blocks a candidate may trail the committed head
	ReadyMaxLag    uint64         // blocks a ready node may trail the committed head
	HealthInterval time.Duration  // how often health is checked
	TakeoverGrace  time.Duration  // how late a leader's slot may be before a candidate revokes its lease; 0: one period, < 0: never
}

// NodeEngine is the [engine] table: an external execution node.
type NodeEngine struct {
	URL       string // authrpc URL of an external execution node; "": the embedded one
	JWTSecret string // the JWT secret file shared with it (mode 0600)
}

// NodeEtcd is the [etcd] and [etcd.tls] tables.
type NodeEtcd struct {
	Endpoints    []string      // client URLs of the etcd cluster
	Prefix       string        // key prefix of the chain; "": /servicechain/<chain id>
	SessionTTL   time.Duration // election lease TTL
	DialTimeout  time.Duration // bound of one connection attempt
	Username     string        // etcd user ("": no authentication)
	PasswordFile string        // file holding that user's password
	CAFile       string        // etcd.tls.ca_file
	CertFile     string        // etcd.tls.cert_file
	KeyFile      string        // etcd.tls.key_file
	ServerName   string        // etcd.tls.server_name
}

// NodeP2P is the [p2p] table (embedded execution node only).
type NodeP2P struct {
	Listen      string   // devp2p TCP listen address; "": no listener
	StaticPeers []string // enode:// URLs kept connected
	MaxPeers    int
}

// NodeRPC is the [rpc] table (embedded execution node only).
type NodeRPC struct {
	HTTP      string   // HTTP JSON-RPC listen address; "": none
	WS        string   // WebSocket JSON-RPC listen address; "": none
	VHosts    []string // accepted HTTP Host names
	CORS      []string // allowed browser origins (HTTP)
	WSOrigins []string // allowed WebSocket origins
}

// NodeBootstrap is the [bootstrap] table.
type NodeBootstrap struct {
	From string // a peer's eth JSON-RPC URL to take the chain from
}

// nodeNameRE is the node name rule of internal/producer (the election value
// and the metrics label).
var nodeNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$`)

// DefaultNodeFile returns node.toml's defaults.
func DefaultNodeFile() *NodeFile {
	f := &NodeFile{}
	f.Schema().SetDefaults()
	return f
}

// LoadNodeFile reads node.toml (defaults for absent keys, relative paths
// against the file's directory). Errors name the key and the file.
func LoadNodeFile(path string) (*NodeFile, error) {
	f := DefaultNodeFile()
	if err := f.Schema().Load(path); err != nil {
		return nil, err
	}
	return f, nil
}

// Validate checks every key (see Schema).
func (f *NodeFile) Validate() error { return f.Schema().Validate() }

// Encode renders the file with a comment per key.
func (f *NodeFile) Encode() []byte { return f.Schema().Encode() }

// WriteFile writes Encode() to path (mode 0600); an existing file is an
// error unless overwrite.
func (f *NodeFile) WriteFile(path string, overwrite bool) error {
	return WriteFile(path, f.Encode(), overwrite)
}

// External reports whether the node drives an external execution node.
func (f *NodeFile) External() bool { return f.Engine.URL != "" }

// Schema declares node.toml over f (see Schema): every key, its default,
// checks, comment and README text.
func (f *NodeFile) Schema() *Schema {
	node := NodeTable(&f.Node, "node", "chain data, node key, endpoints.json, pause file",
		"the embedded execution node's data (`geth/chaindata`, `geth/nodekey`), `endpoints.json` and the pause file")
	node.Rules = append(node.Rules, func(p *Problems) {
		if f.Node.Name != "" && !nodeNameRE.MatchString(f.Node.Name) {
			p.Addf("node.name = %q: expected 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit (it is the election value and the metrics label)", f.Node.Name)
		}
	})
	return &Schema{
		Header: []string{
			"servicechain service-chain node configuration (servicechain node run --config FILE).",
			"Relative paths are relative to this file's directory.",
		},
		Tables: []*Table{
			node,
			{Name: "chain", Keys: []Key{
				Path("genesis", &f.Chain.Genesis, "").Placeholder(`"genesis.json"`).
					Comment("initialises an empty datadir").
					Doc("the chain's `genesis.json` (`servicechain node genesis`); `node run` initialises an empty datadir from it; unset, run `servicechain node init` first"),
			}},
			{Name: "producer", Keys: []Key{
				String("role", &f.Producer.Role, "producer").Check(OneOf("producer", "endpoint")).
					Comment("producer (leader candidate) | endpoint").
					Doc("`producer`: a leader candidate (active or standby); `endpoint`: never produces, serves RPC"),
				Address("fee_recipient", &f.Producer.FeeRecipient, common.Address{}).Placeholder(`"0x..."`).
					Comment("receives priority fees of blocks built here").
					Doc("receives the priority fees of the blocks this node builds (unset: the zero address)"),
				Duration("block_period", &f.Producer.BlockPeriod, 0, 0, time.Hour).Check(wholeSeconds).
					Comment("0s: the period recorded in the genesis").
					Doc("slot length; `0s` takes the period the genesis records (any other value must equal it)"),
				Uint("log_window", &f.Producer.LogWindow, 0, 0, 10_000_000).
					Comment("committed blocks kept in etcd (0: 1 h of blocks)").
					Doc("committed blocks kept in etcd; a node further behind bootstraps from a peer; `0`: one hour of blocks"),
				Uint("campaign_max_lag", &f.Producer.CampaignMaxLag, 2, 1, 1000).
					Comment("blocks a candidate may trail the committed head"),
				Uint("ready_max_lag", &f.Producer.ReadyMaxLag, 2, 1, 1000).
					Comment("blocks behind the committed head still ready (/readyz)"),
				Duration("health_interval", &f.Producer.HealthInterval, 250*time.Millisecond, 10*time.Millisecond, time.Minute).
					Comment("health check period (5 good checks to campaign)"),
				Duration("takeover_grace", &f.Producer.TakeoverGrace, 0, -time.Second, time.Hour).
					Comment("0s: one period; -1s: wait for the lease").
					Doc("how late the slot after the committed head may be before a waiting candidate revokes the leader's lease and takes over (a leader that holds its lease but has stopped producing); `0s`: one block period; `-1s`: never, failover waits for the lease to expire"),
			}},
			{Name: "engine", Keys: []Key{
				String("url", &f.Engine.URL, "").Check(urlCheck("http", "https", "ws", "wss")).Placeholder(`"http://127.0.0.1:8551"`).
					Comment(`external node's authrpc; "" = embedded`).
					Doc("authrpc URL of an external execution node (geth `--authrpc.addr/port`); unset: the embedded go-ethereum node"),
				Path("jwt_secret", &f.Engine.JWTSecret, "").Placeholder(`"jwt.hex"`).
					Comment("JWT secret file shared with it (mode 0600)").
					Doc("the JWT secret file shared with the external node (geth `--authrpc.jwtsecret`, mode 0600); required with `engine.url`"),
			}},
			{Name: "etcd", Keys: []Key{
				StringList("endpoints", &f.Etcd.Endpoints, nil, urlCheck("http", "https")).Required("expected the etcd client URLs").
					Comment("etcd client URLs (several)").Doc("client URLs of the etcd cluster, e.g. `[\"http://10.0.0.1:2379\", \"http://10.0.0.2:2379\"]`"),
				String("prefix", &f.Etcd.Prefix, "").Check(func(s string) string {
					if s != "" && (!strings.HasPrefix(s, "/") || strings.HasSuffix(s, "/")) {
						return `expected a key prefix such as "/servicechain/1000" (leading slash, no trailing slash)`
					}
					return ""
				}).Placeholder(`"/servicechain/<chain id>"`).Comment("key prefix of the chain").
					Doc("etcd key prefix of the chain (every node of the chain uses the same); unset: `/servicechain/<chain id>`"),
				Duration("session_ttl", &f.Etcd.SessionTTL, 2*time.Second, time.Second, time.Minute).Check(wholeSeconds).
					Comment("leader lease TTL (whole seconds)").
					Doc("leader lease TTL, whole seconds (etcd refuses less than about 1.5 x its election timeout: 2 s with etcd's defaults)"),
				Duration("dial_timeout", &f.Etcd.DialTimeout, 5*time.Second, 100*time.Millisecond, time.Minute).
					Comment("bound of one connection attempt"),
				String("username", &f.Etcd.Username, "").OmitEmpty().Comment("etcd user (unset: no authentication)"),
				Path("password_file", &f.Etcd.PasswordFile, "").OmitEmpty().Comment("file with that user's password"),
			}},
			{Name: "etcd.tls", Keys: []Key{
				Path("ca_file", &f.Etcd.CAFile, "").OmitEmpty().Comment("CA bundle of the etcd servers"),
				Path("cert_file", &f.Etcd.CertFile, "").OmitEmpty().Comment("client certificate (with key_file)"),
				Path("key_file", &f.Etcd.KeyFile, "").OmitEmpty().Comment("client key"),
				String("server_name", &f.Etcd.ServerName, "").OmitEmpty().Comment("expected server certificate name"),
			}},
			{Name: "p2p", Keys: []Key{
				String("listen", &f.P2P.Listen, "0.0.0.0:30303").Check(listenCheck).
					Comment(`devp2p listen address; "" = none`).
					Doc("devp2p TCP listen address of the embedded node (port 0: any free port); `\"\"`: no listener, only dial"),
				StringList("static_peers", &f.P2P.StaticPeers, nil, func(s string) string {
					if _, err := enode.ParseV4(s); err != nil {
						return "expected an enode://<pubkey>@<host>:<port> URL"
					}
					return ""
				}).Comment("enode URLs of the other nodes").
					Doc("enode URLs of the chain's other nodes, kept connected (transactions sent to any node reach the leader's pool)"),
				Uint("max_peers", &f.P2P.MaxPeers, 50, 1, 1000).Comment("devp2p peer limit"),
			}},
			{Name: "rpc", Keys: []Key{
				String("http", &f.RPC.HTTP, "127.0.0.1:8545").Check(listenCheck).
					Comment(`HTTP JSON-RPC (eth, net, web3, txpool); "" = off`).
					Doc("HTTP JSON-RPC listen address of the embedded node (`eth`, `net`, `web3`, `txpool`; nothing that inserts blocks); `\"\"`: off"),
				String("ws", &f.RPC.WS, "127.0.0.1:8546").Check(listenCheck).
					Comment(`WebSocket JSON-RPC; "" = off`),
				StringList("vhosts", &f.RPC.VHosts, []string{"localhost"}, nil).Comment("accepted HTTP Host names (IPs always)"),
				StringList("cors", &f.RPC.CORS, nil, nil).Comment("allowed browser origins (HTTP)"),
				StringList("ws_origins", &f.RPC.WSOrigins, nil, nil).Comment("allowed WebSocket origins"),
			}},
			{Name: "bootstrap", Keys: []Key{
				String("from", &f.Bootstrap.From, "").Check(urlCheck("http", "https", "ws", "wss")).Placeholder(`"http://10.0.0.2:8545"`).
					Comment("a peer's RPC for an empty or far-behind node").
					Doc("a peer's eth JSON-RPC URL: a node with an empty datadir, or one whose missing blocks left the etcd window, takes them from it, each checked against the committed log before the node may campaign"),
			}},
			MetricsTable(&f.Metrics, "127.0.0.1:0"),
			AdminTable(&f.Admin, "127.0.0.1:0"),
		},
		Rules: []Rule{func(p *Problems) {
			if f.Engine.URL != "" && f.Engine.JWTSecret == "" {
				p.Addf("engine.jwt_secret is missing: expected the JWT secret file of the execution node at engine.url = %q", f.Engine.URL)
			}
			if f.Engine.URL != "" && f.Chain.Genesis == "" {
				p.Addf("chain.genesis is missing: expected the chain's genesis.json with engine.url (the producer takes the fork schedule from it)")
			}
			if f.Engine.URL == "" && f.Engine.JWTSecret != "" {
				p.Addf("engine.jwt_secret = %q: expected engine.url too (the embedded node needs no secret)", f.Engine.JWTSecret)
			}
			if f.Engine.URL != "" && len(f.P2P.StaticPeers) > 0 {
				p.Addf("p2p.static_peers: the external execution node at engine.url keeps its own peers; expected them in its own configuration (geth --bootnodes or its config file), not here")
			}
			if (f.Etcd.CertFile == "") != (f.Etcd.KeyFile == "") {
				p.Addf("etcd.tls.cert_file and etcd.tls.key_file: expected both or neither")
			}
			if (f.Etcd.Username == "") != (f.Etcd.PasswordFile == "") {
				p.Addf("etcd.username and etcd.password_file: expected both or neither")
			}
			if f.RPC.HTTP != "" && f.RPC.HTTP == f.P2P.Listen && !strings.HasSuffix(f.P2P.Listen, ":0") {
				p.Addf("p2p.listen = %q: the same address as rpc.http", f.P2P.Listen)
			}
		}},
	}
}

// wholeSeconds is a Check for block periods and lease TTLs.
func wholeSeconds(d time.Duration) string {
	if d%time.Second != 0 {
		return "expected whole seconds"
	}
	return ""
}

// listenCheck accepts "" or host:port with port 0 to 65535.
func listenCheck(s string) string {
	if s == "" {
		return ""
	}
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		return `expected host:port (port 0 = any free port) or "" for none`
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return "expected a port from 0 to 65535"
	}
	return ""
}

// urlCheck accepts "" or a URL with one of schemes and a host.
func urlCheck(schemes ...string) func(string) string {
	return func(s string) string {
		if s == "" {
			return ""
		}
		u, err := url.Parse(s)
		if err == nil && u.Host != "" {
			for _, sc := range schemes {
				if u.Scheme == sc {
					return ""
				}
			}
		}
		return fmt.Sprintf("expected a %s:// URL with a host", strings.Join(schemes, ":// or "))
	}
}
