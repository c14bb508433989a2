package txmgr

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// fees is the price of one transaction version: EIP-1559 tip and fee cap, or a
// legacy gas price when the chain has no base fee. All values are wei per gas.
type fees struct {
	tipCap, feeCap *big.Int // EIP-1559; nil on a legacy chain
	gasPrice       *big.Int // legacy; nil on an EIP-1559 chain
}

// legacy reports whether f prices a legacy (type 0) transaction.
func (f fees) legacy() bool { return f.gasPrice != nil }

// maxPrice is the most the transaction can pay per gas.
func (f fees) maxPrice() *big.Int {
	if f.legacy() {
		return f.gasPrice
	}
	return f.feeCap
}

// newFees prices a transaction for a chain whose latest block has baseFee
// (nil = no EIP-1559): tip = min(suggestedTip, maxTip) and fee cap =
// min(2*baseFee + tip, maxFee), the tip never above the fee cap; or, without a
// base fee, gas price = min(suggestedGasPrice, maxFee). capped reports that a
// ceiling (either one) cut the price. The 2x base fee headroom keeps the tx includable
// through six full blocks of base fee increases (12.5% each).
func newFees(baseFee, suggestedTip, suggestedGasPrice, maxFee, maxTip *big.Int) (f fees, capped bool) {
	if baseFee == nil {
		capped = suggestedGasPrice.Cmp(maxFee) > 0
		return fees{gasPrice: bigMin(suggestedGasPrice, maxFee)}, capped
	}
	tip := bigMin(suggestedTip, maxTip)
	capped = suggestedTip.Cmp(maxTip) > 0
	feeCap := new(big.Int).Add(new(big.Int).Lsh(baseFee, 1), tip)
	if feeCap.Cmp(maxFee) > 0 {
		feeCap, capped = new(big.Int).Set(maxFee), true
	}
	return fees{tipCap: bigMin(tip, feeCap), feeCap: feeCap}, capped
}

// bumpFees prices a replacement for a transaction paid with old: each price
// rises by at least percent (and by at least 1 wei), or to fresh when the
// market moved more, within the ceilings. ok is false when a ceiling keeps the
// bump below percent: go-ethereum's pool refuses such a replacement ("replacement
// transaction underpriced"; both tip and fee cap must rise by its price bump,
// 10% by default), so the caller should re-broadcast old instead.
func bumpFees(old, fresh fees, percent uint64, maxFee, maxTip *big.Int) (f fees, ok bool) {
	if old.legacy() {
		want := bump(old.gasPrice, percent)
		price := bigMin(bigMax(want, freshOr(fresh.gasPrice, fresh.feeCap)), maxFee)
		return fees{gasPrice: price}, price.Cmp(want) >= 0
	}
	wantTip, wantCap := bump(old.tipCap, percent), bump(old.feeCap, percent)
	feeCap := bigMin(bigMax(wantCap, freshOr(fresh.feeCap, fresh.gasPrice)), maxFee)
	tip := bigMin(bigMin(bigMax(wantTip, freshOr(fresh.tipCap, fresh.gasPrice)), maxTip), feeCap)
	return fees{tipCap: tip, feeCap: feeCap}, tip.Cmp(wantTip) >= 0 && feeCap.Cmp(wantCap) >= 0
}

// feesOf reads the prices of a signed transaction.
func feesOf(tx *types.Transaction) fees {
	if tx.Type() == types.LegacyTxType || tx.Type() == types.AccessListTxType {
		return fees{gasPrice: tx.GasPrice()}
	}
	return fees{tipCap: tx.GasTipCap(), feeCap: tx.GasFeeCap()}
}

// bump returns v raised by percent, and by at least 1.
func bump(v *big.Int, percent uint64) *big.Int {
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(100+percent))
	out.Div(out, big.NewInt(100))
	if out.Cmp(v) <= 0 {
		out.Add(v, big.NewInt(1))
	}
	return out
}

func freshOr(v, alt *big.Int) *big.Int {
	if v != nil {
		return v
	}
	if alt != nil {
		return alt
	}
	return new(big.Int)
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
