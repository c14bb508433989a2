package br2k

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Kinds of log entries.
const (
	kindTerm     = "term"     // a new leader's first entry: who leads, from which epoch
	kindRequest  = "request"  // a Replicate request: applied on every replica
	kindOnlyOnce = "onlyonce" // an OnlyOnce request: run by the leader, its result logged as kindResult
	kindResult   = "result"   // the response of an OnlyOnce handler
	kindRecords  = "records"  // records of extensions (br2k/chain's transaction journal)
)

// logEntry is one entry of the replicated log, the JSON value of
// /br2k/<service>/log/<index>.
type logEntry struct {
	Index   uint64 `json:"i"`
	Epoch   int64  `json:"e"`
	Leader  string `json:"l"`
	Subject uint64 `json:"s"` // position of the entry in its leader's term, from 1
	Time    int64  `json:"t"` // leader clock, unix nanoseconds
	Kind    string `json:"k"`
	// RID identifies one append (random); a waiter on the leader is woken by it.
	RID string `json:"rid,omitempty"`

	// request and onlyonce
	Key     string      `json:"key,omitempty"` // Idempotency-Key ("" for none)
	FP      string      `json:"fp,omitempty"`  // request fingerprint (method, path, body)
	Pattern string      `json:"p,omitempty"`
	Method  string      `json:"m,omitempty"`
	URI     string      `json:"u,omitempty"` // path and query
	Header  http.Header `json:"h,omitempty"`
	Body    []byte      `json:"b,omitempty"`

	// result
	Result *storedResponse `json:"r,omitempty"`
	Of     uint64          `json:"of,omitempty"` // index of the onlyonce entry

	// term
	URL string `json:"url,omitempty"`

	// records
	Records []RecordOp `json:"rec,omitempty"`
}

func (e *logEntry) time() time.Time { return time.Unix(0, e.Time) }

func decodeEntry(b []byte) (*logEntry, error) {
	var e logEntry
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("br2k: decoding log entry: %w", err)
	}
	if e.Index == 0 || e.Kind == "" {
		return nil, fmt.Errorf("br2k: log entry without index or kind")
	}
	return &e, nil
}

// EntryInfo describes the log entry a handler is applying, from Entry(r).
type EntryInfo struct {
	// Index is the entry's position in the log, from 1 (the seed's entryIndex).
	Index uint64
	// Epoch is the election revision of the leader that appended it (its
	// fencing token).
	Epoch int64
	// Leader is the replica id of that leader (the seed's subject.id).
	Leader string
	// SubjectIndex is the entry's position among the entries that leader
	// appended in its term, from 1 (the seed's subject.index).
	SubjectIndex uint64
	// Time is the leader's clock when it appended the entry. Handlers that
	// need the time use it, so every replica computes the same result.
	Time time.Time
	// Key is the request's Idempotency-Key, "" when it had none.
	Key string
	// Pattern is the route's pattern ("POST /user").
	Pattern string
	// OnlyOnce is true for an OnlyOnce route's entry.
	OnlyOnce bool
}

type ctxKey int

const (
	entryKey ctxKey = iota
)

type entryCtx struct {
	info     EntryInfo
	isLeader bool
}

func withEntry(ctx context.Context, e *logEntry, isLeader bool) context.Context {
	return context.WithValue(ctx, entryKey, &entryCtx{info: EntryInfo{
		Index: e.Index, Epoch: e.Epoch, Leader: e.Leader, SubjectIndex: e.Subject, Time: e.time(),
		Key: e.Key, Pattern: e.Pattern, OnlyOnce: e.Kind == kindOnlyOnce,
	}, isLeader: isLeader})
}

// Entry returns the log entry r is applying, inside the handler of a
// Replicate or OnlyOnce route; ok is false for any other request.
func Entry(r *http.Request) (info EntryInfo, ok bool) {
	ec, ok := r.Context().Value(entryKey).(*entryCtx)
	if !ok {
		return EntryInfo{}, false
	}
	return ec.info, true
}

// IsLeader reports whether the handler runs on the replica where the entry
// first ran: the leader that appended it, in the same term and process. It
// is false on followers, on a leader replaying an older entry, on a
// restarted ex-leader, and outside a replicated handler. An OnlyOnce handler
// always runs on the leader, so there it is true. (The seed's
// app.isLeader(req), without its double side effect after a restart.)
func IsLeader(r *http.Request) bool {
	ec, ok := r.Context().Value(entryKey).(*entryCtx)
	return ok && ec.isLeader
}
