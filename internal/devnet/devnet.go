// Package devnet runs a complete local service chain setup in one process: a
// parent chain (an embedded go-ethereum dev node), a service (child) chain
// (an embedded etcd with producer candidates and endpoint nodes, wired as
// `servicechain node run` wires them; or, with one producer, a single dev
// node), the bridge pair, the Anchor contract, a sample ERC-20 and ERC-721
// pair, and N bridge nodes (operators). It is what `servicechain devnet` runs and
// what the bridge integration tests drive (they stop, restart and wipe nodes).
//
// Each operator is wired exactly as `servicechain bridge run` wires it: a
// node.NewBridge host with the bridge service and, when its bridge.toml
// enables anchoring, the anchoring service.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/devchain"
	"github.com/servicechain/servicechain/internal/freeport"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/node"
)

// Defaults of Config (and of the `servicechain devnet` flags).
const (
	DefaultParentChainID = 1001
	DefaultChildChainID  = 1000
	DefaultOperators     = 3
	DefaultThreshold     = 2
	DefaultAccounts      = 10
	DefaultAnchorPeriod  = 10 // child blocks
	// DefaultAnchorThreshold is the Anchor's threshold (2 of the 3 default
	// operators, like the bridges; 1 with a single operator).
	DefaultAnchorThreshold = 2
	// DefaultTimelockDelay is the minimum delay of the devnet's
	// TimelockControllers, which own the contracts: seconds, so owner
	// commands on the devnet wait and execute within one command (a real
	// deployment waits two days: deploy.DefaultTimelockDelay).
	DefaultTimelockDelay = deploy.DevnetTimelockDelay
	// InfoFile is the file in the data directory that lists RPC URLs,
	// contracts, operators and dev accounts (rewritten on every start).
	InfoFile = "devnet.json"
	// OperatorPassword is the keystore password of the devnet operators
	// (written to each operator's password file; devnet keys are public).
	OperatorPassword = "devnet"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// eth returns n ether in wei.
func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// Config describes a devnet. Zero values take the defaults above.
type Config struct {
	// DataDir persists chains, keystores, node stores and devnet.json; a
	// restart on the same directory resumes. "" means a temporary directory
	// removed by Close.
	DataDir string
	// ParentChainID and ChildChainID are the EIP-155 chain ids (1001 and 1000).
	ParentChainID, ChildChainID uint64
	// BlockPeriod is the block interval of both chains (1s).
	BlockPeriod time.Duration
	// ParentHTTPPort, ParentWSPort, ChildHTTPPort, ChildWSPort: JSON-RPC ports
	// on 127.0.0.1; 0 lets the OS pick a free one.
	ParentHTTPPort, ParentWSPort, ChildHTTPPort, ChildWSPort int
	// Operators is the number of bridge nodes (3); Threshold the number of
	// votes a transfer needs (2).
	Operators, Threshold int
	// Accounts is the number of funded dev accounts (10). Account 0 deploys
	// the contracts and holds the sample ERC-20 supply.
	Accounts int
	// AnchorPeriod is the anchoring period in child blocks (10); NoAnchoring
	// turns anchoring off.
	AnchorPeriod uint64
	NoAnchoring  bool
	// ChildProducers is the number of the service chain's producer
	// candidates (0: DefaultChildProducers). ChildEndpoints is its number of
	// endpoint nodes: 0 means DefaultChildEndpoints, except with one
	// producer, where it means none; -1 means none. One producer and no
	// endpoint is today's single dev node (no etcd).
	ChildProducers, ChildEndpoints int
	// Logger receives devnet and node logs; nil means slog.Default().
	Logger *slog.Logger
	// Tune, when set, adjusts each operator's bridge.toml before it is
	// written on first start (tests shorten intervals with it).
	Tune func(i int, c *config.Config)
	// TimelockDelay is the minimum delay of owner changes (whole seconds;
	// DefaultTimelockDelay).
	TimelockDelay time.Duration
	// AnchorThreshold is the Anchor's threshold; 0 means
	// DefaultAnchorThreshold (at most Operators).
	AnchorThreshold uint8
	// Attestation turns on signature-aggregated handles (issue 14) on every
	// bridge node of a new devnet: each serves its signatures on a free
	// 127.0.0.1 port picked at creation (freeport.Take; attestation.listen)
	// and polls the other nodes' endpoints (attestation.peers); transfers
	// close by handleSignedBatch, with on-chain votes as the fallback. A
	// resumed devnet keeps what its bridge.toml files say.
	Attestation bool
}

func (c *Config) defaults() error {
	if c.ParentChainID == 0 {
		c.ParentChainID = DefaultParentChainID
	}
	if c.ChildChainID == 0 {
		c.ChildChainID = DefaultChildChainID
	}
	if c.ParentChainID == c.ChildChainID {
		return fmt.Errorf("devnet: parent and child chain ids are both %d: expected two different ids", c.ParentChainID)
	}
	if c.BlockPeriod == 0 {
		c.BlockPeriod = time.Second
	}
	if c.BlockPeriod < 0 {
		return fmt.Errorf("devnet: block time %s: expected a positive duration", c.BlockPeriod)
	}
	if c.Operators == 0 {
		c.Operators = DefaultOperators
	}
	if c.Threshold == 0 {
		c.Threshold = min(DefaultThreshold, c.Operators)
	}
	if c.Operators < 1 || c.Operators > 32 {
		return fmt.Errorf("devnet: operators %d: expected 1 to 32", c.Operators)
	}
	if c.Threshold < 1 || c.Threshold > c.Operators {
		return fmt.Errorf("devnet: threshold %d: expected 1 to the number of operators (%d)", c.Threshold, c.Operators)
	}
	if c.Accounts == 0 {
		c.Accounts = DefaultAccounts
	}
	if c.Accounts < 1 || c.Accounts > 1000 {
		return fmt.Errorf("devnet: accounts %d: expected 1 to 1000", c.Accounts)
	}
	if c.AnchorPeriod == 0 {
		c.AnchorPeriod = DefaultAnchorPeriod
	}
	if _, _, _, err := c.serviceShape(); err != nil {
		return err
	}
	if c.TimelockDelay == 0 {
		c.TimelockDelay = DefaultTimelockDelay
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}

// ChainInfo is one chain in devnet.json.
type ChainInfo struct {
	ChainID uint64 `json:"chainId"`
	HTTP    string `json:"http"`
	WS      string `json:"ws"`
}

// OperatorInfo is one bridge node in devnet.json.
type OperatorInfo struct {
	Address  common.Address `json:"address"`
	Config   string         `json:"config"`   // bridge.toml of this operator
	Keystore string         `json:"keystore"` // encrypted key file (password in PasswordFile)
	Password string         `json:"passwordFile"`
	Metrics  string         `json:"metrics"` // http://host:port (serves /metrics, /healthz, /readyz)
	Admin    string         `json:"admin"`   // admin JSON-RPC URL
	// AdminTokenFile holds the admin API's bearer token (node.AdminTokenFile
	// in the node's datadir, written on its first start).
	AdminTokenFile string `json:"adminTokenFile"`
	// Attestation is the base URL of the node's attestation endpoint
	// (GET /v1/attestations; issue 14), "" when aggregation is off.
	Attestation string `json:"attestation,omitempty"`
}

// Account is a funded dev account. Its key is public knowledge: dev use only.
type Account struct {
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"` // 0x-prefixed hex
}

// Info is the content of devnet.json: everything a user or a tool needs to
// talk to the devnet.
type Info struct {
	Parent       ChainInfo         `json:"parent"`
	Child        ChainInfo         `json:"child"`
	Contracts    deploy.Deployment `json:"contracts"`
	Threshold    int               `json:"threshold"`
	AnchorPeriod uint64            `json:"anchorPeriod"` // child blocks; 0 = anchoring off
	Operators    []OperatorInfo    `json:"operators"`
	// ServiceNodes are the service chain's nodes (none for a single dev node).
	ServiceNodes []ServiceNodeInfo `json:"serviceNodes,omitempty"`
	Accounts     []Account         `json:"accounts"`
}

// ReadInfo reads devnet.json from a devnet data directory.
func ReadInfo(dir string) (*Info, error) {
	path := filepath.Join(dir, InfoFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w (is a devnet running with --datadir %s?)", err, dir)
	}
	var info Info
	if err := json.Unmarshal(b, &info); err != nil {
		return nil, fmt.Errorf("devnet: %s: %w", path, err)
	}
	return &info, nil
}

// AccountKey returns the i-th dev account key (deterministic; public).
func AccountKey(i int) *ecdsa.PrivateKey { return devchain.DevKey(i) }

// OperatorKey returns the i-th operator key (deterministic; public).
func OperatorKey(i int) *ecdsa.PrivateKey { return devchain.DevKey(10_000 + i) }

// Devnet is a running devnet.
type Devnet struct {
	cfg     Config
	dir     string
	tempDir bool
	log     *slog.Logger

	// Parent is the parent chain, Child the service chain.
	Parent *devchain.Chain
	Child  *ServiceChain

	mu    sync.Mutex
	info  Info
	nodes []*nodeHandle
	// moved maps a previous run's chain RPC URLs to this run's (the chains
	// may listen on other free ports after a restart).
	moved map[string]string
}

type nodeHandle struct {
	cfgPath string
	key     *ecdsa.PrivateKey
	cancel  context.CancelFunc
	done    chan error
	node    *Node
}

// Node is one running operator: its host and the services registered on it.
type Node struct {
	// Host owns the operator's chains, tx managers, store, metrics and admin
	// server (MetricsAddr, AdminAddr, NotReady, Registry).
	Host *node.Host
	// Bridge is the operator's bridge service (Status).
	Bridge *bridge.Service
	// Anchor is the anchoring service, nil when anchoring is off.
	Anchor *anchor.Service
}

// newOperator builds operator cfg's host and services, as `bridge run` does.
func newOperator(cfg *config.Config, key *ecdsa.PrivateKey, log *slog.Logger) (*Node, error) {
	h, err := node.NewBridge(node.BridgeOptions{Config: cfg, ParentKey: key, ChildKey: key, Logger: log})
	if err != nil {
		return nil, err
	}
	n := &Node{Host: h}
	if n.Bridge, err = bridge.New(h, cfg); err == nil {
		err = h.Register(n.Bridge)
	}
	if err == nil && cfg.Anchoring.Enabled {
		if n.Anchor, err = anchor.New(h, cfg); err == nil {
			err = h.Register(n.Anchor)
		}
	}
	if err != nil { // nothing ran: release the store and clients
		h.Close()
		return nil, err
	}
	return n, nil
}

// Start brings a devnet up: chains, contracts (deployed once; a restart on the
// same DataDir reuses them), keystores and bridge.toml files, and the bridge
// nodes. It returns once every node listens. Errors name what failed, for
// example a port already in use.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	d := &Devnet{cfg: cfg, dir: cfg.DataDir, log: cfg.Logger}
	if d.dir == "" {
		dir, err := os.MkdirTemp("", "servicechain-devnet-")
		if err != nil {
			return nil, fmt.Errorf("devnet: temporary directory: %w", err)
		}
		d.dir, d.tempDir = dir, true
	} else if err := os.MkdirAll(d.dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: data directory %s: %w", d.dir, err)
	}
	ok := false
	defer func() {
		if !ok {
			d.Close()
		}
	}()
	prev, _ := ReadInfo(d.dir)
	if err := d.startChains(); err != nil {
		return nil, err
	}
	if prev != nil && prev.Contracts.ParentBridge != (common.Address{}) {
		if err := d.resume(prev); err != nil {
			return nil, err
		}
	} else if err := d.create(ctx); err != nil {
		return nil, err
	}
	for i := range d.nodes {
		if err := d.startNode(i); err != nil {
			return nil, err
		}
	}
	if err := d.writeInfo(); err != nil {
		return nil, err
	}
	ok = true
	return d, nil
}

func (d *Devnet) startChains() error {
	alloc := map[common.Address]*big.Int{}
	for i := 0; i < d.cfg.Accounts; i++ {
		alloc[crypto.PubkeyToAddress(AccountKey(i).PublicKey)] = eth(10_000)
	}
	alloc[crypto.PubkeyToAddress(AccountKey(0).PublicKey)] = eth(10_000_000) // deployer: bridge liquidity
	for i := 0; i < d.cfg.Operators; i++ {
		alloc[crypto.PubkeyToAddress(OperatorKey(i).PublicKey)] = eth(1_000)
	}
	var err error
	d.Parent, err = devchain.Start(devchain.Config{ChainID: d.cfg.ParentChainID, BlockPeriod: d.cfg.BlockPeriod,
		DataDir: filepath.Join(d.dir, "parent"), HTTPPort: d.cfg.ParentHTTPPort, WSPort: d.cfg.ParentWSPort, Alloc: alloc})
	if err != nil {
		return fmt.Errorf("devnet: parent chain: %w", err)
	}
	d.Child, err = startServiceChain(context.Background(), d.cfg, filepath.Join(d.dir, "child"), alloc, d.log)
	if err != nil {
		return fmt.Errorf("devnet: child chain: %w", err)
	}
	d.info.ServiceNodes = d.Child.serviceInfos()
	d.info.Parent = ChainInfo{ChainID: d.cfg.ParentChainID, HTTP: d.Parent.HTTPURL(), WS: d.Parent.WSURL()}
	d.info.Child = ChainInfo{ChainID: d.cfg.ChildChainID, HTTP: d.Child.HTTPURL(), WS: d.Child.WSURL()}
	for i := 0; i < d.cfg.Accounts; i++ {
		k := AccountKey(i)
		d.info.Accounts = append(d.info.Accounts, Account{Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))})
	}
	return nil
}

// create deploys the contracts and writes each operator's keystore, password
// file and bridge.toml.
func (d *Devnet) create(ctx context.Context) error {
	owner := AccountKey(0)
	ops := make([]common.Address, d.cfg.Operators)
	for i := range ops {
		ops[i] = crypto.PubkeyToAddress(OperatorKey(i).PublicKey)
	}
	d.log.Info("deploying contracts", "operators", len(ops), "threshold", d.cfg.Threshold)
	dep, err := deploy.Setup(ctx, d.Parent.Client(), d.Child.Client(),
		bind.NewKeyedTransactor(owner, new(big.Int).SetUint64(d.cfg.ParentChainID)),
		bind.NewKeyedTransactor(owner, new(big.Int).SetUint64(d.cfg.ChildChainID)),
		deploy.Options{
			Operators:             ops,
			Threshold:             uint8(d.cfg.Threshold),
			AnchorThreshold:       d.anchorThreshold(),
			ParentNativeLiquidity: eth(1_000_000),
			ChildNativeLiquidity:  eth(1_000_000),
			DeployTokens:          true,
			Timelock:              true,
			TimelockDelay:         d.cfg.TimelockDelay,
		})
	if err != nil {
		return fmt.Errorf("devnet: deploy: %w", err)
	}
	d.info.Contracts = *dep
	d.info.Threshold = d.cfg.Threshold
	if !d.cfg.NoAnchoring {
		d.info.AnchorPeriod = d.cfg.AnchorPeriod
	}
	var attest []string // host:port of each node's attestation endpoint
	if d.cfg.Attestation {
		ports, err := freeport.Take(d.cfg.Operators)
		if err != nil {
			return fmt.Errorf("devnet: attestation endpoints: %w", err)
		}
		for _, p := range ports {
			attest = append(attest, net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		}
	}
	for i := 0; i < d.cfg.Operators; i++ {
		op, err := d.writeOperator(i, dep, attest)
		if err != nil {
			return err
		}
		d.info.Operators = append(d.info.Operators, op)
		d.nodes = append(d.nodes, &nodeHandle{cfgPath: op.Config, key: OperatorKey(i)})
	}
	return nil
}

// resume reuses a previous run's contracts and operator files.
func (d *Devnet) resume(prev *Info) error {
	d.info.Contracts, d.info.Threshold, d.info.AnchorPeriod = prev.Contracts, prev.Threshold, prev.AnchorPeriod
	d.moved = map[string]string{
		prev.Parent.HTTP: d.info.Parent.HTTP, prev.Parent.WS: d.info.Parent.WS,
		prev.Child.HTTP: d.info.Child.HTTP, prev.Child.WS: d.info.Child.WS,
	}
	for _, p := range prev.ServiceNodes { // the service nodes listen on new ports
		for _, n := range d.info.ServiceNodes {
			if n.Name == p.Name {
				d.moved[p.HTTP], d.moved[p.WS] = n.HTTP, n.WS
			}
		}
	}
	for i, op := range prev.Operators {
		if _, err := os.Stat(op.Config); err != nil {
			return fmt.Errorf("devnet: resuming operator %d: %w", i, err)
		}
		op.Metrics, op.Admin = "", ""
		d.info.Operators = append(d.info.Operators, op)
		d.nodes = append(d.nodes, &nodeHandle{cfgPath: op.Config, key: OperatorKey(i)})
	}
	if len(d.nodes) == 0 {
		return fmt.Errorf("devnet: %s lists no operators", filepath.Join(d.dir, InfoFile))
	}
	d.log.Info("resuming devnet", "dir", d.dir, "operators", len(d.nodes))
	return nil
}

// writeOperator writes operator i's keystore, password and bridge.toml;
// attest, when not empty, is every node's attestation endpoint (host:port).
func (d *Devnet) writeOperator(i int, dep *deploy.Deployment, attest []string) (OperatorInfo, error) {
	dir := filepath.Join(d.dir, "operators", "op"+strconv.Itoa(i+1))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return OperatorInfo{}, fmt.Errorf("devnet: %w", err)
	}
	key := OperatorKey(i)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	ksDir := filepath.Join(dir, "keystore")
	acct, err := keys.ImportKey(ksDir, key, OperatorPassword, true)
	if err != nil {
		return OperatorInfo{}, fmt.Errorf("devnet: operator %d keystore: %w", i+1, err)
	}
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte(OperatorPassword+"\n"), 0o600); err != nil {
		return OperatorInfo{}, fmt.Errorf("devnet: %w", err)
	}
	c := config.Default()
	c.Node.Name = "op" + strconv.Itoa(i+1)
	c.Node.DataDir = filepath.Join(dir, "data")
	for _, side := range []struct {
		cc        *config.ChainConfig
		endpoints []string
		id        uint64
		bridge    common.Address
		start     uint64
	}{{&c.Parent, []string{d.Parent.WSURL(), d.Parent.HTTPURL()}, d.cfg.ParentChainID, dep.ParentBridge, dep.ParentBridgeBlock},
		{&c.Child, d.Child.bridgeEndpoints(), d.cfg.ChildChainID, dep.ChildBridge, dep.ChildBridgeBlock}} {
		side.cc.Endpoints = side.endpoints
		side.cc.ChainID = side.id
		side.cc.Bridge = side.bridge
		side.cc.Keystore = acct.Path
		side.cc.PasswordFile = pwFile
		side.cc.StartBlock = side.start
		// Dev chains: 0 confirmations, so transfers take a block, not minutes.
		// Unsafe on a real chain (a reorg after a payout is a double spend).
		side.cc.AllowUnsafeConfirmations = true
	}
	// A tenth of a block (100 ms with 1-second blocks, at most the config's
	// default): a transfer is then handled in the child block after the
	// request's; at a quarter or half a block it took two (BENCHMARKS.md,
	// issue 14 fourth pass). An idle devnet measured 3.9 s of CPU per 30 s
	// with it, 2.5 s at half a block.
	c.Bridge.PollInterval = min(c.Bridge.PollInterval, max(d.cfg.BlockPeriod/10, 100*time.Millisecond))
	c.Anchoring.Enabled = !d.cfg.NoAnchoring
	c.Anchoring.Period = d.cfg.AnchorPeriod
	c.Parent.Anchor = dep.Anchor
	c.Metrics.Listen = "127.0.0.1:0"
	c.Admin.Listen = "127.0.0.1:0"
	if len(attest) > 0 {
		c.Attestation.Enabled = true
		c.Attestation.Listen = attest[i]
		for j, a := range attest {
			if j != i {
				c.Attestation.Peers = append(c.Attestation.Peers, "http://"+a)
			}
		}
	}
	if d.cfg.Tune != nil {
		d.cfg.Tune(i, c)
	}
	path := filepath.Join(dir, "bridge.toml")
	if err := c.WriteFile(path, true); err != nil {
		return OperatorInfo{}, fmt.Errorf("devnet: operator %d: %w", i+1, err)
	}
	info := OperatorInfo{Address: addr, Config: path, Keystore: acct.Path, Password: pwFile,
		AdminTokenFile: filepath.Join(c.Node.DataDir, node.AdminTokenFile)}
	if c.Attestation.Enabled && c.Attestation.Listen != "" {
		info.Attestation = "http://" + c.Attestation.Listen
	}
	return info, nil
}

// anchorThreshold is Config.AnchorThreshold or its default.
func (d *Devnet) anchorThreshold() uint8 {
	if d.cfg.AnchorThreshold > 0 {
		return d.cfg.AnchorThreshold
	}
	return uint8(min(DefaultAnchorThreshold, d.cfg.Operators))
}

// StartNode starts operator i's bridge node (0-based) from its bridge.toml
// and rewrites devnet.json with its metrics and admin addresses. Starting a
// running node is an error.
func (d *Devnet) StartNode(i int) error {
	if err := d.startNode(i); err != nil {
		return err
	}
	return d.writeInfo()
}

func (d *Devnet) startNode(i int) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i < 0 || i >= len(d.nodes) {
		return fmt.Errorf("devnet: operator index %d: expected 0 to %d", i, len(d.nodes)-1)
	}
	h := d.nodes[i]
	if h.cancel != nil {
		return fmt.Errorf("devnet: operator %d is already running", i+1)
	}
	cfg, err := config.Load(h.cfgPath)
	if err != nil {
		return err
	}
	// The endpoints in bridge.toml are from the first start; the chains may
	// listen on other free ports now. Endpoints a user or test put there
	// themselves are kept.
	for _, eps := range [][]string{cfg.Parent.Endpoints, cfg.Child.Endpoints} {
		for j, e := range eps {
			if now, ok := d.moved[e]; ok {
				eps[j] = now
			}
		}
	}
	n, err := newOperator(cfg, h.key, d.log)
	if err != nil {
		return fmt.Errorf("devnet: operator %d: %w", i+1, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel, h.done, h.node = cancel, make(chan error, 1), n
	go func() { h.done <- n.Host.Run(ctx) }()
	select {
	case <-n.Host.Started():
	case err := <-h.done:
		cancel()
		h.cancel, h.node = nil, nil
		return fmt.Errorf("devnet: operator %d: %w", i+1, err)
	}
	if addr := n.Host.MetricsAddr(); addr != "" {
		d.info.Operators[i].Metrics = "http://" + addr
	}
	if addr := n.Host.AdminAddr(); addr != "" {
		d.info.Operators[i].Admin = "http://" + addr
	}
	return nil
}

// StopNode stops operator i's bridge node and waits until its services
// returned and its store is closed. Stopping a stopped node does nothing.
func (d *Devnet) StopNode(i int) error {
	d.mu.Lock()
	if i < 0 || i >= len(d.nodes) {
		d.mu.Unlock()
		return fmt.Errorf("devnet: operator index %d: expected 0 to %d", i, len(d.nodes)-1)
	}
	h := d.nodes[i]
	cancel, done := h.cancel, h.done
	h.cancel, h.node = nil, nil
	d.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	return <-done
}

// Node returns operator i's running node, or nil when it is stopped.
func (d *Devnet) Node(i int) *Node {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.nodes[i].node
}

// NodeConfigPath returns operator i's bridge.toml.
func (d *Devnet) NodeConfigPath(i int) string { return d.nodes[i].cfgPath }

// Info returns a copy of what devnet.json holds.
func (d *Devnet) Info() Info {
	d.mu.Lock()
	defer d.mu.Unlock()
	info := d.info
	info.Operators = append([]OperatorInfo(nil), d.info.Operators...)
	info.ServiceNodes = append([]ServiceNodeInfo(nil), d.info.ServiceNodes...)
	return info
}

// Dir returns the data directory.
func (d *Devnet) Dir() string { return d.dir }

func (d *Devnet) writeInfo() error {
	info := d.Info()
	b, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(d.dir, InfoFile)
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// Close stops the nodes and the chains; a temporary data directory is removed.
func (d *Devnet) Close() error {
	var errs []error
	for i := range d.nodes {
		if err := d.StopNode(i); err != nil {
			errs = append(errs, err)
		}
	}
	if d.Child != nil {
		if err := d.Child.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if d.Parent != nil {
		if err := d.Parent.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if d.tempDir {
		os.RemoveAll(d.dir)
	}
	return errors.Join(errs...)
}
