package producer

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// HandoverResult describes a planned handover.
type HandoverResult struct {
	// From is the node that led.
	From string `json:"from"`
	// To is the successor named in the handover key.
	To string `json:"to"`
	// Number is the last block From committed; To builds Number+1.
	Number uint64 `json:"number"`
}

// handoverRecord is the value at Keys.Handover.
type handoverRecord struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Number uint64 `json:"number"`
}

type handoverRequest struct {
	to     string
	res    chan handoverReply // nil for a handover the leader starts itself
	result HandoverResult
	err    error
}

type handoverReply struct {
	res HandoverResult
	err error
}

// Handover asks the leader (this node) to hand over after its current block:
// to the named node, or with to == "" to the most up-to-date healthy standby.
// It returns once the leader has resigned; the successor builds the next
// slot. Errors: ErrNotLeader (the message names the leader), ErrNoStandby, a
// named node that is unknown, an endpoint, paused or unhealthy, or ctx.
func (p *Producer) Handover(ctx context.Context, to string) (HandoverResult, error) {
	p.mu.Lock()
	role := p.role
	period := p.cfg.Period
	p.mu.Unlock()
	if role != "leader" {
		leader, _ := p.leaderName(ctx)
		return HandoverResult{}, fmt.Errorf("%w (leader: %q)", ErrNotLeader, leader)
	}
	if to == p.cfg.Name {
		return HandoverResult{}, fmt.Errorf("producer: handover to %q: that is this node, the leader", to)
	}
	req := &handoverRequest{to: to, res: make(chan handoverReply, 1)}
	select {
	case p.handoverReq <- req:
	case <-ctx.Done():
		return HandoverResult{}, ctx.Err()
	case <-time.After(2*period + time.Second):
		return HandoverResult{}, fmt.Errorf("%w: the leader loop did not take the request", ErrNotLeader)
	}
	select {
	case r := <-req.res:
		return r.res, r.err
	case <-ctx.Done():
		return HandoverResult{}, ctx.Err()
	}
}

// doHandover names the successor in the handover key (fenced on this
// leadership, on a lease of HandoverTimeout so the key goes away if the
// successor never takes over) and waits, at most half a period, until the
// successor is next in the election queue (the other candidates stand aside
// when they see the key). The caller then resigns.
func (p *Producer) doHandover(ctx context.Context, t term, to string) (HandoverResult, error) {
	target, err := p.pickSuccessor(ctx, to)
	if err != nil {
		return HandoverResult{}, err
	}
	local := p.localHead()
	cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
	defer cancel()
	lease, err := p.cli.Grant(cctx, int64((p.cfg.HandoverTimeout+time.Second-1)/time.Second))
	if err != nil {
		return HandoverResult{}, fmt.Errorf("producer: handover lease: %w", err)
	}
	val, _ := json.Marshal(handoverRecord{From: p.cfg.Name, To: target, Number: local.Number})
	resp, err := p.cli.Txn(cctx).If(clientv3.Compare(clientv3.CreateRevision(t.key), "=", t.rev)).
		Then(clientv3.OpPut(p.keys.Handover(), string(val), clientv3.WithLease(lease.ID))).Commit()
	if err != nil || !resp.Succeeded {
		p.cli.Revoke(cctx, lease.ID)
		if err == nil {
			err = ErrNotLeader
		}
		return HandoverResult{}, fmt.Errorf("producer: write handover key: %w", err)
	}
	p.setHandoverTo(target)
	deadline := time.Now().Add(min(p.cfg.Period/2, p.cfg.HandoverTimeout))
	for time.Now().Before(deadline) {
		r, err := p.cli.Get(cctx, p.keys.Election()+"/", clientv3.WithPrefix(),
			clientv3.WithSort(clientv3.SortByCreateRevision, clientv3.SortAscend), clientv3.WithLimit(2))
		if err == nil && len(r.Kvs) >= 2 && string(r.Kvs[0].Key) == t.key && string(r.Kvs[1].Value) == target {
			break
		}
		if err == nil && (len(r.Kvs) == 0 || string(r.Kvs[0].Key) != t.key) {
			break // no longer first: nothing to wait for
		}
		select {
		case <-ctx.Done():
			return HandoverResult{}, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	p.log.Info("handing over", "to", target, "after_block", local.Number)
	return HandoverResult{From: p.cfg.Name, To: target, Number: local.Number}, nil
}

// pickSuccessor checks a named successor, or picks the most up-to-date
// healthy, unpaused standby producer (ties by name).
func (p *Producer) pickSuccessor(ctx context.Context, to string) (string, error) {
	ms, err := p.members(ctx)
	if err != nil {
		return "", fmt.Errorf("producer: read members: %w", err)
	}
	local := p.localHead()
	fit := func(m Member) error {
		switch {
		case m.Name == p.cfg.Name:
			return fmt.Errorf("producer: %q is this node", m.Name)
		case m.Role != RoleProducer:
			return fmt.Errorf("producer: %q is an %s, not a producer", m.Name, m.Role)
		case m.Paused:
			return fmt.Errorf("producer: %q is paused", m.Name)
		case !m.Healthy:
			return fmt.Errorf("producer: %q is not healthy", m.Name)
		case m.LocalHead+p.cfg.CampaignMaxLag < local.Number:
			return fmt.Errorf("producer: %q is at block %d, %d behind", m.Name, m.LocalHead, local.Number-m.LocalHead)
		}
		return nil
	}
	if to != "" {
		for _, m := range ms {
			if m.Name == to {
				if err := fit(m); err != nil {
					return "", fmt.Errorf("%w: %v", ErrNoStandby, err)
				}
				return to, nil
			}
		}
		return "", fmt.Errorf("%w: no running node named %q", ErrNoStandby, to)
	}
	var cands []Member
	for _, m := range ms {
		if fit(m) == nil {
			cands = append(cands, m)
		}
	}
	if len(cands) == 0 {
		return "", ErrNoStandby
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].LocalHead != cands[j].LocalHead {
			return cands[i].LocalHead > cands[j].LocalHead
		}
		return cands[i].Name < cands[j].Name
	})
	return cands[0].Name, nil
}

// readHandover reads the handover key (linearizable) and updates the cached target.
func (p *Producer) readHandover(ctx context.Context) (handoverRecord, error) {
	cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
	defer cancel()
	resp, err := p.cli.Get(cctx, p.keys.Handover())
	if err != nil {
		return handoverRecord{}, err
	}
	var h handoverRecord
	if len(resp.Kvs) > 0 {
		if err := json.Unmarshal(resp.Kvs[0].Value, &h); err != nil {
			return handoverRecord{}, fmt.Errorf("producer: handover key holds %q: %w", resp.Kvs[0].Value, err)
		}
	}
	p.setHandoverTo(h.To)
	return h, nil
}

func (p *Producer) setHandoverTo(to string) {
	p.mu.Lock()
	changed := p.handoverTo != to
	p.handoverTo = to
	p.mu.Unlock()
	if changed {
		p.notify()
	}
}

// handoverWatch keeps the cached handover target current: candidates other
// than the successor stand aside while it is set.
func (p *Producer) handoverWatch(ctx context.Context) {
	for ctx.Err() == nil {
		cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
		resp, err := p.cli.Get(cctx, p.keys.Handover())
		cancel()
		if err != nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
		to := ""
		if len(resp.Kvs) > 0 {
			var h handoverRecord
			if json.Unmarshal(resp.Kvs[0].Value, &h) == nil {
				to = h.To
			}
		}
		p.setHandoverTo(to)
		wctx, wcancel := context.WithCancel(clientv3.WithRequireLeader(ctx))
		for wr := range p.cli.Watch(wctx, p.keys.Handover(), clientv3.WithRev(resp.Header.Revision+1)) {
			if wr.Err() != nil {
				break
			}
			for _, ev := range wr.Events {
				to := ""
				if ev.Type == clientv3.EventTypePut {
					var h handoverRecord
					if json.Unmarshal(ev.Kv.Value, &h) == nil {
						to = h.To
					}
				}
				p.setHandoverTo(to)
			}
		}
		wcancel()
		if ctx.Err() == nil {
			time.Sleep(50 * time.Millisecond)
		}
	}
}
