package bench

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// TestHostileIndex: a fraction f of a burst is hostile, spread through it,
// alternating between the reverting contract and the gas burner.
func TestHostileIndex(t *testing.T) {
	for _, c := range []struct {
		count int
		f     float64
		want  int
	}{{1000, 0.1, 100}, {1000, 0, 0}, {100, 0.25, 25}, {7, 0.5, 4}, {10, 0.9, 9}, {3, 0.01, 0}} {
		n, targets, last := 0, [2]int{}, -1
		maxGap := 0
		for i := 0; i < c.count; i++ {
			h, target := hostileIndex(i, c.count, c.f)
			if !h {
				continue
			}
			n++
			targets[target]++
			if last >= 0 {
				maxGap = max(maxGap, i-last)
			}
			last = i
		}
		if n != c.want {
			t.Errorf("count %d, fraction %v: %d hostile, want %d", c.count, c.f, n, c.want)
		}
		if n >= 2 && (targets[0] == 0 || targets[1] == 0) {
			t.Errorf("count %d, fraction %v: targets %v, want both kinds", c.count, c.f, targets)
		}
		if n >= 2 && maxGap > c.count/n+1 {
			t.Errorf("count %d, fraction %v: hostile requests %d apart at most, want them spread (every ~%d)", c.count, c.f, maxGap, c.count/n)
		}
	}
}

// TestEntryNonces decodes the request nonces of each kind of vote
// transaction, and tells refund votes from payout votes.
func TestEntryNonces(t *testing.T) {
	call := func(n uint64) bindings.BridgeHandleCall {
		return bindings.BridgeHandleCall{From: common.Address{1}, To: common.Address{2}, ValueOrTokenId: big.NewInt(5), RequestNonce: n, RequestBlockNumber: 9, ExtraData: []byte{}}
	}
	for _, c := range []struct {
		name   string
		data   []byte
		want   []uint64
		refund bool
	}{
		{"handleNativeTransfer", bridgeABI.PackHandleNativeTransfer([32]byte{}, common.Address{1}, common.Address{2}, big.NewInt(1), 42, 7, []byte{}), []uint64{42}, false},
		{"handleBatch", bridgeABI.PackHandleBatch([]bindings.BridgeHandleCall{call(3), call(5)}), []uint64{3, 5}, false},
		{"refundValueTransfer", bridgeABI.PackRefundValueTransfer(call(8)), []uint64{8}, true},
		{"refundBatch", bridgeABI.PackRefundBatch([]bindings.BridgeHandleCall{call(1), call(2), call(4)}), []uint64{1, 2, 4}, true},
		{"garbage", []byte{1, 2, 3, 4, 5}, nil, false},
		{"short", []byte{1}, nil, false},
	} {
		got, refund := entryNonces(c.data)
		if refund != c.refund || len(got) != len(c.want) {
			t.Errorf("%s: nonces %v refund %v, want %v %v", c.name, got, refund, c.want, c.refund)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: nonces %v, want %v", c.name, got, c.want)
			}
		}
	}
}
