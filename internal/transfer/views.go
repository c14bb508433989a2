package transfer

// The contract views this package reads, together so that a switch to typed
// contract clients is one edit. Errors are returned as the call gave them;
// callers add what was being read.

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

func opts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// nativeFee is the Bridge's nativeFee(), in wei.
func nativeFee(ctx context.Context, b bind.ContractBackend, bridge common.Address) (*big.Int, error) {
	return bind.Call(bridgeABI.Instance(b, bridge), opts(ctx), bridgeABI.PackNativeFee(), bridgeABI.UnpackNativeFee)
}

// erc20Fee is the Bridge's erc20Fee(token), in the token's smallest unit.
func erc20Fee(ctx context.Context, b bind.ContractBackend, bridge, token common.Address) (*big.Int, error) {
	return bind.Call(bridgeABI.Instance(b, bridge), opts(ctx), bridgeABI.PackErc20Fee(token), bridgeABI.UnpackErc20Fee)
}

// operators is the Bridge's getOperatorList().
func operators(ctx context.Context, b bind.ContractBackend, bridge common.Address) ([]common.Address, error) {
	return bind.Call(bridgeABI.Instance(b, bridge), opts(ctx), bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
}

// valueThreshold is the Bridge's value-transfer vote threshold.
func valueThreshold(ctx context.Context, b bind.ContractBackend, bridge common.Address) (uint8, error) {
	return bind.Call(bridgeABI.Instance(b, bridge), opts(ctx), bridgeABI.PackOperatorThresholds(bindings.VoteValueTransfer), bridgeABI.UnpackOperatorThresholds)
}

// handled is the Bridge's handledNonces(nonce).
func handled(ctx context.Context, b bind.ContractBackend, bridge common.Address, nonce uint64) (bool, error) {
	return bind.Call(bridgeABI.Instance(b, bridge), opts(ctx), bridgeABI.PackHandledNonces(nonce), bridgeABI.UnpackHandledNonces)
}

// decimals is an ERC-20 token's decimals().
func decimals(ctx context.Context, b bind.ContractBackend, token common.Address) (uint8, error) {
	return bind.Call(tokenABI.Instance(b, token), opts(ctx), tokenABI.PackDecimals(), tokenABI.UnpackDecimals)
}

// symbol is an ERC-20 token's symbol().
func symbol(ctx context.Context, b bind.ContractBackend, token common.Address) (string, error) {
	return bind.Call(tokenABI.Instance(b, token), opts(ctx), tokenABI.PackSymbol(), tokenABI.UnpackSymbol)
}
