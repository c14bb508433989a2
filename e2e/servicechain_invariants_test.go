//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/e2e/harness"
)

// headSampler polls every node's head (number and hash, over its own RPC)
// every 200 ms for the whole run: a head that moves backwards, or a height
// whose hash changes, is recorded, and so is every block any node served.
type headSampler struct {
	s      *serviceChain
	mu     sync.Mutex
	last   map[string]sample                 // node -> highest head seen
	served map[uint64]map[common.Hash]string // height -> hash -> the node that served it first
	backs  []string
	polls  int
	stop   chan struct{}
	done   sync.WaitGroup
	seen   map[string]bool // nodes with a sampler goroutine
}

type sample struct {
	number uint64
	hash   common.Hash
	at     time.Time
}

func newHeadSampler(s *serviceChain) *headSampler {
	h := &headSampler{s: s, last: map[string]sample{}, served: map[uint64]map[common.Hash]string{}, stop: make(chan struct{}), seen: map[string]bool{}}
	h.track()
	return h
}

// track starts a sampler for every node without one (nodes added later).
func (h *headSampler) track() {
	for _, n := range h.s.all() {
		h.mu.Lock()
		if h.seen[n.Name()] {
			h.mu.Unlock()
			continue
		}
		h.seen[n.Name()] = true
		h.mu.Unlock()
		h.done.Add(1)
		go h.poll(n)
	}
}

func (h *headSampler) poll(n *harness.ServiceNode) {
	defer h.done.Done()
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-h.stop:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		ec, err := n.Dial(ctx)
		if err == nil {
			hd, herr := ec.HeaderByNumber(ctx, nil)
			ec.Close()
			if herr == nil {
				h.observe(n.Name(), sample{number: hd.Number.Uint64(), hash: hd.Hash(), at: time.Now()})
			}
		}
		cancel()
	}
}

func (h *headSampler) observe(node string, s sample) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.polls++
	if prev, ok := h.last[node]; ok {
		switch {
		case s.number < prev.number:
			h.backs = append(h.backs, fmt.Sprintf("%s: head %d (%s) at %s, then %d at %s", node, prev.number, prev.hash.TerminalString(), prev.at.Format("15:04:05.000"), s.number, s.at.Format("15:04:05.000")))
		case s.number == prev.number && s.hash != prev.hash:
			h.backs = append(h.backs, fmt.Sprintf("%s: block %d was %s, then %s", node, s.number, prev.hash.TerminalString(), s.hash.TerminalString()))
		}
	}
	if prev, ok := h.last[node]; !ok || s.number >= prev.number {
		h.last[node] = s
	}
	m := h.served[s.number]
	if m == nil {
		m = map[common.Hash]string{}
		h.served[s.number] = m
	}
	if _, ok := m[s.hash]; !ok {
		m[s.hash] = node
	}
}

func (h *headSampler) close() {
	select {
	case <-h.stop:
	default:
		close(h.stop)
	}
	h.done.Wait()
}

// chainReport is what checkChains found.
type chainReport struct {
	Nodes       int
	Height      uint64
	Served      int // distinct (height, hash) pairs any node served
	Polls       int
	Forks       []string
	Backwards   []string
	NotInChain  []string
	LogMismatch []string
}

func (r chainReport) err() error {
	var parts []string
	for _, l := range [][]string{r.Forks, r.Backwards, r.NotInChain, r.LogMismatch} {
		parts = append(parts, l...)
	}
	if len(parts) == 0 {
		return nil
	}
	if len(parts) > 20 {
		parts = append(parts[:20], fmt.Sprintf("... and %d more", len(parts)-20))
	}
	return fmt.Errorf("service chain invariants broken:\n  %s", strings.Join(parts, "\n  "))
}

// checkChains checks, from every node's own chain: one hash per height across
// all nodes, no head that moved backwards (sampled), every block any node
// served is in the final chain, and the committed records in etcd's window
// are that chain.
func (h *headSampler) checkChains(ctx context.Context) chainReport {
	h.close()
	var rep chainReport
	final := map[uint64]common.Hash{}
	who := map[uint64]string{}
	for _, n := range h.s.all() {
		hashes, err := canonicalHashes(ctx, n.HTTPURL())
		if err != nil {
			rep.Forks = append(rep.Forks, fmt.Sprintf("%s: cannot read its chain: %v", n.Name(), err))
			continue
		}
		rep.Nodes++
		for i, hash := range hashes {
			num := uint64(i)
			if prev, ok := final[num]; ok && prev != hash {
				rep.Forks = append(rep.Forks, fmt.Sprintf("height %d: %s has %s, %s has %s", num, who[num], prev.TerminalString(), n.Name(), hash.TerminalString()))
				continue
			}
			final[num], who[num] = hash, n.Name()
			rep.Height = max(rep.Height, num)
		}
	}
	h.mu.Lock()
	rep.Backwards = append(rep.Backwards, h.backs...)
	rep.Polls = h.polls
	heights := make([]uint64, 0, len(h.served))
	for num := range h.served {
		heights = append(heights, num)
	}
	sort.Slice(heights, func(i, j int) bool { return heights[i] < heights[j] })
	for _, num := range heights {
		for hash, node := range h.served[num] {
			rep.Served++
			if final[num] != hash {
				rep.NotInChain = append(rep.NotInChain, fmt.Sprintf("%s served block %d = %s, the final chain has %s", node, num, hash.TerminalString(), final[num].TerminalString()))
			}
		}
	}
	h.mu.Unlock()
	recs, err := h.s.records(ctx, 0)
	if err != nil {
		rep.LogMismatch = append(rep.LogMismatch, err.Error())
	}
	for _, r := range recs {
		if got, ok := final[r.Number()]; ok && got != r.Hash {
			rep.LogMismatch = append(rep.LogMismatch, fmt.Sprintf("committed block %d is %s, the nodes hold %s", r.Number(), r.Hash.TerminalString(), got.TerminalString()))
		}
	}
	return rep
}
