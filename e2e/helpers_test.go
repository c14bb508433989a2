//go:build e2e

package e2e

import (
	"context"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/e2e/harness"
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
