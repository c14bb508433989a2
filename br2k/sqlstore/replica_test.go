package sqlstore_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/sqlstore"
	"github.com/servicechain/servicechain/internal/etcdembed"
)

// counters is a small state machine: named counters.
type counters struct {
	mu sync.Mutex
	m  map[string]int
}

type countersSnap map[string]int

func (c countersSnap) Persist(w io.Writer) error { return json.NewEncoder(w).Encode(map[string]int(c)) }
func (c countersSnap) Release()                  {}

func (c *counters) Snapshot() (br2k.StateSnapshot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp := countersSnap{}
	for k, v := range c.m {
		cp[k] = v
	}
	return cp, nil
}

func (c *counters) Restore(r io.Reader) error {
	m := map[string]int{}
	if err := json.NewDecoder(r).Decode(&m); err != nil {
		return err
	}
	c.mu.Lock()
	c.m = m
	c.mu.Unlock()
	return nil
}

func (c *counters) get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func startReplica(t testing.TB, endpoints []string, id string, store br2k.SnapshotStore) (*br2k.Replica, *counters, string) {
	return startReplicaEvery(t, endpoints, id, store, 40)
}

func startReplicaEvery(t testing.TB, endpoints []string, id string, store br2k.SnapshotStore, every uint64) (*br2k.Replica, *counters, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	st := &counters{m: map[string]int{}}
	r, err := br2k.New(br2k.Config{Endpoints: endpoints, Service: "sql", ReplicaID: id, AdvertiseURL: url, SessionTTL: time.Second,
		State: st, Snapshots: store, SnapshotEvery: every, CatchUpEntries: 5}, br2k.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /inc/{name}", r.Replicate("POST /inc/{name}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		st.mu.Lock()
		st.m[req.PathValue("name")]++
		v := st.m[req.PathValue("name")]
		st.mu.Unlock()
		fmt.Fprint(w, v)
	})))
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	done := make(chan struct{})
	go func() { _ = r.Run(context.Background()); close(done) }()
	t.Cleanup(func() { srv.Close(); r.Close(); <-done })
	return r, st, url
}

// Replicas snapshot into the SQL store, compact the log, and a new replica
// restores from the store.
func runReplicaRestore(t *testing.T, store *sqlstore.Store) {
	e, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	r1, st1, url1 := startReplica(t, e.Endpoints(), "a", store)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, ok := r1.Leading(); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no leader")
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i := range 100 {
		req, _ := http.NewRequest("POST", url1+"/inc/n", strings.NewReader(""))
		req.Header.Set(br2k.IdempotencyHeader, fmt.Sprintf(`"k%d"`, i))
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("inc %d: %v %v", i, resp, err)
		}
		resp.Body.Close()
	}
	ctx := context.Background()
	for {
		list, err := store.List(ctx, "sql")
		if err == nil && len(list) >= 2 && list[0].Index >= 80 && r1.Status().Snapshot >= 80 {
			break
		}
		if time.Now().After(deadline.Add(20 * time.Second)) {
			t.Fatalf("no snapshots: %+v %v", list, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	r2, st2, _ := startReplica(t, e.Endpoints(), "b", store)
	for r2.AppliedIndex() < r1.AppliedIndex() {
		if time.Now().After(deadline.Add(30 * time.Second)) {
			t.Fatalf("replica b at %d, a at %d", r2.AppliedIndex(), r1.AppliedIndex())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if st2.get("n") != 100 || st1.get("n") != 100 {
		t.Fatalf("n = %d on a, %d on the restored b", st1.get("n"), st2.get("n"))
	}
}

func TestReplicaRestoreSQLite(t *testing.T) { runReplicaRestore(t, openSQLite(t)) }

func TestReplicaRestoreMySQL(t *testing.T) { runReplicaRestore(t, openMySQL(t)) }
