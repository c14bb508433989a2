package console

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/anchor"
)

//go:embed web
var webFS embed.FS

// Limits of the JSON API.
const (
	// DefaultSearchLimit and MaxSearchLimit bound GET /api/transfers results.
	DefaultSearchLimit = 50
	MaxSearchLimit     = 500
	// sseKeepAlive is the interval of comment lines on idle event streams.
	sseKeepAlive = 15 * time.Second
)

// apiError is an error with its HTTP status; the body is {"error": msg}.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &apiError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// upstream is a chain or node that did not answer: 502, never 500.
func upstream(format string, args ...any) error {
	return &apiError{http.StatusBadGateway, fmt.Sprintf(format, args...)}
}

// Handler returns the console's HTTP handler:
//
//	GET /                                  the page (embedded HTML, CSS, ES modules under /static/)
//	GET /api/snapshot                      the Snapshot (JSON)
//	GET /api/events                        server-sent events: "snapshot" with a Snapshot on every change
//	GET /api/transfers?q=&direction=&limit=  search by tx hash, address or nonce ([]Transfer, newest first)
//	GET /api/transfers/{direction}/{nonce} one Transfer
//	GET /api/operators/{address}           one OperatorView
//	GET /api/anchor/verify?block=N|latest  anchor.Verification of child block N
//	GET /api/prometheus/targets            the nodes' metrics endpoints in Prometheus http_sd format
//	GET /healthz                           200 "ok"
//
// Errors are JSON {"error": "..."}: 400 for malformed input, 404 for
// something that does not exist (naming it), 429 when too many
// verifications run, 502 when a chain does not answer.
func (c *Console) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(webFS, "web")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.FS(static))))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		b, err := webFS.ReadFile("web/index.html")
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(b)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /api/snapshot", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(c.hub.latest())
	})
	mux.HandleFunc("GET /api/events", c.serveEvents)
	mux.Handle("GET /api/transfers", apiFunc(c.searchTransfers))
	mux.Handle("GET /api/transfers/{direction}/{nonce}", apiFunc(c.getTransfer))
	mux.Handle("GET /api/operators/{address}", apiFunc(c.getOperator))
	mux.Handle("GET /api/anchor/verify", apiFunc(c.verify))
	mux.Handle("GET /api/prometheus/targets", apiFunc(c.targets))
	mux.Handle("/api/", apiFunc(func(r *http.Request) (any, error) {
		return nil, notFound("no API endpoint %s %s (see the console's package documentation for the endpoints)", r.Method, r.URL.Path)
	}))
	return secure(c, mux)
}

// secure sets the page's security headers and turns a handler panic into
// a logged 500 (a bug, never a reaction to input).
func secure(c *Console, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				c.log.Error("console: handler panic", "path", r.URL.Path, "panic", v)
				writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error (logged by the console)"})
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// apiFunc adapts a JSON handler: the value is written with 200, an
// apiError with its status.
type apiFunc func(r *http.Request) (any, error)

func (f apiFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	v, err := f(r)
	if err != nil {
		status := http.StatusBadGateway
		var ae *apiError
		if errors.As(err, &ae) {
			status = ae.status
		}
		writeJSON(w, status, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// serveEvents streams snapshots as server-sent events.
func (c *Console) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "streaming unsupported"})
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	ch, cancel := c.hub.subscribe()
	defer cancel()
	fmt.Fprint(w, "retry: 1000\n\n")
	fl.Flush()
	keep := time.NewTicker(sseKeepAlive)
	defer keep.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case b := <-ch:
			if _, err := fmt.Fprintf(w, "event: snapshot\ndata: %s\n\n", b); err != nil {
				return
			}
			fl.Flush()
		case <-keep.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

// query is a parsed search string.
type query struct {
	kind  string // "", "tx", "address", "nonce"
	hash  common.Hash
	addr  common.Address
	nonce uint64
}

const queryHelp = "expected a transaction hash (0x + 64 hex digits), an address (0x + 40 hex digits) or a request nonce (a decimal number)"

func isHex(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// parseQuery parses the q parameter of GET /api/transfers.
func parseQuery(raw string) (query, error) {
	s := strings.TrimSpace(raw)
	switch {
	case s == "":
		return query{}, nil
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		h := s[2:]
		if !isHex(h) {
			return query{}, badRequest("q %q: not hexadecimal: %s", raw, queryHelp)
		}
		switch len(h) {
		case 64:
			return query{kind: "tx", hash: common.HexToHash(s)}, nil
		case 40:
			a, err := parseAddressArg(s)
			if err != nil {
				return query{}, badRequest("q %q: an address with a wrong EIP-55 checksum (expected %s, or all lower or upper case)", raw, common.HexToAddress(s).Hex())
			}
			return query{kind: "address", addr: a}, nil
		}
		return query{}, badRequest("q %q: %d hex digits: %s", raw, len(h), queryHelp)
	}
	n, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 10, 64)
	if err != nil {
		return query{}, badRequest("q %q: %s", raw, queryHelp)
	}
	return query{kind: "nonce", nonce: n}, nil
}

func parseDirection(s string) (string, error) {
	switch s {
	case "", ParentToChild, ChildToParent:
		return s, nil
	}
	return "", badRequest("direction %q: expected %s or %s", s, ParentToChild, ChildToParent)
}

func (r *record) matches(q query) bool {
	switch q.kind {
	case "":
		return true
	case "nonce":
		return r.nonce == q.nonce
	case "tx":
		if r.req != nil && r.req.TxHash == q.hash || r.handle != nil && r.handle.TxHash == q.hash {
			return true
		}
		for _, v := range r.votes {
			if v.tx.TxHash == q.hash {
				return true
			}
		}
		for _, s := range r.skips {
			if s.tx.TxHash == q.hash {
				return true
			}
		}
		for _, f := range r.failures {
			if f.TxHash == q.hash {
				return true
			}
		}
		return r.refund != nil && r.refund.TxHash == q.hash
	case "address":
		if r.req != nil && (r.req.From == q.addr || r.req.To == q.addr || r.req.Token == q.addr) {
			return true
		}
		for _, v := range r.votes {
			if v.op == q.addr {
				return true
			}
		}
		for _, s := range r.skips {
			if s.op == q.addr {
				return true
			}
		}
	}
	return false
}

// searchTransfers is GET /api/transfers.
func (c *Console) searchTransfers(r *http.Request) (any, error) {
	p := r.URL.Query()
	q, err := parseQuery(p.Get("q"))
	if err != nil {
		return nil, err
	}
	dir, err := parseDirection(p.Get("direction"))
	if err != nil {
		return nil, err
	}
	limit := DefaultSearchLimit
	if s := p.Get("limit"); s != "" {
		if limit, err = strconv.Atoi(s); err != nil || limit < 1 || limit > MaxSearchLimit {
			return nil, badRequest("limit %q: expected an integer from 1 to %d", s, MaxSearchLimit)
		}
	}
	c.mu.Lock()
	var recs []*record
	for _, name := range []string{ParentToChild, ChildToParent} {
		if dir != "" && dir != name {
			continue
		}
		d := c.ix.dirs[name]
		for _, rec := range d.order {
			if d.recs[rec.nonce] == rec && rec.matches(q) {
				recs = append(recs, rec)
			}
		}
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].seq > recs[j].seq })
	if len(recs) > limit {
		recs = recs[:limit]
	}
	nodeOf := c.nodeOfLocked()
	now := c.cfg.Now().Unix()
	out := make([]Transfer, 0, len(recs))
	for _, rec := range recs {
		out = append(out, rec.transfer(now, nodeOf))
	}
	var miss error
	if len(out) == 0 && q.kind == "nonce" {
		miss = c.nonceMissLocked(dir, q.nonce)
	}
	c.mu.Unlock()
	if miss != nil {
		return nil, miss
	}
	if len(out) == 0 && q.kind == "tx" {
		return nil, c.txMiss(r.Context(), q.hash)
	}
	return out, nil
}

// nonceMissLocked explains why no transfer has nonce n.
func (c *Console) nonceMissLocked(dir string, n uint64) error {
	var parts []string
	older := ""
	for _, name := range []string{ParentToChild, ChildToParent} {
		if dir != "" && dir != name {
			continue
		}
		d := c.ix.dirs[name]
		parts = append(parts, fmt.Sprintf("requestNonce is %d on %s", d.requestNonce, name))
		if n < d.requestNonce {
			older = name
		}
	}
	if older != "" {
		return notFound("nonce %d (%s) is older than the console's window of the last %d transfers per direction", n, older, c.cfg.MaxTransfers)
	}
	return notFound("nonce %d is not requested yet: %s", n, strings.Join(parts, ", "))
}

// txMiss explains why a tx hash matches no transfer: unknown on both
// chains, or a transaction without bridge events.
func (c *Console) txMiss(ctx context.Context, h common.Hash) error {
	for _, ch := range []*chainReader{c.parent, c.child} {
		rcpt, err := ch.receipt(ctx, h)
		if err != nil {
			return upstream("looking up %s: %v", h.Hex(), err)
		}
		if rcpt != nil {
			return notFound("transaction %s (%s chain, block %d) holds no request, vote or handle of the bridges", h.Hex(), ch.name, rcpt.BlockNumber.Uint64())
		}
	}
	return notFound("transaction %s is unknown on both chains", h.Hex())
}

// getTransfer is GET /api/transfers/{direction}/{nonce}.
func (c *Console) getTransfer(r *http.Request) (any, error) {
	dir := r.PathValue("direction")
	if dir == "" {
		return nil, badRequest("direction is empty: expected %s or %s", ParentToChild, ChildToParent)
	}
	if _, err := parseDirection(dir); err != nil {
		return nil, err
	}
	raw := r.PathValue("nonce")
	n, err := strconv.ParseUint(raw, 10, 64)
	if err != nil {
		return nil, badRequest("nonce %q: expected a decimal request nonce", raw)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	rec := c.ix.dirs[dir].recs[n]
	if rec == nil {
		return nil, c.nonceMissLocked(dir, n)
	}
	return rec.transfer(c.cfg.Now().Unix(), c.nodeOfLocked()), nil
}

// getOperator is GET /api/operators/{address}.
func (c *Console) getOperator(r *http.Request) (any, error) {
	raw := r.PathValue("address")
	a, err := parseAddressArg(raw)
	if err != nil {
		return nil, badRequest("address %q: expected a 0x-prefixed 20-byte hex address (EIP-55 checksum or one case)", raw)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, o := range c.operatorsLocked(c.nodeOfLocked()) {
		if o.Address == a {
			return o, nil
		}
	}
	return nil, notFound("%s is not an operator of either bridge or the Anchor (nor a configured node's operator)", a.Hex())
}

// verify is GET /api/anchor/verify?block=N|latest: internal/anchor.Verify
// over the console's own connections to both chains (public data; no node
// needed).
func (c *Console) verify(r *http.Request) (any, error) {
	if c.cfg.Anchor == (common.Address{}) {
		return nil, notFound("anchoring is not shown: no Anchor contract configured (parent.anchor)")
	}
	raw := strings.TrimSpace(r.URL.Query().Get("block"))
	latest := raw == "latest"
	var n uint64
	if !latest {
		var err error
		n, err = strconv.ParseUint(raw, 10, 64)
		if raw == "" || err != nil || n == 0 {
			return nil, badRequest("block %q: expected a child block number >= 1, or latest", raw)
		}
	}
	select {
	case c.verifySem <- struct{}{}:
		defer func() { <-c.verifySem }()
	default:
		return nil, &apiError{http.StatusTooManyRequests, fmt.Sprintf("%d verifications are running: retry in a moment", maxVerifies)}
	}
	ctx, cancel := context.WithTimeout(r.Context(), 4*c.cfg.RPCTimeout)
	defer cancel()
	if latest {
		st, err := anchor.ReadStatus(ctx, c.parent.Client, c.child.Client, c.cfg.Anchor)
		if err != nil {
			return nil, upstream("reading the Anchor: %v", err)
		}
		if st.LatestAnchoredBlock == 0 {
			return nil, notFound("block latest: the Anchor %s holds no anchor yet", c.cfg.Anchor.Hex())
		}
		n = st.LatestAnchoredBlock
	} else {
		h, err := c.child.head(ctx)
		if err != nil {
			return nil, upstream("reading the child head: %v", err)
		}
		if head := h.Number.Uint64(); n > head {
			return nil, notFound("child block %d does not exist yet: the child head is %d", n, head)
		}
	}
	v, err := anchor.Verify(ctx, c.parent.Client, c.child.Client, c.cfg.Anchor, n)
	if err != nil {
		return nil, upstream("verifying child block %d: %v", n, err)
	}
	return v, nil
}

// targetGroup is one entry of Prometheus' http_sd format.
type targetGroup struct {
	Targets []string          `json:"targets"`
	Labels  map[string]string `json:"labels"`
}

// targets is GET /api/prometheus/targets: the metrics endpoints of the
// configured nodes, so Prometheus can follow a devnet's free ports
// (deploy/prometheus/prometheus.yml, http_sd_configs).
func (c *Console) targets(*http.Request) (any, error) {
	out := []targetGroup{}
	// The label is "daemon", not "role": a target label would rename the
	// producers' own role label (servicechain_producer_role{role}).
	add := func(daemon string, nodes []*adminClient) {
		g := targetGroup{Labels: map[string]string{"daemon": daemon}}
		for _, n := range nodes {
			n.mu.Lock()
			m := n.metrics
			n.mu.Unlock()
			if u, err := url.Parse(m); err == nil && u.Host != "" {
				g.Targets = append(g.Targets, u.Host)
			}
		}
		if len(g.Targets) > 0 {
			out = append(out, g)
		}
	}
	add("bridge", c.nodes)
	if p, ok := c.producers.(*RPCProducers); ok {
		add("service", p.nodes)
	}
	return out, nil
}
