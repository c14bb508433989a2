package chain_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
	"github.com/servicechain/servicechain/internal/netfault"
)

// Contracts installed at genesis, as runtime code.
var (
	// revertAddr reverts every call with the 32-byte word 0x...2a as revert data:
	// PUSH1 0x2a PUSH1 0 MSTORE PUSH1 32 PUSH1 0 REVERT
	revertAddr = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	revertCode = common.FromHex("602a60005260206000fd")
	// logAddr emits an empty LOG0 on every call: PUSH1 0 PUSH1 0 LOG0 STOP
	logAddr = common.HexToAddress("0x00000000000000000000000000000000000000bb")
	logCode = common.FromHex("60006000a000")
)

// newProxy puts a fault proxy in front of n's WebSocket endpoint, closed at
// test end; down starts it refusing connections.
func newProxy(t *testing.T, n *chaintest.Node, down bool) *netfault.Proxy {
	t.Helper()
	p, err := netfault.New(strings.TrimPrefix(n.WSURL(), "ws://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	if down {
		p.Down()
	}
	return p
}

// newClient builds and starts a client with fast polling, closed at test end.
func newClient(t *testing.T, cfg chain.Config) *chain.Client {
	t.Helper()
	if cfg.Name == "" {
		cfg.Name = "test"
	}
	cfg.PollInterval = 50 * time.Millisecond
	cfg.RetryInterval = 100 * time.Millisecond
	cfg.CallTimeout = 2 * time.Second
	c, err := chain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	t.Cleanup(c.Close)
	return c
}

func waitHealthy(t *testing.T, c *chain.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.WaitHealthy(ctx); err != nil {
		t.Fatalf("client never became healthy: %v; endpoints %+v", err, c.Endpoints())
	}
}

// eventually polls cond every 20ms for up to 10s.
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

func TestNewRejectsBadConfig(t *testing.T) {
	t.Parallel()
	cases := []struct {
		cfg  chain.Config
		want string
	}{
		{chain.Config{Name: "parent", Endpoints: []string{"ws://a:1", "htp://x"}},
			`chain "parent": endpoints[1] "htp://x": expected a ws://, wss://, http:// or https:// URL`},
		{chain.Config{Name: "parent", Endpoints: []string{"http://"}}, `endpoints[0] "http://": no host`},
		{chain.Config{Name: "parent", Endpoints: []string{"localhost:8545"}}, `endpoints[0] "localhost:8545": expected a ws://`},
		{chain.Config{Name: "parent"}, `chain "parent": no endpoints`},
		{chain.Config{Endpoints: []string{"ws://a:1"}}, `name is empty`},
		{chain.Config{Name: "child", Endpoints: []string{"ws://a:1", "ws://a:1"}}, `endpoints[1] "ws://a:1": same URL as endpoints[0]`},
		{chain.Config{Name: "child", Endpoints: []string{"ws://a:1"}, CallTimeout: -time.Second}, `call timeout -1s is negative`},
	}
	for _, tc := range cases {
		_, err := chain.New(tc.cfg, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%+v) = %v, want error containing %q", tc.cfg, err, tc.want)
		}
	}
}

func TestDeadEndpointFromStart(t *testing.T) {
	t.Parallel()
	n := chaintest.NewNode(t, chaintest.Options{})
	dead := newProxy(t, n, true)
	c := newClient(t, chain.Config{Endpoints: []string{dead.URL("ws"), n.WSURL()}, ChainID: chaintest.DefaultChainID})
	waitHealthy(t, c)

	n.CommitN(2)
	got, err := c.BlockNumber(context.Background())
	if err != nil || got != 2 {
		t.Fatalf("BlockNumber = %d, %v; want 2", got, err)
	}
	if c.ActiveEndpoint() != n.WSURL() {
		t.Errorf("active endpoint %q, want %q", c.ActiveEndpoint(), n.WSURL())
	}
	eps := c.Endpoints()
	if eps[0].Healthy || eps[0].LastError == "" || !eps[1].Healthy || !eps[1].Active {
		t.Errorf("endpoint status %+v: want [0] down with an error, [1] healthy and active", eps)
	}
}

func TestFailoverWhenActiveEndpointDies(t *testing.T) {
	t.Parallel()
	// Two separate nodes with the same genesis: a is active; b is 3 blocks ahead
	// (within MaxEndpointLag), which tells us which one answered.
	a := chaintest.NewNode(t, chaintest.Options{})
	b := chaintest.NewNode(t, chaintest.Options{})
	b.CommitN(3)
	c := newClient(t, chain.Config{Endpoints: []string{a.HTTPURL(), b.WSURL()}})
	eventually(t, "both endpoints healthy", func() bool {
		eps := c.Endpoints()
		return eps[0].Healthy && eps[1].Healthy
	})
	ctx := context.Background()
	if got, err := c.BlockNumber(ctx); err != nil || got != 0 {
		t.Fatalf("before the kill: BlockNumber = %d, %v; want 0 from the first node", got, err)
	}

	a.Close()
	// The very next call fails over within the call, without waiting for a poll.
	if got, err := c.BlockNumber(ctx); err != nil || got != 3 {
		t.Fatalf("after the kill: BlockNumber = %d, %v; want 3 from the second node", got, err)
	}
	if c.ActiveEndpoint() != b.WSURL() {
		t.Errorf("active endpoint %q, want %q", c.ActiveEndpoint(), b.WSURL())
	}
	if st := c.Endpoints()[0]; st.Healthy || st.LastError == "" {
		t.Errorf("dead endpoint status %+v: want unhealthy with an error", st)
	}
}

func TestReturnsToFirstEndpoint(t *testing.T) {
	t.Parallel()
	n := chaintest.NewNode(t, chaintest.Options{})
	first := newProxy(t, n, false)
	c := newClient(t, chain.Config{Endpoints: []string{first.URL("ws"), n.HTTPURL()}})
	eventually(t, "first endpoint active, second healthy", func() bool {
		return c.ActiveEndpoint() == first.URL("ws") && c.Endpoints()[1].Healthy
	})

	first.Down()
	if _, err := c.BlockNumber(context.Background()); err != nil {
		t.Fatalf("call during outage: %v", err)
	}
	if c.ActiveEndpoint() != n.HTTPURL() {
		t.Fatalf("active endpoint during outage %q, want %q", c.ActiveEndpoint(), n.HTTPURL())
	}
	if err := first.Restore(); err != nil {
		t.Fatal(err)
	}
	eventually(t, "first endpoint active again", func() bool { return c.ActiveEndpoint() == first.URL("ws") })
}

func TestChainComesUpLater(t *testing.T) {
	t.Parallel()
	n := chaintest.NewNode(t, chaintest.Options{})
	p := newProxy(t, n, true)
	c := newClient(t, chain.Config{Endpoints: []string{p.URL("ws")}})

	time.Sleep(200 * time.Millisecond) // a few dial attempts
	if c.Healthy() {
		t.Fatal("healthy while the only endpoint is down")
	}
	_, err := c.BlockNumber(context.Background())
	if !errors.Is(err, chain.ErrNoEndpoint) || !strings.Contains(err.Error(), p.URL("ws")) {
		t.Fatalf("call while down: %v; want ErrNoEndpoint naming the endpoint", err)
	}

	if err := p.Restore(); err != nil {
		t.Fatal(err)
	}
	waitHealthy(t, c)
	if _, err := c.BlockNumber(context.Background()); err != nil {
		t.Fatalf("call after the chain came up: %v", err)
	}
}

func TestChainIDMismatch(t *testing.T) {
	t.Parallel()
	wrong := chaintest.NewNode(t, chaintest.Options{ChainID: 5})
	right := chaintest.NewNode(t, chaintest.Options{ChainID: 7})
	c := newClient(t, chain.Config{Name: "child", Endpoints: []string{wrong.WSURL(), right.HTTPURL()}, ChainID: 7})
	waitHealthy(t, c)

	id, err := c.ChainID(context.Background())
	if err != nil || id.Uint64() != 7 {
		t.Fatalf("ChainID = %v, %v; want 7 from the right endpoint", id, err)
	}
	st := c.Endpoints()[0]
	if st.Healthy || !strings.Contains(st.LastError, "serves chain id 5, expected 7") {
		t.Fatalf("wrong-chain endpoint status %+v: want unhealthy with a chain id error", st)
	}

	only := newClient(t, chain.Config{Name: "child", Endpoints: []string{wrong.WSURL()}, ChainID: 7})
	eventually(t, "chain id error", func() bool { return only.Endpoints()[0].LastError != "" })
	_, err = only.BlockNumber(context.Background())
	if !errors.Is(err, chain.ErrNoEndpoint) || !strings.Contains(err.Error(), "serves chain id 5, expected 7") {
		t.Fatalf("call with only a wrong-chain endpoint: %v", err)
	}
}

func TestLaggingEndpointSkipped(t *testing.T) {
	t.Parallel()
	behind := chaintest.NewNode(t, chaintest.Options{})
	ahead := chaintest.NewNode(t, chaintest.Options{})
	ahead.CommitN(6)
	c := newClient(t, chain.Config{Endpoints: []string{behind.WSURL(), ahead.WSURL()}, MaxEndpointLag: 5})
	eventually(t, "lagging endpoint skipped", func() bool {
		eps := c.Endpoints()
		return eps[0].Healthy && eps[0].Lagging && eps[1].Active
	})
	if got, _ := c.BlockNumber(context.Background()); got != 6 {
		t.Fatalf("BlockNumber = %d, want 6 from the endpoint that is not lagging", got)
	}
	behind.CommitN(4) // now 2 behind: usable and preferred again
	eventually(t, "first endpoint preferred again", func() bool { return c.ActiveEndpoint() == behind.WSURL() })
}

func TestSafeHead(t *testing.T) {
	t.Parallel()
	n := chaintest.NewNode(t, chaintest.Options{})
	ctx := context.Background()
	conf := newClient(t, chain.Config{Endpoints: []string{n.WSURL()}, Confirmations: 3})
	fin := newClient(t, chain.Config{Endpoints: []string{n.WSURL()}, Finalized: true})
	waitHealthy(t, conf)
	waitHealthy(t, fin)

	n.CommitN(2)
	if got, err := conf.SafeHead(ctx); err != nil || got != 0 {
		t.Fatalf("SafeHead at head 2 with 3 confirmations = %d, %v; want 0 (no underflow)", got, err)
	}
	n.CommitN(38)
	if got, err := conf.SafeHead(ctx); err != nil || got != 37 {
		t.Fatalf("SafeHead at head 40 with 3 confirmations = %d, %v; want 37", got, err)
	}
	want, err := n.Client().HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := fin.SafeHead(ctx); err != nil || got != want.Number.Uint64() || got == 0 || got >= 40 {
		t.Fatalf("SafeHead with finalized = %d, %v; want the finalized block %d", got, err, want.Number)
	}
}

func TestNodeErrorsAreNotFailedOver(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	alloc := types.GenesisAlloc{
		addr:       {Balance: chaintest.Ether(10)},
		revertAddr: {Code: revertCode},
		logAddr:    {Code: logCode},
	}
	n := chaintest.NewNode(t, chaintest.Options{Alloc: alloc})
	c := newClient(t, chain.Config{Endpoints: []string{n.WSURL(), n.HTTPURL()}})
	waitHealthy(t, c)
	ctx := context.Background()

	// A revert comes back as the node's error with its data.
	_, err := c.CallContract(ctx, ethereum.CallMsg{To: &revertAddr}, nil)
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("CallContract on a reverting contract: %v; want an rpc.DataError", err)
	}
	if data, _ := de.ErrorData().(string); hexutil.MustDecode(data)[31] != 0x2a {
		t.Fatalf("revert data %v, want the word 0x..2a", de.ErrorData())
	}

	// A mined tx through bind.WaitMined (DeployBackend), then the same nonce again.
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.DefaultChainID))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(chaintest.DefaultChainID), Nonce: 0, To: &logAddr, Gas: 50_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9),
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	n.Commit()
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if rcpt, err := bind.WaitMined(wctx, c, tx.Hash()); err != nil || rcpt.Status != 1 || len(rcpt.Logs) != 1 {
		t.Fatalf("WaitMined = %+v, %v", rcpt, err)
	}
	again := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(chaintest.DefaultChainID), Nonce: 0, To: &addr, Gas: 21_000,
		GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(20e9),
	})
	err = c.SendTransaction(ctx, again)
	if err == nil || !strings.Contains(err.Error(), "nonce too low") || errors.Is(err, chain.ErrNoEndpoint) {
		t.Fatalf("resending nonce 0: %v; want the node's \"nonce too low\" unchanged", err)
	}
	if _, err := c.TransactionReceipt(ctx, common.Hash{1}); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("receipt of an unknown tx: %v; want ethereum.NotFound", err)
	}
	if eps := c.Endpoints(); !eps[0].Healthy || !eps[0].Active {
		t.Fatalf("node errors marked the endpoint down: %+v", eps)
	}
}

func TestSubscribeFilterLogs(t *testing.T) {
	t.Parallel()
	key, from := chaintest.NewKey(t)
	alloc := types.GenesisAlloc{
		from:    {Balance: chaintest.Ether(10)},
		logAddr: {Code: logCode},
	}
	n := chaintest.NewNode(t, chaintest.Options{Alloc: alloc})
	ctx := context.Background()

	httpOnly := newClient(t, chain.Config{Endpoints: []string{n.HTTPURL()}})
	waitHealthy(t, httpOnly)
	if _, err := httpOnly.SubscribeFilterLogs(ctx, ethereum.FilterQuery{}, make(chan types.Log)); !errors.Is(err, chain.ErrNoEndpoint) {
		t.Fatalf("subscribe over HTTP only: %v; want ErrNoEndpoint", err)
	}

	c := newClient(t, chain.Config{Endpoints: []string{n.HTTPURL(), n.WSURL()}})
	eventually(t, "both endpoints healthy", func() bool { return c.Endpoints()[1].Healthy })
	logs := make(chan types.Log, 1)
	sub, err := c.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{logAddr}}, logs)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.DefaultChainID))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(chaintest.DefaultChainID), To: &logAddr, Gas: 50_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9),
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	n.Commit()
	select {
	case l := <-logs:
		if l.TxHash != tx.Hash() {
			t.Fatalf("log from tx %s, want %s", l.TxHash, tx.Hash())
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(10 * time.Second):
		t.Fatal("no log delivered")
	}
}

// TestBatchCallContract: calls in one JSON-RPC batch come back by index, a
// revert as that item's error (with its data), and a batch above
// MaxBatchCalls is refused before anything is sent.
func TestBatchCallContract(t *testing.T) {
	t.Parallel()
	echoAddr := common.HexToAddress("0x00000000000000000000000000000000000000ec")
	echoCode := common.FromHex("365f5f37365ff3") // return the calldata
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{echoAddr: {Code: echoCode}, revertAddr: {Code: revertCode}}})
	c := newClient(t, chain.Config{Endpoints: []string{n.HTTPURL()}})
	waitHealthy(t, c)
	msgs := []ethereum.CallMsg{{To: &echoAddr, Data: []byte{0xab}}, {To: &revertAddr}, {To: &echoAddr, Data: []byte{0xcd, 0xef}}}
	data, errs, err := c.BatchCallContract(context.Background(), msgs)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data[0], []byte{0xab}) || errs[0] != nil || !bytes.Equal(data[2], []byte{0xcd, 0xef}) || errs[2] != nil {
		t.Fatalf("echo items: %x %v, %x %v", data[0], errs[0], data[2], errs[2])
	}
	var de rpc.DataError
	if !errors.As(errs[1], &de) {
		t.Fatalf("the reverting item: %v; want an rpc.DataError", errs[1])
	}
	if _, _, err := c.BatchCallContract(context.Background(), make([]ethereum.CallMsg, chain.MaxBatchCalls+1)); err == nil ||
		!strings.Contains(err.Error(), "at most 100") {
		t.Fatalf("a batch of %d: %v; want refused", chain.MaxBatchCalls+1, err)
	}
}
