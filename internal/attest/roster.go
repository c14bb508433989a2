package attest

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
)

// ReadRoster reads the Roster of destination bridge `bridge` at the latest block: its EIP-712 domain, source
// chain and bridge and vote epoch (bindings.ReadHandleDomain), its operator list and value-transfer threshold
// (client.Bridge.ValueTransferRoster). The reads are separate calls: across an epoch change the result can mix
// two blocks for one round, which only makes Verify refuse the newer epoch's signatures (ErrStaleEpoch) until
// the next read. Errors name the bridge and the view.
func ReadRoster(ctx context.Context, c bind.ContractCaller, bridge common.Address) (Roster, error) {
	dom, epoch, err := bindings.ReadHandleDomain(ctx, c, bridge)
	if err != nil {
		return Roster{}, err
	}
	vt, err := client.NewBridge(c, bridge).ValueTransferRoster(ctx)
	if err != nil {
		return Roster{}, fmt.Errorf("read roster: %w", err)
	}
	return Roster{Domain: dom, Epoch: epoch, Operators: vt.Operators, Threshold: int(vt.Threshold)}, nil
}
