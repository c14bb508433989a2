//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/chain"
)

// Chain ids of the harness chains (the devnet's defaults).
const (
	parentChainID = 1001
	childChainID  = 1000
)

// ether is 10^18 wei.
var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// newRunDir makes the test's run directory and removes it when the test passes
// (E2E_KEEP=1 keeps it; a failed test always keeps it and logs the path).
func newRunDir(t *testing.T) string {
	t.Helper()
	dir, err := harness.RunDir(t.Name())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("run dir: %s", dir)
	t.Cleanup(func() {
		if t.Failed() || os.Getenv("E2E_KEEP") != "" {
			t.Logf("kept run dir %s", dir)
			return
		}
		os.RemoveAll(dir)
	})
	return dir
}

// buildGeth builds (or finds cached) geth; the first build takes minutes.
func buildGeth(t *testing.T) string {
	t.Helper()
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	bin, err := harness.BuildGeth(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Logf("geth built in %s: %s", d.Round(time.Second), bin)
	}
	return bin
}

// startChains starts the parent (1001) and the child (1000) chain in parallel,
// each with alloc, and stops them when the test ends.
func startChains(t *testing.T, bin, dir string, alloc map[common.Address]*big.Int) (parent, child *harness.Geth) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	var perr, cerr error
	start := time.Now()
	wg.Add(2)
	go func() {
		defer wg.Done()
		parent, perr = harness.StartGeth(ctx, harness.GethConfig{Binary: bin, Name: "parent", Dir: dir, ChainID: parentChainID, Alloc: alloc})
	}()
	go func() {
		defer wg.Done()
		child, cerr = harness.StartGeth(ctx, harness.GethConfig{Binary: bin, Name: "child", Dir: dir, ChainID: childChainID, Alloc: alloc})
	}()
	wg.Wait()
	for _, g := range []*harness.Geth{parent, child} {
		if g != nil {
			g := g
			t.Cleanup(func() { g.Close() })
		}
	}
	if perr != nil {
		t.Fatal(perr)
	}
	if cerr != nil {
		t.Fatal(cerr)
	}
	t.Logf("chains up in %s: parent %s, child %s", time.Since(start).Round(time.Millisecond), parent.HTTPURL(), child.HTTPURL())
	return parent, child
}

func newJSClient(t *testing.T) *harness.JSClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := harness.NewJSClient(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// chainTx sends transactions from one key on one chain and waits for receipts.
// It is the harness's own admin path (deployment and setup); users go through
// the JS client.
type chainTx struct {
	t       *testing.T
	ec      *ethclient.Client
	key     *ecdsa.PrivateKey
	chainID *big.Int
}

func newChainTx(t *testing.T, ctx context.Context, g harness.Chain, key *ecdsa.PrivateKey) *chainTx {
	t.Helper()
	ec, err := g.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	return &chainTx{t: t, ec: ec, key: key, chainID: new(big.Int).SetUint64(g.ChainID())}
}

// deploy deploys bytecode+ctor and returns the contract address.
func (c *chainTx) deploy(ctx context.Context, what string, md *bind.MetaData, ctor []byte) common.Address {
	c.t.Helper()
	r := c.send(ctx, what, nil, append(common.FromHex(md.Bin), ctor...), nil)
	return r.ContractAddress
}

// send signs and sends one EIP-1559 tx (gas estimated, +50%) and waits for a
// successful receipt; it fails the test otherwise.
func (c *chainTx) send(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int) *types.Receipt {
	c.t.Helper()
	from := crypto.PubkeyToAddress(c.key.PublicKey)
	nonce, err := c.ec.PendingNonceAt(ctx, from)
	if err != nil {
		c.t.Fatalf("%s: nonce: %v", what, err)
	}
	if value == nil {
		value = new(big.Int)
	}
	gas, err := c.ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Data: data, Value: value})
	if err != nil {
		if rd, ok := bindings.RevertData(err); ok {
			c.t.Fatalf("%s: would revert: %s", what, bindings.DecodeRevert(rd))
		}
		c.t.Fatalf("%s: estimate gas: %v", what, err)
	}
	head, err := c.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 3 / 2, To: to, Value: value, Data: data,
	})
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.ec.SendTransaction(ctx, tx); err != nil {
		c.t.Fatalf("%s: send: %v", what, err)
	}
	r, err := chain.WaitReceipt(ctx, c.ec, tx.Hash(), 0)
	if err != nil {
		c.t.Fatalf("%s: wait: %v", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%s: tx %s reverted", what, tx.Hash())
	}
	return r
}

// txCall is one call of a batch.
type txCall struct {
	to    common.Address
	data  []byte
	value *big.Int
}

// batch sends independent calls with consecutive nonces without waiting in
// between (each is estimated against the latest state, so they must not depend
// on each other), then waits for all receipts; any revert fails the test.
func (c *chainTx) batch(ctx context.Context, what string, calls []txCall) {
	c.t.Helper()
	from := crypto.PubkeyToAddress(c.key.PublicKey)
	nonce, err := c.ec.PendingNonceAt(ctx, from)
	if err != nil {
		c.t.Fatalf("%s: nonce: %v", what, err)
	}
	head, err := c.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
	var hashes []common.Hash
	for i, call := range calls {
		value := call.value
		if value == nil {
			value = new(big.Int)
		}
		to := call.to
		gas, err := c.ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: call.data, Value: value})
		if err != nil {
			if rd, ok := bindings.RevertData(err); ok {
				c.t.Fatalf("%s #%d: would revert: %s", what, i, bindings.DecodeRevert(rd))
			}
			c.t.Fatalf("%s #%d: estimate gas: %v", what, i, err)
		}
		tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
			ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 3 / 2, To: &to, Value: value, Data: call.data,
		})
		if err != nil {
			c.t.Fatal(err)
		}
		if err := c.ec.SendTransaction(ctx, tx); err != nil {
			c.t.Fatalf("%s #%d: send: %v", what, i, err)
		}
		nonce++
		hashes = append(hashes, tx.Hash())
	}
	for i, h := range hashes {
		r, err := chain.WaitReceipt(ctx, c.ec, h, 0)
		if err != nil {
			c.t.Fatalf("%s #%d: wait: %v", what, i, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			c.t.Fatalf("%s #%d: tx %s reverted", what, i, h)
		}
	}
}

// call sends a tx to a contract.
func (c *chainTx) call(ctx context.Context, what string, to common.Address, data []byte) *types.Receipt {
	c.t.Helper()
	return c.send(ctx, what, &to, data, nil)
}
