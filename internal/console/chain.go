package console

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// maxTimeCache bounds the block-timestamp cache of one chain (entries).
const maxTimeCache = 8192

// chainReader reads one chain's public data over JSON-RPC: heads, block
// timestamps (cached), logs and contract views.
type chainReader struct {
	name    string
	cfg     ChainConfig
	timeout time.Duration
	rpc     *rpc.Client
	*ethclient.Client

	mu    sync.Mutex
	times map[uint64]uint64 // block number -> timestamp (seconds)
}

// dialChain connects to a chain's RPC (HTTP connects lazily; WebSocket at once).
func dialChain(ctx context.Context, name string, cfg ChainConfig, timeout time.Duration) (*chainReader, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("console: %s chain %s: %w", name, cfg.RPC, err)
	}
	return &chainReader{name: name, cfg: cfg, timeout: timeout, rpc: rc, Client: ethclient.NewClient(rc), times: map[uint64]uint64{}}, nil
}

// ctx bounds one call with the RPC timeout.
func (c *chainReader) ctx(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(parent, c.timeout)
}

// head returns the latest header.
func (c *chainReader) head(ctx context.Context) (*types.Header, error) {
	ctx, cancel := c.ctx(ctx)
	defer cancel()
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s chain: latest header: %w", c.name, err)
	}
	c.noteTime(h.Number.Uint64(), h.Time)
	return h, nil
}

func (c *chainReader) noteTime(n, t uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.times) >= maxTimeCache {
		clear(c.times)
	}
	c.times[n] = t
}

// blockTime returns block n's timestamp in seconds (cached).
func (c *chainReader) blockTime(ctx context.Context, n uint64) (uint64, error) {
	c.mu.Lock()
	t, ok := c.times[n]
	c.mu.Unlock()
	if ok {
		return t, nil
	}
	ctx, cancel := c.ctx(ctx)
	defer cancel()
	h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, fmt.Errorf("%s chain: header %d: %w", c.name, n, err)
	}
	c.noteTime(n, h.Time)
	return h.Time, nil
}

// blockAtOrBefore returns the highest block number <= upper whose
// timestamp is <= t (0 when none): the chain's head at time t. It walks back
// from upper (latencies are a few blocks), then bisects.
func (c *chainReader) blockAtOrBefore(ctx context.Context, t, upper uint64) (uint64, error) {
	const walk = 16
	b := upper
	for i := 0; i < walk; i++ {
		bt, err := c.blockTime(ctx, b)
		if err != nil {
			return 0, err
		}
		if bt <= t {
			return b, nil
		}
		if b == 0 {
			return 0, nil
		}
		b--
	}
	lo, hi := uint64(0), b+1 // time(hi) > t
	for lo+1 < hi {
		mid := lo + (hi-lo)/2
		mt, err := c.blockTime(ctx, mid)
		if err != nil {
			return 0, err
		}
		if mt <= t {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// logs returns the logs of addrs with any of the topics in blocks from..to.
func (c *chainReader) logs(ctx context.Context, from, to uint64, addrs []common.Address, topics []common.Hash) ([]types.Log, error) {
	ctx, cancel := c.ctx(ctx)
	defer cancel()
	ls, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: addrs, Topics: [][]common.Hash{topics},
	})
	if err != nil {
		return nil, fmt.Errorf("%s chain: eth_getLogs %d..%d: %w", c.name, from, to, err)
	}
	return ls, nil
}

// view runs a read-only contract call and decodes it; an empty result (no
// contract at addr) is an error naming the address.
func view[T any](ctx context.Context, c *chainReader, addr common.Address, data []byte, unpack func([]byte) (T, error), what string) (T, error) {
	var zero T
	ctx, cancel := c.ctx(ctx)
	defer cancel()
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
	if err != nil {
		return zero, fmt.Errorf("%s chain: %s on %s: %w", c.name, what, addr.Hex(), err)
	}
	if len(out) == 0 {
		return zero, fmt.Errorf("%s chain: %s: no contract at %s (empty result)", c.name, what, addr.Hex())
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("%s chain: %s on %s: %w", c.name, what, addr.Hex(), err)
	}
	return v, nil
}

// balance returns addr's balance in wei at the latest block.
func (c *chainReader) balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	ctx, cancel := c.ctx(ctx)
	defer cancel()
	b, err := c.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("%s chain: balance of %s: %w", c.name, addr.Hex(), err)
	}
	return b, nil
}

// receipt returns a transaction's receipt, or nil when the chain does not know it.
func (c *chainReader) receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := c.ctx(ctx)
	defer cancel()
	r, err := c.TransactionReceipt(ctx, h)
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s chain: receipt of %s: %w", c.name, h.Hex(), err)
	}
	return r, nil
}

// txURL is the explorer link of a transaction ("" without an explorer).
func (c *chainReader) txURL(h common.Hash) string {
	if c.cfg.ExplorerTxURL == "" {
		return ""
	}
	return strings.ReplaceAll(c.cfg.ExplorerTxURL, "{hash}", h.Hex())
}

func (c *chainReader) close() { c.rpc.Close() }
