package harness

import (
	"fmt"
	"io"
	"net"
	"sync"
)

// TCPProxy forwards TCP connections from a loopback port to a target address.
// It stands for a second RPC endpoint of a chain: geth --dev cannot peer, so
// "two endpoints of one chain" are the geth port and a proxy in front of it,
// and "an endpoint dies" is Down, which closes the listener and every open
// connection (clients see connection refused/reset). Up listens again on the
// same port. Safe for concurrent use.
type TCPProxy struct {
	target string

	mu    sync.Mutex
	addr  string // 127.0.0.1:port, fixed at creation
	ln    net.Listener
	conns map[net.Conn]struct{}
}

// NewTCPProxy listens on 127.0.0.1 (a port the OS picks) and forwards every
// connection to target (host:port).
func NewTCPProxy(target string) (*TCPProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("harness: proxy listen: %w", err)
	}
	p := &TCPProxy{target: target, addr: ln.Addr().String(), conns: map[net.Conn]struct{}{}}
	p.ln = ln
	go p.serve(ln)
	return p, nil
}

// Addr is the proxy's listen address, 127.0.0.1:port.
func (p *TCPProxy) Addr() string { return p.addr }

// URL is scheme://Addr(), e.g. URL("http") for an HTTP JSON-RPC endpoint.
func (p *TCPProxy) URL(scheme string) string { return scheme + "://" + p.addr }

// IsUp reports whether the proxy is accepting connections.
func (p *TCPProxy) IsUp() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ln != nil
}

// Down stops accepting and closes all open connections. No-op when down.
func (p *TCPProxy) Down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	p.conns = map[net.Conn]struct{}{}
}

// Up listens again on the same address. No-op when up.
func (p *TCPProxy) Up() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		return nil
	}
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		return fmt.Errorf("harness: proxy re-listen on %s: %w", p.addr, err)
	}
	p.ln = ln
	go p.serve(ln)
	return nil
}

// Close is Down.
func (p *TCPProxy) Close() { p.Down() }

func (p *TCPProxy) serve(ln net.Listener) {
	for {
		in, err := ln.Accept()
		if err != nil {
			return
		}
		go p.forward(in)
	}
}

func (p *TCPProxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln == nil {
		return false
	}
	p.conns[c] = struct{}{}
	return true
}

func (p *TCPProxy) untrack(c net.Conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
	c.Close()
}

func (p *TCPProxy) forward(in net.Conn) {
	if !p.track(in) {
		in.Close()
		return
	}
	defer p.untrack(in)
	out, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	if !p.track(out) {
		out.Close()
		return
	}
	defer p.untrack(out)
	done := make(chan struct{}, 2)
	go func() { io.Copy(out, in); done <- struct{}{} }()
	go func() { io.Copy(in, out); done <- struct{}{} }()
	<-done
}
