package bridge

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/timelock"
)

// Watching the owner's timelocks (issue 13: "nodes log and export a metric
// for every scheduled change they see"). The Bridges (and the Anchor) are
// owned by a TimelockController per chain (internal/deploy): every owner
// change is scheduled on chain and waits the minimum delay, during which any
// operator can cancel it (`servicechain admin cancel`). Each node reads its
// bridges' timelocks from the bridges' start blocks, and for every operation
// logs what it will do and when it can be executed (warn level: an operator
// should look at every one, a thief holding the owner key schedules too),
// its cancel or execution, and exports
// servicechain_timelock_changes_total{chain,event} (event scheduled,
// cancelled, executed) and servicechain_timelock_pending_changes{chain}.
// A bridge owned by a plain account is logged once at warn level: its owner
// changes take effect at once.

// timelockWatch is one chain's watch.
type timelockWatch struct {
	chain  string
	c      *chain.Client
	bridge common.Address
	from   uint64
	w      *timelock.Watcher
	lock   common.Address
	warned string
}

// watchTimelocks polls the bridges' timelocks every interval until ctx ends.
func (s *Service) watchTimelocks(ctx context.Context, interval time.Duration) {
	names := timelock.Names{s.cfg.Parent.Bridge: "parent bridge", s.cfg.Child.Bridge: "child bridge"}
	if s.cfg.Parent.Anchor != (common.Address{}) {
		names[s.cfg.Parent.Anchor] = "anchor"
	}
	var ws []*timelockWatch
	for _, d := range s.dirs { // each direction's source is one chain with its bridge
		ws = append(ws, &timelockWatch{chain: d.src.Name(), c: d.src, bridge: d.srcBridge, from: d.cfg.startBlock})
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		for _, w := range ws {
			s.pollTimelock(ctx, w, names)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// pollTimelock is one poll of one chain's timelock; errors are logged at
// debug level and retried at the next poll.
func (s *Service) pollTimelock(ctx context.Context, w *timelockWatch, names timelock.Names) {
	log := s.log.With("chain", w.chain)
	if w.w == nil {
		lock, delay, err := timelock.TimelockOf(ctx, w.c, w.bridge)
		if errors.Is(err, timelock.ErrNotTimelock) {
			if msg := err.Error(); msg != w.warned {
				log.Warn("the bridge's owner is not a timelock: owner changes take effect at once, unseen by the operators", "bridge", w.bridge, "err", err)
				w.warned = msg
			}
			return
		}
		if err != nil {
			log.Debug("reading the bridge's owner failed; retrying", "err", err)
			return
		}
		w.lock, w.w = lock, timelock.NewWatcher(w.c, lock, w.from)
		names[lock] = w.chain + " timelock"
		log.Info("watching the owner's timelock", "timelock", lock, "minDelay", delay, "fromBlock", w.from)
	}
	changes, err := w.w.Poll(ctx, w.c.Head())
	if err != nil {
		log.Debug("reading the timelock's operations failed; retrying", "timelock", w.lock, "err", err)
		return
	}
	now := time.Now()
	for _, ch := range changes {
		o := ch.Op
		s.metrics.timelockChanges.WithLabelValues(w.chain, ch.Event).Inc()
		what := strings.Join(timelock.DescribeOperation(o.Operation, names), "; ")
		switch ch.Event {
		case "scheduled":
			log.Warn("owner change scheduled in the timelock; any operator can cancel it before it is executable (servicechain admin cancel)",
				"id", o.ID, "does", what, "executableFrom", o.ReadyAt.Format(time.RFC3339), "in", o.ReadyAt.Sub(now).Round(time.Second),
				"tx", o.TxHash, "block", o.Block)
		default:
			log.Info("owner change "+ch.Event, "id", o.ID, "does", what)
		}
	}
	s.metrics.timelockPending.WithLabelValues(w.chain).Set(float64(len(w.w.Pending())))
}
