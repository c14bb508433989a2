package br2k

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"text/tabwriter"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// ClusterStatus is a service's state as etcd holds it: what
// `servicechain br2k status` prints.
type ClusterStatus struct {
	Service string `json:"service"`
	// Leader is the elected leader (ID "" when none); Leader.Epoch is its epoch.
	Leader LeaderInfo `json:"leader"`
	// Head is the index of the last committed entry; FirstIndex the lowest
	// index still in the log (0 when the log is empty); entries below it are
	// in snapshots only.
	Head       uint64 `json:"head"`
	FirstIndex uint64 `json:"firstIndex"`
	// Replicas are the live replicas (member keys on their session leases),
	// sorted by id, with their applied index.
	Replicas []ReplicaStatus `json:"replicas"`
	// Snapshots are the published snapshot manifests, newest first.
	Snapshots []SnapshotMeta `json:"snapshots"`
	// Revision is the etcd revision the status was read at.
	Revision int64 `json:"revision"`
}

// ReplicaStatus is one live replica in a ClusterStatus.
type ReplicaStatus struct {
	MemberStatus
	// Lag is Head - Applied (entries not yet applied there).
	Lag uint64 `json:"lag"`
	// LeaseTTL is how long the replica's lease has left, in seconds, when
	// the status was read (-1 when unknown).
	LeaseTTL int64 `json:"leaseTTL"`
}

// ReadStatus reads a service's status from etcd in one consistent read
// (plus lease TTLs). Errors: etcd unreachable, a bad service id.
func ReadStatus(ctx context.Context, cli *clientv3.Client, service string) (*ClusterStatus, error) {
	if !idPattern.MatchString(service) {
		return nil, fmt.Errorf("br2k: service %q: expected 1 to 64 of A-Z a-z 0-9 . _ -", service)
	}
	k := newKeys(service)
	resp, err := cli.Txn(ctx).Then(
		clientv3.OpGet(k.election, clientv3.WithFirstCreate()...),
		clientv3.OpGet(k.head),
		clientv3.OpGet(k.log, clientv3.WithPrefix(), clientv3.WithLimit(1), clientv3.WithSort(clientv3.SortByKey, clientv3.SortAscend), clientv3.WithKeysOnly()),
		clientv3.OpGet(k.members, clientv3.WithPrefix()),
		clientv3.OpGet(k.snapshots, clientv3.WithPrefix(), clientv3.WithSort(clientv3.SortByKey, clientv3.SortDescend)),
	).Commit()
	if err != nil {
		return nil, fmt.Errorf("br2k: reading the status of %s: %w", service, err)
	}
	st := &ClusterStatus{Service: service, Revision: resp.Header.Revision, Replicas: []ReplicaStatus{}, Snapshots: []SnapshotMeta{}}
	if kvs := resp.Responses[0].GetResponseRange().Kvs; len(kvs) == 1 {
		_ = json.Unmarshal(kvs[0].Value, &st.Leader)
		st.Leader.Epoch, st.Leader.Service = kvs[0].CreateRevision, service
	}
	if kvs := resp.Responses[1].GetResponseRange().Kvs; len(kvs) == 1 {
		st.Head, _ = strconv.ParseUint(string(kvs[0].Value), 10, 64)
	}
	if kvs := resp.Responses[2].GetResponseRange().Kvs; len(kvs) == 1 {
		st.FirstIndex, _ = k.indexOf(kvs[0].Key)
	}
	for _, kv := range resp.Responses[3].GetResponseRange().Kvs {
		var rs ReplicaStatus
		if json.Unmarshal(kv.Value, &rs.MemberStatus) != nil {
			continue
		}
		if st.Head > rs.Applied {
			rs.Lag = st.Head - rs.Applied
		}
		rs.LeaseTTL = -1
		if kv.Lease != 0 {
			if ttl, err := cli.TimeToLive(ctx, clientv3.LeaseID(kv.Lease)); err == nil {
				rs.LeaseTTL = ttl.TTL
			}
		}
		rs.Leader = rs.ID == st.Leader.ID
		st.Replicas = append(st.Replicas, rs)
	}
	sort.Slice(st.Replicas, func(i, j int) bool { return st.Replicas[i].ID < st.Replicas[j].ID })
	for _, kv := range resp.Responses[4].GetResponseRange().Kvs {
		var m SnapshotMeta
		if json.Unmarshal(kv.Value, &m) == nil {
			st.Snapshots = append(st.Snapshots, m)
		}
	}
	return st, nil
}

// LocalStatus is one replica's own view, served at GET /br2k/v1/status.
type LocalStatus struct {
	Service  string     `json:"service"`
	Replica  string     `json:"replica"`
	URL      string     `json:"url"`
	Leading  bool       `json:"leading"`
	Epoch    int64      `json:"epoch,omitempty"`
	Leader   LeaderInfo `json:"leader"`
	Applied  uint64     `json:"applied"`
	Keys     int        `json:"idempotencyKeys"`
	Pending  int        `json:"pendingOnlyOnce"`
	Snapshot uint64     `json:"lastSnapshotIndex"`
	NotReady []string   `json:"notReady"`
}

// RequestStatus is the state of one request by Idempotency-Key, served at
// GET /br2k/v1/requests/{key} on any replica.
type RequestStatus struct {
	Key     string `json:"key"`
	Pattern string `json:"pattern"`
	Index   uint64 `json:"index"`
	Epoch   int64  `json:"epoch"`
	Leader  string `json:"leader"`
	// State is "done" (the answer is stored) or "running" (an OnlyOnce
	// handler has not logged its answer yet).
	State   string `json:"state"`
	Status  int    `json:"status,omitempty"`
	Expires string `json:"expires,omitempty"`
}

// Status returns this replica's own view.
func (r *Replica) Status() LocalStatus {
	nr := r.NotReady()
	r.mu.Lock()
	defer r.mu.Unlock()
	st := LocalStatus{Service: r.cfg.Service, Replica: r.cfg.ReplicaID, URL: r.cfg.AdvertiseURL, Leader: r.leader,
		Applied: r.applied, Keys: len(r.idem), Pending: len(r.pendingOnce), Snapshot: r.lastSnap.Index, NotReady: nr}
	if r.term != nil {
		st.Leading, st.Epoch = true, r.term.epoch
	}
	if st.NotReady == nil {
		st.NotReady = []string{}
	}
	return st
}

// RequestStatus returns what this replica knows of the request with
// Idempotency-Key key; ok is false when the key is unknown or expired.
func (r *Replica) RequestStatus(key string) (st RequestStatus, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rec := r.idem[key]
	if rec == nil {
		return RequestStatus{}, false
	}
	st = RequestStatus{Key: key, Pattern: rec.Pattern, Index: rec.Index, Epoch: rec.Epoch, Leader: rec.Leader, State: "running"}
	if rec.Done {
		st.State = "done"
		st.Status = rec.Resp.Status
		st.Expires = time.Unix(0, rec.Expires).UTC().Format(time.RFC3339)
	}
	return st, true
}

// Mount registers br2k's own read-only endpoints on mux (any replica
// answers them from its local state):
//
//	GET /br2k/v1/leader          the elected leader: JSON LeaderInfo (503 when none)
//	GET /br2k/v1/status          this replica: JSON LocalStatus
//	GET /br2k/v1/requests/{key}  a request by Idempotency-Key: JSON RequestStatus (404 when unknown)
func (r *Replica) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /br2k/v1/leader", func(w http.ResponseWriter, _ *http.Request) {
		l, ok := r.Leader()
		if !ok {
			problem(http.StatusServiceUnavailable, "No leader", "no replica leads the service now").write(w, http.Header{"Retry-After": {"1"}})
			return
		}
		writeJSON(w, http.StatusOK, l)
	})
	mux.HandleFunc("GET /br2k/v1/status", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, r.Status())
	})
	mux.HandleFunc("GET /br2k/v1/requests/{key}", func(w http.ResponseWriter, req *http.Request) {
		st, ok := r.RequestStatus(req.PathValue("key"))
		if !ok {
			problem(http.StatusNotFound, "Unknown request", "no request with this Idempotency-Key is stored here (never seen, or expired)").write(w, nil)
			return
		}
		writeJSON(w, http.StatusOK, st)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteText prints the status as `servicechain br2k status` shows it: the
// leader and epoch, the log, one line per replica (applied index, lag,
// lease), one per snapshot version.
func (st *ClusterStatus) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	leader := "none"
	if st.Leader.ID != "" {
		leader = fmt.Sprintf("%s (%s)", st.Leader.ID, st.Leader.URL)
	}
	fmt.Fprintf(tw, "service\t%s\n", st.Service)
	fmt.Fprintf(tw, "leader\t%s\n", leader)
	fmt.Fprintf(tw, "epoch\t%d\n", st.Leader.Epoch)
	first := "-"
	if st.FirstIndex > 0 {
		first = strconv.FormatUint(st.FirstIndex, 10)
	}
	fmt.Fprintf(tw, "log\thead %d, first index kept %s (etcd revision %d)\n\n", st.Head, first, st.Revision)
	fmt.Fprintln(tw, "REPLICA\tROLE\tAPPLIED\tLAG\tLEASE TTL\tURL")
	for _, r := range st.Replicas {
		role := "follower"
		if r.Leader {
			role = "leader"
		}
		ttl := "?"
		if r.LeaseTTL >= 0 {
			ttl = fmt.Sprintf("%ds", r.LeaseTTL)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", r.ID, role, r.Applied, r.Lag, ttl, r.URL)
	}
	if len(st.Replicas) == 0 {
		fmt.Fprintln(tw, "(no live replica)")
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "SNAPSHOT\tINDEX\tEPOCH\tBY\tBYTES\tCHUNKS\tTOOK\tPUBLISHED")
	for _, m := range st.Snapshots {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%s\t%d\t%d\t%s\t%s\n", m.Version, m.Index, m.Epoch, m.Replica, m.Size, m.Chunks,
			m.End.Sub(m.Start).Round(time.Millisecond), m.End.Format(time.RFC3339))
	}
	if len(st.Snapshots) == 0 {
		fmt.Fprintln(tw, "(no snapshot published)")
	}
	return tw.Flush()
}
