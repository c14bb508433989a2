// Package input is how servicechain reports bad input from a person: a value
// that does not parse, an option missing or given with one it excludes. The
// command line exits with status 2 for such an error (1 for every other); a
// console answers 400. The parsers here turn the text of one option into a
// value, with an error that names the option and the value and says what was
// expected.
//
// Messages name options as the command line spells them (--amount): those
// names are an interface of the project, and other front ends use them for
// their fields too, so a person sees the same words everywhere.
package input

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/units"
)

// Error is bad input: the person has to change what they gave. It wraps the
// cause when there is one (errors.Is and errors.As see through it).
type Error struct{ err error }

// Error returns the message.
func (e *Error) Error() string { return e.err.Error() }

// Unwrap returns the wrapped cause (the formatted error itself when none).
func (e *Error) Unwrap() error { return e.err }

// Errorf returns an *Error with a message formatted as fmt.Errorf does (%w
// wraps).
func Errorf(format string, args ...any) error { return &Error{fmt.Errorf(format, args...)} }

// Is reports whether err is, or wraps, an *Error.
func Is(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

// Address parses option's value s as a 0x-prefixed 20-byte hex address
// (EIP-55 checksum or one case).
func Address(option, s string) (common.Address, error) {
	a, err := config.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return common.Address{}, Errorf("--%s %q: %v", option, s, err)
	}
	return a, nil
}

// Side parses option's value s as a chain: parent or child, and with
// allowAnchor also anchor (the Anchor contract on the parent chain).
func Side(option, s string, allowAnchor bool) (string, error) {
	want := "parent or child"
	if allowAnchor {
		want = "parent, child or anchor"
	}
	switch {
	case s == "parent" || s == "child" || s == "anchor" && allowAnchor:
		return s, nil
	case s == "":
		return "", Errorf("--%s is required: %s", option, want)
	}
	return "", Errorf("--%s %q: expected %s", option, s, want)
}

// Amount parses option's value s as a positive decimal amount of units with
// the given decimals (18 for ether) and returns it in the smallest unit.
func Amount(option, s string, decimals int) (*big.Int, error) {
	v, err := units.Parse(s, decimals)
	if err != nil {
		return nil, Errorf("--%s %q: %v", option, s, err)
	}
	if v.Sign() == 0 {
		return nil, Errorf("--%s %q: expected an amount greater than 0", option, s)
	}
	return v, nil
}

// TokenID parses option's value s as an ERC-721 token id: a decimal or 0x-hex
// uint256.
func TokenID(option, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 0)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, Errorf("--%s %q: expected a non-negative integer (decimal or 0x hex) below 2^256", option, s)
	}
	return v, nil
}

// Threshold checks option's value v as a vote threshold, 1 to 255 (the
// contracts store it in a uint8 and check it against the operator count).
func Threshold(option string, v int) (uint8, error) {
	if v < 1 || v > 255 {
		return 0, Errorf("--%s %d: expected an integer from 1 to 255 (and at most the number of operators)", option, v)
	}
	return uint8(v), nil
}
