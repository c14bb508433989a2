package producer

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params/forks"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/client/v3/concurrency"

	"github.com/servicechain/servicechain/internal/engine"
)

// Errors of one production step; each makes the leader step down.
var (
	// errCommitRefused: the fence refused the commit (not the leader any
	// more, or the committed head is not the payload's parent).
	errCommitRefused = errors.New("producer: commit refused by the fence")
	// errCommitUnknown: the commit transaction failed without an answer; it
	// may or may not have been applied (the follower finds out).
	errCommitUnknown = errors.New("producer: commit outcome unknown")
	// errFenced: the lease could have expired (self-fence).
	errFenced = errors.New("producer: self-fenced: the lease may have expired")
	// errStale: the local head moved under the leader (another leader's block).
	errStale = errors.New("producer: local head moved while building")
	// errInterrupted: a pause or health change arrived while waiting for the slot.
	errInterrupted = errors.New("producer: interrupted")
)

// term is one leadership: the election key and its create revision (the
// fencing token), and the session whose lease holds the key.
type term struct {
	key  string
	rev  int64
	sess *session
}

// lead produces one block per slot until the node must stand aside. It
// returns the reason (a metrics label) and, for a planned handover, the
// request to answer once the node has resigned.
func (p *Producer) lead(ctx context.Context, s *session, elec *concurrency.Election) (*handoverRequest, string) {
	t := term{key: elec.Key(), rev: elec.Rev(), sess: s}
	p.setRole("leader")
	p.log.Info("elected leader", "term", t.rev)
	p.publishMember(ctx)

	// A planned handover that names another node: stand aside at once.
	h, err := p.readHandover(ctx)
	if err != nil {
		p.log.Warn("read handover key", "err", err)
		return nil, "etcd_error"
	}
	if h.To != "" && h.To != p.cfg.Name {
		return nil, "not_handover_target"
	}
	planned := h.To == p.cfg.Name
	// Import every committed block this node lacks (any gap), so it builds
	// on the committed head.
	if _, err := p.catchUp(ctx); err != nil {
		p.log.Warn("catching up before leading", "err", err)
		return nil, "catch_up_failed"
	}
	if planned {
		cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
		p.cli.Txn(cctx).If(clientv3.Compare(clientv3.CreateRevision(t.key), "=", t.rev)).
			Then(clientv3.OpDelete(p.keys.Handover())).Commit()
		cancel()
	}
	p.prune(ctx, t)

	failures, first := 0, true
	for {
		if ctx.Err() != nil {
			return nil, "shutdown"
		}
		if !s.alive() {
			p.m.commitRefused.WithLabelValues("fenced").Inc()
			return nil, "fenced"
		}
		var req *handoverRequest
		select {
		case req = <-p.handoverReq:
		default:
		}
		if req == nil {
			if reason := p.standAside(); reason != "" {
				res, err := p.doHandover(ctx, t, "")
				if err == nil {
					return &handoverRequest{result: res}, reason
				}
				if reason == "paused" {
					return nil, reason // nobody to take over: resign anyway
				}
				// Unhealthy, and no healthy standby: go on producing while
				// the fence lets us; a chain that stops because every node
				// looks unwell helps no one (optimism#17158).
			}
		}
		var err error
		if req == nil {
			req, err = p.produce(ctx, t, planned && first, !planned && first)
			if err == nil {
				failures, first = 0, false
			}
		}
		if req != nil {
			req.result, req.err = p.doHandover(ctx, t, req.to)
			if req.err == nil {
				return req, "handover"
			}
			if req.res != nil {
				req.res <- handoverReply{err: req.err}
			}
			continue
		}
		switch {
		case err == nil, errors.Is(err, errInterrupted):
		case ctx.Err() != nil:
			return nil, "shutdown"
		case errors.Is(err, errCommitRefused):
			p.log.Warn("stepping down", "err", err)
			return nil, "commit_refused"
		case errors.Is(err, errCommitUnknown):
			p.log.Warn("stepping down", "err", err)
			return nil, "commit_error"
		case errors.Is(err, errFenced):
			p.log.Warn("stepping down", "err", err)
			return nil, "fenced"
		case errors.Is(err, errStale):
			p.log.Warn("stepping down", "err", err)
			return nil, "stale"
		default:
			failures++
			p.log.Warn("block production failed", "err", err, "consecutive", failures)
			if failures >= p.cfg.UnhealthyChecks {
				return nil, "build_failed"
			}
		}
	}
}

// standAside says why a leader should hand over between blocks: "paused",
// "unhealthy" (after hysteresis), or "" to go on.
func (p *Producer) standAside() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.paused:
		return "paused"
	case !p.health.healthy:
		return "unhealthy"
	}
	return ""
}

// produce builds, commits and publishes the block of the next slot.
// handoverFirst marks the first block after a planned handover; takeover,
// the first block after an unplanned leader change, is built without
// MinBuild: the chain has been waiting for a lease to expire already.
func (p *Producer) produce(ctx context.Context, t term, handoverFirst, takeover bool) (*handoverRequest, error) {
	if l, c := p.localHead(), p.committedHead(); l.Number != c.Number || l.Hash != c.Hash {
		if _, err := p.catchUp(ctx); err != nil {
			return nil, fmt.Errorf("catch up: %w", err)
		}
	}
	parent := p.localHead()
	p.mu.Lock()
	slots := p.slots
	p.mu.Unlock()
	slot := max(slots.slotOf(parent.Time)+1, slots.current(p.cfg.Clock.Now()))
	ts := slots.timestamp(slot)
	f, err := engine.Fork(p.cfg.ChainConfig, ts)
	if err != nil {
		return nil, err
	}
	if req, err := p.waitUntil(ctx, slots.start(slot).Add(-p.cfg.BuildLead), true); req != nil || err != nil {
		return req, err
	}
	var random common.Hash
	rand.Read(random[:])
	attrs := &ethengine.PayloadAttributes{
		Timestamp:             ts,
		Random:                random,
		SuggestedFeeRecipient: p.cfg.FeeRecipient,
		Withdrawals:           []*types.Withdrawal{},
		BeaconRoot:            &zeroHash,
	}
	p.chainMu.Lock()
	if p.local != parent {
		p.chainMu.Unlock()
		return nil, fmt.Errorf("%w: head %d %s, built on %d %s", errStale, p.local.Number, p.local.Hash, parent.Number, parent.Hash)
	}
	tBuild := time.Now()
	cctx, cancel := context.WithTimeout(ctx, engine.DefaultCallTimeout)
	res, err := p.el.ForkchoiceUpdated(cctx, f, forkchoice(parent.Hash), attrs)
	cancel()
	p.chainMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("forkchoiceUpdated with attributes on %d: %w", parent.Number, err)
	}
	if res.PayloadID == nil {
		return nil, fmt.Errorf("forkchoiceUpdated with attributes on %d: no payload id", parent.Number)
	}
	// getPayload at the slot, but never sooner than MinBuild after the
	// payload was asked for: a late leader (its previous block took long to
	// import, or it just took over) would otherwise get go-ethereum's empty
	// first payload, which halves the throughput under load.
	getAt := slots.start(slot)
	if t := p.cfg.Clock.Now().Add(p.cfg.MinBuild - time.Since(tBuild)); !takeover && t.After(getAt) {
		getAt = t
	}
	if _, err := p.waitUntil(ctx, getAt, false); err != nil {
		p.dropPayload(f, *res.PayloadID)
		return nil, err
	}
	tGet := time.Now()
	cctx, cancel = context.WithTimeout(ctx, engine.DefaultCallTimeout)
	env, err := p.el.GetPayload(cctx, f, *res.PayloadID)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("getPayload for slot %d: %w", slot, err)
	}
	rec, err := recordFromEnvelope(env, parent, zeroHash)
	if err != nil {
		return nil, err
	}
	rec.Leader, rec.Term, rec.Handover = p.cfg.Name, t.rev, handoverFirst
	if !t.sess.alive() {
		p.m.commitRefused.WithLabelValues("fenced").Inc()
		return nil, errFenced
	}
	rec.SealedAt = time.Now()
	b, err := EncodeRecord(rec)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	err = p.commit(ctx, t, parent, rec, b)
	p.m.commitLatency.Observe(time.Since(start).Seconds())
	if err != nil {
		return nil, err
	}
	tCommit := time.Since(start)
	p.m.produced.Inc()
	p.noteCommitted(rec.Head())
	// Publish: import on this node's execution node. Followers import it
	// from the watch.
	p.chainMu.Lock()
	defer p.chainMu.Unlock()
	tImport := time.Now()
	if p.local.Hash != rec.Hash { // else the watch was faster
		if err := p.importLocked(ctx, rec); err != nil {
			return nil, fmt.Errorf("import own block %d: %w", rec.Number(), err)
		}
	}
	p.log.Debug("produced", "number", rec.Number(), "slot", slot, "txs", len(rec.Block.Transactions()),
		"late", p.cfg.Clock.Now().Sub(slots.start(slot)), "fcu_at", tBuild.Sub(slots.start(slot)), "build", tGet.Sub(tBuild),
		"get", start.Sub(tGet), "commit", tCommit, "import", time.Since(tImport))
	return nil, nil
}

// commit is the fence: one etcd transaction that stores block rec (encoded
// b) as the child of parent only if this node still holds its election key
// from term t and the committed head is parent. It returns errCommitRefused
// (not_leader or head_moved) or errCommitUnknown.
func (p *Producer) commit(ctx context.Context, t term, parent Head, rec *Record, b []byte) error {
	n := rec.Number()
	deadline := t.sess.deadline()
	if d := time.Now().Add(p.cfg.CommitTimeout); d.Before(deadline) {
		deadline = d
	}
	cctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	ops := []clientv3.Op{
		clientv3.OpPut(p.keys.Head(), headValue(n, rec.Hash)),
		clientv3.OpPut(p.keys.Block(n), string(b)),
	}
	if n > p.cfg.LogWindow {
		ops = append(ops, clientv3.OpDelete(p.keys.Block(n-p.cfg.LogWindow)))
	}
	resp, err := p.cli.Txn(cctx).If(
		clientv3.Compare(clientv3.CreateRevision(t.key), "=", t.rev),
		clientv3.Compare(clientv3.Value(p.keys.Head()), "=", headValue(parent.Number, parent.Hash)),
	).Then(ops...).Else(clientv3.OpGet(p.keys.Head()), clientv3.OpGet(t.key)).Commit()
	if err != nil {
		p.m.commitRefused.WithLabelValues("error").Inc()
		return fmt.Errorf("%w: block %d: %v", errCommitUnknown, n, err)
	}
	if resp.Succeeded {
		return nil
	}
	reason, detail := "head_moved", ""
	if kvs := resp.Responses[1].GetResponseRange().Kvs; len(kvs) == 0 || kvs[0].CreateRevision != t.rev {
		reason, detail = "not_leader", fmt.Sprintf("election key %s of term %d is gone", t.key, t.rev)
	} else if kvs := resp.Responses[0].GetResponseRange().Kvs; len(kvs) > 0 {
		detail = fmt.Sprintf("committed head is %s, block %d builds on %s", kvs[0].Value, n, headValue(parent.Number, parent.Hash))
	}
	p.m.commitRefused.WithLabelValues(reason).Inc()
	return fmt.Errorf("%w (%s): %s", errCommitRefused, reason, detail)
}

// prune deletes committed blocks older than the log window (the commit
// deletes one per block; this clears what a larger window left behind).
func (p *Producer) prune(ctx context.Context, t term) {
	head := p.committedHead()
	if head.Number < p.cfg.LogWindow {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
	defer cancel()
	_, err := p.cli.Txn(cctx).If(clientv3.Compare(clientv3.CreateRevision(t.key), "=", t.rev)).
		Then(clientv3.OpDelete(p.keys.Block(0), clientv3.WithRange(p.keys.Block(head.Number-p.cfg.LogWindow+1)))).Commit()
	if err != nil {
		p.log.Warn("prune the log window", "err", err)
	}
}

// waitUntil sleeps on the slot clock until at. When interruptible, a
// handover request ends the wait (returned) and so does a pause or health
// change (errInterrupted).
func (p *Producer) waitUntil(ctx context.Context, at time.Time, interruptible bool) (*handoverRequest, error) {
	for {
		d := at.Sub(p.cfg.Clock.Now())
		if d <= 0 {
			return nil, nil
		}
		if !interruptible {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-p.cfg.Clock.After(d):
			}
			continue
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-p.cfg.Clock.After(d):
		case req := <-p.handoverReq:
			return req, nil
		case <-p.leaderWake:
			return nil, errInterrupted
		}
	}
}

// steppedDown records the end of a leadership.
func (p *Producer) steppedDown(reason string) {
	p.m.stepDowns.WithLabelValues(reason).Inc()
	p.mu.Lock()
	switch reason {
	case "commit_refused", "commit_error", "fenced", "build_failed", "catch_up_failed", "stale", "etcd_error":
		p.health.reset() // earn the candidacy again (hysteresis)
		p.m.healthy.Set(0)
	}
	p.role = p.idleRole()
	role := p.role
	p.mu.Unlock()
	p.m.setRole(role)
	p.log.Info("stopped leading", "reason", reason)
	p.notify()
}

// dropPayload stops the build of a payload this leader will not commit
// (its context ended before getPayload): go-ethereum keeps rebuilding an
// unfetched payload for up to 12 s, on a chain that may be shutting down.
// getPayload resolves it, which stops the build; the payload is discarded.
func (p *Producer) dropPayload(f forks.Fork, id ethengine.PayloadID) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	p.el.GetPayload(ctx, f, id)
}
