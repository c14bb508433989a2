package bridge

import (
	"context"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/store"
)

// This file learns which open requests were paid out from the destination
// bridge's HandleValueTransfer events (one eth_getLogs per round over the
// blocks since the last round) instead of one handleStatus call per request
// and round. It runs with attestation.enabled only (issue 14): one signed
// batch closes up to 100 requests of which this node submitted none, and the
// window of open requests (maxOpenAttested, lowest nonces first) moves on only
// once the node knows they are closed; with the events it knows in the round
// after the block, for every request of the block, at the cost of one call.
//
// Trust is that of handleStatus, read from the same destination endpoints at
// their head: a request marked handled here is one the destination's bridge
// says it paid. A request this node has a vote transaction in flight for is
// left to that transaction's receipt watcher (it marks it, once).

// handledScanState is the destination block range already read for events.
type handledScanState struct {
	from    uint64 // first destination block not read yet
	started bool
}

// topicHandledValue selects HandleValueTransfer events.
var topicHandledValue = [][]common.Hash{{topicHandle}}

// scanHandled reads the destination bridge's HandleValueTransfer events from
// the first block not read yet (on the first round: the lowest destination
// head any of open was first seen at) up to the destination head, at most
// maxRangesPerRound ranges of eth_getLogs, marks the requests of open they
// paid out as handled (stored in one transaction) and returns how many. A
// failed call is logged at debug level and the rest of the range is
// read next round; nothing is marked from a log that does not decode.
func (d *direction) scanHandled(ctx context.Context, open []*store.Request) int {
	if len(open) == 0 {
		return 0
	}
	head := d.dst.Head()
	if !d.handledScan.started {
		from := head
		for _, r := range open {
			if r.SeenDestBlock > 0 {
				from = min(from, r.SeenDestBlock)
			}
		}
		d.handledScan.from, d.handledScan.started = from, true
	}
	byNonce := make(map[uint64]*store.Request, len(open))
	for _, r := range open {
		byNonce[r.Nonce] = r
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{d.dstBridge}, Topics: topicHandledValue}
	var changed []*store.Request
	for i := 0; i < maxRangesPerRound && d.handledScan.from <= head; i++ {
		logs, last, err := d.dst.FilterLogsRange(ctx, q, d.handledScan.from, head, d.handledRanges)
		if err != nil {
			d.log.Debug("destination handle events unavailable; handleStatus decides this round", "from", d.handledScan.from, "err", err)
			break
		}
		for i := range logs {
			l := &logs[i]
			if l.Removed || l.Address != d.dstBridge {
				continue
			}
			ev, err := bridgeABI.UnpackHandleValueTransferEvent(l)
			if err != nil {
				continue
			}
			r := byNonce[ev.HandleNonce]
			if r == nil || !r.State.Open() || d.isInflight(r.Nonce) {
				continue
			}
			d.noteHandled(r, l.BlockNumber)
			changed = append(changed, r)
			delete(byNonce, r.Nonce)
		}
		d.handledScan.from = last + 1
	}
	d.putAll(changed)
	return len(changed)
}

// isInflight reports whether a vote transaction of this node for nonce is
// not mined yet.
func (d *direction) isInflight(nonce uint64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	_, ok := d.inflight[nonce]
	return ok
}
