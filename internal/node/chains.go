package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// Names of a bridge daemon's chains (Host.Chain, metric label chain=...).
const (
	// ParentChain is the parent chain.
	ParentChain = "parent"
	// ChildChain is the service (child) chain.
	ChildChain = "child"
)

// maxStartBackoff bounds the wait between tx manager start attempts.
const maxStartBackoff = 10 * time.Second

// Chain is one chain of a host: its client and, when the daemon signs on it,
// its tx manager. The host starts and closes both; services only use them.
type Chain struct {
	// Name is the chain's name (ParentChain, ChildChain, ...).
	Name string
	// Client is the multi-endpoint chain client.
	Client *chain.Client
	// Tx is the operator's tx manager on this chain; nil for a chain the
	// daemon only reads.
	Tx *txmgr.Manager

	key *ecdsa.PrivateKey // the tx manager's key (SignDigest); nil without a tx manager

	mu       sync.Mutex
	head     uint64
	headTime time.Time
}

// ErrNoKey is returned by SignDigest on a chain the daemon does not sign on.
var ErrNoKey = errors.New("node: the chain has no operator key")

// SignDigest signs a 32-byte digest with the operator key of the chain's tx
// manager (the same account as Tx.Address): 65 bytes r || s || v, low s,
// v 0 or 1 (go-ethereum's crypto.Sign). It is what signs EIP-712 attestations
// (internal/attest, issue 14). Errors: ErrNoKey without a tx manager.
func (c *Chain) SignDigest(_ context.Context, digest common.Hash) ([]byte, error) {
	if c.key == nil {
		return nil, ErrNoKey
	}
	return crypto.Sign(digest[:], c.key)
}

// LastHead is the latest block the host read (number, and its timestamp);
// zero values before the first read. It makes no call.
func (c *Chain) LastHead() (uint64, time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.head, c.headTime
}

// startChains starts every chain client, and in g one goroutine per tx
// manager that starts it once its chain answers. The returned channel is
// closed once every tx manager runs (at once without any), or ctx ended.
func (h *Host) startChains(ctx context.Context, g *errgroup.Group) <-chan struct{} {
	ready := make(chan struct{})
	var wg sync.WaitGroup
	for _, c := range h.chains {
		c.Client.Start(ctx)
		if c.Tx == nil {
			continue
		}
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			h.startTx(ctx, c)
			return nil
		})
	}
	go func() { wg.Wait(); close(ready) }()
	return ready
}

// startTx waits until c answers, then starts its tx manager (which reads the
// account nonce and reconciles journaled transactions), retrying with
// backoff. It reports false when ctx ended first.
func (h *Host) startTx(ctx context.Context, c *Chain) bool {
	backoff := time.Second
	waiting := false
	for {
		if c.Client.Healthy() {
			err := c.Tx.Start(ctx)
			if err == nil {
				return true
			}
			h.log.Warn("tx manager could not start; retrying", "chain", c.Name, "err", err)
		} else if !waiting {
			h.log.Info("waiting for chain to answer", "chain", c.Name, "endpoints", c.Client.Endpoints())
			waiting = true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, maxStartBackoff)
	}
}

// watch refreshes the chain heads, balances and endpoint health (for metrics,
// readiness and ChainStatus) and servicechain_ready every poll interval.
func (h *Host) watch(ctx context.Context) {
	t := time.NewTicker(h.cfg.PollInterval)
	defer t.Stop()
	for {
		for _, c := range h.chains {
			if hdr, err := c.Client.HeaderByNumber(ctx, nil); err == nil {
				at := time.Unix(int64(hdr.Time), 0)
				c.mu.Lock()
				c.head, c.headTime = hdr.Number.Uint64(), at
				c.mu.Unlock()
				h.metrics.headBlock.WithLabelValues(c.Name).Set(float64(hdr.Number.Uint64()))
				h.metrics.headAge.WithLabelValues(c.Name).Set(time.Since(at).Seconds())
			}
			if c.Tx != nil {
				if bal := c.Tx.Balance(); bal != nil {
					f, _ := new(big.Float).SetInt(bal).Float64()
					h.metrics.balance.WithLabelValues(c.Name).Set(f)
				}
				h.metrics.funded.WithLabelValues(c.Name).Set(b2f(c.Tx.Funded()))
				h.metrics.pendingTxs.WithLabelValues(c.Name).Set(float64(c.Tx.Pending()))
			}
			for _, e := range c.Client.Endpoints() {
				h.metrics.endpointHealthy.WithLabelValues(c.Name, e.URL).Set(b2f(e.Healthy))
			}
		}
		h.metrics.ready.Set(b2f(len(h.NotReady()) == 0))
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// chainReasons lists why the chains are not ready: a chain that does not
// answer, whose head was not read yet or is older than MaxHeadLag, or whose
// operator is below its minimum balance (ARCHITECTURE.md: health that says ok
// while hours behind is a known complaint).
func (h *Host) chainReasons() []string {
	var out []string
	for _, c := range h.chains {
		if !c.Client.Healthy() {
			out = append(out, c.Name+" chain unreachable")
			continue
		}
		number, at := c.LastHead()
		if at.IsZero() {
			out = append(out, c.Name+" head not read yet")
		} else if age := time.Since(at); h.cfg.MaxHeadLag > 0 && age > h.cfg.MaxHeadLag {
			out = append(out, fmt.Sprintf("%s head block %d is %s old (limit %s)", c.Name, number, age.Round(time.Second), h.cfg.MaxHeadLag))
		}
		if c.Tx != nil && !c.Tx.Funded() {
			out = append(out, fmt.Sprintf("%s operator %s below the minimum balance", c.Name, c.Tx.Address()))
		}
		out = append(out, c.Client.NotReady()...) // endpoints that disagree (issue 13)
	}
	return out
}

// ChainStatus is one chain as the host sees it (part of bridge_status).
type ChainStatus struct {
	Name string `json:"name"`
	// Head is the latest block number read, HeadAge the age of its timestamp.
	Head    uint64        `json:"head"`
	HeadAge time.Duration `json:"headAgeNs"`
	// Operator is the daemon's address on the chain; Balance its balance in
	// wei (zero address and "" for a chain without tx manager).
	Operator common.Address `json:"operator"`
	Balance  string         `json:"balanceWei"`
	// Funded is false when the balance is below the configured floor: the
	// daemon then sends nothing on this chain until topped up.
	Funded bool `json:"funded"`
	// PendingTxs counts transactions sent and not yet mined.
	PendingTxs int `json:"pendingTxs"`
	// Endpoints lists each RPC endpoint with its health.
	Endpoints []EndpointStatus `json:"endpoints"`
}

// EndpointStatus is one RPC endpoint's state.
type EndpointStatus struct {
	URL     string `json:"url"`
	Head    uint64 `json:"head"`
	Healthy bool   `json:"healthy"`
	Active  bool   `json:"active"`
	Error   string `json:"error,omitempty"`
}

// ChainStatus returns every chain's status, in configuration order.
func (h *Host) ChainStatus() []ChainStatus {
	var out []ChainStatus
	for _, c := range h.chains {
		number, at := c.LastHead()
		cs := ChainStatus{Name: c.Name, Head: number}
		if c.Tx != nil {
			cs.Operator, cs.Funded, cs.PendingTxs = c.Tx.Address(), c.Tx.Funded(), c.Tx.Pending()
			if b := c.Tx.Balance(); b != nil {
				cs.Balance = b.String()
			}
		}
		if !at.IsZero() {
			cs.HeadAge = time.Since(at).Round(time.Millisecond)
		}
		active := c.Client.ActiveEndpoint()
		for _, e := range c.Client.Endpoints() {
			cs.Endpoints = append(cs.Endpoints, EndpointStatus{URL: e.URL, Head: e.Head, Healthy: e.Healthy, Active: e.URL == active, Error: e.LastError})
		}
		out = append(out, cs)
	}
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
