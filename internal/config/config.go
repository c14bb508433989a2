// Package config reads, validates and writes the configuration files of the
// servicechain daemons: bridge.toml, the configuration of one bridge node
// (one operator), declared in this file, and the files of later daemons
// (node.toml), declared the same way.
//
// A file is a Schema: tables of keys, each key declared once (name, Go field,
// default, range, checks, comment, README text) with the constructors of
// keys.go; that one declaration drives decoding, validation, defaults, Encode
// and the README's table. The tables every daemon has ([node], [metrics],
// [admin]) are shared (tables.go).
//
// In bridge.toml every key has a default except the per-chain endpoints,
// chain_id, bridge, keystore and one of password_file/password_env. Unknown
// keys are errors. Every error names the key path and what was expected, for
// example
//
//	config: bridge.batch_size = 0: expected an integer from 1 to 100
//
// Parse and Load report all problems at once, one per line.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/redact"
)

// StoreFileName is the name of the bbolt store file inside node.datadir.
const StoreFileName = "bridge.db"

// Config is a parsed and typed bridge.toml. Paths are as written in the file,
// made absolute against the config file's directory by Load (or Parse's
// baseDir).
type Config struct {
	Node      NodeConfig      // [node]
	Parent    ChainConfig     // [parent]
	Child     ChainConfig     // [child]
	Bridge    BridgeConfig    // [bridge]
	Anchoring AnchoringConfig // [anchoring]
	// Attestation is [attestation]: signature-aggregated handles (issue 14).
	Attestation AttestationConfig
	Metrics     ListenConfig    // [metrics]
	Admin       ListenConfig    // [admin]
	Readiness   ReadinessConfig // [readiness]
}

// NodeConfig is the [node] table.
type NodeConfig struct {
	Name      string // node.name: label in logs and metrics; non-empty
	DataDir   string // node.datadir: directory of the store file
	LogLevel  string // node.log_level: debug, info, warn or error
	LogFormat string // node.log_format: text or json
}

// Level returns LogLevel as a slog.Level (info for an unknown name).
func (n NodeConfig) Level() slog.Level {
	switch n.LogLevel {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

// StorePath returns <datadir>/bridge.db.
func (n NodeConfig) StorePath() string { return filepath.Join(n.DataDir, StoreFileName) }

// ChainConfig is the [parent] or [child] table.
type ChainConfig struct {
	// Endpoints are JSON-RPC URLs (ws, wss, http or https), tried in order.
	Endpoints []string
	// ChainID is the expected EIP-155 chain id (> 0).
	ChainID uint64
	// Confirmations is the depth in blocks a request must have before it is
	// read; 0 reads the head. Not combined with Finalized. Validate requires
	// Finalized or at least MinConfirmations unless AllowUnsafeConfirmations.
	Confirmations uint64
	// Finalized reads up to the chain's "finalized" block instead.
	Finalized bool
	// AllowUnsafeConfirmations accepts fewer than MinConfirmations without
	// Finalized (allow_unsafe_confirmations): for dev chains, where a request
	// that vanishes in a reorg after it was paid costs nothing real.
	AllowUnsafeConfirmations bool
	// MinEndpointAgreement (min_endpoint_agreement) is how many endpoints
	// must return the same receipt of a request before the node votes on it
	// (chain.Config.MinEndpointAgreement); 0 means 2 with two or more
	// endpoints, else 1.
	MinEndpointAgreement int
	// Bridge is the Bridge contract on this chain.
	Bridge common.Address
	// Anchor is the Anchor contract (parent only; required when anchoring
	// is enabled; must be unset on the child).
	Anchor common.Address
	// Keystore is the encrypted keystore file of the operator key.
	Keystore string
	// PasswordFile and PasswordEnv name where the keystore password is; exactly
	// one is set.
	PasswordFile string
	PasswordEnv  string
	// StartBlock is the first block to scan when the store has no cursor.
	StartBlock uint64
	// MaxFee is the ceiling of the EIP-1559 fee cap, in wei (max_fee_gwei).
	MaxFee *big.Int
	// MaxTip is the ceiling of the priority fee, in wei (max_tip_gwei).
	MaxTip *big.Int
	// MinBalance is the operator balance in wei (min_balance_eth) below which
	// the node stops sending on this chain and reports not ready.
	MinBalance *big.Int
	// MaxEndpointLag is how many blocks an endpoint may trail the best one
	// before it is skipped.
	MaxEndpointLag uint64
}

// BridgeConfig is the [bridge] table.
type BridgeConfig struct {
	PollInterval     time.Duration // bridge.poll_interval: head/log polling period
	LogRange         uint64        // bridge.log_range: blocks per eth_getLogs
	BatchSize        int           // bridge.batch_size: max votes per tx (1 = no batching)
	RecoveryInterval time.Duration // bridge.recovery_interval: period of the recovery check
	RecoveryStride   uint64        // bridge.recovery_stride: blocks per recovery re-read
	GasMarginPercent uint64        // bridge.gas_margin_percent: added to gas estimates
	ResubmitAfter    time.Duration // bridge.resubmit_after: unmined tx is resent with a fee bump after this
	FeeBumpPercent   uint64        // bridge.fee_bump_percent: >= 10 (the txpool's replacement rule)
	// VoteGrace (bridge.vote_grace) rotates the voting duty: for request nonce
	// n the operators at positions (n+j) mod N of the destination's operator
	// list, j < threshold, vote at once; the others vote only if the nonce is
	// still open this long after they saw the request. 0 makes every operator
	// vote at once (more late votes that pay gas for nothing).
	VoteGrace time.Duration
	// RefundAfter (bridge.refund_after, issue 12) is how long a payout may
	// keep failing before this node votes to refund it; 0 never refunds
	// automatically (bridge refund still does). Failures that can never heal
	// are refunded at once.
	RefundAfter time.Duration
	// RetryBackoffCap (bridge.retry_backoff_cap, issue 12) is the longest
	// wait between two tries of a failing payout: the first retry comes one
	// poll interval after the failure, each later one after twice the
	// previous wait, up to this.
	RetryBackoffCap time.Duration
}

// AnchoringConfig is the [anchoring] table.
type AnchoringConfig struct {
	Enabled    bool          // anchoring.enabled
	Period     uint64        // anchoring.period: child blocks per anchor
	Grace      time.Duration // anchoring.grace: others anchor a missing period after this
	MaxCatchup uint64        // anchoring.max_catchup: periods per round
}

// AttestationConfig is the [attestation] table (issue 14, ARCHITECTURE.md
// "Signature-aggregated handles"): with Enabled, the node signs the EIP-712
// digest of every request it would vote for, serves its signatures on
// Listen, fetches and verifies its peers', and the designated submitter
// closes k-signed nonces with one handleSignedBatch; nonces without k
// signatures Grace after they became ready fall back to on-chain votes.
type AttestationConfig struct {
	Enabled bool // attestation.enabled
	// Listen (attestation.listen) is the host:port of the public attestation
	// endpoint (GET /v1/attestations); "" serves nothing (the node still
	// fetches and submits).
	Listen string
	// Peers (attestation.peers) are the other operators' attestation
	// endpoints, absolute http(s) URLs; a URL without a path means
	// /v1/attestations. Added to the URLs announced on chain.
	Peers []string
	// Announce (attestation.announce) is the public http(s) URL of this
	// node's endpoint, as its peers reach it (behind a proxy or NAT it
	// differs from Listen). The node announces it with
	// announceAttestationURL on both bridges when a bridge holds another
	// URL for it (checked at start and every few minutes), so peers find it
	// without attestation.peers. "" announces nothing.
	Announce string
	// Grace (attestation.grace) is how long a ready request waits for k
	// signatures before the designated operators vote on chain.
	Grace time.Duration
	// RateLimit (attestation.rate_limit) is the requests per second one
	// client IP may make to the endpoint; RateBurst (rate_burst) its burst.
	RateLimit uint64
	RateBurst uint64
}

// ListenConfig is the [metrics] or [admin] table: a host:port, "" to disable.
type ListenConfig struct {
	Listen string
}

// ReadinessConfig is the [readiness] table.
type ReadinessConfig struct {
	MaxHeadLag    time.Duration // readiness.max_head_lag: head block older than this → not ready
	MaxRequestAge time.Duration // readiness.max_request_age: oldest open request older than this → not ready
}

var (
	gwei  = big.NewInt(1_000_000_000)
	ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

// Default returns a Config with every default filled in. Endpoints,
// ChainID, Bridge, Keystore and PasswordFile/PasswordEnv of both chains are
// left empty: they have no defaults and Validate requires them.
func Default() *Config {
	c := &Config{}
	c.Schema().SetDefaults()
	return c
}

// Load reads and parses the file at path; relative paths in it are resolved
// against the file's directory. Errors name path.
func Load(path string) (*Config, error) {
	c := Default()
	if err := c.Schema().Load(path); err != nil {
		return nil, err
	}
	return c, nil
}

// Parse parses bridge.toml content, applies defaults for missing keys,
// resolves relative paths (node.datadir, keystore, password_file) against
// baseDir when it is not "", and validates the result (see Validate). The
// error lists every problem found, one per line.
func Parse(data []byte, baseDir string) (*Config, error) {
	c := Default()
	s := c.Schema()
	if err := s.Decode(data); err != nil {
		return nil, err
	}
	s.ResolvePaths(baseDir)
	return c, nil
}

// ResolvePaths makes the relative paths node.datadir, keystore and
// password_file of both chains absolute against baseDir.
func (c *Config) ResolvePaths(baseDir string) { c.Schema().ResolvePaths(baseDir) }

// Validate checks every value of c and returns all problems, one per line,
// each naming the key path and what was expected. It does not touch the file
// system (see CheckFiles).
func (c *Config) Validate() error { return c.Schema().Validate() }

// Schema declares bridge.toml over c: every key of the file bound to its
// field of c, with its default, checks, comment and README text. Decoding,
// validation, defaults, Encode and the README table (Markdown) all come from
// it.
func (c *Config) Schema() *Schema {
	return &Schema{
		Header: []string{
			"servicechain bridge node configuration (one operator).",
			"Relative paths are relative to this file's directory.",
		},
		Tables: []*Table{
			NodeTable(&c.Node, "bridge", "the store file is <datadir>/"+StoreFileName,
				"directory of the store file `"+StoreFileName+"`"),
			chainTable("parent", &c.Parent),
			chainTable("child", &c.Child),
			{Name: "bridge", Keys: []Key{
				Duration("poll_interval", &c.Bridge.PollInterval, time.Second, 10*time.Millisecond, time.Hour).
					Comment("how often heads and logs are polled"),
				Uint("log_range", &c.Bridge.LogRange, 1000, 1, MaxLogRange).
					Comment("blocks per eth_getLogs").Doc("blocks per `eth_getLogs`"),
				Uint("batch_size", &c.Bridge.BatchSize, 10, 1, MaxBatchSize).
					Comment("max votes per tx (1 = no batching)").
					Doc("votes per transaction (`handleBatch`); 1 sends single handle calls"),
				Duration("recovery_interval", &c.Bridge.RecoveryInterval, 5*time.Second, 100*time.Millisecond, time.Hour).
					Comment("how often the nonce gap is checked").
					Doc("how often the recovery check compares the chains' nonces"),
				Uint("recovery_stride", &c.Bridge.RecoveryStride, 5000, 1, MaxRecoveryStride).
					Comment("blocks per recovery re-read"),
				Uint("gas_margin_percent", &c.Bridge.GasMarginPercent, 20, 0, MaxGasMarginPercent).
					Comment("added to gas estimates").Doc("percent added to gas estimates"),
				Duration("resubmit_after", &c.Bridge.ResubmitAfter, 15*time.Second, time.Second, time.Hour).
					Comment("resend an unmined tx with a fee bump after this"),
				Uint("fee_bump_percent", &c.Bridge.FeeBumpPercent, 15, MinFeeBumpPercent, MaxFeeBumpPercent).
					Comment(fmt.Sprintf(">= %d", MinFeeBumpPercent)).
					Doc(fmt.Sprintf("percent a resubmission raises tip and fee cap (>= %d, go-ethereum's replacement rule)", MinFeeBumpPercent)),
				Duration("vote_grace", &c.Bridge.VoteGrace, 3*time.Second, 0, time.Hour).
					Comment("non-designated operators vote after this (0: all at once)").
					Doc("voting duty rotation: per nonce, `threshold` designated operators vote at once, the others only if the nonce is still open after this; `0s` lets every node vote at once"),
				// Issue 12 (liveness): failed payouts.
				Duration("refund_after", &c.Bridge.RefundAfter, time.Hour, 0, 365*24*time.Hour).
					Comment("vote to refund a payout failing this long (0: never automatically)").
					Doc("a payout that keeps failing (the recipient reverts, the token is locked) is refunded by vote after this; failures that can never heal (NFT id exists, token not registered) at once; `0s` never refunds automatically (`servicechain bridge refund` still does)"),
				Duration("retry_backoff_cap", &c.Bridge.RetryBackoffCap, time.Hour, time.Second, 24*time.Hour).
					Comment("longest wait between tries of a failing payout").
					Doc("failing payouts are retried one `poll_interval` after the failure, then after twice the previous wait, up to this"),
			}},
			{Name: "anchoring", Keys: []Key{
				Bool("enabled", &c.Anchoring.Enabled, false).Comment("anchor child blocks on the parent chain"),
				Uint("period", &c.Anchoring.Period, 10, 1, MaxAnchorPeriod).Comment("child blocks per anchor"),
				Duration("grace", &c.Anchoring.Grace, 15*time.Second, 0, time.Hour).
					Comment("others anchor a missing period after this").
					Doc("a non-designated node anchors a missing period after this"),
				Uint("max_catchup", &c.Anchoring.MaxCatchup, 100, 1, MaxCatchup).
					Comment("periods per round").Doc("periods caught up per round after downtime"),
			}},
			attestationTable(&c.Attestation),
			MetricsTable(&c.Metrics, "127.0.0.1:0"),
			AdminTable(&c.Admin, "127.0.0.1:0"),
			{Name: "readiness", Keys: []Key{
				Duration("max_head_lag", &c.Readiness.MaxHeadLag, 30*time.Second, time.Second, 24*time.Hour).
					Comment("a chain whose latest block is older than this is not ready"),
				Duration("max_request_age", &c.Readiness.MaxRequestAge, 5*time.Minute, time.Second, 30*24*time.Hour).
					Comment("oldest open request older than this: not ready").
					Doc("an open request older than this makes the node not ready"),
			}},
		},
		Rules: []Rule{func(p *Problems) {
			if c.Parent.ChainID != 0 && c.Parent.ChainID == c.Child.ChainID {
				p.Addf("child.chain_id = %d: same as parent.chain_id; expected two different chains", c.Child.ChainID)
			}
			if c.Anchoring.Enabled && c.Parent.Anchor == (common.Address{}) {
				p.Addf("parent.anchor is missing: expected the Anchor contract address when anchoring.enabled = true")
			}
		}},
	}
}

// MaxAttestationURLLength is the longest attestation.announce in bytes: the
// Bridge's MAX_ATTESTATION_URL_LENGTH (announceAttestationURL refuses longer).
const MaxAttestationURLLength = 256

// MaxAttestationRate bounds attestation.rate_limit and rate_burst.
const MaxAttestationRate = 100_000

// attestationTable declares [attestation] over a (issue 14).
func attestationTable(a *AttestationConfig) *Table {
	return &Table{Name: "attestation", Keys: []Key{
		Bool("enabled", &a.Enabled, false).Comment("close nonces by k operator signatures (handleSignedBatch)").
			Doc("sign every request this node would vote for, serve and fetch signatures, and close k-signed nonces with one `handleSignedBatch`; on-chain votes remain the fallback"),
		String("listen", &a.Listen, "").Check(listenCheck).
			Comment(`public attestation endpoint host:port; "" serves none`).
			Doc("host:port of the public attestation endpoint `GET /v1/attestations` (port 0 = any free port); `\"\"` serves none (the node still fetches and submits)"),
		StringList("peers", &a.Peers, nil, func(u string) string {
			if err := checkEndpoint(u); err != nil || !(strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")) {
				return "expected an http:// or https:// URL of a peer's attestation endpoint"
			}
			return ""
		}).Comment("other operators' attestation endpoints (http/https URLs)").
			Doc("the other operators' attestation endpoints (http/https URLs; without a path `/v1/attestations`), besides those announced on chain"),
		String("announce", &a.Announce, "").Check(func(u string) string {
			if msg := urlCheck("http", "https")(u); msg != "" {
				return msg
			}
			if len(u) > MaxAttestationURLLength {
				return fmt.Sprintf("expected at most %d bytes (the Bridge's MAX_ATTESTATION_URL_LENGTH), got %d", MaxAttestationURLLength, len(u))
			}
			return ""
		}).Comment("this node's public attestation URL, announced on both bridges").
			Doc("this node's public attestation URL as peers reach it (http/https, at most 256 bytes); the node announces it on both bridges (`announceAttestationURL`) when they hold another one, so peers need no `peers` entry; `\"\"` announces nothing"),
		Duration("grace", &a.Grace, time.Second, 10*time.Millisecond, time.Hour).
			Comment("wait this long for k signatures, then vote on chain").
			Doc("how long a ready request waits for k signatures before its designated operators vote on chain (default one block of the devnet's 1 s chains)"),
		Uint("rate_limit", &a.RateLimit, 20, 1, MaxAttestationRate).Comment("endpoint requests/s per client IP").
			Doc("requests per second one client IP may make to the endpoint (429 above it)"),
		Uint("rate_burst", &a.RateBurst, 40, 1, MaxAttestationRate).Comment("endpoint burst per client IP"),
	}}
}

// chainTable declares [parent] or [child] over ch.
func chainTable(name string, ch *ChainConfig) *Table {
	p := name + "."
	anchor := Address("anchor", &ch.Anchor, common.Address{}).Comment("Anchor contract").
		Doc("Anchor contract address: on the parent only, required when `anchoring.enabled`")
	if name == "parent" {
		anchor.WhenEmpty(func() string {
			return Line("# anchor", `"0x..."`, "Anchor contract; required when anchoring.enabled = true")
		})
	} else {
		anchor.OmitEmpty().Check(func(a common.Address) string {
			if a != (common.Address{}) {
				return "the Anchor contract lives on the parent chain; expected no " + p + "anchor"
			}
			return ""
		})
	}
	nonNegative := func(unit string) func(*big.Int) string {
		return func(w *big.Int) string {
			if w == nil || w.Sign() < 0 {
				return "expected a number of " + unit + " >= 0"
			}
			return ""
		}
	}
	return &Table{Name: name, Keys: []Key{
		StringList("endpoints", &ch.Endpoints, nil, func(ep string) string {
			if checkEndpoint(ep) != nil {
				return "expected a ws://, wss://, http:// or https:// URL"
			}
			return ""
		}).Redact(redact.URL).Required("expected a list of ws://, wss://, http:// or https:// URLs").
			Comment("JSON-RPC URLs (ws, wss, http, https), tried in order").
			Doc("JSON-RPC URLs (ws, wss, http, https), tried in order, failover on errors or lag"),
		Uint("chain_id", &ch.ChainID, 0, 1, 1<<63-1).Check(func(id uint64) string {
			if id == 0 {
				return "expected the chain id, an integer >= 1 (required)"
			}
			return ""
		}).Comment("required").DocDefault("required").Doc("EIP-155 chain id the endpoints must serve"),
		Uint("confirmations", &ch.Confirmations, 0, 0, MaxConfirmations).
			Comment("blocks a request must be deep before it is read").
			Doc("read requests this many blocks deep (not with `finalized`)"),
		Bool("finalized", &ch.Finalized, false).Comment(`true: read up to the "finalized" block instead`).
			Doc("read requests up to the `finalized` block instead"),
		Bool("allow_unsafe_confirmations", &ch.AllowUnsafeConfirmations, false).
			Comment(fmt.Sprintf("true accepts finalized = false with confirmations < %d (dev chains only)", MinConfirmations)).
			Doc(fmt.Sprintf("accept `finalized = false` with `confirmations` below %d: a request paid and then reorged away is a double spend, so only for dev chains", MinConfirmations)),
		Address("bridge", &ch.Bridge, common.Address{}).
			Required("expected a 20-byte hex address of the Bridge contract").Comment("Bridge contract").
			Doc("Bridge contract address"),
		anchor,
		Path("keystore", &ch.Keystore, "").Required("expected the path of the operator's keystore file").
			Comment("encrypted keystore file of the operator key").
			Doc("operator key: an encrypted go-ethereum keystore file"),
		Path("password_file", &ch.PasswordFile, "").OmitEmpty().Comment(`or password_env = "VAR"`).
			Doc("file holding the keystore password (exactly one of `password_file` and `password_env`; the password is never in this file)"),
		String("password_env", &ch.PasswordEnv, "").Comment(`or password_file = "path"`).
			WhenEmpty(func() string {
				if ch.PasswordFile == "" {
					return `# password_file = "..." or password_env = "..." (one is required)`
				}
				return ""
			}).Doc("environment variable holding the keystore password"),
		Uint("start_block", &ch.StartBlock, 0, 0, 1<<63-1).Comment("first block to scan when the store has no cursor"),
		Amount("max_fee_gwei", &ch.MaxFee, new(big.Int).Mul(big.NewInt(500), gwei), 9, "gwei").Check(func(w *big.Int) string {
			if w == nil || w.Sign() <= 0 {
				return "expected a number of gwei > 0"
			}
			return ""
		}).Comment("EIP-1559 fee cap ceiling").
			Doc("EIP-1559 fee cap ceiling in gwei (the gas price ceiling on chains without a base fee)"),
		Amount("max_tip_gwei", &ch.MaxTip, new(big.Int).Mul(big.NewInt(2), gwei), 9, "gwei").Check(nonNegative("gwei")).
			Comment("priority fee ceiling").Doc("priority fee (tip) ceiling in gwei, at most `max_fee_gwei`"),
		Amount("min_balance_eth", &ch.MinBalance, new(big.Int).Div(ether, big.NewInt(100)), 18, "ether").Check(nonNegative("ether")).
			Comment("below this the node stops sending on this chain").
			Doc("operator balance in ether below which the node stops sending on that chain and is not ready"),
		Uint("max_endpoint_lag", &ch.MaxEndpointLag, 5, 0, MaxEndpointLag).
			Comment("blocks an endpoint may trail the best one").
			Doc("blocks an endpoint may trail the best one before it is skipped"),
		Uint("min_endpoint_agreement", &ch.MinEndpointAgreement, 0, 0, MaxEndpoints).
			Comment("endpoints that must return the same receipt before a vote (0: 2 if >= 2 endpoints)").
			Doc("endpoints that must return the same receipt (same block hash, status and logs) before the node votes on a request; `0`: 2 when two or more endpoints are listed, else 1"),
	}, Rules: []Rule{func(e *Problems) {
		if !ch.Finalized && ch.Confirmations < MinConfirmations && !ch.AllowUnsafeConfirmations {
			e.Addf("%sconfirmations = %d with %sfinalized = false: a request read this shallow can vanish in a reorg after it was paid "+
				"(a double spend); expected %sfinalized = true, or %sconfirmations >= %d, or %sallow_unsafe_confirmations = true on a dev chain",
				p, ch.Confirmations, p, p, p, MinConfirmations, p)
		}
		if n := len(ch.Endpoints); n > 0 && ch.MinEndpointAgreement > n {
			e.Addf("%smin_endpoint_agreement = %d: expected at most the number of %sendpoints (%d)", p, ch.MinEndpointAgreement, p, n)
		}
		if ch.Finalized && ch.Confirmations > 0 {
			e.Addf("%sconfirmations = %d: expected 0 when %sfinalized = true (use one or the other)", p, ch.Confirmations, p)
		}
		switch {
		case ch.PasswordFile == "" && ch.PasswordEnv == "":
			e.Addf("%spassword_file and %spassword_env are both missing: expected one of them", p, p)
		case ch.PasswordFile != "" && ch.PasswordEnv != "":
			e.Addf("%spassword_file and %spassword_env are both set: expected only one of them", p, p)
		case ch.PasswordEnv != "" && !envName.MatchString(ch.PasswordEnv):
			e.Addf("%spassword_env = %q: expected an environment variable name", p, ch.PasswordEnv)
		}
		if ch.MaxTip != nil && ch.MaxTip.Sign() >= 0 && ch.MaxFee != nil && ch.MaxTip.Cmp(ch.MaxFee) > 0 {
			e.Addf("%smax_tip_gwei = %s: expected at most %smax_fee_gwei (%s)", p, gweiString(ch.MaxTip), p, gweiString(ch.MaxFee))
		}
	}}}
}

// show renders a raw TOML value the way it appears in a file.
func show(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		return "{...}"
	}
	return fmt.Sprint(v)
}

func intRange(min, max uint64) string {
	if max == 1<<63-1 {
		return fmt.Sprintf("an integer >= %d", min)
	}
	return fmt.Sprintf("an integer from %d to %d", min, max)
}

// MinConfirmations is the least confirmation depth, in blocks, Validate
// accepts on a chain without finalized = true (unless
// allow_unsafe_confirmations = true). 12 blocks is the depth exchanges
// traditionally waited for on proof-of-work Ethereum; on a chain that
// reports a "finalized" block (post-merge Ethereum, most L2s, BFT chains
// such as Kaia, where it is the head) finalized = true is the safer choice.
const MinConfirmations = 12

// Limits enforced by Validate.
const (
	MaxEndpoints        = 32
	MaxConfirmations    = 10_000
	MaxEndpointLag      = 10_000
	MaxLogRange         = 100_000
	MaxBatchSize        = 100
	MaxRecoveryStride   = 1_000_000
	MaxGasMarginPercent = 1000
	MinFeeBumpPercent   = 10 // go-ethereum's txpool refuses a replacement with a smaller bump
	MaxFeeBumpPercent   = 1000
	MaxAnchorPeriod     = 1_000_000
	MaxCatchup          = 10_000
)

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func gweiString(w *big.Int) string { return weiToDecimal(w, 9) }

func checkEndpoint(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	switch u.Scheme {
	case "ws", "wss", "http", "https":
	default:
		return fmt.Errorf("scheme %q", u.Scheme)
	}
	if u.Host == "" {
		return errors.New("no host")
	}
	return nil
}

func splitListen(s string) (host, port string, err error) {
	host, port, err = net.SplitHostPort(s)
	if err != nil {
		return "", "", err
	}
	var n int
	if _, err := fmt.Sscanf(port, "%d", &n); err != nil || n < 0 || n > 65535 || fmt.Sprint(n) != port {
		return "", "", fmt.Errorf("bad port %q", port)
	}
	return host, port, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ParseAddress parses a 0x-prefixed 20-byte hex address. Mixed-case input
// must carry a valid EIP-55 checksum.
func ParseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return common.Address{}, errors.New("expected a 20-byte hex address")
	}
	a := common.HexToAddress(s)
	hex := s[2:]
	if hex != strings.ToLower(hex) && hex != strings.ToUpper(hex) && a.Hex() != "0x"+hex {
		return common.Address{}, fmt.Errorf("expected a 20-byte hex address with a valid EIP-55 checksum (%s) or in one case", a.Hex())
	}
	return a, nil
}

// CheckFiles checks that the keystore and password files named by both
// chains exist and are regular files, and that a password file is not
// readable by group or other users (as keys.CheckSecretFile, which the node
// applies again when it reads it). Errors name the
// key, the path and, for a password file, its mode.
func (c *Config) CheckFiles() error {
	var e Problems
	for _, ch := range []struct {
		name string
		c    *ChainConfig
	}{{"parent", &c.Parent}, {"child", &c.Child}} {
		for _, f := range []struct{ key, path string }{{"keystore", ch.c.Keystore}, {"password_file", ch.c.PasswordFile}} {
			if f.path == "" {
				continue
			}
			fi, err := os.Stat(f.path)
			switch {
			case err != nil:
				e.Addf("%s.%s = %q: %v", ch.name, f.key, f.path, err)
			case !fi.Mode().IsRegular():
				e.Addf("%s.%s = %q: expected a regular file", ch.name, f.key, f.path)
			case f.key == "password_file" && runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0:
				e.Addf("%s.%s = %q: mode %04o lets group or other users read the password; expected 0600 or stricter (chmod 600 %s)",
					ch.name, f.key, f.path, uint32(fi.Mode().Perm()), f.path)
			}
		}
	}
	return e.Err()
}
