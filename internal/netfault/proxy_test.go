package netfault

import (
	"bufio"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// echoServer answers each line with the same line; it counts accepted
// connections and lines received.
type echoServer struct {
	ln    net.Listener
	conns atomic.Int64
	lines atomic.Int64
}

func newEchoServer(t *testing.T) *echoServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &echoServer{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.conns.Add(1)
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					s.lines.Add(1)
					if _, err := c.Write([]byte(line)); err != nil {
						return
					}
				}
			}()
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return s
}

func newProxy(t *testing.T, s *echoServer) *Proxy {
	t.Helper()
	p, err := New(s.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// client is one connection through the proxy.
type client struct {
	t *testing.T
	c net.Conn
	r *bufio.Reader
}

func dial(t *testing.T, p *Proxy) *client {
	t.Helper()
	c, err := net.DialTimeout("tcp", p.Addr(), 5*time.Second)
	if err != nil {
		t.Fatalf("dial %s: %v", p.Addr(), err)
	}
	t.Cleanup(func() { c.Close() })
	return &client{t: t, c: c, r: bufio.NewReader(c)}
}

// roundTrip sends msg and reads the echo, within timeout.
func (c *client) roundTrip(msg string, timeout time.Duration) (string, error) {
	c.c.SetDeadline(time.Now().Add(timeout))
	defer c.c.SetDeadline(time.Time{})
	if _, err := c.c.Write([]byte(msg + "\n")); err != nil {
		return "", err
	}
	line, err := c.r.ReadString('\n')
	return strings.TrimSuffix(line, "\n"), err
}

func (c *client) mustEcho(msg string) {
	c.t.Helper()
	got, err := c.roundTrip(msg, 5*time.Second)
	if err != nil || got != msg {
		c.t.Fatalf("echo of %q: %q, %v", msg, got, err)
	}
}

// waitFor polls cond for up to 5 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout() || errors.Is(err, os.ErrDeadlineExceeded)
}

func TestForwards(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	if p.Fault() != None || p.URL("ws") != "ws://"+p.Addr() || p.Target() != s.ln.Addr().String() {
		t.Fatalf("fault %v url %s target %s", p.Fault(), p.URL("ws"), p.Target())
	}
	a, b := dial(t, p), dial(t, p)
	a.mustEcho("one")
	b.mustEcho("two")
	a.mustEcho(strings.Repeat("x", 100_000)) // several chunks
	if n := p.Conns(); n != 2 {
		t.Errorf("Conns = %d, want 2", n)
	}
}

func TestRefuseAndRestore(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	open := dial(t, p)
	open.mustEcho("before")

	p.Refuse()
	if _, err := net.DialTimeout("tcp", p.Addr(), time.Second); !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("dial while refusing: %v; want connection refused", err)
	}
	open.mustEcho("open connections keep working")

	if err := p.Restore(); err != nil {
		t.Fatal(err)
	}
	dial(t, p).mustEcho("same port again")

	p.Down()
	if _, err := open.roundTrip("after down", time.Second); err == nil || isTimeout(err) {
		t.Fatalf("open connection after Down: %v; want EOF or reset", err)
	}
	if _, err := net.DialTimeout("tcp", p.Addr(), time.Second); !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("dial after Down: %v; want connection refused", err)
	}
	if err := p.Restore(); err != nil {
		t.Fatal(err)
	}
	dial(t, p).mustEcho("up again")
}

func TestDrop(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	open := dial(t, p)
	open.mustEcho("before")
	before := s.conns.Load()

	if err := p.Drop(); err != nil {
		t.Fatal(err)
	}
	c := dial(t, p) // accepted by the kernel...
	if _, err := c.roundTrip("dropped", 2*time.Second); err == nil || isTimeout(err) {
		t.Fatalf("connection while dropping: %v; want EOF or reset, not a hang", err)
	}
	if s.conns.Load() != before {
		t.Error("a dropped connection reached the server")
	}
	open.mustEcho("open connections keep working")

	// Drop after Refuse listens again.
	p.Refuse()
	if err := p.Drop(); err != nil {
		t.Fatal(err)
	}
	if _, err := dial(t, p).roundTrip("x", 2*time.Second); err == nil || isTimeout(err) {
		t.Fatalf("after Refuse then Drop: %v; want EOF or reset", err)
	}
}

func TestBlackhole(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	open := dial(t, p)
	open.mustEcho("before")
	conns, lines := s.conns.Load(), s.lines.Load()

	if err := p.Blackhole(); err != nil {
		t.Fatal(err)
	}
	// An open connection hangs: the request is held, nothing comes back.
	if _, err := open.roundTrip("held", 300*time.Millisecond); !isTimeout(err) {
		t.Fatalf("open connection in a blackhole: %v; want a timeout", err)
	}
	// A new connection is accepted and hangs too.
	fresh := dial(t, p)
	if _, err := fresh.roundTrip("new", 300*time.Millisecond); !isTimeout(err) {
		t.Fatalf("new connection in a blackhole: %v; want a timeout", err)
	}
	if s.conns.Load() != conns || s.lines.Load() != lines {
		t.Fatalf("the server saw %d connections and %d lines during the blackhole, want none",
			s.conns.Load()-conns, s.lines.Load()-lines)
	}
	if p.Conns() != 2 {
		t.Errorf("Conns = %d, want 2 (held)", p.Conns())
	}

	// Restore releases the held bytes: both requests reach the server and
	// their answers arrive (the timed-out reads left them unread).
	if err := p.Restore(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*client{open, fresh} {
		c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
		line, err := c.r.ReadString('\n')
		if err != nil {
			t.Fatalf("held answer after Restore: %v", err)
		}
		if line != "held\n" && line != "new\n" {
			t.Fatalf("held answer %q", line)
		}
	}
	if s.lines.Load() != lines+2 {
		t.Errorf("server lines %d, want %d", s.lines.Load(), lines+2)
	}
	open.mustEcho("after")
}

func TestBlackholeThenCut(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	open := dial(t, p)
	open.mustEcho("before")
	if err := p.Blackhole(); err != nil {
		t.Fatal(err)
	}
	held := dial(t, p)
	waitFor(t, "two connections", func() bool { return p.Conns() == 2 })
	p.Cut()
	for _, c := range []*client{open, held} {
		if _, err := c.roundTrip("x", 2*time.Second); err == nil || isTimeout(err) {
			t.Fatalf("connection after Cut: %v; want EOF or reset", err)
		}
	}
	waitFor(t, "no connections", func() bool { return p.Conns() == 0 })
}

func TestDelay(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	c := dial(t, p)
	c.mustEcho("warm")
	const d = 100 * time.Millisecond
	p.SetDelay(d)
	if p.Delay() != d {
		t.Fatalf("Delay = %v", p.Delay())
	}
	start := time.Now()
	c.mustEcho("slow")
	// One chunk each way, each held at least d: a lower bound, not a timing guess.
	if rt := time.Since(start); rt < 2*d {
		t.Fatalf("round trip with %v delay took %v, want >= %v", d, rt, 2*d)
	}
	if err := p.Restore(); err != nil {
		t.Fatal(err)
	}
	if p.Delay() != 0 {
		t.Fatalf("Delay after Restore = %v", p.Delay())
	}
	c.mustEcho("fast again")
}

func TestCutKeepsAccepting(t *testing.T) {
	t.Parallel()
	s := newEchoServer(t)
	p := newProxy(t, s)
	a := dial(t, p)
	a.mustEcho("a")
	p.Cut()
	if _, err := a.roundTrip("after cut", 2*time.Second); err == nil || isTimeout(err) {
		t.Fatalf("cut connection: %v; want EOF or reset", err)
	}
	dial(t, p).mustEcho("a new connection works at once")
}

func TestTargetDown(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	target := ln.Addr().String()
	ln.Close() // nothing listens there now
	p, err := New(target)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c := dial(t, p)
	c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.r.ReadByte(); err != io.EOF && (err == nil || isTimeout(err)) {
		t.Fatalf("read through a proxy whose target is down: %v; want EOF or reset", err)
	}
}

func TestCloseAndBadTarget(t *testing.T) {
	t.Parallel()
	if _, err := New("no-port"); err == nil || !strings.Contains(err.Error(), `"no-port": expected host:port`) {
		t.Fatalf("New(no-port): %v", err)
	}
	s := newEchoServer(t)
	p := newProxy(t, s)
	c := dial(t, p)
	c.mustEcho("x")
	p.Close()
	p.Close()
	if _, err := c.roundTrip("after close", 2*time.Second); err == nil || isTimeout(err) {
		t.Fatalf("after Close: %v", err)
	}
	if err := p.Restore(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Restore after Close: %v", err)
	}
	if p.Conns() != 0 {
		t.Fatalf("Conns after Close = %d", p.Conns())
	}
}

func TestFaultString(t *testing.T) {
	for f, want := range map[Fault]string{None: "none", Refuse: "refuse", Drop: "drop", Blackhole: "blackhole", 9: "Fault(9)"} {
		if f.String() != want {
			t.Errorf("%d: %q", int(f), f.String())
		}
	}
}
