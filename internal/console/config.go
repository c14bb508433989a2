package console

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults of Config.
const (
	// DefaultListen is the console's HTTP address: loopback only, so the
	// page and its API are reachable from this machine alone.
	DefaultListen = "127.0.0.1:8580"
	// DefaultPollInterval is how often the chains' heads and bridge events
	// are read: a handle shows on the page within about this much of its
	// block (the target is 1 s).
	DefaultPollInterval = 250 * time.Millisecond
	// DefaultStatusInterval is how often the nodes' admin APIs, operator
	// balances, nonces and the anchoring state are read.
	DefaultStatusInterval = 2 * time.Second
	// DefaultMaxTransfers is how many transfers per direction the console
	// keeps in memory (the search window); older ones are dropped.
	DefaultMaxTransfers = 10_000
	// DefaultRecentTransfers is how many transfers the page lists.
	DefaultRecentTransfers = 50
	// DefaultLogRange is the block span of one eth_getLogs call.
	DefaultLogRange = 2_000
	// DefaultRPCTimeout bounds one JSON-RPC call to a chain or a node.
	DefaultRPCTimeout = 5 * time.Second
)

// Config describes one console. Build it by hand, from console.toml
// (LoadFile) or from a devnet directory (FromDevnet). Zero values take the
// defaults above; New checks it and names the first wrong field.
type Config struct {
	// Listen is the HTTP listen address (host:port). DefaultListen when
	// empty; port 0 picks a free port (URL tells which).
	Listen string
	// Parent and Child are the two chains and their Bridge contracts.
	Parent, Child ChainConfig
	// Anchor is the Anchor contract on the parent chain; the zero address
	// turns the anchoring view off.
	Anchor common.Address
	// AnchorPeriod is the anchoring period in child blocks (the nodes'
	// anchoring.period); 0 takes the block count of the latest anchor.
	AnchorPeriod uint64
	// Nodes are the bridge nodes (one per operator) whose admin JSON-RPC
	// (bridge_status, anchor_status) and /readyz the console reads.
	Nodes []NodeConfig
	// ServiceNodes are the service-chain nodes (producers and endpoints,
	// issue 10) read by the producer panel through their admin JSON-RPC
	// method producer_status (see ProducerNodeStatus). Producers, when set,
	// replaces them.
	ServiceNodes []NodeConfig
	// Producers is the producer panel's source; nil means RPCProducers over
	// ServiceNodes, and with no ServiceNodes the panel says "no
	// service-chain nodes configured".
	Producers ProducerSource
	// PollInterval is the head and event polling period (DefaultPollInterval).
	PollInterval time.Duration
	// StatusInterval is the node, balance and anchoring polling period
	// (DefaultStatusInterval).
	StatusInterval time.Duration
	// MaxTransfers is the number of transfers per direction kept in memory
	// and searchable (DefaultMaxTransfers).
	MaxTransfers int
	// RecentTransfers is the number of transfers on the page (DefaultRecentTransfers).
	RecentTransfers int
	// LogRange is the block span of one eth_getLogs call (DefaultLogRange).
	LogRange uint64
	// RPCTimeout bounds one call to a chain or a node (DefaultRPCTimeout).
	RPCTimeout time.Duration
	// DevnetDir, when set, is re-read (its devnet.json) every status round
	// so the console follows bridge nodes that restart on new ports.
	DevnetDir string
	// Logger receives the console's logs; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock (nil: time.Now); ages on the page are measured with it.
	Now func() time.Time
}

// ChainConfig is one chain of Config.
type ChainConfig struct {
	// RPC is the chain's JSON-RPC URL (http, https, ws or wss).
	RPC string
	// ChainID is the expected EIP-155 chain id; 0 skips the check.
	ChainID uint64
	// Bridge is the Bridge contract on this chain.
	Bridge common.Address
	// StartBlock is the first block whose bridge events are read (the
	// Bridge's deployment block; earlier blocks hold none).
	StartBlock uint64
	// ExplorerTxURL, when set, links transactions to a block explorer:
	// "{hash}" is replaced by the 0x-prefixed hash, for example
	// "https://explorer.example/tx/{hash}". Without it the page links to
	// its own view of the transaction.
	ExplorerTxURL string
}

// NodeConfig is one node the console reads: a bridge node (Config.Nodes) or
// a service-chain node (Config.ServiceNodes).
type NodeConfig struct {
	// Name labels the node on the page ("op1").
	Name string
	// Admin is the node's admin JSON-RPC URL (http:// or https://, or a bare
	// host:port); "" when the node has no admin API.
	Admin string
	// Metrics is the base URL of the node's /metrics, /healthz and /readyz
	// ("http://127.0.0.1:9100"); "" when it has none.
	Metrics string
	// Token is the bearer token sent as "Authorization: Bearer <token>" to
	// the node's admin API and /readyz (admin authentication, issue 13);
	// "" sends none. It never leaves the console server.
	Token string
	// Operator is the node's operator address when known beforehand; the
	// console also learns it from bridge_status. It lets the page tie a
	// node that is down to its operator.
	Operator common.Address
}

// Errors of Config checks (wrapped with the field and value).
var (
	// ErrConfig marks a Config (or console.toml) value that is missing or wrong.
	ErrConfig = errors.New("console: bad configuration")
)

func configErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
}

// withDefaults returns a copy of c with defaults filled in, or an error
// naming the first wrong field.
func (c Config) withDefaults() (Config, error) {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return c, configErr("listen %q: expected host:port such as %s", c.Listen, DefaultListen)
	}
	for _, ch := range []struct {
		name string
		cc   *ChainConfig
	}{{"parent", &c.Parent}, {"child", &c.Child}} {
		if err := checkURL(ch.name+".rpc", ch.cc.RPC, "http", "https", "ws", "wss"); err != nil {
			return c, err
		}
		if ch.cc.Bridge == (common.Address{}) {
			return c, configErr("%s.bridge is empty: expected the Bridge contract address on the %s chain", ch.name, ch.name)
		}
		if u := ch.cc.ExplorerTxURL; u != "" && !strings.Contains(u, "{hash}") {
			return c, configErr("%s.explorer_tx_url %q: expected a URL containing {hash}", ch.name, u)
		}
	}
	if c.Parent.ChainID != 0 && c.Parent.ChainID == c.Child.ChainID {
		return c, configErr("parent.chain_id and child.chain_id are both %d: expected two different chains", c.Parent.ChainID)
	}
	seen := map[string]bool{}
	for i, list := range [][]NodeConfig{c.Nodes, c.ServiceNodes} {
		kind := "bridge_node"
		if i == 1 {
			kind = "service_node"
		}
		for j, n := range list {
			if n.Name == "" {
				return c, configErr("%s[%d].name is empty: expected a label such as op%d", kind, j, j+1)
			}
			if seen[n.Name] {
				return c, configErr("%s[%d].name %q is used twice: expected unique node names", kind, j, n.Name)
			}
			seen[n.Name] = true
			if n.Admin == "" && n.Metrics == "" && n.Operator == (common.Address{}) {
				return c, configErr("%s %q: neither admin nor metrics is set: expected at least one URL", kind, n.Name)
			}
			if n.Admin != "" {
				if err := checkURL(fmt.Sprintf("%s %q admin", kind, n.Name), adminURL(n.Admin), "http", "https"); err != nil {
					return c, err
				}
			}
			if n.Metrics != "" {
				if err := checkURL(fmt.Sprintf("%s %q metrics", kind, n.Name), n.Metrics, "http", "https"); err != nil {
					return c, err
				}
			}
		}
	}
	for _, d := range []struct {
		name string
		v    *time.Duration
		def  time.Duration
		min  time.Duration
	}{
		{"poll_interval", &c.PollInterval, DefaultPollInterval, 10 * time.Millisecond},
		{"status_interval", &c.StatusInterval, DefaultStatusInterval, 100 * time.Millisecond},
		{"rpc_timeout", &c.RPCTimeout, DefaultRPCTimeout, 100 * time.Millisecond},
	} {
		if *d.v == 0 {
			*d.v = d.def
		}
		if *d.v < d.min {
			return c, configErr("%s %s: expected at least %s", d.name, *d.v, d.min)
		}
	}
	if c.MaxTransfers == 0 {
		c.MaxTransfers = DefaultMaxTransfers
	}
	if c.MaxTransfers < 1 || c.MaxTransfers > 1_000_000 {
		return c, configErr("max_transfers %d: expected 1 to 1000000", c.MaxTransfers)
	}
	if c.RecentTransfers == 0 {
		c.RecentTransfers = DefaultRecentTransfers
	}
	if c.RecentTransfers < 1 || c.RecentTransfers > 1000 {
		return c, configErr("recent_transfers %d: expected 1 to 1000", c.RecentTransfers)
	}
	if c.LogRange == 0 {
		c.LogRange = DefaultLogRange
	}
	if c.LogRange > 100_000 {
		return c, configErr("log_range %d: expected 1 to 100000 blocks", c.LogRange)
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c, nil
}

// checkURL checks that raw is an absolute URL with one of the schemes.
func checkURL(field, raw string, schemes ...string) error {
	if raw == "" {
		return configErr("%s is empty: expected a %s:// URL", field, strings.Join(schemes, ":// or "))
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return configErr("%s %q: expected a %s:// URL", field, raw, strings.Join(schemes, ":// or "))
	}
	for _, s := range schemes {
		if u.Scheme == s {
			return nil
		}
	}
	return configErr("%s %q: scheme %q, expected %s", field, raw, u.Scheme, strings.Join(schemes, ", "))
}

// adminURL turns a bare host:port into an http:// URL (as bridge.DialAdmin does).
func adminURL(addr string) string {
	if strings.Contains(addr, "://") {
		return addr
	}
	return "http://" + addr
}
