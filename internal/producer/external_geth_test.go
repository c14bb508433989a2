//go:build e2e

package producer

import (
	"context"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/engine"
	"github.com/servicechain/servicechain/internal/execution"
)

// TestExternalGeth: the same producer drives a standalone geth v1.16.7 over
// its JWT-authenticated authrpc (initialised from our genesis file, so it
// computes the same genesis hash), an embedded endpoint follows it, and a
// planned handover moves production to an embedded producer and back with
// no missed slot.
func TestExternalGeth(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bin, err := harness.BuildGeth(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := newCluster(t, time.Second)
	dir := t.TempDir()
	gpath := filepath.Join(dir, "genesis.json")
	if err := execution.WriteGenesisFile(gpath, c.genesis); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "geth")
	if out, err := exec.CommandContext(ctx, bin, "init", "--datadir", data, gpath).CombinedOutput(); err != nil {
		t.Fatalf("geth init: %v\n%s", err, out)
	}
	jwt := filepath.Join(dir, "jwt.hex")
	if _, err := engine.GenerateJWTSecret(jwt); err != nil {
		t.Fatal(err)
	}
	ports, err := harness.FreePorts(2)
	if err != nil {
		t.Fatal(err)
	}
	proc, err := harness.StartProc(harness.ProcSpec{Name: "geth", Path: bin, LogDir: dir, Args: []string{
		"--datadir", data, "--networkid", strconv.Itoa(testChainID), "--syncmode", "full",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(ports[0]), "--authrpc.jwtsecret", jwt,
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(ports[1]), "--http.api", "eth,net",
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--miner.recommit", "250ms",
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer proc.Close()
	authURL := fmt.Sprintf("http://127.0.0.1:%d", ports[0])
	eng, err := engine.DialJWTFile(ctx, authURL, jwt)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	waitFor(t, 60*time.Second, "geth's authrpc", func() bool {
		_, err := eng.ExchangeCapabilities(ctx, nil)
		return err == nil || !proc.Running()
	})
	if !proc.Running() {
		t.Fatalf("geth exited: %s", proc.LogTail(3000))
	}
	g0, err := eng.HeaderByNumber(ctx, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	if g0.Hash() != c.genesis.ToBlock().Hash() {
		t.Fatalf("geth v1.16.7 genesis %s, ours %s", g0.Hash(), c.genesis.ToBlock().Hash())
	}

	cli := c.newClient()
	p, err := New(Config{Name: "geth", ChainConfig: c.genesis.Config, Logger: testLogger("geth")}, cli, eng)
	if err != nil {
		t.Fatal(err)
	}
	pctx, pcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(pctx) }()
	defer func() {
		pcancel()
		if err := <-done; err != nil {
			t.Errorf("geth's producer: %v", err)
		}
		cli.Close()
	}()
	waitFor(t, 30*time.Second, "geth's producer to lead", func() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.role == "leader" })
	e := c.start("e", RoleEndpoint, nil, nil)
	b := c.start("b", RoleProducer, nil, nil)
	waitFor(t, 30*time.Second, "e at block 3", func() bool { return e.head() >= 3 && b.p.healthy() })

	res, err := p.Handover(ctx, "b")
	if err != nil {
		t.Fatal(err)
	}
	checkHandover(t, c, res)
	waitFor(t, 20*time.Second, "geth's producer healthy", func() bool { return p.healthy() })
	res, err = b.p.Handover(ctx, "geth")
	if err != nil {
		t.Fatal(err)
	}
	checkHandover(t, c, res)
	waitFor(t, 20*time.Second, "two blocks by geth", func() bool { return e.head() >= res.Number+2 })

	// geth's chain (over its public HTTP) is the endpoint's chain.
	gc, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", ports[1]))
	if err != nil {
		t.Fatal(err)
	}
	defer gc.Close()
	for i := uint64(0); i <= res.Number+1; i++ {
		h, err := gc.HeaderByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if want := e.el.Backend().BlockChain().GetCanonicalHash(i); h.Hash() != want {
			t.Fatalf("block %d: geth %s, endpoint %s", i, h.Hash(), want)
		}
	}
	c.assertOneChain(t, e, b)
}
