package bridge_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/timelock"
	"github.com/servicechain/servicechain/internal/transfer"
)

// metricValue returns the value of the first sample of name on the node's
// /metrics whose labels contain every one of labels (`k="v"`), or -1.
func metricValue(t testing.TB, metricsURL, name string, labels ...string) float64 {
	t.Helper()
	_, body := get(t, metricsURL+"/metrics")
next:
	for _, line := range strings.Split(body, "\n") {
		if !strings.HasPrefix(line, name+"{") {
			continue
		}
		for _, l := range labels {
			if !strings.Contains(line, l) {
				continue next
			}
		}
		v, err := strconv.ParseFloat(line[strings.LastIndexByte(line, ' ')+1:], 64)
		if err == nil {
			return v
		}
	}
	return -1
}

// TestLyingProviderGetsNoVote: both operators' first parent endpoint is one
// provider (chaintest.Liar in front of the honest node) that fabricates a
// RequestValueTransfer log and its receipt paying 50 ETH; the second endpoint
// is the honest node. With min_endpoint_agreement 2 (the default for two
// endpoints) neither node votes for it: the disagreement is counted, the
// vote skipped, and after the bound the nodes are not ready. A real request
// through the same endpoints, where both answer alike, is voted and paid as
// usual.
func TestLyingProviderGetsNoVote(t *testing.T) {
	d := startDevnet(t, 2, 2, nil)
	parent, child := sides(d)
	ctx := context.Background()
	liar := chaintest.NewLiar(t, d.Parent.HTTPURL())
	for i := 0; i < 2; i++ {
		if err := d.StopNode(i); err != nil {
			t.Fatal(err)
		}
		cfg, err := config.Load(d.NodeConfigPath(i))
		if err != nil {
			t.Fatal(err)
		}
		cfg.Parent.Endpoints = []string{liar.URL(), d.Parent.WSURL()}
		cfg.Parent.MinEndpointAgreement = 0 // the default: 2 with two endpoints
		if err := cfg.WriteFile(d.NodeConfigPath(i), true); err != nil {
			t.Fatal(err)
		}
		if err := d.StartNode(i); err != nil {
			t.Fatal(err)
		}
	}

	// The forged request: nonce 5 (ahead of the real ones), in a real block.
	victim := common.HexToAddress("0x00000000000000000000000000000000000bad01")
	head, err := d.Parent.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const forgedNonce = 5
	ev := bindings.NewBridge().GetABI().Events["RequestValueTransfer"]
	data, err := ev.Inputs.NonIndexed().Pack(bindings.TokenNative, new(big.Int).Mul(big.NewInt(50), big.NewInt(1e18)),
		uint64(forgedNonce), big.NewInt(0), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	fakeTx := crypto.Keccak256Hash([]byte("a transaction that never happened"))
	lg := &types.Log{Address: parent.bridge, Topics: []common.Hash{ev.ID, common.BytesToHash(addrOf(1).Bytes()),
		common.BytesToHash(victim.Bytes()), {}}, Data: data, BlockNumber: head.Number.Uint64(), BlockHash: head.Hash(), TxHash: fakeTx}
	liar.Fabricate(&types.Receipt{Type: types.DynamicFeeTxType, Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: 60000,
		GasUsed: 60000, Logs: []*types.Log{lg}, TxHash: fakeTx, BlockHash: head.Hash(), BlockNumber: head.Number, EffectiveGasPrice: big.NewInt(1)})

	for i := 0; i < 2; i++ {
		metrics := "http://" + d.Node(i).Host.MetricsAddr()
		waitFor(t, 30*time.Second, "the node counted endpoint disagreements and skipped the vote", func() bool {
			return metricValue(t, metrics, "servicechain_endpoint_disagreements_total", `chain="parent"`) >= 1 &&
				metricValue(t, metrics, "servicechain_votes_skipped_total", `direction="parent-to-child"`, `reason="no_agreement"`) >= 1
		})
		waitFor(t, 30*time.Second, "the node is not ready after repeated disagreements", func() bool {
			code, body := get(t, metrics+"/readyz")
			return code == http.StatusServiceUnavailable && strings.Contains(body, "endpoints disagree")
		})
	}
	if n := liar.Calls("eth_getTransactionReceipt"); n == 0 {
		t.Fatal("the nodes never asked the lying endpoint for the forged receipt")
	}
	if p, err := transfer.Status(ctx, child.client, child.bridge, forgedNonce, 0); err != nil || p.Handled || p.Votes != 0 {
		t.Fatalf("forged request: destination status %+v (%v), want no votes", p, err)
	}

	// Honest answers from both endpoints: a real request is paid as usual.
	r := send(t, parent, 2, "native", victim, big.NewInt(4242))
	waitHandled(t, parent, child, r, time.Minute)
	if got := balance(t, child, victim); got.Cmp(big.NewInt(4242)) != 0 {
		t.Fatalf("recipient holds %s wei on the child chain, want 4242 (the real request only)", got)
	}
	if p, err := transfer.Status(ctx, child.client, child.bridge, forgedNonce, 0); err != nil || p.Handled || p.Votes != 0 {
		t.Fatalf("forged request after a real one: destination status %+v (%v), want no votes", p, err)
	}
}

// TestPaidRequestReorgedIsCounted: a request is paid at 0 confirmations (the
// devnet's allow_unsafe_confirmations), then a parent-chain reorg replaces
// its transaction by a conflicting one. Each node, still watching the paid
// request because its block is not final, finds it gone and counts it
// (servicechain_paid_request_reorged_total, bridge_status paidReorged).
func TestPaidRequestReorgedIsCounted(t *testing.T) {
	d := startDevnet(t, 2, 2, nil)
	parent, child := sides(d)
	ctx := context.Background()
	// The devnet's simulated beacon finalizes every 32nd block: send early in
	// an epoch so the request is not final before the reorg.
	waitFor(t, time.Minute, "the parent head is early in a 32-block epoch", func() bool {
		n, err := d.Parent.Client().BlockNumber(ctx)
		return err == nil && n%32 >= 1 && n%32 <= 12
	})
	victim := common.HexToAddress("0x00000000000000000000000000000000000dead2")
	r := send(t, parent, 1, "native", victim, big.NewInt(3_000_000))
	waitHandled(t, parent, child, r, time.Minute)
	if got := balance(t, child, victim); got.Cmp(big.NewInt(3_000_000)) != 0 {
		t.Fatalf("recipient holds %s wei, want the payout", got)
	}
	status := func(i int) bridge.DirectionStatus {
		c, err := d.Node(i).Host.DialAdmin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		var st bridge.Status
		if err := c.CallContext(ctx, &st, "bridge_status"); err != nil {
			t.Fatal(err)
		}
		for _, ds := range st.Directions {
			if ds.Name == bridge.ParentToChild {
				return ds
			}
		}
		t.Fatal("no parent-to-child direction in bridge_status")
		return bridge.DirectionStatus{}
	}
	for i := 0; i < 2; i++ {
		waitFor(t, 20*time.Second, "the node watches the paid request", func() bool { return status(i).PaidWatched == 1 })
	}
	if n, err := d.Parent.Client().BlockNumber(ctx); err != nil || n/32 != r.BlockNumber/32 {
		t.Fatalf("the parent chain finalized the request's block before the reorg (head %d, request %d): it was paid too slowly", n, r.BlockNumber)
	}

	reorgOutRequest(t, d, parent, r)
	for i := 0; i < 2; i++ {
		metrics := "http://" + d.Node(i).Host.MetricsAddr()
		waitFor(t, 30*time.Second, "the node counted the reorged paid request", func() bool {
			return metricValue(t, metrics, "servicechain_paid_request_reorged_total", `direction="parent-to-child"`) == 1
		})
		if st := status(i); st.PaidReorged != 1 || st.PaidWatched != 0 {
			t.Errorf("node %d: status paidReorged %d, paidWatched %d; want 1 and 0", i+1, st.PaidReorged, st.PaidWatched)
		}
	}
	if _, err := d.Parent.Client().TransactionReceipt(ctx, r.TxHash); err == nil {
		t.Fatal("the request's transaction is still in the parent chain after the reorg")
	}
}

// TestScheduledOwnerChangeIsSeen: the deployer key (the timelock's proposer,
// or a thief holding it) schedules registerOperator on the child bridge
// through the child timelock; every node logs it and counts it
// (servicechain_timelock_changes_total{event="scheduled"}, pending 1); one
// operator cancels it (each operator is a canceller) and the nodes count the
// cancel (pending 0); the operator set is unchanged.
func TestScheduledOwnerChangeIsSeen(t *testing.T) {
	d := startDevnet(t, 2, 2, nil)
	_, child := sides(d)
	ctx := context.Background()
	lock := d.Info().Contracts.ChildTimelock
	if lock == (common.Address{}) {
		t.Fatal("the devnet's child bridge has no timelock")
	}
	thief := common.HexToAddress("0x00000000000000000000000000000000000bad02")
	op := timelock.Operation{Calls: []timelock.Call{{Target: child.bridge, Data: bindings.NewBridge().PackRegisterOperator(thief)}},
		Salt: crypto.Keccak256Hash([]byte("stolen owner key"))}
	delay, err := timelock.MinDelay(ctx, d.Child.Client(), lock)
	if err != nil {
		t.Fatal(err)
	}
	callFrom := func(key *ecdsa.PrivateKey, data []byte) {
		t.Helper()
		id := new(big.Int).SetUint64(child.chainID)
		from := crypto.PubkeyToAddress(key.PublicKey)
		nonce, err := d.Child.Client().PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce, To: &lock,
			Gas: 500_000, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Data: data})
		if err := d.Child.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		rcpt, err := bind.WaitMined(ctx, d.Child.Client(), tx.Hash())
		if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("timelock tx from %s: %+v, %v", from, rcpt, err)
		}
	}
	callFrom(devnet.AccountKey(0), op.ScheduleData(delay))
	for i := 0; i < 2; i++ {
		metrics := "http://" + d.Node(i).Host.MetricsAddr()
		waitFor(t, 30*time.Second, "the node saw the scheduled change", func() bool {
			return metricValue(t, metrics, "servicechain_timelock_changes_total", `chain="child"`, `event="scheduled"`) == 1 &&
				metricValue(t, metrics, "servicechain_timelock_pending_changes", `chain="child"`) == 1
		})
	}
	callFrom(devnet.OperatorKey(1), timelock.CancelData(op.ID()))
	for i := 0; i < 2; i++ {
		metrics := "http://" + d.Node(i).Host.MetricsAddr()
		waitFor(t, 30*time.Second, "the node saw the cancel", func() bool {
			return metricValue(t, metrics, "servicechain_timelock_changes_total", `chain="child"`, `event="cancelled"`) == 1 &&
				metricValue(t, metrics, "servicechain_timelock_pending_changes", `chain="child"`) == 0
		})
	}
	ok, err := bind.Call(bindings.NewBridge().Instance(d.Child.Client(), child.bridge), nil,
		bindings.NewBridge().PackIsOperator(thief), bindings.NewBridge().UnpackIsOperator)
	if err != nil || ok {
		t.Fatalf("isOperator(thief) = %v (%v) after the cancel, want false", ok, err)
	}
}

// TestPairMismatchNotReady: a node whose parent.bridge is not the child
// bridge's counterpart (a stale address after a redeploy, or a typo) votes
// nothing and reports why on /readyz, before any request arrives; with the
// right address again it is ready.
func TestPairMismatchNotReady(t *testing.T) {
	d := startDevnet(t, 1, 1, nil)
	wrong := d.Info().Contracts.ParentToken // a contract, but not the counterpart
	setBridge := func(a common.Address) {
		t.Helper()
		if err := d.StopNode(0); err != nil {
			t.Fatal(err)
		}
		cfg, err := config.Load(d.NodeConfigPath(0))
		if err != nil {
			t.Fatal(err)
		}
		cfg.Parent.Bridge = a
		if err := cfg.WriteFile(d.NodeConfigPath(0), true); err != nil {
			t.Fatal(err)
		}
		if err := d.StartNode(0); err != nil {
			t.Fatal(err)
		}
	}
	right := d.Info().Contracts.ParentBridge
	setBridge(wrong)
	metrics := "http://" + d.Node(0).Host.MetricsAddr()
	waitFor(t, 30*time.Second, "the node reports the pair mismatch", func() bool {
		code, body := get(t, metrics+"/readyz")
		return code == http.StatusServiceUnavailable && strings.Contains(body, "parent-to-child: not voting") &&
			strings.Contains(body, wrong.Hex())
	})
	setBridge(right)
	metrics = "http://" + d.Node(0).Host.MetricsAddr()
	waitFor(t, 30*time.Second, "the node is ready with the right bridge", func() bool {
		code, _ := get(t, metrics+"/readyz")
		return code == http.StatusOK
	})
}
