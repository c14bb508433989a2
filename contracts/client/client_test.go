package client_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
)

const (
	owner = 0
	op1   = 1
	op3   = 3
	other = 4
)

type env struct {
	parent, child *deploytest.Chain
	dep           *deploy.Deployment
	ops           []common.Address
}

func setup(t *testing.T) (context.Context, *env) {
	t.Helper()
	parent, child := deploytest.NewPair(t, 5)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	ops := parent.Addrs[op1 : op3+1]
	dep, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(owner), child.Opts(owner), deploy.Options{
		Operators: ops, Threshold: 2, AnchorThreshold: 1, DeployTokens: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	return ctx, &env{parent: parent, child: child, dep: dep, ops: ops}
}

// TestBridgeViews reads every view of a freshly deployed Bridge and checks
// it against what deploy.Setup configured.
func TestBridgeViews(t *testing.T) {
	ctx, e := setup(t)
	b := client.NewBridge(e.parent.Client, e.dep.ParentBridge)
	if b.Address() != e.dep.ParentBridge {
		t.Fatalf("Address = %s", b.Address())
	}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	rn, err := b.RequestNonce(ctx)
	must("RequestNonce", err)
	lo, err := b.LowerHandleNonce(ctx)
	must("LowerHandleNonce", err)
	up, err := b.UpperHandleNonce(ctx)
	must("UpperHandleNonce", err)
	if rn != 0 || lo != 0 || up != 0 {
		t.Errorf("nonces %d %d %d: want 0 0 0 on a new bridge", rn, lo, up)
	}
	_, err = b.RecoveryBlockNumber(ctx)
	must("RecoveryBlockNumber", err)
	ops, err := b.Operators(ctx)
	must("Operators", err)
	if !slices.Equal(ops, e.ops) {
		t.Errorf("Operators = %v, want %v", ops, e.ops)
	}
	roster, err := b.ValueTransferRoster(ctx)
	must("ValueTransferRoster", err)
	if roster.Threshold != 2 || !slices.Equal(roster.Operators, e.ops) {
		t.Errorf("roster %+v", roster)
	}
	if k, err := b.Threshold(ctx, bindings.VoteConfiguration); err != nil || k != 2 {
		t.Errorf("configuration threshold %d, %v: want 2", k, err)
	}
	if ok, err := b.IsOperator(ctx, e.ops[0]); err != nil || !ok {
		t.Errorf("IsOperator(op1) = %v, %v", ok, err)
	}
	if ok, err := b.IsOperator(ctx, e.parent.Addrs[other]); err != nil || ok {
		t.Errorf("IsOperator(other) = %v, %v", ok, err)
	}
	st, err := b.HandleStatus(ctx, 0, e.ops[0])
	must("HandleStatus", err)
	epoch, err := b.Epoch(ctx)
	must("Epoch", err)
	if epoch == 0 {
		t.Errorf("epoch 0 after the constructor set operators and thresholds: want it counted")
	}
	if st != (client.HandleStatus{Threshold: 2, Epoch: epoch}) {
		t.Errorf("HandleStatus(0) = %+v: want nothing handled or voted, threshold 2, epoch %d", st, epoch)
	}
	if h, err := b.Handled(ctx, 0); err != nil || h {
		t.Errorf("Handled(0) = %v, %v", h, err)
	}
	if v, err := b.HandleVotes(ctx, 0, common.Hash{1}); err != nil || v != 0 {
		t.Errorf("HandleVotes = %d, %v", v, err)
	}
	if p, err := b.Paused(ctx); err != nil || p {
		t.Errorf("Paused = %v, %v", p, err)
	}
	if f, err := b.NativeFee(ctx); err != nil || f.Sign() != 0 {
		t.Errorf("NativeFee = %v, %v", f, err)
	}
	if f, err := b.ERC20Fee(ctx, e.dep.ParentToken); err != nil || f.Sign() != 0 {
		t.Errorf("ERC20Fee = %v, %v", f, err)
	}
	if cb, err := b.CounterpartBridge(ctx); err != nil || cb != e.dep.ChildBridge {
		t.Errorf("CounterpartBridge = %s, %v; want %s", cb, err, e.dep.ChildBridge)
	}
	if ct, err := b.CounterpartToken(ctx, e.dep.ParentToken); err != nil || ct != e.dep.ChildToken {
		t.Errorf("CounterpartToken = %s, %v; want %s", ct, err, e.dep.ChildToken)
	}
	if o, err := b.Owner(ctx); err != nil || o != e.parent.Addrs[owner] {
		t.Errorf("Owner = %s, %v", o, err)
	}
}

// TestAnchorViews reads the Anchor before and after one final record.
func TestAnchorViews(t *testing.T) {
	ctx, e := setup(t)
	a := client.NewAnchor(e.parent.Client, e.dep.Anchor)
	r, err := a.Roster(ctx)
	if err != nil || r.Threshold != 1 || !slices.Equal(r.Operators, e.ops) {
		t.Fatalf("Roster = %+v, %v", r, err)
	}
	if n, err := a.LatestAnchoredBlock(ctx); err != nil || n != 0 {
		t.Fatalf("LatestAnchoredBlock = %d, %v", n, err)
	}
	if rec, err := a.Record(ctx, 5); err != nil || rec != nil {
		t.Fatalf("Record(5) before any anchor = %+v, %v: want nil", rec, err)
	}
	rec := struct {
		n                       uint64
		hash, parent, tx, rc, s common.Hash
		count, txs              uint64
	}{5, common.Hash{0xb1}, common.Hash{0xb0}, common.Hash{2}, common.Hash{3}, common.Hash{4}, 5, 7}
	data := bindings.NewAnchor().PackAnchor(rec.n, rec.hash, rec.parent, rec.tx, rec.rc, rec.s, rec.count, rec.txs)
	if _, err := deploy.Send(ctx, e.parent.Client, e.parent.Opts(op1), "anchor", e.dep.Anchor, data, nil); err != nil {
		t.Fatal(err)
	}
	got, err := a.Record(ctx, 5)
	if err != nil || got == nil || common.Hash(got.BlockHash) != rec.hash || got.TxCount != 7 || got.FinalizedBy != e.ops[0] {
		t.Fatalf("Record(5) = %+v, %v", got, err)
	}
	if n, err := a.LatestAnchoredBlock(ctx); err != nil || n != 5 {
		t.Errorf("LatestAnchoredBlock = %d, %v; want 5", n, err)
	}
	if st, err := a.AnchorStatus(ctx, 5, e.ops[0]); err != nil || !st.Finalized || !st.Voted {
		t.Errorf("AnchorStatus(5, op1) = %+v, %v", st, err)
	}
	key := bindings.AnchorRecordKey(rec.n, rec.hash, rec.parent, rec.tx, rec.rc, rec.s, rec.count, rec.txs)
	if k, err := a.FinalRecordKey(ctx, 5); err != nil || k != key {
		t.Errorf("FinalRecordKey = %s, %v; want %s", k, err, key)
	}
	if v, err := a.Votes(ctx, 5, key); err != nil || v != 1 {
		t.Errorf("Votes = %d, %v", v, err)
	}
	if ok, err := a.IsOperator(ctx, e.ops[2]); err != nil || !ok {
		t.Errorf("IsOperator = %v, %v", ok, err)
	}
	if o, err := a.Owner(ctx); err != nil || o != e.parent.Addrs[owner] {
		t.Errorf("Owner = %s, %v", o, err)
	}
}

// TestTokenViews reads the sample ERC-20 token's metadata.
func TestTokenViews(t *testing.T) {
	ctx, e := setup(t)
	tok := client.NewToken(e.parent.Client, e.dep.ParentToken)
	if tok.Address() != e.dep.ParentToken {
		t.Fatalf("Address = %s", tok.Address())
	}
	if d, err := tok.Decimals(ctx); err != nil || d != 18 {
		t.Errorf("Decimals = %d, %v; want 18", d, err)
	}
	if s, err := tok.Symbol(ctx); err != nil || s != "SCT" {
		t.Errorf("Symbol = %q, %v; want deploy's default SCT", s, err)
	}
	eoa := e.parent.Addrs[other]
	if _, err := client.NewToken(e.parent.Client, eoa).Decimals(ctx); !errors.Is(err, client.ErrNoContract) || !strings.HasPrefix(err.Error(), "ERC20 "+eoa.Hex()+": decimals: ") {
		t.Errorf("Decimals of an account without code: %v", err)
	}
}

// TestErrors: an address without code is ErrNoContract, and the error names
// the contract, its address and the view exactly once.
func TestErrors(t *testing.T) {
	ctx, e := setup(t)
	eoa := e.parent.Addrs[other]
	_, err := client.NewBridge(e.parent.Client, eoa).LowerHandleNonce(ctx)
	if !errors.Is(err, client.ErrNoContract) {
		t.Fatalf("LowerHandleNonce on an account without code: %v: want ErrNoContract", err)
	}
	var ce *client.Error
	if !errors.As(err, &ce) || ce.Contract != "Bridge" || ce.Address != eoa || ce.Method != "lowerHandleNonce" {
		t.Fatalf("error %#v: want a *client.Error naming Bridge, the address and lowerHandleNonce", err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "Bridge "+eoa.Hex()+": lowerHandleNonce: ") || strings.Count(msg, eoa.Hex()) != 1 {
		t.Errorf("message %q: want the contract and address once", msg)
	}
	if _, err := client.NewAnchor(e.parent.Client, eoa).Record(ctx, 1); !errors.Is(err, client.ErrNoContract) || !strings.Contains(err.Error(), "Anchor "+eoa.Hex()+": getAnchor") {
		t.Errorf("Anchor Record on an account without code: %v", err)
	}
}

// TestTypedReverts: reverts decode into the bindings' typed errors; other
// data decodes to nothing.
func TestTypedReverts(t *testing.T) {
	ctx, e := setup(t)
	from := e.parent.Addrs[owner]
	// The owner registers an operator that already is one: AlreadyOperator(op1).
	_, err := e.parent.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &e.dep.ParentBridge,
		Data: bindings.NewBridge().PackRegisterOperator(e.ops[0])}, nil)
	v, ok := client.BridgeError(err)
	if ae, isAE := v.(*bindings.BridgeAlreadyOperator); !ok || !isAE || ae.Account != e.ops[0] {
		t.Fatalf("BridgeError(%v) = %#v, %v: want *bindings.BridgeAlreadyOperator{op1}", err, v, ok)
	}
	if v, ok := client.AnchorError(err); ok {
		// Same selector for AlreadyOperator(address) in both contracts: the
		// Anchor decodes it too, which is right (same error, same arguments).
		if _, isAE := v.(*bindings.AnchorAlreadyOperator); !isAE {
			t.Errorf("AnchorError = %#v", v)
		}
	}
	// A stranger anchors: NotOperator(stranger).
	stranger := e.parent.Addrs[other]
	_, err = e.parent.Client.CallContract(ctx, ethereum.CallMsg{From: stranger, To: &e.dep.Anchor,
		Data: bindings.NewAnchor().PackAnchor(5, common.Hash{1}, common.Hash{}, common.Hash{}, common.Hash{}, common.Hash{}, 5, 0)}, nil)
	v, ok = client.AnchorError(err)
	if ne, isNE := v.(*bindings.AnchorNotOperator); !ok || !isNE || ne.Account != stranger {
		t.Fatalf("AnchorError(%v) = %#v, %v: want *bindings.AnchorNotOperator{stranger}", err, v, ok)
	}
	// Not revert data at all.
	if v, ok := client.BridgeError(errors.New("connection refused")); ok || v != nil {
		t.Errorf("BridgeError of a plain error = %v, %v", v, ok)
	}
	errorString := append(crypto.Keccak256([]byte("Error(string)"))[:4], make([]byte, 64)...)
	for _, data := range [][]byte{nil, {0x01}, {1, 2, 3, 4}, errorString} {
		if v := client.BridgeErrorData(data); v != nil {
			t.Errorf("BridgeErrorData(%x) = %#v: want nil", data, v)
		}
	}
	// A known selector with malformed arguments is not decoded.
	bad := bindings.BridgeNonceAlreadyHandledErrorID().Bytes()[:4]
	if v := client.BridgeErrorData(append(bad, 1)); v != nil {
		t.Errorf("truncated NonceAlreadyHandled decoded as %#v", v)
	}
	good := append(slices.Clone(bad), common.LeftPadBytes(big.NewInt(7).Bytes(), 32)...)
	if v, ok := client.BridgeErrorData(good).(*bindings.BridgeNonceAlreadyHandled); !ok || v.Nonce != 7 {
		t.Errorf("NonceAlreadyHandled(7) decoded as %#v", client.BridgeErrorData(good))
	}
}
