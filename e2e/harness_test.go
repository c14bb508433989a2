//go:build e2e

package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/e2e/harness"
)

// TestHarness checks the harness itself: two geth dev chains with our chain
// ids and 1-second blocks, a plain transfer through the JS client, and a chain
// that is SIGKILLed (or SIGTERMed) and restarted on the same datadir goes on
// from where it was.
func TestHarness(t *testing.T) {
	bin := buildGeth(t)
	dir := newRunDir(t)
	funder := harness.TestKey(0)
	recipient := harness.KeyAddress(harness.TestKey(1))
	parent, child := startChains(t, bin, dir, map[common.Address]*big.Int{harness.KeyAddress(funder): eth(1000)})
	js := newJSClient(t)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	// Chain ids, gas limit, block production.
	for _, g := range []*harness.Geth{parent, child} {
		ec := dial(t, ctx, g)
		id, err := ec.ChainID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if id.Uint64() != g.ChainID() {
			t.Fatalf("%s: chain id %d, want %d", g.Name(), id, g.ChainID())
		}
		h, err := ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if h.GasLimit != harness.DefaultGasLimit {
			t.Errorf("%s: gas limit %d, want %d", g.Name(), h.GasLimit, harness.DefaultGasLimit)
		}
		bal, err := ec.BalanceAt(ctx, harness.KeyAddress(funder), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(eth(1000)) != 0 {
			t.Errorf("%s: funded account has %s wei, want %s", g.Name(), bal, eth(1000))
		}
	}
	// The JS client sees the chain over WebSocket too.
	info, err := js.Info(ctx, child.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	if info.ChainID != childChainID {
		t.Fatalf("client info over ws: chain id %d, want %d", info.ChainID, childChainID)
	}
	checkBlocksAdvance(t, ctx, parent)

	// A plain transfer with the JS client.
	sent, err := js.Send(ctx, parent.HTTPURL(), harness.KeyHex(funder), recipient, ether)
	if err != nil {
		t.Fatal(err)
	}
	if sent.Status != 1 {
		t.Fatalf("transfer status %d", sent.Status)
	}
	got, err := js.Balance(ctx, parent.HTTPURL(), recipient, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(ether) != 0 {
		t.Fatalf("recipient balance %s wei, want %s", got, ether)
	}
	// Let the transfer's block get a few blocks deep before the crash.
	waitHead(t, ctx, parent, sent.BlockNumber+3)

	// SIGKILL the parent chain and restart it on the same datadir.
	ec := dial(t, ctx, parent)
	headBefore, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txBlock, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(sent.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	ec.Close()
	if err := parent.Kill(); err != nil {
		t.Fatal(err)
	}
	restartAt := time.Now()
	if err := parent.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("parent SIGKILLed at head %d, RPC ready again in %s", headBefore, time.Since(restartAt).Round(time.Millisecond))
	ec = dial(t, ctx, parent)
	headAfter, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if headAfter+3 < headBefore {
		t.Errorf("after SIGKILL the parent chain went back from block %d to %d", headBefore, headAfter)
	}
	t.Logf("parent head after restart: %d (before kill: %d)", headAfter, headBefore)
	h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(sent.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() != txBlock.Hash() {
		t.Fatalf("block %d changed across the restart: %s -> %s", sent.BlockNumber, txBlock.Hash(), h.Hash())
	}
	rcpt, err := ec.TransactionReceipt(ctx, sent.TxHash)
	if err != nil {
		t.Fatalf("transfer receipt after restart: %v", err)
	}
	if rcpt.BlockHash != txBlock.Hash() {
		t.Fatalf("transfer moved to block %s", rcpt.BlockHash)
	}
	bal, err := ec.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(ether) != 0 {
		t.Fatalf("recipient balance after restart %s wei, want %s", bal, ether)
	}
	ec.Close()
	checkBlocksAdvance(t, ctx, parent)

	// SIGTERM the child chain: a clean stop keeps every block.
	ec = dial(t, ctx, child)
	childBefore, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ec.Close()
	if err := child.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := child.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	ec = dial(t, ctx, child)
	childAfter, err := ec.BlockNumber(ctx)
	ec.Close()
	if err != nil {
		t.Fatal(err)
	}
	if childAfter < childBefore {
		t.Errorf("after SIGTERM the child chain went back from block %d to %d", childBefore, childAfter)
	}
	waitHead(t, ctx, child, childAfter+2)
}

func dial(t *testing.T, ctx context.Context, g *harness.Geth) *ethclient.Client {
	t.Helper()
	ec, err := g.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return ec
}

// checkBlocksAdvance watches the chain for about 3 seconds: about one new
// block per second, consecutive timestamps one second apart.
func checkBlocksAdvance(t *testing.T, ctx context.Context, g *harness.Geth) {
	t.Helper()
	ec := dial(t, ctx, g)
	defer ec.Close()
	start, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Three more blocks; how soon is up to the machine's load, their
	// timestamps (the chain's own clock) say whether it keeps its period.
	var end uint64
	for deadline := time.Now().Add(30 * time.Second); end < start+3; time.Sleep(100 * time.Millisecond) {
		if end, err = ec.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %d blocks in 30 s (%d -> %d), want 3", g.Name(), end-start, start, end)
		}
	}
	prev, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(end-1))
	if err != nil {
		t.Fatal(err)
	}
	last, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(end))
	if err != nil {
		t.Fatal(err)
	}
	if last.Time-prev.Time != 1 {
		t.Errorf("%s: blocks %d and %d are %d s apart, want 1", g.Name(), end-1, end, last.Time-prev.Time)
	}
}

// waitHead waits until the chain's head is at least n.
func waitHead(t *testing.T, ctx context.Context, g *harness.Geth, n uint64) {
	t.Helper()
	for {
		h, err := g.BlockNumber(ctx)
		if err == nil && h >= n {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s: head did not reach %d (last %d, err %v)", g.Name(), n, h, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}
