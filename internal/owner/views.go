package owner

// The contract views this package reads, together so that a switch to typed
// contract clients is one edit.

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/bridgenet"
)

// counterpartToken is the Bridge's counterpartToken(token) (zero: not registered).
func counterpartToken(ctx context.Context, cc *bridgenet.Conn, bridge, token common.Address) (common.Address, error) {
	v, err := bind.Call(bridgeABI.Instance(cc, bridge), &bind.CallOpts{Context: ctx}, bridgeABI.PackCounterpartToken(token), bridgeABI.UnpackCounterpartToken)
	if err != nil {
		return v, fmt.Errorf("%s bridge %s: counterpartToken(): %w (is it a servicechain Bridge on the %s chain at %s?)", cc.Name, bridge.Hex(), err, cc.Name, cc.URL)
	}
	return v, nil
}
