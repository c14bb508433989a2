package br2k

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"go.etcd.io/etcd/api/v3/mvccpb"
	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"
)

// catchUpPage is how many entries one range read of the catch-up returns.
const catchUpPage = 500

// errResync makes the apply loop leave the watch and catch up by range reads.
var errResync = errors.New("br2k: resync")

// errCrash abandons the apply loop as a crash would (test failure point).
var errCrash = errors.New("br2k: crash injected")

// bootstrap brings the state up to where the log can be replayed: the local
// durable state (after rolling back a half-applied entry), or the latest
// snapshot when the log no longer starts after what the replica has.
func (r *Replica) bootstrap(ctx context.Context) error {
	if r.durable != nil {
		idx, err := r.durable.AppliedIndex()
		if err != nil {
			return fmt.Errorf("br2k: reading the durable state's applied index: %w", err)
		}
		if err := r.rollbackAfterCrash(ctx, idx); err != nil {
			return err
		}
		r.mu.Lock()
		r.applied = idx
		r.mu.Unlock()
	}
	for {
		err := r.ensureLogReachable(ctx)
		if err == nil {
			break
		}
		if errors.Is(err, ErrLogGap) || ctx.Err() != nil || isFatal(err) {
			return err
		}
		r.log.Warn("bootstrap: etcd not reachable; retrying", "err", err)
		if !sleepCtx(ctx, time.Second) {
			return ctx.Err()
		}
	}
	return nil
}

// isFatal reports errors of Restore (the application refused the snapshot).
func isFatal(err error) bool {
	var fe *fatalError
	return errors.As(err, &fe)
}

type fatalError struct{ err error }

func (e *fatalError) Error() string { return e.err.Error() }
func (e *fatalError) Unwrap() error { return e.err }

// ensureLogReachable restores the latest snapshot when the entry after the
// applied index is no longer in the log (compacted) or the log is empty
// while a snapshot is newer than the state.
func (r *Replica) ensureLogReachable(ctx context.Context) error {
	r.mu.Lock()
	applied := r.applied
	r.mu.Unlock()
	first, err := r.cli.Get(ctx, r.keys.log, clientv3.WithPrefix(), clientv3.WithLimit(1),
		clientv3.WithSort(clientv3.SortByKey, clientv3.SortAscend), clientv3.WithKeysOnly())
	if err != nil {
		return err
	}
	if len(first.Kvs) == 1 {
		idx, _ := r.keys.indexOf(first.Kvs[0].Key)
		if idx <= applied+1 {
			return nil
		}
	}
	snaps, err := r.publishedSnapshots(ctx)
	if err != nil {
		return err
	}
	if len(snaps) > 0 {
		r.mu.Lock()
		r.lastSnap = snaps[0]
		r.mu.Unlock()
	}
	if len(first.Kvs) == 0 && (len(snaps) == 0 || snaps[0].Index <= applied) {
		return nil // nothing to restore: a new service, or the state is up to date
	}
	return r.restoreLatest(ctx, applied)
}

// restoreLatest restores the newest snapshot version above applied that
// passes its checksums, trying older ones on a corrupt one.
func (r *Replica) restoreLatest(ctx context.Context, applied uint64) error {
	if r.cfg.Snapshots == nil {
		return fmt.Errorf("%w: the log starts after entry %d and no snapshot store is configured", ErrLogGap, applied+1)
	}
	versions, err := r.cfg.Snapshots.List(ctx, r.cfg.Service)
	if err != nil {
		return fmt.Errorf("br2k: listing snapshot versions: %w", err)
	}
	for _, m := range versions {
		if m.Index <= applied {
			break
		}
		err := r.restore(ctx, m)
		if err == nil {
			return nil
		}
		if isFatal(err) || ctx.Err() != nil {
			return err
		}
		r.log.Error("snapshot version unusable; trying an older one", "version", m.Version, "index", m.Index, "err", err)
	}
	return fmt.Errorf("%w: the log starts after entry %d and no snapshot version above it could be restored (%d listed)", ErrLogGap, applied+1, len(versions))
}

// applyLoop follows the log: a range-read catch-up, then one watch from the
// revision after it, applying entries strictly in index order. A watch
// error (compaction, a lost etcd member) or a gap leads back to a catch-up.
func (r *Replica) applyLoop(ctx context.Context) error {
	backoff := 50 * time.Millisecond
	for ctx.Err() == nil {
		rev, err := r.catchUp(ctx)
		if err == nil {
			r.mu.Lock()
			r.bootstrapped = true
			r.mu.Unlock()
			err = r.follow(ctx, rev+1)
		}
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, errCrash), isFatal(err), errors.Is(err, ErrLogGap):
			return err
		case errors.Is(err, errResync):
			backoff = 50 * time.Millisecond
			continue
		case err != nil:
			r.log.Warn("apply loop: etcd error; catching up again", "err", err)
		}
		if !sleepCtx(ctx, backoff) {
			return nil
		}
		backoff = min(2*backoff, 2*time.Second)
	}
	return nil
}

// catchUp applies every entry after the applied index by range reads at
// one revision and returns that revision.
func (r *Replica) catchUp(ctx context.Context) (int64, error) {
	var rev int64
	for {
		r.mu.Lock()
		next := r.applied + 1
		r.mu.Unlock()
		opts := []clientv3.OpOption{clientv3.WithRange(clientv3.GetPrefixRangeEnd(r.keys.log)), clientv3.WithLimit(catchUpPage)}
		if rev != 0 {
			opts = append(opts, clientv3.WithRev(rev))
		}
		resp, err := r.cli.Get(ctx, r.keys.entry(next), opts...)
		if err != nil {
			return 0, err
		}
		if rev == 0 {
			rev = resp.Header.Revision
		}
		for _, kv := range resp.Kvs {
			if err := r.applyKV(ctx, kv); err != nil {
				if errors.Is(err, errGap) {
					if err := r.restoreLatest(ctx, r.AppliedIndex()); err != nil {
						return 0, err
					}
					rev = 0
					break
				}
				return 0, err
			}
		}
		if rev != 0 && !resp.More {
			return rev, nil
		}
	}
}

var errGap = errors.New("br2k: gap in the log")

// follow applies entries from one watch of the log prefix starting at rev.
func (r *Replica) follow(ctx context.Context, rev int64) error {
	wctx, cancel := context.WithCancel(clientv3.WithRequireLeader(ctx))
	defer cancel()
	wch := r.cli.Watch(wctx, r.keys.log, clientv3.WithPrefix(), clientv3.WithRev(rev))
	for wr := range wch {
		if err := wr.Err(); err != nil {
			if errors.Is(err, rpctypes.ErrCompacted) {
				return errResync
			}
			return err
		}
		for _, ev := range wr.Events {
			if ev.Type != mvccpb.PUT {
				continue // log compaction
			}
			if err := r.applyKV(ctx, ev.Kv); err != nil {
				if errors.Is(err, errGap) {
					return errResync
				}
				return err
			}
		}
	}
	if ctx.Err() != nil {
		return nil
	}
	return errors.New("br2k: log watch closed")
}

// applyKV decodes and applies one log key if it is the next entry.
func (r *Replica) applyKV(ctx context.Context, kv *mvccpb.KeyValue) error {
	idx, ok := r.keys.indexOf(kv.Key)
	if !ok {
		return nil
	}
	r.mu.Lock()
	applied := r.applied
	r.mu.Unlock()
	if idx <= applied {
		return nil
	}
	if idx != applied+1 {
		return fmt.Errorf("%w: entry %d after %d", errGap, idx, applied)
	}
	e, err := decodeEntry(kv.Value)
	if err == nil && e.Index != idx {
		err = fmt.Errorf("br2k: entry under key %s says index %d", kv.Key, e.Index)
	}
	if err != nil {
		// A bad entry cannot be skipped without diverging: stop here and say why.
		r.setStuck(fmt.Sprintf("entry %d unreadable: %v", idx, err))
		r.log.Error("log entry unreadable; apply loop stopped until it is fixed", "index", idx, "err", err)
		<-ctx.Done()
		return nil
	}
	r.applyMu.Lock()
	err = r.apply(ctx, e, kv.ModRevision)
	r.applyMu.Unlock()
	if err == nil {
		r.maybeSnapshot()
	}
	return err
}

func (r *Replica) setStuck(why string) {
	r.mu.Lock()
	r.stuck = why
	r.mu.Unlock()
}

// apply applies one entry. Only the apply loop calls it, so entries apply
// one at a time and in order.
func (r *Replica) apply(ctx context.Context, e *logEntry, modRev int64) error {
	start := time.Now()
	var rp *reply
	switch e.Kind {
	case kindTerm:
		r.mu.Lock()
		r.termSeen = LeaderInfo{Service: r.cfg.Service, ID: e.Leader, URL: e.URL, Epoch: e.Epoch}
		r.mu.Unlock()
	case kindRequest, kindOnlyOnce:
		var err error
		rp, err = r.applyRequest(ctx, e)
		if err != nil {
			return err
		}
	case kindResult:
		rp = r.applyResult(e)
	case kindRecords:
		r.mu.Lock()
		applyRecords(r.records, e.Records)
		applyRecordTTLs(r.records, e.Records, e.Time)
		r.mu.Unlock()
	default:
		r.log.Warn("log entry of unknown kind ignored", "index", e.Index, "kind", e.Kind)
	}

	r.mu.Lock()
	prevTime := r.appliedTime
	r.applied, r.appliedRev, r.appliedTime = e.Index, modRev, max(r.appliedTime, e.Time)
	r.stuck = ""
	if rp != nil {
		if ch, ok := r.waiters[e.RID]; ok {
			ch <- *rp
			delete(r.waiters, e.RID)
		}
	}
	if e.Key != "" && (e.Kind == kindRequest || e.Kind == kindOnlyOnce) {
		delete(r.inflight, e.Key)
	}
	if r.appliedTime/pruneEvery > prevTime/pruneEvery {
		// At the first entry of each minute of the log's clock: the same
		// entry on every replica, so their tables stay equal (Digest).
		r.pruneLocked()
	}
	close(r.appliedCh)
	r.appliedCh = make(chan struct{})
	r.mu.Unlock()
	r.m.applied.Inc()
	r.m.applySeconds.Observe(time.Since(start).Seconds())
	return nil
}

// applyRequest runs a Replicate handler (or records an OnlyOnce request)
// unless the Idempotency-Key already has a result.
func (r *Replica) applyRequest(ctx context.Context, e *logEntry) (*reply, error) {
	base := reply{index: e.Index, epoch: e.Epoch, leader: e.Leader}
	if e.Key != "" {
		r.mu.Lock()
		rec := r.idem[e.Key]
		if rec != nil && rec.Expires != 0 && rec.Expires <= e.Time {
			rec = nil // expired: the key is new again
		}
		r.mu.Unlock()
		if rec != nil {
			// A duplicate that reached the log (a retry racing a leader change):
			// never applied twice.
			rp := base
			rp.replayed = true
			switch {
			case rec.FP != e.FP:
				rp.resp = problem(http.StatusUnprocessableEntity, "Idempotency-Key reused", "this Idempotency-Key was used for a request with another payload")
			case !rec.Done:
				rp.resp = problem(http.StatusConflict, "Request in progress", "a request with this Idempotency-Key is still being processed; retry later")
			default:
				rp.resp, rp.index, rp.epoch, rp.leader = rec.Resp, rec.Index, rec.Epoch, rec.Leader
			}
			r.m.replays.Inc()
			return &rp, nil
		}
	}
	rt, err := r.routeFor(ctx, e)
	if err != nil {
		return nil, err
	}
	if e.Kind == kindOnlyOnce {
		r.mu.Lock()
		r.pendingOnce[e.Index] = e
		if e.Key != "" {
			r.idem[e.Key] = &idemRecord{Key: e.Key, FP: e.FP, Index: e.Index, Epoch: e.Epoch, Leader: e.Leader, Pattern: e.Pattern}
		}
		t := r.term
		r.mu.Unlock()
		if t != nil {
			r.startOnlyOnce(t, rt, e)
		}
		return nil, nil // the waiter is woken by the result entry
	}
	resp, err := r.runReplicated(ctx, rt, e)
	if err != nil {
		return nil, err
	}
	rp := base
	rp.resp = resp
	if e.Key != "" && resp.Status < 500 {
		r.mu.Lock()
		r.storeAnswerLocked(&idemRecord{Key: e.Key, FP: e.FP, Index: e.Index, Epoch: e.Epoch, Leader: e.Leader,
			Pattern: e.Pattern, Done: true, Resp: resp, Expires: e.Time + int64(r.cfg.IdempotencyTTL)}, e.Index)
		r.mu.Unlock()
	}
	return &rp, nil
}

// routeFor finds the route of an entry. An entry for a pattern this
// replica has not registered cannot be skipped (the replicas would
// diverge): the apply loop waits, not ready, until the route appears.
func (r *Replica) routeFor(ctx context.Context, e *logEntry) (*Route, error) {
	for {
		r.routesMu.RLock()
		rt := r.routes[e.Pattern]
		r.routesMu.RUnlock()
		if rt != nil {
			if (e.Kind == kindOnlyOnce) != rt.onlyOnce {
				r.log.Warn("route kind differs from the logged entry's; using the logged kind", "pattern", e.Pattern, "index", e.Index)
			}
			return rt, nil
		}
		why := fmt.Sprintf("entry %d is for route %q, which this replica has not registered", e.Index, e.Pattern)
		r.setStuck(why)
		r.log.Error("apply loop waiting for a route", "index", e.Index, "pattern", e.Pattern)
		if !sleepCtx(ctx, time.Second) {
			return nil, ctx.Err()
		}
	}
}

// runReplicated runs a Replicate handler on the entry's request with a
// recorder, rolling back on failure (a panic or a 5xx answer).
func (r *Replica) runReplicated(ctx context.Context, rt *Route, e *logEntry) (*storedResponse, error) {
	r.mu.Lock()
	isLeader := r.term != nil && r.term.epoch == e.Epoch && e.Leader == r.cfg.ReplicaID
	r.mu.Unlock()
	newReq := func() (*http.Request, error) {
		req, err := entryRequest(withEntry(ctx, e, isLeader), e)
		if err != nil {
			return nil, err
		}
		return rt.routed(req), nil
	}
	req, err := newReq()
	if err != nil {
		return problem(http.StatusBadRequest, "Bad request", err.Error()), nil
	}
	var backup []byte
	haveBackup := false
	if rt.backup != nil {
		backup, err = rt.backup(req)
		if err != nil {
			r.log.Error("BackupState failed; applying without a rollback point", "index", e.Index, "pattern", e.Pattern, "err", err)
		} else {
			haveBackup = true
			if r.rbj != nil {
				if err := r.rbj.write(rollbackRecord{Index: e.Index, Pattern: e.Pattern, Entry: e, State: backup}); err != nil {
					return nil, fmt.Errorf("br2k: writing the rollback journal for entry %d: %w", e.Index, err)
				}
			}
			req, _ = newReq() // BackupState may have read the body
		}
	}
	if r.hooks.beforeHandler != nil && r.hooks.beforeHandler(e) {
		return nil, errCrash
	}
	resp, failed := rt.invoke(req, r.cfg.MaxBodyBytes)
	if failed {
		r.m.handlerFailures.Inc()
		if haveBackup && rt.rollbackFn != nil {
			rreq, _ := newReq()
			if err := rt.rollbackFn(rreq, backup); err != nil {
				r.log.Error("Rollback failed after a handler failure; the state may hold a partial change", "index", e.Index, "pattern", e.Pattern, "err", err)
			} else {
				r.m.rollbacks.Inc()
			}
		} else {
			r.log.Warn("handler failed and the route has no BackupState/Rollback", "index", e.Index, "pattern", e.Pattern, "status", resp.Status)
		}
	}
	return resp, nil
}

// entryRequest rebuilds the HTTP request of an entry.
func entryRequest(ctx context.Context, e *logEntry) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, e.Method, e.URI, bytes.NewReader(e.Body))
	if err != nil {
		return nil, fmt.Errorf("entry %d: %w", e.Index, err)
	}
	req.RequestURI = e.URI
	req.Header = e.Header.Clone()
	if req.Header == nil {
		req.Header = http.Header{}
	}
	req.ContentLength = int64(len(e.Body))
	return req, nil
}

// applyResult records an OnlyOnce handler's answer.
func (r *Replica) applyResult(e *logEntry) *reply {
	r.mu.Lock()
	defer r.mu.Unlock()
	orig, pending := r.pendingOnce[e.Of]
	if !pending {
		return nil // a second result for the same request (two terms raced): the first counts
	}
	delete(r.pendingOnce, e.Of)
	if t := r.term; t != nil {
		delete(t.running, e.Of)
	}
	if orig.Key != "" {
		if rec := r.idem[orig.Key]; rec != nil && rec.Index == e.Of {
			if e.Result.Status >= 500 {
				delete(r.idem, orig.Key) // a failure frees the key for a retry
			} else {
				// Records are never changed in place: a snapshot capture shares them.
				done := *rec
				done.Done, done.Resp, done.Expires = true, e.Result, e.Time+int64(r.cfg.IdempotencyTTL)
				r.storeAnswerLocked(&done, e.Index)
			}
		}
	}
	rp := &reply{resp: e.Result, index: orig.Index, epoch: orig.Epoch, leader: orig.Leader}
	if ch, ok := r.waiters[orig.RID]; ok {
		ch <- *rp
		delete(r.waiters, orig.RID)
	}
	return nil
}

// pruneEvery is the period, on the log's clock, of pruneLocked.
const pruneEvery = int64(time.Minute)

// pruneLocked drops Idempotency-Keys whose retention ended (by the entries'
// clock, so every replica drops the same ones) and expired records.
func (r *Replica) pruneLocked() {
	now := r.appliedTime
	for k, rec := range r.idem {
		if rec.Done && rec.Expires <= now {
			delete(r.idem, k)
		}
	}
	r.idemOrder.compact(r.idem)
	pruneRecords(r.records, now)
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
