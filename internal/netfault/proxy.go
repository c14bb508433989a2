// Package netfault is a TCP proxy that injects the network faults a failover
// test needs between a client and a server it does not control (a JSON-RPC
// endpoint, an etcd member, a peer): connections refused, connections reset
// as soon as they are accepted, a blackhole (connections accepted and never
// answered, bytes on open connections held), added latency, and every open
// connection cut at once. Restore puts the proxy back to plain forwarding on
// the same port, so a client configured with the proxy's address sees the
// endpoint fail and come back without any change on its side.
//
// It is used by unit tests (in-process chains) and by the e2e harness
// (separate geth and etcd processes). It listens on 127.0.0.1 only.
package netfault

import (
	"errors"
	"fmt"
	"net"
	"sync"
	"time"
)

// Fault is what the proxy does with new connections (and, for Blackhole,
// with bytes on open ones).
type Fault int

const (
	// None forwards every connection to the target.
	None Fault = iota
	// Refuse closes the listening socket: a new connection is refused
	// (ECONNREFUSED), as when the server process is gone. Open connections
	// are left as they are; Down also cuts them.
	Refuse
	// Drop accepts a new connection and closes it at once (the client reads
	// EOF or a reset), as a server that crashes on accept or a middlebox
	// that resets would do. Open connections are left as they are.
	Drop
	// Blackhole accepts a new connection and never answers; bytes sent on
	// open connections are held in both directions (the sender's writes
	// block once the socket buffers are full), as across a network
	// partition. Restore releases the held bytes, as TCP retransmission
	// would once the partition heals; a connection accepted while
	// blackholed is then connected to the target.
	Blackhole
)

// String returns the fault's name ("none", "refuse", "drop", "blackhole").
func (f Fault) String() string {
	switch f {
	case None:
		return "none"
	case Refuse:
		return "refuse"
	case Drop:
		return "drop"
	case Blackhole:
		return "blackhole"
	}
	return fmt.Sprintf("Fault(%d)", int(f))
}

// DialTimeout bounds the proxy's connection attempt to the target for each
// accepted connection; a client whose target cannot be reached in time is
// disconnected.
const DialTimeout = 5 * time.Second

// ErrClosed is returned by methods that would listen again after Close.
var ErrClosed = errors.New("netfault: proxy closed")

// Proxy forwards TCP connections from its own loopback port to a target
// address and injects faults on demand. Create it with New; all methods are
// safe for concurrent use.
type Proxy struct {
	target string
	addr   string // 127.0.0.1:port, fixed for the proxy's lifetime

	mu       sync.Mutex
	released *sync.Cond // broadcast when a blackhole ends or a link is cut
	ln       net.Listener
	fault    Fault
	delay    time.Duration
	links    map[*link]struct{}
	closed   bool
	wg       sync.WaitGroup // accept loops and link goroutines
}

// link is one client connection and, once dialed, its connection to the target.
type link struct {
	in, out net.Conn
	cut     bool          // guarded by Proxy.mu
	done    chan struct{} // closed when the link is cut
}

// New listens on 127.0.0.1 (a free port chosen by the OS) and forwards every
// connection to target, a host:port. Errors: target is not host:port, or the
// proxy cannot listen.
func New(target string) (*Proxy, error) {
	if _, _, err := net.SplitHostPort(target); err != nil {
		return nil, fmt.Errorf("netfault: target %q: expected host:port (%v)", target, err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("netfault: listen: %w", err)
	}
	p := &Proxy{target: target, addr: ln.Addr().String(), ln: ln, links: map[*link]struct{}{}}
	p.released = sync.NewCond(&p.mu)
	p.serve(ln)
	return p, nil
}

// Addr is the proxy's address, 127.0.0.1:port. It does not change when the
// proxy stops and starts listening.
func (p *Proxy) Addr() string { return p.addr }

// URL returns scheme://Addr(), e.g. URL("ws") for a WebSocket JSON-RPC endpoint.
func (p *Proxy) URL(scheme string) string { return scheme + "://" + p.addr }

// Target is the address connections are forwarded to.
func (p *Proxy) Target() string { return p.target }

// Fault returns the fault in force (None when forwarding).
func (p *Proxy) Fault() Fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fault
}

// Delay returns the latency added to each forwarded chunk (0 = none).
func (p *Proxy) Delay() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.delay
}

// Conns returns the number of open client connections (including those held
// by a blackhole).
func (p *Proxy) Conns() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.links)
}

// Refuse stops listening: new connections are refused. Open connections keep
// working (Cut closes them; Down does both).
func (p *Proxy) Refuse() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	p.fault = Refuse
	p.released.Broadcast()
}

// Down is Refuse and Cut: the endpoint is gone, its open connections fail and
// new ones are refused.
func (p *Proxy) Down() {
	p.Refuse()
	p.Cut()
}

// Drop makes the proxy accept new connections and close them at once. Open
// connections keep working. Errors: the port could not be listened on again
// (after Refuse), or the proxy is closed.
func (p *Proxy) Drop() error { return p.set(Drop) }

// Blackhole makes the proxy accept new connections without answering and
// hold the bytes of open connections until Restore (or Cut). Errors as Drop.
func (p *Proxy) Blackhole() error { return p.set(Blackhole) }

// SetDelay adds d before each chunk of bytes is forwarded, in each direction
// (a request/response round trip then takes at least 2*d more). 0 removes
// the delay. It applies to open and new connections and combines with
// Blackhole (held bytes are delayed once released).
func (p *Proxy) SetDelay(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.delay = max(d, 0)
}

// Cut closes every open connection now, on both sides (the client and the
// target see EOF or a reset). The fault in force is unchanged, so with None
// the client can reconnect at once.
func (p *Proxy) Cut() {
	p.mu.Lock()
	links := p.links
	p.links = map[*link]struct{}{}
	for l := range links {
		l.cut = true
		close(l.done)
	}
	p.released.Broadcast()
	p.mu.Unlock()
	for l := range links {
		l.in.Close()
		if l.out != nil {
			l.out.Close()
		}
	}
}

// Restore ends every fault: the proxy listens again on the same address (if
// it was refusing), forwards new connections, releases bytes held by a
// blackhole and removes the delay. Errors: the port could not be listened on
// again (another process took it), or the proxy is closed.
func (p *Proxy) Restore() error {
	if err := p.set(None); err != nil {
		return err
	}
	p.SetDelay(0)
	return nil
}

// Close stops listening, cuts every connection and waits for the proxy's
// goroutines to end. The proxy cannot be used again. Safe to call twice.
func (p *Proxy) Close() {
	p.mu.Lock()
	p.closed = true
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	p.mu.Unlock()
	p.Cut()
	p.wg.Wait()
}

// set switches to fault f (None, Drop or Blackhole), listening again first if
// the proxy was refusing.
func (p *Proxy) set(f Fault) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	if p.ln == nil {
		ln, err := net.Listen("tcp", p.addr)
		if err != nil {
			return fmt.Errorf("netfault: listen again on %s: %w", p.addr, err)
		}
		p.ln = ln
		p.serve(ln)
	}
	p.fault = f
	p.released.Broadcast()
	return nil
}

// serve starts the accept loop of ln. Call with p.mu held or before p is shared.
func (p *Proxy) serve(ln net.Listener) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				p.handle(in)
			}()
		}
	}()
}

// handle carries one client connection: dropped, held while blackholed, or
// connected to the target and piped both ways until either side closes or the
// link is cut.
func (p *Proxy) handle(in net.Conn) {
	l := &link{in: in, done: make(chan struct{})}
	p.mu.Lock()
	if p.closed || p.fault == Drop || p.fault == Refuse {
		// Refuse: accepted just before the listener closed.
		p.mu.Unlock()
		in.Close()
		return
	}
	p.links[l] = struct{}{}
	p.mu.Unlock()
	defer p.remove(l)

	if !p.pass(l) {
		return
	}
	out, err := net.DialTimeout("tcp", p.target, DialTimeout)
	if err != nil {
		return
	}
	p.mu.Lock()
	if l.cut {
		p.mu.Unlock()
		out.Close()
		return
	}
	l.out = out
	p.mu.Unlock()

	done := make(chan struct{}, 2)
	go func() { p.pipe(l, out, in); done <- struct{}{} }()
	go func() { p.pipe(l, in, out); done <- struct{}{} }()
	<-done
	in.Close()
	out.Close()
	<-done
}

// remove forgets l and closes its connections.
func (p *Proxy) remove(l *link) {
	p.mu.Lock()
	delete(p.links, l)
	p.mu.Unlock()
	l.in.Close()
	if l.out != nil {
		l.out.Close()
	}
}

// pass waits while the proxy is blackholed, then waits out the delay. It
// returns false when l was cut meanwhile.
func (p *Proxy) pass(l *link) bool {
	p.mu.Lock()
	for p.fault == Blackhole && !l.cut {
		p.released.Wait()
	}
	cut, delay := l.cut, p.delay
	p.mu.Unlock()
	if cut {
		return false
	}
	if delay > 0 {
		t := time.NewTimer(delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-l.done:
			return false
		}
	}
	return true
}

// pipe copies src to dst chunk by chunk, each chunk passing the fault gate.
func (p *Proxy) pipe(l *link, dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if !p.pass(l) {
				return
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}
