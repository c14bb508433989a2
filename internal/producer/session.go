package producer

import (
	"context"
	"errors"
	"sync"
	"time"

	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/client/v3/concurrency"
)

// session is one etcd lease with its concurrency.Session, and the
// self-fence deadline: the leader stops producing FenceSpare before the lease
// could have expired.
//
// The lease's expiry on the etcd leader is at least (send time of the last
// acknowledged keepalive) + TTL: etcd resets the TTL when it processes the
// keepalive, which is after we sent it. The session therefore sends its own
// keepalives (KeepAliveOnce, every TTL/4) and remembers the send time of the
// last acknowledged one. (concurrency.Session keeps the lease alive too, but
// does not say when.) etcd can extend a TTL (it renews every lease on an etcd
// leader change, etcd-io/etcd#9395) but never shortens it, so the bound holds.
type session struct {
	cli    *clientv3.Client
	id     clientv3.LeaseID
	ttl    time.Duration
	spare  time.Duration
	cs     *concurrency.Session
	cancel context.CancelFunc

	mu       sync.Mutex
	acked    time.Time // send time of the last acknowledged keepalive (monotonic)
	lost     chan struct{}
	lostOnce sync.Once
}

// newSession grants a lease of ttl and starts keeping it alive.
func newSession(ctx context.Context, cli *clientv3.Client, ttl, spare time.Duration) (*session, error) {
	sent := time.Now()
	gctx, gcancel := context.WithTimeout(ctx, ttl)
	resp, err := cli.Grant(gctx, int64(ttl/time.Second))
	gcancel()
	if err != nil {
		return nil, err
	}
	sctx, cancel := context.WithCancel(ctx)
	cs, err := concurrency.NewSession(cli, concurrency.WithLease(resp.ID), concurrency.WithTTL(int(ttl/time.Second)), concurrency.WithContext(sctx))
	if err != nil {
		cancel()
		rctx, rcancel := context.WithTimeout(context.Background(), time.Second)
		cli.Revoke(rctx, resp.ID)
		rcancel()
		return nil, err
	}
	s := &session{cli: cli, id: resp.ID, ttl: ttl, spare: spare, cs: cs, cancel: cancel, acked: sent, lost: make(chan struct{})}
	go s.keepAlive(sctx)
	return s, nil
}

func (s *session) keepAlive(ctx context.Context) {
	interval := max(s.ttl/4, 50*time.Millisecond)
	for {
		select {
		case <-ctx.Done():
			s.markLost()
			return
		case <-s.cs.Done():
			s.markLost()
			return
		case <-time.After(interval):
		}
		sent := time.Now()
		kctx, kcancel := context.WithTimeout(ctx, interval)
		r, err := s.cli.KeepAliveOnce(kctx, s.id)
		kcancel()
		switch {
		case err == nil && r.TTL > 0:
			s.mu.Lock()
			s.acked = sent
			s.mu.Unlock()
		case errors.Is(err, rpctypes.ErrLeaseNotFound) || (err == nil && r.TTL <= 0):
			s.markLost()
			return
		}
		if time.Since(s.lastAck()) > s.ttl {
			// No keepalive acknowledged for a whole TTL: the lease may be gone.
			s.markLost()
			return
		}
	}
}

func (s *session) lastAck() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.acked
}

// markLost closes Done and stops every keepalive of the lease, including
// concurrency.Session's own: a node that no longer counts on its lease must
// not keep it alive for etcd either, or its election key (first in line,
// perhaps) would outlive it and hold up the election until the node noticed
// (seen in the e2e run when the etcd leader was killed: a standby whose
// keepalives had failed kept the election for 6 s). The lease then expires
// within one TTL of its last renewal, if close cannot revoke it sooner.
func (s *session) markLost() {
	s.lostOnce.Do(func() {
		close(s.lost)
		if s.cancel != nil {
			s.cancel()
		}
	})
}

// Done is closed when the lease is lost or may have expired.
func (s *session) Done() <-chan struct{} { return s.lost }

// deadline is when the holder must have stopped acting as leader.
func (s *session) deadline() time.Time { return s.lastAck().Add(s.ttl - s.spare) }

// alive reports whether the lease is certainly still alive with the spare.
func (s *session) alive() bool {
	select {
	case <-s.lost:
		return false
	default:
	}
	return time.Now().Before(s.deadline())
}

// close stops the keepalives and revokes the lease (best effort, 1 s).
func (s *session) close() {
	s.markLost()
	s.cancel()
	rctx, rcancel := context.WithTimeout(context.Background(), time.Second)
	defer rcancel()
	s.cs.Orphan()
	s.cli.Revoke(rctx, s.id)
}
