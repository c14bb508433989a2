package br2k

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// Digest returns the index of the last entry applied on this replica and a
// SHA-256 (hex) over the replicated state as of that entry: br2k's own
// (Idempotency-Keys with their stored answers, OnlyOnce requests without
// one, records, the term) followed by app(), the application's encoding or
// digest of its state. app runs between two entries (the apply loop waits
// for it, as for a snapshot capture), so what it reads is exactly the
// state at index; it must be quick and must not call the replica. app may
// be nil.
//
// Replicas at the same index have the same digest unless they diverged
// (expired answers and records are pruned at the same entries on every
// replica: the first of each minute of the log's clock): an invariant check
// for tests and operators.
func (r *Replica) Digest(app func() []byte) (index uint64, digest string) {
	var appState []byte
	r.applyMu.Lock()
	r.mu.Lock()
	lib := r.libStateLocked() // shares the immutable records; copies the containers
	r.mu.Unlock()
	if app != nil {
		appState = app()
	}
	r.applyMu.Unlock()
	sortLib(lib)
	h := sha256.New()
	b, _ := json.Marshal(lib) // plain data: cannot fail; maps are encoded in key order
	h.Write(b)
	if app != nil {
		h.Write([]byte{0})
		h.Write(appState)
	}
	return lib.Applied, hex.EncodeToString(h.Sum(nil))
}

// AdminAPI is a replica's admin API: a plain Go value whose exported
// methods are the JSON-RPC methods of namespace "br2k" when it is
// registered on a go-ethereum rpc server, such as a daemon host's admin
// server:
//
//	rpc.API{Namespace: "br2k", Service: replica.AdminAPI()}
//
// gives br2k_status, br2k_cluster, br2k_digest and br2k_snapshot. The
// admin server is trusted (loopback or authenticated): br2k_snapshot starts
// work on the leader.
type AdminAPI struct{ r *Replica }

// AdminAPI returns the replica's admin API.
func (r *Replica) AdminAPI() *AdminAPI { return &AdminAPI{r: r} }

// Status returns this replica's own view (br2k_status; the same as GET
// /br2k/v1/status).
func (a *AdminAPI) Status() LocalStatus { return a.r.Status() }

// Cluster reads the service's status from etcd (br2k_cluster; what
// `servicechain br2k status` prints). Errors: etcd unreachable.
func (a *AdminAPI) Cluster(ctx context.Context) (*ClusterStatus, error) {
	return ReadStatus(ctx, a.r.cli, a.r.cfg.Service)
}

// DigestResult is the answer of br2k_digest.
type DigestResult struct {
	// Index is the last applied entry; Digest the SHA-256 (hex) of br2k's
	// replicated state at it (see Replica.Digest, without the application's).
	Index  uint64 `json:"index"`
	Digest string `json:"digest"`
}

// Digest returns br2k's state digest at the applied index (br2k_digest).
func (a *AdminAPI) Digest() DigestResult {
	i, d := a.r.Digest(nil)
	return DigestResult{Index: i, Digest: d}
}

// Snapshot starts a version-up now and waits until it is published
// (br2k_snapshot; Replica.SnapshotNow). It must be sent to the leader:
// followers answer ErrNotLeader; ErrSnapshotRunning while one is written.
func (a *AdminAPI) Snapshot(ctx context.Context) (*SnapshotMeta, error) {
	m, err := a.r.SnapshotNow(ctx)
	if err != nil {
		return nil, err
	}
	return &m, nil
}
