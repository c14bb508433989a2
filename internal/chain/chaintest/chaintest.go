// Package chaintest runs small in-process go-ethereum chains for tests: an
// internal/devchain chain (the devnet's fork rules, proof of stake driven by
// go-ethereum's simulated beacon) kept in memory, served over HTTP and
// WebSocket on 127.0.0.1 with OS-chosen ports, that seals blocks only when the
// test says so. Endpoint failures are simulated with internal/netfault.
package chaintest

import (
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/servicechain/servicechain/internal/devchain"
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

// Node is an in-process development chain (devchain.Chain, in memory) with
// HTTP and WebSocket JSON-RPC on 127.0.0.1 (ports chosen by the OS) and
// eth_getLogs enabled. Its tx pool does not track local transactions
// (devchain.Config.TxPoolNoLocals): a transaction the pool drops is gone, as
// on a remote node, so tests see a client's own re-broadcasting.
type Node struct {
	// Stack is the go-ethereum node.
	Stack *node.Node
	// Eth is the Ethereum service (block chain, tx pool).
	Eth *eth.Ethereum
	// Chain is the development chain the node runs.
	Chain *devchain.Chain

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
	period := time.Duration(opts.BlockPeriod) * time.Second
	if opts.BlockPeriod == 0 {
		period = -1 // sealed only by Commit
	}
	c, err := devchain.Start(devchain.Config{
		ChainID:        opts.ChainID,
		BlockPeriod:    period,
		GenesisAlloc:   opts.Alloc,
		InMemory:       true,
		TxPoolNoLocals: true,
	})
	if err != nil {
		t.Fatalf("chaintest: %v", err)
	}
	n := &Node{Stack: c.Stack(), Eth: c.Backend(), Chain: c}
	t.Cleanup(n.Close)
	return n
}

// HTTPURL is the node's http:// JSON-RPC URL.
func (n *Node) HTTPURL() string { return n.Chain.HTTPURL() }

// WSURL is the node's ws:// JSON-RPC URL.
func (n *Node) WSURL() string { return n.Chain.WSURL() }

// Client is an in-process client of the node (no network). Close closes it.
func (n *Node) Client() *ethclient.Client { return n.Chain.Client() }

// Commit seals a block with every executable transaction sent before it and
// returns its hash. The pool promotes transactions in the background, so
// Commit first waits for it (a transaction that has just been accepted would
// otherwise miss the block), and it returns once the pool has caught up with
// the new block, so a transaction sent right after it sees the new state.
func (n *Node) Commit() common.Hash {
	n.commitMu.Lock()
	defer n.commitMu.Unlock()
	n.Eth.TxPool().Sync()
	h := n.Chain.Commit()
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
func (n *Node) Head() uint64 { return n.Chain.BlockNumber() }

// Close stops the node; its URLs then refuse connections. Safe to call twice.
func (n *Node) Close() {
	n.closeOnce.Do(func() { _ = n.Chain.Close() })
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
