package producer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/servicechain/servicechain/internal/devchain"
	"github.com/servicechain/servicechain/internal/etcdembed"
	"github.com/servicechain/servicechain/internal/execution"
)

const testChainID = 77001

// testLogger is quiet unless PRODUCER_DEBUG is set.
func testLogger(name string) *slog.Logger {
	if os.Getenv("PRODUCER_DEBUG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("test_node", name)
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func init() {
	if os.Getenv("PRODUCER_DEBUG") != "" {
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})))
		devchain.SetLogLevel(slog.LevelWarn)
	}
}

// cluster is an embedded etcd plus service-chain nodes (each an embedded
// execution node, an etcd client and a Producer) in this process.
type cluster struct {
	t       testing.TB
	etcd    *etcdembed.Server
	genesis *core.Genesis
	period  time.Duration

	// noPeers starts the next nodes without devp2p peers (and without a
	// listener others could dial).
	noPeers bool

	mu    sync.Mutex
	nodes map[string]*testNode
	order []string
}

type testNode struct {
	name   string
	el     *execution.Node
	cli    *clientv3.Client
	p      *Producer
	cancel context.CancelFunc
	done   chan error
	mon    *headMonitor
	killed bool
}

func newCluster(t testing.TB, period time.Duration) *cluster {
	t.Helper()
	s, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	g, err := execution.NewGenesis(execution.GenesisSpec{
		ChainID: testChainID, Period: period, Timestamp: uint64(time.Now().Unix()),
		Alloc: testAlloc(),
	})
	if err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t, etcd: s, genesis: g, period: period, nodes: map[string]*testNode{}}
	t.Cleanup(c.closeAll)
	return c
}

func (c *cluster) newClient() *clientv3.Client {
	cli, err := clientv3.New(clientv3.Config{Endpoints: c.etcd.Endpoints(), DialTimeout: 5 * time.Second, Logger: zap.NewNop()})
	if err != nil {
		c.t.Fatal(err)
	}
	return cli
}

// start starts node name; mod may change its Config (and wrap its Execution).
func (c *cluster) start(name string, role Role, mod func(*Config), wrap func(Execution) Execution) *testNode {
	c.t.Helper()
	c.mu.Lock()
	var peers []string
	for _, o := range c.order {
		if n := c.nodes[o]; n != nil && !n.killed && !c.noPeers {
			peers = append(peers, n.el.Enode())
		}
	}
	p2p := "127.0.0.1:0"
	if c.noPeers {
		p2p = ""
	}
	c.mu.Unlock()
	el, err := execution.Start(execution.Config{Name: name, DataDir: c.t.TempDir(), Genesis: c.genesis, P2PAddr: p2p, StaticPeers: peers})
	if err != nil {
		c.t.Fatal(err)
	}
	cfg := Config{
		Name: name, Role: role, ChainConfig: el.ChainConfig(), SessionTTL: 2 * time.Second,
		FeeRecipient: common.Address{0xfe}, Logger: testLogger(name),
	}
	if mod != nil {
		mod(&cfg)
	}
	cli := c.newClient()
	var ex Execution = el.Engine()
	n := &testNode{name: name, el: el, cli: cli, done: make(chan error, 1)}
	if wrap != nil {
		ex = wrap(ex)
	}
	p, err := New(cfg, cli, ex)
	if err != nil {
		c.t.Fatal(err)
	}
	if wrap != nil {
		// Let the wrapper see its producer (for conditions like "only while leading").
		if w, ok := ex.(interface{ setProducer(*Producer) }); ok {
			w.setProducer(p)
		}
	}
	n.p = p
	n.mon = watchHeads(el)
	ctx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	go func() { n.done <- p.Run(ctx) }()
	c.mu.Lock()
	c.nodes[name] = n
	c.order = append(c.order, name)
	c.mu.Unlock()
	return n
}

// stop ends a node's producer gracefully (it resigns) and closes it.
func (n *testNode) stop(t testing.TB) {
	t.Helper()
	if n.killed {
		return
	}
	n.killed = true
	n.cancel()
	select {
	case err := <-n.done:
		if err != nil {
			t.Errorf("%s: Run returned %v", n.name, err)
		}
	case <-time.After(30 * time.Second):
		t.Errorf("%s: Run did not return within 30s of its context ending", n.name)
	}
	n.cli.Close()
	n.mon.stop()
	n.el.Close()
}

// kill simulates a crashed node: its etcd client goes away first, so it
// cannot resign; its lease expires after the TTL.
func (n *testNode) kill(t testing.TB) {
	t.Helper()
	if n.killed {
		return
	}
	n.killed = true
	n.cli.Close()
	n.cancel()
	select {
	case <-n.done:
	case <-time.After(30 * time.Second):
		t.Errorf("%s: Run did not return within 30s after the kill", n.name)
	}
	n.mon.stop()
	n.el.Close()
}

func (c *cluster) closeAll() {
	c.mu.Lock()
	nodes := make([]*testNode, 0, len(c.nodes))
	for _, name := range c.order {
		nodes = append(nodes, c.nodes[name])
	}
	c.mu.Unlock()
	for _, n := range nodes {
		n.stop(c.t)
	}
	for _, n := range nodes {
		if r := n.mon.regressions(); len(r) > 0 {
			c.t.Errorf("%s: head moved backwards: %v", n.name, r)
		}
	}
}

func (c *cluster) node(name string) *testNode {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.nodes[name]
}

func (c *cluster) live() []*testNode {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*testNode
	for _, name := range c.order {
		if n := c.nodes[name]; !n.killed {
			out = append(out, n)
		}
	}
	return out
}

// waitFor polls cond every 20 ms until it holds or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (n *testNode) head() uint64 { return n.el.Head().Number.Uint64() }

func (n *testNode) role() string {
	n.p.mu.Lock()
	defer n.p.mu.Unlock()
	return n.p.role
}

// leader waits until one live node leads and returns it.
func (c *cluster) leader(t testing.TB, within time.Duration) *testNode {
	t.Helper()
	var l *testNode
	waitFor(t, within, "a leader", func() bool {
		for _, n := range c.live() {
			if n.role() == "leader" {
				l = n
				return true
			}
		}
		return false
	})
	return l
}

// committed reads the committed head and the records in the window.
func (c *cluster) committed(t testing.TB) (Head, map[uint64]*Record) {
	t.Helper()
	cli := c.newClient()
	defer cli.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	k := Keys{Prefix: "/servicechain/" + fmt.Sprint(testChainID)}
	r, err := cli.Get(ctx, k.Head())
	if err != nil || len(r.Kvs) == 0 {
		t.Fatalf("read head: %v", err)
	}
	head, err := parseHead(r.Kvs[0].Value)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := cli.Get(ctx, k.BlocksPrefix(), clientv3.WithPrefix())
	if err != nil {
		t.Fatal(err)
	}
	recs := map[uint64]*Record{}
	for _, kv := range rs.Kvs {
		rec, err := DecodeRecord(kv.Value)
		if err != nil {
			t.Fatalf("record %s: %v", kv.Key, err)
		}
		recs[rec.Number()] = rec
	}
	return head, recs
}

// canonical returns a node's canonical hashes 0..head.
func canonical(n *testNode) []common.Hash {
	bc := n.el.Backend().BlockChain()
	head := bc.CurrentBlock().Number.Uint64()
	out := make([]common.Hash, head+1)
	for i := uint64(0); i <= head; i++ {
		out[i] = bc.GetCanonicalHash(i)
	}
	return out
}

// assertOneChain checks, from the chains themselves, that every node holds
// the same block at every height it has, and that each committed record in
// the window is that block.
func (c *cluster) assertOneChain(t testing.TB, nodes ...*testNode) {
	t.Helper()
	byHeight := map[uint64]common.Hash{}
	who := map[uint64]string{}
	for _, n := range nodes {
		for h, hash := range canonical(n) {
			if prev, ok := byHeight[uint64(h)]; ok && prev != hash {
				t.Fatalf("fork at height %d: %s has %s, %s has %s", h, who[uint64(h)], prev, n.name, hash)
			}
			byHeight[uint64(h)], who[uint64(h)] = hash, n.name
		}
	}
	_, recs := c.committed(t)
	for num, rec := range recs {
		if h, ok := byHeight[num]; ok && h != rec.Hash {
			t.Fatalf("committed block %d is %s, nodes hold %s", num, rec.Hash, h)
		}
	}
}

// leaders returns the leader of each committed block in the window, by number.
func leadersByNumber(recs map[uint64]*Record) []uint64 {
	nums := make([]uint64, 0, len(recs))
	for n := range recs {
		nums = append(nums, n)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	return nums
}

// headMonitor records every head a node's chain announces and any move
// backwards.
type headMonitor struct {
	mu    sync.Mutex
	last  uint64
	backs []string
	quit  chan struct{}
	done  chan struct{}
}

func watchHeads(el *execution.Node) *headMonitor {
	m := &headMonitor{quit: make(chan struct{}), done: make(chan struct{})}
	ch := make(chan core.ChainHeadEvent, 64)
	sub := el.Backend().BlockChain().SubscribeChainHeadEvent(ch)
	m.last = el.Head().Number.Uint64()
	go func() {
		defer close(m.done)
		defer sub.Unsubscribe()
		for {
			select {
			case ev := <-ch:
				m.observe(ev.Header)
			case <-sub.Err():
				return
			case <-m.quit:
				return
			}
		}
	}()
	return m
}

func (m *headMonitor) observe(h *types.Header) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := h.Number.Uint64()
	if n < m.last {
		m.backs = append(m.backs, fmt.Sprintf("%d -> %d", m.last, n))
	}
	m.last = n
}

func (m *headMonitor) stop() {
	select {
	case <-m.quit:
	default:
		close(m.quit)
	}
	<-m.done
}

func (m *headMonitor) regressions() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.backs...)
}

var big10gwei = big.NewInt(10_000_000_000)

func devKey(i int) *ecdsa.PrivateKey { return devchain.DevKey(i) }

// testAccounts is how many dev accounts (devchain.DevKey) the test genesis funds.
const testAccounts = 64

func testAlloc() map[common.Address]*big.Int {
	m := map[common.Address]*big.Int{}
	for i := 0; i < testAccounts; i++ {
		m[devchain.DevAddress(i)] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	return m
}
