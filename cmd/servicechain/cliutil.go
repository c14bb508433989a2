package main

// Shared pieces of the user and admin commands: value parsing with errors
// that name the flag and the value, the network flags (--devnet DIR or
// explicit RPC URLs and contract addresses), signing keys, and output.

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/units"
)

// ---- values ----

// parseAddress parses a 0x-prefixed 20-byte hex address given as flag
// `name`; the error is a usage error naming flag and value.
func parseAddress(name, s string) (common.Address, error) {
	a, err := config.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return common.Address{}, usageErrorf("--%s %q: %v", name, s, err)
	}
	return a, nil
}

// parseSide parses --name parent|child (and anchor when allowAnchor).
func parseSide(name, s string, allowAnchor bool) (string, error) {
	switch s {
	case "parent", "child":
		return s, nil
	case "anchor":
		if allowAnchor {
			return s, nil
		}
	}
	if s == "" {
		if allowAnchor {
			return "", usageErrorf("--%s is required: parent, child or anchor", name)
		}
		return "", usageErrorf("--%s is required: parent or child", name)
	}
	if allowAnchor {
		return "", usageErrorf("--%s %q: expected parent, child or anchor", name, s)
	}
	return "", usageErrorf("--%s %q: expected parent or child", name, s)
}

// other returns the other chain's name.
func other(side string) string {
	if side == "parent" {
		return "child"
	}
	return "parent"
}

// parsePositiveAmount parses --name as a positive amount with decimals.
func parsePositiveAmount(name, s string, decimals int) (*big.Int, error) {
	v, err := units.Parse(s, decimals)
	if err != nil {
		return nil, usageErrorf("--%s %q: %v", name, s, err)
	}
	if v.Sign() == 0 {
		return nil, usageErrorf("--%s %q: expected an amount greater than 0", name, s)
	}
	return v, nil
}

// parseTokenID parses an ERC-721 token id: a decimal or 0x-hex uint256.
func parseTokenID(name, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 0)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, usageErrorf("--%s %q: expected a non-negative integer (decimal or 0x hex) below 2^256", name, s)
	}
	return v, nil
}

// parseThreshold parses a vote threshold, 1..255.
func parseThreshold(name string, v int) (uint8, error) {
	if v < 1 || v > 255 {
		return 0, usageErrorf("--%s %d: expected an integer from 1 to 255 (and at most the number of operators)", name, v)
	}
	return uint8(v), nil
}

// cmdPath returns the command's path below the program name, e.g.
// "operator add".
func cmdPath(c *cli.Context) string {
	var names []string
	for _, x := range c.Lineage() {
		if x.Command != nil && x.Command.Name != "" {
			names = append([]string{x.Command.Name}, names...)
		}
	}
	return strings.Join(names, " ")
}

// noArgs refuses positional arguments.
func noArgs(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErrorf("%s: unexpected argument %q (all options are flags; see servicechain %s --help)", cmdPath(c), c.Args().First(), cmdPath(c))
	}
	return nil
}

// ---- network: --devnet DIR or explicit endpoints ----

// netFlagNames are the flags that describe the chains without --devnet.
var netFlagNames = []string{"parent-rpc", "child-rpc", "parent-bridge", "child-bridge", "anchor"}

// netFlags returns --devnet plus the explicit endpoint and contract flags.
// withAnchor adds --anchor.
func netFlags(withAnchor bool) []cli.Flag {
	fs := []cli.Flag{
		&cli.StringFlag{Name: "devnet", Usage: "take RPC URLs and contract addresses from `DIR`/devnet.json (a running `servicechain devnet --datadir DIR`)"},
		&cli.StringFlag{Name: "parent-rpc", Usage: "parent chain JSON-RPC `URL` (http(s):// or ws(s)://)"},
		&cli.StringFlag{Name: "child-rpc", Usage: "service (child) chain JSON-RPC `URL`"},
		&cli.StringFlag{Name: "parent-bridge", Usage: "Bridge contract `ADDRESS` on the parent chain"},
		&cli.StringFlag{Name: "child-bridge", Usage: "Bridge contract `ADDRESS` on the child chain"},
	}
	if withAnchor {
		fs = append(fs, &cli.StringFlag{Name: "anchor", Usage: "Anchor contract `ADDRESS` on the parent chain"})
	}
	return fs
}

// network is where the chains and contracts are.
type network struct {
	ParentRPC, ChildRPC       string
	ParentBridge, ChildBridge common.Address
	Anchor                    common.Address // zero when unknown
	Devnet                    *devnet.Info   // nil unless --devnet
}

// rpc returns the RPC URL of side.
func (n *network) rpc(side string) string {
	if side == "parent" {
		return n.ParentRPC
	}
	return n.ChildRPC
}

// bridge returns the Bridge of side.
func (n *network) bridge(side string) common.Address {
	if side == "parent" {
		return n.ParentBridge
	}
	return n.ChildBridge
}

// need names what a command needs from the network.
type need struct{ parent, child, bridges, anchor bool }

// resolveNetwork reads --devnet DIR or the explicit flags and checks that
// what the command needs is there.
func resolveNetwork(c *cli.Context, nd need) (*network, error) {
	n := &network{}
	if dir := c.String("devnet"); dir != "" {
		for _, f := range netFlagNames {
			if c.IsSet(f) {
				return nil, usageErrorf("give either --devnet DIR or --%s, not both", f)
			}
		}
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		n.Devnet = info
		n.ParentRPC, n.ChildRPC = info.Parent.HTTP, info.Child.HTTP
		n.ParentBridge, n.ChildBridge, n.Anchor = info.Contracts.ParentBridge, info.Contracts.ChildBridge, info.Contracts.Anchor
		if nd.anchor && n.Anchor == (common.Address{}) {
			return nil, fmt.Errorf("devnet %s has no Anchor contract", dir)
		}
		return n, nil
	}
	var missing []string
	n.ParentRPC, n.ChildRPC = c.String("parent-rpc"), c.String("child-rpc")
	if nd.parent && n.ParentRPC == "" {
		missing = append(missing, "--parent-rpc URL")
	}
	if nd.child && n.ChildRPC == "" {
		missing = append(missing, "--child-rpc URL")
	}
	for _, f := range []struct {
		name string
		dst  *common.Address
		need bool
	}{{"parent-bridge", &n.ParentBridge, nd.bridges}, {"child-bridge", &n.ChildBridge, nd.bridges}, {"anchor", &n.Anchor, nd.anchor}} {
		if !c.IsSet(f.name) {
			if f.need {
				missing = append(missing, "--"+f.name+" ADDRESS")
			}
			continue
		}
		a, err := parseAddress(f.name, c.String(f.name))
		if err != nil {
			return nil, err
		}
		*f.dst = a
	}
	if len(missing) > 0 {
		return nil, usageErrorf("%s: give --devnet DIR, or %s", cmdPath(c), strings.Join(missing, ", "))
	}
	return n, nil
}

// chainConn is a connection to one chain.
type chainConn struct {
	Name    string // parent or child
	URL     string
	ChainID *big.Int
	*ethclient.Client
}

// dial connects to a chain and reads its chain id, so an unreachable or
// wrong URL fails here with a message naming it.
func dial(ctx context.Context, name, url string) (*chainConn, error) {
	if !strings.Contains(url, "://") {
		return nil, usageErrorf("%s RPC %q: expected a URL such as http://127.0.0.1:8545", name, url)
	}
	cl, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%s chain at %s: %w", name, url, err)
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := cl.ChainID(cctx)
	if err != nil {
		cl.Close()
		return nil, fmt.Errorf("%s chain at %s: reading the chain id: %w", name, url, err)
	}
	return &chainConn{Name: name, URL: url, ChainID: id, Client: cl}, nil
}

// ---- signing keys ----

// keyFlags returns the flags of a signing key; withAccount adds --account
// (a dev account of --devnet).
func keyFlags(who string, withAccount bool) []cli.Flag {
	fs := []cli.Flag{
		&cli.StringFlag{Name: "key", Usage: who + " private key as `HEX` (visible to other local users; prefer --key-file or --keystore)"},
		&cli.StringFlag{Name: "key-file", Usage: "read the " + who + " hex private key from `FILE`"},
		&cli.StringFlag{Name: "keystore", Usage: "encrypted go-ethereum keystore `FILE` of the " + who + " key (with --password-file or --password-env)"},
		&cli.StringFlag{Name: "password-file", Usage: "read the keystore password from `FILE`"},
		&cli.StringFlag{Name: "password-env", Usage: "read the keystore password from environment variable `VAR`"},
	}
	if withAccount {
		fs = append(fs, &cli.IntFlag{Name: "account", Value: -1, DefaultText: "none", Usage: "use dev account `N` of --devnet (0-based, as printed by `servicechain devnet`)"})
	}
	return fs
}

// loadKey returns the key chosen by exactly one of --key, --key-file,
// --keystore and --account. info is the devnet (nil without --devnet).
func loadKey(c *cli.Context, info *devnet.Info) (*ecdsa.PrivateKey, error) {
	var given []string
	for _, f := range []string{"key", "key-file", "keystore", "account"} {
		if c.IsSet(f) {
			given = append(given, "--"+f)
		}
	}
	hasAccount := false
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			hasAccount = hasAccount || n == "account"
		}
	}
	switch {
	case len(given) == 0 && hasAccount:
		return nil, usageErrorf("%s: a signing key is needed: give --key-file FILE, --keystore FILE (with --password-file), --key HEX, or --account N with --devnet", cmdPath(c))
	case len(given) == 0:
		return nil, usageErrorf("%s: a signing key is needed: give --key-file FILE, --keystore FILE (with --password-file) or --key HEX", cmdPath(c))
	case len(given) > 1:
		return nil, usageErrorf("%s: give only one of %s", cmdPath(c), strings.Join(given, ", "))
	}
	if (c.IsSet("password-file") || c.IsSet("password-env")) && !c.IsSet("keystore") {
		return nil, usageErrorf("--password-file/--password-env go with --keystore FILE")
	}
	switch given[0] {
	case "--key":
		k, err := keys.ParseHexKey(c.String("key"))
		if err != nil {
			return nil, usageErrorf("--key: %v", strings.TrimPrefix(err.Error(), "keys: "))
		}
		return k, nil
	case "--key-file":
		b, err := os.ReadFile(c.String("key-file"))
		if err != nil {
			return nil, fmt.Errorf("--key-file: %w", err)
		}
		k, err := keys.ParseHexKey(string(b))
		if err != nil {
			return nil, fmt.Errorf("--key-file %s: %v", c.String("key-file"), strings.TrimPrefix(err.Error(), "keys: "))
		}
		return k, nil
	case "--keystore":
		if c.String("password-file") == "" && c.String("password-env") == "" {
			return nil, usageErrorf("--keystore %s: give --password-file FILE or --password-env VAR for its password", c.String("keystore"))
		}
		pw, err := keys.ReadPassword(c.String("password-file"), c.String("password-env"))
		if err != nil {
			return nil, err
		}
		return keys.Load(c.String("keystore"), pw)
	default: // --account
		n := c.Int("account")
		if info == nil {
			return nil, usageErrorf("--account %d: dev accounts need --devnet DIR", n)
		}
		if n < 0 || n >= len(info.Accounts) {
			return nil, usageErrorf("--account %d: expected 0 to %d (the devnet has %d dev accounts)", n, len(info.Accounts)-1, len(info.Accounts))
		}
		k, err := keys.ParseHexKey(info.Accounts[n].PrivateKey)
		if err != nil {
			return nil, fmt.Errorf("devnet.json account %d: %w", n, err)
		}
		return k, nil
	}
}

// transactor returns signing options for key on a chain.
func transactor(key *ecdsa.PrivateKey, cc *chainConn) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, cc.ChainID)
}

// ---- output ----

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// seconds rounds a duration to milliseconds, in seconds.
func seconds(d time.Duration) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(d.Seconds(), 'f', 3, 64), 64)
	return v
}
