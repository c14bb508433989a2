package bridge_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/transfer"
)

// TestLowerHandleNonceAdvancedByOneNode: nonces 1..229 are closed before
// nonce 0 (votes cast straight from two operator keys while every node is
// down), so closing nonce 0 moves lowerHandleNonce only to 100
// (MAX_NONCE_ADVANCE) with every nonce up to 229 closed. The started nodes
// then move it to 230 with advanceLowerHandleNonce, and one node does it
// (duty rotation per stuck value, repeated until lower is open): two
// transactions from one node, or one more from a late backup, where before
// each of the three nodes sent one at once (BENCHMARKS.md, issue 14 sixth
// pass).
func TestLowerHandleNonceAdvancedByOneNode(t *testing.T) {
	t.Parallel()
	const requests = 230
	d := startDevnet(t, 3, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		// One recovery check must outlast a 1 s block, so a backup sees the
		// designated node's advance land before its own turn.
		c.Bridge.RecoveryInterval = 3 * time.Second
	})
	parent, child := sides(d)
	for i := 0; i < 3; i++ {
		if err := d.StopNode(i); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()

	// The requests, sent without waiting in between.
	txs := make([]*types.Transaction, requests)
	for i := range txs {
		tx, err := transfer.Native(ctx, parent.client, opts(parent, 1), parent.bridge, addrOf(5), big.NewInt(1000), nil, nil)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		txs[i] = tx
	}
	for _, tx := range txs {
		mined(t, parent, func() (*types.Transaction, error) { return tx, nil })
	}
	calls := make([]bindings.BridgeHandleCall, requests)
	for _, l := range events(t, parent, "RequestValueTransfer", nil) {
		ev, err := bridgeABI.UnpackRequestValueTransferEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.RequestNonce >= requests {
			t.Fatalf("request nonce %d, want below %d", ev.RequestNonce, requests)
		}
		calls[ev.RequestNonce] = bindings.BridgeHandleCall{TokenType: ev.TokenType, RequestTxHash: l.TxHash, From: ev.From, To: ev.To,
			Token: ev.Token, ValueOrTokenId: ev.ValueOrTokenId, RequestNonce: ev.RequestNonce, RequestBlockNumber: l.BlockNumber, ExtraData: []byte{}}
	}

	// Two operators vote on 1..229, then on 0. Operator 1 sends after
	// operator 0's votes are mined: its estimate must include the payouts
	// its closing votes run.
	vote := func(op int, batches ...[]bindings.BridgeHandleCall) {
		o := bind.NewKeyedTransactor(devnet.OperatorKey(op), new(big.Int).SetUint64(child.chainID))
		var sent []*types.Transaction
		for _, batch := range batches {
			tx, err := bind.Transact(bridgeABI.Instance(child.client, child.bridge), o, bridgeABI.PackHandleBatch(batch))
			if err != nil {
				t.Fatalf("operator %d: handleBatch from nonce %d: %v", op, batch[0].RequestNonce, err)
			}
			sent = append(sent, tx)
		}
		for _, tx := range sent {
			wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			r, err := bind.WaitMined(wctx, child.client, tx.Hash())
			cancel()
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("operator %d: handleBatch %s: status %v, err %v", op, tx.Hash(), r != nil && r.Status == 1, err)
			}
		}
	}
	var above [][]bindings.BridgeHandleCall
	for start := 1; start < requests; start += 40 {
		above = append(above, calls[start:min(start+40, requests)])
	}
	vote(0, above...)
	vote(1, above...)
	vote(0, calls[:1])
	vote(1, calls[:1])
	dst := client.NewBridge(child.client, child.bridge)
	lower, err := dst.LowerHandleNonce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	upper, err := dst.UpperHandleNonce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if lower != 100 || upper != requests {
		t.Fatalf("before the nodes start: lowerHandleNonce %d upperHandleNonce %d, want 100 and %d", lower, upper, requests)
	}

	from := headOf(t, child)
	for i := 0; i < 3; i++ {
		if err := d.StartNode(i); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, time.Minute, "lowerHandleNonce at the request nonce", func() bool {
		l, err := dst.LowerHandleNonce(ctx)
		return err == nil && l == requests
	})
	// Let any late backup's advance land before counting.
	time.Sleep(4 * time.Second)

	selector := bridgeABI.PackAdvanceLowerHandleNonce()[:4]
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(child.chainID))
	senders := map[common.Address]int{}
	advances := 0
	for n := from + 1; n <= headOf(t, child); n++ {
		b, err := d.Child.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != child.bridge || !bytes.HasPrefix(tx.Data(), selector) {
				continue
			}
			s, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			senders[s]++
			advances++
		}
	}
	t.Logf("%d advanceLowerHandleNonce transactions by %v", advances, senders)
	// Two stuck values (100, 200); one backup may act while the designated
	// node's transaction is still pending.
	most := 0
	for _, n := range senders {
		most = max(most, n)
	}
	if advances < 2 || advances > 3 || most < advances-1 {
		t.Errorf("%d advanceLowerHandleNonce transactions by %v, want 2 from one node (one per stuck value), or 3 with one from a backup", advances, senders)
	}
	ops := map[common.Address]bool{}
	for i := 0; i < 3; i++ {
		ops[crypto.PubkeyToAddress(devnet.OperatorKey(i).PublicKey)] = true
	}
	for s := range senders {
		if !ops[s] {
			t.Errorf("advance sent by %s, not an operator", s)
		}
	}
}
