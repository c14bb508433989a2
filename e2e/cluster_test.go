//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/deploy"
)

// Key indexes of harness.TestKey used by the scenarios.
const (
	ownerKeyIndex    = 0   // deploys and owns the bridges, anchor and tokens on both chains
	operatorKeyIndex = 100 // operator i is TestKey(100+i)
	userKeyIndex     = 200 // user i is TestKey(200+i)
)

// NFT id ranges minted to users: parent-born ids below childNFTBase, child-born from it.
const (
	parentNFTBase = 1
	childNFTBase  = 1_000_000
)

type clusterOpts struct {
	operators    int   // bridge operators (default 4)
	threshold    uint8 // value-transfer threshold (default 2)
	users        int   // user wallets (default 4)
	userTokens   int64 // ERC-20 tokens (whole units) each user gets on the parent (default 10,000)
	nftsPerChain int   // NFTs minted to each user on each chain (default 10)
	// child, when set, starts the child chain (funded with alloc) instead of
	// a geth dev chain: the service-chain scenarios run it as `servicechain
	// node run` processes.
	child func(t *testing.T, dir string, alloc map[common.Address]*big.Int) harness.Chain
	// timelockDelay is the --timelock-delay of `servicechain deploy` (0: its default).
	timelockDelay time.Duration
}

// cluster is two geth chains with the full contract setup (`servicechain deploy`:
// bridges, anchor, sample ERC-20/ERC-721 pair), funded operators and users.
// Bridge nodes are added by the scenarios.
type cluster struct {
	t          *testing.T
	dir        string
	gethBin    string
	parent     *harness.Geth
	child      harness.Chain // childGeth, or the service chain of `node run` processes (clusterOpts.child)
	childGeth  *harness.Geth // nil when the child is a service chain
	pec, cec   *ethclient.Client
	owner      *ecdsa.PrivateKey // deploys and owns the contracts on both chains
	childOwner *ecdsa.PrivateKey // == owner (one key, as `servicechain deploy` takes)
	operators  []*ecdsa.PrivateKey
	users      []*ecdsa.PrivateKey
	dep        *deploy.Deployment
	js         *harness.JSClient
	opts       clusterOpts
}

func newCluster(t *testing.T, o clusterOpts) *cluster {
	t.Helper()
	if o.operators == 0 {
		o.operators = 4
	}
	if o.threshold == 0 {
		o.threshold = 2
	}
	if o.users == 0 {
		o.users = 4
	}
	if o.userTokens == 0 {
		o.userTokens = 10_000
	}
	if o.nftsPerChain == 0 {
		o.nftsPerChain = 10
	}
	c := &cluster{t: t, opts: o, owner: harness.TestKey(ownerKeyIndex)}
	c.childOwner = c.owner
	c.gethBin = buildGeth(t)
	c.dir = newRunDir(t)
	alloc := map[common.Address]*big.Int{harness.KeyAddress(c.owner): eth(10_000_000)}
	for i := 0; i < o.operators; i++ {
		k := harness.TestKey(operatorKeyIndex + i)
		c.operators = append(c.operators, k)
		alloc[harness.KeyAddress(k)] = eth(1000)
	}
	for i := 0; i < o.users; i++ {
		k := harness.TestKey(userKeyIndex + i)
		c.users = append(c.users, k)
		alloc[harness.KeyAddress(k)] = eth(10_000)
	}
	if o.child == nil {
		c.parent, c.childGeth = startChains(t, c.gethBin, c.dir, alloc)
		c.child = c.childGeth
	} else {
		c.parent = startChain(t, c.gethBin, c.dir, "parent", parentChainID, alloc)
		c.child = o.child(t, c.dir, alloc)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var err error
	if c.pec, err = c.parent.Dial(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.pec.Close)
	if c.cec, err = c.child.Dial(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.cec.Close)
	c.js = newJSClient(t)

	start := time.Now()
	c.dep = c.deployContracts(ctx)
	t.Logf("contracts deployed with `servicechain deploy` in %s: %+v", time.Since(start).Round(time.Millisecond), *c.dep)

	// Users: ERC-20 on the parent, NFTs on both chains.
	tokenABI, nftABI := bindings.NewServiceChainToken(), bindings.NewServiceChainNFT()
	var pcalls, ccalls []txCall
	for i, u := range c.users {
		addr := harness.KeyAddress(u)
		pcalls = append(pcalls, txCall{to: c.dep.ParentToken, data: tokenABI.PackTransfer(addr, eth(o.userTokens))})
		for j := 0; j < o.nftsPerChain; j++ {
			pid, cid := c.nftID(false, i, j), c.nftID(true, i, j)
			pcalls = append(pcalls, txCall{to: c.dep.ParentNFT, data: nftABI.PackMintWithTokenURI(addr, pid, fmt.Sprintf("ipfs://parent/%s", pid))})
			ccalls = append(ccalls, txCall{to: c.dep.ChildNFT, data: nftABI.PackMintWithTokenURI(addr, cid, fmt.Sprintf("ipfs://child/%s", cid))})
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		newChainTx(t, ctx, c.child, c.childOwner).batch(ctx, "child NFT mints", ccalls)
	}()
	newChainTx(t, ctx, c.parent, c.owner).batch(ctx, "parent token transfers and NFT mints", pcalls)
	<-done
	t.Logf("cluster ready in %s: %d operators (threshold %d), %d users", time.Since(start).Round(time.Millisecond), o.operators, o.threshold, o.users)
	return c
}

// deployContracts deploys and wires the contracts with the `servicechain
// deploy` binary (owner key from a 0600 file; operators, threshold, 1000 ether
// of native liquidity per bridge, the sample ERC-20/ERC-721 pair, the
// Anchor) and returns the addresses it prints. One key owns both chains'
// contracts; a self-transfer on the child first shifts the owner's child
// nonce so that no contract has the same address on both chains (an address
// mix-up between the chains then fails instead of passing by accident).
func (c *cluster) deployContracts(ctx context.Context) *deploy.Deployment {
	c.t.Helper()
	newChainTx(c.t, ctx, c.child, c.owner).send(ctx, "shift the owner's child nonce", ptr(harness.KeyAddress(c.owner)), nil, big.NewInt(1))
	bin, err := harness.BuildServicechain(ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	keyFile := filepath.Join(c.dir, "owner.key")
	if err := os.WriteFile(keyFile, []byte(harness.KeyHex(c.owner)+"\n"), 0o600); err != nil {
		c.t.Fatal(err)
	}
	out := filepath.Join(c.dir, "deployment.json")
	args := []string{"deploy", "--parent-rpc", c.parent.HTTPURL(), "--child-rpc", c.child.HTTPURL(), "--key-file", keyFile,
		"--threshold", strconv.Itoa(int(c.opts.threshold)), "--sample-tokens",
		"--parent-liquidity", "1000", "--child-liquidity", "1000", "--out", out, "--timeout", "3m"}
	for _, k := range c.operators {
		args = append(args, "--operator", harness.KeyAddress(k).Hex())
	}
	if c.opts.timelockDelay > 0 {
		args = append(args, "--timelock-delay", c.opts.timelockDelay.String())
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if _, err := cmd.Output(); err != nil {
		c.t.Fatalf("servicechain %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		c.t.Fatal(err)
	}
	var dep deploy.Deployment
	if err := json.Unmarshal(b, &dep); err != nil {
		c.t.Fatalf("%s: %v", out, err)
	}
	if dep.ParentBridge == (common.Address{}) || dep.ChildBridge == (common.Address{}) || dep.ParentToken == (common.Address{}) || dep.ChildNFT == (common.Address{}) {
		c.t.Fatalf("%s lacks addresses: %s", out, b)
	}
	if dep.ParentBridge == dep.ChildBridge {
		c.t.Fatalf("parent and child bridge share the address %s", dep.ParentBridge)
	}
	return &dep
}

func ptr[T any](v T) *T { return &v }

// nftID is the j-th NFT id minted to user i on the child (child) or parent chain.
func (c *cluster) nftID(child bool, user, j int) *big.Int {
	base := parentNFTBase
	if child {
		base = childNFTBase
	}
	return big.NewInt(int64(base + user*c.opts.nftsPerChain + j))
}

// nftRange is the "A-B" id range of user i's NFTs on a chain, for the burst client.
func (c *cluster) nftRange(child bool, user int) string {
	return fmt.Sprintf("%s-%s", c.nftID(child, user, 0), c.nftID(child, user, c.opts.nftsPerChain-1))
}

func (c *cluster) operatorAddrs() []common.Address {
	out := make([]common.Address, len(c.operators))
	for i, k := range c.operators {
		out[i] = harness.KeyAddress(k)
	}
	return out
}

func (c *cluster) sides() (parent, child harness.Side) {
	parent = harness.Side{Name: "parent", Client: c.pec, Bridge: c.dep.ParentBridge, FromBlock: c.dep.ParentBridgeBlock, Operators: c.operatorAddrs()}
	child = harness.Side{Name: "child", Client: c.cec, Bridge: c.dep.ChildBridge, FromBlock: c.dep.ChildBridgeBlock, Operators: c.operatorAddrs()}
	return parent, child
}

// checkInvariants checks both directions, logs the reports and fails the test
// on any breach. It returns the reports (parent->child, child->parent).
func (c *cluster) checkInvariants(ctx context.Context) (p2c, c2p *harness.DirectionReport) {
	c.t.Helper()
	ps, cs := c.sides()
	var err error
	if p2c, err = harness.CheckDirection(ctx, ps, cs); err != nil {
		c.t.Fatal(err)
	}
	if c2p, err = harness.CheckDirection(ctx, cs, ps); err != nil {
		c.t.Fatal(err)
	}
	for _, r := range []*harness.DirectionReport{p2c, c2p} {
		c.t.Log(r.String())
		if err := r.Err(); err != nil {
			c.t.Error(err)
		}
	}
	return p2c, c2p
}

// waitDrained waits until both destination bridges' lowerHandleNonce reach the
// source requestNonce, or the timeout.
func (c *cluster) waitDrained(ctx context.Context, timeout time.Duration) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	br := bindings.NewBridge()
	for {
		pReq, err1 := bind.Call(br.Instance(c.pec, c.dep.ParentBridge), nil, br.PackRequestNonce(), br.UnpackRequestNonce)
		cLow, err2 := bind.Call(br.Instance(c.cec, c.dep.ChildBridge), nil, br.PackLowerHandleNonce(), br.UnpackLowerHandleNonce)
		cReq, err3 := bind.Call(br.Instance(c.cec, c.dep.ChildBridge), nil, br.PackRequestNonce(), br.UnpackRequestNonce)
		pLow, err4 := bind.Call(br.Instance(c.pec, c.dep.ParentBridge), nil, br.PackLowerHandleNonce(), br.UnpackLowerHandleNonce)
		if err1 == nil && err2 == nil && err3 == nil && err4 == nil && cLow == pReq && pLow == cReq {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("not drained after %s: parent->child %d/%d handled, child->parent %d/%d handled (errors %v %v %v %v)",
				timeout, cLow, pReq, pLow, cReq, err1, err2, err3, err4)
		}
		select {
		case <-ctx.Done():
			c.t.Fatal(ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// nodePollInterval is bridge.poll_interval of the harness's nodes: a quarter
// to half of the 1-second block time keeps node latency below a block.
const nodePollInterval = 500 * time.Millisecond

// nodeConfig is the bridge.toml of one node of the cluster before the harness
// fills in name, datadir and keys: WebSocket endpoints, 0 confirmations
// (allow_unsafe_confirmations: dev chains without reorgs, where a transfer
// should take a block), scanning from the bridges' deployment blocks, poll
// interval nodePollInterval, anchoring off.
func (c *cluster) nodeConfig() *config.Config {
	cfg := config.Default()
	cfg.Parent.Endpoints = []string{c.parent.WSURL()}
	cfg.Parent.ChainID = parentChainID
	cfg.Parent.Bridge = c.dep.ParentBridge
	cfg.Parent.StartBlock = c.dep.ParentBridgeBlock
	cfg.Child.Endpoints = []string{c.child.WSURL()}
	cfg.Child.ChainID = childChainID
	cfg.Child.Bridge = c.dep.ChildBridge
	cfg.Child.StartBlock = c.dep.ChildBridgeBlock
	cfg.Parent.AllowUnsafeConfirmations, cfg.Child.AllowUnsafeConfirmations = true, true
	cfg.Bridge.PollInterval = nodePollInterval
	cfg.Anchoring.Enabled = false
	return cfg
}

// startNodes starts one bridge node process per operator, in parallel. edit,
// if not nil, changes node i's config before it is written.
func (c *cluster) startNodes(ctx context.Context, edit func(i int, cfg *config.Config)) []*harness.BridgeNode {
	c.t.Helper()
	bin, err := harness.BuildServicechain(ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	start := time.Now()
	nodes := make([]*harness.BridgeNode, len(c.operators))
	errs := make([]error, len(c.operators))
	var wg sync.WaitGroup
	for i := range c.operators {
		cfg := c.nodeConfig()
		if edit != nil {
			edit(i, cfg)
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			nodes[i], errs[i] = harness.StartBridgeNode(ctx, harness.BridgeNodeConfig{
				Binary: bin, Name: fmt.Sprintf("node%d", i), Dir: c.dir, Key: c.operators[i], Config: cfg,
			})
		}(i)
	}
	wg.Wait()
	for _, n := range nodes {
		if n != nil {
			n := n
			c.t.Cleanup(func() { n.Close() })
		}
	}
	for i, err := range errs {
		if err != nil {
			c.t.Fatalf("node %d: %v", i, err)
		}
	}
	c.t.Logf("%d bridge nodes started in %s", len(nodes), time.Since(start).Round(time.Millisecond))
	return nodes
}
