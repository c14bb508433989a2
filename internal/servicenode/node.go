// Package servicenode is the service-chain node daemon (`servicechain node
// run`, issue 10): one go-ethereum execution node (embedded, or an external
// one over authenticated authrpc), the block producer of internal/producer
// coordinated through etcd, and the host of internal/node (metrics, /readyz,
// the admin JSON-RPC namespace "producer"), all configured by one node.toml
// (internal/config NodeFile).
//
// The devnet runs its service chain from the same New, so the in-process
// devnet and separate `node run` processes are wired alike. The admin side
// (status, handover, pause, resume over the node's admin JSON-RPC) is in
// ctl.go, genesis and datadir initialisation in genesis.go.
package servicenode

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/params"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/engine"
	"github.com/servicechain/servicechain/internal/execution"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/producer"
)

// PauseFileName is the file in node.datadir that exists while campaigning is
// paused (producer_pause writes it, producer_resume removes it), so a
// restarted node stays paused.
const PauseFileName = "producer.paused"

// etcdKeepAlive is the gRPC keepalive of the node's etcd client: a member
// that is SIGSTOPped or cut off keeps its TCP connection open but never
// answers; the pings make the client drop it within about two seconds
// instead of hanging every call routed to it.
const etcdKeepAlive = time.Second

// Options configures New.
type Options struct {
	// File is the node's configuration (node.toml). Required; it is validated.
	File *config.NodeFile
	// Genesis, when set, is used instead of reading File.Chain.Genesis (the
	// devnet passes the genesis it made).
	Genesis *core.Genesis
	// Logger receives the node's logs; nil means slog.Default().
	Logger *slog.Logger
	// TuneProducer, when set, adjusts the producer's Config after it was
	// made from File (the devnet shortens the health checks with it).
	TuneProducer func(*producer.Config)
}

// Node is one service-chain node, built by New and run by Run.
type Node struct {
	file *config.NodeFile
	log  *slog.Logger
	host *node.Host
	el   *execution.Node // nil with an external execution node
	eng  *engine.Client  // el.Engine() or the dialed authrpc client
	etcd *clientv3.Client
	prod *producer.Producer
	peer *peerSource // bootstrap.from, nil without

	closeOnce sync.Once
}

// New builds a node from o.File: it initialises an empty datadir from the
// genesis (chain.genesis) when the execution node is embedded, starts that
// node (listeners open) or connects to the external one, creates the etcd
// client and the producer, and registers the producer on a host. Nothing
// produces or follows until Run. Errors name the key or the file; on error
// everything New opened is closed.
func New(ctx context.Context, o Options) (_ *Node, err error) {
	f := o.File
	if f == nil {
		return nil, errors.New("servicenode: no configuration")
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	if err := os.MkdirAll(f.Node.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("node.datadir %s: %w", f.Node.DataDir, err)
	}
	n := &Node{file: f, log: log}
	defer func() {
		if err != nil {
			n.release()
		}
	}()
	genesis := o.Genesis
	if genesis == nil && f.Chain.Genesis != "" {
		if genesis, err = execution.ReadGenesisFile(f.Chain.Genesis); err != nil {
			return nil, fmt.Errorf("chain.genesis: %w", err)
		}
	}
	var chainCfg *params.ChainConfig
	if f.External() {
		if genesis == nil {
			return nil, errors.New("chain.genesis is missing: expected the chain's genesis.json with engine.url (the producer needs the fork schedule; the external node was initialised from the same file)")
		}
		chainCfg = genesis.Config
		if n.eng, err = engine.DialJWTFile(ctx, f.Engine.URL, f.Engine.JWTSecret); err != nil {
			return nil, fmt.Errorf("engine.url %s: %w", f.Engine.URL, err)
		}
	} else {
		if n.el, err = startExecution(f, genesis); err != nil {
			return nil, err
		}
		n.eng, chainCfg = n.el.Engine(), n.el.ChainConfig()
	}
	if n.etcd, err = dialEtcd(f.Etcd); err != nil {
		return nil, err
	}
	pcfg := producer.Config{
		Name: f.Node.Name, Role: producer.Role(f.Producer.Role), ChainConfig: chainCfg, Prefix: f.Etcd.Prefix,
		Period: f.Producer.BlockPeriod, SessionTTL: f.Etcd.SessionTTL, FeeRecipient: f.Producer.FeeRecipient,
		LogWindow: f.Producer.LogWindow, CampaignMaxLag: f.Producer.CampaignMaxLag, ReadyMaxLag: f.Producer.ReadyMaxLag,
		HealthInterval: f.Producer.HealthInterval, TakeoverGrace: f.Producer.TakeoverGrace, PauseFile: filepath.Join(f.Node.DataDir, PauseFileName),
		Logger: log.With("node", f.Node.Name),
	}
	if n.el != nil {
		pcfg.Peers = n.el.PeerCount
	}
	if f.Bootstrap.From != "" {
		n.peer = &peerSource{url: f.Bootstrap.From}
		pcfg.Bootstrap = n.peer
	}
	if o.TuneProducer != nil {
		o.TuneProducer(&pcfg)
	}
	if n.prod, err = producer.New(pcfg, n.etcd, n.eng); err != nil {
		return nil, err
	}
	// The admin API (handover, pause, resume) wants the bearer token in
	// <datadir>/admin.token, as the bridge node's does (issue 13).
	tok, err := node.EnsureAdminToken(f.Node.DataDir)
	if err != nil {
		return nil, err
	}
	if n.host, err = node.New(node.Config{Name: f.Node.Name, Daemon: "service-chain node", DataDir: f.Node.DataDir,
		MetricsListen: f.Metrics.Listen, AdminListen: f.Admin.Listen, Logger: log}, node.WithAdminToken(tok)); err != nil {
		return nil, err
	}
	if err := n.host.Register(n.prod); err != nil {
		return nil, err
	}
	return n, nil
}

// startExecution starts the embedded execution node of f, initialising an
// empty datadir from genesis.
func startExecution(f *config.NodeFile, genesis *core.Genesis) (*execution.Node, error) {
	dir := f.Node.DataDir
	cfg := execution.Config{
		Name: f.Node.Name, DataDir: dir, HTTPAddr: f.RPC.HTTP, WSAddr: f.RPC.WS,
		VirtualHosts: f.RPC.VHosts, CORS: f.RPC.CORS, WSOrigins: f.RPC.WSOrigins,
		P2PAddr: f.P2P.Listen, StaticPeers: f.P2P.StaticPeers, MaxPeers: f.P2P.MaxPeers,
	}
	if !execution.Initialised(dir) {
		if genesis == nil {
			return nil, fmt.Errorf("node.datadir %s holds no chain: run `servicechain node init --genesis FILE --datadir %s`, or set chain.genesis", dir, dir)
		}
		cfg.Genesis = genesis
	}
	el, err := execution.Start(cfg)
	if err != nil {
		return nil, err
	}
	if genesis != nil && el.GenesisHash() != genesis.ToBlock().Hash() {
		el.Close()
		return nil, fmt.Errorf("chain.genesis %s has genesis block %s, node.datadir %s holds %s", f.Chain.Genesis, genesis.ToBlock().Hash(), dir, el.GenesisHash())
	}
	return el, nil
}

// dialEtcd creates the etcd client of [etcd] (it connects in the
// background; the producer waits for etcd).
func dialEtcd(c config.NodeEtcd) (*clientv3.Client, error) {
	cc := clientv3.Config{
		Endpoints: c.Endpoints, DialTimeout: c.DialTimeout, Logger: zap.NewNop(),
		DialKeepAliveTime: etcdKeepAlive, DialKeepAliveTimeout: etcdKeepAlive,
	}
	if c.Username != "" {
		// keys.ReadPassword refuses a file others may read, as for every
		// other secret file (issue 13).
		pw, err := keys.ReadPassword(c.PasswordFile, "")
		if err != nil {
			return nil, fmt.Errorf("etcd.password_file: %w", err)
		}
		cc.Username, cc.Password = c.Username, pw
	}
	if c.CAFile != "" || c.CertFile != "" || c.ServerName != "" || hasHTTPS(c.Endpoints) {
		t := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: c.ServerName}
		if c.CAFile != "" {
			pem, err := os.ReadFile(c.CAFile)
			if err != nil {
				return nil, fmt.Errorf("etcd.tls.ca_file: %w", err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("etcd.tls.ca_file %s: no PEM certificate in it", c.CAFile)
			}
			t.RootCAs = pool
		}
		if c.CertFile != "" {
			cert, err := tls.LoadX509KeyPair(c.CertFile, c.KeyFile)
			if err != nil {
				return nil, fmt.Errorf("etcd.tls.cert_file / key_file: %w", err)
			}
			t.Certificates = []tls.Certificate{cert}
		}
		cc.TLS = t
	}
	cli, err := clientv3.New(cc)
	if err != nil {
		return nil, fmt.Errorf("etcd.endpoints %v: %w", c.Endpoints, err)
	}
	return cli, nil
}

func hasHTTPS(eps []string) bool {
	for _, e := range eps {
		if strings.HasPrefix(e, "https://") {
			return true
		}
	}
	return false
}

// Run runs the host (and so the producer) until ctx ends, then closes the
// execution node and the etcd client. It returns nil when ctx ended and an
// error when the producer cannot go on (producer.ErrDiverged,
// producer.ErrGenesisMismatch, ...) or a listener cannot be opened.
func (n *Node) Run(ctx context.Context) error {
	defer n.release()
	return n.host.Run(ctx)
}

// Close releases a node that never ran (Run releases it otherwise).
func (n *Node) Close() { n.release() }

func (n *Node) release() {
	n.closeOnce.Do(func() {
		if n.host != nil {
			n.host.Close()
		}
		if n.etcd != nil {
			n.etcd.Close()
		}
		if n.peer != nil {
			n.peer.close()
		}
		if n.el != nil {
			if err := n.el.Close(); err != nil {
				n.log.Warn("closing the execution node", "err", err)
			}
		} else if n.eng != nil {
			n.eng.Close()
		}
	})
}

// Name is node.name.
func (n *Node) Name() string { return n.file.Node.Name }

// File is the node's configuration.
func (n *Node) File() *config.NodeFile { return n.file }

// Host is the node's host (metrics and admin addresses, readiness).
func (n *Node) Host() *node.Host { return n.host }

// Producer is the node's block producer (Status, Handover, Pause, Resume).
func (n *Node) Producer() *producer.Producer { return n.prod }

// Syncing describes what the node is catching up on ("" when nothing, or
// before its producer exists): Producer.Syncing, shown by `node run` on a
// terminal's status line.
func (n *Node) Syncing() string {
	if n.prod == nil {
		return ""
	}
	return n.prod.Syncing()
}

// Execution is the embedded execution node, or nil for an external one.
func (n *Node) Execution() *execution.Node { return n.el }

// HTTPURL is the embedded node's HTTP JSON-RPC URL ("" without, or external).
func (n *Node) HTTPURL() string {
	if n.el == nil {
		return ""
	}
	return n.el.HTTPURL()
}

// WSURL is the embedded node's WebSocket JSON-RPC URL ("" without, or external).
func (n *Node) WSURL() string {
	if n.el == nil {
		return ""
	}
	return n.el.WSURL()
}

// Enode is the embedded node's devp2p URL ("" for an external node).
func (n *Node) Enode() string {
	if n.el == nil {
		return ""
	}
	return n.el.Enode()
}
