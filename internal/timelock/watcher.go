package timelock

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Watcher follows one timelock's operations block range by block range, for
// a node that logs and counts every owner change it sees scheduled (issue
// 13: "nodes log and export a metric for every scheduled change they see").
// It is not safe for concurrent use.
type Watcher struct {
	b        Backend
	timelock common.Address
	next     uint64
	ops      []*Scheduled
	state    map[*Scheduled]string
	polled   bool
}

// Change is an operation whose state a Poll saw change: Event is
// "scheduled", "cancelled" or "executed".
type Change struct {
	Event string
	Op    *Scheduled
}

// NewWatcher returns a Watcher of timelock reading from block from (the
// timelock's deployment block, or the bridge's).
func NewWatcher(b Backend, timelock common.Address, from uint64) *Watcher {
	return &Watcher{b: b, timelock: timelock, next: from, state: map[*Scheduled]string{}}
}

// Poll reads the timelock's logs from the block after the last one read up
// to head (inclusive) and returns the changes, oldest first. The first Poll
// reports only operations still pending: history already settled when the
// watch began (the deployment's own hand-over, say) is not news. Errors: RPC
// failures (nothing is consumed; the next Poll reads the same blocks again).
func (w *Watcher) Poll(ctx context.Context, head uint64) ([]Change, error) {
	if head < w.next {
		return nil, nil
	}
	logs, err := scanLogs(ctx, w.b, w.timelock, w.next, head, DefaultScanRange)
	if err != nil {
		return nil, err
	}
	ops, err := apply(ctx, w.b, w.ops, logs)
	if err != nil {
		return nil, fmt.Errorf("timelock %s: %w", w.timelock.Hex(), err)
	}
	w.ops, w.next = ops, head+1
	var out []Change
	for _, o := range w.ops {
		st := "scheduled"
		switch {
		case o.Cancelled:
			st = "cancelled"
		case o.Executed:
			st = "executed"
		}
		if w.state[o] == st {
			continue
		}
		if !w.polled && st != "scheduled" {
			continue
		}
		if w.state[o] == "" && st != "scheduled" {
			out = append(out, Change{Event: "scheduled", Op: o}) // scheduled and settled within one Poll
		}
		w.state[o] = st
		out = append(out, Change{Event: st, Op: o})
	}
	// Forget settled operations (only pending ones can change again).
	kept := w.ops[:0]
	for _, o := range w.ops {
		if o.Pending() {
			kept = append(kept, o)
		} else {
			delete(w.state, o)
		}
	}
	w.ops, w.polled = kept, true
	return out, nil
}

// Pending returns the operations scheduled and neither cancelled nor
// executed, as of the last Poll.
func (w *Watcher) Pending() []*Scheduled {
	return append([]*Scheduled(nil), w.ops...)
}
