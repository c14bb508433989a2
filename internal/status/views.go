package status

// The Bridge views `status` reads, together so that a switch to typed
// contract clients is one edit. Each error names the call, the contract and
// the chain.

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridgenet"
)

var bridgeABI = bindings.NewBridge()

// view calls one Bridge view on cc.
func view[T any](ctx context.Context, cc *bridgenet.Conn, addr common.Address, name string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(bridgeABI.Instance(cc, addr), &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		err = fmt.Errorf("%s bridge %s: %s(): %w (is it a servicechain Bridge on the %s chain at %s?)", cc.Name, addr.Hex(), name, err, cc.Name, cc.URL)
	}
	return v, err
}

func requestNonce(ctx context.Context, cc *bridgenet.Conn, a common.Address) (uint64, error) {
	return view(ctx, cc, a, "requestNonce", bridgeABI.PackRequestNonce(), bridgeABI.UnpackRequestNonce)
}

func lowerHandleNonce(ctx context.Context, cc *bridgenet.Conn, a common.Address) (uint64, error) {
	return view(ctx, cc, a, "lowerHandleNonce", bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce)
}

func upperHandleNonce(ctx context.Context, cc *bridgenet.Conn, a common.Address) (uint64, error) {
	return view(ctx, cc, a, "upperHandleNonce", bridgeABI.PackUpperHandleNonce(), bridgeABI.UnpackUpperHandleNonce)
}

func operatorList(ctx context.Context, cc *bridgenet.Conn, a common.Address) ([]common.Address, error) {
	return view(ctx, cc, a, "getOperatorList", bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
}

// threshold is operatorThresholds(voteType) (bindings.VoteValueTransfer or VoteConfiguration).
func threshold(ctx context.Context, cc *bridgenet.Conn, a common.Address, voteType uint8) (uint8, error) {
	return view(ctx, cc, a, "operatorThresholds", bridgeABI.PackOperatorThresholds(voteType), bridgeABI.UnpackOperatorThresholds)
}

func paused(ctx context.Context, cc *bridgenet.Conn, a common.Address) (bool, error) {
	return view(ctx, cc, a, "paused", bridgeABI.PackPaused(), bridgeABI.UnpackPaused)
}
