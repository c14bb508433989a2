// Package chain is a JSON-RPC client for one EVM chain served by several
// endpoints. It dials every endpoint in the background (a chain that is not up
// yet is retried until it is), polls each endpoint's head, and sends every call
// to the first endpoint, in configured order, that is healthy and not lagging.
// A call that fails for a transport reason (connection refused or lost, timeout,
// HTTP error status, malformed response) moves on to the next endpoint; an error
// answered by the node itself (a revert, "nonce too low", "insufficient funds",
// not found) is returned to the caller unchanged.
//
// *Client implements go-ethereum's bind/v2 ContractBackend and DeployBackend and
// the ethclient methods the tx manager needs.
package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/singleflight"

	"github.com/servicechain/servicechain/internal/redact"
)

// ErrNoEndpoint is returned (wrapped, with each endpoint's last error) when no
// endpoint is usable: none is connected and healthy within MaxEndpointLag of the
// best head, or every usable one failed the call for a transport reason.
var ErrNoEndpoint = errors.New("no usable endpoint")

// ErrClosed is returned by calls made after Close.
var ErrClosed = errors.New("client closed")

// EndpointStatus is a snapshot of one endpoint, for the admin API and metrics.
type EndpointStatus struct {
	// URL is the configured URL with its secrets masked (redact.URL: user
	// info, key-like path segments, query values), safe to log and export.
	URL string
	// Head is the last block number this endpoint reported (0 before the first poll).
	Head uint64
	// HeadAt is when Head was last polled successfully (zero before that).
	HeadAt time.Time
	// Healthy is true when the endpoint is connected, serves the configured chain
	// id and its last head poll or call succeeded.
	Healthy bool
	// Lagging is true when the endpoint is healthy but more than MaxEndpointLag
	// blocks behind the best head; calls skip it.
	Lagging bool
	// Active is true for the endpoint calls currently go to.
	Active bool
	// LastError is the last dial, chain id, poll or call error ("" if none since
	// the endpoint last became healthy).
	LastError string
}

// Client is a failover JSON-RPC client for one chain. Create it with New, then
// call Start. All methods are safe for concurrent use.
type Client struct {
	cfg   Config
	log   *slog.Logger
	eps   []*endpoint
	scrub *redact.Scrubber // masks the endpoints' secrets in error messages
	agree agreementState   // endpoint disagreements (agreement.go)
	// headReads runs one refreshHead per endpoint at a time: agreements
	// asked concurrently about the same new block share the read.
	headReads singleflight.Group

	mu      sync.Mutex
	started bool
	closed  bool
	cancel  context.CancelFunc
	wg      sync.WaitGroup

	reconnMu sync.Mutex
	reconn   chan struct{} // closed (and replaced) when an endpoint comes back; see Reconnected
}

// endpoint is one JSON-RPC URL and what the poller last learnt about it.
type endpoint struct {
	index int
	url   string // as configured; used to dial only
	shown string // redact.URL(url); used in logs, errors and status

	mu      sync.Mutex
	ec      *ethclient.Client // nil while not connected
	head    uint64
	headAt  time.Time
	healthy bool
	lastErr error
	state   string // "", "up" or "down": the state last logged, to log each transition once
}

// New validates cfg and returns a client that is not connected yet; nothing is
// dialed until Start. log may be nil (logs are discarded). The error names the
// chain and the bad value, e.g.
// `chain "parent": endpoints[1] "htp://x": expected a ws://, wss://, http:// or https:// URL`.
func New(cfg Config, log *slog.Logger) (*Client, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Client{cfg: cfg, log: log.With("chain", cfg.Name), scrub: redact.NewScrubber(cfg.Endpoints...)}
	for i, u := range cfg.Endpoints {
		c.eps = append(c.eps, &endpoint{index: i, url: u, shown: redact.URL(u)})
	}
	return c, nil
}

// Name returns the configured chain name.
func (c *Client) Name() string { return c.cfg.Name }

// Config returns the configuration with defaults filled in.
func (c *Client) Config() Config {
	cfg := c.cfg
	cfg.Endpoints = append([]string(nil), cfg.Endpoints...)
	return cfg
}

// Start launches one background poller per endpoint: it dials the endpoint
// (retrying every RetryInterval while that fails), checks the chain id, and
// polls the head every PollInterval. Start returns at once; use WaitHealthy to
// wait for the first usable endpoint. The pollers stop when ctx ends or on Close.
// Calling Start again has no effect.
func (c *Client) Start(ctx context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.started || c.closed {
		return
	}
	c.started = true
	ctx, c.cancel = context.WithCancel(ctx)
	for _, e := range c.eps {
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			c.watch(ctx, e)
		}()
	}
}

// Close stops the pollers and closes all connections. Calls made afterwards
// return ErrClosed.
func (c *Client) Close() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	if c.cancel != nil {
		c.cancel()
	}
	c.mu.Unlock()
	c.wg.Wait()
	for _, e := range c.eps {
		e.mu.Lock()
		if e.ec != nil {
			e.ec.Close()
			e.ec = nil
		}
		e.healthy = false
		e.mu.Unlock()
	}
}

// WaitHealthy blocks until at least one endpoint is usable, or ctx ends (then
// it returns ctx's error).
func (c *Client) WaitHealthy(ctx context.Context) error {
	tick := time.NewTicker(min(c.cfg.PollInterval, 100*time.Millisecond))
	defer tick.Stop()
	for !c.Healthy() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
	return nil
}

// Healthy reports whether at least one endpoint is usable for calls.
func (c *Client) Healthy() bool { return len(c.usable()) > 0 }

// Head returns the highest block number last polled on a healthy endpoint, or
// the highest ever polled when none is healthy (0 before the first poll). It
// makes no call.
func (c *Client) Head() uint64 {
	var best, bestAny uint64
	for _, e := range c.eps {
		e.mu.Lock()
		if e.healthy {
			best = max(best, e.head)
		}
		bestAny = max(bestAny, e.head)
		e.mu.Unlock()
	}
	if best == 0 {
		return bestAny
	}
	return best
}

// ActiveEndpoint returns the (redacted) URL calls currently go to, or ""
// when no endpoint is usable.
func (c *Client) ActiveEndpoint() string {
	if u := c.usable(); len(u) > 0 {
		return u[0].shown
	}
	return ""
}

// Endpoints returns a snapshot of every endpoint, in configured order.
func (c *Client) Endpoints() []EndpointStatus {
	usable := c.usable()
	best := c.bestHead()
	out := make([]EndpointStatus, len(c.eps))
	for i, e := range c.eps {
		e.mu.Lock()
		out[i] = EndpointStatus{
			URL:     e.shown,
			Head:    e.head,
			HeadAt:  e.headAt,
			Healthy: e.healthy,
			Lagging: e.healthy && e.head+c.cfg.MaxEndpointLag < best,
			Active:  len(usable) > 0 && usable[0] == e,
		}
		if e.lastErr != nil {
			out[i].LastError = e.lastErr.Error()
		}
		e.mu.Unlock()
	}
	return out
}

// SafeHead returns the highest block number the caller may treat as settled:
// the block tagged "finalized" when Config.Finalized is set, otherwise the
// current head minus Config.Confirmations (0 when the chain is shorter than
// that). Errors are those of the underlying call.
func (c *Client) SafeHead(ctx context.Context) (uint64, error) {
	if c.cfg.Finalized {
		h, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return 0, err
		}
		return h.Number.Uint64(), nil
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	if head < c.cfg.Confirmations {
		return 0, nil
	}
	return head - c.cfg.Confirmations, nil
}

// watch is the poller of one endpoint. After a failure it waits
// MinRetryInterval, doubling with each further failure up to RetryInterval.
func (c *Client) watch(ctx context.Context, e *endpoint) {
	failures := 0
	for {
		wait := c.cfg.PollInterval
		if c.poll(ctx, e) {
			failures = 0
		} else {
			failures++
			wait = retryWait(c.cfg.RetryInterval, failures)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// poll connects e if needed and records its head. It returns false when the
// endpoint is down, so the next attempt waits RetryInterval.
func (c *Client) poll(ctx context.Context, e *endpoint) bool {
	ec := e.client()
	if ec == nil {
		var err error
		if ec, err = c.dial(ctx, e); err != nil {
			if ctx.Err() == nil {
				c.setDown(e, err)
			}
			return false
		}
	}
	cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	head, err := ec.BlockNumber(cctx)
	cancel()
	if ctx.Err() != nil {
		return true
	}
	if err != nil {
		// Drop the connection; the next attempt dials afresh.
		e.mu.Lock()
		if e.ec == ec {
			e.ec = nil
		}
		e.mu.Unlock()
		ec.Close()
		c.setDown(e, fmt.Errorf("polling head: %w", err))
		return false
	}
	c.setUp(e, head)
	return true
}

// retryWait is the wait after the failures-th failure in a row:
// MinRetryInterval doubled per failure, at most limit.
func retryWait(limit time.Duration, failures int) time.Duration {
	wait := min(MinRetryInterval, limit)
	for i := 1; i < failures && wait < limit; i++ {
		wait *= 2
	}
	return min(wait, limit)
}

// dial connects e and checks its chain id. Responses are bounded by
// MaxResponseBytes (WebSocket message limit, HTTP body limit).
func (c *Client) dial(ctx context.Context, e *endpoint) (*ethclient.Client, error) {
	cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	defer cancel()
	rc, err := rpc.DialOptions(cctx, e.url, rpc.WithWebsocketMessageSizeLimit(c.cfg.MaxResponseBytes),
		rpc.WithHTTPClient(httpClient(c.cfg.MaxResponseBytes)))
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	ec := ethclient.NewClient(rc)
	if c.cfg.ChainID != 0 {
		id, err := ec.ChainID(cctx)
		if err != nil {
			ec.Close()
			return nil, fmt.Errorf("reading chain id: %w", err)
		}
		if !id.IsUint64() || id.Uint64() != c.cfg.ChainID {
			ec.Close()
			return nil, fmt.Errorf("serves chain id %s, expected %d; endpoint not used", id, c.cfg.ChainID)
		}
	}
	e.mu.Lock()
	e.ec = ec
	e.mu.Unlock()
	return ec, nil
}

// client returns e's connection, or nil when it is not connected.
func (e *endpoint) client() *ethclient.Client {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.ec
}

func (c *Client) setUp(e *endpoint, head uint64) {
	e.mu.Lock()
	e.head, e.headAt, e.healthy, e.lastErr = head, time.Now(), true, nil
	changed, back := e.state != "up", e.state == "down"
	e.state = "up"
	e.mu.Unlock()
	if changed {
		c.log.Info("endpoint up", "endpoint", e.shown, "head", head)
	}
	if back {
		c.signalReconnect()
	}
}

// Reconnected returns a channel that is closed the next time an endpoint
// that was down answers again (a restarted or reachable-again node). Call
// it again after it fired for the next one. The tx manager re-broadcasts
// its pending transactions then (txmgr.ReconnectNotifier): a node that
// restarted may hold them only in its journal, or not at all.
func (c *Client) Reconnected() <-chan struct{} {
	c.reconnMu.Lock()
	defer c.reconnMu.Unlock()
	if c.reconn == nil {
		c.reconn = make(chan struct{})
	}
	return c.reconn
}

func (c *Client) signalReconnect() {
	c.reconnMu.Lock()
	defer c.reconnMu.Unlock()
	if c.reconn != nil {
		close(c.reconn)
	}
	c.reconn = make(chan struct{})
}

// setDown marks e unusable until its poller sees it answer again. The change
// to down is logged as a warning, later errors while down at debug level.
func (c *Client) setDown(e *endpoint, err error) {
	err = c.scrub.Error(err)
	e.mu.Lock()
	e.healthy, e.lastErr = false, err
	changed := e.state != "down"
	e.state = "down"
	e.mu.Unlock()
	if changed {
		c.log.Warn("endpoint down; retrying", "endpoint", e.shown, "err", err)
	} else {
		c.log.Debug("endpoint still down", "endpoint", e.shown, "err", err)
	}
}

// bestHead is the highest head among healthy endpoints.
func (c *Client) bestHead() uint64 {
	var best uint64
	for _, e := range c.eps {
		e.mu.Lock()
		if e.healthy {
			best = max(best, e.head)
		}
		e.mu.Unlock()
	}
	return best
}

// usable lists, in configured order, the endpoints calls may go to: connected,
// healthy and at most MaxEndpointLag blocks behind the best head.
func (c *Client) usable() []*endpoint {
	best := c.bestHead()
	var out []*endpoint
	for _, e := range c.eps {
		e.mu.Lock()
		if e.healthy && e.ec != nil && e.head+c.cfg.MaxEndpointLag >= best {
			out = append(out, e)
		}
		e.mu.Unlock()
	}
	return out
}

// do runs fn on the usable endpoints in order until one gives an answer: a
// result or an error from the node itself. Transport failures mark the
// endpoint down and move on. op names the call in errors.
func (c *Client) do(ctx context.Context, op string, fn func(context.Context, *ethclient.Client) error) error {
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return fmt.Errorf("chain %q: %s: %w", c.cfg.Name, op, ErrClosed)
	}
	var failures []string
	for _, e := range c.usable() {
		ec := e.client()
		if ec == nil {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		err := fn(cctx, ec)
		cancel()
		if err == nil || ctx.Err() != nil || !isTransportError(err) {
			return c.scrub.Error(err)
		}
		c.setDown(e, fmt.Errorf("%s: %w", op, err))
		failures = append(failures, fmt.Sprintf("endpoints[%d] %q: %v", e.index, e.shown, c.scrub.Error(err)))
	}
	if len(failures) == 0 {
		for _, st := range c.Endpoints() {
			if st.LastError != "" {
				failures = append(failures, fmt.Sprintf("%q: %s", st.URL, st.LastError))
			}
		}
	}
	if len(failures) == 0 {
		return fmt.Errorf("chain %q: %s: %w (not started or no head polled yet)", c.cfg.Name, op, ErrNoEndpoint)
	}
	return fmt.Errorf("chain %q: %s: %w: %s", c.cfg.Name, op, ErrNoEndpoint, strings.Join(failures, "; "))
}

// isTransportError reports whether err means the endpoint, rather than the
// request, is the problem, so the call should move to the next endpoint.
// A JSON-RPC error object is the node's answer and is not a transport error,
// except "method not found" (-32601, the endpoint does not serve the method)
// and "limit exceeded" (-32005, rate limiting by a provider). An eth_getLogs
// range refused as too large (ErrLogRangeTooLarge, which FilterLogs makes of
// -32005 and range-limit -32602 answers) is an answer about the query: the
// caller shrinks the range and the endpoint stays healthy.
func isTransportError(err error) bool {
	if errors.Is(err, ethereum.NotFound) || errors.Is(err, ErrLogRangeTooLarge) {
		return false
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		code := rerr.ErrorCode()
		return code == -32601 || code == -32005
	}
	return true
}
