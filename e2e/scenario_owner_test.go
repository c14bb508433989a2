//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/timelock"
)

// scenarioTimelockDelay is the timelocks' minimum delay in scenario 3: long
// enough for the operators to cancel, short enough to wait it out.
const scenarioTimelockDelay = 20 * time.Second

// stolenOwnerKey is the owner-key part of scenario 3 (issue 13): the thief
// also holds the deployer's key, the timelock's proposer and executor. It
// schedules the three-transaction drain of finding 1 on the child bridge
// (registerOperator(thief), setOperatorThreshold(value transfer, 1); then one
// handle vote would pay it). Before the delay the execute is refused and the
// thief's vote is refused (not an operator); one operator cancels with
// `servicechain admin cancel`; after the delay the execute is still refused.
// The thief's balance stays 0 and the operator set unchanged.
func (c *cluster) stolenOwnerKey(ctx context.Context, t *testing.T, thief common.Address, opKey string) {
	t.Helper()
	br := bindings.NewBridge()
	lock := c.dep.ChildTimelock
	if lock == (common.Address{}) {
		t.Fatal("the deployment has no child timelock")
	}
	op := timelock.Operation{Calls: []timelock.Call{
		{Target: c.dep.ChildBridge, Data: br.PackRegisterOperator(thief)},
		{Target: c.dep.ChildBridge, Data: br.PackSetOperatorThreshold(0, 1)},
	}, Salt: crypto.Keccak256Hash([]byte("drain"))}
	owner := harness.KeyAddress(c.owner)
	lockTx := newChainTx(t, ctx, c.child, c.owner)
	rcpt := lockTx.send(ctx, "the thief schedules the drain", &lock, op.ScheduleData(scenarioTimelockDelay), nil)
	scheduledAt := time.Now()
	t.Logf("stolen owner key: drain scheduled in child block %d (id %s), delay %s", rcpt.BlockNumber, op.ID().Hex(), scenarioTimelockDelay)

	// refused checks that the call reverts with the custom error want.
	refused := func(what string, from common.Address, to common.Address, data []byte, want string) {
		t.Helper()
		_, err := c.cec.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
		if err == nil {
			t.Errorf("%s: accepted, want refused with %s", what, want)
			return
		}
		reason := err.Error()
		var de rpc.DataError
		if errors.As(err, &de) {
			if h, ok := de.ErrorData().(string); ok {
				if b, derr := hexutil.Decode(h); derr == nil {
					reason = bindings.DecodeRevert(b)
				}
			}
		}
		if !strings.HasPrefix(reason, want) {
			t.Errorf("%s: refused with %s, want %s", what, reason, want)
		}
		t.Logf("%s: refused: %s", what, reason)
	}
	vote := br.PackHandleNativeTransfer(common.HexToHash("0xd1"), thief, thief, eth(100), 0, 1, nil)
	refused("execute before the delay", owner, lock, op.ExecuteData(), "TimelockUnexpectedOperationState")
	refused("the thief's handle vote", thief, c.dep.ChildBridge, vote, "NotOperator")

	// `servicechain admin pending` shows it; one operator cancels it.
	bin, err := harness.BuildServicechain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(c.dir, "operator0.key")
	if err := os.WriteFile(keyFile, []byte(opKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base := []string{"--chain", "child", "--rpc", c.child.HTTPURL(), "--contract", c.dep.ChildBridge.Hex()}
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("servicechain %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.String())
		}
		return string(out)
	}
	pending := run(append([]string{"admin", "pending"}, base...)...)
	if !strings.Contains(pending, op.ID().Hex()) || !strings.Contains(pending, "registerOperator") {
		t.Errorf("admin pending does not show the scheduled drain:\n%s", pending)
	}
	run(append(append([]string{"admin", "cancel"}, base...), "--id", op.ID().Hex(), "--key-file", keyFile)...)
	if d := time.Since(scheduledAt); d >= scenarioTimelockDelay {
		t.Fatalf("the cancel came %s after scheduling, not within the delay %s", d, scenarioTimelockDelay)
	}

	// After the delay: still refused, nothing changed.
	waitChainTime(t, ctx, c.cec, scheduledAt.Add(scenarioTimelockDelay+2*time.Second))
	refused("execute after the delay, cancelled", owner, lock, op.ExecuteData(), "TimelockUnexpectedOperationState")
	refused("the thief's handle vote after the delay", thief, c.dep.ChildBridge, vote, "NotOperator")
	isOp, err := c.cec.CallContract(ctx, ethereum.CallMsg{To: &c.dep.ChildBridge, Data: br.PackIsOperator(thief)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := br.UnpackIsOperator(isOp); err != nil || ok {
		t.Errorf("the thief is an operator after the cancelled drain (%v)", err)
	}
	bal, err := c.cec.BalanceAt(ctx, thief, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Sign() != 0 {
		t.Errorf("the thief holds %s wei on the child chain", bal)
	}
}

// waitChainTime waits until the chain's head block is at least at time at.
func waitChainTime(t *testing.T, ctx context.Context, ec *ethclient.Client, at time.Time) {
	t.Helper()
	deadline := time.Now().Add(time.Until(at) + time.Minute)
	for {
		h, err := ec.HeaderByNumber(ctx, nil)
		if err == nil && int64(h.Time) >= at.Unix() {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the chain did not reach time %s", at)
		}
		time.Sleep(500 * time.Millisecond)
	}
}
