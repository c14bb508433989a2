package producer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Failover is one leader change as seen in the committed blocks.
type Failover struct {
	// Time is when the new leader sent the commit of its first block (its
	// clock).
	Time time.Time `json:"time"`
	// From and To are the old and the new leader.
	From string `json:"from"`
	To   string `json:"to"`
	// Height is the number of the new leader's first block.
	Height uint64 `json:"height"`
	// MissedSlots is the number of empty slots between the old leader's last
	// block and the new leader's first.
	MissedSlots uint64 `json:"missedSlots"`
	// Planned is true for a planned handover.
	Planned bool `json:"planned"`
	// Seconds is the time from the old leader's last block to the new
	// leader's first (their commit times); 0 when one is not known.
	Seconds float64 `json:"seconds"`
}

// Status is a node's view of the chain's production, the answer of the admin
// method producer_status. Its first fields are the shape the operator
// console reads (internal/console ProducerNodeStatus: node, role, leader,
// head, committedHead, healthy, recentFailovers).
type Status struct {
	// Node is this node's name.
	Node string `json:"node"`
	// Role is the configured role: producer (a candidate) or endpoint.
	Role Role `json:"role"`
	// Leader is true while this node leads (produces blocks).
	Leader bool `json:"leader"`
	// Head is the number of this node's execution head, CommittedHead the
	// committed head in etcd as this node last saw it (blocks).
	Head          uint64 `json:"head"`
	CommittedHead uint64 `json:"committedHead"`
	// Healthy is the health after hysteresis; Unhealthy says why not (the
	// last bad check).
	Healthy   bool   `json:"healthy"`
	Unhealthy string `json:"unhealthy,omitempty"`
	// RecentFailovers are the latest leader changes, oldest first (at most 16).
	RecentFailovers []Failover `json:"recentFailovers"`

	// State is leader, standby, endpoint or paused.
	State string `json:"state"`
	// LeaderName is the current leader's name ("" when there is none or etcd
	// does not answer).
	LeaderName string `json:"leaderName"`
	// HeadHash and CommittedHash are the hashes of Head and CommittedHead.
	HeadHash      common.Hash `json:"headHash"`
	CommittedHash common.Hash `json:"committedHash"`
	// Lag is CommittedHead - Head (blocks, 0 when not behind).
	Lag uint64 `json:"lag"`
	// Paused is true while campaigning is paused.
	Paused bool `json:"paused"`
	// Peers is the execution node's devp2p peer count (-1: not known, as for
	// an external execution node).
	Peers int `json:"peers"`
	// PeriodSeconds and SessionTTLSeconds are the slot length and lease TTL.
	PeriodSeconds     float64 `json:"periodSeconds"`
	SessionTTLSeconds float64 `json:"sessionTtlSeconds"`
	// Members are the running nodes as they report themselves in etcd.
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
		Node: p.cfg.Name, Role: p.cfg.Role, Leader: p.role == "leader", State: p.role,
		Head: p.localView.Number, HeadHash: p.localView.Hash,
		CommittedHead: p.committed.Number, CommittedHash: p.committed.Hash,
		Healthy: p.health.healthy, Paused: p.paused, Peers: -1,
		PeriodSeconds: p.cfg.Period.Seconds(), SessionTTLSeconds: p.cfg.SessionTTL.Seconds(),
		RecentFailovers: append([]Failover{}, p.failovers...),
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
	st.LeaderName, _ = p.leaderName(cctx)
	st.Members, _ = p.members(cctx)
	if st.Members == nil {
		st.Members = []Member{}
	}
	return st
}

// Pause stops campaigning; a leader hands over to the best healthy standby
// (or, with none, resigns). With Config.PauseFile the state survives a
// restart. It reports whether the node was running unpaused; the error is
// the pause file's (the node is paused in memory all the same).
func (p *Producer) Pause() (bool, error) {
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
	return was, p.persistPause(true)
}

// Resume resumes campaigning (after the hysteresis' healthy checks). It
// reports whether the node was paused; the error is the pause file's.
func (p *Producer) Resume() (bool, error) {
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
	return was, p.persistPause(false)
}

// persistPause writes (paused) or removes the pause file.
func (p *Producer) persistPause(paused bool) error {
	if p.cfg.PauseFile == "" {
		return nil
	}
	if !paused {
		if err := os.Remove(p.cfg.PauseFile); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("producer: remove pause file: %w", err)
		}
		return nil
	}
	msg := fmt.Sprintf("campaigning paused at %s (servicechain node resume clears it)\n", time.Now().UTC().Format(time.RFC3339))
	if err := os.WriteFile(p.cfg.PauseFile, []byte(msg), 0o600); err != nil {
		return fmt.Errorf("producer: write pause file: %w", err)
	}
	return nil
}

// pausedOnDisk reports whether the pause file exists.
func pausedOnDisk(path string) (bool, error) {
	if path == "" {
		return false, nil
	}
	_, err := os.Stat(path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, os.ErrNotExist):
		return false, nil
	}
	return false, fmt.Errorf("producer: pause file: %w", err)
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

// Pause stops campaigning (a leader hands over first); true if it was
// unpaused. The state is kept in the pause file across restarts.
func (a *AdminAPI) Pause() (bool, error) { return a.p.Pause() }

// Resume resumes campaigning; true if it was paused.
func (a *AdminAPI) Resume() (bool, error) { return a.p.Resume() }
