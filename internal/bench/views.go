package bench

// The Bridge views the benchmark reads, through the typed client of
// contracts/client (its errors name the contract, its address and the view);
// each error here adds "bench: <chain>:".

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
)

// bridge is the typed client of c's Bridge.
func (c Chain) bridge() *client.Bridge { return client.NewBridge(c.Client, c.Bridge) }

// viewErr adds the chain to the error of a view of c's Bridge (nil stays nil).
func (c Chain) viewErr(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("bench: %s: %w", c.Name, err)
}

func operatorList(ctx context.Context, c Chain) ([]common.Address, error) {
	v, err := c.bridge().Operators(ctx)
	return v, c.viewErr(err)
}

func valueThreshold(ctx context.Context, c Chain) (uint8, error) {
	v, err := c.bridge().Threshold(ctx, bindings.VoteValueTransfer)
	return v, c.viewErr(err)
}

// nativeFee is the Bridge's nativeFee(), in wei.
func nativeFee(ctx context.Context, c Chain) (*big.Int, error) {
	v, err := c.bridge().NativeFee(ctx)
	return v, c.viewErr(err)
}

// lowerHandleNonce is the Bridge's lowerHandleNonce().
func lowerHandleNonce(ctx context.Context, c Chain) (uint64, error) {
	v, err := c.bridge().LowerHandleNonce(ctx)
	return v, c.viewErr(err)
}
