package main

// Shared pieces of the commands: the network options (--devnet DIR or
// explicit RPC URLs and contract addresses), the signing-key options, and
// output. Values are parsed by internal/input, keys loaded by internal/keys.

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/keys"
)

// usageErrorf returns a usage error (exit code 2), see internal/input.
var usageErrorf = input.Errorf

// cmdPath returns the command's path below the program name, e.g. "operator add".
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

// given returns &v when the flag name was given, else nil.
func given[T any](c *cli.Context, name string, v T) *T {
	if !c.IsSet(name) {
		return nil
	}
	return &v
}

// netFlags returns --devnet plus the explicit endpoint and contract flags;
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

// network is where the chains and contracts are, and the devnet (nil unless --devnet).
type network struct {
	bridgenet.Network
	Devnet *devnet.Info
}

// need names what a command needs from the network.
type need struct{ parent, child, bridges, anchor bool }

// chainConn is a connection to one chain; dial makes one (see bridgenet.Dial).
type chainConn = bridgenet.Conn

var dial = bridgenet.Dial

// resolveNetwork reads --devnet DIR or the explicit flags and checks that
// what the command needs is there.
func resolveNetwork(c *cli.Context, nd need) (*network, error) {
	n := &network{}
	if dir := c.String("devnet"); dir != "" {
		for _, f := range []string{"parent-rpc", "child-rpc", "parent-bridge", "child-bridge", "anchor"} {
			if c.IsSet(f) {
				return nil, usageErrorf("give either --devnet DIR or --%s, not both", f)
			}
		}
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		n.Devnet, n.ParentRPC, n.ChildRPC = info, info.Parent.HTTP, info.Child.HTTP
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
		a, err := input.Address(f.name, c.String(f.name))
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

// keySource returns the key flags of the command (see keys.Source), with
// the dev accounts of info (nil without --devnet) for --account.
func keySource(c *cli.Context, info *devnet.Info) keys.Source {
	s := keys.Source{Hex: c.String("key"), File: c.String("key-file"), Keystore: c.String("keystore"),
		PasswordFile: c.String("password-file"), PasswordEnv: c.String("password-env"),
		Account: given(c, "account", c.Int("account")), Command: cmdPath(c)}
	for _, f := range c.Command.Flags {
		s.WithAccount = s.WithAccount || f.Names()[0] == "account"
	}
	if info != nil {
		s.DevKeys = make([]string, len(info.Accounts))
		for i, a := range info.Accounts {
			s.DevKeys[i] = a.PrivateKey
		}
	}
	return s
}

// openPair resolves the network flags (see resolveNetwork), loads the key of
// the key flags when withKey, and dials both chains within ctx.
func openPair(ctx context.Context, c *cli.Context, nd need, withKey bool) (p *bridgenet.Pair, key *ecdsa.PrivateKey, err error) {
	nw, err := resolveNetwork(c, nd)
	if err != nil {
		return nil, nil, err
	}
	if withKey {
		if key, err = keySource(c, nw.Devnet).Key(); err != nil {
			return nil, nil, err
		}
	}
	p, err = bridgenet.Connect(ctx, nw.Network)
	return p, key, err
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
