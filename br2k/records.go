package br2k

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"time"
)

// RecordOp is one change to the replicated records: small key-value data
// of extensions that live beside the application state (br2k/chain keeps
// its signed-transaction journal and effect statuses in them). Records are
// applied in log order on every replica and carried by snapshots.
type RecordOp struct {
	// Namespace groups records ("txmgr/1000/0xabc..."); Key names one.
	Namespace string `json:"ns"`
	Key       string `json:"k"`
	// Value is the new value; Delete removes the record instead.
	Value  []byte `json:"v,omitempty"`
	Delete bool   `json:"d,omitempty"`
	// TTL, when > 0, drops the record once this long has passed on the log's
	// clock after the entry (for bounded histories such as effect statuses).
	TTL time.Duration `json:"ttl,omitempty"`
}

const expiresNS = "\x00expires"

func applyRecords(recs map[string]map[string][]byte, ops []RecordOp) {
	// Times are applied by the caller through pruneRecords; the TTL is stored
	// beside the value under a reserved namespace suffix.
	for _, op := range ops {
		ns := recs[op.Namespace]
		if op.Delete {
			delete(ns, op.Key)
			if exp := recs[op.Namespace+expiresNS]; exp != nil {
				delete(exp, op.Key)
			}
			continue
		}
		if ns == nil {
			ns = map[string][]byte{}
			recs[op.Namespace] = ns
		}
		ns[op.Key] = bytes.Clone(op.Value)
	}
}

// applyRecordTTLs stamps the expiry of records written with a TTL by the
// entry at time now (unix ns).
func applyRecordTTLs(recs map[string]map[string][]byte, ops []RecordOp, now int64) {
	for _, op := range ops {
		if op.Delete || op.TTL <= 0 {
			continue
		}
		exp := recs[op.Namespace+expiresNS]
		if exp == nil {
			exp = map[string][]byte{}
			recs[op.Namespace+expiresNS] = exp
		}
		exp[op.Key] = fmt.Appendf(nil, "%d", now+int64(op.TTL))
	}
}

func pruneRecords(recs map[string]map[string][]byte, now int64) {
	for ns, exp := range recs {
		base, ok := cutSuffix(ns, expiresNS)
		if !ok {
			continue
		}
		for k, v := range exp {
			var at int64
			if _, err := fmt.Sscan(string(v), &at); err == nil && at <= now {
				delete(exp, k)
				delete(recs[base], k)
			}
		}
	}
}

func cutSuffix(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// Propose appends record changes in the term of epoch and returns once
// they are committed and applied on this replica. Only the leader of that
// term may propose: errors ErrNotLeader (not leading in epoch; nothing
// appended), ErrFenced, ErrOutcomeUnknown, ctx ended (the ops may still be
// applied).
func (r *Replica) Propose(ctx context.Context, epoch int64, ops ...RecordOp) error {
	for _, op := range ops {
		if op.Namespace == "" || op.Key == "" {
			return fmt.Errorf("br2k: propose: record with namespace %q and key %q: expected both non-empty", op.Namespace, op.Key)
		}
	}
	t := r.currentTerm()
	if t == nil || t.epoch != epoch {
		return ErrNotLeader
	}
	e := &logEntry{Kind: kindRecords, RID: newRID(), Records: ops}
	if err := r.appendEntries(t, e); err != nil {
		return err
	}
	return r.WaitApplied(ctx, e.Index)
}

// Record returns a copy of one record; ok is false when it does not exist.
func (r *Replica) Record(namespace, key string) (value []byte, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.records[namespace][key]
	return bytes.Clone(v), ok
}

// Records returns a copy of every record of a namespace.
func (r *Replica) Records(namespace string) map[string][]byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string][]byte, len(r.records[namespace]))
	for k, v := range r.records[namespace] {
		out[k] = bytes.Clone(v)
	}
	return out
}

func cloneRecords(in map[string]map[string][]byte) map[string]map[string][]byte {
	out := make(map[string]map[string][]byte, len(in))
	for ns, m := range in {
		out[ns] = maps.Clone(m)
	}
	return out
}
