package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/keys"
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
		&cli.StringFlag{Name: "keystore", Usage: "operator keystore `FILE` (the same key signs on both chains)"},
		&cli.StringFlag{Name: "password-file", Usage: "`FILE` holding the keystore password"},
		&cli.StringFlag{Name: "password-env", Usage: "environment variable `VAR` holding the keystore password"},
		&cli.StringFlag{Name: "metrics-listen", Value: "127.0.0.1:0", Usage: "metrics.listen `HOST:PORT` (/metrics, /healthz, /readyz; \"\" disables)"},
		&cli.StringFlag{Name: "admin-listen", Value: "127.0.0.1:0", Usage: "admin.listen loopback `HOST:PORT` (\"\" disables)"},
	},
	Action: bridgeInit,
}

// absPath makes a path absolute (relative to the working directory).
func absPath(p string) (string, error) {
	if p == "" {
		return "", nil
	}
	return filepath.Abs(p)
}

// buildBridgeConfig assembles the configuration `bridge init` writes.
func buildBridgeConfig(ctx context.Context, c *cli.Context) (*config.Config, error) {
	if err := noArgs(c); err != nil {
		return nil, err
	}
	cfg := config.Default()
	cfg.Node.DataDir = c.String("datadir")
	cfg.Metrics.Listen = c.String("metrics-listen")
	cfg.Admin.Listen = c.String("admin-listen")
	cfg.Parent.Confirmations = c.Uint64("parent-confirmations")
	cfg.Child.Confirmations = c.Uint64("child-confirmations")

	if c.IsSet("password-file") && c.IsSet("password-env") {
		return nil, usageErrorf("give only one of --password-file and --password-env")
	}
	keystore, pwFile, pwEnv := c.String("keystore"), c.String("password-file"), c.String("password-env")

	if dir := c.String("devnet"); dir != "" {
		for _, f := range []string{"parent-rpc", "child-rpc", "parent-chain-id", "child-chain-id", "parent-bridge", "child-bridge", "anchor", "parent-start-block", "child-start-block"} {
			if c.IsSet(f) {
				return nil, usageErrorf("--%s comes from devnet.json with --devnet; give one or the other", f)
			}
		}
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		cfg.Parent.Endpoints = []string{info.Parent.WS, info.Parent.HTTP}
		cfg.Child.Endpoints = []string{info.Child.WS, info.Child.HTTP}
		if info.Parent.WS == info.Parent.HTTP || info.Parent.WS == "" {
			cfg.Parent.Endpoints = []string{info.Parent.HTTP}
		}
		if info.Child.WS == info.Child.HTTP || info.Child.WS == "" {
			cfg.Child.Endpoints = []string{info.Child.HTTP}
		}
		cfg.Parent.ChainID, cfg.Child.ChainID = info.Parent.ChainID, info.Child.ChainID
		cfg.Parent.Bridge, cfg.Child.Bridge = info.Contracts.ParentBridge, info.Contracts.ChildBridge
		cfg.Parent.StartBlock, cfg.Child.StartBlock = info.Contracts.ParentBridgeBlock, info.Contracts.ChildBridgeBlock
		if info.AnchorPeriod > 0 && info.Contracts.Anchor != (common.Address{}) {
			cfg.Parent.Anchor = info.Contracts.Anchor
			cfg.Anchoring.Enabled = true
			cfg.Anchoring.Period = info.AnchorPeriod
		}
		// Devnet blocks are fast: poll accordingly, as the devnet's own nodes do.
		cfg.Bridge.PollInterval = 200 * time.Millisecond
		if c.IsSet("operator") {
			n := c.Int("operator")
			if n < 1 || n > len(info.Operators) {
				return nil, usageErrorf("--operator %d: expected 1 to %d (the devnet's operators op1..op%d)", n, len(info.Operators), len(info.Operators))
			}
			if keystore != "" {
				return nil, usageErrorf("give --operator N or --keystore FILE, not both")
			}
			op := info.Operators[n-1]
			keystore, pwFile, pwEnv = op.Keystore, op.Password, ""
			cfg.Node.Name = fmt.Sprintf("op%d", n)
		}
	} else {
		if c.IsSet("operator") {
			return nil, usageErrorf("--operator N picks a devnet operator: it needs --devnet DIR (else give --keystore FILE)")
		}
		var missing []string
		for _, f := range []struct {
			flag string
			eps  *[]string
		}{{"parent-rpc", &cfg.Parent.Endpoints}, {"child-rpc", &cfg.Child.Endpoints}} {
			for _, v := range c.StringSlice(f.flag) {
				for _, u := range strings.Split(v, ",") {
					if u = strings.TrimSpace(u); u != "" {
						*f.eps = append(*f.eps, u)
					}
				}
			}
			if len(*f.eps) == 0 {
				missing = append(missing, "--"+f.flag+" URL")
			}
		}
		for _, f := range []struct {
			flag string
			dst  *common.Address
		}{{"parent-bridge", &cfg.Parent.Bridge}, {"child-bridge", &cfg.Child.Bridge}, {"anchor", &cfg.Parent.Anchor}} {
			if !c.IsSet(f.flag) {
				if f.flag != "anchor" {
					missing = append(missing, "--"+f.flag+" ADDRESS")
				}
				continue
			}
			a, err := parseAddress(f.flag, c.String(f.flag))
			if err != nil {
				return nil, err
			}
			*f.dst = a
		}
		if len(missing) > 0 {
			return nil, usageErrorf("bridge init: give %s (or --devnet DIR)", strings.Join(missing, ", "))
		}
		cfg.Anchoring.Enabled = cfg.Parent.Anchor != (common.Address{})
		cfg.Parent.StartBlock, cfg.Child.StartBlock = c.Uint64("parent-start-block"), c.Uint64("child-start-block")
		for _, f := range []struct {
			name, flag string
			cc         *config.ChainConfig
		}{{"parent", "parent-chain-id", &cfg.Parent}, {"child", "child-chain-id", &cfg.Child}} {
			if c.IsSet(f.flag) {
				f.cc.ChainID = c.Uint64(f.flag)
				continue
			}
			conn, err := dial(ctx, f.name, f.cc.Endpoints[0])
			if err != nil {
				return nil, fmt.Errorf("%w (or give --%s)", err, f.flag)
			}
			f.cc.ChainID = conn.ChainID.Uint64()
			conn.Close()
		}
	}
	if c.IsSet("anchor-period") {
		if !cfg.Anchoring.Enabled {
			return nil, usageErrorf("--anchor-period needs an Anchor (--anchor ADDRESS, or a devnet with anchoring)")
		}
		cfg.Anchoring.Period = c.Uint64("anchor-period")
	}
	if c.IsSet("name") {
		cfg.Node.Name = c.String("name")
	}
	if keystore == "" {
		return nil, usageErrorf("bridge init: the operator key is needed: --keystore FILE with --password-file FILE or --password-env VAR (or --devnet DIR --operator N)")
	}
	if pwFile == "" && pwEnv == "" {
		return nil, usageErrorf("--keystore %s: give --password-file FILE or --password-env VAR for its password", keystore)
	}
	if _, err := keys.AddressOf(keystore); err != nil {
		return nil, fmt.Errorf("--keystore: %w", err)
	}
	var err error
	if keystore, err = absPath(keystore); err != nil {
		return nil, err
	}
	if pwFile, err = absPath(pwFile); err != nil {
		return nil, err
	}
	for _, cc := range []*config.ChainConfig{&cfg.Parent, &cfg.Child} {
		cc.Keystore, cc.PasswordFile, cc.PasswordEnv = keystore, pwFile, pwEnv
	}
	if err := cfg.Validate(); err != nil {
		return nil, usageErrorf("bridge init: the resulting configuration is not valid:\n%v", err)
	}
	return cfg, nil
}

func bridgeInit(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
	defer cancel()
	out := c.String("out")
	if out == "" {
		return usageErrorf("--out \"\": expected a file name")
	}
	if _, err := os.Stat(out); err == nil && !c.Bool("force") {
		return fmt.Errorf("%s already exists: not overwriting it (add --force to replace it)", out)
	}
	cfg, err := buildBridgeConfig(ctx, c)
	if err != nil {
		return err
	}
	if dir := filepath.Dir(out); dir != "." {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("--out %s: %w", out, err)
		}
	}
	if err := cfg.WriteFile(out, c.Bool("force")); err != nil {
		return err
	}
	addr, _ := keys.AddressOf(cfg.Parent.Keystore)
	fmt.Fprintf(c.App.Writer, "wrote %s (node %s, operator %s, anchoring %v)\nrun it with: servicechain bridge run --config %s\n",
		out, cfg.Node.Name, addr.Hex(), cfg.Anchoring.Enabled, out)
	return nil
}
