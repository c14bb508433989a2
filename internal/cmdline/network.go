package cmdline

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/keys"
)

// NetFlags returns --devnet plus the explicit endpoint and contract flags;
// withAnchor adds --anchor. The network of a command that has them is read
// by ResolveNetwork.
func NetFlags(withAnchor bool) []cli.Flag {
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

// Network is where the chains and contracts are, and the devnet (nil unless
// --devnet).
type Network struct {
	bridgenet.Network
	Devnet *devnet.Info
}

// Need names what a command needs from the network: the parent and the child
// RPC URL, both Bridge addresses, the Anchor address.
type Need struct{ Parent, Child, Bridges, Anchor bool }

// ResolveNetwork reads --devnet DIR or the explicit network flags (the
// command need not have all of them) and checks that what the command needs
// is there. Usage errors: --devnet together with an explicit flag, a
// malformed address, something needed missing (all of it named in one
// message). Other errors: devnet.json unreadable, a devnet without the Anchor
// that is needed.
func ResolveNetwork(c *cli.Context, nd Need) (*Network, error) {
	n := &Network{}
	if dir := c.String("devnet"); dir != "" {
		for _, f := range []string{"parent-rpc", "child-rpc", "parent-bridge", "child-bridge", "anchor"} {
			if c.IsSet(f) {
				return nil, input.Errorf("give either --devnet DIR or --%s, not both", f)
			}
		}
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		n.Devnet, n.ParentRPC, n.ChildRPC = info, info.Parent.HTTP, info.Child.HTTP
		n.ParentBridge, n.ChildBridge, n.Anchor = info.Contracts.ParentBridge, info.Contracts.ChildBridge, info.Contracts.Anchor
		if nd.Anchor && n.Anchor == (common.Address{}) {
			return nil, fmt.Errorf("devnet %s has no Anchor contract", dir)
		}
		return n, nil
	}
	var missing []string
	n.ParentRPC, n.ChildRPC = c.String("parent-rpc"), c.String("child-rpc")
	if nd.Parent && n.ParentRPC == "" {
		missing = append(missing, "--parent-rpc URL")
	}
	if nd.Child && n.ChildRPC == "" {
		missing = append(missing, "--child-rpc URL")
	}
	for _, f := range []struct {
		name string
		dst  *common.Address
		need bool
	}{{"parent-bridge", &n.ParentBridge, nd.Bridges}, {"child-bridge", &n.ChildBridge, nd.Bridges}, {"anchor", &n.Anchor, nd.Anchor}} {
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
		return nil, input.Errorf("%s: give --devnet DIR, or %s", CmdPath(c), strings.Join(missing, ", "))
	}
	return n, nil
}

// OpenPair resolves the network flags (see ResolveNetwork), loads the key of
// the key flags when withKey (see KeySource), and dials both chains within
// ctx (bridgenet.Connect); the caller closes the Pair.
func OpenPair(ctx context.Context, c *cli.Context, nd Need, withKey bool) (p *bridgenet.Pair, key *ecdsa.PrivateKey, err error) {
	nw, err := ResolveNetwork(c, nd)
	if err != nil {
		return nil, nil, err
	}
	if withKey {
		if key, err = KeySource(c, nw.Devnet).Key(); err != nil {
			return nil, nil, err
		}
	}
	p, err = bridgenet.Connect(ctx, nw.Network)
	return p, key, err
}

// WithPair refuses positional arguments, opens the pair (see OpenPair)
// within the command's --timeout, runs f with it and closes it.
func WithPair(c *cli.Context, nd Need, withKey bool, f func(ctx context.Context, p *bridgenet.Pair, key *ecdsa.PrivateKey) error) error {
	if err := NoArgs(c); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	p, key, err := OpenPair(ctx, c, nd, withKey)
	if err != nil {
		return err
	}
	defer p.Close()
	return f(ctx, p, key)
}

// KeyFlags returns the flags of a signing key (who names it in the usage:
// "owner", "sender's"); withAccount adds --account (a dev account of
// --devnet).
func KeyFlags(who string, withAccount bool) []cli.Flag {
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

// KeySource returns the key flags of the command (see keys.Source), with
// the dev accounts of info (nil without --devnet) for --account.
func KeySource(c *cli.Context, info *devnet.Info) keys.Source {
	s := keys.Source{Hex: c.String("key"), File: c.String("key-file"), Keystore: c.String("keystore"),
		PasswordFile: c.String("password-file"), PasswordEnv: c.String("password-env"),
		Account: Given(c, "account", c.Int("account")), Command: CmdPath(c)}
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
