//go:build e2e

package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
)

// TestClientRequests checks the ethers user client against the real contracts
// on one geth chain, without bridge nodes: every request kind emits its event
// with consecutive request nonces, tokens move into the bridge, a handle vote
// (cast here by the test as the only operator, threshold 1) is found by
// wait-handle, and a burst from two wallets gets contiguous nonces.
func TestClientRequests(t *testing.T) {
	bin := buildGeth(t)
	dir := newRunDir(t)
	admin, user, user2 := harness.TestKey(0), harness.TestKey(2), harness.TestKey(3)
	recipient := harness.KeyAddress(harness.TestKey(4))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	alloc := map[common.Address]*big.Int{
		harness.KeyAddress(admin): eth(1000), harness.KeyAddress(user): eth(1000), harness.KeyAddress(user2): eth(1000),
	}
	g, err := harness.StartGeth(ctx, harness.GethConfig{Binary: bin, Name: "parent", Dir: dir, ChainID: parentChainID, Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	js := newJSClient(t)
	rpc := g.HTTPURL()

	// Contracts and setup, as the bridge owner.
	bridgeABI, tokenABI, nftABI := bindings.NewBridge(), bindings.NewServiceChainToken(), bindings.NewServiceChainNFT()
	tx := newChainTx(t, ctx, g, admin)
	// The admin is the only operator (threshold 1); the bridge is its own counterpart (requests handled on the same chain).
	bridge := tx.deploy(ctx, "deploy Bridge", &bindings.BridgeMetaData,
		bridgeABI.PackConstructor(harness.KeyAddress(admin), []common.Address{harness.KeyAddress(admin)}, 1, 1, uint64(parentChainID), 0))
	tx.call(ctx, "setCounterpartBridge", bridge, bridgeABI.PackSetCounterpartBridge(bridge))
	token := tx.deploy(ctx, "deploy token", &bindings.ServiceChainTokenMetaData, tokenABI.PackConstructor("Test", "TST", harness.KeyAddress(admin), eth(1_000_000)))
	nft := tx.deploy(ctx, "deploy NFT", &bindings.ServiceChainNFTMetaData, nftABI.PackConstructor("Test NFT", "TNFT", harness.KeyAddress(admin)))
	tx.call(ctx, "registerToken", bridge, bridgeABI.PackRegisterToken(token, token))
	tx.call(ctx, "registerToken NFT", bridge, bridgeABI.PackRegisterToken(nft, nft))
	tx.call(ctx, "transfer tokens", token, tokenABI.PackTransfer(harness.KeyAddress(user), eth(1000)))
	tx.call(ctx, "transfer tokens", token, tokenABI.PackTransfer(harness.KeyAddress(user2), eth(1000)))
	mint := func(to common.Address, id int64) {
		tx.call(ctx, "mint", nft, nftABI.PackMintWithTokenURI(to, big.NewInt(id), fmt.Sprintf("ipfs://test/%d", id)))
	}
	for id := int64(1); id <= 2; id++ {
		mint(harness.KeyAddress(user), id)
	}
	for id := int64(10); id < 14; id++ {
		mint(harness.KeyAddress(user), id)
		mint(harness.KeyAddress(user2), id+10)
	}

	// One request of each kind from the user.
	userKey := harness.KeyHex(user)
	type step struct {
		name string
		run  func() (*harness.RequestResult, error)
		kind uint8
	}
	steps := []step{
		{"native", func() (*harness.RequestResult, error) {
			return js.RequestNative(ctx, rpc, userKey, bridge, recipient, ether, big.NewInt(0))
		}, bindings.TokenNative},
		{"erc20 2-step", func() (*harness.RequestResult, error) {
			return js.RequestERC20(ctx, rpc, userKey, bridge, token, recipient, eth(5), big.NewInt(0), false)
		}, bindings.TokenERC20},
		{"erc20 1-step", func() (*harness.RequestResult, error) {
			return js.RequestERC20(ctx, rpc, userKey, bridge, token, recipient, eth(7), big.NewInt(0), true)
		}, bindings.TokenERC20},
		{"erc721 2-step", func() (*harness.RequestResult, error) {
			return js.RequestERC721(ctx, rpc, userKey, bridge, nft, recipient, big.NewInt(1), false)
		}, bindings.TokenERC721},
		{"erc721 1-step", func() (*harness.RequestResult, error) {
			return js.RequestERC721(ctx, rpc, userKey, bridge, nft, recipient, big.NewInt(2), true)
		}, bindings.TokenERC721},
	}
	results := make([]*harness.RequestResult, len(steps))
	for i, s := range steps {
		r, err := s.run()
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if r.Request == nil {
			t.Fatalf("%s: no request event in receipt of %s", s.name, r.TxHash)
		}
		if got := r.RequestNonce.Uint64(); got != uint64(i) {
			t.Errorf("%s: request nonce %d, want %d", s.name, got, i)
		}
		if r.Request.TokenType != s.kind || r.Request.To != recipient || r.Request.From != harness.KeyAddress(user) {
			t.Errorf("%s: event %+v", s.name, r.Request)
		}
		results[i] = r
	}
	if uri := results[3].Request.TokenURI; uri != "ipfs://test/1" {
		t.Errorf("erc721 request tokenURI %q, want ipfs://test/1", uri)
	}
	// Lock mode: the bridge holds what was requested.
	bal, err := js.Balance(ctx, rpc, bridge, token)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(eth(12)) != 0 {
		t.Errorf("bridge token balance %s, want %s", bal, eth(12))
	}
	for _, id := range []int64{1, 2} {
		owner, err := js.Owner(ctx, rpc, nft, big.NewInt(id))
		if err != nil {
			t.Fatal(err)
		}
		if owner != bridge {
			t.Errorf("NFT %d owned by %s, want the bridge %s", id, owner, bridge)
		}
	}

	// The only operator (threshold 1) handles request 0 (native) and 3 (NFT 1) on the same bridge.
	from := harness.KeyAddress(user)
	tx.call(ctx, "handleNativeTransfer", bridge, bridgeABI.PackHandleNativeTransfer(results[0].TxHash, from, recipient, ether, 0, results[0].BlockNumber, nil))
	tx.call(ctx, "handleERC721Transfer", bridge, bridgeABI.PackHandleERC721Transfer(results[3].TxHash, from, recipient, nft, big.NewInt(1), 3, results[3].BlockNumber, "ipfs://test/1", nil))
	w, err := js.WaitHandle(ctx, rpc, bridge, []uint64{0, 3}, 0, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Handled) != 2 || w.Handled[0].HandleNonce.Uint64() != 0 || w.Handled[1].HandleNonce.Uint64() != 3 {
		t.Fatalf("wait-handle: %+v", w)
	}
	if h := w.Handled[0]; h.To != recipient || h.ValueOrTokenID.Cmp(ether) != 0 || h.RequestTxHash != results[0].TxHash {
		t.Errorf("handle event %+v", h)
	}
	if got, err := js.Balance(ctx, rpc, recipient, common.Address{}); err != nil || got.Cmp(ether) != 0 {
		t.Errorf("recipient native balance %v (%v), want %s", got, err, ether)
	}
	if owner, err := js.Owner(ctx, rpc, nft, big.NewInt(1)); err != nil || owner != recipient {
		t.Errorf("NFT 1 owner %s (%v), want %s", owner, err, recipient)
	}
	// A nonce that is never handled times out with a partial result.
	w, err = js.WaitHandle(ctx, rpc, bridge, []uint64{3, 99}, 0, time.Second)
	var ce *harness.ClientError
	if !errors.As(err, &ce) || w.OK || len(w.Missing) != 1 || w.Missing[0].Uint64() != 99 || len(w.Handled) != 1 {
		t.Fatalf("wait-handle for a missing nonce: err %v, result %+v", err, w)
	}

	// A burst of mixed requests from two wallets.
	start := time.Now()
	b, err := js.Burst(ctx, harness.BurstOptions{
		RPC: rpc, Bridge: bridge, Keys: []string{userKey, harness.KeyHex(user2)}, Count: 20,
		Kinds: []string{"native", "erc20", "erc20-1step", "erc721", "erc721-1step"}, To: recipient,
		Token: token, NFT: nft, NFTIDs: "10-13,20-23",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !b.OK || b.Count != 20 || len(b.Requests) != 20 {
		t.Fatalf("burst: ok %v count %d requests %d", b.OK, b.Count, len(b.Requests))
	}
	seen := map[uint64]bool{}
	for _, r := range b.Requests {
		if r.Status != 1 || r.RequestNonce.Int == nil {
			t.Fatalf("burst request %+v", r)
		}
		seen[r.RequestNonce.Uint64()] = true
	}
	for n := uint64(5); n < 25; n++ {
		if !seen[n] {
			t.Errorf("burst: request nonce %d missing", n)
		}
	}
	t.Logf("burst of 20 mixed requests (2 wallets, approvals included): %s", time.Since(start).Round(time.Millisecond))
	st, err := js.BridgeState(ctx, rpc, bridge)
	if err != nil {
		t.Fatal(err)
	}
	if st.RequestNonce != 25 || st.LowerHandleNonce != 1 || st.UpperHandleNonce != 4 {
		t.Errorf("bridge state %+v, want requestNonce 25, lowerHandleNonce 1, upperHandleNonce 4", st)
	}
}
