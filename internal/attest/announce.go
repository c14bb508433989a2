package attest

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// OnChainAnnouncements reads the attestation URLs the operators of one Bridge announced
// (announceAttestationURL): getOperatorList, then attestationURL(operator) for each, at the latest block,
// through the abigen bindings. Reading the views, not the AttestationURLAnnounced logs, needs no log range and
// sees a removed operator's URL vanish (the view answers "" for non-operators).
type OnChainAnnouncements struct {
	Caller bind.ContractCaller
	Bridge common.Address
}

var bridgeABI = bindings.NewBridge()

// AttestationURLs returns operator -> announced URL for every current operator ("" for one that announced
// none). Errors name the bridge and the view.
func (o OnChainAnnouncements) AttestationURLs(ctx context.Context) (map[common.Address]string, error) {
	inst := bind.NewBoundContract(o.Bridge, bridgeABI.GetABI(), o.Caller, nil, nil)
	opts := &bind.CallOpts{Context: ctx}
	ops, err := bind.Call(inst, opts, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: getOperatorList: %w", o.Bridge, err)
	}
	out := make(map[common.Address]string, len(ops))
	for _, op := range ops {
		u, err := bind.Call(inst, opts, bridgeABI.PackAttestationURL(op), bridgeABI.UnpackAttestationURL)
		if err != nil {
			return nil, fmt.Errorf("bridge %s: attestationURL(%s): %w", o.Bridge, op, err)
		}
		out[op] = u
	}
	return out, nil
}
