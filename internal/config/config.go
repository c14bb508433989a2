// Package config reads, validates and writes bridge.toml, the configuration
// of one bridge node (one operator).
//
// Every key has a default except the per-chain endpoints, chain_id, bridge,
// keystore and one of password_file/password_env. Unknown keys are errors.
// Every error names the key path and what was expected, for example
//
//	config: bridge.batch_size = 0: expected an integer from 1 to 100
//
// Parse and Load report all problems at once, one per line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
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
	Metrics   ListenConfig    // [metrics]
	Admin     ListenConfig    // [admin]
	Readiness ReadinessConfig // [readiness]
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
	// read; 0 reads the head. Not combined with Finalized.
	Confirmations uint64
	// Finalized reads up to the chain's "finalized" block instead.
	Finalized bool
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
}

// AnchoringConfig is the [anchoring] table.
type AnchoringConfig struct {
	Enabled    bool          // anchoring.enabled
	Period     uint64        // anchoring.period: child blocks per anchor
	Grace      time.Duration // anchoring.grace: others anchor a missing period after this
	MaxCatchup uint64        // anchoring.max_catchup: periods per round
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
	chain := func() ChainConfig {
		return ChainConfig{
			MaxFee:         new(big.Int).Mul(big.NewInt(500), gwei),
			MaxTip:         new(big.Int).Mul(big.NewInt(2), gwei),
			MinBalance:     new(big.Int).Div(ether, big.NewInt(100)),
			MaxEndpointLag: 5,
		}
	}
	return &Config{
		Node:   NodeConfig{Name: "bridge", DataDir: "data", LogLevel: "info", LogFormat: "text"},
		Parent: chain(),
		Child:  chain(),
		Bridge: BridgeConfig{
			PollInterval:     time.Second,
			LogRange:         1000,
			BatchSize:        10,
			RecoveryInterval: 5 * time.Second,
			RecoveryStride:   5000,
			GasMarginPercent: 20,
			ResubmitAfter:    15 * time.Second,
			FeeBumpPercent:   15,
			VoteGrace:        3 * time.Second,
		},
		Anchoring: AnchoringConfig{Period: 10, Grace: 15 * time.Second, MaxCatchup: 100},
		Metrics:   ListenConfig{Listen: "127.0.0.1:0"},
		Admin:     ListenConfig{Listen: "127.0.0.1:0"},
		Readiness: ReadinessConfig{MaxHeadLag: 30 * time.Second, MaxRequestAge: 5 * time.Minute},
	}
}

// Load reads and parses the file at path; relative paths in it are resolved
// against the file's directory. Errors name path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data, filepath.Dir(abs))
	if err != nil {
		return nil, fmt.Errorf("%w\n(in %s)", err, path)
	}
	return c, nil
}

// ---- raw file layout ----

// Scalar values are decoded as `any` so that type errors get the same
// "key = value: expected ..." messages as range errors.
type rawFile struct {
	Node      rawNode      `toml:"node"`
	Parent    rawChain     `toml:"parent"`
	Child     rawChain     `toml:"child"`
	Bridge    rawBridge    `toml:"bridge"`
	Anchoring rawAnchoring `toml:"anchoring"`
	Metrics   rawListen    `toml:"metrics"`
	Admin     rawListen    `toml:"admin"`
	Readiness rawReadiness `toml:"readiness"`
}

type rawNode struct {
	Name      any `toml:"name"`
	DataDir   any `toml:"datadir"`
	LogLevel  any `toml:"log_level"`
	LogFormat any `toml:"log_format"`
}

type rawChain struct {
	Endpoints      any `toml:"endpoints"`
	ChainID        any `toml:"chain_id"`
	Confirmations  any `toml:"confirmations"`
	Finalized      any `toml:"finalized"`
	Bridge         any `toml:"bridge"`
	Anchor         any `toml:"anchor"`
	Keystore       any `toml:"keystore"`
	PasswordFile   any `toml:"password_file"`
	PasswordEnv    any `toml:"password_env"`
	StartBlock     any `toml:"start_block"`
	MaxFeeGwei     any `toml:"max_fee_gwei"`
	MaxTipGwei     any `toml:"max_tip_gwei"`
	MinBalanceEth  any `toml:"min_balance_eth"`
	MaxEndpointLag any `toml:"max_endpoint_lag"`
}

type rawBridge struct {
	PollInterval     any `toml:"poll_interval"`
	LogRange         any `toml:"log_range"`
	BatchSize        any `toml:"batch_size"`
	RecoveryInterval any `toml:"recovery_interval"`
	RecoveryStride   any `toml:"recovery_stride"`
	GasMarginPercent any `toml:"gas_margin_percent"`
	ResubmitAfter    any `toml:"resubmit_after"`
	FeeBumpPercent   any `toml:"fee_bump_percent"`
	VoteGrace        any `toml:"vote_grace"`
}

type rawAnchoring struct {
	Enabled    any `toml:"enabled"`
	Period     any `toml:"period"`
	Grace      any `toml:"grace"`
	MaxCatchup any `toml:"max_catchup"`
}

type rawListen struct {
	Listen any `toml:"listen"`
}

type rawReadiness struct {
	MaxHeadLag    any `toml:"max_head_lag"`
	MaxRequestAge any `toml:"max_request_age"`
}

// errList collects "config: ..." errors.
type errList []error

func (e *errList) addf(format string, args ...any) {
	*e = append(*e, fmt.Errorf("config: "+format, args...))
}

func (e errList) err() error {
	if len(e) == 0 {
		return nil
	}
	return errors.Join(e...)
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

// decoder converts raw values into typed ones, recording type errors.
type decoder struct{ errs *errList }

func (d decoder) str(key string, v any, dst *string) {
	if v == nil {
		return
	}
	s, ok := v.(string)
	if !ok {
		d.errs.addf("%s = %s: expected a string", key, show(v))
		return
	}
	*dst = s
}

func (d decoder) boolean(key string, v any, dst *bool) {
	if v == nil {
		return
	}
	b, ok := v.(bool)
	if !ok {
		d.errs.addf("%s = %s: expected true or false", key, show(v))
		return
	}
	*dst = b
}

// uint decodes a non-negative integer no larger than max; expect describes
// the accepted range for messages.
func (d decoder) uint(key string, v any, dst *uint64, min, max uint64) {
	if v == nil {
		return
	}
	n, ok := v.(int64)
	if !ok || n < 0 || uint64(n) < min || uint64(n) > max {
		d.errs.addf("%s = %s: expected %s", key, show(v), intRange(min, max))
		return
	}
	*dst = uint64(n)
}

func intRange(min, max uint64) string {
	if max == 1<<63-1 {
		return fmt.Sprintf("an integer >= %d", min)
	}
	return fmt.Sprintf("an integer from %d to %d", min, max)
}

func (d decoder) duration(key string, v any, dst *time.Duration) {
	if v == nil {
		return
	}
	s, ok := v.(string)
	var dur time.Duration
	var err error
	if ok {
		dur, err = time.ParseDuration(s)
	}
	if !ok || err != nil {
		d.errs.addf(`%s = %s: expected a duration string like "1s", "500ms" or "5m"`, key, show(v))
		return
	}
	*dst = dur
}

func (d decoder) address(key string, v any, dst *common.Address) {
	if v == nil {
		return
	}
	s, ok := v.(string)
	if !ok {
		d.errs.addf("%s = %s: expected a 20-byte hex address", key, show(v))
		return
	}
	a, err := ParseAddress(s)
	if err != nil {
		d.errs.addf("%s = %s: %v", key, show(v), err)
		return
	}
	*dst = a
}

// amount decodes a decimal number of units (gwei: decimals=9, ether: 18)
// into wei.
func (d decoder) amount(key string, v any, dst **big.Int, decimals int, unit string) {
	if v == nil {
		return
	}
	var s string
	switch x := v.(type) {
	case int64:
		s = fmt.Sprint(x)
	case float64:
		s = formatFloat(x)
	case string:
		s = x
	default:
		d.errs.addf("%s = %s: expected a number of %s", key, show(v), unit)
		return
	}
	w, err := decimalToWei(s, decimals)
	if err != nil {
		d.errs.addf("%s = %s: expected a number of %s >= 0 with at most %d decimals", key, show(v), unit, decimals)
		return
	}
	*dst = w
}

func (d decoder) strings(key string, v any, dst *[]string) {
	if v == nil {
		return
	}
	list, ok := v.([]any)
	if !ok {
		d.errs.addf("%s = %s: expected a list of strings", key, show(v))
		return
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			d.errs.addf("%s[%d] = %s: expected a string", key, i, show(e))
			return
		}
		out = append(out, s)
	}
	*dst = out
}

// Parse parses bridge.toml content, applies defaults for missing keys,
// resolves relative paths (node.datadir, keystore, password_file) against
// baseDir when it is not "", and validates the result (see Validate). The
// error lists every problem found, one per line.
func Parse(data []byte, baseDir string) (*Config, error) {
	var raw rawFile
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&raw)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var errs errList
	if und := md.Undecoded(); len(und) > 0 {
		seen := map[string]bool{}
		for _, k := range und {
			key := k.String()
			if p := parentKey(k); p != "" && seen[p] {
				seen[key] = true
				continue
			}
			seen[key] = true
			if len(k) == 1 {
				errs.addf("unknown table or key %q", key)
			} else {
				errs.addf("unknown key %q", key)
			}
		}
	}
	c := Default()
	d := decoder{&errs}
	d.str("node.name", raw.Node.Name, &c.Node.Name)
	d.str("node.datadir", raw.Node.DataDir, &c.Node.DataDir)
	d.str("node.log_level", raw.Node.LogLevel, &c.Node.LogLevel)
	d.str("node.log_format", raw.Node.LogFormat, &c.Node.LogFormat)
	for _, ch := range []struct {
		name string
		raw  *rawChain
		dst  *ChainConfig
	}{{"parent", &raw.Parent, &c.Parent}, {"child", &raw.Child, &c.Child}} {
		r, dst, p := ch.raw, ch.dst, ch.name+"."
		d.strings(p+"endpoints", r.Endpoints, &dst.Endpoints)
		d.uint(p+"chain_id", r.ChainID, &dst.ChainID, 1, 1<<63-1)
		d.uint(p+"confirmations", r.Confirmations, &dst.Confirmations, 0, MaxConfirmations)
		d.boolean(p+"finalized", r.Finalized, &dst.Finalized)
		d.address(p+"bridge", r.Bridge, &dst.Bridge)
		d.address(p+"anchor", r.Anchor, &dst.Anchor)
		d.str(p+"keystore", r.Keystore, &dst.Keystore)
		d.str(p+"password_file", r.PasswordFile, &dst.PasswordFile)
		d.str(p+"password_env", r.PasswordEnv, &dst.PasswordEnv)
		d.uint(p+"start_block", r.StartBlock, &dst.StartBlock, 0, 1<<63-1)
		d.amount(p+"max_fee_gwei", r.MaxFeeGwei, &dst.MaxFee, 9, "gwei")
		d.amount(p+"max_tip_gwei", r.MaxTipGwei, &dst.MaxTip, 9, "gwei")
		d.amount(p+"min_balance_eth", r.MinBalanceEth, &dst.MinBalance, 18, "ether")
		d.uint(p+"max_endpoint_lag", r.MaxEndpointLag, &dst.MaxEndpointLag, 0, MaxEndpointLag)
	}
	var batch uint64 = uint64(c.Bridge.BatchSize)
	d.duration("bridge.poll_interval", raw.Bridge.PollInterval, &c.Bridge.PollInterval)
	d.uint("bridge.log_range", raw.Bridge.LogRange, &c.Bridge.LogRange, 1, MaxLogRange)
	d.uint("bridge.batch_size", raw.Bridge.BatchSize, &batch, 1, MaxBatchSize)
	c.Bridge.BatchSize = int(batch)
	d.duration("bridge.recovery_interval", raw.Bridge.RecoveryInterval, &c.Bridge.RecoveryInterval)
	d.uint("bridge.recovery_stride", raw.Bridge.RecoveryStride, &c.Bridge.RecoveryStride, 1, MaxRecoveryStride)
	d.uint("bridge.gas_margin_percent", raw.Bridge.GasMarginPercent, &c.Bridge.GasMarginPercent, 0, MaxGasMarginPercent)
	d.duration("bridge.resubmit_after", raw.Bridge.ResubmitAfter, &c.Bridge.ResubmitAfter)
	d.uint("bridge.fee_bump_percent", raw.Bridge.FeeBumpPercent, &c.Bridge.FeeBumpPercent, MinFeeBumpPercent, MaxFeeBumpPercent)
	d.duration("bridge.vote_grace", raw.Bridge.VoteGrace, &c.Bridge.VoteGrace)
	d.boolean("anchoring.enabled", raw.Anchoring.Enabled, &c.Anchoring.Enabled)
	d.uint("anchoring.period", raw.Anchoring.Period, &c.Anchoring.Period, 1, MaxAnchorPeriod)
	d.duration("anchoring.grace", raw.Anchoring.Grace, &c.Anchoring.Grace)
	d.uint("anchoring.max_catchup", raw.Anchoring.MaxCatchup, &c.Anchoring.MaxCatchup, 1, MaxCatchup)
	d.str("metrics.listen", raw.Metrics.Listen, &c.Metrics.Listen)
	d.str("admin.listen", raw.Admin.Listen, &c.Admin.Listen)
	d.duration("readiness.max_head_lag", raw.Readiness.MaxHeadLag, &c.Readiness.MaxHeadLag)
	d.duration("readiness.max_request_age", raw.Readiness.MaxRequestAge, &c.Readiness.MaxRequestAge)

	// Range checks of values that decoded, without repeating type errors.
	failed := map[string]bool{}
	for _, e := range errs {
		if k := errKey(e); k != "" {
			failed[k] = true
		}
	}
	for _, e := range c.validate() {
		if k := errKey(e); k == "" || !failed[k] {
			errs = append(errs, e)
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	if baseDir != "" {
		c.ResolvePaths(baseDir)
	}
	return c, nil
}

func parentKey(k toml.Key) string {
	if len(k) < 2 {
		return ""
	}
	return k[:len(k)-1].String()
}

// errKey extracts the key path from "config: key = ..." or "config: key[...".
func errKey(e error) string {
	s := strings.TrimPrefix(e.Error(), "config: ")
	if i := strings.IndexAny(s, " [:"); i > 0 {
		return s[:i]
	}
	return ""
}

// ResolvePaths makes the relative paths node.datadir, keystore and
// password_file of both chains absolute against baseDir.
func (c *Config) ResolvePaths(baseDir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(baseDir, *p)
		}
	}
	abs(&c.Node.DataDir)
	for _, ch := range []*ChainConfig{&c.Parent, &c.Child} {
		abs(&ch.Keystore)
		abs(&ch.PasswordFile)
	}
}

// Limits enforced by Validate.
const (
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

// Validate checks every value of c and returns all problems, one per line,
// each naming the key path and what was expected. It does not touch the file
// system (see CheckFiles).
func (c *Config) Validate() error {
	return errList(c.validate()).err()
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func (c *Config) validate() errList {
	var e errList
	n := c.Node
	if strings.TrimSpace(n.Name) == "" {
		e.addf("node.name = %q: expected a non-empty name", n.Name)
	}
	if n.DataDir == "" {
		e.addf(`node.datadir = "": expected a directory path`)
	}
	switch n.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		e.addf("node.log_level = %q: expected debug, info, warn or error", n.LogLevel)
	}
	switch n.LogFormat {
	case "text", "json":
	default:
		e.addf("node.log_format = %q: expected text or json", n.LogFormat)
	}
	c.validateChain(&e, "parent", &c.Parent)
	c.validateChain(&e, "child", &c.Child)
	if c.Parent.ChainID != 0 && c.Parent.ChainID == c.Child.ChainID {
		e.addf("child.chain_id = %d: same as parent.chain_id; expected two different chains", c.Child.ChainID)
	}
	if c.Child.Anchor != (common.Address{}) {
		e.addf("child.anchor = %q: the Anchor contract lives on the parent chain; expected no child.anchor", c.Child.Anchor.Hex())
	}
	if c.Anchoring.Enabled && c.Parent.Anchor == (common.Address{}) {
		e.addf("parent.anchor is missing: expected the Anchor contract address when anchoring.enabled = true")
	}

	b := c.Bridge
	durationIn(&e, "bridge.poll_interval", b.PollInterval, 10*time.Millisecond, time.Hour)
	uintIn(&e, "bridge.log_range", b.LogRange, 1, MaxLogRange)
	if b.BatchSize < 1 || b.BatchSize > MaxBatchSize {
		e.addf("bridge.batch_size = %d: expected %s", b.BatchSize, intRange(1, MaxBatchSize))
	}
	durationIn(&e, "bridge.recovery_interval", b.RecoveryInterval, 100*time.Millisecond, time.Hour)
	uintIn(&e, "bridge.recovery_stride", b.RecoveryStride, 1, MaxRecoveryStride)
	uintIn(&e, "bridge.gas_margin_percent", b.GasMarginPercent, 0, MaxGasMarginPercent)
	durationIn(&e, "bridge.resubmit_after", b.ResubmitAfter, time.Second, time.Hour)
	uintIn(&e, "bridge.fee_bump_percent", b.FeeBumpPercent, MinFeeBumpPercent, MaxFeeBumpPercent)
	durationIn(&e, "bridge.vote_grace", b.VoteGrace, 0, time.Hour)

	a := c.Anchoring
	uintIn(&e, "anchoring.period", a.Period, 1, MaxAnchorPeriod)
	durationIn(&e, "anchoring.grace", a.Grace, 0, time.Hour)
	uintIn(&e, "anchoring.max_catchup", a.MaxCatchup, 1, MaxCatchup)

	if l := c.Metrics.Listen; l != "" {
		if _, _, err := splitListen(l); err != nil {
			e.addf(`metrics.listen = %q: expected host:port (port 0 = any free port) or "" to disable`, l)
		}
	}
	if l := c.Admin.Listen; l != "" {
		host, _, err := splitListen(l)
		if err != nil || !isLoopback(host) {
			e.addf(`admin.listen = %q: expected a loopback host:port such as "127.0.0.1:8650" (port 0 = any free port), or "" to disable`, l)
		}
	}
	durationIn(&e, "readiness.max_head_lag", c.Readiness.MaxHeadLag, time.Second, 24*time.Hour)
	durationIn(&e, "readiness.max_request_age", c.Readiness.MaxRequestAge, time.Second, 30*24*time.Hour)
	return e
}

func (c *Config) validateChain(e *errList, name string, ch *ChainConfig) {
	p := name + "."
	if len(ch.Endpoints) == 0 {
		e.addf("%sendpoints is missing: expected a list of ws://, wss://, http:// or https:// URLs", p)
	}
	for i, ep := range ch.Endpoints {
		if err := checkEndpoint(ep); err != nil {
			e.addf("%sendpoints[%d] = %q: expected a ws://, wss://, http:// or https:// URL", p, i, ep)
		}
	}
	if ch.ChainID == 0 {
		e.addf("%schain_id = 0: expected the chain id, an integer >= 1 (required)", p)
	}
	uintIn(e, p+"confirmations", ch.Confirmations, 0, MaxConfirmations)
	if ch.Finalized && ch.Confirmations > 0 {
		e.addf("%sconfirmations = %d: expected 0 when %sfinalized = true (use one or the other)", p, ch.Confirmations, p)
	}
	if ch.Bridge == (common.Address{}) {
		e.addf("%sbridge is missing: expected a 20-byte hex address of the Bridge contract", p)
	}
	if ch.Keystore == "" {
		e.addf("%skeystore is missing: expected the path of the operator's keystore file", p)
	}
	switch {
	case ch.PasswordFile == "" && ch.PasswordEnv == "":
		e.addf("%spassword_file and %spassword_env are both missing: expected one of them", p, p)
	case ch.PasswordFile != "" && ch.PasswordEnv != "":
		e.addf("%spassword_file and %spassword_env are both set: expected only one of them", p, p)
	case ch.PasswordEnv != "" && !envName.MatchString(ch.PasswordEnv):
		e.addf("%spassword_env = %q: expected an environment variable name", p, ch.PasswordEnv)
	}
	if ch.MaxFee == nil || ch.MaxFee.Sign() <= 0 {
		e.addf("%smax_fee_gwei = %s: expected a number of gwei > 0", p, gweiString(ch.MaxFee))
	}
	if ch.MaxTip == nil || ch.MaxTip.Sign() < 0 {
		e.addf("%smax_tip_gwei = %s: expected a number of gwei >= 0", p, gweiString(ch.MaxTip))
	} else if ch.MaxFee != nil && ch.MaxTip.Cmp(ch.MaxFee) > 0 {
		e.addf("%smax_tip_gwei = %s: expected at most %smax_fee_gwei (%s)", p, gweiString(ch.MaxTip), p, gweiString(ch.MaxFee))
	}
	if ch.MinBalance == nil || ch.MinBalance.Sign() < 0 {
		e.addf("%smin_balance_eth = %s: expected a number of ether >= 0", p, weiToDecimal(ch.MinBalance, 18))
	}
	uintIn(e, p+"max_endpoint_lag", ch.MaxEndpointLag, 0, MaxEndpointLag)
}

func gweiString(w *big.Int) string { return weiToDecimal(w, 9) }

func uintIn(e *errList, key string, v, min, max uint64) {
	if v < min || v > max {
		e.addf("%s = %d: expected %s", key, v, intRange(min, max))
	}
}

func durationIn(e *errList, key string, v, min, max time.Duration) {
	if v < min || v > max {
		e.addf("%s = %q: expected a duration from %v to %v", key, v.String(), min, max)
	}
}

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
// chains exist and are regular files. Errors name the key and the path.
func (c *Config) CheckFiles() error {
	var e errList
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
				e.addf("%s.%s = %q: %v", ch.name, f.key, f.path, err)
			case !fi.Mode().IsRegular():
				e.addf("%s.%s = %q: expected a regular file", ch.name, f.key, f.path)
			}
		}
	}
	return e.err()
}
