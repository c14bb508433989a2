package harness

import "github.com/servicechain/servicechain/internal/netfault"

// TCPProxy stands for a second RPC endpoint of a chain: geth --dev cannot
// peer, so "two endpoints of one chain" are the geth port and a proxy in front
// of it, and "an endpoint dies" is Down (new connections refused, open ones
// closed). Up listens again on the same port. It is a netfault.Proxy, so the
// other faults (Blackhole, Drop, SetDelay, Cut) are there too; new code can
// use netfault.New directly. Safe for concurrent use.
type TCPProxy struct {
	*netfault.Proxy
}

// NewTCPProxy listens on 127.0.0.1 (a port the OS picks) and forwards every
// connection to target (host:port).
func NewTCPProxy(target string) (*TCPProxy, error) {
	p, err := netfault.New(target)
	if err != nil {
		return nil, err
	}
	return &TCPProxy{Proxy: p}, nil
}

// IsUp reports whether the proxy forwards new connections (no fault in force).
func (p *TCPProxy) IsUp() bool { return p.Fault() == netfault.None }

// Up ends every fault (netfault.Proxy.Restore): the proxy listens again on the
// same address.
func (p *TCPProxy) Up() error { return p.Restore() }
