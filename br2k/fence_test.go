package br2k

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// A deposed leader that does not know it (its lease ended while it was
// "paused") keeps trying to lead: its append is refused by the fence on
// CreateRevision(leader key) == epoch, it steps down, the request goes to
// the new leader, and no entry of its epoch appears after the new term.
func TestDeposedLeaderIsFenced(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	mustDo(t, "PUT", l.url+"/kv/a", "before", "1")
	oldEpoch, _ := l.r.Leading()
	l.r.hooks.zombie.Store(true)

	// The lease ends behind the leader's back (as after a long GC pause).
	cli := c.client()
	ctx := context.Background()
	resp, err := cli.Get(ctx, l.r.keys.member(l.id))
	if err != nil || len(resp.Kvs) != 1 {
		t.Fatalf("member key: %v %v", resp, err)
	}
	if _, err := cli.Revoke(ctx, clientv3.LeaseID(resp.Kvs[0].Lease)); err != nil {
		t.Fatal(err)
	}
	var nl *testNode
	waitFor(t, 15*time.Second, "a new leader", func() bool {
		for _, n := range c.nodes {
			if n != l {
				if _, ok := n.r.Leading(); ok {
					nl = n
					return true
				}
			}
		}
		return false
	})
	if _, still := l.r.Leading(); !still {
		t.Fatal("the zombie already stepped down; the test needs it to believe it leads")
	}
	newEpoch, _ := nl.r.Leading()

	res := mustDo(t, "PUT", l.url+"/kv/a", "after", "2")
	if res.status != 200 || res.header.Get(HeaderLeader) != nl.id {
		t.Fatalf("write through the deposed leader: %d %s leader %q, want leader %s", res.status, res.body, res.header.Get(HeaderLeader), nl.id)
	}
	if got := counterValue(l.r.m.fenceFailures); got != 1 {
		t.Errorf("fence failures on the deposed leader %v, want 1", got)
	}
	if _, still := l.r.Leading(); still {
		t.Error("the deposed leader still leads after its fence failed")
	}
	c.waitConverged()
	for _, n := range c.nodes {
		if a := n.state.appliesOf("after"); a != 1 {
			t.Errorf("%s applied the write %d times", n.id, a)
		}
	}
	// The log: after the new leader's term entry, no entry of the old epoch.
	all, err := cli.Get(ctx, l.r.keys.log, clientv3.WithPrefix())
	if err != nil {
		t.Fatal(err)
	}
	seenNew := false
	for _, kv := range all.Kvs {
		var e logEntry
		if err := json.Unmarshal(kv.Value, &e); err != nil {
			t.Fatal(err)
		}
		if e.Epoch == newEpoch && e.Kind == kindTerm {
			seenNew = true
		}
		if seenNew && e.Epoch == oldEpoch {
			t.Errorf("entry %d of the deposed epoch %d after the new term %d", e.Index, oldEpoch, newEpoch)
		}
	}
	if !seenNew {
		t.Error("no term entry of the new leader in the log")
	}
}

// An OnlyOnce handler interrupted by its leader's crash is run again by
// the next leader (once), and the deposed one never finishes it.
func TestOnlyOnceRerunAfterFailover(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	go func() { _, _ = do(t, "POST", l.url+"/once/gate", "og", "") }()
	waitFor(t, 10*time.Second, "the OnlyOnce entry on every replica", func() bool {
		for _, n := range c.nodes {
			if st, ok := n.r.RequestStatus("og"); !ok || st.State != "running" {
				return false
			}
		}
		return true
	})
	l.kill()
	nl := c.leader()
	c.openGate()
	var res result
	waitFor(t, 15*time.Second, "the re-run's answer", func() bool {
		var err error
		res, err = do(t, "POST", nl.url+"/once/gate", "og", "")
		return err == nil && res.status == 200
	})
	if runs := c.once.of("og"); len(runs) != 1 || runs[0] != nl.id {
		t.Fatalf("OnlyOnce ran on %v, want once on the new leader %s", runs, nl.id)
	}
	var body struct {
		RanOn    string `json:"ranOn"`
		IsLeader bool   `json:"isLeader"`
	}
	if err := json.Unmarshal([]byte(res.body), &body); err != nil || body.RanOn != nl.id || !body.IsLeader {
		t.Fatalf("answer %s (%v)", res.body, err)
	}
}

// IsLeader is true only on the replica whose term appended the entry.
func TestIsLeaderOnlyWhereFirstRun(t *testing.T) {
	c := newCluster(t, 2, nil)
	l := c.leader()
	mustDo(t, "POST", l.url+"/once/x", "o1", "")
	res := mustDo(t, "POST", c.follower().url+"/once/x", "o1", "")
	if res.status != 200 || res.header.Get(HeaderReplayed) != "true" {
		t.Fatalf("replay: %d %s", res.status, res.body)
	}
	var body struct {
		IsLeader bool `json:"isLeader"`
	}
	_ = json.Unmarshal([]byte(res.body), &body)
	if !body.IsLeader {
		t.Fatalf("OnlyOnce handler saw IsLeader false: %s", res.body)
	}
}
