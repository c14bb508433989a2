package console

import (
	"context"
	"sort"
	"sync"
	"time"
)

// NoServiceNodes is the producer panel's message while no source exists.
const NoServiceNodes = "no service-chain nodes configured"

// ProducerSource feeds the producer panel (issue 10: service-chain nodes
// with fenced failover). The console calls Producers every status round;
// an error is shown on the panel and the previous view is dropped.
type ProducerSource interface {
	Producers(ctx context.Context) (*ProducerView, error)
}

// ProducerView is the service chain's producer panel: the leader, the
// standbys and endpoints with their lag, and recent failovers.
type ProducerView struct {
	// Configured is false when there is no source; Message then says
	// NoServiceNodes.
	Configured bool   `json:"configured"`
	Message    string `json:"message,omitempty"`
	// Leader is the name of the node that produces blocks now ("" when none).
	Leader string `json:"leader,omitempty"`
	// CommittedHead is the highest committed block number (the etcd head).
	CommittedHead uint64 `json:"committedHead"`
	// Nodes lists every service-chain node.
	Nodes []ProducerNode `json:"nodes"`
	// Failovers lists recent leader changes, newest first.
	Failovers []Failover `json:"failovers,omitempty"`
	// Error is the source's last error.
	Error string `json:"error,omitempty"`
}

// ProducerNode is one service-chain node on the panel.
type ProducerNode struct {
	Name string `json:"name"`
	// Role is producer (a leader candidate) or endpoint (never produces).
	Role string `json:"role"`
	// State is leader, standby, endpoint or down.
	State string `json:"state"`
	// Head is the node's imported head; LagBlocks how far it trails the
	// committed head.
	Head      uint64 `json:"head"`
	LagBlocks uint64 `json:"lagBlocks"`
	Healthy   bool   `json:"healthy"`
	Error     string `json:"error,omitempty"`
}

// Failover is one leader change.
type Failover struct {
	// Time is when the new leader committed its first block.
	Time time.Time `json:"time"`
	From string    `json:"from"`
	To   string    `json:"to"`
	// Height is the first block the new leader produced; MissedSlots the
	// slots without a block during the change.
	Height      uint64 `json:"height"`
	MissedSlots uint64 `json:"missedSlots"`
	// Planned is true for a handover (the leader resigned).
	Planned bool `json:"planned"`
}

// ProducerNodeStatus is what the console expects a service-chain node's
// admin JSON-RPC method producer_status to return (issue 10 implements
// it). Fields the node does not know are left zero.
type ProducerNodeStatus struct {
	Node string `json:"node"`
	// Role is producer or endpoint; Leader true on the node producing now.
	Role   string `json:"role"`
	Leader bool   `json:"leader"`
	// Head is the node's imported head; CommittedHead the committed head
	// it sees (etcd).
	Head          uint64 `json:"head"`
	CommittedHead uint64 `json:"committedHead"`
	Healthy       bool   `json:"healthy"`
	// RecentFailovers are the leader changes this node knows of.
	RecentFailovers []Failover `json:"recentFailovers"`
}

// ProducerMethod is the admin JSON-RPC method RPCProducers calls.
const ProducerMethod = "producer_status"

// RPCProducers is the default ProducerSource: it calls producer_status on
// every configured service-chain node (with its token) and merges the
// answers. A node that does not answer is shown as down.
type RPCProducers struct {
	nodes []*adminClient
}

// Producers implements ProducerSource.
func (p *RPCProducers) Producers(ctx context.Context) (*ProducerView, error) {
	v := &ProducerView{Configured: true}
	answers := make([]*ProducerNodeStatus, len(p.nodes))
	errs := make([]error, len(p.nodes))
	var wg sync.WaitGroup
	for i, n := range p.nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var st ProducerNodeStatus
			errs[i] = n.call(ctx, &st, ProducerMethod)
			if errs[i] == nil {
				answers[i] = &st
			}
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for i, n := range p.nodes {
		if errs[i] != nil {
			v.Nodes = append(v.Nodes, ProducerNode{Name: n.name, State: "down", Error: errs[i].Error()})
			continue
		}
		v.CommittedHead = max(v.CommittedHead, answers[i].CommittedHead)
	}
	for i, n := range p.nodes {
		a := answers[i]
		if a == nil {
			continue
		}
		pn := ProducerNode{Name: n.name, Role: a.Role, Head: a.Head, Healthy: a.Healthy}
		switch {
		case a.Leader:
			pn.State, v.Leader = "leader", n.name
		case a.Role == "endpoint":
			pn.State = "endpoint"
		default:
			pn.State = "standby"
		}
		if v.CommittedHead > a.Head {
			pn.LagBlocks = v.CommittedHead - a.Head
		}
		v.Nodes = append(v.Nodes, pn)
		for _, f := range a.RecentFailovers {
			key := f.To + "@" + f.Time.String()
			if !seen[key] {
				seen[key] = true
				v.Failovers = append(v.Failovers, f)
			}
		}
	}
	sort.Slice(v.Failovers, func(i, j int) bool { return v.Failovers[i].Time.After(v.Failovers[j].Time) })
	if len(v.Failovers) > 20 {
		v.Failovers = v.Failovers[:20]
	}
	return v, nil
}
