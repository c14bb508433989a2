package config

import (
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Encode renders c as a commented bridge.toml that Parse reads back into an
// equal Config (Schema().Encode). Paths are written as they are in c (keep
// them relative for a portable file). It does not validate; call Validate
// first to be sure the file will load. The error is always nil (kept for
// callers that write files).
func (c *Config) Encode() ([]byte, error) { return c.Schema().Encode(), nil }

// WriteFile writes c.Encode() to path with mode 0600. An existing file is
// an error unless overwrite is true.
func (c *Config) WriteFile(path string, overwrite bool) error {
	return WriteFile(path, c.Schema().Encode(), overwrite)
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
