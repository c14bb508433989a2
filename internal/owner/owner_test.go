package owner_test

import (
	"context"
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
	"github.com/servicechain/servicechain/internal/owner"
)

var (
	bridgeABI   = bindings.NewBridge()
	timelockABI = bindings.NewTimelockController()
	anchorABI   = bindings.NewAnchor()
)

func call[T any](t *testing.T, c *deploytest.Chain, addr common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(bridgeABI.Instance(c.Client, addr), nil, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestContract runs every owner action on a deployment on two simulated
// chains and checks the result on the contracts, the steps reported, and the
// refusals: a token paired elsewhere, a threshold above the operator count,
// a key that is not the owner's, an address without code.
func TestContract(t *testing.T) {
	parent, child := deploytest.NewPair(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dep, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: []common.Address{parent.Addrs[1]}, DeployTokens: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	c := owner.Contract{Conn: bridgenet.NewConn("child", "simulated://child", child.ChainID, child.Client), Address: dep.ChildBridge,
		Side: "child", Owner: child.Opts(0), Progress: func(s owner.Step) { steps = append(steps, s.String()) }}

	other := common.HexToAddress("0x00000000000000000000000000000000000000a1") // no code on either chain
	tok := dep.ChildToken
	if err := c.RegisterToken(ctx, tok, dep.ParentToken, true); err != nil {
		t.Fatalf("register again with the same counterpart: %v", err)
	}
	if len(steps) != 2 || !strings.HasPrefix(steps[0], "token "+tok.Hex()+" is already registered on child bridge "+dep.ChildBridge.Hex()+" with counterpart "+dep.ParentToken.Hex()) ||
		!strings.HasPrefix(steps[1], "set token "+tok.Hex()+" to mint/burn on child bridge ") || !strings.Contains(steps[1], ": done (child chain, tx 0x") {
		t.Errorf("steps %q", steps)
	}
	if err := c.RegisterToken(ctx, tok, other, false); err == nil || !strings.Contains(err.Error(), "--token "+tok.Hex()+" is already registered on child bridge "+dep.ChildBridge.Hex()+" with counterpart "+dep.ParentToken.Hex()+", not "+other.Hex()) {
		t.Errorf("register with another counterpart: %v", err)
	}
	if err := c.RegisterToken(ctx, other, dep.ParentToken, false); err == nil || !strings.Contains(err.Error(), "--token "+other.Hex()+": no contract at this address on the child chain (simulated://child)") {
		t.Errorf("register a token without code: %v", err)
	}
	// A token registered for the first time.
	fresh, err := deploy.DeployToken(ctx, child.Client, child.Opts(0), "Fresh", "FRS", child.Addrs[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	steps = nil
	if err := c.RegisterToken(ctx, fresh.Address, other, false); err != nil {
		t.Fatalf("register a new pair: %v", err)
	}
	if cp := call(t, child, dep.ChildBridge, bridgeABI.PackCounterpartToken(fresh.Address), bridgeABI.UnpackCounterpartToken); cp != other || len(steps) != 1 ||
		!strings.HasPrefix(steps[0], "register token "+fresh.Address.Hex()+" (counterpart "+other.Hex()+") on child bridge "+dep.ChildBridge.Hex()+": done (child chain, tx 0x") {
		t.Errorf("counterpart %s (want %s), steps %q", cp.Hex(), other.Hex(), steps)
	}

	if err := c.AddOperator(ctx, parent.Addrs[2]); err != nil {
		t.Fatal(err)
	}
	if err := c.SetThreshold(ctx, "value", 2); err != nil {
		t.Fatal(err)
	}
	if k := call(t, child, dep.ChildBridge, bridgeABI.PackOperatorThresholds(bindings.VoteValueTransfer), bridgeABI.UnpackOperatorThresholds); k != 2 {
		t.Errorf("value threshold %d, want 2", k)
	}
	if err := c.SetThreshold(ctx, "config", 3); err == nil || !strings.Contains(err.Error(), "InvalidThreshold(3, 2)") {
		t.Errorf("config threshold above the operator count: %v", err)
	}
	if err := c.RemoveOperator(ctx, parent.Addrs[2]); err == nil {
		t.Errorf("removing an operator below the threshold succeeded")
	}
	ops := call(t, child, dep.ChildBridge, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
	if len(ops) != 2 {
		t.Errorf("operators %v, want 2", ops)
	}

	// Not the owner.
	stranger := c
	stranger.Owner = child.Opts(3)
	if err := stranger.AddOperator(ctx, parent.Addrs[3]); err == nil || !strings.Contains(err.Error(), "OwnableUnauthorizedAccount") || !strings.Contains(err.Error(), "the key is not the contract's owner") {
		t.Errorf("add by a non-owner: %v", err)
	}

	// The Anchor on the parent chain.
	a := owner.Contract{Conn: bridgenet.NewConn("parent", "simulated://parent", parent.ChainID, parent.Client), Address: dep.Anchor, Side: owner.Anchor, Owner: parent.Opts(0)}
	if err := a.AddOperator(ctx, parent.Addrs[2]); err != nil {
		t.Fatal(err)
	}
	if err := a.SetThreshold(ctx, "ignored", 2); err != nil {
		t.Fatal(err)
	}
	k, err := bind.Call(anchorABI.Instance(parent.Client, dep.Anchor), nil, anchorABI.PackThreshold(), anchorABI.UnpackThreshold)
	if err != nil || k != 2 {
		t.Errorf("anchor threshold %d, %v; want 2", k, err)
	}
	if err := owner.RequireCode(ctx, a.Conn, "contract", parent.Addrs[0]); err == nil || !strings.Contains(err.Error(), "--contract "+parent.Addrs[0].Hex()+": no contract at this address on the parent chain") {
		t.Errorf("RequireCode of an account: %v", err)
	}
}

// TestCommandInput: the commands' input is checked before any chain is
// contacted (the targets here point nowhere).
func TestCommandInput(t *testing.T) {
	ctx := context.Background()
	s := func(v string) *string { return &v }
	k := func(v int) *int { return &v }
	const a = "0x903A862693363F668704771D1a74D9F36Ea4D480"
	tgt := func(side string) owner.Target {
		return owner.Target{Side: side, Option: "contract", RPC: "127.0.0.1:1"}
	}
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"token side", owner.RegisterToken(ctx, tgt("anchor"), s(a), s(a), false), `--chain "anchor": expected parent or child`},
		{"token missing", owner.RegisterToken(ctx, tgt("child"), nil, s(a), false), "token register: --token ADDRESS is required"},
		{"token zero", owner.RegisterToken(ctx, tgt("child"), s("0x0000000000000000000000000000000000000000"), s(a), false), "expected a token address, not the zero address"},
		{"counterpart bad", owner.RegisterToken(ctx, tgt("child"), s(a), s("nope"), false), `--counterpart "nope": expected a 20-byte hex address`},
		{"operator side", owner.ChangeOperator(ctx, tgt("side"), s(a), true), `--chain "side": expected parent, child or anchor`},
		{"operator zero", owner.ChangeOperator(ctx, tgt("parent"), s("0x0000000000000000000000000000000000000000"), true), "expected an operator address, not the zero address"},
		{"vote type", owner.SetThreshold(ctx, tgt("parent"), s("fees"), k(1)), `--vote-type "fees": expected value or config`},
		{"anchor vote type", owner.SetThreshold(ctx, tgt("anchor"), s("value"), k(1)), "the Anchor has a single threshold"},
		{"threshold missing", owner.SetThreshold(ctx, tgt("child"), nil, nil), "threshold set: --threshold K is required"},
		{"threshold range", owner.SetThreshold(ctx, tgt("child"), nil, k(0)), "--threshold 0: expected an integer from 1 to 255"},
		{"rpc not a URL", owner.ChangeOperator(ctx, tgt("anchor"), s(a), false), `parent RPC "127.0.0.1:1": expected a URL`},
		{"no rpc", owner.ChangeOperator(ctx, owner.Target{Side: "child"}, s(a), false), "give --rpc URL (of the child chain) or --devnet DIR"},
		{"rpc and devnet", owner.ChangeOperator(ctx, owner.Target{Side: "child", RPC: "http://x", Devnet: t.TempDir()}, s(a), false), "give either --devnet DIR or --rpc URL, not both"},
	} {
		if tc.err == nil || !input.Is(tc.err) || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want an input error containing %q", tc.name, tc.err, tc.want)
		}
	}
}
