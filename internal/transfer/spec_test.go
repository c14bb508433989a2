package transfer

import (
	"strings"
	"testing"
	"time"

	"github.com/servicechain/servicechain/internal/input"
)

func TestSpecCheck(t *testing.T) {
	str := func(s string) *string { return &s }
	const tok = "0x903A862693363F668704771D1a74D9F36Ea4D480"
	native := Spec{From: "parent", Native: true, Amount: "1.5", Timeout: time.Minute}
	with := func(f func(*Spec)) Spec { s := native; f(&s); return s }
	for _, tc := range []struct {
		name string
		s    Spec
		want string // "" = valid
	}{
		{"native", native, ""},
		{"erc20", Spec{From: "child", ERC20: str(tok), Amount: "100.25", OneStep: true, Timeout: time.Second}, ""},
		{"erc721 mint", Spec{From: "parent", ERC721: str(tok), TokenID: "0x07", Mint: true, TokenURI: "u", To: str(tok), Timeout: time.Second}, ""},
		{"from missing", with(func(s *Spec) { s.From = "" }), "--from is required: parent or child"},
		{"from bad", with(func(s *Spec) { s.From = "anchor" }), `--from "anchor": expected parent or child`},
		{"nothing", with(func(s *Spec) { s.Native = false }), "say what to transfer: --native, --erc20 ADDRESS or --erc721 ADDRESS"},
		{"two kinds", with(func(s *Spec) { s.ERC20 = str(tok) }), "give only one of --native, --erc20 and --erc721 (got --native and --erc20)"},
		{"bad token", Spec{From: "parent", ERC20: str("0xzz"), Amount: "1", Timeout: time.Second}, `--erc20 "0xzz": expected a 20-byte hex address`},
		{"no amount", with(func(s *Spec) { s.Amount = "" }), "--native needs --amount (for example --amount 1.5)"},
		{"bad amount", with(func(s *Spec) { s.Amount = "abc" }), `--amount "abc": expected a decimal number`},
		{"zero amount", with(func(s *Spec) { s.Amount = "0" }), `--amount "0": expected an amount greater than 0`},
		{"wei places", with(func(s *Spec) { s.Amount = "1.0000000000000000001" }), "more than 18 decimal places"},
		{"erc20 syntax", Spec{From: "parent", ERC20: str(tok), Amount: "1,5", Timeout: time.Second}, `--amount "1,5": expected a decimal number`},
		{"erc721 amount", Spec{From: "parent", ERC721: str(tok), Amount: "1", Timeout: time.Second}, "give --token-id N instead"},
		{"erc721 no id", Spec{From: "parent", ERC721: str(tok), Timeout: time.Second}, "--erc721 needs --token-id N"},
		{"erc721 bad id", Spec{From: "parent", ERC721: str(tok), TokenID: "-1", Timeout: time.Second}, `--token-id "-1": expected a non-negative integer`},
		{"token id native", with(func(s *Spec) { s.TokenID = "1" }), "--token-id goes with --erc721; use --amount for --native"},
		{"one-step native", with(func(s *Spec) { s.OneStep = true }), "a native transfer is always one transaction"},
		{"mint native", with(func(s *Spec) { s.Mint = true }), "--mint and --token-uri go with --erc721"},
		{"uri without mint", Spec{From: "parent", ERC721: str(tok), TokenID: "1", TokenURI: "x", Timeout: time.Second}, "--token-uri goes with --mint"},
		{"bad to", with(func(s *Spec) { s.To = str("0x12") }), `--to "0x12": expected a 20-byte hex address`},
		{"empty to", with(func(s *Spec) { s.To = str("") }), `--to "": expected a 20-byte hex address`},
		{"zero to", with(func(s *Spec) { s.To = str("0x0000000000000000000000000000000000000000") }), "the zero address would burn the transfer"},
		{"timeout", with(func(s *Spec) { s.Timeout = 0 }), "--timeout 0s: expected a positive duration such as 2m"},
	} {
		err := tc.s.Check()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !input.Is(err)):
			t.Errorf("%s: error %v, want an input error containing %q", tc.name, err, tc.want)
		}
	}
}
