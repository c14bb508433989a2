package producer

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	clientv3 "go.etcd.io/etcd/client/v3"
)

// Member is one running node's status as it publishes it at
// Keys.Member(name), on its session lease (so the key vanishes with the
// node). The leader picks a handover successor from these.
type Member struct {
	// Name is the node name.
	Name string `json:"name"`
	// Role is "producer" or "endpoint".
	Role Role `json:"role"`
	// Healthy is the node's health after hysteresis (a producer campaigns
	// only while healthy).
	Healthy bool `json:"healthy"`
	// Paused is true while campaigning is paused.
	Paused bool `json:"paused"`
	// Leader is true while the node leads.
	Leader bool `json:"leader"`
	// LocalHead is the node's execution head.
	LocalHead uint64 `json:"localHead"`
	// LocalHash is the hash of that block.
	LocalHash common.Hash `json:"localHash"`
}

// memberSnapshot is this node's Member now.
func (p *Producer) memberSnapshot() Member {
	p.mu.Lock()
	defer p.mu.Unlock()
	return Member{
		Name: p.cfg.Name, Role: p.cfg.Role, Healthy: p.health.healthy && p.fatal == nil, Paused: p.paused,
		Leader: p.role == "leader", LocalHead: p.localView.Number, LocalHash: p.localView.Hash,
	}
}

// registerMember claims Keys.Member(name) for session s. A key held by
// another live lease means another process runs under this name: that is
// retried for 3 x TTL (a crashed predecessor's lease expires meanwhile),
// then ErrNameInUse.
func (p *Producer) registerMember(ctx context.Context, s *session) error {
	key := p.keys.Member(p.cfg.Name)
	deadline := time.Now().Add(3 * p.cfg.SessionTTL)
	for {
		b, _ := json.Marshal(p.memberSnapshot())
		cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
		resp, err := p.cli.Txn(cctx).
			If(clientv3.Compare(clientv3.CreateRevision(key), "=", 0)).
			Then(clientv3.OpPut(key, string(b), clientv3.WithLease(s.id))).
			Else(clientv3.OpGet(key)).Commit()
		cancel()
		if err == nil {
			if resp.Succeeded {
				p.mu.Lock()
				p.lastMember = string(b)
				p.mu.Unlock()
				return nil
			}
			kvs := resp.Responses[0].GetResponseRange().Kvs
			if len(kvs) > 0 && clientv3.LeaseID(kvs[0].Lease) == s.id {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("%w: %s is held by lease %x", ErrNameInUse, key, kvs[0].Lease)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.Done():
			return fmt.Errorf("etcd session lost while registering %s", key)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// publishMember writes this node's Member if it changed (only while the key
// is still on this node's lease).
func (p *Producer) publishMember(ctx context.Context) {
	p.mu.Lock()
	s := p.sess
	p.mu.Unlock()
	if s == nil || !s.alive() {
		return
	}
	b, _ := json.Marshal(p.memberSnapshot())
	p.mu.Lock()
	same := p.lastMember == string(b)
	p.mu.Unlock()
	if same {
		return
	}
	key := p.keys.Member(p.cfg.Name)
	cctx, cancel := context.WithTimeout(ctx, p.cfg.SessionTTL)
	defer cancel()
	resp, err := p.cli.Txn(cctx).
		If(clientv3.Compare(clientv3.LeaseValue(key), "=", s.id)).
		Then(clientv3.OpPut(key, string(b), clientv3.WithLease(s.id))).Commit()
	if err == nil && resp.Succeeded {
		p.mu.Lock()
		p.lastMember = string(b)
		p.mu.Unlock()
	}
}

// members reads every running node's Member, sorted by name.
func (p *Producer) members(ctx context.Context) ([]Member, error) {
	resp, err := p.cli.Get(ctx, p.keys.MembersPrefix(), clientv3.WithPrefix())
	if err != nil {
		return nil, err
	}
	out := make([]Member, 0, len(resp.Kvs))
	for _, kv := range resp.Kvs {
		var m Member
		if json.Unmarshal(kv.Value, &m) == nil && m.Name != "" {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// leaderName returns the name of the current election leader ("" if none).
func (p *Producer) leaderName(ctx context.Context) (string, error) {
	resp, err := p.cli.Get(ctx, p.keys.Election()+"/", clientv3.WithFirstCreate()...)
	if err != nil {
		return "", err
	}
	if len(resp.Kvs) == 0 {
		return "", nil
	}
	return string(resp.Kvs[0].Value), nil
}
