package bridge_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/owner"
	"github.com/servicechain/servicechain/internal/transfer"
)

// Issue 12 (liveness) on a devnet: failing requests never block the others,
// a gas burner fails alone, maximal inputs pay and oversize ones are
// refused, unpayable requests are refunded by vote, and refused log ranges
// shrink.

// Runtime codes of hostile recipients.
var (
	revertingCode = common.FromHex("60006000fd") // PUSH1 0 PUSH1 0 REVERT: refuses every payment
	gasBurnerCode = common.FromHex("5b600056")   // JUMPDEST PUSH1 0 JUMP: loops until its gas is gone
)

// deployCode creates a contract with the given runtime code on s (from dev
// account 0) and returns its address.
func deployCode(t testing.TB, s side, runtime []byte) common.Address {
	t.Helper()
	// PUSH1 len DUP1 PUSH1 11 PUSH1 0 CODECOPY PUSH1 0 RETURN, then the code.
	initCode := append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
	o := opts(s, 0)
	_, tx, err := bind.DeployContract(o, initCode, s.client, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := bind.WaitDeployed(context.Background(), s.client, tx.Hash())
	if err != nil {
		t.Fatalf("deploying %x on %s: %v", runtime, s.name, err)
	}
	return addr
}

// ownerCall sends data to s's bridge from the owner (dev account 0) and
// waits for it.
func ownerCall(t testing.TB, s side, to common.Address, data []byte) {
	t.Helper()
	// The devnet's contracts are owned by a TimelockController (issue 13):
	// the call is scheduled, waited for (the devnet's delay) and executed.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cl, ok := s.client.(bridgenet.Client)
	if !ok {
		t.Fatalf("%s client %T is not a bridgenet.Client", s.name, s.client)
	}
	c := &owner.Contract{Conn: bridgenet.NewConn(s.name, "", new(big.Int).SetUint64(s.chainID), cl), Address: to, Side: s.name,
		Owner: opts(s, 0), MaxWait: 50 * time.Second}
	if err := c.Call(ctx, "owner call", data); err != nil {
		t.Fatalf("owner tx on %s: %v", s.name, err)
	}
}

// events returns the logs of event name on s's bridge with topic1 = nonce
// (every nonce when nonce is nil), from block 0.
func events(t testing.TB, s side, name string, nonce *uint64) []types.Log {
	t.Helper()
	q := ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{s.bridge},
		Topics: [][]common.Hash{{bridgeABI.GetABI().Events[name].ID}}}
	if nonce != nil {
		q.Topics = append(q.Topics, []common.Hash{common.BigToHash(new(big.Int).SetUint64(*nonce))})
	}
	logs, err := s.client.FilterLogs(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func countEvents(t testing.TB, s side, name string, nonce uint64) int {
	return len(events(t, s, name, &nonce))
}

// waitRefunded waits until nonce is closed as refunded on dst.
func waitRefunded(t testing.TB, dst side, nonce uint64, timeout time.Duration) {
	t.Helper()
	waitFor(t, timeout, fmt.Sprintf("nonce %d refunded on %s", nonce, dst.name), func() bool {
		ok, err := bind.Call(bridgeABI.Instance(dst.client, dst.bridge), nil, bridgeABI.PackRefundedNonces(nonce), bridgeABI.UnpackRefundedNonces)
		return err == nil && ok
	})
}

// refundRequestOf returns the refund request nonce dst emitted for nonce
// (HandleRefunded), failing the test unless there is exactly one.
func refundRequestOf(t testing.TB, dst side, nonce uint64) uint64 {
	t.Helper()
	logs := events(t, dst, "HandleRefunded", &nonce)
	if len(logs) != 1 {
		t.Fatalf("%s: %d HandleRefunded events for nonce %d, want exactly 1", dst.name, len(logs), nonce)
	}
	ev, err := bridgeABI.UnpackHandleRefundedEvent(&logs[0])
	if err != nil {
		t.Fatal(err)
	}
	return ev.RefundRequestNonce
}

// TestFailingRequestsDoNotBlock (issue 12 (a)): with the open-request window
// lowered to 8, nine requests whose payout reverts, then one honest request:
// the honest one is handled within 2 poll intervals + 1 block of its request
// block, and the failing nonces are tried on the backoff's schedule (the
// count of tries on the chain), by the designated operator only.
func TestFailingRequestsDoNotBlock(t *testing.T) {
	defer bridge.SetMaxOpenPerRound(bridge.SetMaxOpenPerRound(8))
	d := startDevnet(t, 2, 1, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Bridge.RefundAfter = 0 // keep retrying: this test is about the backoff
	})
	parent, child := sides(d)
	bad := deployCode(t, child, revertingCode)
	var failing []*transfer.Request
	for i := 0; i < 9; i++ {
		failing = append(failing, send(t, parent, 1+i%3, "native", bad, big.NewInt(1)))
	}
	waitFor(t, time.Minute, "every failing request tried once", func() bool {
		for _, r := range failing {
			if countEvents(t, child, "HandleFailed", r.Nonce) == 0 {
				return false
			}
		}
		return true
	})
	started := time.Now()
	honest := send(t, parent, 5, "native", addrOf(6), big.NewInt(1234))
	p := waitHandled(t, parent, child, honest, 30*time.Second)
	reqTime := blockTime(t, parent, honest.BlockNumber)
	handleTime := blockTime(t, child, p.HandleBlock)
	// 2 poll intervals (200 ms) + 1 block (1 s), in 1 s block timestamps.
	if lat := handleTime - reqTime; lat > 2 {
		t.Errorf("honest request handled %d s after its request block (handle block %d): want within 2 polls + 1 block", lat, p.HandleBlock)
	}
	t.Logf("honest request: request block %d (t=%d), handle block %d (t=%d): %d s", honest.BlockNumber, reqTime, p.HandleBlock, handleTime, handleTime-reqTime)

	// The failing nonces keep being tried, on the backoff's schedule.
	time.Sleep(12 * time.Second)
	elapsed := time.Since(started) + 2*time.Second // their first failure came up to ~2 s before
	sched := bridge.BackoffSchedule(200*time.Millisecond, time.Hour)
	maxTries := sched.TriesWithin(elapsed) + 1
	minTries := sched.TriesWithin(elapsed / 3)
	a := auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0)
	var counts []int
	for _, r := range failing {
		counts = append(counts, a.failed[r.Nonce])
	}
	t.Logf("payout tries per failing nonce over %s: %v (schedule allows %d to %d)", elapsed.Round(time.Second), counts, minTries, maxTries)
	for _, r := range failing {
		tries := a.failed[r.Nonce]
		if tries < minTries || tries > maxTries {
			t.Errorf("nonce %d: %d payout tries in %s, want %d to %d (first retry after the poll interval, doubling)", r.Nonce, tries, elapsed.Round(time.Second), minTries, maxTries)
		}
		attempts := 0
		for _, byNonce := range a.attempts {
			attempts += byNonce[r.Nonce]
		}
		if attempts != tries {
			t.Errorf("nonce %d: %d vote attempts for %d tries: every attempt should be one try (no late votes of the backup)", r.Nonce, attempts, tries)
		}
		if a.handled[r.Nonce] != 0 {
			t.Errorf("nonce %d paid out to a reverting contract", r.Nonce)
		}
	}
	st := d.Node(0).Bridge.Status()
	if st.Directions[0].Failing != 9 || !st.Ready {
		t.Errorf("status: %d failing (want 9), ready %v %v: failing requests must not make the node unready", st.Directions[0].Failing, st.Ready, st.NotReady)
	}
}

func blockTime(t testing.TB, s side, n uint64) uint64 {
	t.Helper()
	h, err := s.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// pauseAll pauses (or resumes) voting on every node through the admin API.
func pauseAll(t testing.TB, d *devnet.Devnet, n int, pause bool) {
	t.Helper()
	method := "bridge_resumeVoting"
	if pause {
		method = "bridge_pauseVoting"
	}
	for i := 0; i < n; i++ {
		c, err := node.DialAdminToken(context.Background(), d.Node(i).Host.AdminAddr(), d.Node(i).Host.AdminToken())
		if err != nil {
			t.Fatal(err)
		}
		var ok bool
		if err := c.CallContext(context.Background(), &ok, method); err != nil {
			t.Fatal(err)
		}
		c.Close()
	}
}

// sendTogether sends native requests from distinct accounts without waiting
// in between, so they land in the same block or two, and returns them mined.
func sendTogether(t testing.TB, src side, firstAccount int, tos []common.Address, extra [][]byte) []*transfer.Request {
	t.Helper()
	ctx := context.Background()
	txs := make([]*types.Transaction, len(tos))
	for i, to := range tos {
		var x []byte
		if extra != nil {
			x = extra[i]
		}
		tx, err := transfer.Native(ctx, src.client, opts(src, firstAccount+i), src.bridge, to, big.NewInt(int64(1000+i)), nil, x)
		if err != nil {
			t.Fatal(err)
		}
		txs[i] = tx
	}
	out := make([]*transfer.Request, len(txs))
	for i, tx := range txs {
		out[i] = mined(t, src, func() (*types.Transaction, error) { return tx, nil })
	}
	return out
}

// resumeWhenVotable resumes the paused first n nodes once every one of them
// can vote all of reqs in its first round, and returns the child head just
// before the resume. It waits until each node holds the requests as open,
// and until every parent endpoint of each node is healthy at or past the
// requests' blocks: the requests may span several source blocks, and a node
// votes a request only once its source endpoints' heads have reached the
// request's block (endpoint agreement), which may come after it has seen
// the request.
func resumeWhenVotable(t testing.TB, d *devnet.Devnet, n int, reqs []*transfer.Request) uint64 {
	t.Helper()
	waitFor(t, time.Minute, fmt.Sprintf("all %d requests seen by the %d nodes", len(reqs), n), func() bool {
		for i := 0; i < n; i++ {
			if d.Node(i).Bridge.Status().Directions[0].OpenRequests != len(reqs) {
				return false
			}
		}
		return true
	})
	last := uint64(0)
	for _, r := range reqs {
		last = max(last, r.BlockNumber)
	}
	waitFor(t, 30*time.Second, "every node's parent endpoints at the requests' blocks", func() bool {
		for i := 0; i < n; i++ {
			for _, e := range d.Node(i).Host.Chain(node.ParentChain).Client.Endpoints() {
				if !e.Healthy || e.Head < last {
					return false
				}
			}
		}
		return true
	})
	_, child := sides(d)
	from := headOf(t, child)
	pauseAll(t, d, n, false)
	return from
}

// TestGasBurnerBatched (issue 12 (b)): a request to a gas burner (runtime
// 5b600056) batched with 9 honest requests: the burner's payout fails alone
// with PayoutOutOfGas and the 9 are paid in the same transaction; no vote
// transaction reverts.
func TestGasBurnerBatched(t *testing.T) {
	d := startDevnet(t, 3, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Bridge.VoteGrace = 0 // every node votes at once: the batches hold all ten
	})
	parent, child := sides(d)
	burner := deployCode(t, child, gasBurnerCode)
	pauseAll(t, d, 3, true)
	tos := []common.Address{burner}
	for i := 0; i < 9; i++ {
		tos = append(tos, common.BigToAddress(big.NewInt(int64(0xb0b00+i))))
	}
	reqs := sendTogether(t, parent, 0, tos, nil)
	from := resumeWhenVotable(t, d, 3, reqs)
	for _, r := range reqs[1:] {
		waitHandled(t, parent, child, r, time.Minute)
	}
	waitFor(t, 30*time.Second, "the burner's payout failed", func() bool { return countEvents(t, child, "HandleFailed", reqs[0].Nonce) > 0 })
	fl := events(t, child, "HandleFailed", &reqs[0].Nonce)[0]
	ev, err := bridgeABI.UnpackHandleFailedEvent(&fl)
	if err != nil || !strings.HasPrefix(bindings.DecodeRevert(ev.Reason), "PayoutOutOfGas(") {
		t.Fatalf("burner failure reason %q (%v), want PayoutOutOfGas", bindings.DecodeRevert(ev.Reason), err)
	}
	rcpt, err := child.client.TransactionReceipt(context.Background(), fl.TxHash)
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("the burner's vote tx: %v %+v", err, rcpt)
	}
	paidWith := 0
	for _, l := range rcpt.Logs {
		if h, err := bridgeABI.UnpackHandleValueTransferEvent(l); err == nil && h.HandleNonce != reqs[0].Nonce {
			paidWith++
		}
	}
	a := auditChain(t, d.Child.Client(), child.chainID, child.bridge, from)
	for op, n := range a.reverted {
		if n > 0 {
			t.Errorf("operator %s: %d vote transactions reverted", op, n)
		}
	}
	handledIn := map[uint64]bool{}
	for _, r := range reqs[1:] {
		p, _ := transfer.Status(context.Background(), child.client, child.bridge, r.Nonce, from)
		handledIn[p.HandleBlock] = true
	}
	if len(handledIn) != 1 || !handledIn[fl.BlockNumber] {
		t.Errorf("the 9 honest requests were handled in blocks %v, the burner failed in block %d: want one round, the same block", handledIn, fl.BlockNumber)
	}
	if paidWith != 9 {
		t.Errorf("the burner's vote transaction paid %d honest requests, want all 9 batched with it", paidWith)
	}
	t.Logf("burner failed in tx %s (gas used %d) which paid %d honest requests", fl.TxHash, rcpt.GasUsed, paidWith)
}

// TestMaximalInputs (issue 12 (c)): two requests with 1 KiB of extraData
// (the cap) and an NFT with a 512-byte URI (the cap) are paid; one byte
// more is refused at request time with the contract's custom error, decoded.
func TestMaximalInputs(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	maxExtra := bytes.Repeat([]byte{0xee}, bindings.MaxExtraDataLength)
	reqs := sendTogether(t, parent, 1, []common.Address{addrOf(7), addrOf(8)}, [][]byte{maxExtra, maxExtra})
	id := big.NewInt(512)
	uri := "ipfs://" + strings.Repeat("u", bindings.MaxTokenURILength-len("ipfs://"))
	mintNFT(t, parent, addrOf(0), id, uri)
	nft := send(t, parent, 0, "erc721", addrOf(9), id)
	for _, r := range append(reqs, nft) {
		waitHandled(t, parent, child, r, time.Minute)
	}
	if got := tokenURI(t, child, id); got != uri {
		t.Errorf("child NFT URI has %d bytes, want the %d sent", len(got), len(uri))
	}
	logs := events(t, child, "HandleValueTransfer", nil)
	for _, l := range logs {
		if ev, err := bridgeABI.UnpackHandleValueTransferEvent(&l); err == nil && ev.HandleNonce == reqs[0].Nonce && !bytes.Equal(ev.ExtraData, maxExtra) {
			t.Errorf("extraData relayed as %d bytes, want %d", len(ev.ExtraData), len(maxExtra))
		}
	}

	ctx := context.Background()
	_, err := transfer.Native(ctx, parent.client, opts(parent, 1), parent.bridge, addrOf(7), big.NewInt(1), nil, append(maxExtra, 0))
	if err == nil || !strings.Contains(err.Error(), "ExtraDataTooLong(1025, 1024)") {
		t.Errorf("1,025 bytes of extraData: %v, want the decoded ExtraDataTooLong(1025, 1024)", err)
	}
	big2 := big.NewInt(513)
	mintNFT(t, parent, addrOf(0), big2, uri+"x")
	_, err = transfer.ERC721(ctx, parent.client, opts(parent, 0), parent.bridge, parent.nft, addrOf(9), big2, false, nil)
	if err == nil || !strings.Contains(err.Error(), "TokenURITooLong(513, 512)") {
		t.Errorf("a 513-byte URI: %v, want the decoded TokenURITooLong(513, 512)", err)
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)
}

// TestRefundByVote (issue 12 (d)): native coin to a reverting contract, an
// ERC-20 whose token is locked on the destination, and an ERC-721 whose id
// already exists there are each refunded to the sender on the source,
// exactly once, with value conserved per token on both chains; a late payout
// vote for a refunded nonce is refused.
func TestRefundByVote(t *testing.T) {
	d := startDevnet(t, 3, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Bridge.RefundAfter = 3 * time.Second
	})
	parent, child := sides(d)
	ctx := context.Background()
	bad := deployCode(t, child, revertingCode)
	ownerCall(t, child, child.bridge, bridgeABI.PackLockToken(child.token))
	id := big.NewInt(77)
	mintNFT(t, parent, addrOf(0), id, "ipfs://seventy-seven")
	mintNFT(t, child, addrOf(3), id, "ipfs://already-here")

	alice := addrOf(1) // native sender
	owner := addrOf(0) // ERC-20 and ERC-721 sender
	value, amount := big.NewInt(123_456_789), big.NewInt(4_000_000)
	bridgeBal0 := balance(t, parent, parent.bridge)
	childBridgeBal0 := balance(t, child, child.bridge)
	locked0 := tokenBalance(t, parent, parent.bridge)
	supply0 := tokenSupply(t, child)

	rn := send(t, parent, 1, "native", bad, value)
	aliceAfterRequest := balance(t, parent, alice)
	ownerTokens := tokenBalance(t, parent, owner)
	re := send(t, parent, 0, "erc20", addrOf(4), amount)
	ownerTokensAfterRequest := tokenBalance(t, parent, owner)
	rf := send(t, parent, 0, "erc721", addrOf(4), id)
	if _, err := nftOwner(parent, id); err == nil {
		t.Fatal("the parent NFT still exists after the request (mint/burn mode burns it)")
	}
	if fee := new(big.Int).Sub(new(big.Int).Sub(ownerTokens, ownerTokensAfterRequest), amount); fee.Sign() < 0 {
		t.Fatalf("ERC-20 request took %s, less than the amount", new(big.Int).Sub(ownerTokens, ownerTokensAfterRequest))
	}

	// The NFT refund is due at once (the id exists: cannot heal); the others
	// after refund_after.
	waitRefunded(t, child, rf.Nonce, time.Minute)
	waitRefunded(t, child, rn.Nonce, time.Minute)
	waitRefunded(t, child, re.Nonce, time.Minute)
	homes := map[string]uint64{"native": refundRequestOf(t, child, rn.Nonce), "erc20": refundRequestOf(t, child, re.Nonce), "erc721": refundRequestOf(t, child, rf.Nonce)}
	for kind, n := range homes {
		waitHandled(t, child, parent, &transfer.Request{Nonce: n}, time.Minute)
		t.Logf("%s refund request %d carried home", kind, n)
	}

	// Native: the locked coin went back to alice; nothing moved on the child.
	if got := new(big.Int).Sub(balance(t, parent, alice), aliceAfterRequest); got.Cmp(value) != 0 {
		t.Errorf("alice got %s wei back, want %s", got, value)
	}
	if got := balance(t, parent, parent.bridge); got.Cmp(bridgeBal0) != 0 {
		t.Errorf("parent bridge holds %s wei, want %s as before the request (locked then released)", got, bridgeBal0)
	}
	if got := balance(t, child, child.bridge); got.Cmp(childBridgeBal0) != 0 {
		t.Errorf("child bridge holds %s wei, want %s (nothing was paid out)", got, childBridgeBal0)
	}
	// ERC-20: released on the parent, nothing minted on the child.
	if got := tokenBalance(t, parent, parent.bridge); got.Cmp(locked0) != 0 {
		t.Errorf("parent bridge locks %s tokens, want %s", got, locked0)
	}
	if got := new(big.Int).Sub(tokenBalance(t, parent, owner), ownerTokensAfterRequest); got.Cmp(amount) != 0 {
		t.Errorf("the ERC-20 sender got %s back, want %s", got, amount)
	}
	if got := tokenSupply(t, child); got.Cmp(supply0) != 0 {
		t.Errorf("child token supply %s, want %s (the payout never minted)", got, supply0)
	}
	// ERC-721: re-minted to the sender on the parent with its URI; the
	// child's own token untouched.
	if o, err := nftOwner(parent, id); err != nil || o != owner {
		t.Errorf("parent NFT %s owner %s (%v), want the sender %s", id, o, err, owner)
	}
	if uri := tokenURI(t, parent, id); uri != "ipfs://seventy-seven" {
		t.Errorf("parent NFT URI %q after the refund", uri)
	}
	if o, err := nftOwner(child, id); err != nil || o != addrOf(3) {
		t.Errorf("child NFT %s owner %s (%v), want its holder %s", id, o, err, addrOf(3))
	}

	// Exactly once: closed once on the child (refunded, never paid), each
	// refund request paid once on the parent.
	ca := auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0)
	for _, r := range []*transfer.Request{rn, re, rf} {
		if ca.handled[r.Nonce] != 0 || ca.refunded[r.Nonce] != 1 {
			t.Errorf("child nonce %d: paid %d times, refunded %d times; want 0 and 1", r.Nonce, ca.handled[r.Nonce], ca.refunded[r.Nonce])
		}
	}
	requireExactlyOnce(t, ca, parent)
	requireExactlyOnce(t, auditChain(t, d.Parent.Client(), parent.chainID, parent.bridge, 0), child)

	// A late payout vote for a refunded nonce is refused.
	op := crypto.PubkeyToAddress(devnet.OperatorKey(0).PublicKey)
	vote := bridgeABI.PackHandleNativeTransfer(rn.TxHash, alice, bad, value, rn.Nonce, rn.BlockNumber, []byte{})
	_, err := child.client.CallContract(ctx, ethereum.CallMsg{From: op, To: &child.bridge, Data: vote}, nil)
	if data, ok := bindings.RevertData(err); !ok || !strings.HasPrefix(bindings.DecodeRevert(data), "NonceRefunded(") {
		t.Errorf("late payout vote for refunded nonce %d: %v, want NonceRefunded", rn.Nonce, err)
	}
	// The nodes saw the refunds.
	waitFor(t, 20*time.Second, "nodes record the refunds", func() bool {
		st := d.Node(0).Bridge.Status()
		return st.Directions[0].Failing == 0
	})
}

func tokenSupply(t testing.TB, s side) *big.Int {
	t.Helper()
	v, err := bind.Call(tokenABI.Instance(s.client, s.token), nil, tokenABI.PackTotalSupply(), tokenABI.UnpackTotalSupply)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestAdminRefund: with refund_after 0 a failing payout is never refunded
// by itself; `servicechain bridge refund` (bridge_refund) on one node casts
// one refund vote (not enough with k = 2), on a second node it refunds; the
// admin call refuses an unknown nonce, a refunded one and a refund request.
func TestAdminRefund(t *testing.T) {
	d := startDevnet(t, 3, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Bridge.RefundAfter = 0
	})
	parent, child := sides(d)
	ctx := context.Background()
	bad := deployCode(t, child, revertingCode)
	r := send(t, parent, 1, "native", bad, big.NewInt(99))
	waitFor(t, time.Minute, "the payout failed", func() bool { return countEvents(t, child, "HandleFailed", r.Nonce) > 0 })
	admin := func(i int) string { return d.Node(i).Host.AdminAddr() }
	token := func(i int) string { return d.Node(i).Host.AdminToken() }
	v, err := bridge.RequestRefund(ctx, admin(0), token(0), bridge.ParentToChild, r.Nonce)
	if err != nil {
		t.Fatal(err)
	}
	if v.Threshold != 2 || v.Tx == (common.Hash{}) {
		t.Errorf("refund vote %+v", v)
	}
	waitFor(t, 20*time.Second, "the first refund vote is mined", func() bool {
		return len(events(t, child, "RefundVote", &r.Nonce)) == 1
	})
	if ok, _ := bind.Call(bridgeABI.Instance(child.client, child.bridge), nil, bridgeABI.PackRefundedNonces(r.Nonce), bridgeABI.UnpackRefundedNonces); ok {
		t.Fatal("one operator's refund vote refunded the request (k = 2)")
	}
	if _, err := bridge.RequestRefund(ctx, admin(1), token(1), bridge.ParentToChild, r.Nonce); err != nil {
		t.Fatal(err)
	}
	waitRefunded(t, child, r.Nonce, 30*time.Second)
	home := refundRequestOf(t, child, r.Nonce)
	waitHandled(t, child, parent, &transfer.Request{Nonce: home}, time.Minute)

	for _, c := range []struct {
		dir   string
		nonce uint64
		want  string
	}{
		{bridge.ParentToChild, 9999, "has not seen the request"},
		{"sideways", 0, "expected parent-to-child or child-to-parent"},
		{bridge.ChildToParent, home, "is a refund request"},
	} {
		if _, err := bridge.RequestRefund(ctx, admin(2), token(2), c.dir, c.nonce); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("bridge_refund %s %d: %v, want an error containing %q", c.dir, c.nonce, err, c.want)
		}
	}
	waitFor(t, 20*time.Second, "node 3 sees the refund", func() bool {
		_, err := bridge.RequestRefund(ctx, admin(2), token(2), bridge.ParentToChild, r.Nonce)
		return err != nil && strings.Contains(err.Error(), "already closed")
	})
}

// logRangeProxy forwards JSON-RPC over HTTP to target and answers
// eth_getLogs over more than limit blocks with -32005, recording every
// getLogs range it saw and whether it refused it.
type logRangeProxy struct {
	target string
	limit  uint64
	mu     sync.Mutex
	asked  []logRange
}

type logRange struct {
	from, to uint64
	refused  bool
}

func (p *logRangeProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if json.Unmarshal(body, &req) == nil && req.Method == "eth_getLogs" && len(req.Params) == 1 {
		var q struct{ FromBlock, ToBlock string }
		if json.Unmarshal(req.Params[0], &q) == nil {
			from, _ := hexutil.DecodeUint64(q.FromBlock)
			to, _ := hexutil.DecodeUint64(q.ToBlock)
			refuse := to >= from && to-from+1 > p.limit
			p.mu.Lock()
			p.asked = append(p.asked, logRange{from, to, refuse})
			p.mu.Unlock()
			if refuse {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32005,"message":"query returned more than 10000 results"}}`, req.ID)
				return
			}
		}
	}
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func (p *logRangeProxy) ranges() []logRange {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]logRange(nil), p.asked...)
}

// TestAdaptiveLogRange (issue 12 (e)): a node whose only parent endpoint
// answers eth_getLogs over more than 100 blocks with -32005 ("too many
// results") rescans a few hundred blocks: the scan halves its range until
// it is accepted, advances to the head, never has a range over 100 blocks
// accepted, and the endpoint stays healthy; a transfer then goes through.
func TestAdaptiveLogRange(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{DataDir: t.TempDir(), Operators: 1, Threshold: 1, NoAnchoring: true,
		BlockPeriod: 100 * time.Millisecond, ChildProducers: 1, Logger: testLogger(t), Tune: fastTune})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	parent, child := sides(d)
	proxy := &logRangeProxy{target: d.Info().Parent.HTTP, limit: 100}
	srv := httptest.NewServer(proxy)
	defer srv.Close()
	if err := d.StopNode(0); err != nil {
		t.Fatal(err)
	}
	waitFor(t, time.Minute, "the parent chain passes block 350", func() bool { return d.Parent.Client() != nil && headOf(t, parent) >= 350 })
	cfg, err := config.Load(d.NodeConfigPath(0))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Parent.Endpoints = []string{srv.URL}
	if err := cfg.WriteFile(d.NodeConfigPath(0), true); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(cfg.Node.StorePath()); err != nil { // rescan from the start block
		t.Fatal(err)
	}
	if err := d.StartNode(0); err != nil {
		t.Fatal(err)
	}
	head := headOf(t, parent)
	waitFor(t, time.Minute, "the rescan reaches the head", func() bool {
		return d.Node(0).Bridge.Status().Directions[0].Cursor >= head
	})
	refused, accepted := 0, 0
	for _, r := range proxy.ranges() {
		switch {
		case r.refused:
			refused++
		case r.to-r.from+1 > 100:
			t.Errorf("a range of %d blocks (%d-%d) was accepted over the 100-block limit", r.to-r.from+1, r.from, r.to)
		default:
			accepted++
		}
	}
	t.Logf("eth_getLogs ranges through the limiting endpoint: %d refused, %d accepted (%d blocks rescanned)", refused, accepted, head)
	if refused == 0 || accepted < 3 {
		t.Errorf("%d refused and %d accepted ranges: want the scan to hit the limit, halve and advance", refused, accepted)
	}
	for _, c := range d.Node(0).Bridge.Status().Chains {
		if c.Name == "parent" && (len(c.Endpoints) != 1 || !c.Endpoints[0].Healthy) {
			t.Errorf("parent endpoint status %+v: refused ranges marked it unhealthy", c.Endpoints)
		}
	}
	r := send(t, parent, 1, "native", addrOf(5), big.NewInt(42))
	waitHandled(t, parent, child, r, time.Minute)
}

func headOf(t testing.TB, s side) uint64 {
	t.Helper()
	n, err := s.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBatchBisect (issue 12: a batch refused at estimation is split so the
// honest entries go through in the same round): with the node's size and
// gas-cap pre-split turned off and bridge.batch_size 100, 100 requests with
// 1 KiB of extraData make one vote batch of about 147 KB and 19M gas, which
// the tx manager (EIP-7825 cap) or the pool (128 KiB) refuses; the node
// bisects it, and all 100 are paid within a few blocks of the resumed round,
// no batch over the limits ever reaching the chain.
func TestBatchBisect(t *testing.T) {
	defer bridge.SetUncappedBatches(bridge.SetUncappedBatches(true))
	d := startDevnet(t, 2, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Bridge.BatchSize = 100
		c.Bridge.VoteGrace = 0
	})
	parent, child := sides(d)
	pauseAll(t, d, 2, true)
	ctx := context.Background()
	extra := bytes.Repeat([]byte{0xab}, bindings.MaxExtraDataLength)
	var txs []*types.Transaction
	for a := 0; a < 10; a++ {
		o := opts(parent, a)
		n, err := parent.client.(interface {
			PendingNonceAt(context.Context, common.Address) (uint64, error)
		}).PendingNonceAt(ctx, addrOf(a))
		if err != nil {
			t.Fatal(err)
		}
		for j := 0; j < 10; j++ {
			o.Nonce = new(big.Int).SetUint64(n + uint64(j))
			tx, err := transfer.Native(ctx, parent.client, o, parent.bridge, common.BigToAddress(big.NewInt(int64(0xc0c00+10*a+j))), big.NewInt(1), nil, extra)
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
		}
	}
	var reqs []*transfer.Request
	for _, tx := range txs {
		reqs = append(reqs, mined(t, parent, func() (*types.Transaction, error) { return tx, nil }))
	}
	from := resumeWhenVotable(t, d, 2, reqs)
	var last uint64
	// How fast the bisection's estimates run is the machine's business (19M
	// gas each, under -race, beside other packages' tests): the claims are
	// checked from the chain below, so the wait is generous.
	for _, r := range reqs {
		p := waitHandled(t, parent, child, r, 5*time.Minute)
		last = max(last, p.HandleBlock)
	}
	t.Logf("100 requests of 1 KiB extraData paid in child blocks %d-%d after voting resumed", from+1, last)
	a := auditChain(t, d.Child.Client(), child.chainID, child.bridge, from)
	for op, n := range a.reverted {
		if n > 0 {
			t.Errorf("operator %s: %d vote transactions reverted", op, n)
		}
	}
	// Every vote transaction that reached the chain is within the limits,
	// and each operator sent the halves of its refused batch in the same
	// round: its first two vote transactions (consecutive account nonces)
	// hold all 100 entries between them.
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(child.chainID))
	batch := bridgeABI.GetABI().Methods["handleBatch"]
	type vote struct{ nonce, entries uint64 }
	byOp := map[common.Address][]vote{}
	for n := from; n <= last; n++ {
		blk, err := d.Child.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != child.bridge {
				continue
			}
			if tx.Size() > 128*1024 || tx.Gas() > 16_777_216 {
				t.Errorf("vote tx %s in block %d: %d bytes, gas %d: over the limits", tx.Hash(), n, tx.Size(), tx.Gas())
			}
			from, _ := types.Sender(signer, tx)
			if data := tx.Data(); len(data) > 4 && bytes.Equal(data[:4], batch.ID) {
				if vals, err := batch.Inputs.Unpack(data[4:]); err == nil {
					calls := *abi.ConvertType(vals[0], new([]bindings.BridgeHandleCall)).(*[]bindings.BridgeHandleCall)
					byOp[from] = append(byOp[from], vote{tx.Nonce(), uint64(len(calls))})
				}
			}
		}
	}
	if len(byOp) == 0 {
		t.Fatal("no handleBatch vote transactions found")
	}
	for op, vs := range byOp {
		sort.Slice(vs, func(i, j int) bool { return vs[i].nonce < vs[j].nonce })
		if len(vs) < 2 || vs[1].nonce != vs[0].nonce+1 || vs[0].entries+vs[1].entries != 100 || vs[0].entries == 100 {
			t.Errorf("operator %s vote batches (account nonce, entries) %v: want the 100 split in two halves sent back to back", op, vs)
		}
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)
}

// TestBatchRevertedOnChainBisect (issue 12: "a batch refused at estimation or
// reverted on chain is split (bisect) so the honest entries go through in
// the same round"; TestBatchBisect covers the estimation): each operator's
// first vote batch of ten is mined and reverts as a whole (status 0), out of
// gas. By design no real batch does (payouts run with fixed stipends that
// the vote's gas covers, invalid entries are skipped), so the batch is given
// too little gas by the StarveFirstBatch seam. Each node splits the reverted
// batch and sends both halves at once (its next two account nonces); all ten
// are paid exactly once, and the value is conserved on both chains.
func TestBatchRevertedOnChainBisect(t *testing.T) {
	defer bridge.StarveFirstBatch(bridge.StarveFirstBatch(true))
	d := startDevnet(t, 2, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Bridge.VoteGrace = 0 // both nodes vote at once: their first batches hold all ten
	})
	parent, child := sides(d)
	ctx := context.Background()
	balance := func(c *ethclient.Client, a common.Address) *big.Int {
		t.Helper()
		b, err := c.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	parentLocked, childHeld := balance(d.Parent.Client(), parent.bridge), balance(d.Child.Client(), child.bridge)
	pauseAll(t, d, 2, true)
	tos := make([]common.Address, 10)
	for i := range tos {
		tos[i] = common.BigToAddress(big.NewInt(int64(0xbe500 + i)))
	}
	reqs := sendTogether(t, parent, 0, tos, nil) // values 1000+i wei
	from := resumeWhenVotable(t, d, 2, reqs)
	var last uint64
	for _, r := range reqs {
		last = max(last, waitHandled(t, parent, child, r, 2*time.Minute).HandleBlock)
	}

	// From the chain: each operator's vote transactions, by account nonce.
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(child.chainID))
	type vote struct {
		nonce  uint64
		status uint64
		reqs   []uint64
	}
	byOp := map[common.Address][]vote{}
	for n := from; n <= last; n++ {
		blk, err := d.Child.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != child.bridge {
				continue
			}
			nonces := voteNonces(tx.Data())
			if nonces == nil {
				continue
			}
			op, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			rcpt, err := d.Child.Client().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			byOp[op] = append(byOp[op], vote{tx.Nonce(), rcpt.Status, nonces})
		}
	}
	want := make([]uint64, len(reqs))
	for i, r := range reqs {
		want[i] = r.Nonce
	}
	slices.Sort(want)
	if len(byOp) != 2 {
		t.Fatalf("vote transactions from %d operators, want 2: %v", len(byOp), byOp)
	}
	for op, vs := range byOp {
		sort.Slice(vs, func(i, j int) bool { return vs[i].nonce < vs[j].nonce })
		t.Logf("operator %s votes (account nonce, status, request nonces): %v", op, vs)
		if len(vs) < 3 {
			t.Errorf("operator %s: %d vote transactions, want the reverted batch and its two halves", op, len(vs))
			continue
		}
		first, h1, h2 := vs[0], vs[1], vs[2]
		if first.status != types.ReceiptStatusFailed || !slices.Equal(slices.Sorted(slices.Values(first.reqs)), want) {
			t.Errorf("operator %s: first vote status %d for %v, want the batch of all ten %v reverted (status 0)", op, first.status, first.reqs, want)
		}
		halves := slices.Concat(h1.reqs, h2.reqs)
		slices.Sort(halves)
		if h1.nonce != first.nonce+1 || h2.nonce != first.nonce+2 || h1.status != types.ReceiptStatusSuccessful ||
			h2.status != types.ReceiptStatusSuccessful || len(h1.reqs) != 5 || len(h2.reqs) != 5 || !slices.Equal(halves, want) {
			t.Errorf("operator %s: after the reverted batch, votes %v, %v; want its two halves of five, mined, at the next two account nonces", op, h1, h2)
		}
	}
	a := auditChain(t, d.Child.Client(), child.chainID, child.bridge, from)
	for op, n := range a.reverted {
		if n != 1 {
			t.Errorf("operator %s: %d vote transactions reverted, want only its starved batch", op, n)
		}
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)

	// Value: the parent bridge locked what the child bridge paid out, each
	// recipient got its request's value.
	sum := new(big.Int)
	for i, to := range tos {
		v := big.NewInt(int64(1000 + i))
		sum.Add(sum, v)
		if got := balance(d.Child.Client(), to); got.Cmp(v) != 0 {
			t.Errorf("recipient %s holds %v wei on the child, want %v", to, got, v)
		}
	}
	if got := new(big.Int).Sub(balance(d.Parent.Client(), parent.bridge), parentLocked); got.Cmp(sum) != 0 {
		t.Errorf("parent bridge locked %v wei, want %v", got, sum)
	}
	if got := new(big.Int).Sub(childHeld, balance(d.Child.Client(), child.bridge)); got.Cmp(sum) != 0 {
		t.Errorf("child bridge paid out %v wei, want %v", got, sum)
	}
}
