// Package client is typed, read-only access to the servicechain contracts,
// in the style of go-ethereum's ethclient: one client per contract (Bridge,
// Anchor, and Token for any ERC-20 token) and one method per view function,
// each returning Go types.
//
// Every method makes one eth_call at the latest block through a Caller
// (*ethclient.Client, internal/chain.Client, a simulated backend). Its error
// is an *Error naming the contract, its address and the view, wrapped once
// around the cause, so callers add only their own context ("destination:",
// "parent chain:"), never the contract again. An empty call result, which is
// what an address without code answers, is ErrNoContract.
//
// Reverts are matched by the abigen bindings' typed errors, never by name
// strings: BridgeError and AnchorError return the binding's struct
// (*bindings.BridgeNonceAlreadyHandled, *bindings.AnchorAlreadyVoted, ...)
// for an error that carries revert data, for use in a type switch:
//
//	switch e := client.BridgeErrorData(rev.Data).(type) {
//	case *bindings.BridgeNonceAlreadyHandled:
//		... e.Nonce ...
//	}
//
// The revert data itself is extracted by bindings.RevertData (the one
// extractor: it reads go-ethereum's rpc.DataError, which eth_call and
// eth_estimateGas answer and *txmgr.RevertError wraps), and rendered as text
// by bindings.DecodeRevert.
package client
