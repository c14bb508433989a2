package br2k

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// rollbackFile is the rollback journal in Config.DataDir: the backup of the
// entry being applied, written (fsync, rename) before its handler runs.
const rollbackFile = "br2k-rollback.json"

type rollbackRecord struct {
	Index   uint64    `json:"index"`
	Pattern string    `json:"pattern"`
	Entry   *logEntry `json:"entry"`
	State   []byte    `json:"state"`
}

type rollbackJournal struct{ dir string }

func (j *rollbackJournal) path() string { return filepath.Join(j.dir, rollbackFile) }

// write replaces the journal with rec durably.
func (j *rollbackJournal) write(rec rollbackRecord) error {
	if err := os.MkdirAll(j.dir, 0o700); err != nil {
		return err
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	tmp := j.path() + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, j.path()); err != nil {
		return err
	}
	if d, err := os.Open(j.dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// read returns the journal's record, nil when there is none.
func (j *rollbackJournal) read() (*rollbackRecord, error) {
	b, err := os.ReadFile(j.path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rec rollbackRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("%s: %w", j.path(), err)
	}
	return &rec, nil
}

func (j *rollbackJournal) clear() error {
	err := os.Remove(j.path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// rollbackAfterCrash undoes the entry the process was applying when it
// stopped: the journal holds an entry above the durable state's applied
// index, so its handler may have left part of its changes.
func (r *Replica) rollbackAfterCrash(ctx context.Context, applied uint64) error {
	if r.rbj == nil {
		return nil
	}
	rec, err := r.rbj.read()
	if err != nil {
		return fmt.Errorf("br2k: reading the rollback journal: %w", err)
	}
	if rec == nil {
		return nil
	}
	if rec.Index > applied && rec.Entry != nil {
		rt := r.route(rec.Pattern)
		if rt == nil || rt.rollbackFn == nil {
			return fmt.Errorf("br2k: the rollback journal holds entry %d of route %q, which has no Rollback registered: register the routes before Run", rec.Index, rec.Pattern)
		}
		req, err := entryRequest(withEntry(ctx, rec.Entry, false), rec.Entry)
		if err != nil {
			return err
		}
		if err := rt.rollbackFn(rt.routed(req), rec.State); err != nil {
			return fmt.Errorf("br2k: rolling back entry %d (%s) after a crash: %w", rec.Index, rec.Pattern, err)
		}
		r.m.rollbacks.Inc()
		r.log.Warn("rolled back an entry half-applied before a crash; it is applied again", "index", rec.Index, "pattern", rec.Pattern)
	}
	return r.rbj.clear()
}
