package producer

import (
	"context"
	"time"
)

// Failover is one leader change as seen in the committed blocks.
type Failover struct {
	// Number is the first block of the new leader.
	Number uint64 `json:"number"`
	// From and To are the old and the new leader.
	From string `json:"from"`
	To   string `json:"to"`
	// Seconds is the time from the old leader's last block to the new
	// leader's first (their commit times).
	Seconds float64 `json:"seconds"`
	// MissedSlots is the number of empty slots between the two blocks.
	MissedSlots uint64 `json:"missedSlots"`
	// Planned is true for a planned handover.
	Planned bool `json:"planned"`
	// At is when the new leader committed its first block.
	At time.Time `json:"at"`
}

// Status is a node's view of the chain's production (producer_status).
type Status struct {
	// Name is this node's name.
	Name string `json:"name"`
	// Role is leader, standby, endpoint or paused.
	Role string `json:"role"`
	// Leader is the current leader's name ("" when there is none).
	Leader string `json:"leader"`
	// Healthy is the health after hysteresis; Unhealthy says why not (the
	// last bad check).
	Healthy   bool   `json:"healthy"`
	Unhealthy string `json:"unhealthy,omitempty"`
	// Paused is true while campaigning is paused.
	Paused bool `json:"paused"`
	// CommittedHead is the committed head in etcd, LocalHead this node's
	// execution head, Lag the difference in blocks.
	CommittedHead Head   `json:"committedHead"`
	LocalHead     Head   `json:"localHead"`
	Lag           uint64 `json:"lag"`
	// Peers is the execution node's devp2p peer count (-1: not known).
	Peers int `json:"peers"`
	// PeriodSeconds and SessionTTLSeconds are the slot length and lease TTL.
	PeriodSeconds     float64 `json:"periodSeconds"`
	SessionTTLSeconds float64 `json:"sessionTtlSeconds"`
	// LastFailovers are the latest leader changes, oldest first.
	LastFailovers []Failover `json:"lastFailovers"`
	// Members are the running nodes as they report themselves.
	Members []Member `json:"members"`
	// NotReady lists readiness problems (empty: ready).
	NotReady []string `json:"notReady,omitempty"`
}

// PeerCounter is implemented by an execution node that can report its
// devp2p peers (execution.Node); see Config.Peers.
type PeerCounter interface{ PeerCount() int }

// Status returns the node's status; etcd reads (leader, members) are best effort.
func (p *Producer) Status(ctx context.Context) Status {
	p.mu.Lock()
	st := Status{
		Name: p.cfg.Name, Role: p.role, Healthy: p.health.healthy, Paused: p.paused,
		CommittedHead: p.committed, LocalHead: p.localView, Peers: -1,
		PeriodSeconds: p.cfg.Period.Seconds(), SessionTTLSeconds: p.cfg.SessionTTL.Seconds(),
		LastFailovers: append([]Failover(nil), p.failovers...),
	}
	if !st.Healthy {
		st.Unhealthy = p.checkReason
	}
	if p.committed.Number > p.localView.Number {
		st.Lag = p.committed.Number - p.localView.Number
	}
	p.mu.Unlock()
	if pc, ok := p.el.(PeerCounter); ok {
		st.Peers = pc.PeerCount()
	} else if p.cfg.Peers != nil {
		st.Peers = p.cfg.Peers()
	}
	st.NotReady = p.NotReady()
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	st.Leader, _ = p.leaderName(cctx)
	st.Members, _ = p.members(cctx)
	return st
}

// Pause stops campaigning; a leader hands over to the best healthy standby
// (or, with none, resigns). It reports whether the node was running unpaused.
func (p *Producer) Pause() bool {
	p.mu.Lock()
	was := !p.paused
	p.paused = true
	if p.role != "leader" {
		p.role = p.idleRole()
	}
	role := p.role
	p.mu.Unlock()
	p.m.setRole(role)
	p.log.Info("campaigning paused")
	p.notify()
	return was
}

// Resume resumes campaigning (after the hysteresis' healthy checks). It
// reports whether the node was paused.
func (p *Producer) Resume() bool {
	p.mu.Lock()
	was := p.paused
	p.paused = false
	if p.role != "leader" {
		p.role = p.idleRole()
	}
	role := p.role
	p.mu.Unlock()
	p.m.setRole(role)
	p.log.Info("campaigning resumed")
	p.notify()
	return was
}

// AdminAPI is the "producer" admin JSON-RPC namespace (go-ethereum rpc:
// producer_status, producer_handover, producer_pause, producer_resume).
type AdminAPI struct{ p *Producer }

// Status returns the node's Status.
func (a *AdminAPI) Status(ctx context.Context) Status { return a.p.Status(ctx) }

// Handover hands the leadership over after the current block, to the named
// node or (to null or "") the best standby. Only the leader accepts it.
func (a *AdminAPI) Handover(ctx context.Context, to *string) (HandoverResult, error) {
	name := ""
	if to != nil {
		name = *to
	}
	return a.p.Handover(ctx, name)
}

// Pause stops campaigning (a leader hands over first); true if it was unpaused.
func (a *AdminAPI) Pause() bool { return a.p.Pause() }

// Resume resumes campaigning; true if it was paused.
func (a *AdminAPI) Resume() bool { return a.p.Resume() }
