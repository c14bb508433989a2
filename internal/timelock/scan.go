package timelock

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Scheduled is an operation as a timelock's logs show it: scheduled (and
// possibly cancelled or executed since).
type Scheduled struct {
	Operation
	// ID is the operation id (the CallScheduled topic).
	ID common.Hash `json:"id"`
	// Delay is the delay it was scheduled with.
	Delay time.Duration `json:"delay"`
	// Block and TxHash locate the scheduling transaction; ScheduledAt is its
	// block's time.
	Block       uint64      `json:"block"`
	TxHash      common.Hash `json:"txHash"`
	ScheduledAt time.Time   `json:"scheduledAt"`
	// ReadyAt is when it can be executed (ScheduledAt + Delay).
	ReadyAt time.Time `json:"readyAt"`
	// Cancelled and Executed: a Cancelled or CallExecuted event followed it.
	Cancelled bool `json:"cancelled"`
	Executed  bool `json:"executed"`
}

// Pending reports whether the operation is scheduled and neither cancelled
// nor executed.
func (s *Scheduled) Pending() bool { return !s.Cancelled && !s.Executed }

// Status is the operation's state in words: "waiting (executable from
// <time>, in <d>)", "ready since <time>", "cancelled", "executed".
func (s *Scheduled) Status(now time.Time) string {
	switch {
	case s.Cancelled:
		return "cancelled"
	case s.Executed:
		return "executed"
	case now.Before(s.ReadyAt):
		return fmt.Sprintf("waiting: executable from %s (in %s)", s.ReadyAt.Format(time.RFC3339), s.ReadyAt.Sub(now).Round(time.Second))
	}
	return fmt.Sprintf("ready since %s: anyone with the executor role may execute it", s.ReadyAt.Format(time.RFC3339))
}

// DefaultScanRange is the block range of one eth_getLogs call of Scan.
const DefaultScanRange = 10_000

// Scan reads the timelock's CallScheduled, CallSalt, Cancelled and
// CallExecuted logs of blocks from..to (to 0 = the latest block) in
// eth_getLogs calls of at most rangeBlocks blocks (0 = DefaultScanRange) and
// returns every operation scheduled there, in scheduling order; an operation
// cancelled and scheduled again appears once, as last scheduled. Errors: RPC
// failures; a malformed log is skipped, never an error.
func Scan(ctx context.Context, b Backend, timelock common.Address, from, to, rangeBlocks uint64) ([]*Scheduled, error) {
	if rangeBlocks == 0 {
		rangeBlocks = DefaultScanRange
	}
	if to == 0 {
		h, err := b.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("timelock %s: head: %w", timelock.Hex(), err)
		}
		to = h.Number.Uint64()
	}
	logs, err := scanLogs(ctx, b, timelock, from, to, rangeBlocks)
	if err != nil {
		return nil, err
	}
	return apply(ctx, b, nil, logs)
}

// scanLogs returns the timelock's operation logs of blocks from..to in chain
// order, read rangeBlocks blocks per call.
func scanLogs(ctx context.Context, b Backend, timelock common.Address, from, to, rangeBlocks uint64) ([]types.Log, error) {
	var logs []types.Log
	for next := from; next <= to; {
		end := min(next+rangeBlocks-1, to)
		got, err := b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(end), Addresses: []common.Address{timelock},
			Topics: [][]common.Hash{{topicScheduled, topicSalt, topicCancelled, topicExecuted}},
		})
		if err != nil {
			return nil, fmt.Errorf("timelock %s: logs of blocks %d-%d: %w", timelock.Hex(), next, end, err)
		}
		logs = append(logs, got...)
		next = end + 1
	}
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	return logs, nil
}

// apply folds logs (in chain order) into ops (may be nil) and returns them
// in scheduling order. Block times are read once per block.
func apply(ctx context.Context, b Backend, ops []*Scheduled, logs []types.Log) ([]*Scheduled, error) {
	byID := map[common.Hash]*Scheduled{}
	for _, o := range ops {
		byID[o.ID] = o
	}
	times := map[uint64]time.Time{}
	blockTime := func(n uint64) (time.Time, error) {
		if t, ok := times[n]; ok {
			return t, nil
		}
		h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return time.Time{}, fmt.Errorf("block %d: %w", n, err)
		}
		t := time.Unix(int64(h.Time), 0).UTC()
		times[n] = t
		return t, nil
	}
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) < 2 {
			continue
		}
		id := l.Topics[1]
		switch l.Topics[0] {
		case topicScheduled:
			ev, err := tl.UnpackCallScheduledEvent(l)
			if err != nil || !ev.Index.IsUint64() || !ev.Delay.IsInt64() {
				continue
			}
			s := byID[id]
			if s == nil || !s.Pending() || s.TxHash != l.TxHash { // new, or scheduled again after a cancel
				at, err := blockTime(l.BlockNumber)
				if err != nil {
					return nil, err
				}
				s = &Scheduled{ID: id, Delay: time.Duration(ev.Delay.Int64()) * time.Second, Block: l.BlockNumber, TxHash: l.TxHash, ScheduledAt: at}
				s.ReadyAt = at.Add(s.Delay)
				s.Predecessor = ev.Predecessor
				if old := byID[id]; old != nil {
					s.Salt = old.Salt
					ops = remove(ops, old)
				}
				byID[id] = s
				ops = append(ops, s)
			}
			for idx := ev.Index.Uint64(); uint64(len(s.Calls)) <= idx; {
				s.Calls = append(s.Calls, Call{})
			}
			s.Calls[ev.Index.Uint64()] = Call{Target: ev.Target, Value: ev.Value, Data: ev.Data}
		case topicSalt:
			if ev, err := tl.UnpackCallSaltEvent(l); err == nil && byID[id] != nil {
				byID[id].Salt = ev.Salt
			}
		case topicCancelled:
			if s := byID[id]; s != nil {
				s.Cancelled = true
			}
		case topicExecuted:
			if s := byID[id]; s != nil {
				s.Executed = true
			}
		}
	}
	return ops, nil
}

func remove(ops []*Scheduled, o *Scheduled) []*Scheduled {
	for i, x := range ops {
		if x == o {
			return append(ops[:i:i], ops[i+1:]...)
		}
	}
	return ops
}

// Find returns the operation with id among what Scan finds in blocks
// from..latest. Errors: Scan's; no such operation was scheduled there.
func Find(ctx context.Context, b Backend, timelock common.Address, from uint64, id common.Hash) (*Scheduled, error) {
	ops, err := Scan(ctx, b, timelock, from, 0, 0)
	if err != nil {
		return nil, err
	}
	for _, o := range ops {
		if o.ID == id {
			return o, nil
		}
	}
	return nil, fmt.Errorf("timelock %s: no operation %s scheduled since block %d", timelock.Hex(), id.Hex(), from)
}
