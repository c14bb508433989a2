package anchor

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/duty"
)

// TestDutyDelay: anchoring's rotation is duty's with slot N/period: for every
// period and operator, the delay is 0 exactly for the operators Designated
// names, and the others wait 1, 2, ... grace times in rotation order after
// them.
func TestDutyDelay(t *testing.T) {
	const grace = time.Second
	const period = 5
	s := &Service{period: period, grace: grace}
	for _, count := range []int{1, 3, 4} {
		ops := make([]common.Address, count)
		for i := range ops {
			ops[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
		}
		for threshold := 1; threshold <= count; threshold++ {
			for n := uint64(period); n <= 12*period; n += period {
				des := Designated(n, period, ops, uint8(threshold))
				if len(des) != threshold || des[0] != ops[(n/period)%uint64(count)] {
					t.Fatalf("Designated(%d, %d ops, threshold %d) = %v", n, count, threshold, des)
				}
				var delays []time.Duration
				for idx := range ops {
					d, ok := duty.Rotation{Operators: ops, Threshold: threshold}.Delay(s.slot(n), ops[idx], s.grace)
					if !ok {
						t.Fatalf("operator %d has no position", idx)
					}
					if (d == 0) != slices.Contains(des, ops[idx]) {
						t.Fatalf("block %d, %d ops, threshold %d: op %d delay %s, designated %v", n, count, threshold, idx, d, des)
					}
					delays = append(delays, d)
				}
				slices.Sort(delays)
				for i, d := range delays[threshold:] {
					if d != time.Duration(i+1)*grace {
						t.Fatalf("block %d, %d ops, threshold %d: backup delays %v: expected 1, 2, ... grace", n, count, threshold, delays)
					}
				}
			}
		}
	}
}
