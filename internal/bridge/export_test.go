package bridge

import "time"

// SetMaxOpenPerRound lowers the per-round window of open requests for the
// services created afterwards (0 restores maxOpenPerRound); it returns the
// previous value. Tests only: the issue reproduced the attack with 8.
func SetMaxOpenPerRound(n int) int {
	old := testMaxOpen
	testMaxOpen = n
	return old
}

// SetUncappedBatches makes the services created afterwards cut vote
// batches by entry count only (no size or gas-cap pre-split), so a batch
// the chain refuses as a whole must be bisected; it returns the previous
// setting. Tests only.
func SetUncappedBatches(on bool) bool {
	old := testUncappedBatches
	testUncappedBatches = on
	return old
}

// StarveFirstBatch makes each direction of the services created afterwards
// send its first handle batch (two entries or more) with a gas limit that
// the node accepts but that runs out when the batch is mined (status 0),
// so the on-chain bisect runs; it returns the previous setting. Tests only.
func StarveFirstBatch(on bool) bool {
	old := testStarveFirstBatch
	testStarveFirstBatch = on
	return old
}

// Schedule is the backoff of failing payouts, for tests that check the
// operators' tries against it.
type Schedule struct{ b backoff }

// BackoffSchedule is the schedule with the given first wait (the poll
// interval) and cap (bridge.retry_backoff_cap).
func BackoffSchedule(first, cap time.Duration) Schedule {
	return Schedule{backoff{first: first, cap: cap}}
}

// TriesWithin is how many tries the schedule makes in d from the failure
// that started it, that failure included.
func (s Schedule) TriesWithin(d time.Duration) int { return s.b.triesWithin(d) }
