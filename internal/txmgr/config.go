package txmgr

import (
	"fmt"
	"math/big"
	"time"
)

// Defaults applied by New to zero Config fields.
const (
	// DefaultResubmitAfter is how long a transaction may stay unmined before it
	// is re-signed with higher fees.
	DefaultResubmitAfter = 30 * time.Second
	// DefaultFeeBumpPercent is the fee increase of a replacement, in percent:
	// go-ethereum's default txpool price bump (--txpool.pricebump 10).
	DefaultFeeBumpPercent = 10
	// DefaultPollInterval is how often receipts, balance and nonce are polled.
	DefaultPollInterval = time.Second
)

// Config sets the prices and timings of one Manager. Prices are in wei per gas.
type Config struct {
	// ChainID is the EIP-155 chain id transactions are signed for. Required.
	ChainID *big.Int
	// MaxFeeCap is the highest fee cap (EIP-1559 maxFeePerGas) or legacy gas
	// price ever paid, in wei per gas. Required, > 0.
	MaxFeeCap *big.Int
	// MaxTipCap is the highest priority fee (maxPriorityFeePerGas), in wei per
	// gas. Required, > 0 and <= MaxFeeCap.
	MaxTipCap *big.Int
	// GasMarginPercent is added to the gas estimate: gas limit = estimate *
	// (100 + GasMarginPercent) / 100. 0 means no margin; 20-30 is usual.
	GasMarginPercent uint64
	// ResubmitAfter is how long a transaction may stay unmined before it is
	// re-signed with the same nonce and bumped fees. 0 means DefaultResubmitAfter (30s).
	ResubmitAfter time.Duration
	// FeeBumpPercent is how much a replacement raises both tip and fee cap, in
	// percent; at least 10 (go-ethereum's txpool replacement rule). 0 means
	// DefaultFeeBumpPercent (10).
	FeeBumpPercent uint64
	// PollInterval is how often receipts, the balance and the chain's nonce are
	// polled. 0 means DefaultPollInterval (1s).
	PollInterval time.Duration
	// MaxGasLimit is the highest gas limit a transaction may have; Send
	// refuses above it with ErrGasLimitTooHigh. 0 means DefaultMaxGasLimit
	// (16,777,216, the EIP-7825 cap).
	MaxGasLimit uint64
	// MinBalance is the balance floor, in wei, below which Funded reports false
	// (for readiness and alerts). Sending is not refused because of it; only
	// ErrOutOfFunds refuses. nil means 0.
	MinBalance *big.Int

	// Signer signs the account's transactions. nil means a KeySigner for the
	// key given to New; when both are given they must be the same account.
	// A remote signer (clef, a KMS) goes here.
	Signer Signer
	// Metrics receives the manager's counters and gauges. nil means
	// NoopMetrics; NewMetrics gives the Prometheus implementation.
	Metrics Metrics
	// Now is the clock that decides when a transaction is resubmitted or a
	// nonce gap is filled (ResubmitAfter) and measures confirmation latency.
	// nil means time.Now; tests inject a fake clock. The poll loop itself
	// ticks on the real clock every PollInterval.
	Now func() time.Time
}

// withDefaults validates cfg and returns a copy with defaults filled in. The
// error names the field and what was expected.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.ChainID == nil || cfg.ChainID.Sign() <= 0 {
		return cfg, fmt.Errorf("txmgr config: chain id %v: expected a positive chain id", cfg.ChainID)
	}
	if cfg.MaxFeeCap == nil || cfg.MaxFeeCap.Sign() <= 0 {
		return cfg, fmt.Errorf("txmgr config: max fee cap %v: expected a positive amount of wei per gas", cfg.MaxFeeCap)
	}
	if cfg.MaxTipCap == nil || cfg.MaxTipCap.Sign() <= 0 {
		return cfg, fmt.Errorf("txmgr config: max tip cap %v: expected a positive amount of wei per gas", cfg.MaxTipCap)
	}
	if cfg.MaxTipCap.Cmp(cfg.MaxFeeCap) > 0 {
		return cfg, fmt.Errorf("txmgr config: max tip cap %v wei is above max fee cap %v wei; expected tip <= fee cap", cfg.MaxTipCap, cfg.MaxFeeCap)
	}
	if cfg.FeeBumpPercent != 0 && cfg.FeeBumpPercent < 10 {
		return cfg, fmt.Errorf("txmgr config: fee bump %d%%: expected at least 10 (go-ethereum refuses smaller replacements)", cfg.FeeBumpPercent)
	}
	if cfg.ResubmitAfter < 0 || cfg.PollInterval < 0 {
		return cfg, fmt.Errorf("txmgr config: resubmit after %v, poll interval %v: expected durations >= 0", cfg.ResubmitAfter, cfg.PollInterval)
	}
	if cfg.MinBalance != nil && cfg.MinBalance.Sign() < 0 {
		return cfg, fmt.Errorf("txmgr config: min balance %v: expected wei >= 0", cfg.MinBalance)
	}
	if cfg.ResubmitAfter == 0 {
		cfg.ResubmitAfter = DefaultResubmitAfter
	}
	if cfg.FeeBumpPercent == 0 {
		cfg.FeeBumpPercent = DefaultFeeBumpPercent
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.MinBalance == nil {
		cfg.MinBalance = new(big.Int)
	}
	if cfg.MaxGasLimit == 0 {
		cfg.MaxGasLimit = DefaultMaxGasLimit
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NoopMetrics{}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return cfg, nil
}
