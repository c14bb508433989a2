package input

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestErrorf(t *testing.T) {
	err := Errorf("--x %q: %w", "v", io.EOF)
	if !Is(err) || !errors.Is(err, io.EOF) || err.Error() != `--x "v": EOF` {
		t.Fatalf("Errorf: %v (Is %v)", err, Is(err))
	}
	if wrapped := fmt.Errorf("outer: %w", err); !Is(wrapped) {
		t.Errorf("Is does not see through a wrapping error")
	}
	if Is(io.EOF) || Is(nil) {
		t.Errorf("Is reports a plain error as input")
	}
}

func TestParsers(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want string // "" = no error
	}{
		{"address ok", second(Address("to", "0x903A862693363F668704771D1a74D9F36Ea4D480")), ""},
		{"address lower", second(Address("to", " 0x903a862693363f668704771d1a74d9f36ea4d480 ")), ""},
		{"address short", second(Address("to", "0x12")), `--to "0x12": expected a 20-byte hex address`},
		{"address no 0x", second(Address("to", "903A862693363F668704771D1a74D9F36Ea4D480")), `--to "903A862693363F668704771D1a74D9F36Ea4D480": expected a 20-byte hex address`},
		{"address checksum", second(Address("to", "0x903a862693363F668704771D1a74D9F36Ea4D480")), "valid EIP-55 checksum (0x903A862693363F668704771D1a74D9F36Ea4D480)"},
		{"side ok", second(Side("from", "child", false)), ""},
		{"side anchor ok", second(Side("chain", "anchor", true)), ""},
		{"side anchor refused", second(Side("from", "anchor", false)), `--from "anchor": expected parent or child`},
		{"side missing", second(Side("chain", "", true)), "--chain is required: parent, child or anchor"},
		{"side bad", second(Side("chain", "middle", true)), `--chain "middle": expected parent, child or anchor`},
		{"amount ok", second(Amount("amount", "1.5", 18)), ""},
		{"amount zero", second(Amount("amount", "0.0", 18)), `--amount "0.0": expected an amount greater than 0`},
		{"amount syntax", second(Amount("amount", "1e3", 18)), `--amount "1e3": expected a decimal number`},
		{"amount places", second(Amount("amount", "0.001", 2)), "more than 2 decimal places"},
		{"token id hex", second(TokenID("token-id", "0xff")), ""},
		{"token id negative", second(TokenID("token-id", "-1")), `--token-id "-1": expected a non-negative integer`},
		{"token id too big", second(TokenID("token-id", "0x1"+strings.Repeat("0", 64))), "below 2^256"},
		{"threshold ok", second(Threshold("threshold", 255)), ""},
		{"threshold 0", second(Threshold("threshold", 0)), "--threshold 0: expected an integer from 1 to 255"},
		{"threshold 256", second(Threshold("threshold", 256)), "--threshold 256: expected an integer from 1 to 255"},
	} {
		switch {
		case tc.want == "" && tc.err != nil:
			t.Errorf("%s: unexpected error %v", tc.name, tc.err)
		case tc.want != "" && (tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) || !Is(tc.err)):
			t.Errorf("%s: error %v, want an input error containing %q", tc.name, tc.err, tc.want)
		}
	}
	if v, _ := Amount("amount", "1.5", 18); v.String() != "1500000000000000000" {
		t.Errorf("Amount 1.5 ether = %s wei", v)
	}
	if v, _ := TokenID("token-id", "0x10"); v.Int64() != 16 {
		t.Errorf("TokenID 0x10 = %s", v)
	}
}

func second[T any](_ T, err error) error { return err }
