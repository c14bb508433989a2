package bridge_test

import (
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/transfer"
)

// cutProxy is a TCP proxy in front of one node's attestation endpoint that
// the test can cut: while down it closes every connection it holds and
// every new one at once, as a dead or firewalled endpoint does.
type cutProxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	down  bool
	conns map[net.Conn]struct{}
}

func newCutProxy(t testing.TB, target string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	t.Cleanup(func() { ln.Close(); p.setDown(true) })
	go p.serve()
	return p
}

// URL is the proxy's attestation endpoint URL (the default path).
func (p *cutProxy) URL() string { return "http://" + p.ln.Addr().String() }

func (p *cutProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.relay(c)
	}
}

func (p *cutProxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.down {
		return false
	}
	p.conns[c] = struct{}{}
	return true
}

func (p *cutProxy) relay(c net.Conn) {
	if !p.track(c) {
		c.Close()
		return
	}
	up, err := net.Dial("tcp", p.target)
	if err != nil || !p.track(up) {
		c.Close()
		if up != nil {
			up.Close()
		}
		return
	}
	done := make(chan struct{}, 2)
	go func() { io.Copy(up, c); done <- struct{}{} }()
	go func() { io.Copy(c, up); done <- struct{}{} }()
	<-done
	c.Close()
	up.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, up)
	p.mu.Unlock()
}

// setDown cuts (or restores) the endpoint behind the proxy.
func (p *cutProxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for c := range p.conns {
			c.Close()
		}
		clear(p.conns)
	}
}

// freeAddr returns a 127.0.0.1 host:port that was free a moment ago.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestSignedHandles (issue 14, devnet tests): 3 operators, k = 2, with
// attestation on and every peer's endpoint reached through a proxy the test
// cuts. With all endpoints up every transfer (both ways) closes by
// signatures and no on-chain handle vote is sent; with one node's endpoint
// down they still close by the other two's signatures; with all endpoints
// down they close by on-chain votes after attestation.grace. Every nonce is
// closed exactly once, read from the chains' blocks and events.
func TestSignedHandles(t *testing.T) {
	const n, k, perPhase = 3, 2, 8
	// A grace far above the signature latency (a poll interval and a fetch,
	// under a second), so the phases with endpoints up cannot fall back to
	// votes on a slow machine; the phase with all endpoints down waits it out.
	const grace = 4 * time.Second
	listen := make([]string, n)
	proxies := make([]*cutProxy, n)
	for i := range n {
		listen[i] = freeAddr(t)
		proxies[i] = newCutProxy(t, listen[i])
	}
	d := startDevnet(t, n, k, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Attestation.Enabled = true
		c.Attestation.Listen = listen[i]
		c.Attestation.Grace = grace
		for j := range n {
			if j != i {
				c.Attestation.Peers = append(c.Attestation.Peers, proxies[j].URL())
			}
		}
	})
	parent, child := sides(d)

	// phase sends perPhase transfers src -> dst at once, waits until all are
	// handled and returns the audit of dst's blocks since just before them,
	// with the requests.
	phase := func(name string, src, dst side) (*audit, []*transfer.Request) {
		t.Helper()
		from := headOf(t, dst) + 1 // the blocks after the last phase's
		tos := make([]common.Address, perPhase)
		for i := range tos {
			tos[i] = common.Address{0xa7, byte(len(name)), byte(i + 1)}
		}
		reqs := sendTogether(t, src, 1, tos, nil)
		for _, r := range reqs {
			waitHandled(t, src, dst, r, 90*time.Second)
		}
		dc := d.Child.Client()
		if dst.name == "parent" {
			dc = d.Parent.Client()
		}
		a := auditChain(t, dc, dst.chainID, dst.bridge, from)
		requireExactlyOnce(t, auditChain(t, dc, dst.chainID, dst.bridge, 0), src)
		t.Logf("%s, %s->%s: %d transfers, %d handle transactions (%d handleSignedBatch, %d gas each transfer by signatures), %d closed by signatures",
			name, src.name, dst.name, len(reqs), a.voteTxs, a.signedTxs, a.signedGas/uint64(max(len(a.bySignatures), 1)), len(a.bySignatures))
		return a, reqs
	}
	bySignatures := func(t *testing.T, name string, a *audit, reqs []*transfer.Request) {
		t.Helper()
		for _, r := range reqs {
			if a.bySignatures[r.Nonce] != 1 {
				t.Errorf("%s: nonce %d was not closed by signatures (HandleValueTransfer attestation %d times by signatures)", name, r.Nonce, a.bySignatures[r.Nonce])
			}
		}
		if votes := a.voteTxs - a.signedTxs; votes != 0 {
			t.Errorf("%s: %d on-chain handle vote transactions, want 0 (every nonce closes by signatures)", name, votes)
		}
	}

	t.Run("all endpoints up", func(t *testing.T) {
		for _, dir := range []struct{ src, dst side }{{parent, child}, {child, parent}} {
			a, reqs := phase("all up", dir.src, dir.dst)
			bySignatures(t, "all up", a, reqs)
			if a.signedTxs > len(reqs) {
				t.Errorf("all up: %d handleSignedBatch transactions for %d transfers, want at most one each", a.signedTxs, len(reqs))
			}
		}
	})
	t.Run("one endpoint down", func(t *testing.T) {
		proxies[2].setDown(true)
		defer proxies[2].setDown(false)
		a, reqs := phase("op3 endpoint down", parent, child)
		bySignatures(t, "op3 endpoint down", a, reqs)
	})
	t.Run("all endpoints down", func(t *testing.T) {
		for _, p := range proxies {
			p.setDown(true)
		}
		defer func() {
			for _, p := range proxies {
				p.setDown(false)
			}
		}()
		a, reqs := phase("all endpoints down", parent, child)
		var worst uint64
		for _, r := range reqs {
			if a.bySignatures[r.Nonce] != 0 {
				t.Errorf("all down: nonce %d closed by signatures; no node can hold two", r.Nonce)
			}
			p := waitHandled(t, parent, child, r, time.Second)
			worst = max(worst, blockTime(t, child, p.HandleBlock)-blockTime(t, parent, r.BlockNumber))
		}
		if a.voteTxs-a.signedTxs == 0 {
			t.Error("all down: no on-chain vote transactions; the fallback did not vote")
		}
		t.Logf("all endpoints down: slowest transfer closed %d s after its request block (grace %s)", worst, grace)
	})
}

// With attestation.announce and no attestation.peers, every node announces
// its endpoint on both bridges (announceAttestationURL) and finds its peers'
// there: transfers then close by signatures, with no handle vote.
func TestAnnouncedAttestationURLs(t *testing.T) {
	const n, k, perDir = 3, 2, 6
	listen := make([]string, n)
	for i := range listen {
		listen[i] = freeAddr(t)
	}
	url := func(i int) string { return "http://" + listen[i] }
	d := startDevnet(t, n, k, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Attestation.Enabled = true
		c.Attestation.Listen = listen[i]
		c.Attestation.Announce = url(i)
		c.Attestation.Grace = 4 * time.Second // far above a fetch: no fallback on a slow machine
	})
	parent, child := sides(d)
	ops := make([]common.Address, n)
	for i := range ops {
		ops[i] = crypto.PubkeyToAddress(devnet.OperatorKey(i).PublicKey)
	}
	for _, s := range []side{parent, child} {
		cl := d.Parent.Client()
		if s.name == "child" {
			cl = d.Child.Client()
		}
		ann := attest.OnChainAnnouncements{Caller: cl, Bridge: s.bridge}
		deadline := time.Now().Add(60 * time.Second)
		for {
			urls, err := ann.AttestationURLs(t.Context())
			ok := err == nil
			for i, op := range ops {
				ok = ok && urls[op] == url(i)
			}
			if ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s bridge: announced URLs %v (%v), want operator i at %v", s.name, urls, err, listen)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	// The fetchers that read the bridges before every node had announced
	// look again after DiscoverRetry: wait until each polls its two peers.
	deadline := time.Now().Add(30 * time.Second)
	for i := range n {
		for len(d.Node(i).Bridge.AttestationPeers()) != n-1 {
			if time.Now().After(deadline) {
				t.Fatalf("node %d polls %v, want its %d peers' announced URLs", i, d.Node(i).Bridge.AttestationPeers(), n-1)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	for _, dir := range []struct{ src, dst side }{{parent, child}, {child, parent}} {
		dc := d.Child.Client()
		if dir.dst.name == "parent" {
			dc = d.Parent.Client()
		}
		from := headOf(t, dir.dst) + 1
		tos := make([]common.Address, perDir)
		for i := range tos {
			tos[i] = common.Address{0xa8, byte(i + 1)}
		}
		reqs := sendTogether(t, dir.src, 1, tos, nil)
		for _, r := range reqs {
			waitHandled(t, dir.src, dir.dst, r, 90*time.Second)
		}
		a := auditChain(t, dc, dir.dst.chainID, dir.dst.bridge, from)
		requireExactlyOnce(t, auditChain(t, dc, dir.dst.chainID, dir.dst.bridge, 0), dir.src)
		for _, r := range reqs {
			if a.bySignatures[r.Nonce] != 1 {
				t.Errorf("%s->%s: nonce %d not closed by signatures", dir.src.name, dir.dst.name, r.Nonce)
			}
		}
		if votes := a.voteTxs - a.signedTxs; votes != 0 {
			t.Errorf("%s->%s: %d handle vote transactions, want 0", dir.src.name, dir.dst.name, votes)
		}
		t.Logf("%s->%s: %d transfers, %d handleSignedBatch, %d closed by signatures", dir.src.name, dir.dst.name, len(reqs), a.signedTxs, len(a.bySignatures))
	}
}
