package br2k

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/client/v3/concurrency"
)

// term is one leadership term of this replica: from winning the election
// (epoch = the election key's CreateRevision) until the session ends or a
// fenced append fails.
type term struct {
	epoch     int64
	leaderKey string
	ctx       context.Context
	cancel    context.CancelCauseFunc
	appends   chan *appendReq
	stopped   chan struct{}   // closed when the appender returned
	running   map[uint64]bool // OnlyOnce entries being run (guarded by Replica.mu)
	wg        sync.WaitGroup
}

// MemberStatus is the value of /br2k/<service>/members/<id>, refreshed by
// each live replica on its session lease.
type MemberStatus struct {
	ID      string    `json:"id"`
	URL     string    `json:"url"`
	Applied uint64    `json:"applied"`
	Leader  bool      `json:"leader"`
	Epoch   int64     `json:"epoch,omitempty"`
	Updated time.Time `json:"updated"`
}

// observeLoop keeps r.leader equal to the oldest election key (the leader),
// re-reading it on every change of the election prefix.
func (r *Replica) observeLoop(ctx context.Context) {
	for ctx.Err() == nil {
		resp, err := r.cli.Get(ctx, r.keys.election, clientv3.WithFirstCreate()...)
		if err != nil {
			if !sleepCtx(ctx, 200*time.Millisecond) {
				return
			}
			continue
		}
		var l LeaderInfo
		if len(resp.Kvs) == 1 {
			if err := json.Unmarshal(resp.Kvs[0].Value, &l); err != nil {
				r.log.Warn("election key with an unreadable value", "key", string(resp.Kvs[0].Key), "err", err)
			}
			l.Epoch = resp.Kvs[0].CreateRevision
			l.Service = r.cfg.Service
		}
		r.mu.Lock()
		if l != r.leader {
			if l.ID != "" {
				r.log.Info("leader observed", "leader", l.ID, "url", l.URL, "epoch", l.Epoch)
			}
			r.leader = l
			r.leaderChangedLocked()
		}
		r.mu.Unlock()
		wctx, cancel := context.WithCancel(clientv3.WithRequireLeader(ctx))
		wch := r.cli.Watch(wctx, r.keys.election, clientv3.WithPrefix(), clientv3.WithRev(resp.Header.Revision+1))
		select {
		case <-wch:
		case <-ctx.Done():
		}
		cancel()
	}
}

// sessionLoop keeps a session (lease) with etcd, registers the member key,
// campaigns, and leads while elected; a lost session or a fenced append
// starts over with a new session.
func (r *Replica) sessionLoop(ctx context.Context) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := r.session(ctx)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			r.log.Warn("etcd session ended", "err", err)
		}
		if !sleepCtx(ctx, backoff) {
			return
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

func (r *Replica) session(ctx context.Context) error {
	// Campaign only once the log is replayed, so a far-behind replica does not
	// take the lead and keep requests waiting.
	for {
		r.mu.Lock()
		ok := r.bootstrapped
		r.mu.Unlock()
		if ok {
			break
		}
		if !sleepCtx(ctx, 20*time.Millisecond) {
			return nil
		}
	}
	ttl := int(r.cfg.SessionTTL / time.Second)
	s, err := concurrency.NewSession(r.cli, concurrency.WithTTL(ttl), concurrency.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("new session: %w", err)
	}
	sctx, scancel := context.WithCancel(ctx)
	defer scancel()
	go func() {
		select {
		case <-s.Done():
			if r.hooks.zombie.Load() {
				return // test: a leader that does not notice its lease ended
			}
			scancel()
		case <-sctx.Done():
		}
	}()
	var wg sync.WaitGroup
	wg.Go(func() { r.memberLoop(sctx, s) })
	defer wg.Wait()

	el := concurrency.NewElection(s, r.keys.election)
	val, _ := json.Marshal(LeaderInfo{Service: r.cfg.Service, ID: r.cfg.ReplicaID, URL: r.cfg.AdvertiseURL})
	// Campaign does not return when the session expires (etcd#19597): sctx
	// ends with the session, which aborts it.
	if err := el.Campaign(sctx, string(val)); err != nil {
		r.endSession(s, nil)
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("campaign: %w", err)
	}
	cause := r.lead(sctx, s, el)
	r.endSession(s, el)
	if ctx.Err() != nil {
		return nil
	}
	return cause
}

// endSession resigns and revokes the lease, except in a simulated crash,
// where the keys stay until the lease expires.
func (r *Replica) endSession(s *concurrency.Session, el *concurrency.Election) {
	if r.crashing.Load() {
		s.Orphan()
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if el != nil {
		_ = el.Resign(ctx)
	}
	_ = s.Close()
}

// memberLoop keeps /br2k/<service>/members/<id> on the session lease with
// this replica's URL and applied index.
func (r *Replica) memberLoop(ctx context.Context, s *concurrency.Session) {
	var last MemberStatus
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		r.mu.Lock()
		st := MemberStatus{ID: r.cfg.ReplicaID, URL: r.cfg.AdvertiseURL, Applied: r.applied, Leader: r.term != nil}
		if r.term != nil {
			st.Epoch = r.term.epoch
		}
		ch := r.appliedCh
		r.mu.Unlock()
		if st.Applied != last.Applied || st.Leader != last.Leader || last.ID == "" {
			st.Updated = time.Now().UTC()
			b, _ := json.Marshal(st)
			pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			_, err := r.cli.Put(pctx, r.keys.member(r.cfg.ReplicaID), string(b), clientv3.WithLease(s.Lease()))
			cancel()
			if err == nil {
				last = st
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-ch:
			// applied moved; wait for the tick to batch updates
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}
}

// lead runs one term: catch up with the committed head, append the term
// entry, serve as leader until the session ends or an append is fenced.
func (r *Replica) lead(ctx context.Context, s *concurrency.Session, el *concurrency.Election) error {
	epoch := el.Rev()
	r.log.Info("elected; catching up before serving", "epoch", epoch)
	head, err := r.readHead(ctx)
	if err != nil {
		return fmt.Errorf("reading the log head: %w", err)
	}
	if err := r.WaitApplied(ctx, head); err != nil {
		return nil
	}
	tctx, cancel := context.WithCancelCause(ctx)
	t := &term{epoch: epoch, leaderKey: el.Key(), ctx: tctx, cancel: cancel,
		appends: make(chan *appendReq, 256), stopped: make(chan struct{}), running: map[uint64]bool{}}
	defer cancel(nil)
	t.wg.Go(func() { r.appender(t, head) })
	defer t.wg.Wait()

	te := &logEntry{Kind: kindTerm, RID: newRID(), URL: r.cfg.AdvertiseURL}
	if err := r.appendEntries(t, te); err != nil {
		return fmt.Errorf("appending the term entry: %w", err)
	}
	if err := r.WaitApplied(tctx, te.Index); err != nil {
		return context.Cause(tctx)
	}
	snaps, err := r.publishedSnapshots(tctx)
	r.mu.Lock()
	if err == nil && len(snaps) > 0 && snaps[0].Index > r.lastSnap.Index {
		r.lastSnap = snaps[0]
	}
	r.term = t
	r.leaderChangedLocked()
	pending := make([]*logEntry, 0, len(r.pendingOnce))
	for _, e := range r.pendingOnce {
		pending = append(pending, e)
	}
	hooks := append([]func(context.Context, int64){}, r.onLeader...)
	r.mu.Unlock()
	r.m.leaderChanges.Inc()
	r.log.Info("leading", "epoch", epoch, "from_index", te.Index)
	defer func() {
		r.mu.Lock()
		if r.term == t {
			r.term = nil
			r.leaderChangedLocked()
		}
		r.mu.Unlock()
		cancel(errors.New("term ended"))
	}()

	for _, e := range pending {
		if rt := r.route(e.Pattern); rt != nil {
			r.log.Info("re-running an OnlyOnce request left without a result", "index", e.Index, "pattern", e.Pattern, "key", e.Key)
			r.startOnlyOnce(t, rt, e)
		}
	}
	for _, fn := range hooks {
		t.wg.Go(func() { fn(tctx, epoch) })
	}
	if r.cfg.Registry != nil {
		t.wg.Go(func() { r.publishLeader(tctx, epoch) })
	}
	r.maybeSnapshot()

	<-tctx.Done()
	cause := context.Cause(tctx)
	if errors.Is(cause, ErrFenced) || errors.Is(cause, ErrOutcomeUnknown) {
		r.log.Warn("stepping down", "epoch", epoch, "cause", cause)
		return cause
	}
	if ctx.Err() == nil {
		return cause
	}
	r.log.Info("term ended", "epoch", epoch)
	return nil
}

// readHead reads the index of the last committed entry (linearizable).
func (r *Replica) readHead(ctx context.Context) (uint64, error) {
	resp, err := r.cli.Get(ctx, r.keys.head)
	if err != nil {
		return 0, err
	}
	if len(resp.Kvs) == 0 {
		return 0, nil
	}
	return strconv.ParseUint(string(resp.Kvs[0].Value), 10, 64)
}

// publishLeader records the leader in the registry, retrying until it
// succeeds or the term ends.
func (r *Replica) publishLeader(ctx context.Context, epoch int64) {
	l := LeaderInfo{Service: r.cfg.Service, ID: r.cfg.ReplicaID, URL: r.cfg.AdvertiseURL, Epoch: epoch}
	backoff := time.Second
	for ctx.Err() == nil {
		err := r.cfg.Registry.PublishLeader(ctx, l)
		if err == nil {
			r.log.Info("leader published in the registry", "epoch", epoch)
			return
		}
		if ctx.Err() != nil {
			return
		}
		r.m.registryErrors.Inc()
		r.log.Warn("publishing the leader in the registry failed; retrying", "epoch", epoch, "err", err, "retry_in", backoff)
		if !sleepCtx(ctx, backoff) {
			return
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

// currentTerm returns the term while leading.
func (r *Replica) currentTerm() *term {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.term
}

// startOnlyOnce runs an OnlyOnce handler for e on the leader, once per term,
// and logs its answer as a result entry.
func (r *Replica) startOnlyOnce(t *term, rt *Route, e *logEntry) {
	r.mu.Lock()
	if t.running[e.Index] || r.term != t {
		r.mu.Unlock()
		return
	}
	t.running[e.Index] = true
	r.mu.Unlock()
	t.wg.Go(func() {
		if t.ctx.Err() != nil {
			return // deposed: the next leader runs it
		}
		req, err := entryRequest(withEntry(t.ctx, e, true), e)
		var resp *storedResponse
		if err != nil {
			resp = problem(http.StatusBadRequest, "Bad request", err.Error())
		} else {
			var failed bool
			resp, failed = rt.invoke(req, r.cfg.MaxBodyBytes)
			if failed {
				r.m.handlerFailures.Inc()
			}
		}
		if t.ctx.Err() != nil {
			// Deposed while the handler ran: its answer is not logged; the next
			// leader runs it again (its side effects go through fenced writes).
			return
		}
		res := &logEntry{Kind: kindResult, RID: newRID(), Key: e.Key, Of: e.Index, Result: resp}
		if err := r.appendEntries(t, res); err != nil {
			r.log.Warn("logging an OnlyOnce result failed; the next leader re-runs it", "index", e.Index, "err", err)
			r.mu.Lock()
			delete(t.running, e.Index)
			r.mu.Unlock()
		}
	})
}

// route returns the registered route of pattern, or nil.
func (r *Replica) route(pattern string) *Route {
	r.routesMu.RLock()
	defer r.routesMu.RUnlock()
	return r.routes[pattern]
}
