package producer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/servicechain/servicechain/internal/engine"
)

// errBehindWindow: a committed block the node lacks is no longer in the etcd
// log window.
var errBehindWindow = errors.New("producer: missing committed blocks are older than the etcd log window")

// errRefused: a committed record was refused (counted already); following
// stops at it until the log changes.
var errRefused = errors.New("producer: committed record refused")

// fetchPage is how many committed blocks one catch-up read fetches.
const fetchPage = 64

// followLoop imports committed blocks, forever: catch up with a range read,
// then one watch on blocks/ from the next revision; when the watch ends
// (compaction, etcd failover, an error) catch up again.
func (p *Producer) followLoop(ctx context.Context) error {
	backoff := 50 * time.Millisecond
	if p.cfg.Bootstrap != nil && p.localHead().Number == 0 {
		// A new node: the chain comes from the peer, the rest from etcd.
		if err := p.bootstrap(ctx); err != nil && ctx.Err() == nil {
			if errors.Is(err, ErrDiverged) {
				p.setFatal(err)
				return err
			}
			p.log.Warn("bootstrap from the peer failed; following etcd", "err", err)
			p.setSyncReason("")
		}
	}
	for ctx.Err() == nil {
		rev, err := p.catchUp(ctx)
		if err == nil {
			p.setSyncReason("")
			err = p.watch(ctx, rev)
		}
		if ctx.Err() != nil {
			return nil
		}
		switch {
		case errors.Is(err, ErrDiverged):
			p.setFatal(err)
			p.log.Error("stopped following", "err", err)
			return err
		case errors.Is(err, errBehindWindow) && p.cfg.Bootstrap != nil:
			if err := p.bootstrap(ctx); err != nil && ctx.Err() == nil {
				p.log.Warn("bootstrap from the peer failed; syncing from devp2p peers", "err", err)
				if errors.Is(err, ErrDiverged) {
					p.setFatal(err)
					return err
				}
				p.syncFromPeers(ctx)
			}
		case errors.Is(err, errBehindWindow):
			p.syncFromPeers(ctx)
		case errors.Is(err, errRefused):
			backoff = time.Second
		case err != nil:
			p.log.Warn("following the committed log", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, time.Second)
		if err == nil {
			backoff = 50 * time.Millisecond
		}
	}
	return nil
}

// catchUp reads the committed head and imports every committed block the
// node lacks. It returns the etcd revision the head was read at.
func (p *Producer) catchUp(ctx context.Context) (int64, error) {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	resp, err := p.cli.Get(cctx, p.keys.Head())
	if err != nil {
		return 0, fmt.Errorf("read committed head: %w", err)
	}
	if len(resp.Kvs) == 0 {
		return 0, fmt.Errorf("no committed head at %s", p.keys.Head())
	}
	head, err := parseHead(resp.Kvs[0].Value)
	if err != nil {
		return 0, err
	}
	p.noteCommitted(head)
	p.chainMu.Lock()
	defer p.chainMu.Unlock()
	if err := p.refreshLocalLocked(cctx); err != nil {
		return 0, fmt.Errorf("read local head: %w", err)
	}
	if err := p.fillLocked(ctx, head); err != nil {
		return 0, err
	}
	return resp.Header.Revision, nil
}

// fillLocked imports committed blocks local+1 .. head (chainMu held). It
// checks that the local head is on the committed chain first.
func (p *Producer) fillLocked(ctx context.Context, head Head) error {
	if p.local.Number > head.Number {
		return fmt.Errorf("%w: local head %d %s is above the committed head %d %s", ErrDiverged, p.local.Number, p.local.Hash, head.Number, head.Hash)
	}
	if p.local.Number == head.Number {
		if p.local.Hash != head.Hash {
			return fmt.Errorf("%w: local block %d is %s, committed is %s", ErrDiverged, head.Number, p.local.Hash, head.Hash)
		}
		return nil
	}
	for p.local.Number < head.Number {
		from := p.local.Number + 1
		to := min(from+fetchPage-1, head.Number)
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		resp, err := p.cli.Get(cctx, p.keys.Block(from), clientv3.WithRange(p.keys.Block(to+1)))
		cancel()
		if err != nil {
			return fmt.Errorf("read committed blocks %d-%d: %w", from, to, err)
		}
		if len(resp.Kvs) == 0 {
			return fmt.Errorf("%w: block %d (committed head %d)", errBehindWindow, from, head.Number)
		}
		for _, kv := range resp.Kvs {
			n, err := p.keys.BlockNumber(string(kv.Key))
			if err != nil {
				return err
			}
			if n != p.local.Number+1 {
				return fmt.Errorf("%w: block %d (next in etcd is %d)", errBehindWindow, p.local.Number+1, n)
			}
			rec, err := DecodeRecord(kv.Value)
			if err != nil {
				p.refuse("decode", fmt.Sprintf("%s@%d", kv.Key, kv.ModRevision), err)
				return fmt.Errorf("%w: %v", errRefused, err)
			}
			if err := p.importLocked(ctx, rec); err != nil {
				return err
			}
		}
	}
	return nil
}

// watch follows blocks/ from revision rev+1 until the watch ends.
func (p *Producer) watch(ctx context.Context, rev int64) error {
	wctx, cancel := context.WithCancel(clientv3.WithRequireLeader(ctx))
	defer cancel()
	wch := p.cli.Watch(wctx, p.keys.BlocksPrefix(), clientv3.WithPrefix(), clientv3.WithRev(rev+1))
	for wr := range wch {
		if err := wr.Err(); err != nil {
			return fmt.Errorf("watch %s: %w", p.keys.BlocksPrefix(), err)
		}
		for _, ev := range wr.Events {
			if ev.Type != clientv3.EventTypePut {
				continue // the window moving on
			}
			rec, err := DecodeRecord(ev.Kv.Value)
			if err != nil {
				p.refuse("decode", fmt.Sprintf("%s@%d", ev.Kv.Key, ev.Kv.ModRevision), err)
				return fmt.Errorf("%w: %v", errRefused, err)
			}
			if err := p.onCommitted(ctx, rec); err != nil {
				return err
			}
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return errors.New("watch closed")
}

// onCommitted imports a record seen on the watch (and any gap before it).
func (p *Producer) onCommitted(ctx context.Context, rec *Record) error {
	p.noteCommitted(rec.Head())
	p.chainMu.Lock()
	defer p.chainMu.Unlock()
	switch n := rec.Number(); {
	case n <= p.local.Number:
		return nil // imported already (the leader's own block, or a catch-up)
	case n == p.local.Number+1:
		return p.importLocked(ctx, rec)
	default:
		if err := p.fillLocked(ctx, Head{Number: n - 1, Hash: rec.ParentHash()}); err != nil {
			return err
		}
		return p.importLocked(ctx, rec)
	}
}

// importLocked imports one committed record on top of the local head
// (chainMu held): linkage check, hash check (ExecutableDataToBlock),
// newPayload, then forkchoiceUpdated making it head, safe and final.
func (p *Producer) importLocked(ctx context.Context, rec *Record) error {
	if rec.Number() != p.local.Number+1 || rec.ParentHash() != p.local.Hash {
		if rec.Number() == p.local.Number+1 {
			p.refuse("linkage", p.keys.Block(rec.Number())+"@"+rec.Hash.Hex(), fmt.Errorf("parent %s, local head %s", rec.ParentHash(), p.local.Hash))
			return fmt.Errorf("%w: committed block %d has parent %s, local block %d is %s", ErrDiverged, rec.Number(), rec.ParentHash(), p.local.Number, p.local.Hash)
		}
		return fmt.Errorf("producer: import block %d on local head %d", rec.Number(), p.local.Number)
	}
	data, hashes, root, err := rec.Payload()
	if err != nil {
		p.refuse("hash", p.keys.Block(rec.Number())+"@"+rec.Hash.Hex()+"/"+rec.Block.Hash().Hex(), err)
		return fmt.Errorf("%w: %v", errRefused, err)
	}
	f, err := engine.Fork(p.cfg.ChainConfig, rec.Time())
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := p.el.NewPayload(cctx, f, data, hashes, root, rec.Requests); err != nil {
		if errors.Is(err, engine.ErrInvalid) {
			p.refuse("invalid", p.keys.Block(rec.Number())+"@"+rec.Hash.Hex(), err)
			return fmt.Errorf("%w: %v", errRefused, err)
		}
		return fmt.Errorf("newPayload %d: %w", rec.Number(), err)
	}
	if _, err := p.el.ForkchoiceUpdated(cctx, f, forkchoice(rec.Hash), nil); err != nil {
		return fmt.Errorf("forkchoiceUpdated to %d: %w", rec.Number(), err)
	}
	prev := p.local
	p.setLocalLocked(rec.Head())
	if rec.Leader != "" { // not a block from a bootstrap peer
		p.account(prev, rec)
	}
	return nil
}

// refuse counts a refused record once per distinct record (id: key and
// hash, or key and revision); a follower retries the same one every second.
func (p *Producer) refuse(reason, id string, err error) {
	p.mu.Lock()
	dup := p.refusedKey == reason+id
	p.refusedKey = reason + id
	p.mu.Unlock()
	if dup {
		return
	}
	p.m.refused.WithLabelValues(reason).Inc()
	p.log.Error("refused a committed record", "record", id, "reason", reason, "err", err)
}

// account updates the metrics and the failover log for an imported record
// whose parent was prev.
func (p *Producer) account(prev Head, rec *Record) {
	if !rec.SealedAt.IsZero() {
		p.m.importLag.Observe(max(0, time.Since(rec.SealedAt).Seconds()))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	missed := uint64(0)
	if prev.Time != 0 {
		missed = p.slots.missed(prev.Time, rec.Time())
		p.m.missedSlots.Add(float64(missed))
	}
	if p.prevLeader != "" && rec.Leader != p.prevLeader {
		p.m.leaderChanges.Inc()
		fo := Failover{Height: rec.Number(), From: p.prevLeader, To: rec.Leader, MissedSlots: missed, Planned: rec.Handover, Time: rec.SealedAt}
		if !rec.SealedAt.IsZero() && !p.prevSealed.IsZero() {
			fo.Seconds = rec.SealedAt.Sub(p.prevSealed).Seconds()
		}
		if rec.Handover {
			p.m.handovers.Inc()
		} else if fo.Seconds > 0 {
			p.m.failover.Observe(fo.Seconds)
		}
		p.failovers = append(p.failovers, fo)
		if len(p.failovers) > maxFailovers {
			p.failovers = p.failovers[len(p.failovers)-maxFailovers:]
		}
	}
	p.prevLeader, p.prevSealed = rec.Leader, rec.SealedAt
}

// maxFailovers is how many leader changes Status keeps.
const maxFailovers = 16

// syncFromPeers handles a node whose missing blocks have left the etcd
// window: it tells its execution node to sync to the committed head from its
// devp2p peers (forkchoiceUpdated to a head it does not have starts
// go-ethereum's beacon sync; the head's hash, from etcd, pins every block
// below it), then waits a while for the head to arrive.
func (p *Producer) syncFromPeers(ctx context.Context) {
	head := p.committedHead()
	reason := fmt.Sprintf("behind the etcd log window: syncing to committed block %d from devp2p peers", head.Number)
	p.setSyncReason(reason)
	p.log.Warn(reason, "hash", head.Hash)
	f, err := engine.Fork(p.cfg.ChainConfig, uint64(p.cfg.Clock.Now().Unix()))
	if err != nil {
		return
	}
	p.chainMu.Lock()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	_, err = p.el.ForkchoiceUpdated(cctx, f, forkchoice(head.Hash), nil)
	cancel()
	p.chainMu.Unlock()
	if err != nil && !errors.Is(err, engine.ErrSyncing) {
		p.log.Warn("sync from peers", "err", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		h, err := p.el.HeaderByNumber(cctx, nil)
		cancel()
		if err == nil && h.Number.Uint64() >= head.Number {
			return
		}
	}
}

// Syncing describes in one line what the node is catching up on ("" when
// nothing): a bootstrap from a peer ("bootstrapping from a peer: block N of
// M") or a sync from devp2p peers. It is the reason the node is not ready
// meanwhile, and what `node run` shows on a terminal's status line.
func (p *Producer) Syncing() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.syncReason
}

func (p *Producer) setSyncReason(s string) {
	p.mu.Lock()
	p.syncReason = s
	p.mu.Unlock()
}

// zeroHash is the parent beacon block root of every service-chain block (there
// is no beacon chain), as in go-ethereum's simulated beacon.
var zeroHash = common.Hash{}
