package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

var _ Backend = (*chain.Client)(nil)

var (
	chainID = big.NewInt(chaintest.DefaultChainID)
	sink    = common.HexToAddress("0x00000000000000000000000000000000000000cc")
)

// testChain is a dev node (blocks only on Commit) with a funded account.
type testChain struct {
	*chaintest.Node
	rich     *ecdsa.PrivateKey
	richAddr common.Address
}

func newTestChain(t *testing.T, alloc types.GenesisAlloc) *testChain {
	t.Helper()
	rich, richAddr := chaintest.NewKey(t)
	if alloc == nil {
		alloc = types.GenesisAlloc{}
	}
	alloc[richAddr] = types.Account{Balance: chaintest.Ether(1000)}
	return &testChain{Node: chaintest.NewNode(t, chaintest.Options{Alloc: alloc}), rich: rich, richAddr: richAddr}
}

// fund sends wei from the rich account to addr and mines it.
func (c *testChain) fund(t *testing.T, addr common.Address, wei *big.Int) {
	t.Helper()
	ctx := context.Background()
	nonce, err := c.Client().PendingNonceAt(ctx, c.richAddr)
	if err != nil {
		t.Fatal(err)
	}
	c.sendRaw(t, c.rich, nonce, addr, wei, gwei(2), gwei(50))
	c.Commit()
}

// sendRaw signs and sends a transfer outside any manager.
func (c *testChain) sendRaw(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value, tip, feeCap *big.Int) *types.Transaction {
	t.Helper()
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, To: &to, Value: value, Gas: 21_000, GasTipCap: tip, GasFeeCap: feeCap,
	})
	if err := c.Client().SendTransaction(context.Background(), tx); err != nil {
		t.Fatalf("sending raw tx nonce %d: %v", nonce, err)
	}
	return tx
}

// newFundedKey returns a key holding wei.
func (c *testChain) newFundedKey(t *testing.T, wei *big.Int) (*ecdsa.PrivateKey, common.Address) {
	key, addr := chaintest.NewKey(t)
	if wei.Sign() > 0 {
		c.fund(t, addr, wei)
	}
	return key, addr
}

func testConfig() Config {
	return Config{
		ChainID: chainID, MaxFeeCap: gwei(100), MaxTipCap: gwei(10), GasMarginPercent: 20,
		ResubmitAfter: time.Hour, PollInterval: 50 * time.Millisecond,
	}
}

func startManager(t *testing.T, b Backend, key *ecdsa.PrivateKey, j Journal, cfg Config) *Manager {
	t.Helper()
	m, err := New(cfg, b, key, j, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Stop)
	return m
}

// testLogger writes debug logs to the test log (shown with -v or on failure).
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func wait(t *testing.T, tx *Tx) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rcpt, err := tx.Wait(ctx)
	if err != nil {
		t.Fatalf("tx nonce %d: %v", tx.Nonce(), err)
	}
	return rcpt
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// revertCode is runtime code that reverts every call with data.
func revertCode(data []byte) []byte {
	var code []byte
	for off := 0; off < len(data); off += 32 {
		word := make([]byte, 32)
		copy(word, data[off:])
		code = append(code, 0x7f) // PUSH32 word
		code = append(code, word...)
		code = append(code, 0x60, byte(off), 0x52) // PUSH1 off MSTORE
	}
	return append(code, 0x60, byte(len(data)), 0x60, 0x00, 0xfd) // PUSH1 len PUSH1 0 REVERT
}

func TestConcurrentSends(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(10))
	m := startManager(t, c.Client(), key, nil, testConfig())

	const n = 20
	txs := make([]*Tx, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			tx, err := m.Send(context.Background(), Request{Key: "transfer", To: sink, Value: big.NewInt(int64(i + 1))})
			if err != nil {
				t.Errorf("send %d: %v", i, err)
			}
			txs[i] = tx
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	c.Commit()
	var nonces []uint64
	for _, tx := range txs {
		if rcpt := wait(t, tx); rcpt.Status != types.ReceiptStatusSuccessful {
			t.Errorf("tx nonce %d reverted", tx.Nonce())
		}
		nonces = append(nonces, tx.Nonce())
	}
	slices.Sort(nonces)
	for i, nonce := range nonces {
		if nonce != uint64(i) {
			t.Fatalf("nonces %v, want 0..%d each once", nonces, n-1)
		}
	}
	bal, _ := c.Client().BalanceAt(context.Background(), sink, nil)
	if bal.Int64() != n*(n+1)/2 {
		t.Errorf("sink balance %v, want %d", bal, n*(n+1)/2)
	}
	if s := m.Stats(); s.Sent != n || s.Mined != n || s.Pending != 0 || s.Nonce != n {
		t.Errorf("stats %+v", s)
	}
}

func TestNonceResync(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(10))
	cfg := testConfig()
	cfg.PollInterval = time.Hour // this test drives m.poll itself
	m := startManager(t, c.Client(), key, nil, cfg)
	eventually(t, "first poll", func() bool { m.mu.Lock(); defer m.mu.Unlock(); return m.nonceReady })
	ctx := context.Background()

	// Someone else uses nonce 0 of the same key: the manager's "nonce too low".
	c.sendRaw(t, key, 0, sink, big.NewInt(1), gwei(1), gwei(10))
	c.Commit()
	tx1, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if tx1.Nonce() != 1 {
		t.Fatalf("after nonce too low: nonce %d, want 1", tx1.Nonce())
	}
	// A pending tx of someone else with nonce 2 and a higher fee: "replacement
	// transaction underpriced".
	c.sendRaw(t, key, 2, sink, big.NewInt(1), gwei(50), gwei(90))
	tx3, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if tx3.Nonce() != 3 {
		t.Fatalf("after replacement underpriced: nonce %d, want 3", tx3.Nonce())
	}
	c.Commit()
	m.poll(ctx)
	for _, tx := range []*Tx{tx1, tx3} {
		if rcpt := wait(t, tx); rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("nonce %d reverted", tx.Nonce())
		}
	}
	if s := m.Stats(); s.NonceResyncs != 2 {
		t.Errorf("nonce resyncs %d, want 2", s.NonceResyncs)
	}

	// Idle: a tx sent by someone else moves the local nonce before the next Send.
	c.sendRaw(t, key, 4, sink, big.NewInt(1), gwei(1), gwei(10))
	c.Commit()
	m.poll(ctx)
	if s := m.Stats(); s.Nonce != 5 || s.NonceResyncs != 3 {
		t.Errorf("after an idle resync: nonce %d resyncs %d; want 5, 3", s.Nonce, s.NonceResyncs)
	}
}

func TestResubmitBumpsFees(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(10))
	cfg := testConfig()
	cfg.ResubmitAfter = 300 * time.Millisecond
	m := startManager(t, c.Client(), key, nil, cfg)
	ctx := context.Background()

	tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	first := tx.Transaction()
	// No block is sealed, so the tx is not mined: it must be resubmitted.
	eventually(t, "a resubmission", func() bool { return m.Stats().Resubmitted >= 1 })
	c.Commit()
	rcpt := wait(t, tx)

	hashes := tx.Hashes()
	if len(hashes) < 2 || hashes[0] != first.Hash() || !slices.Contains(hashes[1:], rcpt.TxHash) {
		t.Fatalf("hashes %v, receipt of %s: want a later version mined", hashes, rcpt.TxHash)
	}
	mined, _, err := c.Client().TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	minTip := new(big.Int).Div(new(big.Int).Mul(first.GasTipCap(), big.NewInt(110)), big.NewInt(100))
	minCap := new(big.Int).Div(new(big.Int).Mul(first.GasFeeCap(), big.NewInt(110)), big.NewInt(100))
	if mined.Nonce() != first.Nonce() || mined.GasTipCap().Cmp(minTip) < 0 || mined.GasFeeCap().Cmp(minCap) < 0 {
		t.Fatalf("mined version nonce %d tip %v cap %v; want nonce %d and fees >= 110%% of %v / %v",
			mined.Nonce(), mined.GasTipCap(), mined.GasFeeCap(), first.Nonce(), first.GasTipCap(), first.GasFeeCap())
	}
	if _, err := c.Client().TransactionReceipt(ctx, first.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("first version: %v; want no receipt (only one version mines)", err)
	}
	if nonce, _ := c.Client().NonceAt(ctx, m.Address(), nil); nonce != 1 {
		t.Fatalf("account nonce %d, want 1", nonce)
	}
}

func TestEstimateRevert(t *testing.T) {
	t.Parallel()
	customData := append(crypto.Keccak256([]byte("NonceAlreadyHandled(uint64)"))[:4], common.LeftPadBytes([]byte{7}, 32)...)
	stringType, _ := abi.NewType("string", "", nil)
	reasonArgs, _ := abi.Arguments{{Type: stringType}}.Pack("nope")
	reasonData := append(common.FromHex("0x08c379a0"), reasonArgs...)
	custom, reason := common.Address{0xc1}, common.Address{0xc2}
	c := newTestChain(t, types.GenesisAlloc{
		custom: {Code: revertCode(customData)},
		reason: {Code: revertCode(reasonData)},
	})
	key, _ := c.newFundedKey(t, chaintest.Ether(10))
	m := startManager(t, c.Client(), key, nil, testConfig())
	ctx := context.Background()

	_, err := m.Send(ctx, Request{To: custom, Data: []byte{1, 2, 3, 4}})
	var rev *RevertError
	if !errors.Is(err, ErrWouldRevert) || !errors.As(err, &rev) {
		t.Fatalf("custom error: %v; want a *RevertError matching ErrWouldRevert", err)
	}
	sel, ok := rev.Selector()
	if !slices.Equal(rev.Data, customData) || !ok || !slices.Equal(sel[:], customData[:4]) || rev.Reason != "" {
		t.Fatalf("revert data %x selector %x reason %q; want %x", rev.Data, sel, rev.Reason, customData)
	}

	_, err = m.Send(ctx, Request{To: reason})
	if !errors.As(err, &rev) || rev.Reason != "nope" || err.Error() != "transaction would revert: nope" {
		t.Fatalf("Error(string) revert: %v (reason %q)", err, rev.Reason)
	}
	if s := m.Stats(); s.WouldRevert != 2 || s.Sent != 0 || s.Pending != 0 {
		t.Fatalf("stats %+v: want 2 refused, nothing sent", s)
	}
}

func TestOutOfFundsAndTopUp(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, addr := c.newFundedKey(t, big.NewInt(1e13)) // less than 21000 gas at a few gwei
	m := startManager(t, c.Client(), key, nil, testConfig())
	ctx := context.Background()

	if _, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)}); !errors.Is(err, ErrOutOfFunds) {
		t.Fatalf("send without gas money: %v; want ErrOutOfFunds", err)
	}
	if m.Funded() {
		t.Fatal("Funded() true after ErrOutOfFunds")
	}
	if _, err := m.Send(ctx, Request{To: sink, Value: chaintest.Ether(1)}); !errors.Is(err, ErrOutOfFunds) {
		t.Fatalf("send of a value above the balance: %v; want ErrOutOfFunds", err)
	}

	c.fund(t, addr, chaintest.Ether(1))
	eventually(t, "funded after the top-up", m.Funded)
	tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatalf("send after the top-up: %v", err)
	}
	c.Commit()
	wait(t, tx)
	if s := m.Stats(); s.OutOfFunds != 2 || !s.Funded || s.Balance.Sign() <= 0 {
		t.Errorf("stats %+v", s)
	}
}

func TestMinBalance(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, addr := c.newFundedKey(t, chaintest.Ether(1))
	cfg := testConfig()
	cfg.MinBalance = chaintest.Ether(2)
	m := startManager(t, c.Client(), key, nil, cfg)
	eventually(t, "balance polled", func() bool { return m.Balance().Sign() > 0 })
	if m.Funded() {
		t.Fatal("Funded() true below MinBalance")
	}
	c.fund(t, addr, chaintest.Ether(5))
	eventually(t, "funded above MinBalance", m.Funded)
}

func TestRestartReconciles(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	ctx := context.Background()

	// sendAndStop leaves one journaled tx (not mined) behind a stopped manager.
	sendAndStop := func(key *ecdsa.PrivateKey, j Journal) *types.Transaction {
		m := startManager(t, c.Client(), key, j, testConfig())
		tx, err := m.Send(ctx, Request{Key: "vote", To: sink, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		m.Stop()
		if _, err := tx.Receipt(); !errors.Is(err, ErrStopped) {
			t.Fatalf("pending tx after Stop: %v; want ErrStopped", err)
		}
		if recs, _ := j.LoadTxs(); len(recs) != 1 || recs[0].Key != "vote" || recs[0].Hashes[0] != tx.Hash() {
			t.Fatalf("journal after Stop: %+v", recs)
		}
		return tx.Transaction()
	}
	restart := func(key *ecdsa.PrivateKey, j Journal) (*Manager, *Tx) {
		m := startManager(t, c.Client(), key, j, testConfig())
		p := m.PendingTxs()
		if len(p) != 1 {
			t.Fatalf("reconciled %d txs, want 1", len(p))
		}
		return m, p[0]
	}

	t.Run("mined while stopped", func(t *testing.T) {
		key, _ := c.newFundedKey(t, chaintest.Ether(1))
		j := NewMemoryJournal()
		sent := sendAndStop(key, j)
		c.Commit()
		_, tx := restart(key, j)
		if rcpt := wait(t, tx); rcpt.TxHash != sent.Hash() || tx.Key() != "vote" {
			t.Fatalf("receipt of %s, want %s", rcpt.TxHash, sent.Hash())
		}
		if recs, _ := j.LoadTxs(); len(recs) != 0 {
			t.Fatalf("journal not emptied: %+v", recs)
		}
	})

	t.Run("dropped while stopped", func(t *testing.T) {
		key, _ := c.newFundedKey(t, chaintest.Ether(1))
		j := NewMemoryJournal()
		sent := sendAndStop(key, j)
		c.Eth.TxPool().Clear() // the node forgot it (e.g. restarted)
		_, tx := restart(key, j)
		eventually(t, "re-broadcast", func() bool {
			_, _, err := c.Client().TransactionByHash(ctx, sent.Hash())
			return err == nil
		})
		c.Commit()
		if rcpt := wait(t, tx); rcpt.TxHash != sent.Hash() {
			t.Fatalf("receipt of %s, want %s", rcpt.TxHash, sent.Hash())
		}
	})

	t.Run("nonce taken by another tx", func(t *testing.T) {
		key, _ := c.newFundedKey(t, chaintest.Ether(1))
		j := NewMemoryJournal()
		sent := sendAndStop(key, j)
		c.Eth.TxPool().Clear()
		c.sendRaw(t, key, sent.Nonce(), common.Address{0xee}, big.NewInt(1), gwei(1), gwei(10))
		c.Commit()
		m, tx := restart(key, j)
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if _, err := tx.Wait(ctx); !errors.Is(err, ErrReplaced) {
			t.Fatalf("tx whose nonce was taken: %v; want ErrReplaced", err)
		}
		eventually(t, "nonce resync", func() bool { return m.Stats().Nonce == sent.Nonce()+1 })
		next, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		c.Commit()
		wait(t, next)
	})
}

func TestNonceGapFilled(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	// Another program's tx holds nonce 0 in the pool when the manager starts,
	// so the manager continues at nonce 1; then the pool forgets everything.
	c.sendRaw(t, key, 0, sink, big.NewInt(1), gwei(1), gwei(10))
	cfg := testConfig()
	cfg.ResubmitAfter = 300 * time.Millisecond
	m := startManager(t, c.Client(), key, nil, cfg)
	eventually(t, "first poll", func() bool { m.mu.Lock(); defer m.mu.Unlock(); return m.nonceReady })
	tx, err := m.Send(context.Background(), Request{To: sink, Value: big.NewInt(1)})
	if err != nil || tx.Nonce() != 1 {
		t.Fatalf("send: %v; want nonce 1", err)
	}
	c.Eth.TxPool().Clear()

	eventually(t, "gap fill", func() bool { return m.Stats().GapFills == 1 })
	eventually(t, "resubmission", func() bool { return m.Stats().Resubmitted >= 1 })
	c.Commit()
	if rcpt := wait(t, tx); rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("reverted")
	}
	eventually(t, "gap fill mined", func() bool { return m.Pending() == 0 })
	if s := m.Stats(); s.Mined != 2 {
		t.Fatalf("stats %+v: want the tx and the gap fill mined", s)
	}
}

// noBaseFee hides the base fee, as a chain without EIP-1559 would. The dev
// chain still accepts the manager's legacy transactions.
type noBaseFee struct{ Backend }

func (b noBaseFee) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	h, err := b.Backend.HeaderByNumber(ctx, number)
	if h != nil {
		h = types.CopyHeader(h)
		h.BaseFee = nil
	}
	return h, err
}

func TestLegacyChain(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	cfg := testConfig()
	cfg.ResubmitAfter = 300 * time.Millisecond
	m := startManager(t, noBaseFee{c.Client()}, key, nil, cfg)
	ctx := context.Background()

	tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	suggested, _ := c.Client().SuggestGasPrice(ctx)
	first := tx.Transaction()
	if first.Type() != types.LegacyTxType || first.GasPrice().Cmp(suggested) != 0 || first.ChainId().Cmp(chainID) != 0 {
		t.Fatalf("tx type %d gas price %v chain %v; want legacy at %v on chain %v", first.Type(), first.GasPrice(), first.ChainId(), suggested, chainID)
	}
	eventually(t, "a legacy resubmission", func() bool { return m.Stats().Resubmitted >= 1 })
	c.Commit()
	rcpt := wait(t, tx)
	mined, _, _ := c.Client().TransactionByHash(ctx, rcpt.TxHash)
	if mined.Type() != types.LegacyTxType || mined.GasPrice().Cmp(first.GasPrice()) <= 0 {
		t.Fatalf("mined type %d price %v; want a legacy tx above %v", mined.Type(), mined.GasPrice(), first.GasPrice())
	}
}

func TestWithChainClient(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	cc, err := chain.New(chain.Config{Name: "test", Endpoints: []string{c.WSURL()}, ChainID: chaintest.DefaultChainID,
		PollInterval: 50 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cc.Start(context.Background())
	t.Cleanup(cc.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := cc.WaitHealthy(ctx); err != nil {
		t.Fatal(err)
	}
	m := startManager(t, cc, key, nil, testConfig())
	tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	c.Commit()
	wait(t, tx)
}

func TestStopped(t *testing.T) {
	t.Parallel()
	key, _ := chaintest.NewKey(t)
	m, err := New(testConfig(), noBaseFee{}, key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Send(context.Background(), Request{}); !errors.Is(err, ErrStopped) {
		t.Fatalf("Send before Start: %v", err)
	}
	m.Stop()
	if err := m.Start(context.Background()); err == nil {
		t.Fatal("Start after Stop succeeded")
	}
}

// lossySend fails the first SendTransaction with a transport error, after
// passing it on to the node (delivered) or not.
type lossySend struct {
	Backend
	delivered bool
	failed    atomic.Bool
}

func (b *lossySend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.failed.CompareAndSwap(false, true) {
		if b.delivered {
			b.Backend.SendTransaction(ctx, tx)
		}
		return errors.New("write tcp 127.0.0.1:1->127.0.0.1:2: connection reset by peer")
	}
	return b.Backend.SendTransaction(ctx, tx)
}

func TestSendFailsInTransit(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	for _, delivered := range []bool{false, true} {
		key, _ := c.newFundedKey(t, chaintest.Ether(1))
		m := startManager(t, &lossySend{Backend: c.Client(), delivered: delivered}, key, nil, testConfig())
		tx, err := m.Send(context.Background(), Request{To: sink, Value: big.NewInt(1)})
		if err != nil {
			t.Fatalf("delivered=%v: a transport error must leave the tx to the poll loop, got %v", delivered, err)
		}
		eventually(t, "re-broadcast", func() bool {
			_, _, err := c.Client().TransactionByHash(context.Background(), tx.Hash())
			return err == nil
		})
		c.Commit()
		wait(t, tx)
		if s := m.Stats(); s.Sent != 1 || s.RPCErrors == 0 {
			t.Fatalf("delivered=%v: stats %+v", delivered, s)
		}
	}
}
