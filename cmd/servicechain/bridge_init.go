package main

import (
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridgeinit"
)

// bridgeInitCommand is `servicechain bridge init`: a ready bridge.toml for
// one operator.
var bridgeInitCommand = &cli.Command{
	Name:      "init",
	Usage:     "write a ready bridge.toml for one operator",
	ArgsUsage: " ",
	Description: `Writes a complete, validated bridge.toml (every key, with comments) for one
operator. From flags:

   servicechain bridge init --out bridge.toml --name op1 \
       --parent-rpc wss://parent.example/ws --parent-rpc https://parent.example \
       --child-rpc ws://10.0.0.5:8556 --parent-bridge 0x... --child-bridge 0x... \
       --anchor 0x... --keystore keystore/UTC--...json --password-file password \
       --parent-start-block 1200 --child-start-block 35

Chain ids not given are read from the first RPC URL. With --devnet DIR the
chains, contracts and start blocks come from DIR/devnet.json and --operator N
takes devnet operator N's keystore (or give --keystore for another key). The
devnet runs a node for each of its operators already: a second node with the
same key competes with it for nonces, so a config for an extra node wants a
new key (see ` + "`servicechain account new`" + ` and ` + "`servicechain operator add`" + `).

Paths in the file are absolute except node.datadir (default "data", next to
the file). An existing file is kept unless --force.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "bridge.toml", Usage: "write to `FILE`"},
		&cli.BoolFlag{Name: "force", Usage: "overwrite --out if it exists"},
		&cli.StringFlag{Name: "devnet", Usage: "take chains, contracts and start blocks from `DIR`/devnet.json"},
		&cli.IntFlag{Name: "operator", DefaultText: "none", Usage: "with --devnet: use devnet operator `N`'s key (1 = op1)"},
		&cli.StringFlag{Name: "name", DefaultText: "opN with --operator, else bridge", Usage: "node.name, the `NAME` in logs and metrics"},
		&cli.StringFlag{Name: "datadir", Value: "data", Usage: "node.datadir: `DIR` of the node's store (relative to the file's directory)"},
		&cli.StringSliceFlag{Name: "parent-rpc", Usage: "parent chain JSON-RPC `URL`; repeat for fail-over endpoints"},
		&cli.StringSliceFlag{Name: "child-rpc", Usage: "child chain JSON-RPC `URL`; repeat for fail-over endpoints"},
		&cli.Uint64Flag{Name: "parent-chain-id", DefaultText: "read from the first --parent-rpc", Usage: "parent chain `ID`"},
		&cli.Uint64Flag{Name: "child-chain-id", DefaultText: "read from the first --child-rpc", Usage: "child chain `ID`"},
		&cli.StringFlag{Name: "parent-bridge", Usage: "Bridge `ADDRESS` on the parent chain"},
		&cli.StringFlag{Name: "child-bridge", Usage: "Bridge `ADDRESS` on the child chain"},
		&cli.StringFlag{Name: "anchor", Usage: "Anchor `ADDRESS` on the parent chain; turns anchoring on"},
		&cli.Uint64Flag{Name: "anchor-period", DefaultText: "the devnet's, else 10", Usage: "anchor every `N` child blocks"},
		&cli.Uint64Flag{Name: "parent-start-block", Usage: "first parent `BLOCK` to scan (the parent bridge's deployment block)"},
		&cli.Uint64Flag{Name: "child-start-block", Usage: "first child `BLOCK` to scan (the child bridge's deployment block)"},
		&cli.Uint64Flag{Name: "parent-confirmations", Usage: "parent `BLOCKS` a request must be deep before it is relayed"},
		&cli.Uint64Flag{Name: "child-confirmations", Usage: "child `BLOCKS` a request must be deep before it is relayed"},
		&cli.BoolFlag{Name: "parent-finalized", Usage: "relay parent requests once finalized (else --parent-confirmations >= 12)"},
		&cli.BoolFlag{Name: "child-finalized", Usage: "relay child requests once finalized (else --child-confirmations >= 12)"},
		&cli.StringFlag{Name: "keystore", Usage: "operator keystore `FILE` (the same key signs on both chains)"},
		&cli.StringFlag{Name: "password-file", Usage: "`FILE` holding the keystore password"},
		&cli.StringFlag{Name: "password-env", Usage: "environment variable `VAR` holding the keystore password"},
		&cli.StringFlag{Name: "metrics-listen", Value: "127.0.0.1:0", Usage: "metrics.listen `HOST:PORT` (/metrics, /healthz, /readyz; \"\" disables)"},
		&cli.StringFlag{Name: "admin-listen", Value: "127.0.0.1:0", Usage: "admin.listen loopback `HOST:PORT` (\"\" disables)"},
	},
	Action: bridgeInit,
}

func bridgeInit(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
	defer cancel()
	r, err := bridgeinit.Write(ctx, bridgeinit.Spec{
		Devnet: c.String("devnet"), Operator: c.Int("operator"), Name: c.String("name"), DataDir: c.String("datadir"),
		ParentRPC: c.StringSlice("parent-rpc"), ChildRPC: c.StringSlice("child-rpc"),
		ParentChainID: c.Uint64("parent-chain-id"), ChildChainID: c.Uint64("child-chain-id"),
		ParentBridge: c.String("parent-bridge"), ChildBridge: c.String("child-bridge"), Anchor: c.String("anchor"),
		AnchorPeriod: c.Uint64("anchor-period"), ParentStartBlock: c.Uint64("parent-start-block"), ChildStartBlock: c.Uint64("child-start-block"),
		ParentConfirmations: c.Uint64("parent-confirmations"), ChildConfirmations: c.Uint64("child-confirmations"),
		ParentFinalized: c.Bool("parent-finalized"), ChildFinalized: c.Bool("child-finalized"),
		Keystore: c.String("keystore"), PasswordFile: c.String("password-file"), PasswordEnv: c.String("password-env"),
		MetricsListen: c.String("metrics-listen"), AdminListen: c.String("admin-listen"), IsSet: c.IsSet,
	}, c.String("out"), c.Bool("force"))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "wrote %s (node %s, operator %s, anchoring %v)\nrun it with: servicechain bridge run --config %s\n",
		r.Path, r.Config.Node.Name, r.Operator.Hex(), r.Config.Anchoring.Enabled, r.Path)
	return nil
}
