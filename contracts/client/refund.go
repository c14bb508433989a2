package client

import "context"

// Refunded reports whether nonce was closed by a refund (refundedNonces,
// issue 12): true means nothing was paid out for it on this bridge and its
// refund request carries the value home. A refunded nonce is also Handled.
func (b *Bridge) Refunded(ctx context.Context, nonce uint64) (bool, error) {
	return call(ctx, b.k, "refundedNonces", bridgeABI.PackRefundedNonces(nonce), bridgeABI.UnpackRefundedNonces)
}
