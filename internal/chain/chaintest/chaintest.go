// Package chaintest runs small in-process go-ethereum chains for tests: a dev
// node (every fork active, proof of stake driven by go-ethereum's simulated
// beacon) served over HTTP and WebSocket on 127.0.0.1 with OS-chosen ports, and
// a TCP proxy that can be switched off to simulate an endpoint failing.
package chaintest

import (
	"crypto/ecdsa"
	"io"
	"math/big"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
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

// DefaultChainID is the chain id of a Node when Options.ChainID is 0.
const DefaultChainID = 1337

// Options configures a Node.
type Options struct {
	// ChainID is the EIP-155 chain id; 0 means DefaultChainID (1337).
	ChainID uint64
	// Alloc funds accounts (or installs code) at genesis.
	Alloc types.GenesisAlloc
	// BlockPeriod seals a block every BlockPeriod seconds; 0 means blocks are
	// sealed only by Commit.
	BlockPeriod uint64
}

// Node is an in-process go-ethereum dev chain with HTTP and WebSocket JSON-RPC
// on 127.0.0.1 (ports chosen by the OS) and eth_getLogs enabled.
type Node struct {
	// Stack is the go-ethereum node.
	Stack *node.Node
	// Eth is the Ethereum service (block chain, tx pool).
	Eth *eth.Ethereum

	beacon    *catalyst.SimulatedBeacon
	client    *ethclient.Client
	commitMu  sync.Mutex
	closeOnce sync.Once
}

// NewNode starts a node and registers its Close with t.Cleanup. It fails the
// test if the node cannot start.
func NewNode(t testing.TB, opts Options) *Node {
	t.Helper()
	if opts.ChainID == 0 {
		opts.ChainID = DefaultChainID
	}
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nodeConf.HTTPHost, nodeConf.HTTPPort = "127.0.0.1", 0
	nodeConf.WSHost, nodeConf.WSPort = "127.0.0.1", 0
	nodeConf.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	nodeConf.WSModules = nodeConf.HTTPModules
	nodeConf.WSOrigins = []string{"*"}
	nodeConf.HTTPVirtualHosts = []string{"*"}
	stack, err := node.New(&nodeConf)
	if err != nil {
		t.Fatalf("chaintest: new node: %v", err)
	}

	chainConfig := *params.AllDevChainProtocolChanges
	chainConfig.ChainID = new(big.Int).SetUint64(opts.ChainID)
	alloc := core.SystemContractAllocs()
	for addr, acc := range opts.Alloc {
		alloc[addr] = acc
	}
	ethConf := ethconfig.Defaults
	ethConf.NetworkId = opts.ChainID
	ethConf.Genesis = &core.Genesis{Config: &chainConfig, GasLimit: 30_000_000, Alloc: alloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true

	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		t.Fatalf("chaintest: new eth service: %v", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := stack.Start(); err != nil {
		stack.Close()
		t.Fatalf("chaintest: start node: %v", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(opts.BlockPeriod, common.Address{}, backend)
	if err != nil {
		stack.Close()
		t.Fatalf("chaintest: simulated beacon: %v", err)
	}
	if err := beacon.Start(); err != nil {
		stack.Close()
		t.Fatalf("chaintest: start beacon: %v", err)
	}
	n := &Node{Stack: stack, Eth: backend, beacon: beacon, client: ethclient.NewClient(stack.Attach())}
	t.Cleanup(n.Close)
	return n
}

// HTTPURL is the node's http:// JSON-RPC URL.
func (n *Node) HTTPURL() string { return n.Stack.HTTPEndpoint() }

// WSURL is the node's ws:// JSON-RPC URL.
func (n *Node) WSURL() string { return n.Stack.WSEndpoint() }

// Client is an in-process client of the node (no network).
func (n *Node) Client() *ethclient.Client { return n.client }

// Commit seals a block with the pending transactions and returns its hash.
// It returns once the tx pool has caught up with the new block, so a
// transaction sent right after it sees the new state.
func (n *Node) Commit() common.Hash {
	n.commitMu.Lock()
	defer n.commitMu.Unlock()
	h := n.beacon.Commit()
	n.Eth.TxPool().Sync()
	return h
}

// CommitN seals count blocks.
func (n *Node) CommitN(count int) {
	for range count {
		n.Commit()
	}
}

// Head is the current block number.
func (n *Node) Head() uint64 { return n.Eth.BlockChain().CurrentBlock().Number.Uint64() }

// Close stops the node; its URLs then refuse connections. Safe to call twice.
func (n *Node) Close() {
	n.closeOnce.Do(func() {
		n.client.Close()
		n.beacon.Stop()
		n.Stack.Close()
	})
}

// NewKey returns a fresh private key and its address.
func NewKey(t testing.TB) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return key, crypto.PubkeyToAddress(key.PublicKey)
}

// Ether converts whole ether to wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// Proxy forwards TCP connections from its own 127.0.0.1 port to a target URL's
// host. While down it closes every connection (open and new), so clients see
// the endpoint fail without the port changing.
type Proxy struct {
	ln     net.Listener
	target string
	scheme string

	mu    sync.Mutex
	down  bool
	conns map[net.Conn]struct{}
}

// NewProxy starts a proxy in front of targetURL (http:// or ws://) and registers
// its shutdown with t.Cleanup. The proxy starts up unless down is true.
func NewProxy(t testing.TB, targetURL string, down bool) *Proxy {
	t.Helper()
	u, err := url.Parse(targetURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		t.Fatalf("chaintest: proxy target %q: expected scheme://host:port", targetURL)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("chaintest: proxy listen: %v", err)
	}
	p := &Proxy{ln: ln, target: u.Host, scheme: u.Scheme, down: down, conns: make(map[net.Conn]struct{})}
	go p.serve()
	t.Cleanup(func() {
		ln.Close()
		p.SetDown(true)
	})
	return p
}

// URL is the proxy's URL, with the target's scheme.
func (p *Proxy) URL() string { return p.scheme + "://" + p.ln.Addr().String() }

// SetDown switches the proxy off (closing all open connections) or on again.
func (p *Proxy) SetDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for c := range p.conns {
			c.Close()
		}
		clear(p.conns)
	}
}

func (p *Proxy) serve() {
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.forward(in)
	}
}

func (p *Proxy) forward(in net.Conn) {
	p.mu.Lock()
	down := p.down
	p.mu.Unlock()
	if down {
		in.Close()
		return
	}
	out, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		in.Close()
		return
	}
	p.mu.Lock()
	if p.down {
		p.mu.Unlock()
		in.Close()
		out.Close()
		return
	}
	p.conns[in], p.conns[out] = struct{}{}, struct{}{}
	p.mu.Unlock()
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn) {
		io.Copy(dst, src)
		done <- struct{}{}
	}
	go pipe(out, in)
	go pipe(in, out)
	<-done
	in.Close()
	out.Close()
	<-done
	p.mu.Lock()
	delete(p.conns, in)
	delete(p.conns, out)
	p.mu.Unlock()
}
