package devchain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/chain"
)

var pingTopic = crypto.Keccak256Hash([]byte("Ping(bytes)"))

// emitterCode returns creation bytecode of a contract whose fallback emits
// LOG1(topic=pingTopic, data=calldata) and stops.
func emitterCode() []byte {
	runtime := []byte{0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x7f} // CALLDATASIZE PUSH1 0 PUSH1 0 CALLDATACOPY PUSH32
	runtime = append(runtime, pingTopic.Bytes()...)
	runtime = append(runtime, 0x36, 0x60, 0x00, 0xa1, 0x00) // CALLDATASIZE PUSH1 0 LOG1 STOP
	n := byte(len(runtime))
	// PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 RETURN
	initCode := []byte{0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}
	return append(initCode, runtime...)
}

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := Start(cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func sendTx(t *testing.T, ctx context.Context, cl *ethclient.Client, key *ecdsa.PrivateKey, chainID uint64, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("nonce: %v", err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatalf("tip: %v", err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	gas, err := cl.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("estimate: %v", err)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &types.DynamicFeeTx{
		Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data,
	})
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	r, err := chain.WaitReceipt(ctx, cl, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		t.Fatalf("tx %s not mined: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s failed", tx.Hash())
	}
	return r
}

func TestStartDefaultsBlocksAndURLs(t *testing.T) {
	t.Parallel()
	begin := time.Now()
	c := startChain(t, Config{ChainID: 4242})
	t.Logf("start took %v", time.Since(begin))
	if d := time.Since(begin); d > 5*time.Second {
		t.Errorf("start took %v, want < 5s", d)
	}
	if !strings.HasPrefix(c.HTTPURL(), "http://127.0.0.1:") || strings.HasSuffix(c.HTTPURL(), ":0") {
		t.Errorf("HTTPURL = %q", c.HTTPURL())
	}
	if !strings.HasPrefix(c.WSURL(), "ws://127.0.0.1:") || strings.HasSuffix(c.WSURL(), ":0") {
		t.Errorf("WSURL = %q", c.WSURL())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	// Empty blocks keep coming at about one per second.
	if err := c.WaitForBlock(ctx, 1); err != nil {
		t.Fatal(err)
	}
	t0, n0 := time.Now(), c.BlockNumber()
	if err := c.WaitForBlock(ctx, n0+3); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(t0); d < 2*time.Second || d > 5*time.Second {
		t.Errorf("3 blocks took %v, want about 3s", d)
	}

	for _, url := range []string{c.HTTPURL(), c.WSURL()} {
		cl, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		id, err := cl.ChainID(ctx)
		if err != nil || id.Uint64() != 4242 {
			t.Errorf("%s: chain id %v, %v", url, id, err)
		}
		head, err := cl.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatalf("%s: head: %v", url, err)
		}
		if head.GasLimit != DefaultGasLimit {
			t.Errorf("gas limit %d, want %d", head.GasLimit, DefaultGasLimit)
		}
		// Blocks carry Cancun/Prague fields.
		if head.ParentBeaconRoot == nil || head.RequestsHash == nil || head.BaseFee == nil {
			t.Errorf("head lacks Cancun/Prague fields: %+v", head)
		}
		var netVersion string
		if err := cl.Client().CallContext(ctx, &netVersion, "net_version"); err != nil || netVersion != "4242" {
			t.Errorf("net_version = %q, %v", netVersion, err)
		}
		var status map[string]any
		if err := cl.Client().CallContext(ctx, &status, "txpool_status"); err != nil {
			t.Errorf("txpool_status: %v", err)
		}
		var fin types.Header
		if err := cl.Client().CallContext(ctx, &fin, "eth_getBlockByNumber", "finalized", false); err != nil {
			t.Errorf("finalized block: %v", err)
		}
		// Private namespaces are not served.
		var x any
		if err := cl.Client().CallContext(ctx, &x, "admin_nodeInfo"); err == nil {
			t.Errorf("admin_nodeInfo is served over %s", url)
		}
		cl.Close()
	}
}

func TestTransferDeployAndLogs(t *testing.T) {
	t.Parallel()
	key := DevKey(0)
	from := DevAddress(0)
	c := startChain(t, Config{ChainID: 5151, BlockPeriod: 250 * time.Millisecond, Alloc: map[common.Address]*big.Int{from: ether(100)}})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()

	bal, err := cl.BalanceAt(ctx, from, nil)
	if err != nil || bal.Cmp(ether(100)) != 0 {
		t.Fatalf("funded balance %v, %v", bal, err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	sendTx(t, ctx, cl, key, c.ChainID(), &to, ether(1), nil)
	if got, _ := cl.BalanceAt(ctx, to, nil); got.Cmp(ether(1)) != 0 {
		t.Errorf("recipient balance %v, want 1 ether", got)
	}

	// Deploy the emitter, then make it log twice.
	r := sendTx(t, ctx, cl, key, c.ChainID(), nil, nil, emitterCode())
	emitter := r.ContractAddress
	if code, _ := cl.CodeAt(ctx, emitter, nil); len(code) == 0 {
		t.Fatal("no code at emitter")
	}
	// A filter installed before the events (eth_newFilter/eth_getFilterChanges).
	var filterID string
	if err := cl.Client().CallContext(ctx, &filterID, "eth_newFilter", map[string]any{"address": emitter}); err != nil {
		t.Fatalf("eth_newFilter: %v", err)
	}
	r1 := sendTx(t, ctx, cl, key, c.ChainID(), &emitter, nil, []byte("one"))
	r2 := sendTx(t, ctx, cl, key, c.ChainID(), &emitter, nil, []byte("two"))

	// eth_getLogs right after the receipts, over HTTP and over WebSocket.
	for _, url := range []string{c.HTTPURL(), c.WSURL()} {
		lc, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		logs, err := lc.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: big.NewInt(0), ToBlock: r2.BlockNumber,
			Addresses: []common.Address{emitter}, Topics: [][]common.Hash{{pingTopic}},
		})
		lc.Close()
		if err != nil {
			t.Fatalf("%s: FilterLogs: %v", url, err)
		}
		if len(logs) != 2 || string(logs[0].Data) != "one" || string(logs[1].Data) != "two" ||
			logs[0].TxHash != r1.TxHash || logs[1].BlockNumber != r2.BlockNumber.Uint64() {
			t.Fatalf("%s: logs = %+v", url, logs)
		}
	}
	var changes []types.Log
	if err := cl.Client().CallContext(ctx, &changes, "eth_getFilterChanges", filterID); err != nil {
		t.Fatalf("eth_getFilterChanges: %v", err)
	}
	if len(changes) != 2 || string(changes[1].Data) != "two" {
		t.Fatalf("filter changes = %+v", changes)
	}

	// A log subscription over WebSocket sees a new event.
	wc, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer wc.Close()
	ch := make(chan types.Log, 4)
	sub, err := wc.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{emitter}}, ch)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer sub.Unsubscribe()
	sendTx(t, ctx, cl, key, c.ChainID(), &emitter, nil, []byte("three"))
	select {
	case l := <-ch:
		if string(l.Data) != "three" {
			t.Errorf("subscribed log data %q", l.Data)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no log from subscription")
	}
}

func TestRestartResumes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	from := DevAddress(1)
	cfg := Config{ChainID: 777, BlockPeriod: 100 * time.Millisecond, DataDir: dir, Alloc: map[common.Address]*big.Int{from: ether(10)}}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	c, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	r := sendTx(t, ctx, c.Client(), DevKey(1), 777, &to, big.NewInt(12345), nil)
	if err := c.WaitForBlock(ctx, r.BlockNumber.Uint64()+3); err != nil {
		t.Fatal(err)
	}
	genesis, _ := c.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	stopped := c.BlockNumber()

	// Restart with a different Alloc: the stored genesis wins.
	cfg.Alloc = map[common.Address]*big.Int{DevAddress(2): ether(1)}
	c2 := startChain(t, cfg)
	if got := c2.BlockNumber(); got < stopped {
		t.Fatalf("resumed at block %d, was at %d", got, stopped)
	}
	if err := c2.WaitForBlock(ctx, stopped+2); err != nil {
		t.Fatal(err)
	}
	g2, _ := c2.Client().HeaderByNumber(ctx, big.NewInt(0))
	if g2.Hash() != genesis.Hash() {
		t.Errorf("genesis changed: %s -> %s", genesis.Hash(), g2.Hash())
	}
	if bal, _ := c2.Client().BalanceAt(ctx, to, nil); bal.Cmp(big.NewInt(12345)) != 0 {
		t.Errorf("balance after restart %v", bal)
	}
	if rr, err := c2.Client().TransactionReceipt(ctx, r.TxHash); err != nil || rr.BlockHash != r.BlockHash {
		t.Errorf("receipt after restart: %v", err)
	}
	// The same chain can still take transactions.
	sendTx(t, ctx, c2.Client(), DevKey(1), 777, &to, big.NewInt(1), nil)
	if err := c2.Close(); err != nil {
		t.Fatal(err)
	}

	// A different chain id on the same directory is refused.
	cfg.ChainID = 778
	if _, err := Start(cfg); err == nil || !strings.Contains(err.Error(), "holds chain id 777, not 778") {
		t.Fatalf("chain id mismatch: err = %v", err)
	}
}

func TestDataDirInUse(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	startChain(t, Config{ChainID: 9, DataDir: dir, HTTPPort: -1, WSPort: -1})
	_, err := Start(Config{ChainID: 9, DataDir: dir, HTTPPort: -1, WSPort: -1})
	if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("err = %v", err)
	}
}

func TestPortInUse(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	for _, cfg := range []Config{{ChainID: 1, HTTPPort: port}, {ChainID: 1, WSPort: port}} {
		_, err := Start(cfg)
		want := "127.0.0.1:" + strconv.Itoa(port) + " is already in use"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("cfg %+v: err = %v, want %q", cfg, err, want)
		}
	}
}

func TestFixedPorts(t *testing.T) {
	t.Parallel()
	// Find two free ports, release them, and ask for them explicitly.
	var ports [2]int
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports[i] = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	c := startChain(t, Config{ChainID: 3, HTTPPort: ports[0], WSPort: ports[1]})
	if want := fmt.Sprintf("http://127.0.0.1:%d", ports[0]); c.HTTPURL() != want {
		t.Errorf("HTTPURL %q, want %q", c.HTTPURL(), want)
	}
	if want := fmt.Sprintf("ws://127.0.0.1:%d", ports[1]); c.WSURL() != want {
		t.Errorf("WSURL %q, want %q", c.WSURL(), want)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rc, err := rpc.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var v string
	if err := rc.CallContext(ctx, &v, "web3_clientVersion"); err != nil || v == "" {
		t.Errorf("web3_clientVersion = %q, %v", v, err)
	}
}

func TestTwoChainsOneProcess(t *testing.T) {
	t.Parallel()
	a := startChain(t, Config{ChainID: 1001, BlockPeriod: 200 * time.Millisecond})
	b := startChain(t, Config{ChainID: 1000, BlockPeriod: 200 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, c := range []*Chain{a, b} {
		cl, err := ethclient.DialContext(ctx, c.WSURL())
		if err != nil {
			t.Fatal(err)
		}
		id, err := cl.ChainID(ctx)
		cl.Close()
		if err != nil || id.Uint64() != c.ChainID() {
			t.Errorf("chain id %v, want %d (%v)", id, c.ChainID(), err)
		}
		if err := c.WaitForBlock(ctx, 3); err != nil {
			t.Fatal(err)
		}
	}
	if a.HTTPURL() == b.HTTPURL() {
		t.Errorf("both chains on %s", a.HTTPURL())
	}
}

func TestManualSealing(t *testing.T) {
	t.Parallel()
	c := startChain(t, Config{ChainID: 12, BlockPeriod: -1, HTTPPort: -1, WSPort: -1})
	if c.HTTPURL() != "" || c.WSURL() != "" {
		t.Errorf("URLs with RPC off: %q %q", c.HTTPURL(), c.WSURL())
	}
	time.Sleep(300 * time.Millisecond)
	if n := c.BlockNumber(); n != 0 {
		t.Fatalf("block %d without Commit", n)
	}
	h := c.Commit()
	if c.BlockNumber() != 1 || h != c.Backend().BlockChain().CurrentBlock().Hash() {
		t.Fatalf("Commit: block %d", c.BlockNumber())
	}
}

func TestBadConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{}, "chain id must be > 0"},
		{Config{ChainID: 1, HTTPPort: 70000}, "HTTP port 70000"},
		{Config{ChainID: 1, WSPort: -2}, "WebSocket port -2"},
		{Config{ChainID: 1, GasLimit: 10}, "gas limit 10"},
		{Config{ChainID: 1, HTTPPort: -1, WSPort: -1, Alloc: map[common.Address]*big.Int{{}: nil}}, "balance must be >= 0"},
		{Config{ChainID: 1, DataDir: "/tmp/x", InMemory: true}, `data directory "/tmp/x" with InMemory`},
	} {
		_, err := Start(tc.cfg)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: err = %v, want %q", tc.cfg, err, tc.want)
		}
	}
}

func TestDevKeys(t *testing.T) {
	if DevAddress(0) == DevAddress(1) || DevAddress(0) != crypto.PubkeyToAddress(DevKey(0).PublicKey) {
		t.Fatal("dev keys not distinct/deterministic")
	}
}

func TestGethLogsRouted(t *testing.T) {
	// Not parallel: swaps slog's default logger.
	prev := slog.Default()
	defer slog.SetDefault(prev)
	routeGethLogs()
	if slog.Default() != prev {
		t.Fatal("routing geth logs replaced slog's default logger")
	}
	var buf bytes.Buffer
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	gethlog.Info("quiet info")
	gethlog.Warn("loud warning", "k", 1)
	out := buf.String()
	if strings.Contains(out, "quiet info") || !strings.Contains(out, "loud warning") || !strings.Contains(out, "component=geth") {
		t.Fatalf("geth log output: %q", out)
	}
}

func TestForkRules(t *testing.T) {
	t.Parallel()
	cfg := ChainConfig(4321)
	if cfg.ChainID.Uint64() != 4321 || !cfg.IsOsaka(big.NewInt(0), 0) || cfg.IsBogota(big.NewInt(0), 0) || cfg.IsAmsterdam(big.NewInt(0), 0) {
		t.Fatalf("ChainConfig: %v; want Osaka from genesis, no Amsterdam, no Bogota", cfg)
	}
	a, b := ChainConfig(1), ChainConfig(1)
	a.ChainID.SetUint64(2)
	if b.ChainID.Uint64() != 1 || params.AllDevChainProtocolChanges.ChainID.Uint64() != 1337 {
		t.Fatal("ChainConfig must return a fresh copy and leave go-ethereum's config alone")
	}

	// A running chain is on those rules: a first write to a storage slot
	// costs 22,100 gas (EIP-2929 cold SSTORE), not EIP-8037's ~98k.
	key, from := DevKey(3), DevAddress(3)
	store := common.HexToAddress("0x0000000000000000000000000000000000000570")
	c := startChain(t, Config{ChainID: 4321, BlockPeriod: 100 * time.Millisecond, InMemory: true, HTTPPort: -1, WSPort: -1,
		Alloc:        map[common.Address]*big.Int{from: ether(1)},
		GenesisAlloc: types.GenesisAlloc{store: {Code: common.FromHex("600160005500")}}, // PUSH1 1 PUSH1 0 SSTORE STOP
	})
	if got := c.Backend().BlockChain().Config(); got.BogotaTime != nil || got.OsakaTime == nil || *got.OsakaTime != 0 {
		t.Fatalf("running chain config %v", got)
	}
	if c.DataDir() != "" {
		t.Errorf("in-memory chain has data directory %q", c.DataDir())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if code, _ := c.Client().CodeAt(ctx, store, nil); len(code) != 6 {
		t.Fatalf("genesis code %x", code)
	}
	r := sendTx(t, ctx, c.Client(), key, 4321, &store, nil, nil)
	if want := uint64(21_000 + 3 + 3 + 22_100); r.GasUsed != want {
		t.Fatalf("a new storage slot cost %d gas in total, want %d", r.GasUsed, want)
	}
}

// TestUntilBoundary: sealLoop waits for the next multiple of the period on
// the wall clock, whatever the time it starts at.
func TestUntilBoundary(t *testing.T) {
	base := time.Date(2026, 12, 4, 1, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		now    time.Duration // after base
		period time.Duration
		want   time.Duration
	}{
		{0, time.Second, time.Second},
		{250 * time.Millisecond, time.Second, 750 * time.Millisecond},
		{999 * time.Millisecond, time.Second, time.Millisecond},
		{1100 * time.Millisecond, time.Second, 900 * time.Millisecond},
		{30 * time.Millisecond, 100 * time.Millisecond, 70 * time.Millisecond},
		{1500 * time.Millisecond, 2 * time.Second, 500 * time.Millisecond},
	} {
		if got := untilBoundary(base.Add(c.now), c.period); got != c.want {
			t.Errorf("untilBoundary(+%s, %s) = %s, want %s", c.now, c.period, got, c.want)
		}
	}
}

// TestBlocksOnTheWallClock: the first block's timestamp is the wall-clock
// second it was sealed in (the genesis is a second in the past), not one
// ahead of it, and later blocks stay on the wall clock.
func TestBlocksOnTheWallClock(t *testing.T) {
	t.Parallel()
	c, err := Start(Config{ChainID: 4242, InMemory: true, HTTPPort: -1, WSPort: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.WaitForBlock(ctx, 3); err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().Unix())
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Time > now {
		t.Errorf("head %d has timestamp %d, after the wall clock's %d", head.Number, head.Time, now)
	}
}
