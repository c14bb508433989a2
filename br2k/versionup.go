package br2k

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// snapshotFormat names the stream layout: one JSON header line, the
// library's state (header.LibBytes bytes of JSON), then the application's
// state as its Persist wrote it.
const snapshotFormat = "br2k-snapshot/1"

type snapshotHeader struct {
	Format   string `json:"format"`
	Service  string `json:"service"`
	Index    uint64 `json:"index"`
	Epoch    int64  `json:"epoch"`
	Time     int64  `json:"time"`
	LibBytes int64  `json:"libBytes"`
}

// libState is br2k's own replicated state, carried in every snapshot.
type libState struct {
	Applied     uint64                       `json:"applied"`
	AppliedTime int64                        `json:"appliedTime"`
	Term        LeaderInfo                   `json:"term"`
	Idem        []*idemRecord                `json:"idem"`
	PendingOnce []*logEntry                  `json:"pendingOnce"`
	Records     map[string]map[string][]byte `json:"records"`
}

// maybeSnapshot starts a version-up on the leader once SnapshotEvery
// entries were applied since the last published snapshot. The capture
// (StateMachine.Snapshot and a copy of br2k's state) happens here, between
// two entries; writing and publishing run in the background while entries
// keep being applied.
func (r *Replica) maybeSnapshot() {
	if r.cfg.Snapshots == nil {
		return
	}
	r.mu.Lock()
	t := r.term
	index := r.applied
	due := t != nil && index >= r.lastSnap.Index+r.cfg.SnapshotEvery
	r.mu.Unlock()
	if !due || !r.snapshotting.CompareAndSwap(false, true) {
		return
	}
	if err := r.startSnapshot(t, nil); err != nil {
		r.snapshotting.Store(false)
		r.m.snapshotErrors.Inc()
		r.log.Error("version up: capture failed", "index", index, "err", err)
	}
}

// ForceSnapshot starts a version-up now (on the leader), as if SnapshotEvery
// entries had passed. Errors: ErrNotLeader, no store, one already running,
// the capture failed. The snapshot is written in the background; watch
// Status or the snapshots metrics for its end.
func (r *Replica) ForceSnapshot() error { return r.forceSnapshot(nil) }

// ErrSnapshotRunning is returned by ForceSnapshot and SnapshotNow while a
// version-up is being written.
var ErrSnapshotRunning = errors.New("br2k: a snapshot is already being written")

// SnapshotNow is ForceSnapshot that waits until the version is published
// in the store and in etcd, and returns its manifest. Errors: those of
// ForceSnapshot, the store's or etcd's (the version-up failed), ctx ended
// (the version-up goes on in the background). This is the admin API's
// br2k_snapshot.
func (r *Replica) SnapshotNow(ctx context.Context) (SnapshotMeta, error) {
	type result struct {
		m   SnapshotMeta
		err error
	}
	ch := make(chan result, 1)
	if err := r.forceSnapshot(func(m SnapshotMeta, err error) { ch <- result{m, err} }); err != nil {
		return SnapshotMeta{}, err
	}
	select {
	case res := <-ch:
		return res.m, res.err
	case <-ctx.Done():
		return SnapshotMeta{}, ctx.Err()
	}
}

func (r *Replica) forceSnapshot(done func(SnapshotMeta, error)) error {
	if r.cfg.Snapshots == nil {
		return errors.New("br2k: no snapshot store configured")
	}
	t := r.currentTerm()
	if t == nil {
		return ErrNotLeader
	}
	if !r.snapshotting.CompareAndSwap(false, true) {
		return ErrSnapshotRunning
	}
	if err := r.startSnapshot(t, done); err != nil {
		r.snapshotting.Store(false)
		return err
	}
	return nil
}

// startSnapshot captures the state at the applied index, between two
// entries (it holds applyMu, which the apply loop holds while it applies),
// and writes it in the background; done, when set, gets the outcome.
func (r *Replica) startSnapshot(t *term, done func(SnapshotMeta, error)) error {
	captured := time.Now()
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	defer func() { r.m.snapshotCapture.Set(time.Since(captured).Seconds()) }()
	r.mu.Lock()
	app, err := r.cfg.State.Snapshot()
	if err != nil {
		r.mu.Unlock()
		return fmt.Errorf("br2k: StateMachine.Snapshot: %w", err)
	}
	lib := r.libStateLocked()
	r.mu.Unlock()
	start := r.now()
	go func() {
		m, err := r.writeSnapshot(t, lib, app, start)
		app.Release()
		if err != nil {
			r.snapshotting.Store(false)
			r.m.snapshotErrors.Inc()
			r.log.Error("version up failed", "index", lib.Applied, "err", err)
			if done != nil {
				done(m, err)
			}
			return
		}
		r.m.snapshots.Inc()
		r.m.snapshotSeconds.Observe(m.End.Sub(m.Start).Seconds())
		r.m.snapshotBytes.Set(float64(m.Size))
		r.log.Info("version up: snapshot published", "version", m.Version, "index", m.Index, "bytes", m.Size,
			"seconds", m.End.Sub(m.Start).Seconds())
		r.compact(t, m)
		// The next version up may start now: the registry publication below
		// waits for a mined transaction and must not hold it back.
		r.snapshotting.Store(false)
		if done != nil {
			done(m, nil)
		}
		if r.cfg.Registry != nil {
			r.publishSnapshot(t.ctx, m)
		}
	}()
	return nil
}

func (r *Replica) libStateLocked() *libState {
	// Records, entries and record values are immutable once stored, so the
	// capture shares them; only the containers are copied. Sorting happens
	// in the background (sortLib).
	lib := &libState{Applied: r.applied, AppliedTime: r.appliedTime, Term: r.termSeen, Records: cloneRecords(r.records),
		Idem: make([]*idemRecord, 0, len(r.idem)), PendingOnce: make([]*logEntry, 0, len(r.pendingOnce))}
	for _, rec := range r.idem {
		lib.Idem = append(lib.Idem, rec)
	}
	for _, e := range r.pendingOnce {
		lib.PendingOnce = append(lib.PendingOnce, e)
	}
	return lib
}

// sortLib orders the captured state so equal states give equal snapshots.
func sortLib(lib *libState) {
	sortIdem(lib.Idem)
	slices.SortFunc(lib.PendingOnce, func(a, b *logEntry) int { return compareU64(a.Index, b.Index) })
}

func compareU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// writeSnapshot streams the snapshot into the store and publishes its
// manifest in etcd (fenced on the term).
func (r *Replica) writeSnapshot(t *term, lib *libState, app StateSnapshot, start time.Time) (SnapshotMeta, error) {
	sortLib(lib)
	libJSON, err := json.Marshal(lib)
	if err != nil {
		return SnapshotMeta{}, fmt.Errorf("encoding br2k state: %w", err)
	}
	hdr, _ := json.Marshal(snapshotHeader{Format: snapshotFormat, Service: r.cfg.Service, Index: lib.Applied,
		Epoch: t.epoch, Time: lib.AppliedTime, LibBytes: int64(len(libJSON))})
	members, _ := r.memberIDs(t.ctx)
	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriterSize(pw, 64<<10)
		_, err := bw.Write(append(hdr, '\n'))
		if err == nil {
			_, err = bw.Write(libJSON)
		}
		if err == nil {
			err = app.Persist(bw)
		}
		if err == nil {
			err = bw.Flush()
		}
		pw.CloseWithError(err)
	}()
	ctx := context.WithoutCancel(t.ctx) // a snapshot at this index is valid whoever leads next
	m, err := r.cfg.Snapshots.Save(ctx, SnapshotMeta{Service: r.cfg.Service, Index: lib.Applied, Epoch: t.epoch,
		Replica: r.cfg.ReplicaID, Members: members, Start: start.UTC(), HeaderSize: int64(len(hdr) + 1 + len(libJSON))}, pr)
	pr.Close()
	if err != nil {
		return SnapshotMeta{}, fmt.Errorf("saving to the store: %w", err)
	}
	if err := r.cfg.Snapshots.Prune(ctx, r.cfg.Service, r.cfg.MaxSnapshots); err != nil {
		r.log.Warn("version up: pruning old versions failed", "err", err)
	}
	if m.End.IsZero() {
		m.End = r.now().UTC()
	}
	b, _ := json.Marshal(m)
	pctx, cancel := context.WithTimeout(ctx, appendTimeout)
	defer cancel()
	resp, err := r.cli.Txn(pctx).If(clientv3.Compare(clientv3.CreateRevision(t.leaderKey), "=", t.epoch)).
		Then(clientv3.OpPut(r.keys.snapshot(m.Version), string(b))).Commit()
	if err != nil {
		return m, fmt.Errorf("publishing manifest of version %d in etcd: %w", m.Version, err)
	}
	if !resp.Succeeded {
		// Stored, but this replica no longer leads: the store holds the version
		// (restorable); the next leader publishes its own.
		return m, fmt.Errorf("publishing manifest of version %d: %w", m.Version, ErrFenced)
	}
	r.mu.Lock()
	if m.Index > r.lastSnap.Index {
		r.lastSnap = m
	}
	r.mu.Unlock()
	return m, nil
}

// compact deletes the log entries that the new snapshot m makes unneeded:
// every entry up to m.Index - CatchUpEntries. The entries kept below the
// snapshot let a replica a little behind catch up from the log; one further
// behind (dead, stuck, new) restores the snapshot instead, so no replica
// ever stalls compaction. Old manifests beyond MaxSnapshots are removed
// from etcd too.
func (r *Replica) compact(t *term, m SnapshotMeta) {
	ctx, cancel := context.WithTimeout(t.ctx, appendTimeout)
	defer cancel()
	var ops []clientv3.Op
	if m.Index > r.cfg.CatchUpEntries {
		to := m.Index - r.cfg.CatchUpEntries
		ops = append(ops, clientv3.OpDelete(r.keys.entry(1), clientv3.WithRange(r.keys.entry(to+1))))
		defer r.log.Info("version up: log compacted", "through_index", to)
	}
	if snaps, err := r.publishedSnapshots(ctx); err == nil && len(snaps) > r.cfg.MaxSnapshots {
		oldest := snaps[r.cfg.MaxSnapshots-1].Version
		ops = append(ops, clientv3.OpDelete(r.keys.snapshot(0), clientv3.WithRange(r.keys.snapshot(oldest))))
	}
	if len(ops) == 0 {
		return
	}
	resp, err := r.cli.Txn(ctx).If(clientv3.Compare(clientv3.CreateRevision(t.leaderKey), "=", t.epoch)).Then(ops...).Commit()
	if err != nil || !resp.Succeeded {
		r.log.Warn("version up: log compaction not done", "err", err)
	}
}

func (r *Replica) memberIDs(ctx context.Context) ([]string, error) {
	resp, err := r.cli.Get(ctx, r.keys.members, clientv3.WithPrefix(), clientv3.WithKeysOnly())
	if err != nil {
		return nil, err
	}
	var out []string
	for _, kv := range resp.Kvs {
		out = append(out, string(kv.Key[len(r.keys.members):]))
	}
	return out, nil
}

// publishedSnapshots returns the manifests published in etcd, newest first.
func (r *Replica) publishedSnapshots(ctx context.Context) ([]SnapshotMeta, error) {
	return readSnapshots(ctx, r.cli, r.keys)
}

func readSnapshots(ctx context.Context, cli *clientv3.Client, k keys) ([]SnapshotMeta, error) {
	resp, err := cli.Get(ctx, k.snapshots, clientv3.WithPrefix(), clientv3.WithSort(clientv3.SortByKey, clientv3.SortDescend))
	if err != nil {
		return nil, err
	}
	out := make([]SnapshotMeta, 0, len(resp.Kvs))
	for _, kv := range resp.Kvs {
		var m SnapshotMeta
		if json.Unmarshal(kv.Value, &m) == nil {
			out = append(out, m)
		}
	}
	return out, nil
}

// publishSnapshot records a version in the registry, retrying a few times.
func (r *Replica) publishSnapshot(ctx context.Context, m SnapshotMeta) {
	backoff := time.Second
	for attempt := 0; attempt < 5 && ctx.Err() == nil; attempt++ {
		err := r.cfg.Registry.PublishSnapshot(ctx, m)
		if err == nil {
			return
		}
		r.m.registryErrors.Inc()
		r.log.Warn("publishing a snapshot version in the registry failed", "version", m.Version, "err", err)
		if !sleepCtx(ctx, backoff) {
			return
		}
		backoff *= 2
	}
}

// restore replaces the state with snapshot version m.
func (r *Replica) restore(ctx context.Context, m SnapshotMeta) error {
	start := time.Now()
	rc, meta, err := r.cfg.Snapshots.Open(ctx, r.cfg.Service, m.Version)
	if err != nil {
		return err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return fmt.Errorf("%w: version %d: reading the header: %v", ErrCorruptSnapshot, meta.Version, err)
	}
	var hdr snapshotHeader
	if err := json.Unmarshal(line, &hdr); err != nil || hdr.Format != snapshotFormat {
		return fmt.Errorf("%w: version %d: header %q is not %s", ErrCorruptSnapshot, meta.Version, line, snapshotFormat)
	}
	if hdr.Service != r.cfg.Service || hdr.Index != meta.Index {
		return fmt.Errorf("%w: version %d: header says service %q index %d, manifest %q index %d",
			ErrCorruptSnapshot, meta.Version, hdr.Service, hdr.Index, meta.Service, meta.Index)
	}
	libJSON := make([]byte, hdr.LibBytes)
	if _, err := io.ReadFull(br, libJSON); err != nil {
		return fmt.Errorf("%w: version %d: reading br2k state: %v", ErrCorruptSnapshot, meta.Version, err)
	}
	var lib libState
	if err := json.Unmarshal(libJSON, &lib); err != nil {
		return fmt.Errorf("%w: version %d: decoding br2k state: %v", ErrCorruptSnapshot, meta.Version, err)
	}
	// Checksums are verified as the stream is read; the application's Restore
	// reads the rest, so a corrupt chunk fails it. Drain to reach the final
	// whole-stream check before committing anything of br2k's own.
	if err := r.cfg.State.Restore(&drainOnEOF{r: br}); err != nil {
		if errors.Is(err, ErrCorruptSnapshot) {
			return err
		}
		return &fatalError{fmt.Errorf("br2k: StateMachine.Restore of version %d: %w", meta.Version, err)}
	}
	if _, err := io.Copy(io.Discard, br); err != nil {
		return err
	}
	r.mu.Lock()
	r.applied, r.appliedTime, r.termSeen = lib.Applied, lib.AppliedTime, lib.Term
	r.appliedRev = 0
	r.idem = map[string]*idemRecord{}
	for _, rec := range lib.Idem {
		r.idem[rec.Key] = rec
	}
	r.idemOrder.rebuild(lib.Idem)
	r.pendingOnce = map[uint64]*logEntry{}
	for _, e := range lib.PendingOnce {
		r.pendingOnce[e.Index] = e
	}
	r.records = lib.Records
	if r.records == nil {
		r.records = map[string]map[string][]byte{}
	}
	if meta.Index > r.lastSnap.Index {
		r.lastSnap = meta
	}
	close(r.appliedCh)
	r.appliedCh = make(chan struct{})
	r.mu.Unlock()
	r.m.restores.Inc()
	r.log.Info("restored snapshot", "version", meta.Version, "index", meta.Index, "bytes", meta.Size, "seconds", time.Since(start).Seconds())
	return nil
}

// drainOnEOF passes reads through; it exists so Restore implementations that
// stop early still leave the rest for the final checksum.
type drainOnEOF struct{ r io.Reader }

func (d *drainOnEOF) Read(p []byte) (int, error) { return d.r.Read(p) }
