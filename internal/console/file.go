package console

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/node"
)

// fileConfig is console.toml as written. Every key is optional except
// parent.rpc, parent.bridge, child.rpc and child.bridge; unknown keys are
// errors.
type fileConfig struct {
	Console struct {
		Listen          string `toml:"listen"`
		PollInterval    string `toml:"poll_interval"`
		StatusInterval  string `toml:"status_interval"`
		RPCTimeout      string `toml:"rpc_timeout"`
		MaxTransfers    int    `toml:"max_transfers"`
		RecentTransfers int    `toml:"recent_transfers"`
		LogRange        uint64 `toml:"log_range"`
	} `toml:"console"`
	Parent    fileChain `toml:"parent"`
	Child     fileChain `toml:"child"`
	Anchoring struct {
		Period uint64 `toml:"period"`
	} `toml:"anchoring"`
	BridgeNodes  []fileNode `toml:"bridge_node"`
	ServiceNodes []fileNode `toml:"service_node"`
}

type fileChain struct {
	RPC           string `toml:"rpc"`
	ChainID       uint64 `toml:"chain_id"`
	Bridge        string `toml:"bridge"`
	Anchor        string `toml:"anchor"`
	StartBlock    uint64 `toml:"start_block"`
	ExplorerTxURL string `toml:"explorer_tx_url"`
}

type fileNode struct {
	Name      string `toml:"name"`
	Admin     string `toml:"admin"`
	Metrics   string `toml:"metrics"`
	Operator  string `toml:"operator"`
	Token     string `toml:"token"`
	TokenFile string `toml:"token_file"`
	TokenEnv  string `toml:"token_env"`
}

// LoadFile reads console.toml (see ParseFile).
func LoadFile(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	c, err := ParseFile(b, filepath.Dir(path))
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// ParseFile parses console.toml content. Relative token_file paths are
// relative to baseDir. Keys:
//
//	[console]  listen, poll_interval, status_interval, rpc_timeout (duration strings),
//	           max_transfers, recent_transfers, log_range
//	[parent]   rpc, chain_id, bridge, anchor, start_block, explorer_tx_url
//	[child]    rpc, chain_id, bridge, start_block, explorer_tx_url
//	[anchoring] period (child blocks)
//	[[bridge_node]]  name, admin, metrics, operator, and at most one of token, token_file, token_env
//	[[service_node]] the same keys (the producer panel, issue 10)
//
// Errors name the key and what was expected; New checks the rest.
func ParseFile(data []byte, baseDir string) (Config, error) {
	var f fileConfig
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&f)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return Config{}, configErr("unknown key %s (see `servicechain console --help` for the keys)", strings.Join(keys, ", "))
	}
	c := Config{
		Listen:          f.Console.Listen,
		MaxTransfers:    f.Console.MaxTransfers,
		RecentTransfers: f.Console.RecentTransfers,
		LogRange:        f.Console.LogRange,
		AnchorPeriod:    f.Anchoring.Period,
	}
	for _, d := range []struct {
		key string
		raw string
		dst *time.Duration
	}{
		{"console.poll_interval", f.Console.PollInterval, &c.PollInterval},
		{"console.status_interval", f.Console.StatusInterval, &c.StatusInterval},
		{"console.rpc_timeout", f.Console.RPCTimeout, &c.RPCTimeout},
	} {
		if d.raw == "" {
			continue
		}
		v, err := time.ParseDuration(d.raw)
		if err != nil || v <= 0 {
			return Config{}, configErr(`%s = %q: expected a duration string like "250ms" or "2s"`, d.key, d.raw)
		}
		*d.dst = v
	}
	if f.Child.Anchor != "" {
		return Config{}, configErr("child.anchor: the Anchor contract lives on the parent chain: set parent.anchor")
	}
	for _, ch := range []struct {
		name string
		raw  fileChain
		dst  *ChainConfig
	}{{"parent", f.Parent, &c.Parent}, {"child", f.Child, &c.Child}} {
		ch.dst.RPC, ch.dst.ChainID, ch.dst.StartBlock, ch.dst.ExplorerTxURL = ch.raw.RPC, ch.raw.ChainID, ch.raw.StartBlock, ch.raw.ExplorerTxURL
		if ch.raw.Bridge != "" {
			a, err := config.ParseAddress(ch.raw.Bridge)
			if err != nil {
				return Config{}, configErr("%s.bridge = %q: %v", ch.name, ch.raw.Bridge, err)
			}
			ch.dst.Bridge = a
		}
	}
	if f.Parent.Anchor != "" {
		a, err := config.ParseAddress(f.Parent.Anchor)
		if err != nil {
			return Config{}, configErr("parent.anchor = %q: %v", f.Parent.Anchor, err)
		}
		c.Anchor = a
	}
	for _, list := range []struct {
		key string
		raw []fileNode
		dst *[]NodeConfig
	}{{"bridge_node", f.BridgeNodes, &c.Nodes}, {"service_node", f.ServiceNodes, &c.ServiceNodes}} {
		for i, n := range list.raw {
			nc := NodeConfig{Name: n.Name, Admin: n.Admin, Metrics: n.Metrics}
			where := fmt.Sprintf("%s[%d] (%q)", list.key, i, n.Name)
			if n.Operator != "" {
				a, err := config.ParseAddress(n.Operator)
				if err != nil {
					return Config{}, configErr("%s.operator = %q: %v", where, n.Operator, err)
				}
				nc.Operator = a
			}
			tok, err := nodeToken(where, n, baseDir)
			if err != nil {
				return Config{}, err
			}
			nc.Token = tok
			*list.dst = append(*list.dst, nc)
		}
	}
	return c, nil
}

// nodeToken resolves a node's token from token, token_file or token_env
// (at most one). A token file's surrounding white space is dropped.
func nodeToken(where string, n fileNode, baseDir string) (string, error) {
	set := 0
	for _, v := range []string{n.Token, n.TokenFile, n.TokenEnv} {
		if v != "" {
			set++
		}
	}
	if set > 1 {
		return "", configErr("%s: token, token_file and token_env are exclusive: set one", where)
	}
	switch {
	case n.TokenFile != "":
		p := n.TokenFile
		if !filepath.IsAbs(p) && baseDir != "" {
			p = filepath.Join(baseDir, p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return "", configErr("%s.token_file: %v", where, err)
		}
		t := strings.TrimSpace(string(b))
		if t == "" {
			return "", configErr("%s.token_file %s is empty: expected the node's admin token", where, p)
		}
		return t, nil
	case n.TokenEnv != "":
		t, ok := os.LookupEnv(n.TokenEnv)
		if !ok || strings.TrimSpace(t) == "" {
			return "", configErr("%s.token_env: environment variable %s is not set or empty", where, n.TokenEnv)
		}
		return strings.TrimSpace(t), nil
	}
	return n.Token, nil
}

// FromDevnet builds a Config from a devnet data directory's devnet.json
// (internal/devnet.ReadInfo): both chains' HTTP RPC URLs and chain ids, the
// bridges with their deployment blocks, the Anchor and its period, and every
// operator's node (admin and metrics URLs, operator address). DevnetDir is
// set, so the console follows nodes that restart on other ports. Listen is
// left empty (DefaultListen); set it before New to pick another address.
func FromDevnet(dir string) (Config, error) {
	info, err := devnet.ReadInfo(dir)
	if err != nil {
		return Config{}, err
	}
	c := FromDevnetInfo(info)
	c.DevnetDir = dir
	return c, nil
}

// FromDevnetInfo builds a Config from a devnet's Info (what devnet.json
// holds); the in-process devnet passes d.Info() here.
func FromDevnetInfo(info *devnet.Info) Config {
	k := info.Contracts
	c := Config{
		Parent: ChainConfig{RPC: info.Parent.HTTP, ChainID: info.Parent.ChainID, Bridge: k.ParentBridge, StartBlock: k.ParentBridgeBlock},
		Child:  ChainConfig{RPC: info.Child.HTTP, ChainID: info.Child.ChainID, Bridge: k.ChildBridge, StartBlock: k.ChildBridgeBlock},
	}
	if info.AnchorPeriod > 0 {
		c.Anchor, c.AnchorPeriod = k.Anchor, info.AnchorPeriod
	}
	c.Nodes = devnetNodes(info)
	// The service chain's producer candidates and endpoints (issue 10) when
	// the devnet runs them; a single dev node has none.
	for _, n := range info.ServiceNodes {
		c.ServiceNodes = append(c.ServiceNodes, NodeConfig{Name: n.Name, Admin: n.Admin, Metrics: n.Metrics, Token: devnetToken(n.AdminTokenFile)})
	}
	return c
}

func devnetNodes(info *devnet.Info) []NodeConfig {
	out := make([]NodeConfig, len(info.Operators))
	for i, op := range info.Operators {
		// A node that was down when devnet.json was written has no URLs:
		// it stays on the page, not ready, until a re-read finds them.
		out[i] = NodeConfig{Name: fmt.Sprintf("op%d", i+1), Admin: op.Admin, Metrics: op.Metrics, Operator: op.Address,
			Token: devnetToken(op.AdminTokenFile)}
	}
	return out
}

// devnetToken reads a devnet node's admin token file ("" when it is not
// written yet: the node has not started; a re-read picks it up).
func devnetToken(path string) string {
	if path == "" {
		return ""
	}
	tok, err := node.ReadAdminTokenFile(path)
	if err != nil {
		return ""
	}
	return tok
}

// errNoAddress is returned by parseAddressArg for input that is not an address.
var errNoAddress = errors.New("not an address")

// parseAddressArg parses a 0x-prefixed 20-byte hex address from user input.
func parseAddressArg(s string) (common.Address, error) {
	if a, err := config.ParseAddress(s); err == nil {
		return a, nil
	}
	return common.Address{}, errNoAddress
}
