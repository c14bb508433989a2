package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/timelock"
)

var tlABI = bindings.NewTimelockController()

// TestSetupWithTimelock: with Options.Timelock each chain's contracts are
// owned by a TimelockController with the requested delay; the deployer is
// its proposer and executor and the bridges' pauser, every operator a
// canceller, nobody its admin; the liquidity is in the bridges; the deployer
// can no longer change anything directly, only pause.
func TestSetupWithTimelock(t *testing.T) {
	t.Parallel()
	parent, child := deploytest.NewPair(t, 6)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ops := parent.Addrs[1:4]
	liq := big.NewInt(7e18)
	d, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: ops, Threshold: 2, AnchorThreshold: 2, ParentNativeLiquidity: liq, ChildNativeLiquidity: liq, DeployTokens: true,
		Timelock: true, TimelockDelay: time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	deployer := parent.Addrs[0]
	if d.TimelockDelay != time.Hour || d.ParentTimelock == (common.Address{}) || d.ChildTimelock == (common.Address{}) {
		t.Fatalf("deployment %+v", d)
	}
	for _, side := range []struct {
		name      string
		c         *deploytest.Chain
		lock      common.Address
		contracts []common.Address
		bridge    common.Address
	}{{"parent", parent, d.ParentTimelock, []common.Address{d.ParentBridge, d.Anchor}, d.ParentBridge}, {"child", child, d.ChildTimelock, []common.Address{d.ChildBridge}, d.ChildBridge}} {
		for _, a := range side.contracts {
			lock, delay, err := timelock.TimelockOf(ctx, side.c.Client, a)
			if err != nil || lock != side.lock || delay != time.Hour {
				t.Errorf("%s: %s owned by %s, delay %s, %v", side.name, a, lock, delay, err)
			}
		}
		role := func(r common.Hash, who common.Address) bool {
			return call(t, side.c.Client, side.lock, tlABI.PackHasRole(r, who), tlABI.UnpackHasRole)
		}
		if !role(timelock.ProposerRole, deployer) || !role(timelock.ExecutorRole, deployer) || role(timelock.AdminRole, deployer) || !role(timelock.AdminRole, side.lock) {
			t.Errorf("%s: deployer roles wrong (proposer and executor, not admin; the timelock administers itself)", side.name)
		}
		for _, op := range ops {
			if !role(timelock.CancellerRole, op) || role(timelock.ProposerRole, op) {
				t.Errorf("%s: operator %s should be a canceller only", side.name, op)
			}
		}
		if bal, _ := side.c.Client.BalanceAt(ctx, side.bridge, nil); bal.Cmp(liq) != 0 {
			t.Errorf("%s: bridge liquidity %s, want %s", side.name, bal, liq)
		}
		if p := call(t, side.c.Client, side.bridge, bridgeABI().PackPauser(), bridgeABI().UnpackPauser); p != deployer {
			t.Errorf("%s: pauser %s, want the deployer", side.name, p)
		}
		// The deployer's key alone changes nothing at once, but pauses at once.
		err := deploy.RegisterOperator(ctx, side.c.Client, side.c.Opts(0), side.bridge, side.c.Addrs[5])
		if err == nil || !strings.Contains(err.Error(), "OwnableUnauthorizedAccount") {
			t.Errorf("%s: direct registerOperator by the deployer: %v", side.name, err)
		}
		if err := deploy.Pause(ctx, side.c.Client, side.c.Opts(0), side.bridge); err != nil {
			t.Errorf("%s: the pauser could not pause: %v", side.name, err)
		}
	}
	tok := bindings.NewServiceChainToken()
	if call(t, child.Client, d.ChildToken, tok.PackHasRole(common.Hash{}, deployer), tok.UnpackHasRole) ||
		!call(t, child.Client, d.ChildToken, tok.PackHasRole(common.Hash{}, d.ChildTimelock), tok.UnpackHasRole) {
		t.Error("the child ERC-20's admin role should be the child timelock's, not the deployer's")
	}
}

func bridgeABI() *bindings.Bridge { return bindings.NewBridge() }

// failingClient refuses the fail-th transaction it is asked to send (counting
// from 0; -1 never) and every one after it, as a deployment that stops there
// (a crash, a lost connection) leaves the chain.
type failingClient struct {
	*deploytest.Client
	mu   sync.Mutex
	sent int
	fail int
}

var errInjected = errors.New("injected failure")

func (f *failingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	n := f.sent
	f.sent++
	f.mu.Unlock()
	if f.fail >= 0 && n >= f.fail {
		return errInjected
	}
	return f.Client.SendTransaction(ctx, tx)
}

// TestSetupFailingAtEachStep: a timelocked deployment that stops at any of
// its transactions, on either chain, leaves no bridge that holds liquidity
// unless it has the requested thresholds and is owned by its timelock with the
// full delay; and every bridge deployed has the requested thresholds from its
// constructor on.
func TestSetupFailingAtEachStep(t *testing.T) {
	t.Parallel()
	const delay = 2 * time.Hour
	opts := func(ops []common.Address) deploy.Options {
		return deploy.Options{Operators: ops, Threshold: 2, ConfigThreshold: 2, AnchorThreshold: 2, DeployTokens: true,
			ParentNativeLiquidity: big.NewInt(3e18), ChildNativeLiquidity: big.NewInt(4e18), Timelock: true, TimelockDelay: delay}
	}
	run := func(failParent, failChild int) (*deploy.Deployment, *deploytest.Chain, *deploytest.Chain, [2]int, error) {
		parent, child := deploytest.NewPair(t, 4)
		p, c := &failingClient{Client: parent.Client, fail: failParent}, &failingClient{Client: child.Client, fail: failChild}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		d, err := deploy.Setup(ctx, p, c, parent.Opts(0), child.Opts(0), opts(parent.Addrs[1:4]))
		return d, parent, child, [2]int{p.sent, c.sent}, err
	}
	_, _, _, total, err := run(-1, -1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("a complete deployment sends %d transactions on the parent and %d on the child", total[0], total[1])
	funded := 0
	for sideIdx, n := range total {
		for k := 0; k < n; k++ {
			fp, fc := -1, -1
			if sideIdx == 0 {
				fp = k
			} else {
				fc = k
			}
			d, parent, child, _, err := run(fp, fc)
			if !errors.Is(err, errInjected) {
				t.Fatalf("failing %s tx %d: %v, want the injected failure", []string{"parent", "child"}[sideIdx], k, err)
			}
			ctx := context.Background()
			for _, b := range []struct {
				c      *deploytest.Chain
				bridge common.Address
				lock   common.Address
			}{{parent, d.ParentBridge, d.ParentTimelock}, {child, d.ChildBridge, d.ChildTimelock}} {
				if b.bridge == (common.Address{}) {
					continue
				}
				if code, _ := b.c.Client.CodeAt(ctx, b.bridge, nil); len(code) == 0 {
					continue // its creation was the failed transaction
				}
				for vt := uint8(0); vt <= 1; vt++ {
					if th := call(t, b.c.Client, b.bridge, bridgeABI().PackOperatorThresholds(vt), bridgeABI().UnpackOperatorThresholds); th != 2 {
						t.Errorf("fail at %d/%d: bridge %s threshold %d = %d, want 2", sideIdx, k, b.bridge, vt, th)
					}
				}
				bal, err := b.c.Client.BalanceAt(ctx, b.bridge, nil)
				if err != nil {
					t.Fatal(err)
				}
				if bal.Sign() == 0 {
					continue
				}
				funded++
				lock, got, err := timelock.TimelockOf(ctx, b.c.Client, b.bridge)
				if err != nil || lock != b.lock || got != delay {
					t.Errorf("fail at %d/%d: bridge %s holds %s wei but is owned by %s (delay %s, %v); want its timelock with %s",
						sideIdx, k, b.bridge, bal, lock, got, err, delay)
				}
			}
		}
	}
	if funded == 0 {
		t.Error("no partial deployment had a funded bridge: the check above never ran (the last step of one chain should fund it)")
	}
}
