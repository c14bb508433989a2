package br2k

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// Batching of appends: one etcd transaction carries up to maxBatch entries
// (etcd's default --max-txn-ops is 128) and about maxBatchBytes.
const (
	maxBatch      = 64
	maxBatchBytes = 1 << 20
	// appendTimeout bounds one append transaction.
	appendTimeout = 5 * time.Second
)

type appendReq struct {
	entries []*logEntry
	done    chan error
}

// appendEntries appends es in order in term t and returns once they are
// committed in etcd (not yet applied). It sets their Index, Epoch, Leader,
// Subject and Time. Errors: ErrNotLeader (term over; nothing appended),
// ErrFenced (another replica leads; nothing appended), ErrOutcomeUnknown.
func (r *Replica) appendEntries(t *term, es ...*logEntry) error {
	req := &appendReq{entries: es, done: make(chan error, 1)}
	select {
	case t.appends <- req:
	case <-t.ctx.Done():
		return ErrNotLeader
	}
	select {
	case err := <-req.done:
		return err
	case <-t.stopped:
		select {
		case err := <-req.done:
			return err
		default:
			return ErrNotLeader // queued after the appender stopped: never written
		}
	}
}

// appender is the one goroutine of a term that writes the log: it batches
// queued appends into transactions fenced on the election key and the head:
//
//	If(CreateRevision(leaderKey) == epoch, Value(head) == last)
//	Then(Put(log/<last+1>), ..., Put(head, last+n))
//
// so a deposed leader never appends and two appends never take one index.
func (r *Replica) appender(t *term, head uint64) {
	defer close(t.stopped)
	last := head
	var subject uint64
	var lastTime int64
	for {
		var first *appendReq
		select {
		case first = <-t.appends:
		case <-t.ctx.Done():
			r.drainAppends(t)
			return
		}
		batch := []*appendReq{first}
		n, size := len(first.entries), 0
	gather:
		for n < maxBatch && size < maxBatchBytes {
			select {
			case q := <-t.appends:
				batch = append(batch, q)
				n += len(q.entries)
			default:
				break gather
			}
		}
		now := r.now().UnixNano()
		if now < lastTime {
			now = lastTime // entry times never go back
		}
		lastTime = now
		var ops []clientv3.Op
		idx := last
		var lastRID string
		for _, q := range batch {
			for _, e := range q.entries {
				idx++
				subject++
				e.Index, e.Epoch, e.Leader, e.Subject, e.Time = idx, t.epoch, r.cfg.ReplicaID, subject, now
				b, err := json.Marshal(e)
				if err != nil {
					panic(fmt.Sprintf("br2k: encoding a log entry: %v", err)) // only plain data types: cannot fail
				}
				size += len(b)
				ops = append(ops, clientv3.OpPut(r.keys.entry(idx), string(b)))
				lastRID = e.RID
			}
		}
		ops = append(ops, clientv3.OpPut(r.keys.head, strconv.FormatUint(idx, 10)))
		err := r.commitBatch(t, last, idx, lastRID, ops)
		if err == nil {
			last = idx
			r.m.appendBatch.Observe(float64(n))
		} else {
			subject -= uint64(n)
		}
		for _, q := range batch {
			if err == nil && r.hooks.afterCommit != nil {
				for _, e := range q.entries {
					r.hooks.afterCommit(e)
				}
			}
			q.done <- err
		}
		if err != nil {
			r.m.fenceFailures.Inc()
			t.cancel(err)
			r.drainAppends(t)
			return
		}
	}
}

// commitBatch runs one fenced append transaction. When etcd does not answer,
// it reads the head back to learn whether the batch was committed.
func (r *Replica) commitBatch(t *term, last, idx uint64, lastRID string, ops []clientv3.Op) error {
	fence := []clientv3.Cmp{clientv3.Compare(clientv3.CreateRevision(t.leaderKey), "=", t.epoch)}
	if last == 0 {
		fence = append(fence, clientv3.Compare(clientv3.CreateRevision(r.keys.head), "=", 0))
	} else {
		fence = append(fence, clientv3.Compare(clientv3.Value(r.keys.head), "=", strconv.FormatUint(last, 10)))
	}
	start := time.Now()
	unknown := false
	for attempt := 0; ; attempt++ {
		ctx, cancel := context.WithTimeout(t.ctx, appendTimeout)
		resp, err := r.cli.Txn(ctx).If(fence...).Then(ops...).Commit()
		cancel()
		if err == nil {
			r.m.appendSeconds.Observe(time.Since(start).Seconds())
			if !resp.Succeeded {
				if attempt > 0 { // an earlier, ambiguous attempt may be what moved the head
					if state, rerr := r.batchState(t, last, idx, lastRID); rerr == nil && state == batchCommitted {
						return nil
					} else if rerr != nil {
						return ErrOutcomeUnknown
					}
				}
				return ErrFenced
			}
			return nil
		}
		if t.ctx.Err() != nil && attempt > 0 {
			if unknown {
				return ErrOutcomeUnknown
			}
			return ErrNotLeader
		}
		// Ambiguous: read back what happened.
		state, rerr := r.batchState(t, last, idx, lastRID)
		switch {
		case rerr != nil && attempt >= 2:
			r.log.Error("append outcome unknown: etcd unreachable", "from", last+1, "to", idx, "err", err, "read_err", rerr)
			return ErrOutcomeUnknown
		case rerr != nil:
			unknown = true
			sleepCtx(t.ctx, 200*time.Millisecond)
			continue
		case state == batchCommitted:
			return nil
		case state == batchOther:
			return ErrFenced
		}
		unknown = false
		// not committed: retry the same transaction
	}
}

type batchOutcome int

const (
	batchNotCommitted batchOutcome = iota
	batchCommitted
	batchOther // someone else moved the head
)

func (r *Replica) batchState(t *term, last, idx uint64, lastRID string) (batchOutcome, error) {
	ctx, cancel := context.WithTimeout(context.Background(), appendTimeout)
	defer cancel()
	resp, err := r.cli.Txn(ctx).Then(clientv3.OpGet(r.keys.head), clientv3.OpGet(r.keys.entry(idx))).Commit()
	if err != nil {
		return 0, err
	}
	var head uint64
	if kvs := resp.Responses[0].GetResponseRange().Kvs; len(kvs) == 1 {
		head, _ = strconv.ParseUint(string(kvs[0].Value), 10, 64)
	}
	switch {
	case head == last:
		return batchNotCommitted, nil
	case head >= idx:
		if kvs := resp.Responses[1].GetResponseRange().Kvs; len(kvs) == 1 {
			if e, err := decodeEntry(kvs[0].Value); err == nil && e.RID == lastRID && e.Epoch == t.epoch {
				return batchCommitted, nil
			}
		}
		return batchOther, nil
	default:
		return batchOther, nil
	}
}

// drainAppends fails appends queued after the term ended.
func (r *Replica) drainAppends(t *term) {
	err := context.Cause(t.ctx)
	if !errors.Is(err, ErrFenced) && !errors.Is(err, ErrOutcomeUnknown) {
		err = ErrNotLeader
	}
	for {
		select {
		case q := <-t.appends:
			q.done <- err
		default:
			return
		}
	}
}
