package bench

// The Bridge views the benchmark reads, together so that a switch to typed
// contract clients is one edit. Errors name the chain and the view.

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// view calls one view of c's Bridge within ctx.
func view[T any](ctx context.Context, c Chain, name string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(bridgeABI.Instance(c.Client, c.Bridge), &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		err = fmt.Errorf("bench: %s %s: %w", c.Name, name, err)
	}
	return v, err
}

func operatorList(ctx context.Context, c Chain) ([]common.Address, error) {
	return view(ctx, c, "getOperatorList", bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
}

func valueThreshold(ctx context.Context, c Chain) (uint8, error) {
	return view(ctx, c, "operatorThresholds", bridgeABI.PackOperatorThresholds(bindings.VoteValueTransfer), bridgeABI.UnpackOperatorThresholds)
}

// nativeFee is the Bridge's nativeFee(), in wei.
func nativeFee(ctx context.Context, c Chain) (*big.Int, error) {
	return view(ctx, c, "nativeFee", bridgeABI.PackNativeFee(), bridgeABI.UnpackNativeFee)
}

// lowerHandleNonce is the Bridge's lowerHandleNonce().
func lowerHandleNonce(ctx context.Context, c Chain) (uint64, error) {
	return view(ctx, c, "lowerHandleNonce", bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce)
}
