// Package deploytest gives tests go-ethereum simulated chains that mine a block as soon as a transaction is
// sent, with funded accounts, so code that sends a transaction and waits for its receipt (deploy, txmgr, the
// bridge node) runs against a real EVM without a mining loop.
package deploytest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/servicechain/servicechain/internal/devchain"
)

// SimulatedChainID is the chain id of every go-ethereum simulated backend.
const SimulatedChainID = 1337

// Chain is one simulated chain. Client mines a block right after each SendTransaction while AutoCommit is on
// (the default); with it off, call Commit to mine pending transactions in one block.
type Chain struct {
	Backend *simulated.Backend
	Client  *Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey // funded accounts
	Addrs   []common.Address    // addresses of Keys
}

// Client is a simulated.Client that can mine on send. It satisfies deploy.Backend (bind/v2 ContractBackend and
// DeployBackend) and the ethclient-like interfaces of the project.
type Client struct {
	simulated.Client
	backend    *simulated.Backend
	mu         sync.Mutex
	AutoCommit atomic.Bool
}

// SendTransaction sends tx and, with AutoCommit on, mines it into a new block before returning.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if c.AutoCommit.Load() {
		c.backend.Commit()
	}
	return nil
}

// Commit mines the pending transactions into one block and returns its hash.
func (c *Client) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// BlockGasLimit is the block gas limit of every chain of NewChain, in gas.
const BlockGasLimit = 60_000_000

// Balance is the initial balance of every account of NewChain: 1,000,000 ether (wei).
var Balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// NewChain starts a simulated chain with `accounts` freshly generated accounts holding Balance each (and a block
// gas limit of BlockGasLimit) on the fork rules of the devnet (devchain.Genesis). It is closed when the test ends.
func NewChain(t testing.TB, accounts int) *Chain {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, accounts)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatalf("generate key: %v", err)
		}
		keys[i] = k
	}
	return NewChainWithKeys(t, keys)
}

// NewChainWithKeys is NewChain with the given keys (funded with Balance each), e.g. the same operator keys on a
// parent and a child chain.
func NewChainWithKeys(t testing.TB, keys []*ecdsa.PrivateKey) *Chain {
	t.Helper()
	c := &Chain{ChainID: big.NewInt(SimulatedChainID)}
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		c.Keys = append(c.Keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Set(Balance)}
	}
	c.Backend = simulated.NewBackend(alloc, devchainGenesis, simulated.WithBlockGasLimit(BlockGasLimit))
	t.Cleanup(func() { _ = c.Backend.Close() })
	c.Client = &Client{Client: c.Backend.Client(), backend: c.Backend}
	c.Client.AutoCommit.Store(true)
	return c
}

// Opts returns fresh transact options for account i (a new value each call, safe to modify).
func (c *Chain) Opts(i int) *bind.TransactOpts {
	if i < 0 || i >= len(c.Keys) {
		panic(fmt.Sprintf("deploytest: account %d of %d", i, len(c.Keys)))
	}
	return bind.NewKeyedTransactor(c.Keys[i], c.ChainID)
}

// NewPair starts a parent and a child chain that share the same `accounts` keys (same addresses on both).
func NewPair(t testing.TB, accounts int) (parent, child *Chain) {
	t.Helper()
	parent = NewChain(t, accounts)
	child = NewChainWithKeys(t, parent.Keys)
	return parent, child
}

// devchainGenesis puts the simulated chain on the genesis of every embedded chain of the project
// (devchain.Genesis: the fork rules of the devnet, every released fork through Osaka and not go-ethereum's
// experimental Bogota, and go-ethereum's developer allocations), keeping the simulated backend's allocations
// (the caller's accounts and the system contracts), so gas measured here is the gas users pay on the devnet.
func devchainGenesis(_ *node.Config, ec *ethconfig.Config) {
	ec.Genesis = devchain.Genesis(SimulatedChainID, ec.Genesis.GasLimit, ec.Genesis.Alloc)
}
