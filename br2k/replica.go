package br2k

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"
)

// Replica is one replica of a replicated application server. Create it with
// New, register its routes (Replicate, OnlyOnce), then Run it; all methods
// are safe for concurrent use.
//
// A Replica satisfies the host's service contract (internal/node): Name,
// Run, NotReady and Collectors.
type Replica struct {
	cfg       Config
	keys      keys
	cli       *clientv3.Client
	ownClient bool
	log       *slog.Logger
	now       func() time.Time
	http      *http.Client
	hooks     *testHooks
	m         *metrics
	durable   DurableState // cfg.State when it is one
	rbj       *rollbackJournal

	routesMu sync.RWMutex
	routes   map[string]*Route
	routeMux *http.ServeMux // all patterns, to find a Submit's route

	// applyMu is held by the apply loop while it applies one entry, so a
	// snapshot capture happens between entries.
	applyMu sync.Mutex
	// mu guards the replicated state below and the leadership fields.
	mu           sync.Mutex
	applied      uint64
	appliedRev   int64 // etcd ModRevision of the last applied entry
	appliedTime  int64 // Time of the last applied entry (leader clock, unix ns)
	appliedCh    chan struct{}
	idem         map[string]*idemRecord
	pendingOnce  map[uint64]*logEntry // OnlyOnce entries without a result, by index
	records      map[string]map[string][]byte
	termSeen     LeaderInfo            // from the last applied term entry
	idemOrder    idemQueue             // stored answers in log order, for MaxIdempotencyKeys
	waiters      map[string]chan reply // by RID, on the leader
	inflight     map[string]string     // Idempotency-Key -> fingerprint, appended and not applied
	term         *term                 // non-nil while this replica leads (after catch-up)
	leader       LeaderInfo            // the elected leader as observed in etcd
	leaderCh     chan struct{}         // closed and replaced when leader or term changes
	lastSnap     SnapshotMeta          // newest published snapshot known
	stuck        string                // why the apply loop cannot go on ("" when fine)
	onLeader     []func(ctx context.Context, epoch int64)
	bootstrapped bool

	snapshotting atomic.Bool
	state        atomic.Int32
	runCancel    context.CancelFunc
	runDone      chan struct{}
	stopped      chan struct{} // closed when Run ends or Close is called
	stopOnce     sync.Once
	crashing     atomic.Bool
	closeOnce    sync.Once
}

const (
	stateNew int32 = iota
	stateRunning
	stateClosed
)

// reply is what a waiting request gets from the apply loop.
type reply struct {
	resp     *storedResponse
	index    uint64
	epoch    int64
	leader   string
	replayed bool
}

// New validates cfg and returns a replica that is not running yet. It dials
// etcd lazily (the first call happens in Run). Errors name the bad Config
// field.
func New(cfg Config, opts ...Option) (*Replica, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	cfg, err := cfg.withDefaults(o.client != nil)
	if err != nil {
		return nil, err
	}
	r := &Replica{
		cfg: cfg, keys: newKeys(cfg.Service), now: o.now, http: o.httpClient, hooks: o.hooks,
		routes: map[string]*Route{}, routeMux: http.NewServeMux(),
		appliedCh: make(chan struct{}), idem: map[string]*idemRecord{}, pendingOnce: map[uint64]*logEntry{},
		records: map[string]map[string][]byte{}, waiters: map[string]chan reply{}, inflight: map[string]string{},
		leaderCh: make(chan struct{}), runDone: make(chan struct{}), stopped: make(chan struct{}),
	}
	if r.now == nil {
		r.now = time.Now
	}
	if r.hooks == nil {
		r.hooks = &testHooks{}
	}
	r.log = o.log
	if r.log == nil {
		r.log = slog.Default()
	}
	r.log = r.log.With("service", cfg.Service, "replica", cfg.ReplicaID)
	if r.http == nil {
		r.http = &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone(),
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	if d, ok := cfg.State.(DurableState); ok {
		r.durable = d
		if cfg.DataDir != "" {
			r.rbj = &rollbackJournal{dir: cfg.DataDir}
		}
	}
	if o.client != nil {
		r.cli = o.client
	} else {
		r.cli, err = clientv3.New(clientv3.Config{
			Endpoints: cfg.Endpoints, TLS: cfg.TLS, DialTimeout: cfg.DialTimeout, Logger: zap.NewNop(),
			DialKeepAliveTime: 2 * time.Second, DialKeepAliveTimeout: 2 * time.Second,
		})
		if err != nil {
			return nil, fmt.Errorf("br2k: etcd client for %v: %w", cfg.Endpoints, err)
		}
		r.ownClient = true
	}
	r.m = newMetrics(r)
	return r, nil
}

// Name returns "br2k" (the host's service name).
func (r *Replica) Name() string { return "br2k" }

// ID returns Config.ReplicaID.
func (r *Replica) ID() string { return r.cfg.ReplicaID }

// Service returns Config.Service.
func (r *Replica) Service() string { return r.cfg.Service }

// Client returns the etcd client the replica uses.
func (r *Replica) Client() *clientv3.Client { return r.cli }

// Run restores the state (local durable state, else the latest snapshot),
// replays the log, then follows it from one etcd watch and campaigns for
// leadership until ctx ends or Close is called. It returns nil then, and an
// error only when the replica cannot go on (ErrLogGap, a Restore failure,
// ErrClosed when closed before it started). etcd outages are survived:
// requests wait or get 503 meanwhile.
func (r *Replica) Run(ctx context.Context) error {
	if !r.state.CompareAndSwap(stateNew, stateRunning) {
		if r.state.Load() == stateClosed {
			return ErrClosed
		}
		return errors.New("br2k: Run called twice")
	}
	ctx, cancel := context.WithCancel(ctx)
	r.mu.Lock()
	r.runCancel = cancel
	r.mu.Unlock()
	defer close(r.runDone)
	defer r.markStopped()
	defer cancel()

	if err := r.bootstrap(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	errc := make(chan error, 3)
	var wg sync.WaitGroup
	wg.Go(func() { errc <- r.applyLoop(ctx) })
	wg.Go(func() { r.observeLoop(ctx) })
	wg.Go(func() { r.sessionLoop(ctx) })
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
		cancel()
	}
	wg.Wait()
	r.failWaiters()
	if ctx.Err() != nil && err == nil {
		return nil
	}
	return err
}

// Close stops the replica: a leader resigns (another replica takes over at
// once instead of after SessionTTL) and its lease is revoked; Run returns.
// It closes the etcd client unless it came from WithClient. Safe to call
// more than once and before Run.
func (r *Replica) Close() error {
	r.closeOnce.Do(func() {
		prev := r.state.Swap(stateClosed)
		r.markStopped()
		r.mu.Lock()
		cancel := r.runCancel
		r.mu.Unlock()
		if cancel != nil {
			cancel()
		}
		if prev == stateRunning {
			<-r.runDone
		}
		if r.ownClient {
			_ = r.cli.Close()
		}
	})
	return nil
}

func (r *Replica) markStopped() { r.stopOnce.Do(func() { close(r.stopped) }) }

// crash stops the replica like a SIGKILL would as far as etcd can tell: no
// resign, no lease revoke (its keys stay until the lease TTL expires). For
// tests.
func (r *Replica) crash() {
	r.crashing.Store(true)
	r.Close()
}

// OnLeader registers fn to run, on its own goroutine, each time this replica
// starts a term as leader (after it applied every committed entry and its
// term entry). ctx ends when the term ends; epoch is the term's fencing
// token, to pass to Propose. br2k/chain starts its transaction manager here.
func (r *Replica) OnLeader(fn func(ctx context.Context, epoch int64)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.onLeader = append(r.onLeader, fn)
}

// Leader returns the elected leader as this replica last observed it in
// etcd; ok is false while there is none.
func (r *Replica) Leader() (l LeaderInfo, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.leader, r.leader.ID != ""
}

// Leading returns the epoch of this replica's term while it leads (and has
// caught up); ok is false otherwise.
func (r *Replica) Leading() (epoch int64, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.term == nil {
		return 0, false
	}
	return r.term.epoch, true
}

// AppliedIndex returns the index of the last entry applied on this replica.
func (r *Replica) AppliedIndex() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.applied
}

// WaitApplied blocks until this replica applied entry index (or a later
// one). Errors: ctx ended, ErrClosed when the replica stopped first.
func (r *Replica) WaitApplied(ctx context.Context, index uint64) error {
	for {
		r.mu.Lock()
		applied, ch := r.applied, r.appliedCh
		r.mu.Unlock()
		if applied >= index {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-r.stopped:
			return ErrClosed
		}
	}
}

// Sync waits until this replica has applied every entry committed before
// the call (a linearizable read of the log head, then a wait): state read
// after it returns is at least as new as any acknowledged write. It works on
// any replica. Errors: etcd unreachable, ctx ended.
func (r *Replica) Sync(ctx context.Context) error {
	resp, err := r.cli.Get(ctx, r.keys.head)
	if err != nil {
		return fmt.Errorf("br2k: sync: reading the log head: %w", err)
	}
	var head uint64
	if len(resp.Kvs) == 1 {
		if _, err := fmt.Sscan(string(resp.Kvs[0].Value), &head); err != nil {
			return fmt.Errorf("br2k: sync: log head %q: %w", resp.Kvs[0].Value, err)
		}
	}
	return r.WaitApplied(ctx, head)
}

// NotReady lists why the replica should not take traffic: not running, not
// caught up with the log, no leader, or the apply loop stuck. Empty means
// ready (for /readyz).
func (r *Replica) NotReady() []string {
	var out []string
	if r.state.Load() != stateRunning {
		out = append(out, "br2k: replica not running")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.bootstrapped {
		out = append(out, "br2k: restoring state and replaying the log")
	}
	if r.leader.ID == "" {
		out = append(out, "br2k: no leader elected")
	}
	if r.stuck != "" {
		out = append(out, "br2k: "+r.stuck)
	}
	return out
}

// leaderChanged wakes everyone waiting for a leader or term change. Call
// with r.mu held.
func (r *Replica) leaderChangedLocked() {
	close(r.leaderCh)
	r.leaderCh = make(chan struct{})
}

// failWaiters wakes requests still waiting when Run ends.
func (r *Replica) failWaiters() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for rid, ch := range r.waiters {
		ch <- reply{resp: problem(http.StatusServiceUnavailable, "Replica stopped", "the replica stopped before the request's entry was applied; retry with the same Idempotency-Key")}
		delete(r.waiters, rid)
	}
}

func newRID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// testHooks are failure points for tests (nil functions do nothing).
type testHooks struct {
	// afterCommit runs on the leader after its append of e was committed,
	// before the request waits for the apply (the "commit, then crash" window).
	afterCommit func(e *logEntry)
	// beforeHandler runs on every replica before a handler applies e; it
	// returns true to abandon the apply as a crash would (no rollback, the
	// apply loop stops).
	beforeHandler func(e *logEntry) bool
	// zombie makes the replica ignore the end of its session, like a leader
	// paused past its TTL that resumes believing it still leads.
	zombie atomic.Bool
}

func withHooks(h *testHooks) Option { return func(o *options) { o.hooks = h } }
