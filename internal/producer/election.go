package producer

import (
	"context"
	"errors"
	"time"

	"go.etcd.io/etcd/client/v3/concurrency"
)

// sessionLoop keeps an etcd session (a new one whenever the lease is lost),
// registers the member key on it and, for producers, campaigns.
func (p *Producer) sessionLoop(ctx context.Context) error {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		s, err := newSession(ctx, p.cli, p.cfg.SessionTTL, p.cfg.FenceSpare)
		if err != nil {
			if ctx.Err() == nil {
				p.log.Warn("etcd session", "err", err)
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, p.cfg.SessionTTL)
			continue
		}
		backoff = 100 * time.Millisecond
		p.mu.Lock()
		p.sess = s
		p.lastMember = ""
		p.mu.Unlock()
		p.notify()
		err = p.registerMember(ctx, s)
		if errors.Is(err, ErrNameInUse) {
			s.close()
			p.setFatal(err)
			return err
		}
		if err == nil {
			p.runSession(ctx, s)
		}
		p.mu.Lock()
		p.sess = nil
		p.mu.Unlock()
		s.close()
		if ctx.Err() == nil {
			p.log.Warn("etcd session ended; starting a new one")
		}
	}
	return nil
}

// runSession campaigns whenever the node is eligible and leads when elected,
// until the session is lost or ctx ends.
func (p *Producer) runSession(ctx context.Context, s *session) {
	if p.cfg.Role != RoleProducer {
		select {
		case <-ctx.Done():
		case <-s.Done():
		}
		return
	}
	elec := concurrency.NewElection(s.cs, p.keys.Election())
	tick := time.NewTicker(p.cfg.HealthInterval)
	defer tick.Stop()
	for {
		// Idle until eligible.
		for !p.eligible() {
			select {
			case <-ctx.Done():
				return
			case <-s.Done():
				return
			case <-p.wake:
			case <-tick.C:
			}
		}
		cctx, cancel := context.WithCancel(ctx)
		errc := make(chan error, 1)
		go func() { errc <- elec.Campaign(cctx, p.cfg.Name) }()
		won, stop := false, false
	campaign:
		for {
			select {
			case err := <-errc:
				won = err == nil
				if err != nil && ctx.Err() == nil && s.alive() {
					p.log.Warn("campaign", "err", err)
				}
				break campaign
			case <-s.Done():
				stop = true
			case <-ctx.Done():
				stop = true
			case <-p.wake:
			case <-tick.C:
				if p.eligible() {
					p.takeOverIfMissed(cctx, s)
				}
			}
			if stop || !p.eligible() {
				cancel()
				select {
				case err := <-errc:
					if err == nil { // elected just as we gave up
						p.resign(elec)
					}
				case <-s.Done():
					// Campaign's own clean-up on cancel (a Resign without
					// a deadline) waits for etcd; the session is gone, and
					// sessionLoop revokes its lease, election key and all.
					return
				case <-ctx.Done():
					return
				}
				won = false
				break campaign
			}
		}
		if won {
			req, reason := p.lead(cctx, s, elec)
			p.resign(elec)
			p.steppedDown(reason)
			if req != nil && req.res != nil {
				req.res <- handoverReply{res: req.result, err: req.err}
			}
		}
		cancel()
		if stop || ctx.Err() != nil {
			return
		}
		select {
		case <-s.Done():
			return
		default:
		}
	}
}

// resign deletes this node's election key (best effort, 1 s).
func (p *Producer) resign(elec *concurrency.Election) {
	rctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := elec.Resign(rctx); err != nil {
		p.log.Debug("resign", "err", err)
	}
}
