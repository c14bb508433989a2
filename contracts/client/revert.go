package client

import "github.com/servicechain/servicechain/contracts/bindings"

// BridgeError returns the Bridge custom error carried by err as the binding's
// typed struct (for example *bindings.BridgeNonceAlreadyHandled or
// *bindings.BridgeAlreadyVoted), and false when err carries no revert data
// or data that is no Bridge error (Error(string), Panic, another contract's
// error, garbage). err is an eth_call or eth_estimateGas error, a
// *txmgr.RevertError (it wraps the node's error) or anything wrapping those.
func BridgeError(err error) (any, bool) {
	data, ok := bindings.RevertData(err)
	if !ok {
		return nil, false
	}
	v := BridgeErrorData(data)
	return v, v != nil
}

// BridgeErrorData decodes revert data (a 4-byte selector and ABI-encoded
// arguments) as a Bridge custom error: the binding's typed struct, or nil
// when the data is not one.
func BridgeErrorData(data []byte) any {
	return unpackError(data, bridgeABI.UnpackError)
}

// AnchorError is BridgeError for the Anchor contract's errors
// (*bindings.AnchorAlreadyAnchored, *bindings.AnchorAlreadyVoted, ...).
func AnchorError(err error) (any, bool) {
	data, ok := bindings.RevertData(err)
	if !ok {
		return nil, false
	}
	v := AnchorErrorData(data)
	return v, v != nil
}

// AnchorErrorData is BridgeErrorData for the Anchor contract's errors.
func AnchorErrorData(data []byte) any {
	return unpackError(data, anchorABI.UnpackError)
}

// unpackError guards the generated UnpackError, which slices data[:4]
// unchecked, and never lets a malformed argument encoding through.
func unpackError(data []byte, unpack func([]byte) (any, error)) any {
	if len(data) < 4 {
		return nil
	}
	v, err := unpack(data)
	if err != nil {
		return nil
	}
	return v
}
