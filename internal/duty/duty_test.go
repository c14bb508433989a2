package duty

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func addrs(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
	}
	return out
}

// TestRotationTable: positions, designated sets and delays for hand-checked
// cases (3 operators A, B, C).
func TestRotationTable(t *testing.T) {
	ops := addrs(3)
	a, b, c := ops[0], ops[1], ops[2]
	stranger := common.HexToAddress("0xdead")
	const g = time.Second
	cases := []struct {
		name       string
		slot       uint64
		threshold  int
		designated []common.Address
		backups    []common.Address
		delays     map[common.Address]time.Duration
	}{
		{"slot 0, k=1", 0, 1, []common.Address{a}, []common.Address{b, c}, map[common.Address]time.Duration{a: 0, b: g, c: 2 * g}},
		{"slot 1, k=1", 1, 1, []common.Address{b}, []common.Address{c, a}, map[common.Address]time.Duration{b: 0, c: g, a: 2 * g}},
		{"slot 5, k=2", 5, 2, []common.Address{c, a}, []common.Address{b}, map[common.Address]time.Duration{c: 0, a: 0, b: g}},
		{"k=N", 7, 3, []common.Address{b, c, a}, nil, map[common.Address]time.Duration{a: 0, b: 0, c: 0}},
		{"k>N", 7, 9, []common.Address{b, c, a}, nil, map[common.Address]time.Duration{a: 0, b: 0, c: 0}},
		{"k=0", 2, 0, []common.Address{}, []common.Address{c, a, b}, map[common.Address]time.Duration{c: g, a: 2 * g, b: 3 * g}},
		{"huge slot", ^uint64(0), 1, []common.Address{a}, []common.Address{b, c}, map[common.Address]time.Duration{a: 0, b: g, c: 2 * g}}, // 2^64-1 = 0 mod 3
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Rotation{Operators: ops, Threshold: tc.threshold}
			if got := r.Designated(tc.slot); !slices.Equal(got, tc.designated) {
				t.Errorf("Designated = %v, want %v", got, tc.designated)
			}
			if got := r.Backups(tc.slot); !slices.Equal(got, tc.backups) {
				t.Errorf("Backups = %v, want %v", got, tc.backups)
			}
			if got := r.Order(tc.slot); !slices.Equal(got, append(slices.Clone(tc.designated), tc.backups...)) {
				t.Errorf("Order = %v, want designated then backups", got)
			}
			for op, want := range tc.delays {
				if d, ok := r.Delay(tc.slot, op, g); !ok || d != want {
					t.Errorf("Delay(%s) = %s, %v; want %s", op, d, ok, want)
				}
				if got := r.IsDesignated(tc.slot, op); got != (want == 0) {
					t.Errorf("IsDesignated(%s) = %v with delay %s", op, got, want)
				}
			}
			if _, ok := r.Position(tc.slot, stranger); ok {
				t.Error("a stranger has a position")
			}
			if d, ok := r.Delay(tc.slot, stranger, g); ok || d != 0 {
				t.Errorf("Delay(stranger) = %s, %v; want 0, false", d, ok)
			}
			if !r.IsDesignated(tc.slot, stranger) {
				t.Error("a stranger is not treated as designated (it must act and let the contract decide)")
			}
		})
	}
	empty := Rotation{Threshold: 2}
	if empty.Designated(3) != nil || empty.Backups(3) != nil || empty.Order(3) != nil {
		t.Error("an empty list designates someone")
	}
	if !empty.IsDesignated(3, a) {
		t.Error("with an empty list every node acts")
	}
}

// TestRotationInvariants: for every list size, threshold and slot, exactly
// min(k, N) operators are designated, the designated ones are the next k in
// list order starting at slot mod N, and backups wait 1, 2, ... steps.
func TestRotationInvariants(t *testing.T) {
	const step = 3 * time.Second
	for n := 1; n <= 7; n++ {
		ops := addrs(n)
		for k := 0; k <= n+1; k++ {
			r := Rotation{Operators: ops, Threshold: k}
			for slot := uint64(0); slot < uint64(3*n); slot++ {
				des := r.Designated(slot)
				if len(des) != min(k, n) {
					t.Fatalf("N=%d k=%d slot %d: %d designated", n, k, slot, len(des))
				}
				if len(des) > 0 && des[0] != ops[slot%uint64(n)] {
					t.Fatalf("N=%d k=%d slot %d: first designated %s, want %s", n, k, slot, des[0], ops[slot%uint64(n)])
				}
				var delays []time.Duration
				for _, op := range ops {
					d, ok := r.Delay(slot, op, step)
					if !ok || (d == 0) != slices.Contains(des, op) || (d == 0) != r.IsDesignated(slot, op) {
						t.Fatalf("N=%d k=%d slot %d op %s: delay %s ok %v designated %v", n, k, slot, op, d, ok, des)
					}
					delays = append(delays, d)
				}
				slices.Sort(delays)
				for i, d := range delays[len(des):] {
					if d != time.Duration(i+1)*step {
						t.Fatalf("N=%d k=%d slot %d: backup delays %v, want 1, 2, ... steps", n, k, slot, delays)
					}
				}
				for i, op := range r.Backups(slot) {
					if d, _ := r.Delay(slot, op, step); d != time.Duration(i+1)*step {
						t.Fatalf("N=%d k=%d slot %d: backup %d waits %s", n, k, slot, i, d)
					}
				}
			}
		}
	}
}
