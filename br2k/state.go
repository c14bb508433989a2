package br2k

import (
	"context"
	"io"
)

// StateMachine is the application state that the replicated handlers change.
//
// br2k never calls the handlers of Replicate routes concurrently with each
// other: they run one at a time, in log order, on every replica (see
// Replicate). Reads served by the application's own routes run concurrently
// with them, so the application guards its state for those.
//
// Snapshot and Restore carry the state across replicas and restarts (the
// seed's "version up"): Snapshot is called by the apply loop between two
// entries and must return at once with a point-in-time view (a copy, a
// copy-on-write handle, a database read transaction); its Persist runs in the
// background while later entries are applied, so writes never pause for a
// snapshot.
type StateMachine interface {
	// Snapshot captures the state as of the last applied entry. It is called
	// from the apply loop, so it must not block; the heavy work belongs in
	// the returned StateSnapshot's Persist.
	Snapshot() (StateSnapshot, error)
	// Restore replaces the whole state with one written by a Persist. It is
	// called before any entry is applied on a new or wiped replica, and on a
	// replica that fell behind a compacted log.
	Restore(r io.Reader) error
}

// StateSnapshot is a point-in-time view of the state returned by
// StateMachine.Snapshot.
type StateSnapshot interface {
	// Persist writes the view to w. It runs on its own goroutine while the
	// apply loop goes on. The bytes are opaque to br2k; Restore reads them.
	Persist(w io.Writer) error
	// Release frees the view (called once, after Persist or instead of it).
	Release()
}

// DurableState is implemented by a StateMachine that keeps its state across
// restarts (a database, files). br2k then resumes the log after
// AppliedIndex instead of restoring a snapshot, and, for routes with
// BackupState/Rollback, keeps a rollback journal in Config.DataDir so a
// request half-applied when the process crashed is rolled back before it is
// applied again.
//
// The state must record the index of each entry it applies (Entry(r).Index)
// together with, or after, the entry's changes.
type DurableState interface {
	StateMachine
	// AppliedIndex returns the index of the last entry whose changes are
	// durably in the state (0 for none).
	AppliedIndex() (uint64, error)
}

// Registry publishes where a service is: the leader's id, URL and epoch,
// and the snapshot versions' manifests (the seed's service registry). The
// chain implementation is br2k/chain.Registry over the ServiceRegistry
// contract. Calls come from the leader only, with a context that ends when
// its term ends; failures are logged and retried by br2k, never fatal.
type Registry interface {
	// PublishLeader records l as the service's leader. Implementations refuse
	// an epoch lower than the one recorded (the contract does).
	PublishLeader(ctx context.Context, l LeaderInfo) error
	// PublishSnapshot records a published snapshot version.
	PublishSnapshot(ctx context.Context, m SnapshotMeta) error
}

// LeaderInfo is a service's leader as elected in etcd.
type LeaderInfo struct {
	// Service is the service id (Config.Service).
	Service string `json:"service"`
	// ID is the leader's replica id (Config.ReplicaID); the seed's subject id.
	ID string `json:"id"`
	// URL is the leader's advertised URL (Config.AdvertiseURL).
	URL string `json:"url"`
	// Epoch is the etcd revision at which the leader's election key was
	// created: the fencing token of every append of its term. Epochs only
	// grow.
	Epoch int64 `json:"epoch"`
}
