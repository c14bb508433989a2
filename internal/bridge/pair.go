package bridge

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// The pair's identity (issue 13, finding 4). On-chain votes carry no source
// of their own: the destination bridge counts them for its configured
// counterpart (counterpartChainId, counterpartBridge), which is also bound
// into every vote key. So before voting, a node reads that identity from the
// destination (bindings.ReadHandleDomain) and votes only when it is the chain
// and bridge the node reads requests from: a node configured for an old
// (redeployed) source bridge, or pointed at the wrong bridge, votes nothing,
// logs an error and reports not ready, instead of relaying one bridge's
// requests as if they came from another. The identity is read again every
// pairCheckInterval, so a re-pointed counterpart (setCounterpartBridge after a
// redeploy, which also starts a new vote epoch) is noticed.

// pairCheckInterval is how long a read pair identity is trusted.
const pairCheckInterval = 30 * time.Second

// errPairMismatch: the destination votes for another source than this
// node's configuration.
var errPairMismatch = errors.New("the destination bridge's counterpart is not the configured source")

// pairState is a direction's last pair identity check.
type pairState struct {
	mu       sync.Mutex
	at       time.Time
	mismatch string // "" when the identity matched (or was never read)
	logged   string
}

// handleDomainChecked returns the pair identity as the destination states
// it, after checking it against this direction's source chain and bridge.
// Errors: the chains or the bridge cannot be read (retried next round);
// errPairMismatch (logged at error level when it first appears).
func (d *direction) handleDomainChecked(ctx context.Context) (bindings.HandleDomain, error) {
	d.mu.Lock()
	dom := d.domain
	d.mu.Unlock()
	d.pair.mu.Lock()
	fresh := !d.pair.at.IsZero() && time.Since(d.pair.at) < pairCheckInterval
	mismatch := d.pair.mismatch
	d.pair.mu.Unlock()
	if fresh {
		if mismatch != "" {
			return dom, fmt.Errorf("%w: %s", errPairMismatch, mismatch)
		}
		return dom, nil
	}
	src, err := d.src.ChainID(ctx)
	if err != nil {
		return dom, fmt.Errorf("source chain id: %w", err)
	}
	dst, err := d.dst.ChainID(ctx)
	if err != nil {
		return dom, fmt.Errorf("destination chain id: %w", err)
	}
	got, _, err := bindings.ReadHandleDomain(ctx, d.dst, d.dstBridge)
	if err != nil {
		return dom, fmt.Errorf("destination pair identity: %w", err)
	}
	mismatch = ""
	switch {
	case got.ChainID.Cmp(dst) != 0:
		mismatch = fmt.Sprintf("the %s bridge %s signs for chain id %s but its chain serves %s", d.dstChain, d.dstBridge.Hex(), got.ChainID, dst)
	case got.SourceChainID.Cmp(src) != 0 || got.SourceBridge != d.srcBridge:
		mismatch = fmt.Sprintf("the %s bridge %s takes requests from chain %s bridge %s, but this node reads them from chain %s bridge %s "+
			"(check the bridge addresses in bridge.toml; after a redeploy the destination must be re-pointed with setCounterpartBridge)",
			d.dstChain, d.dstBridge.Hex(), got.SourceChainID, got.SourceBridge.Hex(), src, d.srcBridge.Hex())
	}
	d.pair.mu.Lock()
	d.pair.at, d.pair.mismatch = time.Now(), mismatch
	log := mismatch != "" && mismatch != d.pair.logged
	if mismatch != d.pair.logged {
		if mismatch == "" && d.pair.logged != "" {
			d.log.Info("the destination bridge's pair identity matches the configuration again; voting resumes")
		}
		d.pair.logged = mismatch
	}
	d.pair.mu.Unlock()
	if log {
		d.log.Error("not voting: "+mismatch, "direction", d.name)
	}
	if mismatch != "" {
		return dom, fmt.Errorf("%w: %s", errPairMismatch, mismatch)
	}
	d.mu.Lock()
	d.domain = got
	d.mu.Unlock()
	return got, nil
}

// pairNotReady is the readiness reason of a pair mismatch ("" when none).
func (d *direction) pairNotReady() []string {
	d.pair.mu.Lock()
	defer d.pair.mu.Unlock()
	if d.pair.mismatch == "" {
		return nil
	}
	return []string{d.name + ": not voting: " + d.pair.mismatch}
}
