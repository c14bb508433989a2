package producer

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/servicechain/servicechain/internal/devchain"
)

// sendTransfers sends n value transfers from dev account 0 through n's
// execution node and returns their hashes.
func sendTransfers(t testing.TB, node *testNode, n int) []common.Hash {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl := node.el.Client()
	nonce, err := cl.PendingNonceAt(ctx, devchain.DevAddress(0))
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	var out []common.Hash
	for i := 0; i < n; i++ {
		tx := types.MustSignNewTx(devKey(0), signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: nonce + uint64(i),
			GasTipCap: big.NewInt(1e9), GasFeeCap: big10gwei, Gas: 21000, To: &common.Address{0xee}, Value: common.Big1})
		if err := cl.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		out = append(out, tx.Hash())
	}
	return out
}

// tamperedSource serves a peer's chain with the first transaction of every
// block that has one dropped (the header is the real one).
type tamperedSource struct{ BlockSource }

func (s tamperedSource) BlockByHash(ctx context.Context, h common.Hash) (*types.Block, error) {
	b, err := s.BlockSource.BlockByHash(ctx, h)
	if err != nil || len(b.Transactions()) == 0 {
		return b, err
	}
	return types.NewBlockWithHeader(b.Header()).WithBody(types.Body{Transactions: b.Transactions()[1:], Withdrawals: b.Withdrawals()}), nil
}

// TestBootstrapFromPeerRPC: a node with an empty datadir and no devp2p peers,
// while etcd keeps only a window of 4 blocks, takes the chain from a peer's
// RPC (every block pinned to the committed log) and then follows etcd; a
// peer that serves a block whose body does not match its header is refused
// and nothing it served is imported.
func TestBootstrapFromPeerRPC(t *testing.T) {
	c := newCluster(t, time.Second)
	window := func(cfg *Config) { cfg.LogWindow = 4 }
	a := c.start("a", RoleProducer, window, nil)
	waitFor(t, 30*time.Second, "a to lead", func() bool { return a.role() == "leader" && a.head() >= 1 })
	txs := sendTransfers(t, a, 5)
	waitFor(t, 40*time.Second, "block 9 with the transfers", func() bool {
		n, err := a.el.Client().NonceAt(context.Background(), devchain.DevAddress(0), nil)
		return err == nil && n == 5 && a.head() >= 9
	})
	rcpt, err := a.el.Client().TransactionReceipt(context.Background(), txs[0])
	if err != nil {
		t.Fatal(err)
	}
	txBlock := rcpt.BlockNumber.Uint64()

	c.noPeers = true
	badRefusals := make(chan string, 4)
	bad := c.start("bad", RoleEndpoint, func(cfg *Config) {
		window(cfg)
		cfg.Bootstrap = tamperedSource{a.el.Client()}
		cfg.Logger = slog.New(refusalLog{badRefusals})
	}, nil)
	good := c.start("good", RoleProducer, func(cfg *Config) {
		window(cfg)
		cfg.Bootstrap = a.el.Client()
	}, nil)
	waitFor(t, 60*time.Second, "good to catch up from a's RPC", func() bool {
		h, _ := c.committed(t)
		return good.head()+1 >= h.Number && good.head() > 9 && good.p.healthy()
	})
	c.assertOneChain(t, a, good)
	if s := good.p.Syncing(); s != "" {
		t.Errorf("good caught up but says it is syncing: %q", s)
	}
	if n, err := good.el.Client().NonceAt(context.Background(), devchain.DevAddress(0), nil); err != nil || n != 5 {
		t.Fatalf("good: sender nonce %d (%v), want the 5 transfers", n, err)
	}
	// good is a candidate now: a handover to it works.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := a.p.Handover(ctx, "good")
	if err != nil {
		t.Fatal(err)
	}
	checkHandover(t, c, res)

	// The tampered peer: bad took the blocks before the first tampered one
	// and refused that one; it has no other way to catch up (no devp2p
	// peers, the window is gone).
	select {
	case why := <-badRefusals:
		if !strings.Contains(why, "does not match its header") {
			t.Fatalf("bootstrap from the tampering peer failed with %q; want the block refused for not matching its header", why)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("bad logged no bootstrap refusal")
	}
	if bad.head() >= txBlock {
		t.Fatalf("bad imported up to %d from a peer that tampered with block %d", bad.head(), txBlock)
	}
	c.assertOneChain(t, a, good, bad)
	if nr := bad.p.NotReady(); len(nr) == 0 {
		t.Fatal("bad reports ready")
	}
}

// TestBootstrapRefusesAnotherChain: a bootstrap whose peer's chain does not
// link to the committed block (a peer on another chain) imports nothing.
func TestBootstrapRefusesAnotherChain(t *testing.T) {
	c := newCluster(t, time.Second)
	other := newCluster(t, time.Second) // same genesis spec, other time: another chain
	a := c.start("a", RoleProducer, nil, nil)
	x := other.start("x", RoleProducer, nil, nil)
	waitFor(t, 40*time.Second, "both chains at block 4", func() bool { return a.head() >= 4 && x.head() >= 4 })
	c.noPeers = true
	refusals := make(chan string, 4)
	n := c.start("n", RoleEndpoint, func(cfg *Config) {
		cfg.Bootstrap = x.el.Client()
		cfg.Logger = slog.New(refusalLog{refusals})
	}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// The bootstrap fails (x has no block with the committed hashes) and
	// says so; the node then follows etcd: it still ends on a's chain.
	select {
	case why := <-refusals:
		if !strings.Contains(why, ErrBootstrap.Error()) {
			t.Fatalf("bootstrap from another chain failed with %q; want %v", why, ErrBootstrap)
		}
		t.Logf("refused: %s", why)
	case <-time.After(40 * time.Second):
		t.Fatal("no bootstrap refusal logged in 40 s")
	}
	waitFor(t, 40*time.Second, "n to follow the committed log", func() bool { return n.head() >= 4 })
	c.assertOneChain(t, a, n)
	// Up to date: nothing to do. The only producer stops first, so no block
	// is committed between n reaching the committed head and the call (under
	// load one was, and the bootstrap then rightly found the peer behind).
	a.stop(t)
	head, _ := c.committed(t)
	waitFor(t, 40*time.Second, "n at the committed head", func() bool { return n.head() >= head.Number })
	if err := n.p.bootstrap(ctx); err != nil {
		t.Fatalf("bootstrap of an up-to-date node: %v", err)
	}
}

// TestPauseSurvivesRestart: producer_pause writes the pause file, a node
// started with it stays paused (never campaigns), and resume removes it.
func TestPauseSurvivesRestart(t *testing.T) {
	c := newCluster(t, time.Second)
	file := filepath.Join(t.TempDir(), "paused")
	pf := func(cfg *Config) { cfg.PauseFile = file }
	a := c.start("a", RoleProducer, pf, nil)
	waitFor(t, 30*time.Second, "a to lead", func() bool { return a.role() == "leader" })
	if was, err := a.p.Pause(); !was || err != nil {
		t.Fatalf("pause: %v %v", was, err)
	}
	b, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(b), "paused") {
		t.Fatalf("pause file: %q %v", b, err)
	}
	waitFor(t, 20*time.Second, "a to stand aside", func() bool { return a.role() == "paused" })
	a.stop(t)

	a2 := c.start("a2", RoleProducer, pf, nil)
	waitFor(t, 10*time.Second, "a2 healthy with a session", func() bool {
		a2.p.mu.Lock()
		defer a2.p.mu.Unlock()
		return a2.p.health.healthy && a2.p.sess != nil
	})
	// Healthy, with a session, and still not a candidate: no election key.
	if r := a2.role(); r != "paused" || a2.p.eligible() {
		t.Fatalf("a2 started with the pause file: role %s, eligible %v", r, a2.p.eligible())
	}
	cli := c.newClient()
	defer cli.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if r, err := cli.Get(ctx, a2.p.keys.Election()+"/", clientv3.WithPrefix()); err != nil || len(r.Kvs) != 0 {
		t.Fatalf("election keys while the only candidate is paused: %v %v", r.Kvs, err)
	}
	if was, err := a2.p.Resume(); !was || err != nil {
		t.Fatalf("resume: %v %v", was, err)
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("pause file after resume: %v", err)
	}
	waitFor(t, 20*time.Second, "a2 to lead", func() bool { return a2.role() == "leader" })
}

// refusalLog is a slog handler that sends the err attribute of every
// "bootstrap from the peer failed" record to its channel (dropping what the
// channel has no room for) and discards the rest.
type refusalLog struct{ ch chan<- string }

func (h refusalLog) Enabled(context.Context, slog.Level) bool { return true }
func (h refusalLog) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h refusalLog) WithGroup(string) slog.Handler            { return h }
func (h refusalLog) Handle(_ context.Context, r slog.Record) error {
	if !strings.HasPrefix(r.Message, "bootstrap from the peer failed") {
		return nil
	}
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" {
			select {
			case h.ch <- a.Value.String():
			default:
			}
		}
		return true
	})
	return nil
}
