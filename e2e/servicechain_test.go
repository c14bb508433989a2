//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/netfault"
	"github.com/servicechain/servicechain/internal/producer"
)

// startChain starts one geth dev chain and stops it when the test ends.
func startChain(t *testing.T, bin, dir, name string, chainID uint64, alloc map[common.Address]*big.Int) *harness.Geth {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	g, err := harness.StartGeth(ctx, harness.GethConfig{Binary: bin, Name: name, Dir: dir, ChainID: chainID, Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

// svcOpts shapes a service chain of separate processes.
type svcOpts struct {
	producers int    // embedded producer candidates p1..pN (default 2)
	external  bool   // one more candidate, gethX: a `node run` driving a geth v1.16.7 over authrpc
	endpoints int    // endpoint nodes e1..eN (default 1)
	window    uint64 // producer.log_window in blocks (0: the default, 1 h)
}

// serviceChain is the child chain as `servicechain node run` processes on a
// real 3-member etcd cluster: each node reaches every etcd member through a
// TCP proxy of its own (so one node can be cut off from etcd while it still
// reaches its peers), all nodes peer over devp2p (a full mesh of static
// peers), every node but e1 bootstraps from e1's RPC when it must. e1 serves
// the chain's RPC URLs (harness.Chain).
type serviceChain struct {
	t       *testing.T
	dir     string
	bin     string
	gethBin string
	genesis string
	etcd    *harness.EtcdCluster
	cli     *clientv3.Client // straight to the members, for reading the log
	opts    svcOpts

	mu      sync.Mutex
	nodes   []*harness.ServiceNode
	proxies map[string][]*netfault.Proxy // node name -> one proxy per etcd member
}

var _ harness.Chain = (*serviceChain)(nil)

func (s *serviceChain) Name() string    { return "child" }
func (s *serviceChain) ChainID() uint64 { return childChainID }
func (s *serviceChain) HTTPURL() string { return s.node("e1").HTTPURL() }
func (s *serviceChain) WSURL() string   { return s.node("e1").WSURL() }
func (s *serviceChain) Dial(ctx context.Context) (*ethclient.Client, error) {
	return s.node("e1").Dial(ctx)
}

// prefix is the chain's etcd key prefix.
func (s *serviceChain) keys() producer.Keys {
	return producer.Keys{Prefix: fmt.Sprintf("/servicechain/%d", childChainID)}
}

// newServiceChain writes the genesis with `servicechain node genesis`
// (funding alloc), starts the etcd cluster and the nodes, and returns once
// e1 follows a leader.
func newServiceChain(t *testing.T, dir string, alloc map[common.Address]*big.Int, o svcOpts) *serviceChain {
	t.Helper()
	if o.producers == 0 {
		o.producers = 2
	}
	if o.endpoints == 0 {
		o.endpoints = 1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s := &serviceChain{t: t, dir: filepath.Join(dir, "child"), opts: o, proxies: map[string][]*netfault.Proxy{}}
	var err error
	if s.bin, err = harness.BuildServicechain(ctx); err != nil {
		t.Fatal(err)
	}
	s.gethBin = buildGeth(t)
	etcdBin, err := harness.BuildEtcd(ctx)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	// Revision compaction keeps etcd's history bounded: every committed block
	// is a revision (README, "etcd for a service chain").
	s.etcd, err = harness.StartEtcdCluster(ctx, harness.EtcdConfig{Binary: etcdBin, Dir: filepath.Join(s.dir, "etcd"),
		ExtraArgs: []string{"--auto-compaction-mode=revision", "--auto-compaction-retention=5000"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.etcd.Close)
	if s.cli, err = s.etcd.Client(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.cli.Close() })

	s.genesis = filepath.Join(s.dir, "genesis.json")
	args := []string{"node", "genesis", "--chain-id", fmt.Sprint(childChainID), "--out", s.genesis}
	addrs := make([]common.Address, 0, len(alloc))
	for a := range alloc {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	for _, a := range addrs {
		args = append(args, "--alloc", a.Hex()+"="+weiToEther(alloc[a]))
	}
	if out, err := exec.CommandContext(ctx, s.bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("servicechain node genesis: %v\n%s", err, out)
	}

	var names []string
	for i := 1; i <= o.producers; i++ {
		names = append(names, fmt.Sprintf("p%d", i))
	}
	if o.external {
		names = append(names, "gethX")
	}
	for i := 1; i <= o.endpoints; i++ {
		names = append(names, fmt.Sprintf("e%d", i))
	}
	for _, name := range names {
		s.addNode(ctx, name, strings.HasPrefix(name, "e"), name == "gethX")
	}
	// Full mesh: every node dials every other one.
	for _, n := range s.nodes {
		s.setPeers(n)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(s.nodes))
	for i, n := range s.nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if x := n.External(); x != nil {
				if errs[i] = x.Start(ctx); errs[i] != nil {
					return
				}
			}
			errs[i] = n.Start(ctx, 90*time.Second)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("%s: %v", s.nodes[i].Name(), err)
		}
	}
	s.waitFollowing(ctx, 90*time.Second)
	t.Logf("service chain up in %s: etcd %v, nodes %v", time.Since(start).Round(time.Millisecond), s.etcd.Endpoints(), names)
	return s
}

// addNode prepares node name (embedded, endpoint or with an external geth)
// with its etcd proxies; it is not started.
func (s *serviceChain) addNode(ctx context.Context, name string, endpoint, external bool) *harness.ServiceNode {
	s.t.Helper()
	var urls []string
	for _, m := range s.etcd.Members() {
		p, err := netfault.New(strings.TrimPrefix(m.Endpoint(), "http://"))
		if err != nil {
			s.t.Fatal(err)
		}
		s.t.Cleanup(p.Close)
		s.proxies[name] = append(s.proxies[name], p)
		urls = append(urls, p.URL("http"))
	}
	f := config.DefaultNodeFile()
	f.Chain.Genesis = s.genesis
	f.Producer.Role = "producer"
	if endpoint {
		f.Producer.Role = "endpoint"
	}
	f.Producer.LogWindow = s.opts.window
	f.Producer.FeeRecipient = common.HexToAddress("0x00000000000000000000000000000000000fee01")
	f.Etcd.Endpoints = urls
	f.Etcd.DialTimeout = 2 * time.Second
	f.Node.LogLevel = "info"
	if name != "e1" {
		f.Bootstrap.From = "" // set once e1's address is known (setPeers)
	}
	cfg := harness.ServiceNodeConfig{Binary: s.bin, Name: name, Dir: s.dir, File: f}
	if external {
		x, err := harness.NewExternalGeth(ctx, harness.ExternalGethConfig{Binary: s.gethBin, Name: name + "-geth", Dir: s.dir, Genesis: s.genesis, NetworkID: childChainID})
		if err != nil {
			s.t.Fatal(err)
		}
		s.t.Cleanup(func() { x.Close() })
		cfg.External = x
	}
	n, err := harness.NewServiceNode(cfg)
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() { n.Close() })
	s.mu.Lock()
	s.nodes = append(s.nodes, n)
	s.mu.Unlock()
	return n
}

// setPeers writes n's static peers (every other node) and bootstrap peer
// (e1, or p1 for e1 itself); n must be stopped.
func (s *serviceChain) setPeers(n *harness.ServiceNode) {
	s.t.Helper()
	var peers []string
	for _, o := range s.all() {
		if o != n {
			peers = append(peers, o.Enode())
		}
	}
	boot := s.node("e1")
	if n == boot {
		boot = s.all()[0]
	}
	if x := n.External(); x != nil {
		if err := x.SetStaticPeers(peers); err != nil {
			s.t.Fatal(err)
		}
	}
	if err := n.Reconfigure(func(f *config.NodeFile) {
		if n.External() == nil {
			f.P2P.StaticPeers = peers
		}
		f.Bootstrap.From = boot.HTTPURL()
	}); err != nil {
		s.t.Fatal(err)
	}
}

func (s *serviceChain) all() []*harness.ServiceNode {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*harness.ServiceNode(nil), s.nodes...)
}

func (s *serviceChain) node(name string) *harness.ServiceNode {
	for _, n := range s.all() {
		if n.Name() == name {
			return n
		}
	}
	return nil
}

// candidates are the producer candidates.
func (s *serviceChain) candidates() []*harness.ServiceNode {
	var out []*harness.ServiceNode
	for _, n := range s.all() {
		if n.File().Producer.Role == "producer" {
			out = append(out, n)
		}
	}
	return out
}

// waitFollowing waits until e1 has imported two blocks of a leader.
func (s *serviceChain) waitFollowing(ctx context.Context, d time.Duration) {
	s.t.Helper()
	waitCond(s.t, ctx, d, "e1 to follow a leader", func() bool {
		st, err := s.node("e1").Status(ctx)
		return err == nil && st.Head >= 2 && st.LeaderName != ""
	})
}

// waitCond polls cond every 100 ms until it holds (the test fails after d).
func waitCond(t *testing.T, ctx context.Context, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// head reads the committed head from etcd.
func (s *serviceChain) head(ctx context.Context) (producer.Head, error) {
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	r, err := s.cli.Get(cctx, s.keys().Head())
	if err != nil || len(r.Kvs) == 0 {
		return producer.Head{}, fmt.Errorf("committed head: %v", err)
	}
	num, hash, _ := strings.Cut(string(r.Kvs[0].Value), ":")
	var h producer.Head
	fmt.Sscan(num, &h.Number)
	h.Hash = common.HexToHash(hash)
	return h, nil
}

// records reads the committed records from block from on (those still in
// the window).
func (s *serviceChain) records(ctx context.Context, from uint64) ([]*producer.Record, error) {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	k := s.keys()
	r, err := s.cli.Get(cctx, k.Block(from), clientv3.WithRange(clientv3.GetPrefixRangeEnd(k.BlocksPrefix())))
	if err != nil {
		return nil, err
	}
	out := make([]*producer.Record, 0, len(r.Kvs))
	for _, kv := range r.Kvs {
		rec, err := producer.DecodeRecord(kv.Value)
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", kv.Key, err)
		}
		out = append(out, rec)
	}
	return out, nil
}

// leaderNode returns the running node that leads (by its own status).
func (s *serviceChain) leaderNode(ctx context.Context) *harness.ServiceNode {
	for _, n := range s.candidates() {
		if !n.Running() {
			continue
		}
		if st, err := n.Status(ctx); err == nil && st.Leader {
			return n
		}
	}
	return nil
}

// waitLeader waits until some running node leads and has committed a block
// since after.
func (s *serviceChain) waitLeader(ctx context.Context, d time.Duration) *harness.ServiceNode {
	s.t.Helper()
	var l *harness.ServiceNode
	waitCond(s.t, ctx, d, "a leader", func() bool { l = s.leaderNode(ctx); return l != nil })
	return l
}

// waitHealthy waits until n reports healthy and at most 2 blocks behind.
func (s *serviceChain) waitHealthy(ctx context.Context, n *harness.ServiceNode, d time.Duration) {
	s.t.Helper()
	waitCond(s.t, ctx, d, n.Name()+" healthy", func() bool {
		st, err := n.Status(ctx)
		return err == nil && st.Healthy && st.Lag <= 2 && len(st.NotReady) == 0
	})
}

// canonical reads a node's canonical hashes 0..head over its RPC (batched).
func canonicalHashes(ctx context.Context, url string) ([]common.Hash, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var headHex string
	if err := c.CallContext(ctx, &headHex, "eth_blockNumber"); err != nil {
		return nil, err
	}
	var head uint64
	fmt.Sscanf(headHex, "0x%x", &head)
	out := make([]common.Hash, head+1)
	const batch = 200
	for from := uint64(0); from <= head; from += batch {
		var elems []rpc.BatchElem
		res := make([]struct {
			Hash common.Hash `json:"hash"`
		}, 0, batch)
		for n := from; n <= head && n < from+batch; n++ {
			res = append(res, struct {
				Hash common.Hash `json:"hash"`
			}{})
			elems = append(elems, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{fmt.Sprintf("0x%x", n), false}, Result: &res[len(res)-1]})
		}
		if err := c.BatchCallContext(ctx, elems); err != nil {
			return nil, err
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("block %d: %w", from+uint64(i), e.Error)
			}
			out[from+uint64(i)] = res[i].Hash
		}
	}
	return out, nil
}

// weiToEther formats wei as a decimal ether amount for --alloc.
func weiToEther(w *big.Int) string {
	q, r := new(big.Int).QuoRem(w, ether, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := fmt.Sprintf("%018s", r.String())
	return q.String() + "." + strings.TrimRight(frac, "0")
}

// peerCount is n's devp2p peer count: its status's, or for a node driving an
// external geth (status -1: unknown to the node), net_peerCount of the geth.
func (s *serviceChain) peerCount(ctx context.Context, n *harness.ServiceNode) (int, error) {
	st, err := n.Status(ctx)
	if err != nil {
		return 0, err
	}
	if st.Peers >= 0 {
		return st.Peers, nil
	}
	c, err := rpc.DialContext(ctx, n.HTTPURL())
	if err != nil {
		return 0, err
	}
	defer c.Close()
	var hex string
	if err := c.CallContext(ctx, &hex, "net_peerCount"); err != nil {
		return 0, err
	}
	var peers int
	if _, err := fmt.Sscanf(hex, "0x%x", &peers); err != nil {
		return 0, fmt.Errorf("net_peerCount %q: %w", hex, err)
	}
	return peers, nil
}
