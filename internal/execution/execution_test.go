package execution

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/pathdb"

	"github.com/servicechain/servicechain/internal/devchain"
	"github.com/servicechain/servicechain/internal/engine"
)

const testChainID = 4242

func testGenesis(t *testing.T) GenesisSpec {
	t.Helper()
	return GenesisSpec{
		ChainID:   testChainID,
		Period:    time.Second,
		Alloc:     map[common.Address]*big.Int{devchain.DevAddress(0): new(big.Int).Lsh(big.NewInt(1), 100)},
		Timestamp: uint64(time.Now().Unix()),
	}
}

func TestNewGenesisValidation(t *testing.T) {
	cases := []struct {
		name string
		spec GenesisSpec
		want string
	}{
		{"no chain id", GenesisSpec{}, "chain id 0"},
		{"gas limit low", GenesisSpec{ChainID: 1, GasLimit: 10}, "gas limit 10"},
		{"gas limit high", GenesisSpec{ChainID: 1, GasLimit: MaxGasLimit + 1}, "gas limit"},
		{"period fraction", GenesisSpec{ChainID: 1, Period: 1500 * time.Millisecond}, "block period 1.5s"},
		{"negative balance", GenesisSpec{ChainID: 1, Alloc: map[common.Address]*big.Int{{1: 1}: big.NewInt(-1)}}, "balance -1"},
	}
	for _, c := range cases {
		_, err := NewGenesis(c.spec)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func TestGenesisFileRoundTrip(t *testing.T) {
	spec := testGenesis(t)
	spec.Period = 3 * time.Second
	g, err := NewGenesis(spec)
	if err != nil {
		t.Fatal(err)
	}
	cfg := g.Config
	if cfg.TerminalTotalDifficulty == nil || cfg.TerminalTotalDifficulty.Sign() != 0 {
		t.Fatalf("TTD %v, want 0", cfg.TerminalTotalDifficulty)
	}
	if cfg.OsakaTime == nil || *cfg.OsakaTime != 0 || cfg.PragueTime == nil || *cfg.PragueTime != 0 {
		t.Fatalf("Prague/Osaka not at genesis: %v %v", cfg.PragueTime, cfg.OsakaTime)
	}
	if cfg.BogotaTime != nil || cfg.AmsterdamTime != nil {
		t.Fatalf("Bogota %v / Amsterdam %v must be off", cfg.BogotaTime, cfg.AmsterdamTime)
	}
	if p, ok := PeriodFromExtra(g.ExtraData); !ok || p != 3*time.Second {
		t.Fatalf("period from extra %q: %v %v", g.ExtraData, p, ok)
	}
	path := filepath.Join(t.TempDir(), "genesis.json")
	if err := WriteGenesisFile(path, g); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	var m struct {
		Config struct {
			BlobSchedule map[string]json.RawMessage `json:"blobSchedule"`
		} `json:"config"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if string(m.Config.BlobSchedule["osaka"]) != string(m.Config.BlobSchedule["prague"]) || m.Config.BlobSchedule["osaka"] == nil {
		t.Fatalf("blobSchedule.osaka %s, want prague's %s", m.Config.BlobSchedule["osaka"], m.Config.BlobSchedule["prague"])
	}
	back, err := ReadGenesisFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.ToBlock().Hash() != g.ToBlock().Hash() {
		t.Fatalf("genesis hash changed through the file: %s vs %s", back.ToBlock().Hash(), g.ToBlock().Hash())
	}
	if _, err := ReadGenesisFile(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Fatal("missing file accepted")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"config": {"chainId": 1}, "alloc": {`), 0o644)
	if _, err := ReadGenesisFile(bad); err == nil {
		t.Fatal("truncated JSON accepted")
	}
}

func TestInit(t *testing.T) {
	g, err := NewGenesis(testGenesis(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	h, err := Init(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	if h != g.ToBlock().Hash() {
		t.Fatalf("init hash %s, want %s", h, g.ToBlock().Hash())
	}
	if !Initialised(dir) {
		t.Fatal("Initialised false after Init")
	}
	// A new data directory gets the engine that survives SIGKILL (DBEngine).
	if got := rawdb.PreexistingDatabase(filepath.Join(dir, instanceName, "chaindata")); got != DBEngine {
		t.Fatalf("chain database engine %q, want %q", got, DBEngine)
	}
	if h2, err := Init(dir, g); err != nil || h2 != h {
		t.Fatalf("second init: %s %v", h2, err)
	}
	spec := testGenesis(t)
	spec.Timestamp++
	other, _ := NewGenesis(spec)
	_, err = Init(dir, other)
	if err == nil || !strings.Contains(err.Error(), h.Hex()) || !strings.Contains(err.Error(), other.ToBlock().Hash().Hex()) {
		t.Fatalf("init with another genesis: %v; want an error naming both hashes", err)
	}
	// Another chain id alone leaves the genesis hash as it is: still refused.
	spec = testGenesis(t)
	spec.ChainID++
	sameBlock, _ := NewGenesis(spec)
	if _, err := Init(dir, sameBlock); err == nil || !strings.Contains(err.Error(), fmt.Sprint(spec.ChainID)) || !strings.Contains(err.Error(), fmt.Sprint(spec.ChainID-1)) {
		t.Fatalf("init with another chain id: %v; want an error naming both chain ids", err)
	}
	if _, err := Start(Config{DataDir: t.TempDir()}); !errors.Is(err, ErrNotInitialised) {
		t.Fatalf("start on an empty datadir: %v, want ErrNotInitialised", err)
	}
}

// TestInitRefusesPathScheme: a data directory geth made with its default
// path scheme is refused by Init (Start would refuse it later), and its
// genesis is left as it was.
func TestInitRefusesPathScheme(t *testing.T) {
	g, err := NewGenesis(testGenesis(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stack, err := node.New(&node.Config{Name: instanceName, DataDir: dir, P2P: p2p.Config{NoDiscovery: true, NoDial: true}})
	if err != nil {
		t.Fatal(err)
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16})
	if err != nil {
		t.Fatal(err)
	}
	pc := *pathdb.Defaults
	pc.JournalDirectory = stack.ResolvePath("triedb")
	tdb := triedb.NewDatabase(db, &triedb.Config{PathDB: &pc})
	_, want, _, err := core.SetupGenesisBlock(db, tdb, g)
	if err != nil {
		t.Fatal(err)
	}
	tdb.Close()
	db.Close()
	stack.Close()

	if _, err := Init(dir, g); err == nil || !strings.Contains(err.Error(), "holds path-scheme state") || !strings.Contains(err.Error(), "--state.scheme=hash") {
		t.Fatalf("init on a path-scheme data directory: %v; want it refused, naming the scheme", err)
	}
	stack, err = node.New(&node.Config{Name: instanceName, DataDir: dir, P2P: p2p.Config{NoDiscovery: true, NoDial: true}})
	if err != nil {
		t.Fatal(err)
	}
	defer stack.Close()
	db, err = stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, scheme := rawdb.ReadCanonicalHash(db, 0), rawdb.ReadStateScheme(db); got != want || scheme != rawdb.PathScheme {
		t.Fatalf("after the refused init: genesis %s, scheme %q; want %s, path", got, scheme, want)
	}
}

func TestConfigRefusesBlockInsertingModules(t *testing.T) {
	for _, m := range []string{"engine", "testing", "debug", "admin", "miner", "dev"} {
		_, err := Start(Config{DataDir: t.TempDir(), Modules: []string{"eth", m}})
		if err == nil || !strings.Contains(err.Error(), m) {
			t.Errorf("module %s: %v, want a refusal naming it", m, err)
		}
	}
	if _, err := Start(Config{DataDir: t.TempDir(), StaticPeers: []string{"enode://nonsense"}}); err == nil {
		t.Error("bad static peer accepted")
	}
	if _, err := Start(Config{DataDir: t.TempDir(), HTTPAddr: "localhost"}); err == nil {
		t.Error("HTTP address without port accepted")
	}
}

// seal builds one block on n's head through its in-process Engine API, the
// way internal/producer does (without the etcd commit), and returns it.
func seal(t *testing.T, n *Node) *types.Block {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	eng := n.Engine()
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := head.Time + 1
	f, err := engine.Fork(n.ChainConfig(), ts)
	if err != nil {
		t.Fatal(err)
	}
	state := ethengine.ForkchoiceStateV1{HeadBlockHash: head.Hash(), SafeBlockHash: head.Hash(), FinalizedBlockHash: head.Hash()}
	if err := n.Backend().TxPool().Sync(); err != nil {
		t.Fatal(err)
	}
	var random common.Hash
	rand.Read(random[:])
	res, err := eng.ForkchoiceUpdated(ctx, f, state, &ethengine.PayloadAttributes{
		Timestamp: ts, Random: random, Withdrawals: []*types.Withdrawal{}, BeaconRoot: &common.Hash{},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.PayloadID == nil {
		t.Fatal("no payload id")
	}
	time.Sleep(100 * time.Millisecond) // let the first full build finish (test only)
	env, err := eng.GetPayload(ctx, f, *res.PayloadID)
	if err != nil {
		t.Fatal(err)
	}
	block, err := ethengine.ExecutableDataToBlock(*env.ExecutionPayload, []common.Hash{}, &common.Hash{}, env.Requests)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.NewPayload(ctx, f, *env.ExecutionPayload, []common.Hash{}, &common.Hash{}, env.Requests); err != nil {
		t.Fatal(err)
	}
	h := block.Hash()
	if _, err := eng.ForkchoiceUpdated(ctx, f, ethengine.ForkchoiceStateV1{HeadBlockHash: h, SafeBlockHash: h, FinalizedBlockHash: h}, nil); err != nil {
		t.Fatal(err)
	}
	return block
}

func startNode(t *testing.T, cfg Config) *Node {
	t.Helper()
	n, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Error(err)
		}
	})
	return n
}

func TestNodeEngineLogsAndExposure(t *testing.T) {
	g, err := NewGenesis(testGenesis(t))
	if err != nil {
		t.Fatal(err)
	}
	n := startNode(t, Config{Name: "a", DataDir: t.TempDir(), Genesis: g, HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0", P2PAddr: "127.0.0.1:0"})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if n.GenesisHash() != g.ToBlock().Hash() {
		t.Fatalf("genesis %s, want %s", n.GenesisHash(), g.ToBlock().Hash())
	}
	if err := n.Engine().RequireMethods(ctx, mustFork(t, n)); err != nil {
		t.Fatal(err)
	}

	// A contract creation whose init code emits LOG0 (PUSH1 0 PUSH1 0 LOG0 STOP).
	key := devchain.DevKey(0)
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10_000_000_000),
		Gas: 100_000, Data: common.FromHex("0x60006000a000"),
	})
	if err := n.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	seal(t, n)
	b := seal(t, n)
	if got := n.Head().Number.Uint64(); got != 2 || n.Head().Hash() != b.Hash() {
		t.Fatalf("head %d %s, want 2 %s", got, n.Head().Hash(), b.Hash())
	}

	// eth_getLogs over HTTP (the filter API is registered).
	c, err := rpc.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var logs []types.Log
	if err := c.CallContext(ctx, &logs, "eth_getLogs", map[string]any{"fromBlock": "0x0", "toBlock": "latest"}); err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || logs[0].Address != crypto.CreateAddress(devchain.DevAddress(0), 0) {
		t.Fatalf("logs %+v, want one from the created contract", logs)
	}
	// Nothing that inserts blocks or moves the head answers over HTTP or WebSocket.
	ws, err := rpc.DialContext(ctx, n.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	for _, cl := range []*rpc.Client{c, ws} {
		for _, m := range []string{"testing_commitBlockV1", "testing_buildBlockV1", "engine_exchangeCapabilities", "engine_forkchoiceUpdatedV3", "debug_setHead", "admin_importChain", "dev_commit"} {
			var out any
			err := cl.CallContext(ctx, &out, m)
			var re rpc.Error
			if !errors.As(err, &re) || re.ErrorCode() != -32601 {
				t.Errorf("%s: %v, want method not found (-32601)", m, err)
			}
		}
		var mods map[string]string
		if err := cl.CallContext(ctx, &mods, "rpc_modules"); err != nil {
			t.Fatal(err)
		}
		for m := range mods {
			if m != "rpc" && !contains(AllowedModules, m) {
				t.Errorf("module %s is served", m)
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func mustFork(t *testing.T, n *Node) forks.Fork {
	f, err := engine.Fork(n.ChainConfig(), n.Head().Time+1)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestStaticPeersCarryTransactions(t *testing.T) {
	g, err := NewGenesis(testGenesis(t))
	if err != nil {
		t.Fatal(err)
	}
	a := startNode(t, Config{Name: "a", DataDir: t.TempDir(), Genesis: g, P2PAddr: "127.0.0.1:0"})
	b := startNode(t, Config{Name: "b", DataDir: t.TempDir(), Genesis: g, P2PAddr: "127.0.0.1:0", StaticPeers: []string{a.Enode()}})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	waitFor(ctx, t, "peering", func() bool { return a.PeerCount() == 1 && b.PeerCount() == 1 })
	// A node accepts peers' transactions once a forkchoiceUpdated marked it
	// synced; seal one block on a and import it on b.
	blk := seal(t, a)
	importBlock(t, b, blk)

	key := devchain.DevKey(0)
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10_000_000_000),
		Gas: 21_000, To: &common.Address{0xaa}, Value: big.NewInt(1),
	})
	if err := b.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "tx to reach a's pool", func() bool { return a.Backend().TxPool().Has(tx.Hash()) })
	blk = seal(t, a)
	if len(blk.Transactions()) != 1 || blk.Transactions()[0].Hash() != tx.Hash() {
		t.Fatalf("block %d has %d txs, want the one sent to b", blk.NumberU64(), len(blk.Transactions()))
	}
	if _, err := b.Client().TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("b has a receipt before importing the block: %v", err)
	}
}

func importBlock(t *testing.T, n *Node, blk *types.Block) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	env := ethengine.BlockToExecutableData(blk, nil, nil, [][]byte{})
	f, _ := engine.Fork(n.ChainConfig(), blk.Time())
	if _, err := n.Engine().NewPayload(ctx, f, *env.ExecutionPayload, []common.Hash{}, &common.Hash{}, [][]byte{}); err != nil {
		t.Fatal(err)
	}
	h := blk.Hash()
	if _, err := n.Engine().ForkchoiceUpdated(ctx, f, ethengine.ForkchoiceStateV1{HeadBlockHash: h, SafeBlockHash: h, FinalizedBlockHash: h}, nil); err != nil {
		t.Fatal(err)
	}
}

func waitFor(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(20 * time.Millisecond):
		}
	}
}
