package bridge_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/transfer"
)

// send makes one request of the given kind from account `from` on src to `to`
// on the other chain and returns it once mined.
func send(t testing.TB, src side, from int, kind string, to common.Address, amount *big.Int) *transfer.Request {
	t.Helper()
	ctx := context.Background()
	return mined(t, src, func() (*types.Transaction, error) {
		o := opts(src, from)
		switch kind {
		case "native":
			return transfer.Native(ctx, src.client, o, src.bridge, to, amount, nil, nil)
		case "erc20":
			return transfer.ERC20(ctx, src.client, o, src.bridge, src.token, to, amount, false, nil)
		case "erc20-1step":
			return transfer.ERC20(ctx, src.client, o, src.bridge, src.token, to, amount, true, nil)
		case "erc721":
			return transfer.ERC721(ctx, src.client, o, src.bridge, src.nft, to, amount, false, nil)
		case "erc721-1step":
			return transfer.ERC721(ctx, src.client, o, src.bridge, src.nft, to, amount, true, nil)
		}
		return nil, fmt.Errorf("unknown kind %q", kind)
	})
}

// mintNFT mints token id on s's sample NFT to `to` (dev account 0 holds MINTER_ROLE).
func mintNFT(t testing.TB, s side, to common.Address, id *big.Int, uri string) {
	t.Helper()
	o := opts(s, 0)
	tx, err := bind.Transact(nftABI.Instance(s.client, s.nft), o, nftABI.PackMintWithTokenURI(to, id, uri))
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := chain.WaitReceipt(context.Background(), s.client, tx.Hash(), 0)
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("mint NFT %s: %v (status %v)", id, err, rcpt)
	}
}

func tokenURI(t testing.TB, s side, id *big.Int) string {
	t.Helper()
	uri, err := bind.Call(nftABI.Instance(s.client, s.nft), nil, nftABI.PackTokenURI(id), nftABI.UnpackTokenURI)
	if err != nil {
		t.Fatal(err)
	}
	return uri
}

// TestTokensBothWays moves the sample ERC-20 (lock/unlock on the parent,
// mint/burn on the child) and ERC-721 (mint/burn on both) both ways, in two
// steps (approve + request) and in one (ERC-1363 transferAndCall,
// safeTransferFrom), through 3 nodes with threshold 2.
func TestTokensBothWays(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	alice, bob, carol := addrOf(0), addrOf(2), addrOf(3)
	amount := big.NewInt(5_000_000)

	// ERC-20 parent -> child (2-step), then child -> parent (1-step).
	lockedBefore := tokenBalance(t, parent, parent.bridge)
	r := send(t, parent, 0, "erc20", bob, amount)
	waitHandled(t, parent, child, r, time.Minute)
	if got := tokenBalance(t, child, bob); got.Cmp(amount) != 0 {
		t.Fatalf("child ERC-20 of bob = %s, want %s", got, amount)
	}
	back := big.NewInt(2_000_000)
	r = send(t, child, 2, "erc20-1step", carol, back)
	waitHandled(t, child, parent, r, time.Minute)
	if got := tokenBalance(t, parent, carol); got.Cmp(back) != 0 {
		t.Errorf("parent ERC-20 of carol = %s, want %s", got, back)
	}
	// Conservation: parent locked == child supply.
	locked := new(big.Int).Sub(tokenBalance(t, parent, parent.bridge), lockedBefore)
	supply, err := bind.Call(tokenABI.Instance(child.client, child.token), nil, tokenABI.PackTotalSupply(), tokenABI.UnpackTotalSupply)
	if err != nil {
		t.Fatal(err)
	}
	if locked.Cmp(supply) != 0 {
		t.Errorf("value not conserved: parent bridge locked %s, child supply %s", locked, supply)
	}

	// ERC-721 parent -> child (1-step), then child -> parent (2-step); the URI travels.
	id := big.NewInt(42)
	mintNFT(t, parent, alice, id, "ipfs://servicechain/42")
	r = send(t, parent, 0, "erc721-1step", bob, id)
	waitHandled(t, parent, child, r, time.Minute)
	if owner, err := nftOwner(child, id); err != nil || owner != bob {
		t.Fatalf("child NFT 42 owner = %s (%v), want bob %s", owner, err, bob)
	}
	if uri := tokenURI(t, child, id); uri != "ipfs://servicechain/42" {
		t.Errorf("child NFT 42 URI = %q", uri)
	}
	r = send(t, child, 2, "erc721", carol, id)
	waitHandled(t, child, parent, r, time.Minute)
	if owner, err := nftOwner(parent, id); err != nil || owner != carol {
		t.Errorf("parent NFT 42 owner = %s (%v), want carol %s", owner, err, carol)
	}
	if _, err := nftOwner(child, id); err == nil {
		t.Errorf("child NFT 42 still exists after it was sent back (mint/burn mode burns it)")
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)
	requireExactlyOnce(t, auditChain(t, d.Parent.Client(), parent.chainID, parent.bridge, 0), child)
}

// TestRestartedNodeCatchesUp stops one of 3 nodes (threshold 2), moves value
// while it is down, restarts it, and checks that it catches up without
// voting on what was handled meanwhile, then votes on new requests.
func TestRestartedNodeCatchesUp(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	late := crypto.PubkeyToAddress(devnet.OperatorKey(2).PublicKey)
	if err := d.StopNode(2); err != nil {
		t.Fatal(err)
	}
	var whileDown []*transfer.Request
	for i := 0; i < 3; i++ {
		whileDown = append(whileDown, send(t, parent, 1, "native", addrOf(5), big.NewInt(1000)))
	}
	for _, r := range whileDown {
		waitHandled(t, parent, child, r, time.Minute)
	}
	if err := d.StartNode(2); err != nil {
		t.Fatal(err)
	}
	// The restarted node reads the history, finds it handled, and reports no open request.
	waitFor(t, 30*time.Second, "restarted node has caught up", func() bool {
		n := d.Node(2)
		if n == nil {
			return false
		}
		st := n.Bridge.Status()
		p2c := st.Directions[0]
		return p2c.Cursor >= whileDown[len(whileDown)-1].BlockNumber && p2c.OpenRequests == 0
	})
	// Stop another node: the restarted one is now needed for the threshold.
	if err := d.StopNode(0); err != nil {
		t.Fatal(err)
	}
	r := send(t, parent, 1, "native", addrOf(5), big.NewInt(2000))
	p := waitHandled(t, parent, child, r, time.Minute)
	if p.Votes != 2 {
		t.Errorf("handled with %d votes, want 2 (nodes 2 and 3)", p.Votes)
	}
	a := auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0)
	requireExactlyOnce(t, a, parent)
	for _, wd := range whileDown {
		if n := a.attempts[late][wd.Nonce]; n != 0 {
			t.Errorf("restarted node sent %d votes for nonce %d, handled while it was down", n, wd.Nonce)
		}
	}
	if a.attempts[late][r.Nonce] != 1 {
		t.Errorf("restarted node voted %d times on the new nonce %d, want 1", a.attempts[late][r.Nonce], r.Nonce)
	}
	for op, votes := range a.attempts {
		for nonce, n := range votes {
			if n > 1 {
				t.Errorf("operator %s voted %d times on nonce %d", op, n, nonce)
			}
		}
	}
}

// TestAllNodesDown stops every node while requests of all kinds arrive both
// ways, then starts them: every request is handled exactly once.
func TestAllNodesDown(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	for i := 0; i < 3; i++ {
		if err := d.StopNode(i); err != nil {
			t.Fatal(err)
		}
	}
	mintNFT(t, parent, addrOf(0), big.NewInt(7), "uri-7")
	var p2c, c2p []*transfer.Request
	p2c = append(p2c, send(t, parent, 1, "native", addrOf(4), big.NewInt(111)))
	p2c = append(p2c, send(t, parent, 0, "erc20", addrOf(4), big.NewInt(222)))
	p2c = append(p2c, send(t, parent, 0, "erc721", addrOf(4), big.NewInt(7)))
	c2p = append(c2p, send(t, child, 1, "native", addrOf(4), big.NewInt(333)))
	c2p = append(c2p, send(t, child, 3, "native", addrOf(4), big.NewInt(444)))
	time.Sleep(2 * time.Second)
	if p, err := transfer.Status(context.Background(), child.client, child.bridge, p2c[0].Nonce, 0); err != nil || p.Handled {
		t.Fatalf("nonce %d handled with every node down (%+v, %v)", p2c[0].Nonce, p, err)
	}
	for i := 0; i < 3; i++ {
		if err := d.StartNode(i); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range p2c {
		waitHandled(t, parent, child, r, time.Minute)
	}
	for _, r := range c2p {
		waitHandled(t, child, parent, r, time.Minute)
	}
	if owner, err := nftOwner(child, big.NewInt(7)); err != nil || owner != addrOf(4) {
		t.Errorf("child NFT 7 owner = %s (%v)", owner, err)
	}
	requireExactlyOnce(t, auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0), parent)
	requireExactlyOnce(t, auditChain(t, d.Parent.Client(), parent.chainID, parent.bridge, 0), child)
}

// TestStoreDeleted wipes a node's store: it rescans from its start block,
// pays nothing twice, and does not vote on what is already handled.
func TestStoreDeleted(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	var reqs []*transfer.Request
	for i := 0; i < 3; i++ {
		reqs = append(reqs, send(t, parent, 1, "native", addrOf(6), big.NewInt(1000)))
	}
	for _, r := range reqs {
		waitHandled(t, parent, child, r, time.Minute)
	}
	before := auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0)
	if err := d.StopNode(0); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(d.NodeConfigPath(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(cfg.Node.StorePath()); err != nil {
		t.Fatal(err)
	}
	if err := d.StartNode(0); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "node with a new store has rescanned", func() bool {
		n := d.Node(0)
		st := n.Bridge.Status()
		return st.Directions[0].Cursor >= reqs[len(reqs)-1].BlockNumber && st.Directions[0].OpenRequests == 0
	})
	// New requests still work with the rescanned node.
	r := send(t, parent, 1, "native", addrOf(6), big.NewInt(1000))
	waitHandled(t, parent, child, r, time.Minute)
	after := auditChain(t, d.Child.Client(), child.chainID, child.bridge, 0)
	requireExactlyOnce(t, after, parent)
	op := crypto.PubkeyToAddress(devnet.OperatorKey(0).PublicKey)
	for _, old := range reqs {
		if after.attempts[op][old.Nonce] != before.attempts[op][old.Nonce] {
			t.Errorf("node with a wiped store voted again on handled nonce %d", old.Nonce)
		}
	}
}

// TestDeadEndpoint gives every node a dead first endpoint for each chain
// (nothing listens there): transfers still complete through the second, and
// the status shows the dead one as unhealthy.
func TestDeadEndpoint(t *testing.T) {
	dead := func() string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return "ws://" + l.Addr().String()
	}
	deadParent, deadChild := dead(), dead()
	d := startDevnet(t, 3, 2, func(i int, c *config.Config) {
		fastTune(i, c)
		c.Parent.Endpoints = append([]string{deadParent}, c.Parent.Endpoints...)
		c.Child.Endpoints = append([]string{deadChild}, c.Child.Endpoints...)
	})
	parent, child := sides(d)
	r := send(t, parent, 1, "native", addrOf(7), big.NewInt(99))
	waitHandled(t, parent, child, r, time.Minute)
	r = send(t, child, 1, "native", addrOf(7), big.NewInt(99))
	waitHandled(t, child, parent, r, time.Minute)
	st := d.Node(0).Bridge.Status()
	for _, c := range st.Chains {
		if len(c.Endpoints) != 3 || c.Endpoints[0].Healthy || !c.Endpoints[1].Healthy {
			t.Errorf("%s endpoints = %+v: want the first (dead) unhealthy and the second healthy", c.Name, c.Endpoints)
		}
	}
}

// TestOperatorOutOfFunds drains one operator's parent-chain account: the node
// keeps running, reports not ready with the reason, the other two keep the
// bridge working, and once topped up the node is ready again by itself.
func TestOperatorOutOfFunds(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	ctx := context.Background()
	opKey := devnet.OperatorKey(0)
	op := crypto.PubkeyToAddress(opKey.PublicKey)
	// Drain: send all but a dust amount to account 9.
	bal := balance(t, parent, op)
	gasPrice, err := d.Parent.Client().SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(big.NewInt(4*21000), gasPrice)
	value := new(big.Int).Sub(bal, new(big.Int).Add(fee, big.NewInt(1_000_000)))
	sendValue(t, d, parent, opKey, addrOf(9), value)
	metrics := "http://" + d.Node(0).Host.MetricsAddr()
	waitFor(t, 20*time.Second, "drained node reports not ready", func() bool {
		code, body := get(t, metrics+"/readyz")
		return code == http.StatusServiceUnavailable && strings.Contains(body, "parent operator")
	})
	// Child -> parent transfers still complete through the other two nodes.
	r := send(t, child, 1, "native", addrOf(8), big.NewInt(12345))
	waitHandled(t, child, parent, r, time.Minute)
	if _, body := get(t, metrics+"/metrics"); !strings.Contains(body, `servicechain_operator_funded{chain="parent",node="op1"} 0`) {
		t.Errorf("metrics do not report the parent operator unfunded")
	}
	// Top up; the node resumes by itself.
	sendValue(t, d, parent, devnet.AccountKey(9), op, value)
	waitFor(t, 30*time.Second, "topped-up node ready again", func() bool {
		code, _ := get(t, metrics+"/readyz")
		return code == http.StatusOK
	})
	if code, body := get(t, metrics+"/healthz"); code != http.StatusOK || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz = %d %q", code, body)
	}
}

// sendValue sends a plain coin transfer on s's chain and waits for it.
func sendValue(t testing.TB, d *devnet.Devnet, s side, key *ecdsa.PrivateKey, to common.Address, value *big.Int) {
	t.Helper()
	ctx := context.Background()
	c := d.Parent.Client()
	if s.name == "child" {
		c = d.Child.Client()
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gasPrice, err := c.SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(s.chainID)),
		&types.LegacyTx{Nonce: nonce, To: &to, Value: value, Gas: 21000, GasPrice: new(big.Int).Mul(gasPrice, big.NewInt(2))})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send %s wei from %s: %v", value, from, err)
	}
	if rcpt, err := chain.WaitReceipt(ctx, c, tx.Hash(), 0); err != nil || rcpt.Status != 1 {
		t.Fatalf("value transfer from %s: %v", from, err)
	}
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitFor polls cond every 200ms until it holds or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("timed out after %s waiting until %s", timeout, what)
}
