package units

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in       string
		decimals int
		want     string // "" = error
	}{
		{"1", 18, "1000000000000000000"},
		{"1.5", 9, "1500000000"},
		{".25", 2, "25"},
		{" 500 ", 0, "500"},
		{"0.000000001", 9, "1"},
		{"0.0000000001", 9, ""},
		{"-1", 18, ""},
		{"1e3", 18, ""},
		{"1,5", 18, ""},
		{"", 18, ""},
		{".", 18, ""},
	} {
		got, err := Parse(tc.in, tc.decimals)
		if tc.want == "" {
			if err == nil {
				t.Errorf("Parse(%q, %d) = %s, want an error", tc.in, tc.decimals, got)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("Parse(%q, %d) = %v, %v; want %s", tc.in, tc.decimals, got, err, tc.want)
		}
	}
	if _, err := Parse("x", 18); !errors.Is(err, ErrSyntax) {
		t.Errorf("Parse(x) error %v: want ErrSyntax", err)
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		v        *big.Int
		decimals int
		want     string
	}{
		{big.NewInt(1500000000), 9, "1.5"},
		{big.NewInt(1), 18, "0.000000000000000001"},
		{big.NewInt(1000), 0, "1000"},
		{big.NewInt(-10), 3, "-0.01"},
		{nil, 18, "?"},
	} {
		if got := Format(tc.v, tc.decimals); got != tc.want {
			t.Errorf("Format(%v, %d) = %q, want %q", tc.v, tc.decimals, got, tc.want)
		}
	}
	for _, s := range []string{"0", "1", "123.456", "0.000001"} {
		v, err := Parse(s, 6)
		if err != nil || Format(v, 6) != s {
			t.Errorf("round trip of %q: %v %v", s, Format(v, 6), err)
		}
	}
}

// TestParseCLICases are the amounts the CLI's --amount flag accepts and refuses.
func TestParseCLICases(t *testing.T) {
	for _, tc := range []struct {
		in   string
		dec  int
		want string
		err  string
	}{
		{"1", 18, "1000000000000000000", ""},
		{"1.5", 18, "1500000000000000000", ""},
		{".25", 2, "25", ""},
		{"1.", 0, "1", ""},
		{"0.000000000000000001", 18, "1", ""},
		{"0.0000000000000000001", 18, "", "more than 18 decimal places"},
		{"1.5", 0, "", "more than 0 decimal places"},
		{"", 18, "", "expected a decimal number"},
		{".", 18, "", "expected a decimal number"},
		{"-1", 18, "", "expected a decimal number"},
		{"1e18", 18, "", "expected a decimal number"},
		{"1,5", 18, "", "expected a decimal number"},
		{"0x10", 18, "", "expected a decimal number"},
	} {
		got, err := Parse(tc.in, tc.dec)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%q, %d) = %v, %v; want error %q", tc.in, tc.dec, got, err, tc.err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("Parse(%q, %d) = %v, %v; want %s", tc.in, tc.dec, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		v    string
		dec  int
		want string
	}{{"1500000000000000000", 18, "1.5"}, {"1", 18, "0.000000000000000001"}, {"0", 18, "0"}, {"1000", 0, "1000"}, {"-25", 2, "-0.25"}} {
		v, _ := new(big.Int).SetString(tc.v, 10)
		if got := Format(v, tc.dec); got != tc.want {
			t.Errorf("Format(%s, %d) = %s, want %s", tc.v, tc.dec, got, tc.want)
		}
	}
}
