package transfer_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/transfer"
)

// pair is a deployed bridge pair on two simulated chains: account 0 owns
// everything, account 1 is the one operator (threshold 1), the others are
// users. No bridge node runs: a test votes as the operator itself.
type pair struct {
	parent, child *deploytest.Chain
	dep           *deploy.Deployment
	net           *bridgenet.Pair
}

func newPair(t *testing.T) *pair {
	t.Helper()
	parent, child := deploytest.NewPair(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dep, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: []common.Address{parent.Addrs[1]}, Threshold: 1, DeployTokens: true, ChildNativeLiquidity: big.NewInt(1e18),
	})
	if err != nil {
		t.Fatal(err)
	}
	return &pair{parent: parent, child: child, dep: dep, net: &bridgenet.Pair{
		Network: bridgenet.Network{ParentBridge: dep.ParentBridge, ChildBridge: dep.ChildBridge, Anchor: dep.Anchor},
		Parent:  bridgenet.NewConn("parent", "simulated://parent", parent.ChainID, parent.Client),
		Child:   bridgenet.NewConn("child", "simulated://child", child.ChainID, child.Client),
	}}
}

// TestRunHandled follows a native transfer that the test's operator handles
// on the child chain: the progress events come in order with the values the
// chains hold, and the recipient is paid.
func TestRunHandled(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	to := p.parent.Addrs[3]
	before, err := p.child.Client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	br := bindings.NewBridge()
	var stages []transfer.Stage
	var lines []string
	toHex := to.Hex()
	res, err := transfer.Run(ctx, p.net, p.parent.Keys[2], transfer.Spec{From: "parent", Native: true, Amount: "0.25", To: &toHex, Timeout: time.Minute},
		func(e transfer.Event) {
			stages = append(stages, e.Stage)
			lines = append(lines, e.String())
			if e.Stage != transfer.Requested {
				return
			}
			r := e.Result
			value, _ := new(big.Int).SetString(r.Value, 10)
			data := br.PackHandleNativeTransfer(r.RequestTx, r.Sender, r.Recipient, value, r.RequestNonce, r.RequestBlock, []byte{})
			if _, err := deploy.Send(ctx, p.child.Client, p.child.Opts(1), "vote", p.dep.ChildBridge, data, nil); err != nil {
				t.Errorf("operator vote: %v", err)
			}
		})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	want := []transfer.Stage{transfer.Sent, transfer.Requested, transfer.Voted, transfer.Handled}
	if len(stages) != len(want) {
		t.Fatalf("stages %v, want %v\n%s", stages, want, strings.Join(lines, "\n"))
	}
	for i := range want {
		if stages[i] != want[i] {
			t.Fatalf("stages %v, want %v", stages, want)
		}
	}
	if !res.Handled || res.Votes != 1 || res.Threshold != 1 || res.Operators != 1 || res.RequestNonce != 0 || res.Kind != transfer.KindNative ||
		res.Value != "250000000000000000" || res.Amount != "0.25" || res.Recipient != to || res.Sender != p.parent.Addrs[2] ||
		res.Direction != "parent-to-child" || res.Token != nil || res.LatencyBlocks != 1 || res.HandleTx == (common.Hash{}) {
		t.Errorf("result %+v", res)
	}
	for i, w := range []string{
		"sent       0.25 native coin from parent to " + to.Hex() + " on child: tx " + res.RequestTx.Hex(),
		"requested  nonce 0 in parent block ",
		"votes      1/1 (1 operators)",
		"handled    in child block ",
	} {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d %q, want prefix %q", i, lines[i], w)
		}
	}
	if !strings.Contains(lines[3], "\nlatency    ") || !strings.HasSuffix(lines[3], " s, 1 child blocks") {
		t.Errorf("handled line %q", lines[3])
	}
	after, err := p.child.Client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.String() != res.Value {
		t.Errorf("recipient received %s wei, want %s", got, res.Value)
	}
}

// TestRunLatencyFromChain: the operator handles the request before Run has
// seen the request's receipt (as a slow poll under load would); the latency
// still comes from the chains: one destination block after the head before
// the request, and the seconds between the two blocks' timestamps.
func TestRunLatencyFromChain(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	br := bindings.NewBridge()
	res, err := transfer.Run(ctx, p.net, p.parent.Keys[2], transfer.Spec{From: "parent", Native: true, Amount: "0.5", Timeout: time.Minute},
		func(e transfer.Event) {
			if e.Stage != transfer.Sent {
				return
			}
			rcpt, err := p.parent.Client.TransactionReceipt(ctx, e.Tx) // mined at once on the simulated chain
			if err != nil {
				t.Errorf("request receipt: %v", err)
				return
			}
			req, err := transfer.RequestFromReceipt(rcpt, p.dep.ParentBridge)
			if err != nil {
				t.Error(err)
				return
			}
			r := e.Result
			value, _ := new(big.Int).SetString(r.Value, 10)
			data := br.PackHandleNativeTransfer(req.TxHash, r.Sender, r.Recipient, value, req.Nonce, req.BlockNumber, []byte{})
			if _, err := deploy.Send(ctx, p.child.Client, p.child.Opts(1), "vote", p.dep.ChildBridge, data, nil); err != nil {
				t.Errorf("operator vote: %v", err)
			}
		})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	reqHead, err := p.parent.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(res.RequestBlock))
	if err != nil {
		t.Fatal(err)
	}
	hdlHead, err := p.child.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(res.HandleBlock))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Handled || res.LatencyBlocks != 1 || res.LatencySeconds != float64(hdlHead.Time)-float64(reqHead.Time) || res.LatencySeconds < 0 {
		t.Errorf("result %+v: want latency 1 block and %d s (block timestamps %d -> %d)", res, int64(hdlHead.Time)-int64(reqHead.Time), reqHead.Time, hdlHead.Time)
	}
}

// TestRunNotHandled: nobody votes, so Run gives up at the timeout and
// returns what it knows with an error saying the request stays valid.
func TestRunNotHandled(t *testing.T) {
	p := newPair(t)
	var stages []transfer.Stage
	res, err := transfer.Run(context.Background(), p.net, p.child.Keys[2], transfer.Spec{From: "child", Native: true, Amount: "1", Timeout: 1500 * time.Millisecond},
		func(e transfer.Event) { stages = append(stages, e.Stage) })
	if err == nil || !strings.Contains(err.Error(), "nonce 0 (child-to-parent) not handled on the parent chain within --timeout 1.5s (votes 0/1); the request stays valid") {
		t.Fatalf("error %v", err)
	}
	if res == nil || res.Handled || res.Votes != 0 || res.Threshold != 1 || res.RequestTx == (common.Hash{}) || res.Recipient != p.child.Addrs[2] {
		t.Fatalf("result %+v", res)
	}
	if len(stages) != 3 || stages[0] != transfer.Sent || stages[1] != transfer.Requested || stages[2] != transfer.Voted {
		t.Errorf("stages %v, want sent, requested, votes 0/1", stages)
	}
	// The request is on chain: the child bridge counts it.
	n, err := bind.Call(bindings.NewBridge().Instance(p.child.Client, p.dep.ChildBridge), nil, bindings.NewBridge().PackRequestNonce(), bindings.NewBridge().UnpackRequestNonce)
	if err != nil || n != 1 {
		t.Errorf("child requestNonce %d, %v; want 1", n, err)
	}
}

// TestRunRefusals: input checked against the chain (the ERC-20's decimals)
// and a destination that is not a Bridge fail before anything is sent.
func TestRunRefusals(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	tok := p.dep.ParentToken.Hex()
	_, err := transfer.Run(ctx, p.net, p.parent.Keys[0], transfer.Spec{From: "parent", ERC20: &tok, Amount: "1.0000000000000000001", Timeout: time.Minute}, nil)
	if !input.Is(err) || !strings.Contains(err.Error(), `--amount "1.0000000000000000001": more than 18 decimal places`) {
		t.Errorf("ERC-20 amount past the token's decimals: %v", err)
	}
	bad := *p.net
	bad.ChildBridge = p.parent.Addrs[3] // an account, not a contract
	_, err = transfer.Run(ctx, &bad, p.parent.Keys[2], transfer.Spec{From: "parent", Native: true, Amount: "1", Timeout: time.Minute}, nil)
	if err == nil || !strings.Contains(err.Error(), "child bridge: reading the operator list: Bridge "+p.parent.Addrs[3].Hex()+": getOperatorList: ") {
		t.Errorf("destination without a Bridge: %v", err)
	}
	n, err := bind.Call(bindings.NewBridge().Instance(p.parent.Client, p.dep.ParentBridge), nil, bindings.NewBridge().PackRequestNonce(), bindings.NewBridge().UnpackRequestNonce)
	if err != nil || n != 0 {
		t.Errorf("parent requestNonce %d, %v; want 0 (nothing sent)", n, err)
	}
}

// TestRunRefunded follows a native transfer to a contract that refuses
// payments: the payout fails (reported with its reason), the operator votes
// the refund, the refund request is paid home on the source, and Run says
// so: stages, result fields and an error wrapping ErrRefunded.
func TestRunRefunded(t *testing.T) {
	p := newPair(t)
	ctx := context.Background()
	// PUSH1 0 PUSH1 0 REVERT as runtime code.
	initCode := common.FromHex("600580600b6000396000f360006000fd")
	bad, tx, err := bind.DeployContract(p.child.Opts(0), initCode, p.child.Client, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, p.child.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	br := bindings.NewBridge()
	sender := p.parent.Addrs[2]
	var stages []transfer.Stage
	var lines []string
	var afterRequest *big.Int
	badHex := bad.Hex()
	res, err := transfer.Run(ctx, p.net, p.parent.Keys[2], transfer.Spec{From: "parent", Native: true, Amount: "0.25", To: &badHex, Timeout: time.Minute},
		func(e transfer.Event) {
			stages = append(stages, e.Stage)
			lines = append(lines, e.String())
			if e.Stage != transfer.Requested {
				return
			}
			afterRequest, _ = p.parent.Client.BalanceAt(ctx, sender, nil)
			r := e.Result
			value, _ := new(big.Int).SetString(r.Value, 10)
			call := bindings.BridgeHandleCall{TokenType: 0, RequestTxHash: r.RequestTx, From: r.Sender, To: r.Recipient, ValueOrTokenId: value,
				RequestNonce: r.RequestNonce, RequestBlockNumber: r.RequestBlock, ExtraData: []byte{}}
			vote := br.PackHandleNativeTransfer(r.RequestTx, r.Sender, r.Recipient, value, r.RequestNonce, r.RequestBlock, []byte{})
			if _, err := deploy.Send(ctx, p.child.Client, p.child.Opts(1), "vote", p.dep.ChildBridge, vote, nil); err != nil {
				t.Errorf("operator vote: %v", err)
			}
			rcpt, err := deploy.Send(ctx, p.child.Client, p.child.Opts(1), "refund vote", p.dep.ChildBridge, br.PackRefundValueTransfer(call), nil)
			if err != nil {
				t.Fatalf("refund vote: %v", err)
			}
			home, err := transfer.RequestFromReceipt(rcpt, p.dep.ChildBridge)
			if err != nil {
				t.Fatalf("the refund emitted no request: %v", err)
			}
			// The refund request, voted on the source like any request (its
			// fields relayed byte for byte from the event).
			var extra []byte
			for _, l := range rcpt.Logs {
				if ev, err := br.UnpackRequestValueTransferEvent(l); err == nil {
					extra = ev.ExtraData
				}
			}
			back := br.PackHandleNativeTransfer(home.TxHash, p.dep.ChildBridge, r.Sender, value, home.Nonce, home.BlockNumber, extra)
			if _, err := deploy.Send(ctx, p.parent.Client, p.parent.Opts(1), "vote the refund home", p.dep.ParentBridge, back, nil); err != nil {
				t.Errorf("vote on the refund request: %v", err)
			}
		})
	if !errors.Is(err, transfer.ErrRefunded) || !strings.Contains(err.Error(), "NativeTransferFailed(") {
		t.Fatalf("run error %v, want ErrRefunded with the failure reason\n%s", err, strings.Join(lines, "\n"))
	}
	want := []transfer.Stage{transfer.Sent, transfer.Requested, transfer.Voted, transfer.Failed, transfer.Refunded, transfer.Returned}
	if !slices.Equal(stages, want) {
		t.Fatalf("stages %v, want %v\n%s", stages, want, strings.Join(lines, "\n"))
	}
	if !res.Refunded || res.Failures != 1 || !strings.HasPrefix(res.FailReason, "NativeTransferFailed(") || res.RefundNonce == nil || *res.RefundNonce != 0 ||
		res.ReturnTx == (common.Hash{}) || res.RefundTx == (common.Hash{}) {
		t.Errorf("result %+v", res)
	}
	for i, w := range map[int]string{3: "failed     payout try 1 on child: NativeTransferFailed(", 4: "refunded   on child in block ", 5: "returned   to " + sender.Hex() + " on parent in block "} {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d %q, want prefix %q", i, lines[i], w)
		}
	}
	after, _ := p.parent.Client.BalanceAt(ctx, sender, nil)
	if got := new(big.Int).Sub(after, afterRequest); got.String() != res.Value {
		t.Errorf("the sender got %s wei back, want %s", got, res.Value)
	}
}
