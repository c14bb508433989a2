package bridge_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/transfer"
)

// TestReorgedRequestIsNotPaid: a request the nodes have read (at 0
// confirmations) vanishes in a parent-chain reorg, replaced by a conflicting
// transaction from the same sender. Before voting, the nodes re-check that the
// request's block is still canonical, find its receipt gone and drop it, so
// nothing is paid for coin that was never locked. The nonce is then reused by
// a new request, which is paid once.
func TestReorgedRequestIsNotPaid(t *testing.T) {
	d := startDevnet(t, 2, 2, nil)
	parent, child := sides(d)
	ctx := context.Background()
	var admins []*rpc.Client
	for i := 0; i < 2; i++ {
		c, err := d.Node(i).Host.DialAdmin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		admins = append(admins, c)
	}
	setVoting := func(on bool) {
		method := "bridge_pauseVoting"
		if on {
			method = "bridge_resumeVoting"
		}
		for _, c := range admins {
			var ok bool
			if err := c.CallContext(ctx, &ok, method); err != nil {
				t.Fatal(err)
			}
		}
	}
	setVoting(false)
	victim := common.HexToAddress("0x00000000000000000000000000000000000dead1")
	r := send(t, parent, 1, "native", victim, big.NewInt(5_000_000))
	for _, c := range admins {
		waitFor(t, 20*time.Second, "the node has read the request", func() bool {
			var open []bridge.OpenRequest
			return c.CallContext(ctx, &open, "bridge_openRequests", 10) == nil && len(open) == 1 && open[0].Nonce == r.Nonce
		})
	}
	// Reorg the parent chain to the block before the request and, before the
	// next block is sealed, replace the request tx by a plain transfer with the
	// same account nonce and a higher fee.
	reorgOutRequest(t, d, parent, r)
	waitFor(t, 20*time.Second, "the request tx is gone from the parent chain", func() bool {
		_, err := d.Parent.Client().TransactionReceipt(ctx, r.TxHash)
		head, _ := d.Parent.Client().BlockNumber(ctx)
		return err != nil && head > r.BlockNumber
	})
	setVoting(true)
	// Both nodes drop the vanished request instead of voting on it.
	for _, c := range admins {
		waitFor(t, 20*time.Second, "the node dropped the vanished request", func() bool {
			var open []bridge.OpenRequest
			return c.CallContext(ctx, &open, "bridge_openRequests", 10) == nil && len(open) == 0
		})
	}
	if p, err := transfer.Status(ctx, child.client, child.bridge, r.Nonce, 0); err != nil || p.Handled || p.Votes != 0 {
		t.Fatalf("vanished request: destination status %+v (%v), want no votes and not handled", p, err)
	}
	if got := balance(t, child, victim); got.Sign() != 0 {
		t.Fatalf("recipient of the vanished request holds %s wei on the child chain", got)
	}
	// The nonce is free again: a new request takes it and is paid once.
	r2 := send(t, parent, 2, "native", victim, big.NewInt(777))
	if r2.Nonce != r.Nonce {
		t.Fatalf("new request got nonce %d, want the reorged-out %d", r2.Nonce, r.Nonce)
	}
	waitHandled(t, parent, child, r2, time.Minute)
	if got := balance(t, child, victim); got.Cmp(big.NewInt(777)) != 0 {
		t.Errorf("recipient holds %s wei, want 777 (the new request only)", got)
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)
}

// reorgOutRequest reorgs the parent chain to the block before request r and,
// before the next block is sealed, replaces r's transaction by a plain
// transfer with the same account nonce (devnet account 1) and a higher fee,
// so the request is gone from the canonical chain.
func reorgOutRequest(t testing.TB, d *devnet.Devnet, parent side, r *transfer.Request) {
	t.Helper()
	ctx := context.Background()
	reqTx, _, err := d.Parent.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	before, err := d.Parent.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(r.BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	err = d.Parent.Reorg(before.Hash(), func() error {
		key := devnet.AccountKey(1)
		self := crypto.PubkeyToAddress(key.PublicKey)
		tip := new(big.Int).Mul(reqTx.GasTipCap(), big.NewInt(3))
		feeCap := new(big.Int).Add(new(big.Int).Mul(reqTx.GasFeeCap(), big.NewInt(3)), tip)
		id := new(big.Int).SetUint64(parent.chainID)
		repl := types.MustSignNewTx(key, types.LatestSignerForChainID(id),
			&types.DynamicFeeTx{ChainID: id, Nonce: reqTx.Nonce(), To: &self, Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap})
		return d.Parent.Client().SendTransaction(ctx, repl)
	})
	if err != nil {
		t.Fatal(err)
	}
}
