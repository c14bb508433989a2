package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// The methods below mirror go-ethereum's ethclient.Client. Each runs on the
// active endpoint and fails over as described in the package comment. Errors
// answered by the node (reverts with their data, "nonce too low",
// ethereum.NotFound, ...) are returned unchanged; when no endpoint can answer
// the error wraps ErrNoEndpoint (or ErrClosed after Close). A nil blockNumber
// means the latest block.

var (
	_ bind.ContractBackend         = (*Client)(nil)
	_ bind.DeployBackend           = (*Client)(nil)
	_ bind.PendingContractCaller   = (*Client)(nil)
	_ bind.BlockHashContractCaller = (*Client)(nil)
)

// call runs fn through c.do and returns its result.
func call[T any](ctx context.Context, c *Client, op string, fn func(context.Context, *ethclient.Client) (T, error)) (T, error) {
	var out T
	err := c.do(ctx, op, func(ctx context.Context, ec *ethclient.Client) error {
		v, err := fn(ctx, ec)
		out = v
		return err
	})
	return out, err
}

// ChainID returns the chain id the active endpoint serves.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, "eth_chainId", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.ChainID(ctx)
	})
}

// BlockNumber returns the active endpoint's latest block number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	return call(ctx, c, "eth_blockNumber", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.BlockNumber(ctx)
	})
}

// HeaderByNumber returns the canonical header at number (nil = latest; negative
// values are rpc.*BlockNumber tags such as rpc.FinalizedBlockNumber).
// ethereum.NotFound when there is none.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return call(ctx, c, "eth_getBlockByNumber", func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
		return ec.HeaderByNumber(ctx, number)
	})
}

// HeaderByHash returns the header with the given hash; ethereum.NotFound when unknown.
func (c *Client) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return call(ctx, c, "eth_getBlockByHash", func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
		return ec.HeaderByHash(ctx, hash)
	})
}

// BlockByNumber returns the block at number (nil = latest); ethereum.NotFound when there is none.
func (c *Client) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	return call(ctx, c, "eth_getBlockByNumber", func(ctx context.Context, ec *ethclient.Client) (*types.Block, error) {
		return ec.BlockByNumber(ctx, number)
	})
}

// TransactionReceipt returns the receipt of a mined transaction; ethereum.NotFound
// while it is not mined (or not known to the endpoint).
func (c *Client) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return call(ctx, c, "eth_getTransactionReceipt", func(ctx context.Context, ec *ethclient.Client) (*types.Receipt, error) {
		return ec.TransactionReceipt(ctx, txHash)
	})
}

// TransactionByHash returns a transaction and whether it is still pending;
// ethereum.NotFound when unknown.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	type result struct {
		tx      *types.Transaction
		pending bool
	}
	r, err := call(ctx, c, "eth_getTransactionByHash", func(ctx context.Context, ec *ethclient.Client) (result, error) {
		tx, pending, err := ec.TransactionByHash(ctx, hash)
		return result{tx, pending}, err
	})
	return r.tx, r.pending, err
}

// FilterLogs returns the logs matching q. Keep q's block range bounded: a range
// the endpoint refuses as too large ("too many results" -32005, a range limit
// -32602, a response above Config.MaxResponseBytes) is returned as a
// *LogRangeError wrapping ErrLogRangeTooLarge, without marking the endpoint
// down or trying the next one; FilterLogsRange shrinks the range and asks
// again.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return call(ctx, c, "eth_getLogs", func(ctx context.Context, ec *ethclient.Client) ([]types.Log, error) {
		logs, err := ec.FilterLogs(ctx, q)
		if rerr := logRangeError(q, err); rerr != nil {
			return nil, rerr
		}
		return logs, err
	})
}

// SubscribeFilterLogs subscribes to new logs matching q on the first usable
// WebSocket endpoint. The subscription does not fail over: when its Err channel
// yields, subscribe again (or poll FilterLogs). Without a usable ws:// or wss://
// endpoint it returns an error wrapping ErrNoEndpoint.
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	var failures []string
	for _, e := range c.usable() {
		ec := e.client()
		if ec == nil || !(strings.HasPrefix(e.url, "ws://") || strings.HasPrefix(e.url, "wss://")) {
			continue
		}
		sub, err := ec.SubscribeFilterLogs(ctx, q, ch)
		if err == nil || ctx.Err() != nil || !isTransportError(err) {
			return sub, c.scrub.Error(err)
		}
		c.setDown(e, fmt.Errorf("eth_subscribe: %w", err))
		failures = append(failures, fmt.Sprintf("endpoints[%d] %q: %v", e.index, e.shown, c.scrub.Error(err)))
	}
	msg := "needs a usable ws:// or wss:// endpoint"
	if len(failures) > 0 {
		msg += ": " + strings.Join(failures, "; ")
	}
	return nil, fmt.Errorf("chain %q: eth_subscribe logs: %w: %s", c.cfg.Name, ErrNoEndpoint, msg)
}

// CallContract executes a read-only call at blockNumber (nil = latest). A revert
// is returned as the node's error, which implements rpc.DataError with the
// revert data as a hex string.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return call(ctx, c, "eth_call", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CallContract(ctx, msg, blockNumber)
	})
}

// PendingCallContract executes a read-only call against the pending state.
func (c *Client) PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
	return call(ctx, c, "eth_call", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.PendingCallContract(ctx, msg)
	})
}

// CallContractAtHash executes a read-only call in the state of the block with the given hash.
func (c *Client) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error) {
	return call(ctx, c, "eth_call", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CallContractAtHash(ctx, msg, blockHash)
	})
}

// CodeAt returns the code of account at blockNumber (nil = latest); empty for
// an account without code.
func (c *Client) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	return call(ctx, c, "eth_getCode", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CodeAt(ctx, account, blockNumber)
	})
}

// CodeAtHash returns the code of account in the state of the block with the given hash.
func (c *Client) CodeAtHash(ctx context.Context, account common.Address, blockHash common.Hash) ([]byte, error) {
	return call(ctx, c, "eth_getCode", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CodeAtHash(ctx, account, blockHash)
	})
}

// PendingCodeAt returns the code of account in the pending state.
func (c *Client) PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	return call(ctx, c, "eth_getCode", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.PendingCodeAt(ctx, account)
	})
}

// NonceAt returns the number of transactions account has sent as of blockNumber
// (nil = latest), i.e. the next nonce the chain expects from it.
func (c *Client) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return call(ctx, c, "eth_getTransactionCount", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.NonceAt(ctx, account, blockNumber)
	})
}

// PendingNonceAt returns the next nonce of account counting the endpoint's
// transaction pool.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return call(ctx, c, "eth_getTransactionCount", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.PendingNonceAt(ctx, account)
	})
}

// BalanceAt returns the balance of account in wei at blockNumber (nil = latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	return call(ctx, c, "eth_getBalance", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.BalanceAt(ctx, account, blockNumber)
	})
}

// SuggestGasPrice returns the node's suggested legacy gas price in wei.
func (c *Client) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, "eth_gasPrice", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.SuggestGasPrice(ctx)
	})
}

// SuggestGasTipCap returns the node's suggested EIP-1559 priority fee in wei per gas.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, "eth_maxPriorityFeePerGas", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.SuggestGasTipCap(ctx)
	})
}

// EstimateGas estimates the gas msg needs. A call that reverts returns the
// node's error (rpc.DataError carrying the revert data).
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return call(ctx, c, "eth_estimateGas", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.EstimateGas(ctx, msg)
	})
}

// SendTransaction submits a signed transaction. Pool rejections ("nonce too low",
// "already known", "replacement transaction underpriced", "insufficient funds
// ...") are returned unchanged. After a transport failure the same transaction
// is offered to the next endpoint, which may answer "already known".
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.do(ctx, "eth_sendRawTransaction", func(ctx context.Context, ec *ethclient.Client) error {
		return ec.SendTransaction(ctx, tx)
	})
}

// CallContext performs any JSON-RPC call with failover and decodes its result
// into result (a pointer, as for rpc.Client.CallContext).
func (c *Client) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return c.do(ctx, method, func(ctx context.Context, ec *ethclient.Client) error {
		return ec.Client().CallContext(ctx, result, method, args...)
	})
}
