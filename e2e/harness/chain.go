package harness

import (
	"context"

	"github.com/ethereum/go-ethereum/ethclient"
)

// Chain is one chain's JSON-RPC as the e2e scenarios use it: a geth dev
// chain (*Geth) or the service chain of `servicechain node run` processes
// (served by one of its nodes).
type Chain interface {
	// Name is "parent" or "child".
	Name() string
	// ChainID is the EIP-155 chain id.
	ChainID() uint64
	// HTTPURL and WSURL are the JSON-RPC endpoints the scenarios use.
	HTTPURL() string
	WSURL() string
	// Dial connects over HTTP.
	Dial(ctx context.Context) (*ethclient.Client, error)
}

var _ Chain = (*Geth)(nil)
