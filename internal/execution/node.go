package execution

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/engine"
)

// Defaults applied by Start to zero Config fields.
const (
	// DefaultMaxPeers is the devp2p peer limit.
	DefaultMaxPeers = 50
	// DefaultMaxReorgDepth is go-ethereum's EngineMaxReorgDepth for the
	// embedded node (blocks). Committed blocks are never replaced, so the
	// producer never asks for a rewind; a forkchoiceUpdated that would
	// rewind further than this is refused by the node itself, a second
	// safety net behind the fence (docs/research failover.md, section 7.5).
	DefaultMaxReorgDepth = 2
	// DefaultRecommit is how often the node rebuilds a payload under
	// construction with newly arrived transactions (geth --miner.recommit;
	// go-ethereum's default is 2 s). The producer asks for the payload
	// BuildLead (three quarters of a period) before its slot, so with
	// 1-second slots a recommit of a second or more builds once, at the
	// forkchoiceUpdated: a transaction arriving after it waited a whole
	// block more. With 200 ms the rebuilds start 0.55, 0.35 and 0.15 s
	// before the slot, so what arrives until then is taken in (issue 14's
	// steady latency of 1 destination block; the devnet burst measured no
	// loss of throughput: BENCHMARKS.md, fourth pass). Each rebuild executes the pending transactions again: CPU
	// under load.
	DefaultRecommit = 200 * time.Millisecond
	// DefaultDatabaseCache is the chain database cache in megabytes.
	DefaultDatabaseCache = 64
)

// AllowedModules are the JSON-RPC namespaces an embedded node may serve over
// HTTP and WebSocket. Everything that can move the head or insert blocks
// (engine, testing, debug_setHead, admin_importChain, miner, dev) is left out.
var AllowedModules = []string{"eth", "net", "web3", "txpool"}

// Config describes one embedded execution node.
type Config struct {
	// Name labels the node (go-ethereum's client identifier, logs). "" means
	// "servicechain".
	Name string
	// DataDir is the data directory (<DataDir>/geth/chaindata, the node key
	// at <DataDir>/geth/nodekey). Required.
	DataDir string
	// Genesis initialises an empty DataDir (as Init); with a DataDir that
	// already holds a chain it must be that chain's genesis. nil: DataDir
	// must have been initialised (else ErrNotInitialised).
	Genesis *core.Genesis
	// HTTPAddr is the HTTP JSON-RPC listen address "host:port" (port 0: the
	// OS picks; see Node.HTTPURL). "" means no HTTP server.
	HTTPAddr string
	// WSAddr is the WebSocket JSON-RPC listen address; "" means none. The
	// same address as HTTPAddr shares one listener for both protocols.
	WSAddr string
	// Modules are the namespaces served over HTTP and WebSocket, a subset of
	// AllowedModules (anything else is refused). nil means AllowedModules.
	Modules []string
	// VirtualHosts are the accepted HTTP Host names (geth --http.vhosts);
	// requests by IP address are always accepted. nil means ["localhost"].
	VirtualHosts []string
	// CORS lists allowed browser origins for HTTP (geth --http.corsdomain);
	// nil means none.
	CORS []string
	// WSOrigins lists allowed WebSocket origins (geth --ws.origins).
	WSOrigins []string
	// P2PAddr is the devp2p TCP listen address ("host:port", port 0 picks a
	// free one; see Node.Enode). "" means no listener: the node only dials
	// its static peers. Discovery is always off: peers are static.
	P2PAddr string
	// StaticPeers are enode URLs the node keeps connected to.
	StaticPeers []string
	// MaxPeers limits devp2p peers. 0 means DefaultMaxPeers.
	MaxPeers int
	// MaxReorgDepth is the deepest rewind a forkchoiceUpdated may cause, in
	// blocks. 0 means DefaultMaxReorgDepth.
	MaxReorgDepth uint64
	// Recommit is the payload rebuild interval. 0 means DefaultRecommit.
	Recommit time.Duration
	// MinTip is the smallest priority fee the node includes, in wei per gas.
	// nil means 1 wei (as geth --dev).
	MinTip *big.Int
	// LogIndex keeps go-ethereum's log index (faster eth_getLogs over long
	// ranges, seconds of CPU at start and stop). false: eth_getLogs scans
	// block blooms.
	LogIndex bool
	// DatabaseCache is the chain database cache in megabytes. 0 means
	// DefaultDatabaseCache.
	DatabaseCache int
}

func (cfg Config) withDefaults() (Config, []*enode.Node, error) {
	if cfg.DataDir == "" {
		return cfg, nil, errors.New("execution config: data directory is empty: expected a path")
	}
	if cfg.Name == "" {
		cfg.Name = "servicechain"
	}
	if cfg.Modules == nil {
		cfg.Modules = AllowedModules
	}
	for _, m := range cfg.Modules {
		if !slices.Contains(AllowedModules, m) {
			return cfg, nil, fmt.Errorf("execution config: RPC module %q: expected one of %v (nothing that inserts blocks or moves the head is served)", m, AllowedModules)
		}
	}
	if cfg.VirtualHosts == nil {
		cfg.VirtualHosts = []string{"localhost"}
	}
	for _, a := range []struct{ name, addr string }{{"HTTP address", cfg.HTTPAddr}, {"WebSocket address", cfg.WSAddr}, {"devp2p address", cfg.P2PAddr}} {
		if a.addr == "" {
			continue
		}
		if _, p, err := net.SplitHostPort(a.addr); err != nil {
			return cfg, nil, fmt.Errorf("execution config: %s %q: expected host:port", a.name, a.addr)
		} else if n, err := strconv.Atoi(p); err != nil || n < 0 || n > 65535 {
			return cfg, nil, fmt.Errorf("execution config: %s %q: expected a port from 0 to 65535", a.name, a.addr)
		}
	}
	peers := make([]*enode.Node, 0, len(cfg.StaticPeers))
	for _, u := range cfg.StaticPeers {
		n, err := enode.Parse(enode.ValidSchemes, u)
		if err != nil {
			return cfg, nil, fmt.Errorf("execution config: static peer %q: %v (expected enode://<pubkey>@<host>:<port>)", u, err)
		}
		peers = append(peers, n)
	}
	if cfg.MaxPeers < 0 {
		return cfg, nil, fmt.Errorf("execution config: max peers %d: expected >= 0", cfg.MaxPeers)
	}
	if cfg.MaxPeers == 0 {
		cfg.MaxPeers = DefaultMaxPeers
	}
	if cfg.MaxReorgDepth == 0 {
		cfg.MaxReorgDepth = DefaultMaxReorgDepth
	}
	if cfg.Recommit < 0 {
		return cfg, nil, fmt.Errorf("execution config: recommit %v: expected a duration >= 0", cfg.Recommit)
	}
	if cfg.Recommit == 0 {
		cfg.Recommit = DefaultRecommit
	}
	if cfg.MinTip == nil {
		cfg.MinTip = big.NewInt(1)
	}
	if cfg.MinTip.Sign() <= 0 {
		return cfg, nil, fmt.Errorf("execution config: min tip %v: expected wei per gas > 0", cfg.MinTip)
	}
	if cfg.DatabaseCache < 0 {
		return cfg, nil, fmt.Errorf("execution config: database cache %d: expected megabytes >= 0", cfg.DatabaseCache)
	}
	if cfg.DatabaseCache == 0 {
		cfg.DatabaseCache = DefaultDatabaseCache
	}
	return cfg, peers, nil
}

// Node is a running embedded execution node. Its methods are safe for
// concurrent use.
type Node struct {
	cfg       Config
	stack     *node.Node
	backend   *eth.Ethereum
	engineSrv *rpc.Server
	engineRPC *rpc.Client
	ethRPC    *rpc.Client
	eng       *engine.Client
	client    *ethclient.Client

	closeOnce sync.Once
	closeErr  error
}

// Start starts an execution node and returns once its listeners are open.
// Errors: an invalid Config (naming the field), ErrNotInitialised, a genesis
// that differs from the one stored, a data directory in use by another
// process, or a listen address that is taken (naming it).
func Start(cfg Config) (*Node, error) {
	cfg, peers, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cfg.Genesis != nil {
		if _, err := Init(cfg.DataDir, cfg.Genesis); err != nil {
			return nil, err
		}
	} else if !Initialised(cfg.DataDir) {
		return nil, fmt.Errorf("%w: %s (run node init with the chain's genesis file)", ErrNotInitialised, cfg.DataDir)
	}
	// go-ethereum opens its listeners only after the eth service exists, and
	// that service cannot be stopped cleanly after a failed start: check
	// fixed ports first.
	checked := map[string]bool{}
	for _, a := range []struct{ name, addr string }{{"HTTP", cfg.HTTPAddr}, {"WebSocket", cfg.WSAddr}, {"devp2p", cfg.P2PAddr}} {
		if checked[a.addr] {
			continue // HTTP and WebSocket on one listener
		}
		checked[a.addr] = true
		if err := checkAddr(a.name, a.addr); err != nil {
			return nil, err
		}
	}

	nodeCfg := node.Config{
		Name:                 instanceName,
		UserIdent:            cfg.Name,
		DataDir:              cfg.DataDir,
		DBEngine:             dbEngine(cfg.DataDir),
		HTTPModules:          cfg.Modules,
		HTTPVirtualHosts:     cfg.VirtualHosts,
		HTTPCors:             cfg.CORS,
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		WSModules:            cfg.Modules,
		WSOrigins:            cfg.WSOrigins,
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		HTTPBodyLimit:        node.DefaultConfig.HTTPBodyLimit,
		P2P: p2p.Config{
			MaxPeers:    cfg.MaxPeers,
			NoDiscovery: true,
			DiscoveryV4: false,
			DiscoveryV5: false,
			ListenAddr:  cfg.P2PAddr,
			StaticNodes: peers,
		},
	}
	if cfg.HTTPAddr != "" {
		host, port, _ := net.SplitHostPort(cfg.HTTPAddr)
		nodeCfg.HTTPHost = host
		nodeCfg.HTTPPort, _ = strconv.Atoi(port)
	}
	if cfg.WSAddr != "" {
		host, port, _ := net.SplitHostPort(cfg.WSAddr)
		nodeCfg.WSHost = host
		nodeCfg.WSPort, _ = strconv.Atoi(port)
	}
	stack, err := node.New(&nodeCfg)
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("execution: data directory %s is in use by another process", cfg.DataDir)
		}
		return nil, fmt.Errorf("execution: node: %w", err)
	}

	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = nil // the stored one (Init above)
	ethCfg.SyncMode = ethconfig.FullSync
	// Durable: hash scheme, archive (see StateScheme). A data directory made
	// with the path scheme is refused with "incompatible state scheme".
	ethCfg.StateScheme = StateScheme
	ethCfg.NoPruning = true
	ethCfg.EngineMaxReorgDepth = cfg.MaxReorgDepth
	ethCfg.Miner.GasPrice = new(big.Int).Set(cfg.MinTip)
	ethCfg.Miner.Recommit = cfg.Recommit
	ethCfg.DatabaseCache = cfg.DatabaseCache
	ethCfg.TrieCleanCache = 32
	ethCfg.TrieDirtyCache = 32
	ethCfg.SnapshotCache = 32
	ethCfg.FilterLogCacheSize = 32
	ethCfg.LogNoHistory = !cfg.LogIndex
	// A service chain's pool takes bursts from many clients at once.
	ethCfg.TxPool.GlobalSlots = 16384
	ethCfg.TxPool.GlobalQueue = 4096
	ethCfg.TxPool.AccountSlots = 256
	ethCfg.TxPool.AccountQueue = 256

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("execution: ethereum service: %w", err)
	}
	if gl := backend.BlockChain().Genesis().GasLimit(); gl > 0 {
		backend.Miner().SetGasCeil(gl)
	}
	// The log filter API, as geth's utils.RegisterFilterAPI registers it.
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	// No catalyst.Register: it would add the unauthenticated testing
	// namespace, and the engine namespace belongs to our producer only.

	if err := stack.Start(); err != nil {
		var opErr *net.OpError
		if errors.As(err, &opErr) && opErr.Addr != nil {
			return nil, addrError("RPC", opErr.Addr.String(), err)
		}
		return nil, fmt.Errorf("execution: start: %w", err)
	}
	n := &Node{cfg: cfg, stack: stack, backend: backend}
	n.engineSrv = rpc.NewServer()
	if err := n.engineSrv.RegisterName("engine", catalyst.NewConsensusAPI(backend)); err != nil {
		stack.Close()
		return nil, fmt.Errorf("execution: engine API: %w", err)
	}
	n.engineRPC = rpc.DialInProc(n.engineSrv)
	n.ethRPC = stack.Attach()
	n.eng = engine.NewClient(n.engineRPC, engine.WithEthRPC(n.ethRPC))
	n.client = ethclient.NewClient(n.ethRPC)
	return n, nil
}

func checkAddr(name, addr string) error {
	if addr == "" {
		return nil
	}
	if _, p, _ := net.SplitHostPort(addr); p == "0" {
		return nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return addrError(name, addr, err)
	}
	return l.Close()
}

func addrError(name, addr string, err error) error {
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("execution: %s address %s is already in use", name, addr)
	}
	return fmt.Errorf("execution: %s listener on %s: %w", name, addr, err)
}

// Engine returns the in-process Engine API client (the only way into the
// node's engine namespace). Close closes it; callers must not.
func (n *Node) Engine() *engine.Client { return n.eng }

// Client returns an in-process eth client. Close closes it; callers must not.
func (n *Node) Client() *ethclient.Client { return n.client }

// HTTPURL is the HTTP JSON-RPC URL with the real port, or "" without HTTP.
func (n *Node) HTTPURL() string {
	if n.cfg.HTTPAddr == "" {
		return ""
	}
	return n.stack.HTTPEndpoint()
}

// WSURL is the WebSocket JSON-RPC URL with the real port, or "" without WebSocket.
func (n *Node) WSURL() string {
	if n.cfg.WSAddr == "" {
		return ""
	}
	return n.stack.WSEndpoint()
}

// Enode is the node's devp2p URL (enode://<pubkey>@<ip>:<port>) for other
// nodes' StaticPeers. Its key is <DataDir>/geth/nodekey, created on first start.
func (n *Node) Enode() string { return n.stack.Server().Self().URLv4() }

// PeerCount is the number of connected devp2p peers.
func (n *Node) PeerCount() int { return n.stack.Server().PeerCount() }

// AddPeer adds a static peer by enode URL and keeps it connected.
func (n *Node) AddPeer(url string) error {
	p, err := enode.Parse(enode.ValidSchemes, url)
	if err != nil {
		return fmt.Errorf("execution: peer %q: %w", url, err)
	}
	n.stack.Server().AddPeer(p)
	return nil
}

// ChainConfig is the chain's fork configuration (from the stored genesis).
func (n *Node) ChainConfig() *params.ChainConfig { return n.backend.BlockChain().Config() }

// GenesisHash is the hash of block 0.
func (n *Node) GenesisHash() common.Hash { return n.backend.BlockChain().Genesis().Hash() }

// Head returns the header of the current head block.
func (n *Node) Head() *types.Header { return n.backend.BlockChain().CurrentBlock() }

// Backend is the go-ethereum service, for tests and benchmarks that need
// direct access (never for inserting blocks).
func (n *Node) Backend() *eth.Ethereum { return n.backend }

// DataDir is the data directory.
func (n *Node) DataDir() string { return n.cfg.DataDir }

// Close stops the node (its state is flushed; Start on the same DataDir
// resumes). Calling it again returns the first result.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		n.engineRPC.Close()
		n.engineSrv.Stop()
		n.ethRPC.Close()
		if err := n.stack.Close(); err != nil {
			n.closeErr = fmt.Errorf("execution: close: %w", err)
		}
	})
	return n.closeErr
}
