package transfer

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/units"
)

// The kinds of value a transfer moves.
const (
	KindNative = "native" // the chain's native coin
	KindERC20  = "erc20"  // an ERC-20 token
	KindERC721 = "erc721" // one ERC-721 token
)

// Spec is one transfer as a person asks for it: the options of
// `servicechain transfer`, which a console form has as well, as typed (nil:
// not given). Check says what is wrong with it; Run carries it out.
type Spec struct {
	// From is the source chain: parent or child.
	From string
	// What moves: the native coin, or the ERC-20 or ERC-721 token at this
	// address on the source chain. Exactly one.
	Native        bool
	ERC20, ERC721 *string
	// Amount is the decimal amount ("" when not given): ether for native coin
	// (1.5 = 1.5 * 10^18 wei), whole tokens for ERC-20 (scaled by the token's
	// decimals(), read from the chain).
	Amount string
	// TokenID is the ERC-721 token id, decimal or 0x hex ("" when not given).
	TokenID string
	// To is the recipient's address on the destination chain (nil: the sender).
	To *string
	// OneStep sends ERC-20 and ERC-721 in one transaction (ERC-1363
	// transferAndCall, ERC-721 safeTransferFrom) instead of approve + request.
	OneStep bool
	// Mint first mints TokenID to the sender (ERC-721; the key needs
	// MINTER_ROLE), with TokenURI (default https://example.com/nft/ID).
	Mint     bool
	TokenURI string
	// Timeout bounds the whole transfer, from the first call to the handle.
	Timeout time.Duration
}

// plan is a checked Spec.
type plan struct {
	kind    string         // KindNative, KindERC20 or KindERC721
	token   common.Address // ERC-20, ERC-721
	to      *common.Address
	wei     *big.Int // native amount
	tokenID *big.Int // ERC-721
}

// Check validates s without contacting a chain. Its errors are input errors
// (input.Is) naming the option and what was expected. An ERC-20 amount is
// checked against the token's decimals by Run.
func (s *Spec) Check() error {
	_, err := s.plan()
	return err
}

func (s *Spec) plan() (p plan, err error) {
	if _, err := input.Side("from", s.From, false); err != nil {
		return p, err
	}
	var kinds []string
	for _, k := range []struct {
		kind string
		v    *string
	}{{KindNative, nil}, {KindERC20, s.ERC20}, {KindERC721, s.ERC721}} {
		if k.kind == KindNative && !s.Native || k.kind != KindNative && k.v == nil {
			continue
		}
		kinds, p.kind = append(kinds, "--"+k.kind), k.kind
		if k.v != nil {
			if p.token, err = input.Address(k.kind, *k.v); err != nil {
				return p, err
			}
		}
	}
	switch len(kinds) {
	case 0:
		return p, input.Errorf("transfer: say what to transfer: --native, --erc20 ADDRESS or --erc721 ADDRESS")
	case 1:
	default:
		return p, input.Errorf("transfer: give only one of --native, --erc20 and --erc721 (got %s and %s)", kinds[0], kinds[1])
	}
	if p.kind == KindERC721 {
		if s.Amount != "" {
			return p, input.Errorf("--amount: an ERC-721 transfer moves one token; give --token-id N instead")
		}
		if s.TokenID == "" {
			return p, input.Errorf("--erc721 needs --token-id N")
		}
		if p.tokenID, err = input.TokenID("token-id", s.TokenID); err != nil {
			return p, err
		}
	} else {
		switch {
		case s.TokenID != "":
			return p, input.Errorf("--token-id goes with --erc721; use --amount for --%s", p.kind)
		case s.Mint || s.TokenURI != "":
			return p, input.Errorf("--mint and --token-uri go with --erc721")
		case s.Amount == "":
			return p, input.Errorf("--%s needs --amount (for example --amount 1.5)", p.kind)
		case p.kind == KindNative && s.OneStep:
			return p, input.Errorf("--one-step goes with --erc20 and --erc721 (a native transfer is always one transaction)")
		}
		if p.kind == KindNative {
			p.wei, err = input.Amount("amount", s.Amount, units.Ether)
		} else {
			// Syntax only: the token's decimals are read from the chain.
			_, err = input.Amount("amount", s.Amount, 255)
		}
		if err != nil {
			return p, err
		}
	}
	if s.TokenURI != "" && !s.Mint {
		return p, input.Errorf("--token-uri goes with --mint")
	}
	if s.To != nil {
		to, err := input.Address("to", *s.To)
		if err != nil {
			return p, err
		}
		if to == (common.Address{}) {
			return p, input.Errorf("--to %q: the zero address would burn the transfer", *s.To)
		}
		p.to = &to
	}
	if s.Timeout <= 0 {
		return p, input.Errorf("--timeout %s: expected a positive duration such as 2m", s.Timeout)
	}
	return p, nil
}
