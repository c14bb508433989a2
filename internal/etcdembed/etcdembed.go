// Package etcdembed runs a single-member etcd server inside the process
// (go.etcd.io/etcd/server/v3/embed) on loopback: the embedded default of
// `servicechain devnet` and the etcd of in-process tests (service-chain
// producers, br2k replicas). Production deployments and the e2e suite run a
// real etcd cluster of separate processes instead.
package etcdembed

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"sync"
	"time"

	"go.etcd.io/etcd/server/v3/embed"
)

// Config describes an embedded etcd server. Zero values take the defaults.
type Config struct {
	// Dir is the data directory (created if missing). Required.
	Dir string
	// Name is the member name ("default").
	Name string
	// ClientPort and PeerPort are loopback TCP ports; 0 picks free ones.
	ClientPort, PeerPort int
	// StartTimeout bounds the wait for the member to be ready (10 s).
	StartTimeout time.Duration
	// LogLevel is etcd's own log level: debug, info, warn, error or panic
	// ("panic": etcd logs benign errors at level error while it shuts down;
	// real failures reach the caller through Start's error and Err).
	LogLevel string
}

// ErrStartTimeout is returned by Start when the server was not ready within
// Config.StartTimeout.
var ErrStartTimeout = errors.New("etcdembed: server not ready in time")

// Server is a running embedded etcd member.
type Server struct {
	etcd      *embed.Etcd
	endpoint  string
	closeOnce sync.Once
}

// Start starts the server and waits until it serves clients. Errors: Dir
// empty, a port in use, the data directory unusable, or ErrStartTimeout.
func Start(cfg Config) (*Server, error) {
	if cfg.Dir == "" {
		return nil, errors.New("etcdembed: Config.Dir is empty: expected a data directory")
	}
	if cfg.Name == "" {
		cfg.Name = "default"
	}
	if cfg.StartTimeout <= 0 {
		cfg.StartTimeout = 10 * time.Second
	}
	if cfg.LogLevel == "" {
		cfg.LogLevel = "panic"
	}
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		s, err := start(cfg)
		if err == nil {
			return s, nil
		}
		lastErr = err
		if cfg.ClientPort != 0 && cfg.PeerPort != 0 {
			break // fixed ports: a retry would fail the same way
		}
	}
	return nil, lastErr
}

func start(cfg Config) (*Server, error) {
	clientPort, err := portOrFree(cfg.ClientPort)
	if err != nil {
		return nil, err
	}
	peerPort, err := portOrFree(cfg.PeerPort)
	if err != nil {
		return nil, err
	}
	ec := embed.NewConfig()
	ec.Name = cfg.Name
	ec.Dir = cfg.Dir
	ec.LogLevel = cfg.LogLevel
	ec.Logger = "zap"
	cu := url.URL{Scheme: "http", Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(clientPort))}
	pu := url.URL{Scheme: "http", Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(peerPort))}
	ec.ListenClientUrls, ec.AdvertiseClientUrls = []url.URL{cu}, []url.URL{cu}
	ec.ListenPeerUrls, ec.AdvertisePeerUrls = []url.URL{pu}, []url.URL{pu}
	ec.InitialCluster = ec.InitialClusterFromName(ec.Name)
	e, err := embed.StartEtcd(ec)
	if err != nil {
		return nil, fmt.Errorf("etcdembed: start in %s: %w", cfg.Dir, err)
	}
	select {
	case <-e.Server.ReadyNotify():
		return &Server{etcd: e, endpoint: cu.String()}, nil
	case err := <-e.Err():
		e.Close()
		return nil, fmt.Errorf("etcdembed: %w", err)
	case <-time.After(cfg.StartTimeout):
		e.Close()
		return nil, fmt.Errorf("%w (%s)", ErrStartTimeout, cfg.StartTimeout)
	}
}

// portOrFree returns p, or a free loopback port when p is 0.
func portOrFree(p int) (int, error) {
	if p != 0 {
		return p, nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("etcdembed: no free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Endpoints returns the client URLs ("http://127.0.0.1:PORT") for
// clientv3.Config.Endpoints.
func (s *Server) Endpoints() []string { return []string{s.endpoint} }

// Err delivers a fatal error of the running server (its listeners failed).
func (s *Server) Err() <-chan error { return s.etcd.Err() }

// Close stops the server; it is safe to call more than once.
func (s *Server) Close() { s.closeOnce.Do(s.etcd.Close) }
