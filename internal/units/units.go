// Package units converts between decimal amounts as people write them ("1.5",
// ".25", "500") and integer amounts in a token's smallest unit (wei for the
// native coin, 10^-decimals of an ERC-20 token). It is the one place that does
// this for configuration values (gwei, ether) and the CLI (token amounts).
package units

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Decimals of the native coin's common units, in powers of ten of wei.
const (
	// Gwei is 10^9 wei (EIP-1559 fee caps and tips are usually written in gwei).
	Gwei = 9
	// Ether is 10^18 wei.
	Ether = 18
)

// ErrSyntax is returned (wrapped) by Parse for a string that is not a
// non-negative decimal number.
var ErrSyntax = errors.New("expected a decimal number such as 1 or 1.5")

// Parse converts a non-negative decimal string ("1", "1.5", ".25") in units of
// 10^decimals of the smallest unit into the smallest unit. Surrounding spaces
// are ignored. Signs, exponents, separators and more fractional digits than
// decimals are refused: ErrSyntax, or an error that names the decimal places.
func Parse(s string, decimals int) (*big.Int, error) {
	s = strings.TrimSpace(s)
	intPart, frac, _ := strings.Cut(s, ".")
	if intPart == "" && frac == "" || !digitsOnly(intPart) || !digitsOnly(frac) {
		return nil, ErrSyntax
	}
	if len(frac) > decimals {
		return nil, fmt.Errorf("more than %d decimal places", decimals)
	}
	if intPart == "" {
		intPart = "0"
	}
	v, ok := new(big.Int).SetString(intPart+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok {
		return nil, ErrSyntax
	}
	return v, nil
}

// Format renders v smallest units as a decimal number in units of
// 10^decimals, without trailing zeros ("1.5", "1000", "-0.01"); nil renders as
// "?".
func Format(v *big.Int, decimals int) string {
	if v == nil {
		return "?"
	}
	neg := v.Sign() < 0
	digits := new(big.Int).Abs(v).String()
	if len(digits) <= decimals {
		digits = strings.Repeat("0", decimals-len(digits)+1) + digits
	}
	out := digits[:len(digits)-decimals]
	if frac := strings.TrimRight(digits[len(digits)-decimals:], "0"); frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
