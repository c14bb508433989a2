package br2k

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// Version up: every SnapshotEvery entries the leader publishes a snapshot
// without stopping writes, compacts the log below it, keeps MaxSnapshots
// versions; a new replica restores the latest one and replays the rest; a
// corrupt version is skipped for an older one.
func TestSnapshotCompactRestore(t *testing.T) {
	c := newCluster(t, 3, func(cfg *Config) { cfg.SnapshotEvery = 25; cfg.MaxSnapshots = 2; cfg.CatchUpEntries = 30 })
	l := c.leader()
	for i := range 130 {
		res := mustDo(t, "PUT", fmt.Sprintf("%s/kv/k%d", l.url, i%7), fmt.Sprintf("w%d", i), fmt.Sprint(i))
		if res.status != 200 {
			t.Fatalf("write %d: %d %s", i, res.status, res.body)
		}
	}
	store := c.store.(*MemoryStore)
	ctx := context.Background()
	var versions []SnapshotMeta
	waitFor(t, 15*time.Second, "snapshot versions", func() bool {
		versions, _ = store.List(ctx, "test")
		return len(versions) == 2 && versions[0].Index >= 125 && !l.r.snapshotting.Load()
	})
	if versions[0].Version <= versions[1].Version || versions[0].SHA256 == "" || versions[0].Chunks < 1 || versions[0].Replica != l.id {
		t.Fatalf("versions %+v", versions)
	}
	st, err := ReadStatus(ctx, c.client(), "test")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the log compaction", func() bool {
		st, err = ReadStatus(ctx, c.client(), "test")
		return err == nil && st.FirstIndex == versions[0].Index-30+1
	})
	if len(st.Snapshots) != 2 || st.Snapshots[0].Version != versions[0].Version {
		t.Fatalf("status after compaction: first index %d, snapshots %+v (store %d and %d)", st.FirstIndex, st.Snapshots, versions[0].Index, versions[1].Index)
	}
	head := c.waitConverged()

	// A wiped replica (new, empty state) restores and catches up.
	c.nodes = append(c.nodes, nil)
	n := c.start(3)
	waitFor(t, 15*time.Second, "the new replica to catch up", func() bool { return n.r.AppliedIndex() >= head })
	if got, want := n.state.dump(), l.state.dump(); got != want {
		t.Fatalf("restored state %s, leader %s", got, want)
	}
	if got := counterValue(n.r.m.restores); got != 1 {
		t.Errorf("restores %v, want 1", got)
	}
	// Idempotency keys travel with the snapshot: a retry of an old write
	// through the restored replica replays.
	if res := mustDo(t, "PUT", n.url+"/kv/k0", "w0", "0"); res.status != 200 || res.header.Get(HeaderReplayed) != "true" {
		t.Fatalf("retry of a snapshotted key: %d %s", res.status, res.body)
	}

	// Corrupt the newest version: a new replica falls back to the older one.
	if !store.Corrupt("test", versions[0].Version, 0) {
		t.Fatal("nothing to corrupt")
	}
	c.nodes = append(c.nodes, nil)
	m := c.start(4)
	head = c.waitConverged()
	if got, want := m.state.dump(), l.state.dump(); got != want {
		t.Fatalf("state restored from the older version %s, leader %s", got, want)
	}
	_ = head
}

// The log is kept whole without a store, and a new replica replays it.
func TestNoStoreReplaysWholeLog(t *testing.T) {
	c := newCluster(t, 1, func(cfg *Config) { cfg.Snapshots = nil; cfg.SnapshotEvery = 5 })
	c.store = nil
	l := c.leader()
	for i := range 12 {
		mustDo(t, "PUT", fmt.Sprintf("%s/kv/k", l.url), fmt.Sprintf("w%d", i), fmt.Sprint(i))
	}
	c.nodes = append(c.nodes, nil)
	n := c.start(1)
	head := c.waitConverged()
	if v, _ := n.state.get("k"); v != "11" || head < 12 {
		t.Fatalf("replayed k = %q, head %d", v, head)
	}
}
