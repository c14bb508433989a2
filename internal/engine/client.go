package engine

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultCallTimeout bounds each call whose context has no earlier deadline.
// It is the longest timeout execution-apis gives a consensus client
// (forkchoiceUpdated and newPayload: 8 s; getPayload: 1 s).
const DefaultCallTimeout = 8 * time.Second

// Client is a typed Engine API client. Its methods are safe for concurrent use.
type Client struct {
	rpc     *rpc.Client
	eth     *ethclient.Client
	timeout time.Duration
	owned   []*rpc.Client // closed by Close
}

// Option configures a Client.
type Option func(*Client)

// WithCallTimeout sets the per-call timeout (DefaultCallTimeout); d <= 0 keeps
// the default.
func WithCallTimeout(d time.Duration) Option {
	return func(c *Client) {
		if d > 0 {
			c.timeout = d
		}
	}
}

// WithEthRPC serves HeaderByNumber and HeaderByHash from c instead of the
// engine connection. An embedded node uses it: its engine namespace is
// reachable only in process, its eth namespace through node.Attach.
func WithEthRPC(c *rpc.Client) Option {
	return func(cl *Client) { cl.eth = ethclient.NewClient(c) }
}

// NewClient wraps an rpc client that serves the engine namespace (and, unless
// WithEthRPC is given, eth_getBlockByNumber / eth_getBlockByHash, as geth's
// authrpc does). Close does not close c.
func NewClient(c *rpc.Client, opts ...Option) *Client {
	cl := &Client{rpc: c, timeout: DefaultCallTimeout}
	for _, o := range opts {
		o(cl)
	}
	if cl.eth == nil {
		cl.eth = ethclient.NewClient(c)
	}
	return cl
}

// Dial connects to an execution node's authenticated endpoint (geth
// --authrpc.addr/--authrpc.port: http://127.0.0.1:8551 or ws://...), signing
// every request with a fresh HS256 JWT from secret (go-ethereum's
// node.NewJWTAuth; the node accepts an iat within 60 s of its clock).
// Dialling HTTP does not contact the node; use ExchangeCapabilities to check it.
func Dial(ctx context.Context, url string, secret [JWTSecretLength]byte, opts ...Option) (*Client, error) {
	if secret == ([JWTSecretLength]byte{}) {
		return nil, errors.New("engine: dial: JWT secret is all zero: expected a generated secret")
	}
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPAuth(node.NewJWTAuth(secret)))
	if err != nil {
		return nil, fmt.Errorf("engine: dial %s: %w", url, err)
	}
	cl := NewClient(c, opts...)
	cl.owned = append(cl.owned, c)
	return cl, nil
}

// DialJWTFile is Dial with the secret read by ReadJWTSecret from secretPath
// (so a file readable by group or others is refused).
func DialJWTFile(ctx context.Context, url, secretPath string, opts ...Option) (*Client, error) {
	secret, err := ReadJWTSecret(secretPath)
	if err != nil {
		return nil, err
	}
	return Dial(ctx, url, secret, opts...)
}

// Close closes the connection Dial opened (a no-op for NewClient).
func (c *Client) Close() {
	for _, r := range c.owned {
		r.Close()
	}
	c.owned = nil
}

func (c *Client) call(ctx context.Context, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	return wrapCallError(method, c.rpc.CallContext(ctx, result, method, args...))
}

// HeaderByNumber returns the header of block number (nil: the head) through
// eth_getBlockByNumber, which geth also serves on its authenticated endpoint.
// A missing block is ethereum.NotFound.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	h, err := c.eth.HeaderByNumber(ctx, number)
	if err != nil {
		return nil, fmt.Errorf("engine: eth_getBlockByNumber %v: %w", numberArg(number), err)
	}
	return h, nil
}

// HeaderByHash returns the header of the block with hash h (ethereum.NotFound
// if the node does not have it).
func (c *Client) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	hd, err := c.eth.HeaderByHash(ctx, h)
	if err != nil {
		return nil, fmt.Errorf("engine: eth_getBlockByHash %s: %w", h, err)
	}
	return hd, nil
}

func numberArg(n *big.Int) string {
	if n == nil {
		return "latest"
	}
	return n.String()
}
