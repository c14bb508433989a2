package status_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/status"
	"github.com/servicechain/servicechain/internal/transfer"
)

// TestRead reads a deployment on two simulated chains after two
// parent-to-child requests that nobody handled: the nonces, open requests,
// thresholds, operators with their registrations and balances, and the
// Anchor, as the contracts hold them.
func TestRead(t *testing.T) {
	parent, child := deploytest.NewPair(t, 5)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ops := []common.Address{parent.Addrs[1], parent.Addrs[2], parent.Addrs[3]}
	dep, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: ops, Threshold: 2, ConfigThreshold: 3, AnchorThreshold: 1, ParentNativeLiquidity: big.NewInt(7),
	})
	if err != nil {
		t.Fatal(err)
	}
	// The Anchor gets a fourth operator, registered on no bridge.
	if err := deploy.RegisterOperator(ctx, parent.Client, parent.Opts(0), dep.Anchor, parent.Addrs[4]); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		tx, err := transfer.Native(ctx, parent.Client, parent.Opts(4), dep.ParentBridge, parent.Addrs[4], big.NewInt(1000), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := transfer.WaitRequest(ctx, parent.Client, dep.ParentBridge, tx); err != nil {
			t.Fatal(err)
		}
	}
	p := &bridgenet.Pair{
		Network: bridgenet.Network{ParentBridge: dep.ParentBridge, ChildBridge: dep.ChildBridge, Anchor: dep.Anchor},
		Parent:  bridgenet.NewConn("parent", "simulated://parent", parent.ChainID, parent.Client),
		Child:   bridgenet.NewConn("child", "simulated://child", child.ChainID, child.Client),
	}
	rep, err := status.Read(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if d := rep.Directions[0]; d.Name != "parent-to-child" || d.RequestNonce != 2 || d.LowerHandleNonce != 0 || d.UpperHandleNonce != 0 || d.Open != 2 {
		t.Errorf("parent-to-child %+v", d)
	}
	if d := rep.Directions[1]; d.Name != "child-to-parent" || d.RequestNonce != 0 || d.Open != 0 {
		t.Errorf("child-to-parent %+v", d)
	}
	for _, b := range []status.Bridge{rep.Parent, rep.Child} {
		if b.Threshold != 2 || b.ConfigThreshold != 3 || b.Operators != 3 || b.Paused || b.ChainID != deploytest.SimulatedChainID || b.Head == 0 {
			t.Errorf("bridge %+v", b)
		}
	}
	// 7 wei of liquidity plus the two requests (1000 wei each; the fee is 0 by default).
	if rep.Parent.Bridge != dep.ParentBridge || rep.Parent.BalanceWei != "2007" || rep.Child.BalanceWei != "0" || rep.Parent.RPC != "simulated://parent" {
		t.Errorf("parent bridge %+v, child %+v", rep.Parent, rep.Child)
	}
	if len(rep.Operators) != 4 {
		t.Fatalf("operators %+v", rep.Operators)
	}
	for i, o := range rep.Operators {
		onBridges := i < 3
		if o.Address != parent.Addrs[i+1] || o.ParentBridge != onBridges || o.ChildBridge != onBridges || !o.Anchor || o.ParentBalanceWei == "" || o.ChildBalanceWei == "" {
			t.Errorf("operator %d: %+v", i, o)
		}
	}
	if rep.Anchor == nil || rep.Anchor.Anchor != dep.Anchor || len(rep.Anchor.Operators) != 4 || rep.Anchor.LatestAnchoredBlock != 0 {
		t.Errorf("anchor %+v", rep.Anchor)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CHAIN   CHAIN ID", "parent-to-child  2", "2 of 3", parent.Addrs[4].Hex() + "  -", "(balances in ether)",
		"\nanchor " + dep.Anchor.Hex() + ": threshold", "no anchor yet"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, out.String())
		}
	}

	// A contract that is not a Bridge is named in the error.
	p.ChildBridge = dep.Anchor
	if _, err := status.Read(ctx, p); err == nil || !strings.Contains(err.Error(), "child bridge: Bridge "+dep.Anchor.Hex()+": getOperatorList: ") ||
		!strings.Contains(err.Error(), "is it a servicechain Bridge on the child chain at simulated://child?") {
		t.Errorf("Read with the Anchor as child bridge: %v", err)
	}
}

// TestReadOutcomes: a request whose payout fails and one that was refunded
// (and paid home) show up in their direction with the reason, the tries and
// the refund request.
func TestReadOutcomes(t *testing.T) {
	parent, child := deploytest.NewPair(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dep, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: []common.Address{parent.Addrs[1]}, Threshold: 1, ChildNativeLiquidity: big.NewInt(1e18),
	})
	if err != nil {
		t.Fatal(err)
	}
	br := bindings.NewBridge()
	bad, tx, err := bind.DeployContract(child.Opts(0), common.FromHex("600580600b6000396000f360006000fd"), child.Client, nil) // refuses payments
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, child.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	var calls []bindings.BridgeHandleCall
	for i := 0; i < 2; i++ {
		tx, err := transfer.Native(ctx, parent.Client, parent.Opts(2), dep.ParentBridge, bad, big.NewInt(1000), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := transfer.WaitRequest(ctx, parent.Client, dep.ParentBridge, tx)
		if err != nil {
			t.Fatal(err)
		}
		c := bindings.BridgeHandleCall{TokenType: 0, RequestTxHash: r.TxHash, From: parent.Addrs[2], To: bad, ValueOrTokenId: big.NewInt(1000),
			RequestNonce: r.Nonce, RequestBlockNumber: r.BlockNumber, ExtraData: []byte{}}
		calls = append(calls, c)
		if _, err := deploy.Send(ctx, child.Client, child.Opts(1), "vote", dep.ChildBridge, br.PackHandleBatch([]bindings.BridgeHandleCall{c}), nil); err != nil {
			t.Fatal(err)
		}
	}
	rcpt, err := deploy.Send(ctx, child.Client, child.Opts(1), "refund", dep.ChildBridge, br.PackRefundValueTransfer(calls[1]), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rcpt.Logs {
		if ev, err := br.UnpackRequestValueTransferEvent(l); err == nil {
			home := br.PackHandleNativeTransfer(l.TxHash, dep.ChildBridge, ev.To, ev.ValueOrTokenId, ev.RequestNonce, l.BlockNumber, ev.ExtraData)
			if _, err := deploy.Send(ctx, parent.Client, parent.Opts(1), "vote home", dep.ParentBridge, home, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := &bridgenet.Pair{
		Network: bridgenet.Network{ParentBridge: dep.ParentBridge, ChildBridge: dep.ChildBridge},
		Parent:  bridgenet.NewConn("parent", "simulated://parent", parent.ChainID, parent.Client),
		Child:   bridgenet.NewConn("child", "simulated://child", child.ChainID, child.Client),
	}
	rep, err := status.Read(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	d := rep.Directions[0]
	if len(d.Failing) != 1 || d.Failing[0].Nonce != 0 || d.Failing[0].Failures != 1 || !strings.HasPrefix(d.Failing[0].Reason, "NativeTransferFailed(") {
		t.Errorf("failing %+v", d.Failing)
	}
	if len(d.Refunded) != 1 || d.Refunded[0].Nonce != 1 || d.Refunded[0].RefundNonce == nil || *d.Refunded[0].RefundNonce != 0 || !d.Refunded[0].Returned {
		t.Errorf("refunded %+v", d.Refunded)
	}
	if c2p := rep.Directions[1]; len(c2p.Failing)+len(c2p.Refunded) != 0 {
		t.Errorf("child-to-parent outcomes %+v %+v: the refund request was paid", c2p.Failing, c2p.Refunded)
	}
	var buf bytes.Buffer
	if err := rep.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FAILED AND REFUNDED TRANSFERS", "parent-to-child  0      failing   1", "NativeTransferFailed(", "nonce 0, returned"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, buf.String())
		}
	}
}
