// Package duty decides who acts for slot n among an ordered list of operators:
// the designated operators, the backups in the order they step in, and how
// long each backup waits. It is the one rotation the daemons share:
//
//   - Bridge voting (seed 002, bridge.vote_grace): slot n is request nonce n
//     of the destination bridge, the list is the destination's operator list
//     and Threshold its value-transfer threshold, so with every node healthy
//     exactly threshold votes are cast per transfer. Backups all vote once one
//     grace has passed (they use IsDesignated, not Delay).
//   - Anchoring (issue 4, anchoring.grace): slot n is the period index
//     blockNumber/period, the list is the Anchor's operator list and Threshold
//     its threshold; the r-th backup anchors r graces late (Delay).
//   - Block production (round two, ARCHITECTURE.md "planned handover"): slot n
//     is the block height (or slot number) and the list the producer
//     candidates in their configured order. Order(n) is the handover order: the
//     designated producer first, then each backup in the order it should take
//     over, and Delay(n, op, step) how long a standby waits before it
//     campaigns, so standbys do not all campaign at once.
//
// The rule is the same everywhere: for slot n the operator at index i of the
// list has position (i - n) mod N; positions 0 .. Threshold-1 are designated,
// position p >= Threshold is the (p-Threshold+1)-th backup. Every node that
// reads the same list computes the same answer, without talking to the others.
//
// Everything here is pure (no clock, no I/O): callers pass the slot and
// compare delays with their own injected clock.
package duty

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Rotation is an ordered operator list (contract order) and how many of them
// are designated per slot.
type Rotation struct {
	// Operators is the list in the order the contract returns it
	// (getOperatorList). An empty list designates nobody.
	Operators []common.Address
	// Threshold is the number of designated operators per slot (the
	// contract's k). Values above len(Operators) designate everyone; 0
	// designates nobody (everyone is a backup).
	Threshold int
}

// Position returns op's position for slot: (index(op) - slot) mod N, from 0
// to N-1, and false when op is not in the list.
func (r Rotation) Position(slot uint64, op common.Address) (int, bool) {
	n := uint64(len(r.Operators))
	for i, o := range r.Operators {
		if o == op {
			return int((uint64(i) + n - slot%n) % n), true
		}
	}
	return 0, false
}

// designatedCount is min(Threshold, N), never negative.
func (r Rotation) designatedCount() int {
	return max(0, min(r.Threshold, len(r.Operators)))
}

// IsDesignated reports whether op is one of the Threshold operators
// designated for slot. An operator that is not in the list is reported as
// designated: it cannot know its turn, so it acts at once and lets the
// contract decide (the bridge's round-one rule).
func (r Rotation) IsDesignated(slot uint64, op common.Address) bool {
	p, ok := r.Position(slot, op)
	return !ok || p < r.Threshold
}

// Designated returns the operators designated for slot, in position order:
// Operators[(slot+j) mod N] for j < min(Threshold, N). Nil for an empty list.
func (r Rotation) Designated(slot uint64) []common.Address {
	return r.Order(slot)[:r.designatedCount()]
}

// Backups returns the operators that are not designated for slot, in the
// order they step in (first backup first). Nil when there are none.
func (r Rotation) Backups(slot uint64) []common.Address {
	o := r.Order(slot)
	if len(o) == r.designatedCount() {
		return nil
	}
	return o[r.designatedCount():]
}

// Order returns every operator in position order for slot: the designated
// ones first, then the backups in the order they step in. It is the handover
// order a block producer follows. Nil for an empty list.
func (r Rotation) Order(slot uint64) []common.Address {
	n := uint64(len(r.Operators))
	if n == 0 {
		return nil
	}
	out := make([]common.Address, n)
	start := slot % n // reduce first: slot+j could overflow
	for j := uint64(0); j < n; j++ {
		out[j] = r.Operators[(start+j)%n]
	}
	return out
}

// Delay returns how long op waits before acting for slot when each backup
// rank adds step: 0 for a designated operator, r*step for the r-th backup
// (position Threshold+r-1). It returns false, and 0, when op is not in the
// list (the caller decides; the bridge and anchoring treat such a node as
// "act at once" and "never act" respectively).
func (r Rotation) Delay(slot uint64, op common.Address, step time.Duration) (time.Duration, bool) {
	p, ok := r.Position(slot, op)
	if !ok {
		return 0, false
	}
	if p < r.Threshold {
		return 0, true
	}
	return time.Duration(p-r.Threshold+1) * step, true
}
