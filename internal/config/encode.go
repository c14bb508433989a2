package config

import (
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Encode renders c as a commented bridge.toml that Parse reads back into an
// equal Config. Paths are written as they are in c (keep them relative for a
// portable file). It does not validate; call Validate first to be sure the
// file will load.
func (c *Config) Encode() ([]byte, error) {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	kv := func(key, value, comment string) {
		line := key + " = " + value
		if comment != "" {
			line += strings.Repeat(" ", max(1, 36-len(line))) + "# " + comment
		}
		b.WriteString(line + "\n")
	}

	w("# servicechain bridge node configuration (one operator).\n")
	w("# Relative paths are relative to this file's directory.\n\n")
	w("[node]\n")
	kv("name", quote(c.Node.Name), "label in logs and metrics")
	kv("datadir", quote(c.Node.DataDir), "the store file is <datadir>/"+StoreFileName)
	kv("log_level", quote(c.Node.LogLevel), "debug | info | warn | error")
	kv("log_format", quote(c.Node.LogFormat), "text | json")
	for _, ch := range []struct {
		name string
		c    *ChainConfig
	}{{"parent", &c.Parent}, {"child", &c.Child}} {
		k := ch.c
		w("\n[%s]\n", ch.name)
		eps := make([]string, len(k.Endpoints))
		for i, e := range k.Endpoints {
			eps[i] = quote(e)
		}
		kv("endpoints", "["+strings.Join(eps, ", ")+"]", "JSON-RPC URLs (ws, wss, http, https), tried in order")
		kv("chain_id", fmt.Sprint(k.ChainID), "required")
		kv("confirmations", fmt.Sprint(k.Confirmations), "blocks a request must be deep before it is read")
		kv("finalized", fmt.Sprint(k.Finalized), "true: read up to the \"finalized\" block instead")
		kv("bridge", quote(addr(k.Bridge)), "Bridge contract")
		if k.Anchor != (common.Address{}) || ch.name == "parent" {
			if k.Anchor == (common.Address{}) {
				kv("# anchor", `"0x..."`, "Anchor contract; required when anchoring.enabled = true")
			} else {
				kv("anchor", quote(addr(k.Anchor)), "Anchor contract")
			}
		}
		kv("keystore", quote(k.Keystore), "encrypted keystore file of the operator key")
		if k.PasswordFile != "" {
			kv("password_file", quote(k.PasswordFile), "or password_env = \"VAR\"")
		}
		if k.PasswordEnv != "" {
			kv("password_env", quote(k.PasswordEnv), "or password_file = \"path\"")
		}
		if k.PasswordFile == "" && k.PasswordEnv == "" {
			w("# password_file = \"...\" or password_env = \"...\" (one is required)\n")
		}
		kv("start_block", fmt.Sprint(k.StartBlock), "first block to scan when the store has no cursor")
		kv("max_fee_gwei", amountLit(k.MaxFee, 9), "EIP-1559 fee cap ceiling")
		kv("max_tip_gwei", amountLit(k.MaxTip, 9), "priority fee ceiling")
		kv("min_balance_eth", amountLit(k.MinBalance, 18), "below this the node stops sending on this chain")
		kv("max_endpoint_lag", fmt.Sprint(k.MaxEndpointLag), "blocks an endpoint may trail the best one")
	}
	br := c.Bridge
	w("\n[bridge]\n")
	kv("poll_interval", dur(br.PollInterval), "how often heads and logs are polled")
	kv("log_range", fmt.Sprint(br.LogRange), "blocks per eth_getLogs")
	kv("batch_size", fmt.Sprint(br.BatchSize), "max votes per tx (1 = no batching)")
	kv("recovery_interval", dur(br.RecoveryInterval), "how often the nonce gap is checked")
	kv("recovery_stride", fmt.Sprint(br.RecoveryStride), "blocks per recovery re-read")
	kv("gas_margin_percent", fmt.Sprint(br.GasMarginPercent), "added to gas estimates")
	kv("resubmit_after", dur(br.ResubmitAfter), "resend an unmined tx with a fee bump after this")
	kv("fee_bump_percent", fmt.Sprint(br.FeeBumpPercent), fmt.Sprintf(">= %d", MinFeeBumpPercent))
	kv("vote_grace", dur(br.VoteGrace), "non-designated operators vote after this (0: all at once)")
	a := c.Anchoring
	w("\n[anchoring]\n")
	kv("enabled", fmt.Sprint(a.Enabled), "anchor child blocks on the parent chain")
	kv("period", fmt.Sprint(a.Period), "child blocks per anchor")
	kv("grace", dur(a.Grace), "others anchor a missing period after this")
	kv("max_catchup", fmt.Sprint(a.MaxCatchup), "periods per round")
	w("\n[metrics]\n")
	kv("listen", quote(c.Metrics.Listen), "Prometheus /metrics, /healthz, /readyz; \"\" disables")
	w("\n[admin]\n")
	kv("listen", quote(c.Admin.Listen), "admin JSON-RPC; loopback only; \"\" disables")
	w("\n[readiness]\n")
	kv("max_head_lag", dur(c.Readiness.MaxHeadLag), "a chain whose latest block is older than this is not ready")
	kv("max_request_age", dur(c.Readiness.MaxRequestAge), "oldest open request older than this: not ready")
	return []byte(b.String()), nil
}

// WriteFile writes c.Encode() to path with mode 0600. An existing file is
// an error unless overwrite is true.
func (c *Config) WriteFile(path string, overwrite bool) error {
	data, err := c.Encode()
	if err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !overwrite {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("config: %s already exists", path)
		}
		return fmt.Errorf("config: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("config: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("config: write %s: %w", path, err)
	}
	return nil
}

func addr(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

// dur formats d compactly ("5m", "1h30m", "250ms") as a TOML string.
func dur(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return quote(s)
}

// amountLit writes wei as a TOML float of units (10^decimals wei) when a
// float64 carries it exactly, else as a decimal string (Parse accepts both).
func amountLit(w *big.Int, decimals int) string {
	if w == nil {
		return "0.0"
	}
	s := weiToDecimal(w, decimals)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || formatFloat(f) != s {
		return quote(s)
	}
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// quote renders s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
