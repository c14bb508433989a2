package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/input"
)

func TestSpecOptions(t *testing.T) {
	const a, b = "0x903A862693363F668704771D1a74D9F36Ea4D480", "0x1111111111111111111111111111111111111111"
	k := func(v int) *int { return &v }
	s := func(v string) *string { return &v }
	o, err := deploy.Spec{Operators: []string{a + ", " + b}, Threshold: 2, ConfigThreshold: k(1), ParentLiquidity: s("1.5"), SampleTokens: true}.Options()
	if err != nil || len(o.Operators) != 2 || o.Threshold != 2 || o.ConfigThreshold != 1 || o.AnchorThreshold != 1 || !o.DeployTokens ||
		o.ParentNativeLiquidity.String() != "1500000000000000000" || o.ChildNativeLiquidity != nil ||
		!o.Timelock || o.TimelockDelay != deploy.DefaultTimelockDelay {
		t.Fatalf("options %+v, %v", o, err)
	}
	d := func(v time.Duration) *time.Duration { return &v }
	existing := filepath.Join(t.TempDir(), "out.json")
	os.WriteFile(existing, nil, 0o600)
	for _, tc := range []struct {
		s    deploy.Spec
		want string
	}{
		{deploy.Spec{}, "deploy: give the operators: --operator ADDRESS (repeat it for each)"},
		{deploy.Spec{Operators: []string{"0x1"}}, `--operator "0x1": expected a 20-byte hex address`},
		{deploy.Spec{Operators: []string{a, a}, Threshold: 1}, "--operator " + a + ": given twice"},
		{deploy.Spec{Operators: []string{a}, Threshold: 2}, "--threshold 2: expected 1 to the number of operators (1)"},
		{deploy.Spec{Operators: []string{a}, Threshold: 1, ConfigThreshold: k(0)}, "--config-threshold 0: expected 1 to the number of operators (1)"},
		{deploy.Spec{Operators: []string{a}, Threshold: 1, AnchorThreshold: k(1), NoAnchor: true}, "--anchor-threshold goes without --no-anchor"},
		{deploy.Spec{Operators: []string{a}, Threshold: 1, ChildLiquidity: s("lots")}, `--child-liquidity "lots": expected a decimal number`},
		{deploy.Spec{Operators: []string{a}, Threshold: 1, Out: existing}, "--out " + existing + " already exists (add --force to overwrite it)"},
		{deploy.Spec{Operators: []string{a}, Threshold: 1, TimelockDelay: d(0)}, "--timelock-delay 0s: expected whole seconds, at least 1s (default 48h0m0s)"},
		{deploy.Spec{Operators: []string{a}, Threshold: 1, TimelockDelay: d(1500 * time.Millisecond)}, "--timelock-delay 1.5s: expected whole seconds"},
	} {
		if _, err := tc.s.Options(); err == nil || !input.Is(err) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want an input error containing %q", tc.s, err, tc.want)
		}
	}
	if _, err := (deploy.Spec{Operators: []string{a}, Threshold: 1, Out: existing, Force: true}).Options(); err != nil {
		t.Errorf("--force over an existing --out: %v", err)
	}
}

// autoMine mines a block after every transaction sent.
type autoMine struct {
	simulated.Client
	b  *simulated.Backend
	mu sync.Mutex
}

func (a *autoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.b.Commit()
	return nil
}

// simulatedChain is a simulated chain with its own chain id on which key is funded.
func simulatedChain(t *testing.T, name string, chainID int64, key *ecdsa.PrivateKey) *bridgenet.Conn {
	t.Helper()
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: deploytest.Balance}}
	b := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.ChainID, cfg.BogotaTime = big.NewInt(chainID), nil
		ec.Genesis.Config = &cfg
		ec.NetworkId = uint64(chainID)
	})
	t.Cleanup(func() { b.Close() })
	return bridgenet.NewConn(name, "simulated://"+name, big.NewInt(chainID), &autoMine{Client: b.Client(), b: b})
}

// TestPair deploys through Pair on two simulated chains with distinct chain
// ids and reads the file it writes; two connections to one chain are refused.
func TestPair(t *testing.T) {
	owner, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	p := &bridgenet.Pair{Parent: simulatedChain(t, "parent", 31337, owner), Child: simulatedChain(t, "child", 31338, owner)}
	op := crypto.PubkeyToAddress(owner.PublicKey)
	out := filepath.Join(t.TempDir(), "deployment.json")
	var said []string
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := deploy.Pair(ctx, p, owner, deploy.Options{Operators: []common.Address{op}}, out, func(s string) { said = append(said, s) })
	if err != nil {
		t.Fatal(err)
	}
	if res.ParentChainID != 31337 || res.ChildChainID != 31338 || res.Owner != op || res.Threshold != 1 || len(res.Operators) != 1 ||
		res.ParentBridge == (common.Address{}) || res.ChildBridge == (common.Address{}) || res.Anchor == (common.Address{}) || res.ParentBridgeBlock == 0 {
		t.Errorf("result %+v", res)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var back deploy.Result
	if err := json.Unmarshal(b, &back); err != nil || back.ParentBridge != res.ParentBridge || back.Anchor != res.Anchor || back.ChildChainID != 31338 || back.Owner != op {
		t.Errorf("--out file %s: %v", b, err)
	}
	if len(said) != 2 || said[0] != "deploying from "+op.Hex()+" on parent (chain id 31337) and child (chain id 31338) ..." || said[1] != "addresses written to "+out {
		t.Errorf("progress %q", said)
	}

	same := &bridgenet.Pair{Parent: p.Parent, Child: p.Parent}
	if _, err := deploy.Pair(ctx, same, owner, deploy.Options{Operators: []common.Address{op}}, "", nil); err == nil ||
		!strings.Contains(err.Error(), "--parent-rpc and --child-rpc are the same chain (chain id 31337)") {
		t.Errorf("one chain twice: %v", err)
	}
}
