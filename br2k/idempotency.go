package br2k

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// IdempotencyHeader is the request header of draft-ietf-httpapi-idempotency-key-header
// (version 07): an sf-string such as "8e03978e-40d5-43e8-bc93-6894a57f9324".
const IdempotencyHeader = "Idempotency-Key"

// Response headers br2k sets on the answers of Replicate and OnlyOnce routes.
const (
	// HeaderIndex is the log index of the request's entry.
	HeaderIndex = "BR2K-Index"
	// HeaderEpoch is the epoch (election revision) of the leader that appended it.
	HeaderEpoch = "BR2K-Epoch"
	// HeaderLeader is the id of that leader.
	HeaderLeader = "BR2K-Leader"
	// HeaderReplayed is "true" on an answer that repeats a stored result for a
	// retried Idempotency-Key.
	HeaderReplayed = "BR2K-Replayed"
	// headerForwarded counts the hops of a forwarded request (loop guard).
	headerForwarded = "BR2K-Forwarded"
)

// maxKeyLen bounds an Idempotency-Key's length in bytes.
const maxKeyLen = 255

var errNoKey = errors.New("no Idempotency-Key")

// parseIdempotencyKey reads the Idempotency-Key header: an RFC 8941 sf-string
// ("..." with \" and \\ escapes, printable ASCII). A bare token (no quotes)
// is accepted too, since many clients send UUIDs unquoted. Errors name the
// problem; errNoKey when the header is absent.
func parseIdempotencyKey(h http.Header) (string, error) {
	vs := h.Values(IdempotencyHeader)
	if len(vs) == 0 {
		return "", errNoKey
	}
	if len(vs) > 1 {
		return "", fmt.Errorf("%d Idempotency-Key headers: expected one", len(vs))
	}
	v := strings.TrimSpace(vs[0])
	if v == "" {
		return "", fmt.Errorf("empty Idempotency-Key: expected an sf-string such as \"8e03978e-40d5-43e8-bc93-6894a57f9324\"")
	}
	var key string
	if v[0] == '"' {
		var b strings.Builder
		closed := false
		for i := 1; i < len(v); i++ {
			c := v[i]
			switch {
			case c == '\\':
				if i+1 >= len(v) || (v[i+1] != '"' && v[i+1] != '\\') {
					return "", fmt.Errorf("Idempotency-Key %q: bad escape (sf-string allows \\\" and \\\\ only)", v)
				}
				i++
				b.WriteByte(v[i])
			case c == '"':
				if i != len(v)-1 {
					return "", fmt.Errorf("Idempotency-Key %q: characters after the closing quote", v)
				}
				closed = true
			case c < 0x20 || c > 0x7e:
				return "", fmt.Errorf("Idempotency-Key %q: non-printable or non-ASCII character", v)
			default:
				b.WriteByte(c)
			}
		}
		if !closed {
			return "", fmt.Errorf("Idempotency-Key %q: missing closing quote", v)
		}
		key = b.String()
	} else {
		for i := 0; i < len(v); i++ {
			if c := v[i]; c <= 0x20 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\' {
				return "", fmt.Errorf("Idempotency-Key %q: expected an sf-string in double quotes", v)
			}
		}
		key = v
	}
	if key == "" {
		return "", fmt.Errorf("empty Idempotency-Key: expected a non-empty sf-string")
	}
	if len(key) > maxKeyLen {
		return "", fmt.Errorf("Idempotency-Key of %d bytes: expected at most %d", len(key), maxKeyLen)
	}
	return key, nil
}

// fingerprint identifies a request's payload for the draft's "same key,
// different payload" check: SHA-256 over the method, the path and query, and
// the body.
func fingerprint(method, uri string, body []byte) string {
	h := sha256.New()
	h.Write([]byte(method))
	h.Write([]byte{0})
	h.Write([]byte(uri))
	h.Write([]byte{0})
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// storedResponse is a handler's answer as recorded on a replica (and, for
// OnlyOnce, logged in a result entry).
type storedResponse struct {
	Status int         `json:"s"`
	Header http.Header `json:"h,omitempty"`
	Body   []byte      `json:"b,omitempty"`
}

// idemRecord is one Idempotency-Key in the replicated table.
type idemRecord struct {
	Key     string          `json:"key"`
	FP      string          `json:"fp"`
	Index   uint64          `json:"index"` // the request's entry
	Epoch   int64           `json:"epoch"`
	Leader  string          `json:"leader"`
	Pattern string          `json:"pattern"`
	Expires int64           `json:"expires"`      // unix nanoseconds on the leader clock; 0 while an OnlyOnce runs
	At      uint64          `json:"at,omitempty"` // the entry that stored the answer (0 while an OnlyOnce runs)
	Done    bool            `json:"done"`
	Resp    *storedResponse `json:"resp,omitempty"`
}

// recorder is the http.ResponseWriter handlers write to: every replica
// records the answer; the leader's waiter then sends it to the client.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
	limit  int
	over   bool
}

func newRecorder(limit int) *recorder { return &recorder{header: http.Header{}, limit: limit} }

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	if r.body.Len()+len(p) > r.limit {
		r.over = true
		return 0, fmt.Errorf("br2k: response larger than %d bytes", r.limit)
	}
	return r.body.Write(p)
}

func (r *recorder) response() *storedResponse {
	st := r.status
	if st == 0 {
		st = http.StatusOK
	}
	if r.over {
		return problem(http.StatusInternalServerError, "Response too large", fmt.Sprintf("the handler's response is larger than %d bytes", r.limit))
	}
	h := r.header.Clone()
	h.Del("Content-Length")
	return &storedResponse{Status: st, Header: h, Body: bytes.Clone(r.body.Bytes())}
}

// problem is an RFC 9457 problem details answer.
func problem(status int, title, detail string) *storedResponse {
	body := fmt.Sprintf(`{"type":"about:blank","title":%s,"status":%d,"detail":%s}`,
		strconv.Quote(title), status, strconv.Quote(detail))
	return &storedResponse{Status: status, Header: http.Header{"Content-Type": {"application/problem+json"}}, Body: []byte(body)}
}

func (s *storedResponse) write(w http.ResponseWriter, extra http.Header) {
	h := w.Header()
	for k, vs := range s.Header {
		h[k] = append([]string(nil), vs...)
	}
	for k, vs := range extra {
		h[k] = vs
	}
	w.WriteHeader(s.Status)
	_, _ = w.Write(s.Body)
}

// storeAnswerLocked records a completed request's answer under its
// Idempotency-Key, as of entry at (the request's own entry, or an OnlyOnce
// request's result entry), and evicts the oldest answers beyond
// Config.MaxIdempotencyKeys. Eviction goes by log order, so every replica
// evicts the same keys at the same entry. Call with r.mu held.
func (r *Replica) storeAnswerLocked(rec *idemRecord, at uint64) {
	rec.At = at
	r.idem[rec.Key] = rec
	r.idemOrder.push(idemRef{key: rec.Key, at: at})
	for len(r.idem) > r.cfg.MaxIdempotencyKeys {
		ref, ok := r.idemOrder.pop()
		if !ok {
			return // only OnlyOnce requests still running are left: never evicted
		}
		if old := r.idem[ref.key]; old != nil && old.At == ref.at && old.Done {
			delete(r.idem, ref.key)
			r.m.idemEvictions.Inc()
		}
	}
}

// idemRef names one stored answer: its key and the entry that stored it.
type idemRef struct {
	key string
	at  uint64
}

// idemQueue holds the stored answers in the order they were stored (a FIFO
// with a moving head). Refs whose record was pruned or replaced are stale
// and skipped by the readers.
type idemQueue struct {
	refs []idemRef
	head int
}

func (q *idemQueue) push(ref idemRef) { q.refs = append(q.refs, ref) }

func (q *idemQueue) pop() (idemRef, bool) {
	if q.head >= len(q.refs) {
		q.refs, q.head = q.refs[:0], 0
		return idemRef{}, false
	}
	ref := q.refs[q.head]
	q.refs[q.head] = idemRef{}
	q.head++
	if q.head > 1024 && q.head > len(q.refs)/2 {
		q.refs, q.head = append(q.refs[:0:0], q.refs[q.head:]...), 0
	}
	return ref, true
}

// compact drops the stale refs (after a prune).
func (q *idemQueue) compact(idem map[string]*idemRecord) {
	out := q.refs[:0:0]
	for _, ref := range q.refs[q.head:] {
		if rec := idem[ref.key]; rec != nil && rec.At == ref.at && rec.Done {
			out = append(out, ref)
		}
	}
	q.refs, q.head = out, 0
}

// rebuild fills the queue from a restored table, in log order.
func (q *idemQueue) rebuild(recs []*idemRecord) {
	q.refs, q.head = q.refs[:0:0], 0
	recs = slices.Clone(recs)
	sortIdem(recs)
	for _, rec := range recs {
		if rec.Done {
			q.push(idemRef{key: rec.Key, at: rec.At})
		}
	}
}

// sortIdem orders records by the entry that stored their answer, then by
// their request's index (running OnlyOnce requests, At 0, first).
func sortIdem(recs []*idemRecord) {
	slices.SortFunc(recs, func(a, b *idemRecord) int {
		if c := compareU64(a.At, b.At); c != 0 {
			return c
		}
		return compareU64(a.Index, b.Index)
	})
}
