package producer

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus/testutil"
	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/servicechain/servicechain/internal/engine"
)

// buildRecord has n's execution node build a payload on its local head,
// outside any leadership (what a stale or rogue producer would hold).
func buildRecord(t testing.TB, n *testNode) *Record {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	n.p.chainMu.Lock()
	defer n.p.chainMu.Unlock()
	parent := n.p.local
	ts := max(parent.Time+1, uint64(time.Now().Unix()))
	f, err := engine.Fork(n.p.cfg.ChainConfig, ts)
	if err != nil {
		t.Fatal(err)
	}
	var random common.Hash
	rand.Read(random[:])
	res, err := n.el.Engine().ForkchoiceUpdated(ctx, f, forkchoice(parent.Hash), &ethengine.PayloadAttributes{
		Timestamp: ts, Random: random, Withdrawals: []*types.Withdrawal{}, BeaconRoot: &zeroHash,
	})
	if err != nil || res.PayloadID == nil {
		t.Fatalf("fcu with attributes: %v", err)
	}
	env, err := n.el.Engine().GetPayload(ctx, f, *res.PayloadID)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := recordFromEnvelope(env, parent, zeroHash)
	if err != nil {
		t.Fatal(err)
	}
	rec.Leader, rec.SealedAt = n.name, time.Now()
	return rec
}

// electionKey reads the election key and create revision of the named node.
func electionKey(t testing.TB, c *cluster, name string) (string, int64) {
	t.Helper()
	cli := c.newClient()
	defer cli.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	k := c.node(name).p.keys
	r, err := cli.Get(ctx, k.Election()+"/", clientv3.WithPrefix())
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range r.Kvs {
		if string(kv.Value) == name {
			return string(kv.Key), kv.CreateRevision
		}
	}
	t.Fatalf("no election key for %s", name)
	return "", 0
}

// TestFence: a stale leader's commit is refused, and so is a payload whose
// parent is not the committed head; neither changes the committed chain.
func TestFence(t *testing.T) {
	c := newCluster(t, time.Second)
	a := c.start("a", RoleProducer, nil, nil)
	waitFor(t, 30*time.Second, "a to lead", func() bool { return a.role() == "leader" && a.head() >= 2 })
	b := c.start("b", RoleProducer, nil, nil)
	e := c.start("e", RoleEndpoint, nil, nil)
	waitFor(t, 30*time.Second, "b healthy", func() bool { return b.p.healthy() && e.p.healthy() })

	// a's term, then a's lease revoked behind its back (as if it expired
	// while a was paused): b takes over, a's term is stale.
	key, rev := electionKey(t, c, "a")
	stale := term{key: key, rev: rev, sess: &session{ttl: time.Hour, acked: time.Now(), lost: make(chan struct{})}}
	a.p.mu.Lock()
	lease := a.p.sess.id
	a.p.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := c.newClient().Revoke(ctx, lease); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "b to lead and commit", func() bool {
		h, recs := c.committed(t)
		r := recs[h.Number]
		return r != nil && r.Leader == "b"
	})
	waitFor(t, 10*time.Second, "e at the committed head", func() bool { h, _ := c.committed(t); return e.head() == h.Number })
	rec := buildRecord(t, e)
	b2, _ := EncodeRecord(rec)
	before, _ := c.committed(t)
	parent := Head{Number: rec.Number() - 1, Hash: rec.ParentHash()}
	err := a.p.commit(ctx, stale, parent, rec, b2)
	if !errors.Is(err, errCommitRefused) || !strings.Contains(err.Error(), "not_leader") {
		t.Fatalf("stale leader's commit: %v, want refused (not_leader)", err)
	}
	if got := testutil.ToFloat64(a.p.m.commitRefused.WithLabelValues("not_leader")); got < 1 {
		t.Errorf("not_leader metric %v", got)
	}

	// The current leader's own term, with a parent that is not the
	// committed head: refused on the head compare.
	bkey, brev := electionKey(t, c, "b")
	b.p.mu.Lock()
	live := term{key: bkey, rev: brev, sess: b.p.sess}
	b.p.mu.Unlock()
	genesis := Head{Number: 0, Hash: c.genesis.ToBlock().Hash()}
	err = b.p.commit(ctx, live, genesis, rec, b2)
	if !errors.Is(err, errCommitRefused) || !strings.Contains(err.Error(), "head_moved") {
		t.Fatalf("commit on a parent that is not the head: %v, want refused (head_moved)", err)
	}
	after, recs := c.committed(t)
	if after.Number < before.Number {
		t.Fatalf("committed head went back: %d -> %d", before.Number, after.Number)
	}
	for n, r := range recs {
		if r.Hash == rec.Hash {
			t.Fatalf("the refused block %s is committed at %d", rec.Hash, n)
		}
	}
	// a lost its lease: it follows b's chain as a standby again.
	waitFor(t, 30*time.Second, "a to follow b", func() bool {
		h, _ := c.committed(t)
		return a.role() == "standby" && a.head() >= h.Number-1 && a.head() > before.Number
	})
	c.assertOneChain(t, a, b, e)
}

// TestFollowerRefusesForgedRecords: records written into etcd around the
// fence (by anyone with etcd access) are imported only if they hash to the
// committed hash and execute; others are refused and counted, and the node
// follows again once the log is repaired.
func TestFollowerRefusesForgedRecords(t *testing.T) {
	c := newCluster(t, time.Second)
	a := c.start("a", RoleProducer, nil, nil)
	e := c.start("e", RoleEndpoint, nil, nil)
	waitFor(t, 30*time.Second, "e at block 2", func() bool { return e.head() >= 2 })
	a.p.Pause()
	waitFor(t, 10*time.Second, "a to stop leading", func() bool { return a.role() == "paused" })
	head, _ := c.committed(t)
	waitFor(t, 10*time.Second, "nodes at the committed head", func() bool { return e.head() == head.Number && a.head() == head.Number })

	cli := c.newClient()
	defer cli.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	k := a.p.keys
	forge := func(rec *Record) {
		t.Helper()
		b, err := EncodeRecord(rec)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := cli.Txn(ctx).Then(
			clientv3.OpPut(k.Block(rec.Number()), string(b)),
			clientv3.OpPut(k.Head(), headValue(rec.Number(), rec.Hash)),
		).Commit(); err != nil {
			t.Fatal(err)
		}
	}

	// 1. A real block under a hash it does not have.
	real := buildRecord(t, a)
	bad := *real
	rand.Read(bad.Hash[:])
	forge(&bad)
	waitFor(t, 20*time.Second, "e and a to refuse the hash mismatch", func() bool {
		return testutil.ToFloat64(e.p.m.refused.WithLabelValues("hash")) == 1 && testutil.ToFloat64(a.p.m.refused.WithLabelValues("hash")) == 1
	})
	// 2. A block whose body was swapped (the header's transaction root no
	//    longer matches), under the real hash.
	swapped := *real
	tx := types.MustSignNewTx(devKey(0), types.LatestSignerForChainID(c.genesis.Config.ChainID), &types.DynamicFeeTx{
		ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: common.Big1, GasFeeCap: big10gwei, Gas: 21000, To: &common.Address{1},
	})
	swapped.Block = real.Block.WithBody(types.Body{Transactions: []*types.Transaction{tx}, Withdrawals: real.Block.Withdrawals()})
	forge(&swapped)
	waitFor(t, 20*time.Second, "e to refuse the swapped body", func() bool {
		return testutil.ToFloat64(e.p.m.refused.WithLabelValues("hash")) == 2
	})
	// 3. A self-consistent block (hash matches) with a wrong state root:
	//    the execution node finds it INVALID.
	hdr := types.CopyHeader(real.Block.Header())
	hdr.Root = common.Hash{0xba, 0xd}
	wrongState := *real
	wrongState.Block = types.NewBlockWithHeader(hdr).WithBody(*real.Block.Body())
	wrongState.Hash = wrongState.Block.Hash()
	forge(&wrongState)
	waitFor(t, 20*time.Second, "e to refuse the invalid block", func() bool {
		return testutil.ToFloat64(e.p.m.refused.WithLabelValues("invalid")) == 1
	})
	if e.head() != head.Number || a.head() != head.Number {
		t.Fatalf("a forged block was imported: heads a=%d e=%d, committed before %d", a.head(), e.head(), head.Number)
	}
	for _, n := range []*testNode{a, e} {
		if h := n.el.Backend().BlockChain().GetBlockByHash(bad.Hash); h != nil {
			t.Fatalf("%s holds the forged block", n.name)
		}
	}

	// Repair the log; production resumes and everyone follows.
	if _, err := cli.Txn(ctx).Then(clientv3.OpPut(k.Head(), headValue(head.Number, head.Hash)), clientv3.OpDelete(k.Block(head.Number+1))).Commit(); err != nil {
		t.Fatal(err)
	}
	a.p.Resume()
	waitFor(t, 30*time.Second, "production to resume", func() bool { return e.head() >= head.Number+2 })
	c.assertOneChain(t, a, e)
}
