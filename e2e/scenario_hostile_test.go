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
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/bench"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/owner"
	"github.com/servicechain/servicechain/internal/transfer"
)

// hostileRefundAfter is bridge.refund_after of the scenario's nodes: long
// enough for several backoff tries (poll 500 ms, doubling), short enough
// for the run.
const hostileRefundAfter = 15 * time.Second

// TestScenarioHostile is scenario 6 "hostile requests" (issue 12): 4
// `servicechain bridge run` processes (k = 2), two geth processes. First a
// burst of E2E_HOSTILE_COUNT (default 1000; 100 with E2E_PROFILE=short)
// honest native transfers each way at once (`servicechain bench --from
// both`), the run without the attacker. Then the attacker: an ERC-20 request
// parent->child with the token locked on the child, and an NFT each way
// whose id already exists on the destination; then the same burst each way
// with a fraction E2E_HOSTILE_FRACTION (default 0.1) of unpayable native
// requests (half to a reverting contract, half to a gas burner, `bench
// --hostile`). Asserted: every honest transfer completes, with p99 latency
// (destination blocks) within 2 blocks of the run without the attacker;
// every unpayable request is refunded exactly once (never paid) and its
// refund request paid home; the operators' gas on the hostile requests is
// within the bound (tries x stipend plus one vote entry per vote); the
// delivery invariants and value conservation hold on both chains.
// E2E_BENCH_OUT, if set, receives bench's JSON reports.
func TestScenarioHostile(t *testing.T) {
	count := envInt(t, "E2E_HOSTILE_COUNT", profileDefault(1000, 100))
	frac, err := strconv.ParseFloat(envString("E2E_HOSTILE_FRACTION", "0.1"), 64)
	if err != nil || frac <= 0 || frac > 0.9 {
		t.Fatalf("E2E_HOSTILE_FRACTION: %q: expected a fraction above 0, at most 0.9", os.Getenv("E2E_HOSTILE_FRACTION"))
	}
	// The bridges are owned by timelocks (issue 13); a short delay lets the
	// scenario lock the child ERC-20 through it.
	c := newCluster(t, clusterOpts{operators: 4, threshold: 2, users: 8, nftsPerChain: 1, timelockDelay: 2 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Minute)
	defer cancel()
	c.startNodes(ctx, func(i int, cfg *config.Config) { cfg.Bridge.RefundAfter = hostileRefundAfter })
	bin, err := harness.BuildServicechain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	devDir := c.writeDevnetInfo(t)
	outDir := os.Getenv("E2E_BENCH_OUT")
	if outDir == "" {
		outDir = filepath.Join(c.dir, "bench")
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	runBench := func(name string, extra ...string) [2]*bench.Result {
		out := filepath.Join(outDir, name+".json")
		args := append([]string{"bench", "--devnet", devDir, "--count", strconv.Itoa(count), "--from", "both", "--out", out, "--timeout", "20m"}, extra...)
		t.Logf("running: servicechain %s", strings.Join(args, " "))
		cmd := exec.CommandContext(ctx, bin, args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("servicechain bench: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
		}
		t.Logf("bench %s:\n%s", name, stdout.String())
		return readBench2(t, out)
	}

	// The run without the attacker.
	base := runBench("hostile-baseline")

	// The attacker's token requests, sent before the hostile burst (bench
	// sends from every user; these must not race its nonces) and left to
	// fail and be refunded while it runs.
	pid, cid := c.nftID(false, 0, 0), c.nftID(true, 1, 0)
	followed := c.ledgerConfig()
	followed.NFTIDs = nil
	for _, id := range c.nftIDs() {
		if id.Cmp(pid) != 0 && id.Cmp(cid) != 0 {
			followed.NFTIDs = append(followed.NFTIDs, id)
		}
	}
	before, err := harness.TakeLedger(ctx, followed)
	if err != nil {
		t.Fatal(err)
	}
	br, nft := bindings.NewBridge(), bindings.NewServiceChainNFT()
	ownerOpts := bind.NewKeyedTransactor(c.owner, new(big.Int).SetUint64(c.child.ChainID()))
	lock := &owner.Contract{Conn: bridgenet.NewConn("child", "", new(big.Int).SetUint64(c.child.ChainID()), c.cec), Address: c.dep.ChildBridge,
		Side: "child", Owner: ownerOpts, MaxWait: time.Minute}
	if err := lock.Call(ctx, "lock the child ERC-20", br.PackLockToken(c.dep.ChildToken)); err != nil {
		t.Fatalf("lock the child ERC-20 through the child timelock: %v", err)
	}
	newChainTx(t, ctx, c.child, c.owner).call(ctx, "mint the parent NFT's id on the child", c.dep.ChildNFT, nft.PackMintWithTokenURI(harness.KeyAddress(c.owner), pid, "ipfs://squatter"))
	newChainTx(t, ctx, c.parent, c.owner).call(ctx, "mint the child NFT's id on the parent", c.dep.ParentNFT, nft.PackMintWithTokenURI(harness.KeyAddress(c.owner), cid, "ipfs://squatter"))
	u0, u1, u2 := c.users[0], c.users[1], c.users[2]
	erc20Amount := eth(3)
	tokenBefore := tokenBalanceOf(t, ctx, c.pec, c.dep.ParentToken, harness.KeyAddress(u2))
	reqERC20 := c.userRequest(t, ctx, c.pec, u2, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return transfer.ERC20(ctx, c.pec, o, c.dep.ParentBridge, c.dep.ParentToken, harness.KeyAddress(u2), erc20Amount, false, nil)
	}, c.dep.ParentBridge)
	reqNFTp := c.userRequest(t, ctx, c.pec, u0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return transfer.ERC721(ctx, c.pec, o, c.dep.ParentBridge, c.dep.ParentNFT, harness.KeyAddress(u0), pid, false, nil)
	}, c.dep.ParentBridge)
	reqNFTc := c.userRequest(t, ctx, c.cec, u1, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return transfer.ERC721(ctx, c.cec, o, c.dep.ChildBridge, c.dep.ChildNFT, harness.KeyAddress(u1), cid, false, nil)
	}, c.dep.ChildBridge)
	t.Logf("attacker's token requests: ERC-20 parent->child nonce %d (token locked on the child), NFT %s parent->child nonce %d, NFT %s child->parent nonce %d (ids exist on the destination)",
		reqERC20, pid, reqNFTp, cid, reqNFTc)

	hostile := runBench("hostile", "--hostile", strconv.FormatFloat(frac, 'f', -1, 64))
	c.waitDrained(ctx, 5*time.Minute)

	// Every honest transfer completed (bench checks each nonce), as fast as
	// without the attacker; the hostile ones were refunded and paid home.
	var lines []string
	for i, r := range hostile {
		b := base[i]
		h := r.Hostile
		if h == nil {
			t.Fatalf("%s: bench reported no hostile figures", r.Direction)
		}
		if d := r.LatencyBlocks.P99 - b.LatencyBlocks.P99; d > 2 {
			t.Errorf("%s: honest p99 latency %.0f blocks with the attacker, %.0f without: %.0f more, want at most 2", r.Direction, r.LatencyBlocks.P99, b.LatencyBlocks.P99, d)
		}
		if h.Requests == 0 || h.Refunded != h.Requests || h.Returned != h.Requests {
			t.Errorf("%s: %d hostile requests, %d refunded, %d paid home: want all", r.Direction, h.Requests, h.Refunded, h.Returned)
		}
		if h.Gas > h.Bound {
			t.Errorf("%s: operators spent %d gas on the hostile requests, over the bound %d (tries x stipend + one entry per vote)", r.Direction, h.Gas, h.Bound)
		}
		lines = append(lines, fmt.Sprintf("%s: honest p50/p99 %.0f/%.0f blocks (%.0f/%.0f without the attacker), %.1f transfers/s (%.1f); %d hostile: %d tries (max %d), %d refund votes, gas %d (bound %d)",
			r.Direction, r.LatencyBlocks.P50, r.LatencyBlocks.P99, b.LatencyBlocks.P50, b.LatencyBlocks.P99, r.TransfersPerSecond, b.TransfersPerSecond,
			h.Requests, h.Tries, h.MaxTries, h.RefundVotes, h.Gas, h.Bound))
	}

	// From the chains: each unpayable request refunded exactly once and
	// never paid (Err), its refund request paid home (the reverse
	// direction has nothing missing), value conserved.
	p2c, c2p := c.checkInvariants(ctx)
	refunded := func(r *harness.DirectionReport, nonce uint64) bool {
		for _, n := range r.Refunded {
			if n == nonce {
				return true
			}
		}
		return false
	}
	for _, x := range []struct {
		r     *harness.DirectionReport
		nonce uint64
		what  string
	}{{p2c, reqERC20, "ERC-20 with the token locked"}, {p2c, reqNFTp, "NFT whose id exists on the child"}, {c2p, reqNFTc, "NFT whose id exists on the parent"}} {
		if !refunded(x.r, x.nonce) {
			t.Errorf("%s: the %s (nonce %d) was not refunded", x.r.Direction, x.what, x.nonce)
		}
	}
	if want := hostile[0].Hostile.Requests + 2; len(p2c.Refunded) != want {
		t.Errorf("parent->child: %d refunded nonces, want %d (the bench's hostile requests and the two token requests)", len(p2c.Refunded), want)
	}
	if want := hostile[1].Hostile.Requests + 1; len(c2p.Refunded) != want {
		t.Errorf("child->parent: %d refunded nonces, want %d", len(c2p.Refunded), want)
	}
	after, err := harness.TakeLedger(ctx, followed)
	if err != nil {
		t.Fatal(err)
	}
	if err := harness.CheckConservation(before, after, followed, p2c, c2p); err != nil {
		t.Errorf("value not conserved: %v", err)
	}
	// The refunded tokens are the sender's again on its own chain.
	if got := new(big.Int).Sub(tokenBefore, tokenBalanceOf(t, ctx, c.pec, c.dep.ParentToken, harness.KeyAddress(u2))); got.Sign() != 0 {
		t.Errorf("the ERC-20 sender is %s tokens short after the refund", got)
	}
	for _, x := range []struct {
		cl   *ethclient.Client
		nft  common.Address
		id   *big.Int
		user common.Address
		side string
	}{{c.pec, c.dep.ParentNFT, pid, harness.KeyAddress(u0), "parent"}, {c.cec, c.dep.ChildNFT, cid, harness.KeyAddress(u1), "child"}} {
		o, err := bind.Call(nft.Instance(x.cl, x.nft), nil, nft.PackOwnerOf(x.id), nft.UnpackOwnerOf)
		if err != nil || o != x.user {
			t.Errorf("NFT %s on the %s after the refund: owner %s (%v), want the sender %s", x.id, x.side, o, err, x.user)
		}
	}
	summary(t, "hostile", "k=2 of 4, %d native transfers each way, %.0f%% hostile (reverting and gas-burning recipients) plus an ERC-20 with its token locked and an NFT each way whose id exists, refund_after %s; %s",
		count, frac*100, hostileRefundAfter, strings.Join(lines, "; "))
}

// readBench2 reads a `bench --from both` report: parent->child, then child->parent.
func readBench2(t *testing.T, path string) [2]*bench.Result {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rep bench.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out [2]*bench.Result
	for _, r := range rep.Results {
		switch r.Direction {
		case "parent->child":
			out[0] = r
		case "child->parent":
			out[1] = r
		}
	}
	if out[0] == nil || out[1] == nil {
		t.Fatalf("%s: want both directions, got %d results", path, len(rep.Results))
	}
	return out
}

// userRequest sends one bridge request from user key u with send and returns
// its request nonce once mined.
func (c *cluster) userRequest(t *testing.T, ctx context.Context, cl *ethclient.Client, key *ecdsa.PrivateKey, send func(*bind.TransactOpts) (*types.Transaction, error), bridgeAddr common.Address) uint64 {
	t.Helper()
	chainID, err := cl.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	o := bind.NewKeyedTransactor(key, chainID)
	o.Context = ctx
	tx, err := send(o)
	if err != nil {
		t.Fatal(err)
	}
	r, err := transfer.WaitRequest(ctx, cl, bridgeAddr, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r.Nonce
}

func tokenBalanceOf(t *testing.T, ctx context.Context, cl *ethclient.Client, token, who common.Address) *big.Int {
	t.Helper()
	tk := bindings.NewServiceChainToken()
	v, err := bind.Call(tk.Instance(cl, token), &bind.CallOpts{Context: ctx}, tk.PackBalanceOf(who), tk.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
