package owner_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/owner"
	"github.com/servicechain/servicechain/internal/timelock"
)

// TestTimelockedActions: on a deployment owned by TimelockControllers an
// owner action schedules one operation; with a delay within MaxWait it waits
// for the delay (by the chain's clock) and executes it; with a longer one it
// only schedules and says how to execute. WritePending shows what a pending
// operation will do and when; an operator's key cancels it; executing a
// cancelled one is refused, and the change never happens.
func TestTimelockedActions(t *testing.T) {
	parent, child := deploytest.NewPair(t, 5)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const delay = 5 * time.Second
	dep, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(0), child.Opts(0), deploy.Options{
		Operators: []common.Address{parent.Addrs[1], parent.Addrs[2]}, Threshold: 2, Timelock: true, TimelockDelay: delay,
	})
	if err != nil {
		t.Fatal(err)
	}
	// The simulated chain's clock moves with its blocks: mine one every 100 ms meanwhile.
	stop, stopped := make(chan struct{}), make(chan struct{})
	defer func() { close(stop); <-stopped }() // before t.Cleanup closes the chain
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				child.Client.Commit()
			}
		}
	}()
	var steps []string
	conn := bridgenet.NewConn("child", "simulated://child", child.ChainID, child.Client)
	c := owner.Contract{Conn: conn, Address: dep.ChildBridge, Side: "child", Owner: child.Opts(0), MaxWait: time.Minute,
		Progress: func(s owner.Step) { steps = append(steps, s.String()) }}

	// Within MaxWait: scheduled, waited for, executed.
	start := time.Now()
	if err := c.AddOperator(ctx, parent.Addrs[3]); err != nil {
		t.Fatal(err)
	}
	if ops := call(t, child, dep.ChildBridge, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList); len(ops) != 3 {
		t.Fatalf("operators after the executed change: %v", ops)
	}
	// The same operation made the new operator a canceller of the timelock.
	isCanceller := func(a common.Address) bool {
		return call(t, child, dep.ChildTimelock, timelockABI.PackHasRole(timelock.CancellerRole, a), timelockABI.UnpackHasRole)
	}
	if !isCanceller(parent.Addrs[3]) {
		t.Fatalf("operator %s added on the timelocked bridge has no CANCELLER_ROLE", parent.Addrs[3])
	}
	if len(steps) != 2 || !strings.Contains(steps[0], "scheduled register operator "+parent.Addrs[3].Hex()+" on child bridge") ||
		!strings.Contains(steps[0], "delay 5s; any operator may cancel it until then") || !strings.HasPrefix(steps[1], "execute register operator") {
		t.Fatalf("steps %q", steps)
	}
	t.Logf("scheduled, waited for the %s delay and executed in %s", delay, time.Since(start).Round(time.Millisecond))

	// A change that would fail is refused before it is scheduled.
	steps = nil
	if err := c.SetThreshold(ctx, "config", 4); err == nil || !strings.Contains(err.Error(), "InvalidThreshold(4, 3)") || !strings.Contains(err.Error(), "checked before scheduling") || len(steps) != 0 {
		t.Fatalf("a threshold above the operator count: %v, steps %q", err, steps)
	}

	// Beyond MaxWait: only scheduled.
	c.MaxWait = 0
	if err := c.SetThreshold(ctx, "value", 3); err != nil {
		t.Fatal(err)
	}
	if len(steps) != 2 || !strings.Contains(steps[1], "run: servicechain admin execute --chain child --id 0x") {
		t.Fatalf("steps %q", steps)
	}
	id := common.HexToHash(steps[0][strings.Index(steps[0], "operation 0x")+len("operation ") : strings.Index(steps[0], "operation 0x")+len("operation ")+66])
	tl, err := owner.NewTimelock(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Lock != dep.ChildTimelock || tl.Delay != delay {
		t.Fatalf("timelock %s delay %s, want %s %s", tl.Lock, tl.Delay, dep.ChildTimelock, delay)
	}
	var out bytes.Buffer
	if err := tl.WritePending(ctx, nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"is owned by timelock " + dep.ChildTimelock.Hex() + " (minimum delay 5s)", "operation " + id.Hex() + ": ",
		"setOperatorThreshold(voteType 0 (value transfer), threshold 3) on child bridge " + dep.ChildBridge.Hex(), "(2 executed and 0 cancelled not shown)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("pending output lacks %q:\n%s", want, out.String())
		}
	}
	t.Logf("admin pending:\n%s", out.String())

	// A stranger cannot cancel; an operator can; then it cannot be executed.
	stranger := *tl
	stranger.Owner = child.Opts(4)
	if err := stranger.Cancel(ctx, id); err == nil || !strings.Contains(err.Error(), "the key does not have the timelock's canceller role") {
		t.Fatalf("cancel by a non-operator: %v", err)
	}
	op := *tl
	op.Owner = child.Opts(1)
	if err := op.Cancel(ctx, id); err != nil {
		t.Fatalf("cancel by an operator: %v", err)
	}
	// Execute reads the operation's state first (Unset once cancelled), so
	// it refuses whether or not the delay has passed.
	if err := tl.Execute(ctx, id, nil); err == nil || !strings.Contains(err.Error(), "was cancelled: nothing to execute") {
		t.Fatalf("execute a cancelled operation: %v", err)
	}
	if k := call(t, child, dep.ChildBridge, bridgeABI.PackOperatorThresholds(bindings.VoteValueTransfer), bridgeABI.UnpackOperatorThresholds); k != 2 {
		t.Errorf("value threshold %d after the cancelled change, want 2", k)
	}
	out.Reset()
	tl.WritePending(ctx, nil, &out)
	if !strings.Contains(out.String(), "no pending operation") || !strings.Contains(out.String(), "(2 executed and 1 cancelled not shown)") {
		t.Errorf("pending after the cancel:\n%s", out.String())
	}

	// Removing the operator revokes its role in the same operation.
	c.MaxWait = time.Minute
	if err := c.RemoveOperator(ctx, parent.Addrs[3]); err != nil {
		t.Fatal(err)
	}
	if ops := call(t, child, dep.ChildBridge, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList); len(ops) != 2 || isCanceller(parent.Addrs[3]) || !isCanceller(parent.Addrs[1]) {
		t.Fatalf("after removing %s: operators %v, its CANCELLER_ROLE %v (operator %s's %v)", parent.Addrs[3], ops, isCanceller(parent.Addrs[3]), parent.Addrs[1], isCanceller(parent.Addrs[1]))
	}
}
