package bridge_test

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/transfer"
)

var (
	bridgeABI = bindings.NewBridge()
	tokenABI  = bindings.NewServiceChainToken()
	nftABI    = bindings.NewServiceChainNFT()
)

// testLogger shows node logs with -v when SERVICECHAIN_TEST_LOG=debug|info.
func testLogger(t testing.TB) *slog.Logger {
	level := slog.LevelError
	switch os.Getenv("SERVICECHAIN_TEST_LOG") {
	case "debug":
		level = slog.LevelDebug
	case "info":
		level = slog.LevelInfo
	case "warn":
		level = slog.LevelWarn
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
}

// fastTune shortens the node intervals so tests run in seconds.
func fastTune(i int, c *config.Config) {
	c.Bridge.PollInterval = 200 * time.Millisecond
	c.Bridge.RecoveryInterval = time.Second
	c.Bridge.ResubmitAfter = 5 * time.Second
	c.Anchoring.Enabled = false
}

// startDevnet runs a devnet of n operators with threshold k and 1-second blocks.
func startDevnet(t testing.TB, n, k int, tune func(int, *config.Config)) *devnet.Devnet {
	t.Helper()
	if tune == nil {
		tune = fastTune
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{DataDir: t.TempDir(), Operators: n, Threshold: k, NoAnchoring: true, Logger: testLogger(t), Tune: tune})
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// side is one chain of the devnet from the user's view.
type side struct {
	name    string
	client  transfer.Backend
	chainID uint64
	bridge  common.Address
	token   common.Address
	nft     common.Address
}

func sides(d *devnet.Devnet) (parent, child side) {
	info := d.Info()
	c := info.Contracts
	return side{"parent", d.Parent.Client(), info.Parent.ChainID, c.ParentBridge, c.ParentToken, c.ParentNFT},
		side{"child", d.Child.Client(), info.Child.ChainID, c.ChildBridge, c.ChildToken, c.ChildNFT}
}

func opts(s side, account int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(devnet.AccountKey(account), new(big.Int).SetUint64(s.chainID))
}

func addrOf(account int) common.Address {
	return crypto.PubkeyToAddress(devnet.AccountKey(account).PublicKey)
}

func balance(t testing.TB, s side, a common.Address) *big.Int {
	t.Helper()
	b, err := s.client.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	}).BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func tokenBalance(t testing.TB, s side, a common.Address) *big.Int {
	t.Helper()
	v, err := bind.Call(tokenABI.Instance(s.client, s.token), nil, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func nftOwner(s side, id *big.Int) (common.Address, error) {
	return bind.Call(nftABI.Instance(s.client, s.nft), nil, nftABI.PackOwnerOf(id), nftABI.UnpackOwnerOf)
}

// waitHandled waits until the request in tx is handled on dst and returns the progress.
func waitHandled(t testing.TB, src, dst side, req *transfer.Request, timeout time.Duration) *transfer.Progress {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	p, err := transfer.WaitHandled(ctx, dst.client, dst.bridge, req.Nonce, 0, 200*time.Millisecond, nil)
	if err != nil {
		t.Fatalf("%s->%s nonce %d: %v", src.name, dst.name, req.Nonce, err)
	}
	return p
}

func mined(t testing.TB, s side, txErr func() (*types.Transaction, error)) *transfer.Request {
	t.Helper()
	tx, err := txErr()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := transfer.WaitRequest(ctx, s.client, s.bridge, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestNativeBothWays moves native coin parent->child and child->parent through
// 3 nodes with threshold 2 and checks the recipient's balance and that the
// payout happened exactly once.
func TestNativeBothWays(t *testing.T) {
	d := startDevnet(t, 3, 2, nil)
	parent, child := sides(d)
	ctx := context.Background()
	amount := big.NewInt(1_234_567_890)
	for _, dir := range []struct{ src, dst side }{{parent, child}, {child, parent}} {
		to := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
		if dir.src.name == "child" {
			to = common.HexToAddress("0x00000000000000000000000000000000000b0b02")
		}
		before := balance(t, dir.dst, to)
		req := mined(t, dir.src, func() (*types.Transaction, error) {
			return transfer.Native(ctx, dir.src.client, opts(dir.src, 1), dir.src.bridge, to, amount, nil, nil)
		})
		p := waitHandled(t, dir.src, dir.dst, req, 60*time.Second)
		if p.Votes < 2 {
			t.Errorf("%s->%s: handled with %d votes, want >= 2", dir.src.name, dir.dst.name, p.Votes)
		}
		got := new(big.Int).Sub(balance(t, dir.dst, to), before)
		if got.Cmp(amount) != 0 {
			t.Errorf("%s->%s: recipient received %s wei, want %s", dir.src.name, dir.dst.name, got, amount)
		}
	}
}
