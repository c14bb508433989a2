package bridge

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
)

// Failed payouts (issue 12). A payout that reached its threshold and failed
// on the destination (HandleFailed: the recipient reverts, the token is
// locked, the NFT id exists, the stipend ran out) leaves its nonce open. The
// node then
//
//   - retries it with exponential backoff: the first try again one poll
//     interval after the failure, each later one after twice the previous
//     wait, up to bridge.retry_backoff_cap (default 1 h). One operator makes
//     each try: try t goes to the designated operator at duty position
//     t mod threshold, so k operators do not all pay for the same try and a
//     dead one only skips its turns;
//   - leaves it out of the round's window of open requests (maxOpenPerRound)
//     between tries, and looks at due tries after the window's votes are
//     sent, so no number of failing requests delays an honest one;
//   - refunds it by vote (refundValueTransfer / refundBatch) once it has
//     failed for bridge.refund_after (default 1 h; 0 = never automatically),
//     or at once when the reason can never heal (permanentFailure), with the
//     same duty rotation as handle votes.

// backoff is the retry schedule of failing payouts.
type backoff struct {
	first time.Duration // wait before the first retry: the poll interval
	cap   time.Duration // longest wait between tries (bridge.retry_backoff_cap)
}

// wait is the time between try `tries` (1 = the failure that started it) and
// the next try: first * 2^(tries-1), at most cap.
func (b backoff) wait(tries int) time.Duration {
	w := max(b.first, time.Millisecond)
	for i := 1; i < tries && w < b.cap; i++ {
		w *= 2
	}
	if b.cap > 0 {
		w = min(w, b.cap)
	}
	return w
}

// triesWithin is how many tries the schedule makes in d from the failure
// that started it (that failure counted): the bound the tests and the
// benchmark hold the operators' transactions to.
func (b backoff) triesWithin(d time.Duration) int {
	n, at := 1, time.Duration(0)
	for {
		at += b.wait(n)
		if at > d {
			return n
		}
		n++
	}
}

// permanentFailure reports whether a HandleFailed reason can never heal, so
// the request is refunded at once instead of after refund_after: the token is
// not registered on the destination (deregistered), or registered as another
// token type, or the ERC-721 id already exists there (a mint reverts
// ERC721InvalidSender(0): OpenZeppelin's _mint of an existing id). A locked
// token, a reverting or gas-burning recipient and a lack of liquidity may
// heal (the owner unlocks or adds liquidity, a contract changes its state),
// so they wait for refund_after.
func permanentFailure(reason []byte) bool {
	switch client.BridgeErrorData(reason).(type) {
	case *bindings.BridgeTokenNotRegistered, *bindings.BridgeTokenTypeMismatch:
		return true
	}
	if len(reason) < 4 { // the generated UnpackError slices [:4] unchecked
		return false
	}
	if e, err := nftABI.UnpackError(reason); err == nil {
		if e, ok := e.(*bindings.ServiceChainNFTERC721InvalidSender); ok {
			return e.Sender == (common.Address{})
		}
	}
	return false
}

// nftABI decodes the sample NFT's (OpenZeppelin ERC-721) errors carried in
// HandleFailed reasons.
var nftABI = bindings.NewServiceChainNFT()
