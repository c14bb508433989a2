package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devchain"
	"github.com/servicechain/servicechain/internal/etcdembed"
	"github.com/servicechain/servicechain/internal/execution"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/producer"
	"github.com/servicechain/servicechain/internal/servicenode"
)

// Defaults of the service (child) chain's shape.
const (
	// DefaultChildProducers is the number of producer candidates (one leads,
	// the others stand by).
	DefaultChildProducers = 2
	// DefaultChildEndpoints is the number of endpoint nodes (never produce,
	// serve RPC; the devnet's child RPC URLs are the first one's).
	DefaultChildEndpoints = 1
	// MaxChildNodes bounds producers + endpoints.
	MaxChildNodes = 9
)

// ServiceNodeInfo is one service-chain node in devnet.json.
type ServiceNodeInfo struct {
	// Name is node.name (producer1, producer2, endpoint1, ...).
	Name string `json:"name"`
	// Role is producer or endpoint.
	Role string `json:"role"`
	// Config is the node's node.toml (rewritten on every devnet start).
	Config string `json:"config"`
	// HTTP and WS are the node's JSON-RPC URLs.
	HTTP string `json:"http"`
	WS   string `json:"ws"`
	// Metrics is http://host:port of /metrics, /healthz, /readyz.
	Metrics string `json:"metrics"`
	// Admin is the admin JSON-RPC URL (producer_status, producer_handover,
	// producer_pause, producer_resume).
	Admin string `json:"admin"`
	// AdminTokenFile holds the admin API's bearer token
	// (<datadir>/admin.token, mode 0600).
	AdminTokenFile string `json:"adminTokenFile"`
}

// ServiceTargets returns the admin endpoints of the devnet's service-chain
// nodes, or only the one named name. Errors: no service-chain nodes (a
// single dev node child chain), or no node of that name.
func (i *Info) ServiceTargets(name string) ([]servicenode.Target, error) {
	var out []servicenode.Target
	var names []string
	for _, n := range i.ServiceNodes {
		names = append(names, n.Name)
		if name == "" || n.Name == name {
			t := servicenode.Target{Name: n.Name, Admin: n.Admin}
			if n.AdminTokenFile != "" {
				tok, err := node.ReadAdminTokenFile(n.AdminTokenFile)
				if err != nil {
					return nil, err
				}
				t.Token = tok
			}
			out = append(out, t)
		}
	}
	switch {
	case len(i.ServiceNodes) == 0:
		return nil, errors.New("the devnet's child chain is a single dev node (--child-producers 1): it has no service-chain nodes")
	case len(out) == 0:
		return nil, fmt.Errorf("the devnet has no service-chain node %q (it has %s)", name, strings.Join(names, ", "))
	}
	return out, nil
}

// ServiceChain is the devnet's child chain: either etcd (embedded, one
// member) with producer candidates and endpoint nodes, each wired as
// `servicechain node run` wires it, or, with one producer and no endpoint,
// today's single dev node (internal/devchain, no etcd).
type ServiceChain struct {
	dev    *devchain.Chain
	etcd   *etcdembed.Server
	nodes  []*servicenode.Node
	done   []chan error
	cancel context.CancelFunc
	rpc    *servicenode.Node // serves the devnet's child RPC URLs

	closeOnce sync.Once
	closeErr  error
}

// Client is an in-process client of the chain (the first endpoint's, or the
// dev node's).
func (c *ServiceChain) Client() *ethclient.Client {
	if c.dev != nil {
		return c.dev.Client()
	}
	return c.rpc.Execution().Client()
}

// HTTPURL is the chain's HTTP JSON-RPC URL (the first endpoint's).
func (c *ServiceChain) HTTPURL() string {
	if c.dev != nil {
		return c.dev.HTTPURL()
	}
	return c.rpc.HTTPURL()
}

// WSURL is the chain's WebSocket JSON-RPC URL.
func (c *ServiceChain) WSURL() string {
	if c.dev != nil {
		return c.dev.WSURL()
	}
	return c.rpc.WSURL()
}

// Node returns the service-chain node named name, or nil.
func (c *ServiceChain) Node(name string) *servicenode.Node {
	for _, n := range c.nodes {
		if n.Name() == name {
			return n
		}
	}
	return nil
}

// NotReady lists the service-chain nodes' readiness problems ("producer2: ...").
func (c *ServiceChain) NotReady() []string {
	var out []string
	for _, n := range c.nodes {
		if nr := n.Host().NotReady(); len(nr) > 0 {
			out = append(out, n.Name()+": "+strings.Join(nr, "; "))
		}
	}
	return out
}

// Close stops the nodes (endpoints first), then etcd. A second Close
// returns the first one's result.
func (c *ServiceChain) Close() error {
	c.closeOnce.Do(func() { c.closeErr = c.close() })
	return c.closeErr
}

func (c *ServiceChain) close() error {
	if c.dev != nil {
		return c.dev.Close()
	}
	if c.cancel != nil {
		c.cancel()
	}
	var errs []error
	for i := len(c.done) - 1; i >= 0; i-- {
		if err := <-c.done[i]; err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", c.nodes[i].Name(), err))
		}
	}
	for i := len(c.done); i < len(c.nodes); i++ {
		c.nodes[i].Close() // built, never run
	}
	if c.etcd != nil {
		c.etcd.Close()
	}
	return errors.Join(errs...)
}

// serviceShape resolves Config.ChildProducers and ChildEndpoints: the
// numbers of producers and endpoints, and whether the chain is a single dev
// node.
func (c *Config) serviceShape() (producers, endpoints int, single bool, err error) {
	producers, endpoints = c.ChildProducers, c.ChildEndpoints
	if producers == 0 {
		producers = DefaultChildProducers
	}
	switch {
	case endpoints < 0:
		endpoints = 0
	case endpoints == 0 && producers == 1:
		// one producer and no endpoint: today's single dev node
	case endpoints == 0:
		endpoints = DefaultChildEndpoints
	}
	if producers < 1 || producers+endpoints > MaxChildNodes {
		return 0, 0, false, fmt.Errorf("devnet: %d child producers and %d endpoints: expected at least 1 producer and at most %d nodes", producers, endpoints, MaxChildNodes)
	}
	single = producers == 1 && endpoints == 0
	if !single && (c.BlockPeriod < time.Second || c.BlockPeriod%time.Second != 0) {
		return 0, 0, false, fmt.Errorf("devnet: block time %s: the service chain's slots are whole seconds (for sub-second blocks use one child producer: a single dev node)", c.BlockPeriod)
	}
	return producers, endpoints, single, nil
}

// startServiceChain starts the child chain in dir with alloc.
func startServiceChain(ctx context.Context, cfg Config, dir string, alloc map[common.Address]*big.Int, log *slog.Logger) (*ServiceChain, error) {
	producers, endpoints, single, err := cfg.serviceShape()
	if err != nil {
		return nil, err
	}
	genesisPath := filepath.Join(dir, "genesis.json")
	_, errDev := os.Stat(filepath.Join(dir, "geth")) // nil: a single dev node's datadir
	_, errSvc := os.Stat(genesisPath)                // nil: service-chain nodes' directory
	if single {
		if errSvc == nil {
			return nil, fmt.Errorf("devnet: %s holds a chain of service-chain nodes; it cannot resume as a single dev node (give --child-producers %d or a new --datadir)", dir, DefaultChildProducers)
		}
		dev, err := devchain.Start(devchain.Config{ChainID: cfg.ChildChainID, BlockPeriod: cfg.BlockPeriod,
			DataDir: dir, HTTPPort: cfg.ChildHTTPPort, WSPort: cfg.ChildWSPort, Alloc: alloc})
		if err != nil {
			return nil, err
		}
		return &ServiceChain{dev: dev}, nil
	}
	if errDev == nil {
		return nil, fmt.Errorf("devnet: %s holds a single dev node chain (--child-producers 1); it cannot resume as service-chain nodes (give --child-producers 1 or a new --datadir)", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	var g *core.Genesis
	if errSvc == nil {
		if g, err = execution.ReadGenesisFile(genesisPath); err != nil {
			return nil, err
		}
	} else {
		if g, err = execution.NewGenesis(execution.GenesisSpec{ChainID: cfg.ChildChainID, Period: cfg.BlockPeriod, Alloc: alloc}); err != nil {
			return nil, err
		}
		if err := execution.WriteGenesisFile(genesisPath, g); err != nil {
			return nil, err
		}
	}
	c := &ServiceChain{}
	ok := false
	defer func() {
		if !ok {
			c.Close()
		}
	}()
	if c.etcd, err = etcdembed.Start(etcdembed.Config{Dir: filepath.Join(dir, "etcd")}); err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	var peers []string
	for i := 0; i < producers+endpoints; i++ {
		name, role := "producer"+strconv.Itoa(i+1), "producer"
		if i >= producers {
			name, role = "endpoint"+strconv.Itoa(i-producers+1), "endpoint"
		}
		// The first endpoint (or, without endpoints, the first producer)
		// serves the devnet's child RPC ports.
		servesRPC := i == producers || endpoints == 0 && i == 0
		f := serviceNodeFile(name, role, filepath.Join(dir, name), genesisPath, c.etcd.Endpoints(), peers)
		if servesRPC {
			f.RPC.HTTP, f.RPC.WS = "127.0.0.1:"+strconv.Itoa(cfg.ChildHTTPPort), "127.0.0.1:"+strconv.Itoa(cfg.ChildWSPort)
		}
		if err := os.MkdirAll(f.Node.DataDir, 0o700); err != nil {
			return nil, err
		}
		if err := f.WriteFile(filepath.Join(dir, name, config.NodeFileName), true); err != nil {
			return nil, err
		}
		n, err := servicenode.New(ctx, servicenode.Options{File: f, Genesis: g, Logger: log, TuneProducer: devnetProducer})
		if err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", name, err)
		}
		c.nodes = append(c.nodes, n)
		done := make(chan error, 1)
		go func() { done <- n.Run(runCtx) }()
		c.done = append(c.done, done)
		select {
		case <-n.Host().Started():
		case err := <-done:
			c.done = c.done[:len(c.done)-1]
			return nil, fmt.Errorf("devnet: %s: %w", name, err)
		}
		if servesRPC {
			c.rpc = n
		}
		peers = append(peers, n.Enode())
	}
	ok = true
	return c, nil
}

// serviceNodeFile is a devnet service node's node.toml.
func serviceNodeFile(name, role, dataDir, genesis string, etcd, peers []string) *config.NodeFile {
	f := config.DefaultNodeFile()
	f.Node.Name, f.Node.DataDir, f.Node.LogLevel = name, dataDir, "warn"
	f.Chain.Genesis = genesis
	f.Producer.Role = role
	f.Etcd.Endpoints = etcd
	f.P2P.Listen, f.P2P.StaticPeers = "127.0.0.1:0", append([]string(nil), peers...)
	f.RPC.HTTP, f.RPC.WS = "127.0.0.1:0", "127.0.0.1:0"
	// As the single dev node: any Host header and browser origin (the
	// console, a wallet on localhost).
	f.RPC.VHosts, f.RPC.CORS, f.RPC.WSOrigins = []string{"*"}, []string{"*"}, []string{"*"}
	f.Metrics.Listen, f.Admin.Listen = "127.0.0.1:0", "127.0.0.1:0"
	return f
}

// devnetProducer shortens the producers' health hysteresis (3 checks of 100
// ms before a first campaign instead of 5 of 250 ms): the devnet's first
// block comes that much sooner.
func devnetProducer(c *producer.Config) {
	c.HealthInterval = 100 * time.Millisecond
	c.HealthyChecks = 3
}

// serviceInfos lists the running service nodes for devnet.json.
func (c *ServiceChain) serviceInfos() []ServiceNodeInfo {
	out := make([]ServiceNodeInfo, 0, len(c.nodes))
	for _, n := range c.nodes {
		f := n.File()
		si := ServiceNodeInfo{Name: n.Name(), Role: f.Producer.Role, Config: filepath.Join(f.Node.DataDir, config.NodeFileName),
			HTTP: n.HTTPURL(), WS: n.WSURL(), AdminTokenFile: filepath.Join(f.Node.DataDir, node.AdminTokenFile)}
		if a := n.Host().MetricsAddr(); a != "" {
			si.Metrics = "http://" + a
		}
		if a := n.Host().AdminAddr(); a != "" {
			si.Admin = "http://" + a
		}
		out = append(out, si)
	}
	return out
}

// bridgeEndpoints are the child endpoints of the bridge nodes: the first
// endpoint node and a standby (producer2), so a bridge node reads the chain
// from two nodes; a single dev node is read over WebSocket and HTTP.
func (c *ServiceChain) bridgeEndpoints() []string {
	if c.dev != nil {
		return []string{c.dev.WSURL(), c.dev.HTTPURL()}
	}
	out := []string{c.rpc.WSURL()}
	for _, name := range []string{"producer2", "producer1", "endpoint2"} {
		if n := c.Node(name); n != nil && n != c.rpc {
			return append(out, n.WSURL())
		}
	}
	return append(out, c.rpc.HTTPURL())
}
