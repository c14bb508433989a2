package console_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/console"
	"github.com/servicechain/servicechain/internal/transfer"
)

// checkHandled compares what the console shows for a handled transfer
// with the chains: the request tx and its nonce, the destination's vote
// and handle events (read by internal/transfer), the latency.
func checkHandled(t *testing.T, tr *console.Transfer, src side, r *transfer.Request) {
	t.Helper()
	if tr.Request == nil || tr.Request.TxHash != r.TxHash || tr.Request.Block != r.BlockNumber {
		t.Fatalf("%s nonce %d: request %+v, want tx %s in block %d", tr.Direction, tr.Nonce, tr.Request, r.TxHash, r.BlockNumber)
	}
	p, err := transfer.Status(context.Background(), src.other, src.otherBridge, r.Nonce, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Handled || tr.Handle == nil || tr.Handle.TxHash != p.HandleTx || tr.Handle.Block != p.HandleBlock {
		t.Fatalf("%s nonce %d: console handle %+v, chain says handled=%v in tx %s block %d", tr.Direction, tr.Nonce, tr.Handle, p.Handled, p.HandleTx, p.HandleBlock)
	}
	voted := 0
	for _, v := range tr.Votes {
		switch v.Status {
		case console.VoteVoted:
			voted++
			if v.Tx == nil || v.Tx.Chain != src.otherName {
				t.Errorf("%s nonce %d: vote of %s without its %s tx: %+v", tr.Direction, tr.Nonce, v.Operator, src.otherName, v.Tx)
			}
		case console.VoteStandby:
		default:
			t.Errorf("%s nonce %d: operator %s is %q on a handled transfer", tr.Direction, tr.Nonce, v.Operator, v.Status)
		}
	}
	if voted != p.Votes || tr.VoteCount != int(p.Threshold) || tr.Threshold != p.Threshold || len(tr.Votes) != 3 {
		t.Errorf("%s nonce %d: %d voted, count %d/%d over %d operators; chain: %d voters, threshold %d", tr.Direction, tr.Nonce, voted, tr.VoteCount, tr.Threshold, len(tr.Votes), p.Votes, p.Threshold)
	}
	if tr.LatencySeconds == nil || *tr.LatencySeconds != float64(tr.Handle.Time-tr.Request.Time) {
		t.Errorf("%s nonce %d: latency %v s, want the handle block time minus the request block time (%d)", tr.Direction, tr.Nonce, tr.LatencySeconds, tr.Handle.Time-tr.Request.Time)
	}
	head := destHeadAt(t, src.other, uint64(tr.Request.Time), tr.Handle.Block)
	if want := max(1, tr.Handle.Block-head); tr.LatencyBlocks == nil || *tr.LatencyBlocks != want {
		t.Errorf("%s nonce %d: latency %v blocks, want %d (handle block %d, destination head %d at request time)", tr.Direction, tr.Nonce, tr.LatencyBlocks, want, tr.Handle.Block, head)
	}
}

// TestAPI drives the console's JSON API over a devnet: a transfer each way
// shows with its request, votes, handle and latency as the chains have
// them; search by tx hash, address and nonce; a payout that fails (token
// locked) shows as failed with its reason and then as handled; an anchored
// block verifies; bad input gets a 4xx with a message, never a 500.
func TestAPI(t *testing.T) {
	d := startDevnet(t)
	c := startConsole(t, d)
	parent, child := sides(d)
	alice := common.HexToAddress("0x00000000000000000000000000000000000a11ce")

	r1 := sendNative(t, parent, 1, alice, 1_000_000)
	r2 := sendNative(t, child, 2, alice, 2_000_000)
	tr1 := waitState(t, c, console.ParentToChild, r1.Nonce, console.StateHandled, time.Minute)
	tr2 := waitState(t, c, console.ChildToParent, r2.Nonce, console.StateHandled, time.Minute)
	checkHandled(t, tr1, parent, r1)
	checkHandled(t, tr2, child, r2)

	// Search: tx hash (request, vote or handle), address, nonce.
	var got []console.Transfer
	for _, q := range []string{r1.TxHash.Hex(), tr1.Handle.TxHash.Hex(), strings.ToUpper(tr1.Votes[0].Operator.Hex()[2:])} {
		if q[0] != '0' || q[1] != 'x' {
			q = "0x" + q
		}
		if st, msg := getJSON(t, c, "/api/transfers?q="+query(q), &got); st != 200 {
			t.Fatalf("search %s: %d %s", q, st, msg)
		}
		found := false
		for _, g := range got {
			found = found || g.Direction == console.ParentToChild && g.Nonce == r1.Nonce
		}
		if !found {
			t.Errorf("search %s: %d results without parent-to-child nonce %d", q, len(got), r1.Nonce)
		}
	}
	getJSON(t, c, "/api/transfers?q="+alice.Hex(), &got)
	if len(got) < 2 || got[0].Direction != console.ChildToParent || got[0].Nonce != r2.Nonce {
		t.Errorf("search %s: %+v, want the child-to-parent transfer first (newest)", alice.Hex(), got)
	}
	getJSON(t, c, fmt.Sprintf("/api/transfers?q=%d&direction=%s", r2.Nonce, console.ChildToParent), &got)
	if len(got) != 1 || got[0].Request == nil || got[0].Request.TxHash != r2.TxHash {
		t.Errorf("search nonce %d child-to-parent: %+v", r2.Nonce, got)
	}

	// A payout that fails: the child token is locked, so the mint reverts
	// with TokenIsLocked (HandleFailed) and the nonce stays open; unlocked,
	// the nodes retry and it is paid.
	ownerTx(t, child, bridgeABI.PackLockToken(child.token))
	r3 := sendERC20(t, parent, 0, alice, 1000)
	tr3 := waitState(t, c, console.ParentToChild, r3.Nonce, console.StateFailed, time.Minute)
	if len(tr3.Failures) == 0 || !strings.Contains(tr3.Failures[0].Reason, "TokenIsLocked") || tr3.Handle != nil {
		t.Errorf("failed payout: %+v", tr3.Failures)
	}
	// The snapshot's open requests come from the nodes' admin APIs, read
	// every StatusInterval, independently of the transfer index above: wait
	// for the next read to list the nonce as open and failed.
	waitFor(t, 30*time.Second, fmt.Sprintf("the snapshot to list nonce %d open and failed", r3.Nonce), func() (bool, string) {
		var snap console.Snapshot
		getJSON(t, c, "/api/snapshot", &snap)
		for _, dv := range snap.Directions {
			for _, o := range dv.OpenRequests {
				if dv.Name == console.ParentToChild && o.Nonce == r3.Nonce && o.State == console.StateFailed {
					return true, ""
				}
			}
		}
		return false, fmt.Sprintf("directions %+v", snap.Directions)
	})
	ownerTx(t, child, bridgeABI.PackUnlockToken(child.token))
	tr3 = waitState(t, c, console.ParentToChild, r3.Nonce, console.StateHandled, 2*time.Minute)
	if len(tr3.Failures) == 0 || tr3.Request.Kind != "erc20" || tr3.Request.Value != "1000" {
		t.Errorf("retried payout: failures %v, request %+v", tr3.Failures, tr3.Request)
	}

	// Anchoring: the latest anchor verifies through the form's endpoint.
	var st anchor.Status
	waitFor(t, time.Minute, "an anchor on the console", func() (bool, string) {
		var snap console.Snapshot
		getJSON(t, c, "/api/snapshot", &snap)
		if snap.Anchoring == nil || snap.Anchoring.Status == nil {
			return false, "no anchoring status"
		}
		st = *snap.Anchoring.Status
		return st.LatestAnchoredBlock > 0 && len(snap.Anchoring.Recent) > 0, fmt.Sprint(st.LatestAnchoredBlock)
	})
	var v anchor.Verification
	if code, msg := getJSON(t, c, fmt.Sprintf("/api/anchor/verify?block=%d", st.LatestAnchoredBlock), &v); code != 200 || v.Result != anchor.ResultMatch || v.FinalizedBy == (common.Address{}) {
		t.Errorf("verify %d: %d %s %+v", st.LatestAnchoredBlock, code, msg, v)
	}
	getJSON(t, c, "/api/anchor/verify?block=latest", &v)
	if v.Result != anchor.ResultMatch || v.Block < st.LatestAnchoredBlock {
		t.Errorf("verify latest: %+v", v)
	}
	getJSON(t, c, "/api/anchor/verify?block=1", &v)
	if v.Result != anchor.ResultNotAnchored {
		t.Errorf("verify 1 (not a period block): %+v", v)
	}

	// Operators.
	var op console.OperatorView
	first := tr1.Votes[0].Operator
	if code, msg := getJSON(t, c, "/api/operators/"+strings.ToLower(first.Hex()), &op); code != 200 || op.Address != first || op.Node == "" || op.Votes == 0 || !op.ParentBridge || !op.ChildBridge {
		t.Errorf("operator %s: %d %s %+v", first.Hex(), code, msg, op)
	}

	// Bad input: 4xx with a message that names the value, never a 500.
	var head big.Int
	h, _ := d.Child.Client().HeaderByNumber(context.Background(), nil)
	head.Set(h.Number)
	unknownTx := common.HexToHash("0x" + strings.Repeat("ab", 32))
	for _, bc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/api/transfers?q=0x12", 400, `"0x12": 2 hex digits`},
		{"/api/transfers?q=hello", 400, `expected a transaction hash`},
		{"/api/transfers?q=0x" + strings.Repeat("zz", 20), 400, "not hexadecimal"},
		{"/api/transfers?q=0x00000000000000000000000000000000000A11Ce", 400, "EIP-55 checksum"},
		{"/api/transfers?q=18446744073709551616", 400, "expected a transaction hash"},
		{"/api/transfers?q=" + unknownTx.Hex(), 404, "transaction " + unknownTx.Hex() + " is unknown on both chains"},
		{"/api/transfers?q=" + h.ParentHash.Hex(), 404, "is unknown on both chains"}, // a block hash, not a tx
		{"/api/transfers?q=" + r1.TxHash.Hex() + "&direction=sideways", 400, `direction "sideways"`},
		{"/api/transfers?q=999999", 404, "nonce 999999 is not requested yet"},
		{"/api/transfers?limit=100000", 400, `limit "100000"`},
		{"/api/transfers?q=" + query(strings.Repeat("9", 10_000)), 400, "expected a transaction hash"},
		{"/api/transfers/sideways/1", 400, `direction "sideways"`},
		{"/api/transfers/parent-to-child/-1", 400, `nonce "-1"`},
		{"/api/transfers/parent-to-child/999999", 404, "nonce 999999 is not requested yet"},
		{"/api/operators/0x12", 400, `address "0x12"`},
		{"/api/operators/" + alice.Hex(), 404, "is not an operator"},
		{"/api/anchor/verify", 400, `block "": expected a child block number`},
		{"/api/anchor/verify?block=0", 400, `block "0"`},
		{"/api/anchor/verify?block=-5", 400, `block "-5"`},
		{"/api/anchor/verify?block=1e9", 400, `block "1e9"`},
		{fmt.Sprintf("/api/anchor/verify?block=%d", head.Uint64()+1000), 404, fmt.Sprintf("child block %d does not exist yet", head.Uint64()+1000)},
		{"/api/anchor/verify?block=18446744073709551615", 404, "does not exist yet"},
		{"/api/nothing", 404, "no API endpoint GET /api/nothing"},
	} {
		code, msg := getJSON(t, c, bc.path, nil)
		if code != bc.status || !strings.Contains(msg, bc.want) {
			t.Errorf("GET %s: %d %q, want %d with %q", bc.path, code, msg, bc.status, bc.want)
		}
	}

	// The event stream starts with the current snapshot.
	resp, err := http.Get(c.URL() + "api/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("events Content-Type %q", ct)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var s console.Snapshot
			if err := json.Unmarshal([]byte(data), &s); err != nil || s.Version == 0 || len(s.Chains) != 2 || len(s.Operators) != 3 {
				t.Errorf("first event: %v, version %d, %d chains, %d operators", err, s.Version, len(s.Chains), len(s.Operators))
			}
			break
		}
	}
	// Prometheus service discovery lists the three bridge nodes' metrics
	// endpoints and, when the devnet runs them, the service-chain nodes'.
	var groups []struct {
		Targets []string
		Labels  map[string]string
	}
	getJSON(t, c, "/api/prometheus/targets", &groups)
	want := map[string]int{"bridge": 3}
	if n := len(d.Info().ServiceNodes); n > 0 {
		want["service"] = n
	}
	byRole := map[string]int{}
	for _, g := range groups {
		byRole[g.Labels["daemon"]] = len(g.Targets)
	}
	if len(byRole) != len(want) || byRole["bridge"] != want["bridge"] || byRole["service"] != want["service"] {
		t.Errorf("prometheus targets by role %v, want %v (groups %+v)", byRole, want, groups)
	}
}
