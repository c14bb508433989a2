package bridge_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/transfer"
)

// TestAdminAPI drives the admin JSON-RPC of running nodes: pausing voting on
// every node holds a request open (listed by bridge_openRequests), resuming
// lets it through, bridge_reobserve queues a request again by its tx hash, and
// bridge_status reports the progress.
func TestAdminAPI(t *testing.T) {
	d := startDevnet(t, 2, 2, nil)
	parent, child := sides(d)
	ctx := context.Background()
	var clients []*rpc.Client
	for i := 0; i < 2; i++ {
		c, err := d.Node(i).Host.DialAdmin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		clients = append(clients, c)
		var ok bool
		if err := c.CallContext(ctx, &ok, "bridge_pauseVoting"); err != nil || !ok {
			t.Fatalf("pauseVoting: %v %v", ok, err)
		}
	}
	r := send(t, parent, 1, "native", addrOf(4), big.NewInt(77))
	var open []bridge.OpenRequest
	waitFor(t, 20*time.Second, "the paused node lists the request as open", func() bool {
		open = nil
		return clients[0].CallContext(ctx, &open, "bridge_openRequests", 10) == nil && len(open) == 1
	})
	if open[0].Nonce != r.Nonce || open[0].Direction != bridge.ParentToChild || open[0].TxHash != r.TxHash {
		t.Errorf("open request = %+v, want nonce %d tx %s", open[0], r.Nonce, r.TxHash)
	}
	time.Sleep(2 * time.Second)
	if p, err := transfer.Status(ctx, child.client, child.bridge, r.Nonce, 0); err != nil || p.Handled || p.Votes != 0 {
		t.Fatalf("request handled or voted while voting was paused: %+v %v", p, err)
	}
	var st bridge.Status
	if err := clients[0].CallContext(ctx, &st, "bridge_status"); err != nil {
		t.Fatal(err)
	}
	if !st.VotingPaused || len(st.Chains) != 2 || len(st.Directions) != 2 || st.Directions[0].OpenRequests != 1 {
		t.Errorf("status while paused = %+v", st)
	}
	for _, c := range clients {
		var ok bool
		if err := c.CallContext(ctx, &ok, "bridge_resumeVoting"); err != nil {
			t.Fatal(err)
		}
	}
	waitHandled(t, parent, child, r, time.Minute)

	var queued map[string][]uint64
	if err := clients[1].CallContext(ctx, &queued, "bridge_reobserve", r.TxHash); err != nil {
		t.Fatal(err)
	}
	if got := queued[bridge.ParentToChild]; len(got) != 1 || got[0] != r.Nonce {
		t.Errorf("reobserve queued %v, want [%d] for %s", queued, r.Nonce, bridge.ParentToChild)
	}
	// The re-observed request is found handled again; nothing is paid twice.
	waitFor(t, 20*time.Second, "re-observed request closes again", func() bool {
		var st bridge.Status
		return clients[1].CallContext(ctx, &st, "bridge_status") == nil && st.Directions[0].OpenRequests == 0
	})
	if err := clients[1].CallContext(ctx, &queued, "bridge_reobserve", common.HexToHash("0x1234")); err == nil {
		t.Errorf("reobserve of an unknown tx hash succeeded")
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)
}
