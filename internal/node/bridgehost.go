package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// BridgeDaemon is what "bridge node" logs as it starts and stops.
const BridgeDaemon = "bridge node"

// BridgeOptions are what a bridge daemon's host is built from.
type BridgeOptions struct {
	// Config is the validated bridge.toml.
	Config *config.Config
	// ParentKey signs on the parent chain (votes, anchors); ChildKey on the
	// child chain (votes); they may be the same key. A nil key is decrypted
	// from the chain's keystore with the password of password_file or
	// password_env (LoadOperatorKey).
	ParentKey, ChildKey *ecdsa.PrivateKey
	// Logger receives the logs; nil = slog.Default().
	Logger *slog.Logger
}

// NewBridge builds the host of a bridge daemon from bridge.toml: it loads
// the operator keys (when not given), then creates node.datadir, opens
// <datadir>/bridge.db and, when the admin API is on, its bearer token
// <datadir>/admin.token (EnsureAdminToken, WithAdminToken), and prepares
// (without dialing) the parent and child
// chain clients and the operator's tx managers, journaled in the store. The
// bridge and anchoring services are registered on it by the caller. Errors
// name the bad value ("parent operator key: ..." for a keystore or password
// problem, before anything is created on disk); a store locked by another
// process is an error here.
func NewBridge(o BridgeOptions, opts ...Option) (*Host, error) {
	cfg := o.Config
	if cfg == nil {
		return nil, errors.New("node: no bridge configuration")
	}
	for _, k := range []struct {
		name string
		key  **ecdsa.PrivateKey
		c    *config.ChainConfig
	}{{ParentChain, &o.ParentKey, &cfg.Parent}, {ChildChain, &o.ChildKey, &cfg.Child}} {
		if *k.key != nil {
			continue
		}
		key, err := LoadOperatorKey(k.name, k.c)
		if err != nil {
			return nil, err
		}
		*k.key = key
	}
	if err := os.MkdirAll(cfg.Node.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("node.datadir %q: %w", cfg.Node.DataDir, err)
	}
	if cfg.Admin.Listen != "" {
		tok, err := EnsureAdminToken(cfg.Node.DataDir)
		if err != nil {
			return nil, err
		}
		opts = append([]Option{WithAdminToken(tok)}, opts...)
	}
	return New(Config{
		Name:          cfg.Node.Name,
		Daemon:        BridgeDaemon,
		DataDir:       cfg.Node.DataDir,
		MetricsListen: cfg.Metrics.Listen,
		AdminListen:   cfg.Admin.Listen,
		PollInterval:  cfg.Bridge.PollInterval,
		MaxHeadLag:    cfg.Readiness.MaxHeadLag,
		StorePath:     cfg.Node.StorePath(),
		Chains: []ChainSpec{
			{Chain: chainConfig(ParentChain, &cfg.Parent), Tx: txConfig(cfg, &cfg.Parent), Key: o.ParentKey},
			{Chain: chainConfig(ChildChain, &cfg.Child), Tx: txConfig(cfg, &cfg.Child), Key: o.ChildKey},
		},
		Logger: o.Logger,
	}, opts...)
}

// LoadOperatorKey decrypts the keystore file of one chain's operator key
// with the password from password_file or password_env (never from the
// config). Errors start with "<chain> operator key:" and name the file.
func LoadOperatorKey(chainName string, c *config.ChainConfig) (*ecdsa.PrivateKey, error) {
	pw, err := keys.ReadPassword(c.PasswordFile, c.PasswordEnv)
	if err != nil {
		return nil, fmt.Errorf("%s operator key: %w", chainName, err)
	}
	k, err := keys.Load(c.Keystore, pw)
	if err != nil {
		return nil, fmt.Errorf("%s operator key: %w", chainName, err)
	}
	return k, nil
}

func chainConfig(name string, c *config.ChainConfig) chain.Config {
	return chain.Config{
		Name:           name,
		Endpoints:      c.Endpoints,
		ChainID:        c.ChainID,
		Confirmations:  c.Confirmations,
		Finalized:      c.Finalized,
		MaxEndpointLag: c.MaxEndpointLag,
		// min_endpoint_agreement: 0 is chain's default (2 of two or more).
		MinEndpointAgreement: c.MinEndpointAgreement,
	}
}

func txConfig(cfg *config.Config, c *config.ChainConfig) *txmgr.Config {
	return &txmgr.Config{
		ChainID:          new(big.Int).SetUint64(c.ChainID),
		MaxFeeCap:        c.MaxFee,
		MaxTipCap:        c.MaxTip,
		GasMarginPercent: cfg.Bridge.GasMarginPercent,
		ResubmitAfter:    cfg.Bridge.ResubmitAfter,
		FeeBumpPercent:   cfg.Bridge.FeeBumpPercent,
		PollInterval:     cfg.Bridge.PollInterval,
		MinBalance:       c.MinBalance,
	}
}
