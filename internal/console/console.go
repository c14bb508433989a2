package console

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/devnet"
)

// maxVerifies bounds concurrent anchor verifications (each reads up to a
// period of child blocks), so one user's requests never starve the rest.
const maxVerifies = 4

// maxOpenChecks bounds the open nonces per direction whose handleStatus is
// read every status round.
const maxOpenChecks = 20

// Console is one running console: its HTTP listener, chain readers, node
// clients and the in-memory transfer index. Create it with New, then Run.
type Console struct {
	cfg       Config
	log       *slog.Logger
	ln        net.Listener
	parent    *chainReader
	child     *chainReader
	nodes     []*adminClient
	producers ProducerSource
	hub       *hub
	verifySem chan struct{}
	closeOnce sync.Once

	mu        sync.Mutex
	ix        *index
	next      map[string]uint64 // next block to scan, per chain
	views     map[string]*ChainView
	nodeViews []NodeView
	regs      map[string][]common.Address // parent, child, anchor: registered operators
	balances  map[common.Address]*[2]*big.Int
	anchoring *AnchoringView
	prod      ProducerView
	errs      map[string]string
	version   uint64
	devnetMod time.Time
}

// New checks cfg, connects to both chains (an HTTP endpoint connects on
// first use), and listens on cfg.Listen, so URL is known at once. Errors:
// ErrConfig (naming the field), a chain that cannot be dialled, an address
// already in use. Call Run to serve, or Close to give the listener up.
func New(cfg Config) (*Console, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	c := &Console{cfg: cfg, log: cfg.Logger, hub: newHub(), verifySem: make(chan struct{}, maxVerifies),
		ix: newIndex(cfg.MaxTransfers), views: map[string]*ChainView{}, regs: map[string][]common.Address{},
		balances: map[common.Address]*[2]*big.Int{}, errs: map[string]string{},
		next: map[string]uint64{"parent": cfg.Parent.StartBlock, "child": cfg.Child.StartBlock}}
	ctx := context.Background()
	if c.parent, err = dialChain(ctx, "parent", cfg.Parent, cfg.RPCTimeout); err != nil {
		return nil, err
	}
	if c.child, err = dialChain(ctx, "child", cfg.Child, cfg.RPCTimeout); err != nil {
		c.parent.close()
		return nil, err
	}
	for _, n := range cfg.Nodes {
		c.nodes = append(c.nodes, newAdminClient(n, cfg.RPCTimeout))
	}
	c.producers = cfg.Producers
	if c.producers == nil && len(cfg.ServiceNodes) > 0 {
		p := &RPCProducers{}
		for _, n := range cfg.ServiceNodes {
			p.nodes = append(p.nodes, newAdminClient(n, cfg.RPCTimeout))
		}
		c.producers = p
	}
	c.prod = ProducerView{Message: NoServiceNodes}
	for _, ch := range []*chainReader{c.parent, c.child} {
		c.views[ch.name] = &ChainView{Name: ch.name, ChainID: ch.cfg.ChainID, Bridge: ch.cfg.Bridge}
	}
	if cfg.Anchor != (common.Address{}) {
		c.anchoring = &AnchoringView{Period: cfg.AnchorPeriod}
	}
	c.ln, err = net.Listen("tcp", cfg.Listen)
	if err != nil {
		c.closeClients()
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("console: listen %s: the address is already in use (pick another with --listen or console.listen; port 0 picks a free one)", cfg.Listen)
		}
		return nil, fmt.Errorf("console: listen %s: %w", cfg.Listen, err)
	}
	c.publish()
	return c, nil
}

// URL is the page's address, for example "http://127.0.0.1:8580/".
func (c *Console) URL() string { return "http://" + c.ln.Addr().String() + "/" }

// Addr is the address the console listens on.
func (c *Console) Addr() net.Addr { return c.ln.Addr() }

// Run serves the page and the API and polls the chains and nodes until ctx
// ends; it then closes the listener and every connection and returns nil.
// It returns an error only when the server cannot serve.
func (c *Console) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	srv := &http.Server{Handler: c.Handler(), ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(c.ln) }()
	c.log.Info("console listening", "url", c.URL())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); c.loop(ctx, c.cfg.PollInterval, c.scanRound) }()
	go func() { defer wg.Done(); c.loop(ctx, c.cfg.StatusInterval, c.statusRound) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
		cancel()
	}
	sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer scancel()
	srv.Shutdown(sctx)
	wg.Wait()
	c.Close()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	if err != nil {
		return fmt.Errorf("console: serve: %w", err)
	}
	return nil
}

// Close releases the listener and the chain and node connections (Run
// does it when it returns; call Close only when Run is never called).
func (c *Console) Close() {
	c.closeOnce.Do(func() {
		c.ln.Close()
		c.closeClients()
	})
}

func (c *Console) closeClients() {
	for _, ch := range []*chainReader{c.parent, c.child} {
		if ch != nil {
			ch.close()
		}
	}
	for _, n := range c.nodes {
		n.close()
	}
	if p, ok := c.producers.(*RPCProducers); ok {
		for _, n := range p.nodes {
			n.close()
		}
	}
}

// loop runs round now and then every period until ctx ends.
func (c *Console) loop(ctx context.Context, period time.Duration, round func(context.Context)) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		round(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (c *Console) setErr(key string, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil {
		delete(c.errs, key)
		return
	}
	if c.errs[key] != err.Error() {
		c.log.Warn("console: read failed", "what", key, "err", err)
	}
	c.errs[key] = err.Error()
}

// scanRound reads both chains' heads and new bridge events.
func (c *Console) scanRound(ctx context.Context) {
	changed := false
	for _, ch := range []*chainReader{c.parent, c.child} {
		n, err := c.scanChain(ctx, ch)
		c.setErr(ch.name+" chain", err)
		changed = changed || n
	}
	if c.computeLatencies(ctx) {
		changed = true
	}
	if changed {
		c.publish()
	}
}

// scanChain reads ch's head and its bridge (and Anchor) events up to it;
// it reports whether anything changed.
func (c *Console) scanChain(ctx context.Context, ch *chainReader) (bool, error) {
	h, err := ch.head(ctx)
	if err != nil {
		c.mu.Lock()
		c.views[ch.name].Error = err.Error()
		c.mu.Unlock()
		return false, err
	}
	head := h.Number.Uint64()
	v := ChainView{Name: ch.name, ChainID: ch.cfg.ChainID, Bridge: ch.cfg.Bridge, Head: head, HeadTime: int64(h.Time)}
	if h.BaseFee != nil {
		v.BaseFeeWei = h.BaseFee.String()
		v.BaseFeeGwei, _ = new(big.Float).Quo(new(big.Float).SetInt(h.BaseFee), big.NewFloat(1e9)).Float64()
	}
	if span := min(head, 10); span > 0 {
		if t0, err := ch.blockTime(ctx, head-span); err == nil && h.Time >= t0 {
			v.BlockTimeSeconds = float64(h.Time-t0) / float64(span)
		}
	}
	c.mu.Lock()
	old := c.views[ch.name]
	next := c.next[ch.name]
	c.mu.Unlock()
	changed := old.Head != head || old.Error != ""
	addrs := []common.Address{ch.cfg.Bridge}
	if ch == c.parent && c.cfg.Anchor != (common.Address{}) {
		addrs = append(addrs, c.cfg.Anchor)
	}
	topics := []common.Hash{topicRequest, topicRequestURI, topicVote, topicHandle, topicFailed, topicSkipped, topicAnchored}
	var scanErr error
	for next <= head {
		to := min(head, next+c.cfg.LogRange-1)
		logs, err := ch.logs(ctx, next, to, addrs, topics)
		if err != nil {
			scanErr = err
			break
		}
		type item struct {
			i  int
			tx TxRef
		}
		var items []item
		for i := range logs {
			l := &logs[i]
			t, err := ch.blockTime(ctx, l.BlockNumber)
			if err != nil {
				scanErr = err
				break
			}
			items = append(items, item{i, TxRef{Chain: ch.name, TxHash: l.TxHash, Block: l.BlockNumber, Time: int64(t), URL: ch.txURL(l.TxHash)}})
		}
		if scanErr != nil {
			break
		}
		c.mu.Lock()
		for _, it := range items {
			if c.ix.ingest(ch.name, &logs[it.i], it.tx) {
				changed = true
			}
		}
		next = to + 1
		c.next[ch.name] = next
		c.mu.Unlock()
	}
	now := c.cfg.Now()
	v.HeadAgeSeconds = max(0, now.Sub(time.Unix(int64(h.Time), 0)).Seconds())
	c.mu.Lock()
	v.Scanned = c.next[ch.name] - 1
	if c.next[ch.name] == 0 {
		v.Scanned = 0
	}
	if scanErr != nil {
		v.Error = scanErr.Error()
	}
	c.views[ch.name] = &v
	c.mu.Unlock()
	return changed, scanErr
}

// computeLatencies fills the latency of newly handled transfers.
func (c *Console) computeLatencies(ctx context.Context) bool {
	type job struct {
		r           *record
		reqTime     int64
		handleBlock uint64
		handleTime  int64
		dst         *chainReader
		blocks      uint64
		ok          bool
	}
	var jobs []*job
	c.mu.Lock()
	for _, d := range c.ix.dirs {
		dst := c.child
		if d.dst == "parent" {
			dst = c.parent
		}
		for i := len(d.order) - 1; i >= 0 && len(jobs) < 64; i-- {
			r := d.order[i]
			if r.handle != nil && r.req != nil && r.latencyBlocks == nil {
				jobs = append(jobs, &job{r: r, reqTime: r.req.Time, handleBlock: r.handle.Block, handleTime: r.handle.Time, dst: dst})
			}
		}
	}
	c.mu.Unlock()
	for _, j := range jobs {
		b, err := j.dst.blockAtOrBefore(ctx, uint64(max(0, j.reqTime)), j.handleBlock)
		if err != nil {
			c.setErr("latency", err)
			continue
		}
		// At least the handle block itself: timestamps have 1 s
		// resolution, so a destination block of the request's second may
		// be later than the request.
		j.blocks, j.ok = max(1, j.handleBlock-b), true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	changed := false
	for _, j := range jobs {
		if !j.ok {
			continue
		}
		sec := float64(max(0, j.handleTime-j.reqTime))
		blocks := j.blocks
		j.r.latencySec, j.r.latencyBlocks = &sec, &blocks
		changed = true
	}
	return changed
}

// statusRound reads the contracts' views, balances, nodes, anchoring and
// producers.
func (c *Console) statusRound(ctx context.Context) {
	c.rereadDevnet()
	var wg sync.WaitGroup
	nodeViews := make([]NodeView, len(c.nodes))
	now := c.cfg.Now()
	for i, n := range c.nodes {
		wg.Add(1)
		go func() { defer wg.Done(); nodeViews[i] = n.status(ctx, now) }()
	}
	wg.Add(1)
	go func() { defer wg.Done(); c.readBridges(ctx) }()
	if c.anchoring != nil {
		wg.Add(1)
		go func() { defer wg.Done(); c.readAnchoring(ctx) }()
	}
	if c.producers != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := c.producers.Producers(ctx)
			c.mu.Lock()
			defer c.mu.Unlock()
			if err != nil {
				c.prod = ProducerView{Configured: true, Error: err.Error()}
				return
			}
			c.prod = *v
			c.prod.Configured = true
		}()
	}
	wg.Wait()
	c.mu.Lock()
	c.nodeViews = nodeViews
	c.mu.Unlock()
	c.publish()
}

// rereadDevnet follows devnet.json when it changed (nodes restarted on
// other ports).
func (c *Console) rereadDevnet() {
	if c.cfg.DevnetDir == "" {
		return
	}
	fi, err := os.Stat(filepath.Join(c.cfg.DevnetDir, devnet.InfoFile))
	if err != nil || !fi.ModTime().After(c.devnetMod) {
		return
	}
	info, err := devnet.ReadInfo(c.cfg.DevnetDir)
	if err != nil {
		c.setErr("devnet.json", err)
		return
	}
	c.setErr("devnet.json", nil)
	c.devnetMod = fi.ModTime()
	for i, n := range devnetNodes(info) {
		if i < len(c.nodes) {
			c.nodes[i].setURLs(n.Admin, n.Metrics)
			c.nodes[i].setToken(n.Token)
		}
	}
}

// readBridges reads both bridges' nonces, thresholds and operator lists,
// every operator's balances, and handleStatus of the oldest open nonces.
func (c *Console) readBridges(ctx context.Context) {
	type side struct {
		ch        *chainReader
		req       uint64
		lower     uint64
		upper     uint64
		threshold uint8
		ops       []common.Address
		err       error
	}
	sides := []*side{{ch: c.parent}, {ch: c.child}}
	for _, s := range sides {
		a := s.ch.cfg.Bridge
		// Handle nonces before the request nonce: lower <= request holds.
		if s.lower, s.err = view(ctx, s.ch, a, bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce, "lowerHandleNonce()"); s.err != nil {
			continue
		}
		if s.upper, s.err = view(ctx, s.ch, a, bridgeABI.PackUpperHandleNonce(), bridgeABI.UnpackUpperHandleNonce, "upperHandleNonce()"); s.err != nil {
			continue
		}
		if s.req, s.err = view(ctx, s.ch, a, bridgeABI.PackRequestNonce(), bridgeABI.UnpackRequestNonce, "requestNonce()"); s.err != nil {
			continue
		}
		if s.threshold, s.err = view(ctx, s.ch, a, bridgeABI.PackOperatorThresholds(0), bridgeABI.UnpackOperatorThresholds, "operatorThresholds(0)"); s.err != nil {
			continue
		}
		s.ops, s.err = view(ctx, s.ch, a, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList, "getOperatorList()")
	}
	c.mu.Lock()
	for _, s := range sides {
		if s.err != nil {
			c.errs[s.ch.name+" bridge"] = s.err.Error()
			continue
		}
		delete(c.errs, s.ch.name+" bridge")
		src, dst := c.ix.requestDir(s.ch.name), c.ix.handleDir(s.ch.name)
		src.requestNonce = max(src.requestNonce, s.req)
		dst.lower, dst.upper, dst.threshold, dst.operators = max(dst.lower, s.lower), max(dst.upper, s.upper), s.threshold, s.ops
		c.regs[s.ch.name] = s.ops
	}
	// The oldest open nonces per direction, for handleStatus.
	type check struct {
		d     *dirIndex
		nonce uint64
		ops   []common.Address
		dst   *chainReader
	}
	var checks []check
	for _, d := range c.ix.dirs {
		dst := c.child
		if d.dst == "parent" {
			dst = c.parent
		}
		for n := d.lower; n < d.requestNonce && len(checks) < 2*maxOpenChecks; n++ {
			if r := d.recs[n]; r == nil || !r.closed() {
				checks = append(checks, check{d, n, d.operators, dst})
			}
		}
	}
	var ops []common.Address
	for _, k := range []string{"parent", "child", "anchor"} {
		for _, a := range c.regs[k] {
			if !contains(ops, a) {
				ops = append(ops, a)
			}
		}
	}
	c.mu.Unlock()

	results := make([]map[common.Address]bindings.HandleStatusOutput, len(checks))
	for i, ck := range checks {
		m := map[common.Address]bindings.HandleStatusOutput{}
		for _, op := range ck.ops {
			st, err := view(ctx, ck.dst, ck.dst.cfg.Bridge, bridgeABI.PackHandleStatus(ck.nonce, op), bridgeABI.UnpackHandleStatus, "handleStatus()")
			if err != nil {
				m = nil
				break
			}
			m[op] = st
		}
		results[i] = m
	}
	bals := map[common.Address]*[2]*big.Int{}
	for _, op := range ops {
		var b [2]*big.Int
		b[0], _ = c.parent.balance(ctx, op)
		b[1], _ = c.child.balance(ctx, op)
		bals[op] = &b
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, ck := range checks {
		if results[i] == nil {
			continue
		}
		r := c.ix.get(ck.d, ck.nonce)
		r.onchain = results[i]
		for _, st := range results[i] {
			if st.Handled {
				r.handleOK = true
			}
		}
	}
	c.balances = bals
}

// readAnchoring reads the Anchor's state through internal/anchor.ReadStatus.
func (c *Console) readAnchoring(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 2*c.cfg.RPCTimeout)
	defer cancel()
	st, err := anchor.ReadStatus(ctx, c.parent.Client, c.child.Client, c.cfg.Anchor)
	c.mu.Lock()
	defer c.mu.Unlock()
	v := &AnchoringView{Period: c.cfg.AnchorPeriod}
	if err != nil {
		v.Error = err.Error()
		if c.anchoring != nil {
			v.Status = c.anchoring.Status
		}
	} else {
		v.Status = st
		c.regs["anchor"] = st.Operators
		if v.Period == 0 {
			v.Period = st.Period
		}
		v.Behind = v.Period > 0 && st.LagBlocks > 3*v.Period
	}
	c.anchoring = v
}

// publish builds the snapshot and hands it to the event streams.
func (c *Console) publish() {
	c.mu.Lock()
	c.version++
	s := c.snapshotLocked()
	c.mu.Unlock()
	b, err := json.Marshal(s)
	if err != nil {
		c.log.Error("console: snapshot", "err", err)
		return
	}
	c.hub.publish(b)
}

// nodeOfLocked maps operator addresses to node names.
func (c *Console) nodeOfLocked() func(common.Address) string {
	m := map[common.Address]string{}
	for i, n := range c.nodes {
		if i < len(c.nodeViews) && c.nodeViews[i].Operator != (common.Address{}) {
			m[c.nodeViews[i].Operator] = n.name
			continue
		}
		n.mu.Lock()
		if n.operator != (common.Address{}) {
			m[n.operator] = n.name
		}
		n.mu.Unlock()
	}
	return func(a common.Address) string { return m[a] }
}

func (c *Console) snapshotLocked() *Snapshot {
	now := c.cfg.Now()
	s := &Snapshot{Version: c.version, Time: now, Producers: c.prod}
	for _, name := range []string{"parent", "child"} {
		s.Chains = append(s.Chains, *c.views[name])
	}
	nodeOf := c.nodeOfLocked()
	for _, name := range []string{ParentToChild, ChildToParent} {
		d := c.ix.dirs[name]
		dv := DirectionView{Name: d.name, Source: d.src, Destination: d.dst, RequestNonce: d.requestNonce,
			LowerHandleNonce: d.lower, UpperHandleNonce: d.upper, Threshold: d.threshold, Refunds: d.refunds}
		for n := d.lower; n < d.requestNonce && n-d.lower < 100_000; n++ {
			r := d.recs[n]
			if r != nil && r.closed() {
				continue
			}
			dv.Open++
			if r != nil && len(dv.OpenRequests) < 100 {
				or := OpenRequest{Nonce: n, State: r.state(), Votes: r.voteCount()}
				if r.req != nil {
					or.TxHash = r.req.TxHash
					or.AgeSeconds = max(0, now.Sub(time.Unix(r.req.Time, 0)).Seconds())
				}
				dv.OldestOpenAgeSeconds = max(dv.OldestOpenAgeSeconds, or.AgeSeconds)
				dv.OpenRequests = append(dv.OpenRequests, or)
			}
		}
		s.Directions = append(s.Directions, dv)
	}
	for _, r := range c.ix.recent(c.cfg.RecentTransfers) {
		s.Transfers = append(s.Transfers, r.transfer(now.Unix(), nodeOf))
	}
	s.Latency = c.latencyLocked(c.cfg.RecentTransfers)
	s.Operators = c.operatorsLocked(nodeOf)
	s.Nodes = append([]NodeView{}, c.nodeViews...)
	if len(s.Nodes) == 0 {
		for _, n := range c.nodes {
			s.Nodes = append(s.Nodes, NodeView{Name: n.name, Operator: n.operator, NotReady: []string{"not asked yet"}})
		}
	}
	if c.anchoring != nil {
		a := *c.anchoring
		a.Recent = append([]AnchorEvent{}, c.ix.anchors...)
		s.Anchoring = &a
	}
	if c.producers == nil {
		s.Producers = ProducerView{Message: NoServiceNodes}
	}
	keys := make([]string, 0, len(c.errs))
	for k, v := range c.errs {
		if v != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		s.Errors = append(s.Errors, k+": "+c.errs[k])
	}
	return s
}

// latencyLocked returns the latest n handled transfers' latencies, oldest first.
func (c *Console) latencyLocked(n int) []LatencyPoint {
	var pts []LatencyPoint
	for _, d := range c.ix.dirs {
		for i := len(d.order) - 1; i >= 0 && len(pts) < 2*n; i-- {
			r := d.order[i]
			if r.latencyBlocks != nil && r.latencySec != nil && r.handle != nil {
				pts = append(pts, LatencyPoint{Direction: d.name, Nonce: r.nonce, Seconds: *r.latencySec, Blocks: *r.latencyBlocks, HandledAt: r.handle.Time})
			}
		}
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].HandledAt != pts[j].HandledAt {
			return pts[i].HandledAt < pts[j].HandledAt
		}
		return pts[i].Nonce < pts[j].Nonce
	})
	if len(pts) > n {
		pts = pts[len(pts)-n:]
	}
	return pts
}

func (c *Console) operatorsLocked(nodeOf func(common.Address) string) []OperatorView {
	var addrs []common.Address
	for _, k := range []string{"parent", "child", "anchor"} {
		for _, a := range c.regs[k] {
			if !contains(addrs, a) {
				addrs = append(addrs, a)
			}
		}
	}
	for _, n := range c.nodeViews {
		if n.Operator != (common.Address{}) && !contains(addrs, n.Operator) {
			addrs = append(addrs, n.Operator)
		}
	}
	var out []OperatorView
	for _, a := range addrs {
		o := OperatorView{Address: a, Node: nodeOf(a), ParentBridge: contains(c.regs["parent"], a),
			ChildBridge: contains(c.regs["child"], a), Anchor: contains(c.regs["anchor"], a)}
		if b := c.balances[a]; b != nil {
			o.ParentBalanceWei, o.ParentBalanceEther = weiStrings(b[0])
			o.ChildBalanceWei, o.ChildBalanceEther = weiStrings(b[1])
		}
		for _, n := range c.nodeViews {
			if n.Operator != a {
				continue
			}
			ready := n.Ready
			o.Ready, o.NotReady = &ready, n.NotReady
			for _, ch := range n.Chains {
				f := ch.Funded
				if ch.Name == "parent" {
					o.ParentFunded = &f
				} else if ch.Name == "child" {
					o.ChildFunded = &f
				}
			}
		}
		if st := c.ix.ops[a]; st != nil {
			o.Votes, o.Wasted, o.LastVote = st.votes, st.wasted, st.last
		}
		out = append(out, o)
	}
	return out
}

func weiStrings(w *big.Int) (string, float64) {
	if w == nil {
		return "", 0
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(1e18)).Float64()
	return w.String(), f
}
