package deploy_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
)

func call[T any](t *testing.T, b bind.ContractCaller, addr common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := b.CallContract(context.Background(), ethereumCall(addr, data), nil)
	if err != nil {
		t.Fatalf("call %s: %v", addr, err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("unpack: %v", err)
	}
	return v
}

func TestSetup(t *testing.T) {
	t.Parallel()
	parent, child := deploytest.NewPair(t, 6)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ops := parent.Addrs[1:5]
	liq := big.NewInt(5e18)
	d, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: ops, Threshold: 3, ConfigThreshold: 2, AnchorThreshold: 2,
		ChildNativeLiquidity: liq, DeployTokens: true,
	})
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	js, _ := json.Marshal(d)
	t.Logf("deployment: %s", js)
	for name, a := range map[string]common.Address{"parentBridge": d.ParentBridge, "childBridge": d.ChildBridge, "anchor": d.Anchor,
		"parentToken": d.ParentToken, "childToken": d.ChildToken, "parentNFT": d.ParentNFT, "childNFT": d.ChildNFT} {
		if a == (common.Address{}) {
			t.Errorf("%s not deployed", name)
		}
	}
	br := bindings.NewBridge()
	an := bindings.NewAnchor()
	tok := bindings.NewServiceChainToken()
	for _, side := range []struct {
		name          string
		c             *deploytest.Chain
		bridge, other common.Address
		token, nft    common.Address
		otherToken    common.Address
		tokenMB       bool
	}{
		{"parent", parent, d.ParentBridge, d.ChildBridge, d.ParentToken, d.ParentNFT, d.ChildToken, false},
		{"child", child, d.ChildBridge, d.ParentBridge, d.ChildToken, d.ChildNFT, d.ParentToken, true},
	} {
		got := call(t, side.c.Client, side.bridge, br.PackGetOperatorList(), br.UnpackGetOperatorList)
		if len(got) != 4 {
			t.Errorf("%s: %d operators, want 4", side.name, len(got))
		}
		if th := call(t, side.c.Client, side.bridge, br.PackOperatorThresholds(0), br.UnpackOperatorThresholds); th != 3 {
			t.Errorf("%s: value threshold %d, want 3", side.name, th)
		}
		if th := call(t, side.c.Client, side.bridge, br.PackOperatorThresholds(1), br.UnpackOperatorThresholds); th != 2 {
			t.Errorf("%s: config threshold %d, want 2", side.name, th)
		}
		if cp := call(t, side.c.Client, side.bridge, br.PackCounterpartBridge(), br.UnpackCounterpartBridge); cp != side.other {
			t.Errorf("%s: counterpart bridge %s, want %s", side.name, cp, side.other)
		}
		if cp := call(t, side.c.Client, side.bridge, br.PackCounterpartToken(side.token), br.UnpackCounterpartToken); cp != side.otherToken {
			t.Errorf("%s: counterpart token %s, want %s", side.name, cp, side.otherToken)
		}
		if mb := call(t, side.c.Client, side.bridge, br.PackTokenMintBurn(side.token), br.UnpackTokenMintBurn); mb != side.tokenMB {
			t.Errorf("%s: token mint/burn %v, want %v", side.name, mb, side.tokenMB)
		}
		if mb := call(t, side.c.Client, side.bridge, br.PackTokenMintBurn(side.nft), br.UnpackTokenMintBurn); !mb {
			t.Errorf("%s: NFT not mint/burn", side.name)
		}
		if ok := call(t, side.c.Client, side.nft, tok.PackHasRole(deploy.MinterRole, side.bridge), tok.UnpackHasRole); !ok {
			t.Errorf("%s: bridge lacks NFT MINTER_ROLE", side.name)
		}
	}
	if th := call(t, parent.Client, d.Anchor, an.PackThreshold(), an.UnpackThreshold); th != 2 {
		t.Errorf("anchor threshold %d, want 2", th)
	}
	if bal, _ := child.Client.BalanceAt(ctx, d.ChildBridge, nil); bal.Cmp(liq) != 0 {
		t.Errorf("child bridge liquidity %s, want %s", bal, liq)
	}
	if ok := call(t, child.Client, d.ChildToken, tok.PackHasRole(deploy.MinterRole, child.Addrs[0]), tok.UnpackHasRole); ok {
		t.Errorf("child owner still has MINTER_ROLE on the child ERC-20")
	}
	if d.ParentBridgeBlock == 0 || d.ChildBridgeBlock == 0 {
		t.Errorf("bridge blocks not recorded: %+v", d)
	}
}

func TestSetupRejectsBadOptions(t *testing.T) {
	t.Parallel()
	parent, child := deploytest.NewPair(t, 2)
	ctx := context.Background()
	for _, tc := range []struct {
		opts deploy.Options
		want string
	}{
		{deploy.Options{}, "0 operators"},
		{deploy.Options{Operators: []common.Address{parent.Addrs[1]}, Threshold: 2}, "threshold 2 exceeds"},
		{deploy.Options{Operators: []common.Address{parent.Addrs[1], parent.Addrs[1]}}, "listed twice"},
		{deploy.Options{Operators: []common.Address{{}}}, "zero address"},
	} {
		_, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("options %+v: error %v, want it to contain %q", tc.opts, err, tc.want)
		}
	}
}

func TestStepErrorsNameTheStep(t *testing.T) {
	t.Parallel()
	c := deploytest.NewChain(t, 3)
	ctx := context.Background()
	b, err := deploy.DeployBridge(ctx, c.Client, c.Opts(0), c.Addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	// Threshold above the operator count: refused by the contract, the error names the step and the reason.
	err = deploy.SetThreshold(ctx, c.Client, c.Opts(0), b.Address, 0, 2)
	var te *deploy.TxError
	if !errors.As(err, &te) || !strings.Contains(err.Error(), "set threshold of vote type 0 to 2") || !strings.Contains(te.Reason, "InvalidThreshold(2, 0)") {
		t.Fatalf("got %v, want a TxError naming the step with InvalidThreshold(2, 0)", err)
	}
	// Not the owner.
	err = deploy.RegisterOperator(ctx, c.Client, c.Opts(1), b.Address, c.Addrs[2])
	if err == nil || !strings.Contains(err.Error(), "OwnableUnauthorizedAccount") {
		t.Fatalf("got %v, want OwnableUnauthorizedAccount", err)
	}
	if err := deploy.RegisterOperator(ctx, c.Client, c.Opts(0), b.Address, c.Addrs[2]); err != nil {
		t.Fatal(err)
	}
	if err := deploy.ChargeNativeLiquidity(ctx, c.Client, c.Opts(2), b.Address, big.NewInt(1)); err != nil {
		t.Fatalf("operator charge liquidity: %v", err)
	}
	if err := deploy.ChargeNativeLiquidity(ctx, c.Client, c.Opts(1), b.Address, big.NewInt(1)); err == nil || !strings.Contains(err.Error(), "NotOwnerOrOperator") {
		t.Fatalf("got %v, want NotOwnerOrOperator", err)
	}
}
