package harness

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/producer"
)

// ServiceNodeConfig describes one `servicechain node run` process (a
// service-chain producer candidate or endpoint).
type ServiceNodeConfig struct {
	// Binary is the servicechain executable (see BuildServicechain). Required.
	Binary string
	// Name is node.name; the node lives in <Dir>/<Name> (node.toml, datadir,
	// node.log). Required.
	Name string
	// Dir is the run directory. Required.
	Dir string
	// File is the node's node.toml before the harness fills in node.name,
	// node.datadir and the listen addresses (rpc.http, rpc.ws, p2p.listen,
	// metrics.listen, admin.listen: fixed free ports chosen once, so a
	// restarted node is found at the same addresses). Required: the caller
	// sets etcd.endpoints, chain.genesis, producer.role, p2p.static_peers,
	// engine.* for an external execution node, bootstrap.from.
	File *config.NodeFile
	// External is the execution node the process drives over authrpc (nil:
	// the embedded one). Its engine URL and JWT secret go into File.
	External *ExternalGeth
}

// ServiceNode is a `servicechain node run` process.
type ServiceNode struct {
	cfg        ServiceNodeConfig
	dir        string
	configPath string
	key        *ecdsa.PrivateKey // devp2p node key (embedded node)
	p2pPort    int
	proc       *Proc
	file       *config.NodeFile
}

// NewServiceNode prepares a node (directory, node key, ports, node.toml)
// without starting it; Start starts it. A node with an embedded execution
// node gets a node key written into its datadir now, so its enode URL is
// known before it runs (other nodes' static peers).
func NewServiceNode(cfg ServiceNodeConfig) (*ServiceNode, error) {
	if cfg.Binary == "" || cfg.Name == "" || cfg.Dir == "" || cfg.File == nil {
		return nil, fmt.Errorf("harness: ServiceNodeConfig needs Binary, Name, Dir and File")
	}
	n := &ServiceNode{cfg: cfg, dir: filepath.Join(cfg.Dir, cfg.Name)}
	ports, err := FreePorts(5)
	if err != nil {
		return nil, err
	}
	f := *cfg.File
	f.Node.Name = cfg.Name
	f.Node.DataDir = filepath.Join(n.dir, "data")
	f.Metrics.Listen = fmt.Sprintf("127.0.0.1:%d", ports[0])
	f.Admin.Listen = fmt.Sprintf("127.0.0.1:%d", ports[1])
	if cfg.External != nil {
		f.Engine.URL, f.Engine.JWTSecret = cfg.External.AuthURL(), cfg.External.JWTPath()
		f.RPC.HTTP, f.RPC.WS, f.P2P.Listen, f.P2P.StaticPeers = "", "", "", nil
	} else {
		f.RPC.HTTP = fmt.Sprintf("127.0.0.1:%d", ports[2])
		f.RPC.WS = fmt.Sprintf("127.0.0.1:%d", ports[3])
		f.P2P.Listen = fmt.Sprintf("127.0.0.1:%d", ports[4])
		n.p2pPort = ports[4]
		if n.key, err = writeNodeKey(filepath.Join(f.Node.DataDir, "geth")); err != nil {
			return nil, err
		}
	}
	n.file = &f
	n.configPath = filepath.Join(n.dir, config.NodeFileName)
	if err := n.writeConfig(); err != nil {
		return nil, err
	}
	return n, nil
}

// writeNodeKey writes a fresh devp2p node key into dir/nodekey (geth's
// layout) and returns it.
func writeNodeKey(dir string) (*ecdsa.PrivateKey, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := crypto.SaveECDSA(filepath.Join(dir, "nodekey"), k); err != nil {
		return nil, err
	}
	return k, nil
}

func (n *ServiceNode) writeConfig() error {
	if err := n.file.Validate(); err != nil {
		return fmt.Errorf("harness: node %s: %w", n.cfg.Name, err)
	}
	if err := os.MkdirAll(n.dir, 0o755); err != nil {
		return err
	}
	return n.file.WriteFile(n.configPath, true)
}

// Reconfigure changes node.toml for the next Start (edit gets the current
// file). The node must be stopped.
func (n *ServiceNode) Reconfigure(edit func(f *config.NodeFile)) error {
	if n.Running() {
		return fmt.Errorf("harness: node %s is running; stop it before Reconfigure", n.cfg.Name)
	}
	edit(n.file)
	return n.writeConfig()
}

// Start starts (or restarts) the process and waits up to timeout until it
// answers on its admin API.
func (n *ServiceNode) Start(ctx context.Context, timeout time.Duration) error {
	var err error
	if n.proc == nil {
		n.proc, err = StartProc(ProcSpec{Name: "node", Path: n.cfg.Binary, Args: []string{"node", "run", "--config", n.configPath}, LogDir: n.dir})
	} else {
		err = n.proc.Restart()
	}
	if err != nil {
		return err
	}
	deadline := time.Now().Add(timeout)
	for {
		if _, err := n.Status(ctx); err == nil {
			return nil
		}
		if !n.proc.Running() {
			return fmt.Errorf("harness: node %s exited during start (%v); log tail:\n%s", n.cfg.Name, n.proc.ExitErr(), n.proc.LogTail(4000))
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("harness: node %s does not answer after %s; log tail:\n%s", n.cfg.Name, timeout, n.proc.LogTail(4000))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Name is node.name.
func (n *ServiceNode) Name() string { return n.cfg.Name }

// File is the node's current node.toml.
func (n *ServiceNode) File() *config.NodeFile { return n.file }

// DataDir is node.datadir.
func (n *ServiceNode) DataDir() string { return n.file.Node.DataDir }

// Proc is the process (nil before the first Start).
func (n *ServiceNode) Proc() *Proc { return n.proc }

// Running reports whether the process is alive (a SIGSTOPped one is).
func (n *ServiceNode) Running() bool { return n.proc != nil && n.proc.Running() }

// External is the external execution node the process drives, or nil.
func (n *ServiceNode) External() *ExternalGeth { return n.cfg.External }

// HTTPURL is the node's eth JSON-RPC over HTTP (the external geth's for an
// external node).
func (n *ServiceNode) HTTPURL() string {
	if n.cfg.External != nil {
		return n.cfg.External.HTTPURL()
	}
	return "http://" + n.file.RPC.HTTP
}

// WSURL is the node's eth JSON-RPC over WebSocket.
func (n *ServiceNode) WSURL() string {
	if n.cfg.External != nil {
		return n.cfg.External.WSURL()
	}
	return "ws://" + n.file.RPC.WS
}

// Enode is the devp2p URL of the node's execution node.
func (n *ServiceNode) Enode() string {
	if n.cfg.External != nil {
		return n.cfg.External.Enode()
	}
	return enode.NewV4(&n.key.PublicKey, net.IPv4(127, 0, 0, 1), n.p2pPort, n.p2pPort).URLv4()
}

// AdminAddr is host:port of the admin JSON-RPC.
func (n *ServiceNode) AdminAddr() string { return n.file.Admin.Listen }

// MetricsURL is http://host:port of /metrics, /healthz, /readyz.
func (n *ServiceNode) MetricsURL() string { return "http://" + n.file.Metrics.Listen }

// Status calls producer_status (3 s timeout).
func (n *ServiceNode) Status(ctx context.Context) (*producer.Status, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	c, err := n.dialAdmin(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var st producer.Status
	if err := c.CallContext(ctx, &st, "producer_status"); err != nil {
		return nil, err
	}
	return &st, nil
}

// Admin calls an admin method (producer_handover, producer_pause, ...).
func (n *ServiceNode) Admin(ctx context.Context, result any, method string, args ...any) error {
	c, err := n.dialAdmin(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.CallContext(ctx, result, method, args...)
}

// AdminToken is the admin API's bearer token, read from the node's
// <datadir>/admin.token (written when the node first starts).
func (n *ServiceNode) AdminToken() (string, error) {
	return node.ReadAdminToken(n.file.Node.DataDir)
}

// dialAdmin dials the admin JSON-RPC with the node's bearer token.
func (n *ServiceNode) dialAdmin(ctx context.Context) (*rpc.Client, error) {
	tok, err := n.AdminToken()
	if err != nil {
		return nil, err
	}
	return node.DialAdminToken(ctx, n.AdminAddr(), tok)
}

// Metrics scrapes /metrics ("name{labels}" -> value).
func (n *ServiceNode) Metrics(ctx context.Context) (map[string]float64, error) {
	return scrapeMetrics(ctx, n.MetricsURL())
}

// Dial connects to the node's eth JSON-RPC (HTTP).
func (n *ServiceNode) Dial(ctx context.Context) (*ethclient.Client, error) {
	return ethclient.DialContext(ctx, n.HTTPURL())
}

// Kill SIGKILLs the process (an external geth keeps running).
func (n *ServiceNode) Kill() error { return n.proc.Kill() }

// Stop SIGTERMs the process and waits up to 30 s.
func (n *ServiceNode) Stop() error { return n.proc.Stop(30 * time.Second) }

// Close kills the process and closes its log.
func (n *ServiceNode) Close() error {
	if n.proc == nil {
		return nil
	}
	return n.proc.Close()
}

// Wipe removes the node's datadir (it must be stopped) and, for an embedded
// node, writes its node key back, so it starts again as a new node with an
// empty datadir under the same enode.
func (n *ServiceNode) Wipe() error {
	if n.Running() {
		return fmt.Errorf("harness: node %s is running; stop it before Wipe", n.cfg.Name)
	}
	if err := os.RemoveAll(n.DataDir()); err != nil {
		return err
	}
	if n.key == nil {
		return nil
	}
	dir := filepath.Join(n.DataDir(), "geth")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return crypto.SaveECDSA(filepath.Join(dir, "nodekey"), n.key)
}
