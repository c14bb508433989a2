package client

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// tokenABI is the sample token's ABI; its EIP-20 views are those of any
// ERC-20 token.
var tokenABI = bindings.NewServiceChainToken()

// Token is a typed, read-only client of one ERC-20 token (EIP-20): the
// views the bridge's users read before a transfer. Any EIP-20 token works,
// not only the sample token.
type Token struct{ k contract }

// NewToken returns a client of the ERC-20 token at addr, reached through c.
func NewToken(c Caller, addr common.Address) *Token {
	return &Token{k: contract{c: c, addr: addr, name: "ERC20"}}
}

// Address returns the token's address.
func (t *Token) Address() common.Address { return t.k.addr }

// Decimals is the number of decimals of the token's display unit (decimals();
// optional in EIP-20, 18 for most tokens): an amount of 1.5 tokens is
// 1.5 * 10^Decimals smallest units.
func (t *Token) Decimals(ctx context.Context) (uint8, error) {
	return call(ctx, t.k, "decimals", tokenABI.PackDecimals(), tokenABI.UnpackDecimals)
}

// Symbol is the token's ticker symbol (symbol(); optional in EIP-20).
func (t *Token) Symbol(ctx context.Context) (string, error) {
	return call(ctx, t.k, "symbol", tokenABI.PackSymbol(), tokenABI.UnpackSymbol)
}
