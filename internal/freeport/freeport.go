// Package freeport picks free TCP ports on 127.0.0.1 for processes that are
// configured with a fixed port before they start, so that no other socket of
// the same machine is likely to take one in between.
package freeport

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Take returns n distinct free TCP ports on 127.0.0.1 for processes
// configured with a fixed port (written into their configs before they
// start: the e2e harness, the devnet's attestation endpoints). They are
// drawn below the kernel's ephemeral range (/proc/sys/net/ipv4/
// ip_local_port_range, whose ports the OS hands to every outgoing connection
// and every listener on port 0), so no client socket can take one between
// Take and the process's bind (CI lost a run to "bind: address already in
// use" that way), and never twice in one process. Each is checked free by listening on it; the listeners are
// held until all n are chosen, then closed. Where the ephemeral range leaves
// no room below it, ports come from the OS (port 0), as before.
func Take(n int) ([]int, error) {
	lo, hi := 10000, ephemeralLow()-1
	if hi-lo < 1000 {
		return osFreePorts(n)
	}
	ls := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	portsMu.Lock()
	defer portsMu.Unlock()
	ports := make([]int, 0, n)
	for tries := 0; len(ports) < n; tries++ {
		if tries > 100*n+1000 {
			return nil, fmt.Errorf("freeport: no free port in %d-%d after %d tries", lo, hi, tries)
		}
		p := lo + rand.IntN(hi-lo+1)
		if handedOut[p] {
			continue
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			continue // taken by another process
		}
		ls = append(ls, l)
		handedOut[p] = true
		ports = append(ports, p)
	}
	return ports, nil
}

var (
	portsMu   sync.Mutex
	handedOut = map[int]bool{} // ports Take returned in this process
)

// ephemeralLow is the first port of the kernel's ephemeral range (32768,
// Linux's default, when it cannot be read).
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 32768
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 32768
	}
	v, err := strconv.Atoi(f[0])
	if err != nil || v < 1 {
		return 32768
	}
	return v
}

// osFreePorts asks the OS for n distinct free ports (port 0).
func osFreePorts(n int) ([]int, error) {
	ls := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	ports := make([]int, 0, n)
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("freeport: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}
