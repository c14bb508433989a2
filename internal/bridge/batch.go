package bridge

import (
	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// Gas and size of votes (issue 12). A vote transaction is estimated while
// it may not reach the threshold, but when another operator's vote lands
// first in the same block it executes the payout; so each entry that may pay
// out adds payoutGas to the estimate: exactly its stipend (the most the
// recipient can spend: a gas burner spends all of it) and the bounded cost
// of closing the nonce and logging HandleValueTransfer; and the transaction
// adds once the headroom the bridge requires before each payout call
// (gasleft() >= stipend + stipend/63 + PAYOUT_CALL_RESERVE, else the whole
// transaction reverts InsufficientGas): reserved, not spent, since an honest
// recipient returns what it does not use. Nothing grows with the size of a
// request beyond the contract's caps (1 KiB extraData, 512 bytes of URI), so
// an attacker cannot make operators reserve unbounded gas. Unused gas is not
// charged.
const (
	// payoutCloseGas covers what an executing entry spends besides its
	// vote and the payout call: closing the nonce out of order (a bitmap
	// word and a block lane: two new storage slots, 2 x 22,100), the packed
	// nonce slot (2,900), and HandleValueTransfer (4 topics, about 10 words
	// of data plus extraData up to MaxExtraDataLength at 8 gas a byte: about
	// 12,000) with ABI encoding and memory.
	payoutCloseGas = 60_000
	// payoutCallHeadroom is what the last payout call of a transaction must
	// find left besides its stipend: PAYOUT_CALL_RESERVE and 1/63 of the
	// largest stipend (EIP-150), rounded up.
	payoutCallHeadroom = bindings.PayoutCallReserve + (bindings.ERC721PayoutGas+62)/63

	// voteEntryGas bounds an entry of a vote batch besides its calldata and
	// payout: the contracts benchmark measures 43,224 per non-executing entry
	// (handleBatch of 10 non-executing votes, 432,239 gas).
	voteEntryGas = 50_000
	// calldataGasPerByte is what a non-zero calldata byte costs (EIP-2028);
	// the EIP-7623 floor (40 a byte) never binds for votes, whose execution
	// costs far more than their data.
	calldataGasPerByte = 16
	// txBaseGas is the intrinsic gas of every transaction.
	txBaseGas = 21_000

	// maxBatchCalldata bounds the calldata of one vote transaction, in
	// bytes: go-ethereum's pool refuses transactions above 128 KiB (txMaxSize,
	// 4 x 32 KiB); the rest is left for the signature and RLP framing.
	maxBatchCalldata = 120 * 1024
	// maxBatchEntries is the Bridge's MAX_BATCH_SIZE.
	maxBatchEntries = 100
)

// stipend is the payout gas stipend of r's token type (Bridge
// NATIVE_PAYOUT_GAS, ERC20_PAYOUT_GAS, ERC721_PAYOUT_GAS).
func stipend(r *store.Request) uint64 {
	switch r.TokenType {
	case TokenNative:
		return bindings.NativePayoutGas
	case TokenERC20:
		return bindings.ERC20PayoutGas
	default:
		return bindings.ERC721PayoutGas
	}
}

// payoutGas is the gas an entry for r may spend beyond a non-executing
// estimate if it executes the payout: its stipend and payoutCloseGas (see
// the block comment above; the transaction adds payoutCallHeadroom once).
func payoutGas(r *store.Request) uint64 {
	return stipend(r) + payoutCloseGas
}

// entryCalldata is the ABI-encoded size of r's HandleCall in a batch, in
// bytes: the tuple offset, ten head words, the lengths of tokenURI and
// extraData and both padded to 32-byte words.
func entryCalldata(r *store.Request) int {
	pad := func(n int) int { return (n + 31) / 32 * 32 }
	return 13*32 + pad(len(r.TokenURI)) + pad(len(r.ExtraData))
}

// batchLimits are what one vote transaction may hold.
type batchLimits struct {
	entries  int    // at most this many entries (bridge.batch_size, <= maxBatchEntries)
	calldata int    // bytes of calldata
	gas      uint64 // gas limit the tx manager would give it (txmgr.DefaultMaxGasLimit)
	margin   uint64 // bridge.gas_margin_percent applied to the estimate
}

func defaultLimits(batchSize int, margin uint64) batchLimits {
	l := batchLimits{entries: min(max(batchSize, 1), maxBatchEntries), calldata: maxBatchCalldata,
		gas: txmgr.DefaultMaxGasLimit, margin: margin}
	if testUncappedBatches {
		l.calldata, l.gas = 1<<30, 1<<62
	}
	return l
}

// testUncappedBatches, when set, makes the limits of services created
// afterwards cut batches by entry count only, so that the chain refuses
// oversized batches and the node's bisection is what lets them through
// (tests only: SetUncappedBatches).
var testUncappedBatches bool

// entryGas bounds the gas limit an entry adds to a vote transaction: its
// estimate share (entry and calldata, with the margin) plus payoutGas.
func (l batchLimits) entryGas(r *store.Request) uint64 {
	est := uint64(voteEntryGas + calldataGasPerByte*entryCalldata(r))
	return est*(100+l.margin)/100 + payoutGas(r)
}

// split cuts rs (in nonce order) into batches within l: each under the entry
// count, the calldata size (128 KiB transaction limit) and the gas cap
// (EIP-7825), lowest nonce first. An entry that alone exceeds a limit gets a
// batch of its own (the chain then refuses it alone).
func (l batchLimits) split(rs []*store.Request) [][]*store.Request {
	var out [][]*store.Request
	var cur []*store.Request
	const base = txBaseGas + payoutCallHeadroom
	size, gas := 4+32+32, uint64(base) // selector, array offset and length
	for _, r := range rs {
		es, eg := entryCalldata(r)+32, l.entryGas(r) // +32: the entry's offset word
		if len(cur) > 0 && (len(cur) >= l.entries || size+es > l.calldata || gas+eg > l.gas) {
			out = append(out, cur)
			cur, size, gas = nil, 4+32+32, base
		}
		cur = append(cur, r)
		size += es
		gas += eg
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
