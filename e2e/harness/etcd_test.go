//go:build e2e

package harness

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"
)

// TestEtcdCluster: a real 3-member cluster of etcd processes survives the
// SIGKILL of its leader (a new one is elected, writes go on), takes the
// killed member back (it catches up), and keeps writing while a follower is
// SIGSTOPped.
func TestEtcdCluster(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bin, err := BuildEtcd(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c, err := StartEtcdCluster(ctx, EtcdConfig{Binary: bin, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cli, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	// put retries with 2 s attempts for up to 15 s: a call that went to a
	// member just killed or stopped fails, the next goes to a live one.
	put := func(k, v string) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
			_, err := cli.Put(pctx, k, v)
			pcancel()
			if err == nil {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("put %s: %v", k, err)
			}
		}
	}
	put("a", "1")
	leader, err := c.Leader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("leader %s", c.Member(leader).Name())

	// SIGKILL the leader: the other two elect a new one and accept writes.
	if err := c.Member(leader).Kill(); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitHealthy(ctx, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	next, err := c.Leader(ctx)
	if err != nil || next == leader {
		t.Fatalf("leader after the kill: %d %v (killed %d)", next, err, leader)
	}
	put("b", "2")

	// Restart it: it rejoins and has the write made while it was down.
	if err := c.Member(leader).Restart(ctx); err != nil {
		t.Fatal(err)
	}
	one, err := clientv3.New(clientv3.Config{Endpoints: []string{c.Member(leader).Endpoint()}, DialTimeout: 5 * time.Second, Logger: zap.NewNop()})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := one.Get(ctx, "b", clientv3.WithSerializable())
		if err == nil && len(r.Kvs) == 1 && string(r.Kvs[0].Value) == "2" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("restarted member never served b: %v %v", r, err)
		}
		time.Sleep(100 * time.Millisecond)
	}

	// SIGSTOP a follower: the majority goes on.
	lead, _ := c.Leader(ctx)
	follower := (lead + 1) % 3
	if err := c.Member(follower).Pause(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		put(fmt.Sprintf("p%d", i), "x")
	}
	if err := c.Member(follower).Resume(); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitHealthy(ctx, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(c.Member(0).Proc().LogPath()); err != nil {
		t.Fatal(err)
	}
}
