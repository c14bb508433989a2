package br2k

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Route is a replicated route: an http.Handler to mount on the
// application's router at the same pattern it was registered with.
type Route struct {
	r          *Replica
	pattern    string
	handler    http.Handler
	onlyOnce   bool
	mux        *http.ServeMux // this pattern alone: sets PathValue on rebuilt requests (see routed)
	backup     func(*http.Request) ([]byte, error)
	rollbackFn func(*http.Request, []byte) error
}

// Replicate registers handler for pattern (http.ServeMux syntax, such as
// "POST /user" or "PUT /register/{name}") and returns the Route to mount on
// the application's router at the same pattern:
//
//	mux.Handle("POST /user", replica.Replicate("POST /user", createUser))
//
// A request to the route is appended to the log by the leader (a follower
// forwards it), then the handler runs on every replica, one entry at a time
// and in log order, on a request rebuilt from the entry (method, path and
// query, body, Content-Type, Idempotency-Key and Config.Headers; path values
// are set). The client gets the leader's answer only after the entry is
// committed in etcd and applied on the leader.
//
// The handler must be deterministic: its answer and its changes to the
// state may depend only on the request, the state, and Entry(r) (use
// Entry(r).Time, not time.Now). It fails when it panics or answers 5xx;
// then the route's Rollback undoes its changes on that replica and the
// answer is not stored, so a retry with the same Idempotency-Key runs again.
//
// It panics, like http.ServeMux.Handle, when the pattern is invalid or
// already registered. Register every route before Run: an entry for an
// unknown pattern stops the apply loop until it is registered.
func (r *Replica) Replicate(pattern string, handler http.Handler) *Route {
	return r.register(pattern, handler, false)
}

// OnlyOnce registers handler for pattern and returns the Route to mount, like
// Replicate, but the handler runs on the leader only (the seed's onlyOnce):
// the request is appended to the log, the leader runs the handler once it is
// committed, and its answer is logged before the client gets it, so every
// replica answers a retry with the same Idempotency-Key with it.
//
// If the leader fails before the answer is logged, the next leader runs the
// handler again. An OnlyOnce handler therefore sends its side effects
// through fenced, logged writes that a re-run finds, such as br2k/chain's
// Outbox (the transaction is signed and logged before it is broadcast; a
// re-run gets the logged one back), and changes replicated state only
// through Submit with a key derived from Entry(r).Key. It must not change
// replicated state directly. It may block (chain calls); it runs with a
// context that ends when the leader's term ends.
func (r *Replica) OnlyOnce(pattern string, handler http.Handler) *Route {
	return r.register(pattern, handler, true)
}

func (r *Replica) register(pattern string, handler http.Handler, onlyOnce bool) *Route {
	if handler == nil {
		panic("br2k: nil handler for " + pattern)
	}
	rt := &Route{r: r, pattern: pattern, handler: handler, onlyOnce: onlyOnce, mux: http.NewServeMux()}
	rt.mux.HandleFunc(pattern, func(_ http.ResponseWriter, req *http.Request) { // panics on an invalid pattern, like ServeMux
		if p, ok := req.Context().Value(captureKey{}).(**http.Request); ok {
			*p = req
		}
	})
	r.routesMu.Lock()
	defer r.routesMu.Unlock()
	if _, dup := r.routes[pattern]; dup {
		panic("br2k: pattern " + pattern + " registered twice")
	}
	r.routeMux.Handle(pattern, rt)
	r.routes[pattern] = rt
	return rt
}

// Pattern returns the route's pattern.
func (rt *Route) Pattern() string { return rt.pattern }

// BackupState sets the function that captures, before the handler runs on
// a replica, what Rollback needs to undo the request there (the seed's
// rollback mode). With a DurableState and Config.DataDir the bytes are also
// written to the rollback journal (fsync) before the handler runs, so a
// crash in the middle of the handler is rolled back at the next start.
// Returns rt for chaining.
func (rt *Route) BackupState(fn func(r *http.Request) ([]byte, error)) *Route {
	rt.backup = fn
	return rt
}

// Rollback sets the function that undoes a half-applied request from the
// bytes BackupState returned: after the handler failed (panic or 5xx), on
// every replica where it failed, and after a crash during the handler on a
// DurableState. Returns rt for chaining.
func (rt *Route) Rollback(fn func(r *http.Request, state []byte) error) *Route {
	rt.rollbackFn = fn
	return rt
}

// invoke runs the handler on req through the route's own mux (so path
// values are set) with a recorder; failed is true on a panic or a 5xx.
func (rt *Route) invoke(req *http.Request, limit int64) (resp *storedResponse, failed bool) {
	rec := newRecorder(int(limit))
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				p = "http.ErrAbortHandler"
			}
			rt.r.log.Error("handler panicked", "pattern", rt.pattern, "panic", p)
			resp, failed = problem(http.StatusInternalServerError, "Handler failed", fmt.Sprint("panic: ", p)), true
		}
	}()
	rt.handler.ServeHTTP(rec, rt.routed(req))
	resp = rec.response()
	return resp, resp.Status >= 500
}

type captureKey struct{}

// routed returns req with the path values and Pattern of the route's
// pattern set, as the application's ServeMux set them on the leader (req
// itself when the pattern does not match, e.g. with another router's
// syntax).
func (rt *Route) routed(req *http.Request) *http.Request {
	var got *http.Request
	ctx := context.WithValue(req.Context(), captureKey{}, &got)
	rt.mux.ServeHTTP(discardWriter{}, req.WithContext(ctx))
	if got == nil {
		return req
	}
	return got.WithContext(req.Context())
}

type discardWriter struct{}

func (discardWriter) Header() http.Header         { return http.Header{} }
func (discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (discardWriter) WriteHeader(int)             {}

// ServeHTTP takes a request to the route: the leader appends it and answers
// once it is applied; a follower forwards it to the leader (or redirects
// with 307 when Config.Redirect is set). Answers: the handler's, or 400 (bad
// or missing Idempotency-Key), 409 (a request with this key is in
// progress), 413 (body over Config.MaxBodyBytes), 422 (this key was used
// with another payload), 503 (no leader, or the outcome is unknown: retry
// with the same key).
func (rt *Route) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r := rt.r
	start := time.Now()
	key, err := parseIdempotencyKey(req.Header)
	switch {
	case errors.Is(err, errNoKey) && r.cfg.RequireIdempotencyKey:
		problem(http.StatusBadRequest, "Idempotency-Key required", "this route needs an Idempotency-Key header (an sf-string, e.g. a UUID in double quotes)").write(w, nil)
		return
	case errors.Is(err, errNoKey):
	case err != nil:
		problem(http.StatusBadRequest, "Bad Idempotency-Key", err.Error()).write(w, nil)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, r.cfg.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			problem(http.StatusRequestEntityTooLarge, "Body too large", fmt.Sprintf("the body is larger than %d bytes", r.cfg.MaxBodyBytes)).write(w, nil)
			return
		}
		problem(http.StatusBadRequest, "Bad body", err.Error()).write(w, nil)
		return
	}
	ctx, cancel := context.WithTimeout(req.Context(), r.cfg.ReplyTimeout)
	defer cancel()
	kind := "leader"
	defer func() { r.m.requestSeconds.WithLabelValues(kind).Observe(time.Since(start).Seconds()) }()
	for {
		if r.state.Load() != stateRunning {
			problem(http.StatusServiceUnavailable, "Replica stopped", "this replica is not running").write(w, http.Header{"Retry-After": {"1"}})
			return
		}
		if t := r.currentTerm(); t != nil {
			rp, err := r.submit(ctx, t, rt, req.Method, req.URL.RequestURI(), req.Header, body, key)
			if errors.Is(err, ErrNotLeader) && ctx.Err() == nil {
				continue // nothing was appended: go to the new leader
			}
			if err != nil {
				writeSubmitError(w, err)
				return
			}
			rp.resp.write(w, rp.headers())
			return
		}
		l, ch := r.leaderNow()
		if l.ID != "" && l.ID != r.cfg.ReplicaID {
			kind = "forwarded"
			r.forward(ctx, w, req, body, l, key != "")
			return
		}
		select { // no leader yet, or this replica won and is catching up
		case <-ch:
		case <-r.stopped:
		case <-ctx.Done():
			problem(http.StatusServiceUnavailable, "No leader", "no replica leads the service; retry with the same Idempotency-Key").write(w, http.Header{"Retry-After": {"1"}})
			return
		}
	}
}

func (rp *reply) headers() http.Header {
	h := http.Header{}
	h.Set(HeaderIndex, strconv.FormatUint(rp.index, 10))
	h.Set(HeaderEpoch, strconv.FormatInt(rp.epoch, 10))
	h.Set(HeaderLeader, rp.leader)
	if rp.replayed {
		h.Set(HeaderReplayed, "true")
	}
	return h
}

func writeSubmitError(w http.ResponseWriter, err error) {
	var se *submitError
	if errors.As(err, &se) {
		se.resp.write(w, se.header)
		return
	}
	detail := err.Error()
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		detail = "the request's entry was not applied in time; retry with the same Idempotency-Key"
	}
	problem(http.StatusServiceUnavailable, "Not applied", detail).write(w, http.Header{"Retry-After": {"1"}})
}

// submitError is an answer decided before the append (409, 422, a replay).
type submitError struct {
	resp   *storedResponse
	header http.Header
}

func (e *submitError) Error() string {
	return fmt.Sprintf("br2k: answered %d before appending", e.resp.Status)
}

func (r *Replica) leaderNow() (LeaderInfo, <-chan struct{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.leader, r.leaderCh
}

// submit appends a request in term t and waits for its answer.
func (r *Replica) submit(ctx context.Context, t *term, rt *Route, method, uri string, header http.Header, body []byte, key string) (*reply, error) {
	fp := fingerprint(method, uri, body)
	rid := newRID()
	ch := make(chan reply, 1)
	r.mu.Lock()
	if key != "" {
		if rec := r.idem[key]; rec != nil && (rec.Expires == 0 || rec.Expires > r.now().UnixNano()) {
			r.mu.Unlock()
			return nil, r.answerExisting(rec, fp)
		}
		if ifp, ok := r.inflight[key]; ok {
			r.mu.Unlock()
			if ifp != fp {
				r.m.conflicts.WithLabelValues("422").Inc()
				return nil, &submitError{resp: problem(http.StatusUnprocessableEntity, "Idempotency-Key reused", "this Idempotency-Key is in use for a request with another payload")}
			}
			r.m.conflicts.WithLabelValues("409").Inc()
			return nil, &submitError{resp: problem(http.StatusConflict, "Request in progress", "a request with this Idempotency-Key is being processed; retry later"), header: http.Header{"Retry-After": {"1"}}}
		}
		r.inflight[key] = fp
	}
	r.waiters[rid] = ch
	r.mu.Unlock()

	kind := kindRequest
	if rt.onlyOnce {
		kind = kindOnlyOnce
	}
	e := &logEntry{Kind: kind, RID: rid, Key: key, FP: fp, Pattern: rt.pattern, Method: method, URI: uri,
		Header: r.loggedHeader(header), Body: body}
	if err := r.appendEntries(t, e); err != nil {
		r.mu.Lock()
		delete(r.waiters, rid)
		if key != "" && r.inflight[key] == fp {
			delete(r.inflight, key)
		}
		r.mu.Unlock()
		return nil, err
	}
	select {
	case rp := <-ch:
		return &rp, nil
	case <-ctx.Done():
		r.mu.Lock()
		delete(r.waiters, rid)
		r.mu.Unlock()
		return nil, ctx.Err()
	}
}

// answerExisting answers a request whose Idempotency-Key has a record:
// the stored result, 409 while it runs, 422 for another payload.
func (r *Replica) answerExisting(rec *idemRecord, fp string) error {
	switch {
	case rec.FP != fp:
		r.m.conflicts.WithLabelValues("422").Inc()
		return &submitError{resp: problem(http.StatusUnprocessableEntity, "Idempotency-Key reused", "this Idempotency-Key was used for a request with another payload")}
	case !rec.Done:
		r.m.conflicts.WithLabelValues("409").Inc()
		return &submitError{resp: problem(http.StatusConflict, "Request in progress", "a request with this Idempotency-Key is being processed; retry later"), header: http.Header{"Retry-After": {"1"}}}
	default:
		r.m.replays.Inc()
		rp := reply{resp: rec.Resp, index: rec.Index, epoch: rec.Epoch, leader: rec.Leader, replayed: true}
		return &submitError{resp: rec.Resp, header: rp.headers()}
	}
}

// loggedHeader keeps the headers that go into an entry.
func (r *Replica) loggedHeader(h http.Header) http.Header {
	out := http.Header{}
	for _, k := range append([]string{"Content-Type", IdempotencyHeader}, r.cfg.Headers...) {
		if vs := h.Values(k); len(vs) > 0 {
			out[k] = append([]string(nil), vs...)
		}
	}
	return out
}

// Response is the answer to a request submitted with Submit.
type Response struct {
	// Status, Header and Body are the handler's answer (or br2k's 409/422).
	Status int
	Header http.Header
	Body   []byte
	// Index and Epoch locate the request's entry in the log.
	Index uint64
	Epoch int64
	// Replayed is true when the answer is a stored one for a key seen before.
	Replayed bool
}

// Submit sends req through the log as if a client had sent it to the
// route matching it, and returns the answer once it is applied here. It
// must be called on the leader (errors: ErrNotLeader); an OnlyOnce handler
// uses it to change replicated state with a key derived from its own
// (Entry(r).Key + "/debit"), so a re-run after a leader change gets the
// stored answer instead of applying twice. The Idempotency-Key header of
// req is used when set. Other errors: no route matches, the body is too
// large, ErrFenced, ErrOutcomeUnknown, ctx ended.
func (r *Replica) Submit(ctx context.Context, req *http.Request) (*Response, error) {
	if ec, ok := ctx.Value(entryKey).(*entryCtx); ok && !ec.info.OnlyOnce {
		return nil, errors.New("br2k: Submit called from a Replicate handler (it would wait for the apply loop it runs in)")
	}
	t := r.currentTerm()
	if t == nil {
		return nil, ErrNotLeader
	}
	r.routesMu.RLock()
	h, pattern := r.routeMux.Handler(req)
	r.routesMu.RUnlock()
	rt, ok := h.(*Route)
	if !ok || pattern == "" {
		return nil, fmt.Errorf("br2k: submit %s %s: no Replicate or OnlyOnce route matches", req.Method, req.URL.Path)
	}
	key, err := parseIdempotencyKey(req.Header)
	if err != nil && !errors.Is(err, errNoKey) {
		return nil, fmt.Errorf("br2k: submit: %w", err)
	}
	var body []byte
	if req.Body != nil {
		body, err = io.ReadAll(io.LimitReader(req.Body, r.cfg.MaxBodyBytes+1))
		if err != nil {
			return nil, fmt.Errorf("br2k: submit: reading the body: %w", err)
		}
		if int64(len(body)) > r.cfg.MaxBodyBytes {
			return nil, fmt.Errorf("br2k: submit: body larger than %d bytes", r.cfg.MaxBodyBytes)
		}
	}
	rp, err := r.submit(ctx, t, rt, req.Method, req.URL.RequestURI(), req.Header, body, key)
	var se *submitError
	if errors.As(err, &se) {
		return &Response{Status: se.resp.Status, Header: se.resp.Header.Clone(), Body: bytes.Clone(se.resp.Body),
			Replayed: se.header.Get(HeaderReplayed) == "true", Index: parseUint(se.header.Get(HeaderIndex)), Epoch: int64(parseUint(se.header.Get(HeaderEpoch)))}, nil
	}
	if err != nil {
		return nil, err
	}
	return &Response{Status: rp.resp.Status, Header: rp.resp.Header.Clone(), Body: bytes.Clone(rp.resp.Body),
		Index: rp.index, Epoch: rp.epoch, Replayed: rp.replayed}, nil
}

func parseUint(s string) uint64 {
	n, _ := strconv.ParseUint(s, 10, 64)
	return n
}
