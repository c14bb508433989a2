// Package devchain runs an embedded go-ethereum development chain, the
// in-process equivalent of `geth --dev`: a proof-of-stake chain with every
// released fork active from genesis (see ChainConfig), whose blocks are
// sealed by go-ethereum's simulated beacon on a fixed period, served over
// HTTP and WebSocket JSON-RPC on the loopback interface.
//
// It is the one place that decides the rules of every embedded chain of the
// project: the devnet's chains, the test chains of internal/chain/chaintest
// (which run on Chain) and the simulated backend of
// internal/deploy/deploytest (which uses Genesis).
//
// Several chains may run in one process (each with its own chain id, data
// directory and ports). go-ethereum's own log output is process-global; see
// SetLogLevel.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults applied by Start to zero Config fields.
const (
	// DefaultBlockPeriod is the block interval used when Config.BlockPeriod is 0.
	DefaultBlockPeriod = time.Second
	// DefaultGasLimit is the block gas limit (gas) used when Config.GasLimit is 0.
	DefaultGasLimit = 30_000_000
	// DefaultHost is the interface the RPC servers listen on when Config.HTTPHost is "".
	DefaultHost = "127.0.0.1"
)

// RPCModules are the JSON-RPC namespaces served over HTTP and WebSocket.
var RPCModules = []string{"eth", "net", "web3", "txpool"}

// Config describes one development chain.
type Config struct {
	// ChainID is the EIP-155 chain id and network id. Required (> 0).
	ChainID uint64
	// BlockPeriod is the interval between blocks. Blocks are sealed on this
	// period whether or not there are transactions. 0 means DefaultBlockPeriod
	// (1s). A negative value turns automatic sealing off; blocks are then
	// sealed only by Chain.Commit. Block timestamps have a resolution of one
	// second and strictly increase, so with periods below 1s the timestamps run
	// ahead of the wall clock.
	BlockPeriod time.Duration
	// GasLimit is the block gas limit in gas. 0 means DefaultGasLimit (30,000,000).
	GasLimit uint64
	// DataDir holds the chain database. "" means a temporary directory that
	// Close removes. A directory that already holds a chain is resumed: its
	// stored genesis is used (Alloc is then ignored) and the block number
	// continues; a stored chain id different from ChainID is an error.
	DataDir string
	// HTTPHost is the interface for both the HTTP and the WebSocket server.
	// "" means DefaultHost (127.0.0.1).
	HTTPHost string
	// HTTPPort is the HTTP JSON-RPC port. 0 lets the OS pick a free port
	// (see Chain.HTTPURL); -1 disables HTTP.
	HTTPPort int
	// WSPort is the WebSocket JSON-RPC port. 0 lets the OS pick a free port;
	// -1 disables WebSocket. When HTTPPort and WSPort are equal (including
	// both 0), one listener serves both protocols.
	WSPort int
	// Alloc funds accounts in the genesis block (balances in wei). It only
	// applies when the chain is created.
	Alloc map[common.Address]*big.Int
	// FeeRecipient receives priority fees of sealed blocks (the coinbase).
	// The zero address is allowed.
	FeeRecipient common.Address
	// GenesisAlloc adds genesis accounts with code, storage or a nonce (for
	// tests that need a contract from block 0). It is merged with Alloc (an
	// address in both gets Alloc's balance and keeps its code) and, like
	// Alloc, only applies when the chain is created.
	GenesisAlloc types.GenesisAlloc
	// InMemory keeps the chain database in memory: nothing is written to
	// disk and the chain is gone after Close. DataDir must then be "".
	InMemory bool
	// TxPoolNoLocals turns off go-ethereum's tracking of local transactions
	// (geth --txpool.nolocals): the node then never re-sends a transaction
	// its pool dropped, as a remote node would not. Tests of a client's own
	// re-broadcasting use it; the devnet keeps geth's default (tracking on).
	TxPoolNoLocals bool
}

// Chain is a running development chain. Its methods are safe for concurrent use.
type Chain struct {
	cfg     Config
	stack   *node.Node
	backend *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	tempDir string

	sealMu sync.Mutex // serialises block sealing
	stop   chan struct{}
	done   chan struct{}

	closeOnce sync.Once
	closeErr  error
}

// Start creates and starts a development chain and returns once its RPC
// endpoints accept requests; the first block is sealed right away when
// automatic sealing is on.
//
// Errors: an invalid Config, a port that is already in use (the message names
// host and port), a DataDir that cannot be created or holds a chain with a
// different chain id or one that is locked by another process.
func Start(cfg Config) (*Chain, error) {
	routeGethLogs()
	if cfg.ChainID == 0 {
		return nil, errors.New("devchain: chain id must be > 0")
	}
	if cfg.BlockPeriod == 0 {
		cfg.BlockPeriod = DefaultBlockPeriod
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.GasLimit < params.MinGasLimit {
		return nil, fmt.Errorf("devchain: gas limit %d: expected at least %d", cfg.GasLimit, params.MinGasLimit)
	}
	if cfg.HTTPHost == "" {
		cfg.HTTPHost = DefaultHost
	}
	if cfg.InMemory && cfg.DataDir != "" {
		return nil, fmt.Errorf("devchain: data directory %q with InMemory: expected one or the other", cfg.DataDir)
	}
	for _, p := range []struct {
		name string
		port int
	}{{"HTTP", cfg.HTTPPort}, {"WebSocket", cfg.WSPort}} {
		if p.port < -1 || p.port > 65535 {
			return nil, fmt.Errorf("devchain: %s port %d: expected 0 to 65535, or -1 for off", p.name, p.port)
		}
	}
	// Check fixed ports before anything else starts: go-ethereum opens its
	// listeners only after the Ethereum service is built, and a failed start
	// at that point cannot stop that service cleanly.
	checked := map[int]bool{}
	for _, p := range []struct {
		name string
		port int
	}{{"HTTP", cfg.HTTPPort}, {"WebSocket", cfg.WSPort}} {
		if p.port > 0 && !checked[p.port] {
			checked[p.port] = true
			if err := checkPort(p.name, cfg.HTTPHost, p.port); err != nil {
				return nil, err
			}
		}
	}

	c := &Chain{cfg: cfg, stop: make(chan struct{}), done: make(chan struct{})}
	dataDir := cfg.DataDir
	if dataDir == "" && !cfg.InMemory {
		dir, err := os.MkdirTemp("", "devchain-*")
		if err != nil {
			return nil, fmt.Errorf("devchain: temporary data directory: %w", err)
		}
		c.tempDir, dataDir = dir, dir
	} else if dataDir != "" {
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("devchain: data directory %s: %w", dataDir, err)
		}
	}
	if err := c.start(dataDir); err != nil {
		if c.tempDir != "" {
			os.RemoveAll(c.tempDir)
		}
		return nil, err
	}
	if cfg.BlockPeriod > 0 {
		go c.sealLoop(cfg.BlockPeriod)
	} else {
		close(c.done)
	}
	return c, nil
}

func checkPort(name, host string, port int) error {
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return portError(name, addr, err)
	}
	return l.Close()
}

func portError(name, addr string, err error) error {
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("devchain: %s port %s is already in use", name, addr)
	}
	return fmt.Errorf("devchain: %s listener on %s: %w", name, addr, err)
}

func (c *Chain) start(dataDir string) error {
	cfg := c.cfg
	nodeCfg := node.Config{
		Name:                 "geth",
		DataDir:              dataDir,
		HTTPModules:          RPCModules,
		HTTPVirtualHosts:     []string{"*"},
		HTTPCors:             []string{"*"},
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		WSModules:            RPCModules,
		WSOrigins:            []string{"*"},
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		HTTPBodyLimit:        node.DefaultConfig.HTTPBodyLimit,
		P2P: p2p.Config{
			MaxPeers:    0,
			NoDiscovery: true,
			NoDial:      true,
			ListenAddr:  "",
		},
	}
	if cfg.HTTPPort >= 0 {
		nodeCfg.HTTPHost, nodeCfg.HTTPPort = cfg.HTTPHost, cfg.HTTPPort
	}
	if cfg.WSPort >= 0 {
		nodeCfg.WSHost, nodeCfg.WSPort = cfg.HTTPHost, cfg.WSPort
	}
	stack, err := node.New(&nodeCfg)
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return fmt.Errorf("devchain: data directory %s is in use by another process", dataDir)
		}
		return fmt.Errorf("devchain: node: %w", err)
	}
	genesis, err := c.genesis(stack)
	if err != nil {
		stack.Close()
		return err
	}

	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = genesis
	ethCfg.NetworkId = cfg.ChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.TxPool.NoLocals = cfg.TxPoolNoLocals
	ethCfg.Miner.GasCeil = cfg.GasLimit
	ethCfg.Miner.GasPrice = big.NewInt(1) // like geth --dev: 1 wei minimum tip
	ethCfg.Miner.PendingFeeRecipient = cfg.FeeRecipient
	// A dev chain needs nothing like mainnet's caches (megabytes).
	ethCfg.DatabaseCache = 32
	ethCfg.TrieCleanCache = 16
	ethCfg.TrieDirtyCache = 16
	ethCfg.SnapshotCache = 16
	ethCfg.FilterLogCacheSize = 32
	// No log index (filtermaps): eth_getLogs then searches block blooms, which
	// is quick on a dev chain, while the indexer costs seconds of CPU at start
	// and stop (tens of seconds under the race detector).
	ethCfg.LogNoHistory = true

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devchain: ethereum service: %w", err)
	}
	// The log filter API, as geth's utils.RegisterFilterAPI registers it.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	if err := stack.Start(); err != nil {
		// The node has closed itself; the Ethereum service was never started.
		var opErr *net.OpError
		if errors.As(err, &opErr) && opErr.Addr != nil {
			return portError("RPC", opErr.Addr.String(), err)
		}
		return fmt.Errorf("devchain: start: %w", err)
	}
	// Period 0: the beacon does not run its own loop; sealLoop drives it so
	// that periods need not be whole seconds.
	beacon, err := catalyst.NewSimulatedBeacon(0, cfg.FeeRecipient, backend)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devchain: simulated beacon: %w", err)
	}
	c.stack, c.backend, c.beacon = stack, backend, beacon
	c.client = ethclient.NewClient(stack.Attach())
	return nil
}

// genesis returns the genesis to start with: nil to resume the chain stored in
// the data directory, or a new dev genesis.
func (c *Chain) genesis(stack *node.Node) (*core.Genesis, error) {
	if !c.cfg.InMemory && rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) != "" {
		db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true, Cache: 16, Handles: 16})
		if err != nil {
			return nil, fmt.Errorf("devchain: open chain database in %s: %w", stack.DataDir(), err)
		}
		defer db.Close()
		if rawdb.ReadCanonicalHash(db, 0) != (common.Hash{}) {
			stored, err := core.ReadGenesis(db)
			if err != nil {
				return nil, fmt.Errorf("devchain: read genesis from %s: %w", stack.DataDir(), err)
			}
			if id := stored.Config.ChainID; id == nil || !id.IsUint64() || id.Uint64() != c.cfg.ChainID {
				return nil, fmt.Errorf("devchain: data directory %s holds chain id %v, not %d", stack.DataDir(), id, c.cfg.ChainID)
			}
			return nil, nil
		}
	}
	for addr, bal := range c.cfg.Alloc {
		if bal == nil || bal.Sign() < 0 {
			return nil, fmt.Errorf("devchain: alloc %s: balance must be >= 0 wei", addr)
		}
	}
	alloc := maps.Clone(c.cfg.GenesisAlloc)
	if alloc == nil {
		alloc = types.GenesisAlloc{}
	}
	for addr, bal := range c.cfg.Alloc {
		acc := alloc[addr]
		acc.Balance = new(big.Int).Set(bal)
		alloc[addr] = acc
	}
	g := Genesis(c.cfg.ChainID, c.cfg.GasLimit, alloc)
	// A second in the past: the first block, sealed at once, then gets the
	// wall-clock second as its timestamp (go-ethereum's simulated beacon
	// takes max(now, parent+1)) and every later one stays on the wall clock
	// instead of one second ahead of it. A parent one second ahead of the
	// child made issue 14's latency in blocks read one block low.
	g.Timestamp = uint64(time.Now().Unix()) - 1
	return g, nil
}

// sealLoop seals a block at once and then at every multiple of period on
// the wall clock (whole seconds for 1s), as a beacon chain proposes at its
// slot starts (genesis time + n slots, whole seconds): the devnet's child
// chain starts its slots at whole seconds too, so the two chains keep the
// phase real ones have instead of one that depends on when the devnet
// started (a request sealed late in a child slot waits one more child block
// than one sealed early in it; issue 14's latency in blocks). With a period
// below a second the blocks' timestamps run ahead of the wall clock, and
// the boundaries are still every period.
func (c *Chain) sealLoop(period time.Duration) {
	defer close(c.done)
	c.Commit()
	t := time.NewTimer(untilBoundary(time.Now(), period))
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.Commit()
			t.Reset(untilBoundary(time.Now(), period))
		}
	}
}

// untilBoundary is the time from now to the next multiple of period on the
// wall clock (a seal slower than a period skips the boundaries it missed).
func untilBoundary(now time.Time, period time.Duration) time.Duration {
	return now.Truncate(period).Add(period).Sub(now)
}

// Commit seals one block now with the pending transactions (possibly none)
// and returns the hash of the new head. It works in both sealing modes. A
// sealing failure is logged by go-ethereum at warn level and the old head is
// returned.
func (c *Chain) Commit() common.Hash {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	return c.beacon.Commit()
}

// Reorg makes the block with hash parentHash the head, dropping every block
// after it from the canonical chain (their transactions return to the pool),
// then runs during (which may be nil) before any new block is sealed: a test
// can send a conflicting transaction there to make a dropped one vanish. The
// pool must have no pending transactions when Reorg is called (the
// simulated beacon's rule). Errors: pending transactions, an unknown parent,
// or during's error.
func (c *Chain) Reorg(parentHash common.Hash, during func() error) error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if err := c.beacon.Fork(parentHash); err != nil {
		return fmt.Errorf("devchain: reorg to %s: %w", parentHash, err)
	}
	c.backend.TxPool().Sync()
	if during != nil {
		if err := during(); err != nil {
			return err
		}
		c.backend.TxPool().Sync()
	}
	return nil
}

// ChainID returns the chain id.
func (c *Chain) ChainID() uint64 { return c.cfg.ChainID }

// HTTPURL returns the HTTP JSON-RPC URL with the real port
// (http://127.0.0.1:PORT), or "" when HTTP is off.
func (c *Chain) HTTPURL() string {
	if c.cfg.HTTPPort < 0 {
		return ""
	}
	return c.stack.HTTPEndpoint()
}

// WSURL returns the WebSocket JSON-RPC URL with the real port
// (ws://127.0.0.1:PORT), or "" when WebSocket is off.
func (c *Chain) WSURL() string {
	if c.cfg.WSPort < 0 {
		return ""
	}
	return c.stack.WSEndpoint()
}

// DataDir returns the data directory in use (the temporary one when
// Config.DataDir was "", "" with Config.InMemory).
func (c *Chain) DataDir() string { return c.stack.DataDir() }

// Stack returns the go-ethereum node (RPC servers, lifecycles), for tests
// that need direct access.
func (c *Chain) Stack() *node.Node { return c.stack }

// Client returns an in-process client of the chain (all namespaces). It is
// closed by Close; callers must not close it.
func (c *Chain) Client() *ethclient.Client { return c.client }

// Backend returns the go-ethereum service, for tests that need direct access.
func (c *Chain) Backend() *eth.Ethereum { return c.backend }

// BlockNumber returns the number of the current head block.
func (c *Chain) BlockNumber() uint64 { return c.backend.BlockChain().CurrentBlock().Number.Uint64() }

// WaitForBlock blocks until the head reaches number n or ctx ends (ctx.Err()).
func (c *Chain) WaitForBlock(ctx context.Context, n uint64) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for c.BlockNumber() < n {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}

// Close stops block production and the node, and removes the temporary data
// directory if one was created. The chain state is flushed so that a chain
// on a given DataDir resumes on the next Start. Calling Close again returns
// the first result.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		close(c.stop)
		<-c.done
		c.sealMu.Lock()
		c.beacon.Stop()
		c.sealMu.Unlock()
		c.client.Close()
		if err := c.stack.Close(); err != nil {
			c.closeErr = fmt.Errorf("devchain: close: %w", err)
		}
		if c.tempDir != "" {
			if err := os.RemoveAll(c.tempDir); err != nil && c.closeErr == nil {
				c.closeErr = fmt.Errorf("devchain: remove %s: %w", c.tempDir, err)
			}
		}
	})
	return c.closeErr
}

// ChainConfig returns the fork rules of every embedded chain of the project
// (the devnet, chaintest, deploytest and the contracts' tests), with the
// given EIP-155 chain id: every released fork through Osaka active from
// genesis, proof of stake from genesis (terminal total difficulty 0), and no
// later fork. go-ethereum's developer config also turns on Bogota, a fork
// that is not live on any network (it carries EIP-8037, which makes a new
// storage slot cost about 98k gas instead of 22k); a service chain runs
// released rules, and the standalone geth of the e2e harness (v1.16.7) knows
// no Bogota, so gas measured on an embedded chain is the gas users pay there
// too. Each call returns a new ChainConfig whose fields the caller may set;
// the values its pointer fields point to (fork blocks, blob schedule) are
// go-ethereum's and must not be modified in place.
func ChainConfig(chainID uint64) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

// Genesis returns the genesis of a new embedded chain: ChainConfig(chainID),
// a block gas limit of gasLimit gas, go-ethereum's developer allocations (the
// precompiles and the system contracts the forks call into) and alloc on top
// (alloc wins for an address in both; it is copied, not kept). The timestamp
// is 0; Start sets it to the wall clock.
func Genesis(chainID, gasLimit uint64, alloc types.GenesisAlloc) *core.Genesis {
	g := core.DeveloperGenesisBlock(gasLimit, nil)
	g.Config = ChainConfig(chainID)
	for addr, acc := range alloc {
		g.Alloc[addr] = acc
	}
	return g
}

// DevKey returns the i-th deterministic development private key
// (keccak256("servicechain dev key <i>")). These keys are public knowledge:
// use them on development chains only.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("servicechain dev key " + strconv.Itoa(i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		// Only if the hash is zero or >= the curve order: probability ~2^-128.
		panic(fmt.Sprintf("devchain: dev key %d: %v", i, err))
	}
	return k
}

// DevAddress returns the address of DevKey(i).
func DevAddress(i int) common.Address { return crypto.PubkeyToAddress(DevKey(i).PublicKey) }
