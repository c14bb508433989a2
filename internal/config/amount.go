package config

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// decimalToWei converts a non-negative decimal string ("500", "0.01") in a
// unit of 10^decimals wei into wei. More fractional digits than decimals is
// an error.
func decimalToWei(s string, decimals int) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "." {
		return nil, errors.New("empty amount")
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if intPart == "" {
		intPart = "0"
	}
	if len(frac) > decimals || !allDigits(intPart) || !allDigits(frac) {
		return nil, errors.New("bad amount")
	}
	frac += strings.Repeat("0", decimals-len(frac))
	w, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return nil, errors.New("bad amount")
	}
	return w, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// weiToDecimal formats wei in units of 10^decimals wei, without trailing
// zeros ("0.01", "500"); "missing" for nil.
func weiToDecimal(w *big.Int, decimals int) string {
	if w == nil {
		return "missing"
	}
	neg := w.Sign() < 0
	digits := new(big.Int).Abs(w).String()
	if len(digits) <= decimals {
		digits = strings.Repeat("0", decimals-len(digits)+1) + digits
	}
	intPart, frac := digits[:len(digits)-decimals], strings.TrimRight(digits[len(digits)-decimals:], "0")
	out := intPart
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// GweiToWei converts a decimal number of gwei ("1.5") into wei.
func GweiToWei(gwei string) (*big.Int, error) { return decimalToWei(gwei, 9) }

// EtherToWei converts a decimal number of ether ("0.01") into wei.
func EtherToWei(eth string) (*big.Int, error) { return decimalToWei(eth, 18) }

// WeiToGwei formats wei as a decimal number of gwei ("1.5").
func WeiToGwei(wei *big.Int) string { return weiToDecimal(wei, 9) }

// WeiToEther formats wei as a decimal number of ether ("0.01").
func WeiToEther(wei *big.Int) string { return weiToDecimal(wei, 18) }
