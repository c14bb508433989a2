package producer

import "time"

// Clock is the time source of the slot clock (when each block is due). The
// lease and self-fence always use the real monotonic clock, because etcd
// expires leases in real time.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// After delivers the time once d has passed.
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// slotClock maps block timestamps (unix seconds) to slots: slot n starts at
// genesis + n x period.
type slotClock struct {
	genesis uint64 // unix seconds of block 0 (slot 0)
	period  uint64 // seconds
}

// slotOf returns the slot a block timestamp falls in.
func (s slotClock) slotOf(ts uint64) uint64 {
	if ts <= s.genesis {
		return 0
	}
	return (ts - s.genesis) / s.period
}

// timestamp is the block timestamp of slot n.
func (s slotClock) timestamp(n uint64) uint64 { return s.genesis + n*s.period }

// start is the time slot n begins.
func (s slotClock) start(n uint64) time.Time { return time.Unix(int64(s.timestamp(n)), 0) }

// current is the slot that now falls in.
func (s slotClock) current(now time.Time) uint64 {
	u := now.Unix()
	if u < 0 || uint64(u) <= s.genesis {
		return 0
	}
	return s.slotOf(uint64(u))
}

// missed is the number of empty slots between a parent and its child.
func (s slotClock) missed(parentTime, childTime uint64) uint64 {
	p, c := s.slotOf(parentTime), s.slotOf(childTime)
	if c <= p+1 {
		return 0
	}
	return c - p - 1
}
