package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

// TestAgreedReceipt: a lying endpoint (chaintest.Liar) claims a receipt for a
// transaction the honest endpoint of the same chain never saw. With the
// default agreement (2 of 2) the receipt is refused, the disagreement is
// counted and logged with both answers, and after DisagreementLimit of them
// the chain is not ready. A real transaction's receipt, which both return, is
// agreed; a transaction neither knows is agreed not found.
func TestAgreedReceipt(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(10)}, logAddr: {Code: logCode}}})
	liar := chaintest.NewLiar(t, n.HTTPURL())
	var logs bytes.Buffer
	cfg := chain.Config{Name: "parent", Endpoints: []string{liar.URL(), n.HTTPURL()}, ChainID: chaintest.DefaultChainID,
		PollInterval: 50 * time.Millisecond, RetryInterval: 100 * time.Millisecond, DisagreementLimit: 3}
	c, err := chain.New(cfg, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	t.Cleanup(c.Close)
	if c.MinAgreement() != 2 {
		t.Fatalf("MinAgreement with two endpoints = %d, want the default 2", c.MinAgreement())
	}
	ctx := context.Background()

	// A real transaction: both endpoints return its receipt.
	tx := sealLogTx(t, n, key)
	eventually(t, "both endpoints at block 1", func() bool {
		eps := c.Endpoints()
		return eps[0].Head >= 1 && eps[1].Head >= 1
	})
	r, err := c.AgreedReceipt(ctx, tx.Hash(), 1)
	if err != nil || r.TxHash != tx.Hash() || len(r.Logs) != 1 {
		t.Fatalf("AgreedReceipt of a real tx = %+v, %v", r, err)
	}
	if _, err := c.AgreedReceipt(ctx, common.Hash{0x77}, 0); !errors.Is(err, ethereum.NotFound) || errors.Is(err, chain.ErrNoAgreement) {
		t.Fatalf("AgreedReceipt of a tx neither knows: %v; want ethereum.NotFound", err)
	}
	if c.Disagreements() != 0 || len(c.NotReady()) != 0 {
		t.Fatalf("honest answers: %d disagreements, not ready %v", c.Disagreements(), c.NotReady())
	}

	// The fabricated one: a receipt with a log at the real block 1.
	head, err := n.Client().HeaderByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	fakeTx := common.HexToHash("0xfa4e")
	fake := &types.Receipt{Type: 2, Status: 1, TxHash: fakeTx, BlockHash: head.Hash(), BlockNumber: big.NewInt(1), Logs: []*types.Log{{
		Address: logAddr, Topics: []common.Hash{{0x01}}, Data: []byte{1, 2, 3}, BlockNumber: 1, BlockHash: head.Hash(), TxHash: fakeTx, Index: 1,
	}}}
	liar.Fabricate(fake)
	if got, err := c.TransactionReceipt(ctx, fakeTx); err != nil || got.BlockHash != head.Hash() {
		t.Fatalf("the liar, asked alone, is believed: %+v, %v (the test needs it first)", got, err)
	}
	for i := 1; i <= 3; i++ {
		_, err := c.AgreedReceipt(ctx, fakeTx, 1)
		if !errors.Is(err, chain.ErrNoAgreement) {
			t.Fatalf("AgreedReceipt of the fabricated tx: %v; want ErrNoAgreement", err)
		}
		if c.Disagreements() != uint64(i) {
			t.Fatalf("after %d checks: %d disagreements", i, c.Disagreements())
		}
		if nr := c.NotReady(); (i < 3) != (len(nr) == 0) {
			t.Fatalf("after %d disagreements (limit 3): not ready %v", i, nr)
		}
	}
	if nr := c.NotReady(); !strings.Contains(nr[0], "parent endpoints disagree: 3 differing answers") {
		t.Errorf("NotReady = %q", nr)
	}
	text := logs.String()
	if !strings.Contains(text, "endpoints disagree") || !strings.Contains(text, liar.URL()+": block 1 "+head.Hash().Hex()) ||
		!strings.Contains(text, n.HTTPURL()+": no such receipt") {
		t.Errorf("the log does not show both answers:\n%s", text)
	}
	if strings.Count(text, "endpoints disagree") != 1 {
		t.Errorf("an unchanged disagreement about one tx is logged once per %s, got:\n%s", 30*time.Second, text)
	}

	// One endpoint alone cannot reach an agreement of two.
	one := newClient(t, chain.Config{Endpoints: []string{n.HTTPURL(), liar.URL()}, MinEndpointAgreement: 2})
	eventually(t, "one endpoint healthy", func() bool { return one.Endpoints()[0].Healthy })
	liar.Close()
	eventually(t, "the liar down", func() bool { return !one.Endpoints()[1].Healthy })
	if _, err := one.AgreedReceipt(ctx, tx.Hash(), 1); !errors.Is(err, chain.ErrNoAgreement) || !strings.Contains(err.Error(), "1 of 2 endpoints usable") {
		t.Fatalf("with one of two endpoints up: %v; want ErrNoAgreement", err)
	}
	if _, err := chain.New(chain.Config{Name: "x", Endpoints: []string{"ws://a:1"}, MinEndpointAgreement: 2}, nil); err == nil ||
		!strings.Contains(err.Error(), "min endpoint agreement 2: expected 1 to the number of endpoints (1)") {
		t.Fatalf("agreement above the endpoint count: %v", err)
	}
}

// sealLogTx sends a transaction from key that emits one log (logAddr) and
// seals it in n's next block.
func sealLogTx(t *testing.T, n *chaintest.Node, key *ecdsa.PrivateKey) *types.Transaction {
	t.Helper()
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.DefaultChainID))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(chaintest.DefaultChainID), To: &logAddr, Gas: 50_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9)})
	if err := n.Client().SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	n.Commit()
	return tx
}

// polledOnce starts a client that polls its endpoints' heads once (then an
// hour later) and waits until every endpoint has answered that poll.
func polledOnce(t *testing.T, cfg chain.Config) *chain.Client {
	t.Helper()
	cfg.PollInterval = time.Hour
	c, err := chain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	t.Cleanup(c.Close)
	eventually(t, "every endpoint polled once", func() bool {
		for _, e := range c.Endpoints() {
			if !e.Healthy {
				return false
			}
		}
		return true
	})
	return c
}

// scriptedEndpoint is a JSON-RPC server whose eth_blockNumber answers are
// blockNumber's: it is given the call's count (1 for the first) and returns
// the head, or blocks until the request ends when hang is true. Every other
// method hangs.
func scriptedEndpoint(t *testing.T, blockNumber func(call int32) (head string, hang bool)) string {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		if req.Method == "eth_blockNumber" {
			if head, hang := blockNumber(calls.Add(1)); !hang {
				fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%q}`, req.ID, head)
				return
			}
		}
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestAgreedReceiptReadsLaggingHeads: endpoints polled an hour apart still
// agree on a receipt in the block sealed after their last poll. The caller
// saw the block, so agreeOn reads the heads it has not polled yet instead of
// counting those endpoints out until the next poll (issue 14: half a second
// per request with the 1 s default).
func TestAgreedReceiptReadsLaggingHeads(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(10)}, logAddr: {Code: logCode}}})
	other := chaintest.NewLiar(t, n.HTTPURL()) // fabricates nothing: a second honest endpoint
	c := polledOnce(t, chain.Config{Name: "parent", Endpoints: []string{n.HTTPURL(), other.URL()}, ChainID: chaintest.DefaultChainID})
	tx := sealLogTx(t, n, key)
	if eps := c.Endpoints(); eps[0].Head != 0 || eps[1].Head != 0 {
		t.Fatalf("polled heads %d and %d before the check; the test needs both at 0", eps[0].Head, eps[1].Head)
	}
	ctx := context.Background()
	if r, err := c.AgreedReceipt(ctx, tx.Hash(), 1); err != nil || r.TxHash != tx.Hash() {
		t.Fatalf("AgreedReceipt in the block after the last poll = %+v, %v; want the receipt", r, err)
	}
	if eps := c.Endpoints(); eps[0].Head != 1 || eps[1].Head != 1 {
		t.Errorf("heads after the check %d and %d; want both read again (1)", eps[0].Head, eps[1].Head)
	}
	if _, err := c.AgreedBlockReceipts(ctx, 2); !errors.Is(err, chain.ErrNoAgreement) || !strings.Contains(err.Error(), "0 of 2 endpoints usable at block 2") {
		t.Fatalf("a block neither endpoint has, read again: %v; want ErrNoAgreement", err)
	}
}

// TestAgreedReceiptHungEndpoint: an endpoint that answered its first poll
// and then stopped answering delays an agreement by the head read's bound
// (half a second), not by CallTimeout, and is counted out; the other
// endpoint's answer stands (MinEndpointAgreement 1).
func TestAgreedReceiptHungEndpoint(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(10)}, logAddr: {Code: logCode}}})
	hung := scriptedEndpoint(t, func(call int32) (string, bool) { return "0x0", call > 1 })
	c := polledOnce(t, chain.Config{Name: "parent", Endpoints: []string{hung, n.HTTPURL()}, MinEndpointAgreement: 1, CallTimeout: 30 * time.Second})
	tx := sealLogTx(t, n, key)
	start := time.Now()
	r, err := c.AgreedReceipt(context.Background(), tx.Hash(), 1)
	if err != nil || r.TxHash != tx.Hash() {
		t.Fatalf("AgreedReceipt with one endpoint hung = %+v, %v; want the other's receipt", r, err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("AgreedReceipt took %s with an endpoint hung; want about half a second, not the 30 s call timeout", took)
	}
}

// TestAgreedReceiptsShareHeadReads: eight agreements asked at once about a
// block a lagging endpoint has not reached share its head reads (one
// eth_blockNumber in flight per endpoint): the endpoint answers in 300 ms
// and stays behind, so without sharing it would be asked eight times.
func TestAgreedReceiptsShareHeadReads(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(10)}, logAddr: {Code: logCode}}})
	var reads atomic.Int32
	slow := scriptedEndpoint(t, func(call int32) (string, bool) {
		if call > 1 { // after the poll
			reads.Add(1)
			time.Sleep(300 * time.Millisecond)
		}
		return "0x0", false
	})
	c := polledOnce(t, chain.Config{Name: "parent", Endpoints: []string{n.HTTPURL(), slow}, MinEndpointAgreement: 1})
	tx := sealLogTx(t, n, key)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = c.AgreedReceipt(context.Background(), tx.Hash(), 1)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("agreement %d: %v", i, err)
		}
	}
	// One read shared by all; a second only for a call that checked the
	// head just before the first read ended and asked just after.
	if got := reads.Load(); got < 1 || got > 2 {
		t.Errorf("the lagging endpoint's head was read %d times for 8 concurrent agreements; want 1 (2 at most)", got)
	}
}

// TestAgreedBlockReceipts: the receipts of a real block, which both
// endpoints return, are agreed (one eth_getBlockReceipts per endpoint); a
// block neither has is agreed not found; a receipt the lying endpoint adds to
// the block is a disagreement (ErrNoAgreement, counted), not a receipt.
func TestAgreedBlockReceipts(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(10)}, logAddr: {Code: logCode}}})
	liar := chaintest.NewLiar(t, n.HTTPURL())
	c := newClient(t, chain.Config{Endpoints: []string{liar.URL(), n.HTTPURL()}})
	ctx := context.Background()
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.DefaultChainID))
	var txs []*types.Transaction
	for i := range 3 {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(chaintest.DefaultChainID), Nonce: uint64(i), To: &logAddr,
			Gas: 50_000, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9)})
		if err := n.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	n.Commit()
	eventually(t, "both endpoints at block 1", func() bool {
		eps := c.Endpoints()
		return eps[0].Head >= 1 && eps[1].Head >= 1
	})
	rs, err := c.AgreedBlockReceipts(ctx, 1)
	if err != nil || len(rs) != len(txs) {
		t.Fatalf("AgreedBlockReceipts of block 1 = %d receipts, %v; want %d", len(rs), err, len(txs))
	}
	for i, r := range rs {
		if r.TxHash != txs[i].Hash() || len(r.Logs) != 1 || r.BlockNumber.Uint64() != 1 {
			t.Fatalf("receipt %d: %+v", i, r)
		}
	}
	if _, err := c.AgreedBlockReceipts(ctx, 0); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the genesis block (no transactions): %v; want ethereum.NotFound", err)
	}
	if _, err := c.AgreedBlockReceipts(ctx, 99); !errors.Is(err, chain.ErrNoAgreement) || !strings.Contains(err.Error(), "0 of 2 endpoints usable") {
		t.Fatalf("a block above both heads: %v; want ErrNoAgreement (no endpoint there yet)", err)
	}
	if c.Disagreements() != 0 {
		t.Fatalf("honest answers: %d disagreements", c.Disagreements())
	}

	fakeTx := common.HexToHash("0xfa4e")
	liar.Fabricate(&types.Receipt{Type: 2, Status: 1, TxHash: fakeTx, BlockHash: rs[0].BlockHash, BlockNumber: big.NewInt(1), Logs: []*types.Log{{
		Address: logAddr, Topics: []common.Hash{{0x01}}, Data: []byte{1}, BlockNumber: 1, BlockHash: rs[0].BlockHash, TxHash: fakeTx, Index: 3,
	}}})
	if _, err := c.AgreedBlockReceipts(ctx, 1); !errors.Is(err, chain.ErrNoAgreement) || !strings.Contains(err.Error(), "4 receipts") {
		t.Fatalf("block 1 with a fabricated receipt at one endpoint: %v; want ErrNoAgreement showing its 4 receipts", err)
	}
	if c.Disagreements() != 1 {
		t.Fatalf("disagreements %d, want 1", c.Disagreements())
	}
	if liar.Calls("eth_getBlockReceipts") != 3 {
		t.Errorf("the liar was asked eth_getBlockReceipts %d times, want once per AgreedBlockReceipts of a block at or below its head (3: block 99 is not asked)", liar.Calls("eth_getBlockReceipts"))
	}
}

// TestEndpointSecretsNeverShown: an endpoint URL with a password, a key in
// the path and one in the query is shown redacted in Endpoints (the status
// and metric labels), in call errors and in the log.
func TestEndpointSecretsNeverShown(t *testing.T) {
	t.Parallel()
	const raw = "http://user7:pw-5ecret@127.0.0.1:1/v3/SECRETKEY0123?key=QS3CRET"
	var logs lockedBuffer
	c, err := chain.New(chain.Config{Name: "parent", Endpoints: []string{raw}, PollInterval: 50 * time.Millisecond, RetryInterval: 50 * time.Millisecond},
		slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	defer c.Close()
	eventually(t, "the endpoint marked down", func() bool { return c.Endpoints()[0].LastError != "" })
	_, callErr := c.BlockNumber(context.Background())
	_, newErr := chain.New(chain.Config{Name: "parent", Endpoints: []string{raw, raw}}, nil)
	st := c.Endpoints()[0]
	for what, text := range map[string]string{"status URL": st.URL, "status error": st.LastError, "call error": callErr.Error(),
		"config error": newErr.Error(), "log": logs.String(), "active": c.ActiveEndpoint()} {
		for _, secret := range []string{"pw-5ecret", "SECRETKEY0123", "QS3CRET", "user7"} {
			if strings.Contains(text, secret) {
				t.Errorf("%s shows %q: %s", what, secret, text)
			}
		}
	}
	if st.URL != "http://redacted@127.0.0.1:1/v3/***?key=***" || !strings.Contains(callErr.Error(), st.URL) {
		t.Errorf("status URL %q, call error %v", st.URL, callErr)
	}
}

// lockedBuffer is a bytes.Buffer safe for a logger writing while the test
// reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
