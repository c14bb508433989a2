package producer

import (
	"context"
	"fmt"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// takeOverIfMissed is a waiting candidate's check (once per health
// interval) for a leader that holds its lease but has stopped producing: a
// SIGKILLed process whose lease etcd has not yet expired, a SIGSTOPped
// zombie, a leader cut off from etcd, or one stuck in its execution node.
// When the slot after the committed head began at least TakeoverGrace ago,
// no block has been committed since, and the committed head was built by the
// current leader in its present term, the candidate revokes that leader's
// lease. etcd then deletes the leader's election key, the next candidate in
// the queue is elected, and failover takes about one period plus the grace
// instead of the lease's remaining TTL.
//
// It is safe: the old leader's next commit compares its election key's
// revision, which no longer exists, so etcd refuses it (the fence); and its
// keepalives fail, so it also self-fences. A leader that has not yet
// committed a block in its term (a new leader importing a gap) is never
// revoked here; it keeps the lease's own bound, which is the hysteresis
// against leaders replacing each other (optimism#14585).
func (p *Producer) takeOverIfMissed(ctx context.Context, s *session) {
	if p.cfg.TakeoverGrace < 0 {
		return
	}
	committed := p.committedHead()
	if committed.Time == 0 {
		return
	}
	due := p.slots.start(p.slots.slotOf(committed.Time) + 1)
	if p.cfg.Clock.Now().Before(due.Add(p.cfg.TakeoverGrace)) {
		return
	}
	rctx, cancel := context.WithTimeout(ctx, p.cfg.CommitTimeout)
	defer cancel()
	// One read at one revision: the leader (the first-created election
	// key, as concurrency.Election.Leader reads it), etcd's head key and the
	// head's record. This node's view of the committed head may lag etcd's
	// (a slow watch); only etcd's own head tells a late leader from a late
	// follower.
	resp, err := p.cli.Txn(rctx).Then(
		clientv3.OpGet(p.keys.Election()+"/", clientv3.WithFirstCreate()...),
		clientv3.OpGet(p.keys.Head()),
		clientv3.OpGet(p.keys.Block(committed.Number)),
	).Commit()
	if err != nil {
		return // etcd unreachable
	}
	leaderKvs, headKvs, recKvs := resp.Responses[0].GetResponseRange().Kvs, resp.Responses[1].GetResponseRange().Kvs, resp.Responses[2].GetResponseRange().Kvs
	if len(leaderKvs) == 0 || len(headKvs) == 0 || len(recKvs) == 0 {
		return // no leader, or the head left the window
	}
	kv := leaderKvs[0]
	if clientv3.LeaseID(kv.Lease) == s.id || kv.Lease == 0 {
		return
	}
	if head, err := parseHead(headKvs[0].Value); err != nil || head != (Head{Number: committed.Number, Hash: committed.Hash}) {
		return
	}
	if r, err := DecodeRecord(recKvs[0].Value); err != nil || r.Term != kv.CreateRevision {
		return // the leader has not committed in its present term
	}
	if _, err := p.cli.Revoke(rctx, clientv3.LeaseID(kv.Lease)); err != nil {
		p.log.Debug("takeover: revoke", "leader", string(kv.Value), "err", err)
		return
	}
	p.m.takeovers.Inc()
	p.log.Warn("takeover: the leader missed its slot; revoked its lease",
		"leader", string(kv.Value), "term", kv.CreateRevision, "head", committed.Number,
		"due", due.Format("15:04:05.000"), "grace", fmt.Sprint(p.cfg.TakeoverGrace))
}
