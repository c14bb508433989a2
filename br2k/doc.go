// Package br2k replicates a blockchain web application server through etcd
// so that no acknowledged request is lost or applied twice and chain side
// effects happen exactly once (seed 004, BR2K, redone in Go).
//
// # Model
//
// Every replica runs the same application with the same routes. Requests to
// replicated routes are appended to a log in etcd by the leader and applied,
// one at a time and in log order, on every replica:
//
//	r, _ := br2k.New(br2k.Config{Endpoints: []string{"http://127.0.0.1:2379"},
//		Service: "shop", ReplicaID: "r1", AdvertiseURL: "http://10.0.0.1:8080",
//		State: state, Snapshots: store})
//	mux.Handle("POST /user", r.Replicate("POST /user", createUser))
//	mux.Handle("POST /redeem", r.OnlyOnce("POST /redeem", redeem))
//	r.Mount(mux) // GET /br2k/v1/leader, /status, /requests/{key}
//	go http.ListenAndServe(":8080", mux)
//	err := r.Run(ctx)
//
// Guarantees, and where BR2K's own code fell short (research/br2k.md):
//
//   - Leadership comes from an etcd election among live replicas
//     (concurrency.Election on a session lease), not from which etcd member
//     is the raft leader. The epoch is the election key's CreateRevision.
//   - Every append is one etcd transaction fenced on the epoch and the log
//     head: If(CreateRevision(leader key) == epoch, Value(head) == last)
//     Then(Put(log/<last+1>)..., Put(head)). A deposed leader's append fails,
//     it steps down, and nothing of its is applied: handlers run only for
//     committed entries, and an OnlyOnce handler's side effects go through
//     fenced writes (br2k/chain). Concurrent requests share a transaction
//     (group commit, up to 64 entries).
//   - The answer goes out only after the entry is committed in etcd and
//     applied on the leader; a leader that dies in between leaves a committed
//     entry that every replica applies, and the client's retry with the same
//     Idempotency-Key gets the stored answer.
//   - Followers apply from one etcd watch of the log prefix, resumed from a
//     revision; a gap or a compacted revision leads to a catch-up by range
//     reads (and to a snapshot restore when the log no longer reaches back).
//     No polling.
//   - A request reaching a follower is forwarded to the leader (proxied; with
//     Config.Redirect a 307), never answered "not here". A forwarded request
//     with an Idempotency-Key follows leader changes: once the follower sees
//     another leader it stops waiting for the old one (which may be frozen
//     or cut off) and sends the request to the new one. While no leader is
//     elected, requests wait (up to Config.ReplyTimeout) and then get 503.
//   - A new leader first applies every committed entry, then appends a term
//     entry, then serves; OnlyOnce requests left without an answer are run
//     again by it.
//
// # Handlers
//
// Replicate handlers must be deterministic: their answer and state changes
// may depend only on the request (method, path and query, body,
// Content-Type, Idempotency-Key and Config.Headers), the state and
// Entry(r) (Index, Epoch, Leader = the seed's subject id, SubjectIndex =
// subject index, Time = the leader's clock). Every replica, the leader
// included, runs them on a request rebuilt from the log entry, with path
// values of the route's pattern set. A handler fails when it panics or
// answers 5xx; the route's Rollback (from BackupState) then undoes its
// changes on that replica, and the failure is not stored, so a retry runs
// again. IsLeader(r) is true only where the entry first ran.
//
// OnlyOnce handlers run on the leader after their entry is committed; their
// answer is logged before the client gets it. They change replicated state
// only through Submit (with a key derived from their entry) and send chain
// transactions through br2k/chain.Outbox.
//
// # Other routers
//
// A Route is an http.Handler, so any router mounts it at the same path; the
// rebuilt request on every replica gets its path values from the route's
// own http.ServeMux pattern, so handlers read r.PathValue whatever router
// took the request:
//
//	chi:  router.Method("PUT", "/kv/{key}", replica.Replicate("PUT /kv/{key}", h))
//	echo: e.PUT("/kv/:key", echo.WrapHandler(replica.Replicate("PUT /kv/{key}", h)))
//
// (adapter_test.go runs both.)
//
// # Idempotency-Key
//
// draft-ietf-httpapi-idempotency-key-header-07: the header is an sf-string
// (a bare token is accepted too), at most 255 bytes. A retry with a key
// whose request completed returns the stored answer (same status, headers
// and body, plus BR2K-Replayed: true) from any replica; while an OnlyOnce
// request with the key runs, 409; the same key with another payload (method,
// path and query, body) 422; a malformed key 400, and a missing one 400
// when Config.RequireIdempotencyKey is set. The draft leaves the retention
// to the server, which publishes it; br2k's is: an answer is kept for
// Config.IdempotencyTTL (24 h) counted on the log's clock, or until
// Config.MaxIdempotencyKeys (100,000) newer answers were stored, whichever
// comes first, so every replica forgets the same keys at the same entry.
// Past either, the key is new again. Failed (5xx) answers are not kept. The
// table is replicated state held in memory on every replica and carried in
// every snapshot (about 370 bytes per key with a small JSON answer), which
// is why it is bounded by count and not only by time: at 1,000 requests a
// second a 24 h table alone would hold 86 million answers.
// br2k_idempotency_evictions_total counts answers dropped before their TTL:
// size MaxIdempotencyKeys as the request rate times the clients' longest
// retry horizon.
//
// # Version up
//
// Every Config.SnapshotEvery entries (50,000, the seed's version-up-size)
// the leader captures the state between two entries (StateMachine.Snapshot
// must only copy or pin a view; the br2k_snapshot_capture_seconds gauge
// shows how long that took) and writes it to the SnapshotStore in the
// background while entries go on being applied: writes never pause for the
// upload. The store publishes the version by committing its manifest last
// (br2k/sqlstore: MySQL and SQLite, chunked, SHA-256 per chunk and stream);
// Config.MaxSnapshots versions are kept (the seed's max-state-version, 10);
// the manifest goes to etcd and the Registry; then the log is compacted
// through Index - Config.CatchUpEntries. A new or wiped replica restores the
// newest version whose checksums hold, then replays the log after it.
//
// # etcd keys
//
// All under Prefix(service) = /br2k/<service>/: election/<lease> (leader
// election, value JSON LeaderInfo), head (last index), log/<index, 20
// digits> (entries, JSON), members/<replica> (JSON MemberStatus on the
// replica's lease), snapshots/<version, 20 digits> (JSON SnapshotMeta).
// ReadStatus reads them all (`servicechain br2k status`).
//
// # Host
//
// A Replica fits the host contract of internal/node: Name, Run(ctx),
// NotReady (readiness: not running, replaying, no leader, stuck) and
// Collectors; AdminAPI is the admin JSON-RPC namespace to register as
// rpc.API{Namespace: "br2k", Service: r.AdminAPI()} (br2k_status,
// br2k_cluster, br2k_digest, br2k_snapshot; examples/points wires all of it
// into an internal/node host). Digest hashes the replicated state at the
// applied index (equal on every replica at the same index). Metrics
// (Prometheus, const labels service and replica): br2k_leader,
// br2k_epoch, br2k_applied_index, br2k_entries_applied_total,
// br2k_apply_seconds, br2k_append_seconds, br2k_append_batch_entries,
// br2k_request_seconds{path}, br2k_forwarded_total,
// br2k_idempotent_replays_total, br2k_idempotency_conflicts_total{code},
// br2k_idempotency_keys, br2k_idempotency_evictions_total,
// br2k_fence_failures_total, br2k_leader_terms_total,
// br2k_handler_failures_total, br2k_rollbacks_total, br2k_snapshots_total,
// br2k_snapshot_errors_total, br2k_snapshot_seconds, br2k_snapshot_bytes,
// br2k_snapshot_capture_seconds, br2k_restores_total,
// br2k_registry_errors_total.
//
// The package depends on the etcd client, net/http and the Prometheus
// client only; SQL stores live in br2k/sqlstore, chain parts in br2k/chain.
package br2k
