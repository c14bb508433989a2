// Package bridgeinit writes a ready bridge.toml for one operator: every key
// of the configuration, from a running devnet's devnet.json or from the
// chains and contracts a person names, validated before it is written. It is
// what `servicechain bridge init` does.
package bridgeinit

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/keys"
)

// Spec is a configuration as `servicechain bridge init` takes it: the values
// of its options, and IsSet, which tells which options were given.
type Spec struct {
	// Devnet is a devnet data directory: chains, contracts and start blocks
	// come from its devnet.json, and Operator N (1-based) takes devnet
	// operator N's keystore.
	Devnet   string
	Operator int
	// Name is node.name (default opN with Operator, else "bridge"); DataDir
	// node.datadir, relative to the file.
	Name, DataDir string
	// ParentRPC and ChildRPC are the endpoints (several per value may be
	// separated by commas); chain ids not given are read from the first one.
	ParentRPC, ChildRPC         []string
	ParentChainID, ChildChainID uint64
	// ParentBridge, ChildBridge and Anchor are 0x hex addresses; an Anchor
	// turns anchoring on, every AnchorPeriod child blocks.
	ParentBridge, ChildBridge, Anchor       string
	AnchorPeriod                            uint64
	ParentStartBlock, ChildStartBlock       uint64
	ParentConfirmations, ChildConfirmations uint64
	// ParentFinalized and ChildFinalized read requests up to the chain's
	// finalized block. Without a devnet, each chain needs finalized or
	// config.MinConfirmations confirmations (config.Validate).
	ParentFinalized, ChildFinalized bool
	// Keystore is the operator's key file, its password in PasswordFile or
	// the environment variable PasswordEnv.
	Keystore, PasswordFile, PasswordEnv string
	// MetricsListen and AdminListen are metrics.listen and admin.listen.
	MetricsListen, AdminListen string
	// IsSet reports whether the option (its command-line name, such as
	// "parent-chain-id") was given; options not given take their defaults.
	IsSet func(option string) bool
}

// Result is a configuration written by Write.
type Result struct {
	Path     string
	Config   *config.Config
	Operator common.Address // the keystore's address
}

// Write builds the configuration s describes (see Build) and writes it to
// out, creating out's directory (mode 0700). An existing out is kept unless
// force.
func Write(ctx context.Context, s Spec, out string, force bool) (*Result, error) {
	if out == "" {
		return nil, input.Errorf("--out \"\": expected a file name")
	}
	if _, err := os.Stat(out); err == nil && !force {
		return nil, fmt.Errorf("%s already exists: not overwriting it (add --force to replace it)", out)
	}
	cfg, err := Build(ctx, s)
	if err != nil {
		return nil, err
	}
	if dir := filepath.Dir(out); dir != "." {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("--out %s: %w", out, err)
		}
	}
	if err := cfg.WriteFile(out, force); err != nil {
		return nil, err
	}
	addr, _ := keys.AddressOf(cfg.Parent.Keystore)
	return &Result{Path: out, Config: cfg, Operator: addr}, nil
}

// Build assembles and validates the configuration s describes, dialing the
// first endpoint of a chain whose id is not given. Input errors (input.Is)
// name the option; config.Validate's findings are one input error.
func Build(ctx context.Context, s Spec) (*config.Config, error) {
	set := s.IsSet
	if set == nil {
		set = func(string) bool { return false }
	}
	cfg := config.Default()
	cfg.Node.DataDir = s.DataDir
	cfg.Metrics.Listen, cfg.Admin.Listen = s.MetricsListen, s.AdminListen
	cfg.Parent.Confirmations, cfg.Child.Confirmations = s.ParentConfirmations, s.ChildConfirmations
	cfg.Parent.Finalized, cfg.Child.Finalized = s.ParentFinalized, s.ChildFinalized
	if set("password-file") && set("password-env") {
		return nil, input.Errorf("give only one of --password-file and --password-env")
	}
	keystore, pwFile, pwEnv := s.Keystore, s.PasswordFile, s.PasswordEnv
	if s.Devnet != "" {
		for _, f := range []string{"parent-rpc", "child-rpc", "parent-chain-id", "child-chain-id", "parent-bridge", "child-bridge", "anchor", "parent-start-block", "child-start-block"} {
			if set(f) {
				return nil, input.Errorf("--%s comes from devnet.json with --devnet; give one or the other", f)
			}
		}
		info, err := devnet.ReadInfo(s.Devnet)
		if err != nil {
			return nil, err
		}
		for _, c := range []struct {
			cc      *config.ChainConfig
			ch      devnet.ChainInfo
			bridge  common.Address
			startAt uint64
		}{{&cfg.Parent, info.Parent, info.Contracts.ParentBridge, info.Contracts.ParentBridgeBlock}, {&cfg.Child, info.Child, info.Contracts.ChildBridge, info.Contracts.ChildBridgeBlock}} {
			c.cc.Endpoints = []string{c.ch.WS, c.ch.HTTP}
			if c.ch.WS == c.ch.HTTP || c.ch.WS == "" {
				c.cc.Endpoints = []string{c.ch.HTTP}
			}
			c.cc.ChainID, c.cc.Bridge, c.cc.StartBlock = c.ch.ChainID, c.bridge, c.startAt
			// The devnet's dev chains: 0 confirmations, as its own nodes read them
			// (the file's comment says: dev chains only).
			c.cc.AllowUnsafeConfirmations = true
		}
		if info.AnchorPeriod > 0 && info.Contracts.Anchor != (common.Address{}) {
			cfg.Parent.Anchor = info.Contracts.Anchor
			cfg.Anchoring.Enabled = true
			cfg.Anchoring.Period = info.AnchorPeriod
		}
		// Devnet blocks are fast: poll accordingly, as the devnet's own nodes do.
		cfg.Bridge.PollInterval = 200 * time.Millisecond
		if set("operator") {
			n := s.Operator
			if n < 1 || n > len(info.Operators) {
				return nil, input.Errorf("--operator %d: expected 1 to %d (the devnet's operators op1..op%d)", n, len(info.Operators), len(info.Operators))
			}
			if keystore != "" {
				return nil, input.Errorf("give --operator N or --keystore FILE, not both")
			}
			op := info.Operators[n-1]
			keystore, pwFile, pwEnv = op.Keystore, op.Password, ""
			cfg.Node.Name = fmt.Sprintf("op%d", n)
		}
	} else if err := s.explicit(ctx, cfg, set); err != nil {
		return nil, err
	}
	if set("anchor-period") {
		if !cfg.Anchoring.Enabled {
			return nil, input.Errorf("--anchor-period needs an Anchor (--anchor ADDRESS, or a devnet with anchoring)")
		}
		cfg.Anchoring.Period = s.AnchorPeriod
	}
	if set("name") {
		cfg.Node.Name = s.Name
	}
	if keystore == "" {
		return nil, input.Errorf("bridge init: the operator key is needed: --keystore FILE with --password-file FILE or --password-env VAR (or --devnet DIR --operator N)")
	}
	if pwFile == "" && pwEnv == "" {
		return nil, input.Errorf("--keystore %s: give --password-file FILE or --password-env VAR for its password", keystore)
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
		return nil, input.Errorf("bridge init: the resulting configuration is not valid:\n%v", err)
	}
	return cfg, nil
}

// explicit fills cfg's chains and contracts from the options of s (no devnet).
func (s *Spec) explicit(ctx context.Context, cfg *config.Config, set func(string) bool) error {
	if set("operator") {
		return input.Errorf("--operator N picks a devnet operator: it needs --devnet DIR (else give --keystore FILE)")
	}
	var missing []string
	for _, f := range []struct {
		flag string
		vals []string
		eps  *[]string
	}{{"parent-rpc", s.ParentRPC, &cfg.Parent.Endpoints}, {"child-rpc", s.ChildRPC, &cfg.Child.Endpoints}} {
		for _, v := range f.vals {
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
		flag, v string
		dst     *common.Address
	}{{"parent-bridge", s.ParentBridge, &cfg.Parent.Bridge}, {"child-bridge", s.ChildBridge, &cfg.Child.Bridge}, {"anchor", s.Anchor, &cfg.Parent.Anchor}} {
		if !set(f.flag) {
			if f.flag != "anchor" {
				missing = append(missing, "--"+f.flag+" ADDRESS")
			}
			continue
		}
		a, err := input.Address(f.flag, f.v)
		if err != nil {
			return err
		}
		*f.dst = a
	}
	if len(missing) > 0 {
		return input.Errorf("bridge init: give %s (or --devnet DIR)", strings.Join(missing, ", "))
	}
	cfg.Anchoring.Enabled = cfg.Parent.Anchor != (common.Address{})
	cfg.Parent.StartBlock, cfg.Child.StartBlock = s.ParentStartBlock, s.ChildStartBlock
	for _, f := range []struct {
		name, flag string
		id         uint64
		cc         *config.ChainConfig
	}{{"parent", "parent-chain-id", s.ParentChainID, &cfg.Parent}, {"child", "child-chain-id", s.ChildChainID, &cfg.Child}} {
		if set(f.flag) {
			f.cc.ChainID = f.id
			continue
		}
		conn, err := bridgenet.Dial(ctx, f.name, f.cc.Endpoints[0])
		if err != nil {
			return fmt.Errorf("%w (or give --%s)", err, f.flag)
		}
		f.cc.ChainID = conn.ChainID.Uint64()
		conn.Close()
	}
	return nil
}

// absPath makes a path absolute (relative to the working directory); "" stays "".
func absPath(p string) (string, error) {
	if p == "" {
		return "", nil
	}
	return filepath.Abs(p)
}
