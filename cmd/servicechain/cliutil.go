package main

// The names the command files use for the shared pieces of internal/cmdline
// (see there): usage errors (internal/input, exit code 2), refusing
// positional arguments, flags given or defaulted, the network options
// (--devnet DIR or explicit RPC URLs and contract addresses) and the
// signing-key options, JSON or text output, the logger.

import (
	"context"
	"crypto/ecdsa"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/cmdline"
	"github.com/servicechain/servicechain/internal/input"
)

var (
	usageErrorf  = input.Errorf
	noArgs       = cmdline.NoArgs
	netFlags     = cmdline.NetFlags
	keyFlags     = cmdline.KeyFlags
	writeJSON    = cmdline.WriteJSON
	output       = cmdline.Output
	newLogger    = cmdline.NewLogger
	daemonLogger = cmdline.DaemonLogger
)

// given returns &v when the flag name was given, else nil.
func given[T any](c *cli.Context, name string, v T) *T { return cmdline.Given(c, name, v) }

// need names what a command needs from the network.
type need struct{ parent, child, bridges, anchor bool }

func (n need) spec() cmdline.Need {
	return cmdline.Need{Parent: n.parent, Child: n.child, Bridges: n.bridges, Anchor: n.anchor}
}

// openPair resolves the network flags, loads the key of the key flags when
// withKey, and dials both chains within ctx (see cmdline.OpenPair).
func openPair(ctx context.Context, c *cli.Context, nd need, withKey bool) (*bridgenet.Pair, *ecdsa.PrivateKey, error) {
	return cmdline.OpenPair(ctx, c, nd.spec(), withKey)
}

// withPair refuses arguments, opens the pair within --timeout and runs f
// with it (see cmdline.WithPair).
func withPair(c *cli.Context, nd need, withKey bool, f func(context.Context, *bridgenet.Pair, *ecdsa.PrivateKey) error) error {
	return cmdline.WithPair(c, nd.spec(), withKey, f)
}
