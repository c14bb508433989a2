package attest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Store is what the attestation endpoint serves: this node's own signed attestations. The bridge implements it
// over its store (it signs every request it would vote for and keeps the attestation until the nonce closes).
type Store interface {
	// Attestations returns this node's attestations of direction (ParentToChild or ChildToParent) with nonce
	// >= from, in ascending nonce order, at most limit (1..MaxPageLimit). It must answer from local state
	// (no chain calls) and respect ctx: the endpoint gives it storeTimeout.
	Attestations(ctx context.Context, direction string, from uint64, limit int) ([]Attestation, error)
}

// storeTimeout bounds one Store call made for one HTTP request.
const storeTimeout = 2 * time.Second

// Server is the public attestation endpoint: an http.Handler for GET Path?direction=D&from=N&limit=M answering
// a Page as JSON. Each client IP has its own token bucket (Config.RateLimit, RateBurst): a client over its
// rate gets 429 with Retry-After at once, before any store work, so one client's flood never delays another
// client's answers (there is no global limiter or lock held across a store call). Bad input gets 400 with a
// message naming the parameter and the value.
type Server struct {
	cfg     Config
	store   Store
	metrics *Metrics
	log     *slog.Logger
	now     func() time.Time

	mu      sync.Mutex
	clients map[string]*bucket
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// ServerOption configures a Server.
type ServerOption func(*Server)

// WithServerClock sets the clock of the rate limiters (default time.Now).
func WithServerClock(now func() time.Time) ServerOption { return func(s *Server) { s.now = now } }

// WithServerLogger sets the logger (default slog.Default()).
func WithServerLogger(l *slog.Logger) ServerOption { return func(s *Server) { s.log = l } }

// NewServer returns the endpoint over store. m may be nil (no metrics). Errors: cfg's (ErrBadConfig).
func NewServer(cfg Config, store Store, m *Metrics, opts ...ServerOption) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if store == nil {
		return nil, fmt.Errorf("%w: attestation server: nil Store", ErrBadConfig)
	}
	s := &Server{cfg: cfg, store: store, metrics: m, log: slog.Default(), now: time.Now, clients: map[string]*bucket{}}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// ServeHTTP answers GET Path (see Server).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != Path {
		s.fail(w, http.StatusNotFound, "not_found", fmt.Sprintf("no such path %q; the attestation endpoint is %s", r.URL.Path, Path))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.fail(w, http.StatusMethodNotAllowed, "bad_request", fmt.Sprintf("method %s, expected GET", r.Method))
		return
	}
	if !s.allow(clientIP(r)) {
		w.Header().Set("Retry-After", "1")
		s.fail(w, http.StatusTooManyRequests, "rate_limited", fmt.Sprintf("more than %v requests/s from this address", float64(s.cfg.RateLimit)))
		return
	}
	q := r.URL.Query()
	direction := q.Get("direction")
	if !validDirection(direction) {
		s.fail(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("direction %q: expected %q or %q", direction, ParentToChild, ChildToParent))
		return
	}
	fromStr := q.Get("from")
	from, err := strconv.ParseUint(fromStr, 10, 64)
	if err != nil {
		s.fail(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("from %q: expected a request nonce (decimal, 0 to 2^64-1)", fromStr))
		return
	}
	limit := s.cfg.PageLimit
	if ls := q.Get("limit"); ls != "" {
		n, err := strconv.Atoi(ls)
		if err != nil || n < 1 {
			s.fail(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("limit %q: expected an integer from 1 to %d", ls, s.cfg.MaxPageLimit))
			return
		}
		limit = min(n, s.cfg.MaxPageLimit)
	}
	ctx, cancel := context.WithTimeout(r.Context(), storeTimeout)
	defer cancel()
	atts, err := s.store.Attestations(ctx, direction, from, limit)
	if err != nil {
		s.log.Warn("attestation store", "direction", direction, "from", from, "limit", limit, "err", err)
		s.fail(w, http.StatusServiceUnavailable, "store_error", "attestations unavailable, retry later")
		return
	}
	// Hold the store to its contract: direction, range, count (a buggy store must not serve a page the fetchers refuse whole).
	page := Page{Direction: direction, From: from, Limit: limit, Attestations: make([]Attestation, 0, len(atts))}
	for _, a := range atts {
		if a.Direction == direction && a.Nonce() >= from && len(page.Attestations) < limit {
			page.Attestations = append(page.Attestations, a)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if err := json.NewEncoder(w).Encode(page); err != nil {
		return // client went away
	}
	s.metrics.servedN(direction, len(page.Attestations))
}

func (s *Server) fail(w http.ResponseWriter, status int, reason, msg string) {
	s.metrics.refusedReq(reason)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// allow takes one token from ip's bucket. The lock covers only the map: no I/O under it.
func (s *Server) allow(ip string) bool {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.clients[ip]
	if c == nil {
		if len(s.clients) >= s.cfg.MaxClients {
			s.evict(now)
		}
		c = &bucket{lim: rate.NewLimiter(s.cfg.RateLimit, s.cfg.RateBurst)}
		s.clients[ip] = c
	}
	c.seen = now
	return c.lim.AllowN(now, 1)
}

// evict drops the clients whose bucket has refilled (idle long enough to be indistinguishable from new ones);
// when none has, the least recently seen half, so the map stays bounded by MaxClients.
func (s *Server) evict(now time.Time) {
	refill := time.Duration(float64(s.cfg.RateBurst) / float64(s.cfg.RateLimit) * float64(time.Second))
	for ip, c := range s.clients {
		if now.Sub(c.seen) >= refill {
			delete(s.clients, ip)
		}
	}
	if len(s.clients) < s.cfg.MaxClients {
		return
	}
	seen := make([]time.Time, 0, len(s.clients))
	for _, c := range s.clients {
		seen = append(seen, c.seen)
	}
	slices.SortFunc(seen, time.Time.Compare)
	cut := seen[len(seen)/2]
	for ip, c := range s.clients {
		if !c.seen.After(cut) {
			delete(s.clients, ip)
		}
	}
}

// clientIP is the host part of r.RemoteAddr. X-Forwarded-For is not trusted: behind a proxy every client
// shares the proxy's bucket (put the rate limit in the proxy then).
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// Timeouts of Run's HTTP server: a client that sends its headers or reads its answer slowly holds only its own
// connection, and not for long.
const (
	readHeaderTimeout = 5 * time.Second
	writeTimeout      = 10 * time.Second
	idleTimeout       = time.Minute
	maxHeaderBytes    = 8 << 10
)

// Run serves the endpoint on Config.Listen until ctx ends, then shuts down (waiting up to 5 s for requests in
// flight) and returns nil. ready, when not nil, gets the bound address once listening (useful with port 0).
// It returns an error when Listen is empty or cannot be bound.
func (s *Server) Run(ctx context.Context, ready func(net.Addr)) error {
	if s.cfg.Listen == "" {
		return fmt.Errorf("%w: attestation.listen is empty", ErrBadConfig)
	}
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("attestation endpoint: listen %s: %w", s.cfg.Listen, err)
	}
	mux := http.NewServeMux()
	mux.Handle(Path, s)
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readHeaderTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: maxHeaderBytes}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("attestation endpoint: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(sctx)
	<-errc
	return nil
}
