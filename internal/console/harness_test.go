package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/console"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/owner"
	"github.com/servicechain/servicechain/internal/transfer"
)

var (
	bridgeABI = bindings.NewBridge()
)

// The devnet is shared by the package's tests (they run one after the
// other, and each leaves it as it found it): starting one costs seconds.
var shared struct {
	once sync.Once
	d    *devnet.Devnet
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.d != nil {
		shared.d.Close()
	}
	os.Exit(code)
}

func testLogger() *slog.Logger {
	level := slog.LevelError
	if os.Getenv("SERVICECHAIN_TEST_LOG") == "debug" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
}

// startDevnet returns the shared devnet: 3 operators, threshold 2,
// 1-second blocks, anchoring every 5 child blocks.
func startDevnet(t *testing.T) *devnet.Devnet {
	t.Helper()
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	shared.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		shared.d, shared.err = devnet.Start(ctx, devnet.Config{AnchorPeriod: 5, Logger: testLogger(),
			Tune: func(_ int, c *config.Config) {
				c.Bridge.PollInterval = 200 * time.Millisecond
				c.Bridge.RecoveryInterval = time.Second
				c.Bridge.ResubmitAfter = 5 * time.Second
			}})
	})
	if shared.err != nil {
		t.Fatalf("devnet: %v", shared.err)
	}
	return shared.d
}

// startConsole runs a console on a free port over the devnet's devnet.json.
func startConsole(t *testing.T, d *devnet.Devnet) *console.Console {
	t.Helper()
	cfg, err := console.FromDevnet(d.Dir())
	if err != nil {
		t.Fatal(err)
	}
	cfg.Listen = "127.0.0.1:0"
	cfg.Logger = testLogger()
	cfg.StatusInterval = 500 * time.Millisecond
	c, err := console.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("console Run: %v", err)
		}
	})
	return c
}

// side is one chain of the devnet as a user sees it.
type side struct {
	name           string
	client         *ethclient.Client
	chainID        uint64
	bridge         common.Address
	token          common.Address
	otherBridge    common.Address
	other          *ethclient.Client
	dir, otherName string
}

func sides(d *devnet.Devnet) (parent, child side) {
	info := d.Info()
	k := info.Contracts
	parent = side{"parent", d.Parent.Client(), info.Parent.ChainID, k.ParentBridge, k.ParentToken, k.ChildBridge, d.Child.Client(), console.ParentToChild, "child"}
	child = side{"child", d.Child.Client(), info.Child.ChainID, k.ChildBridge, k.ChildToken, k.ParentBridge, d.Parent.Client(), console.ChildToParent, "parent"}
	return parent, child
}

func opts(s side, account int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(devnet.AccountKey(account), new(big.Int).SetUint64(s.chainID))
}

// sendNative requests a native transfer of wei from account on s to `to`
// and returns it once mined.
func sendNative(t *testing.T, s side, account int, to common.Address, wei int64) *transfer.Request {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	tx, err := transfer.Native(ctx, s.client, opts(s, account), s.bridge, to, big.NewInt(wei), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := transfer.WaitRequest(ctx, s.client, s.bridge, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// sendERC20 requests an ERC-20 transfer (approve + request) of the sample token.
func sendERC20(t *testing.T, s side, account int, to common.Address, units int64) *transfer.Request {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	tx, err := transfer.ERC20(ctx, s.client, opts(s, account), s.bridge, s.token, to, big.NewInt(units), false, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := transfer.WaitRequest(ctx, s.client, s.bridge, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// ownerTx carries out an owner call of s's bridge as dev account 0 and
// waits for it: the devnet's bridges are owned by a TimelockController
// (issue 13), so it is scheduled, waited for (the devnet's delay) and
// executed.
func ownerTx(t *testing.T, s side, data []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := &owner.Contract{Conn: bridgenet.NewConn(s.name, "", new(big.Int).SetUint64(s.chainID), s.client), Address: s.bridge, Side: s.name,
		Owner: opts(s, 0), MaxWait: 50 * time.Second}
	if err := c.Call(ctx, "owner call", data); err != nil {
		t.Fatalf("owner tx on %s: %v", s.name, err)
	}
}

// waitFor polls cond every 20 ms until it returns true or timeout passes;
// the failure names what was awaited and cond's last word.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	last := ""
	for {
		ok, msg := cond()
		if ok {
			return
		}
		last = msg
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after %s (last: %s)", what, timeout, last)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// getJSON GETs path from the console and decodes a 200 answer into v;
// it returns the status and, for errors, the error message.
func getJSON(t *testing.T, c *console.Console, path string, v any) (int, string) {
	t.Helper()
	resp, err := http.Get(strings.TrimSuffix(c.URL(), "/") + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, body %s", path, ct, b)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct{ Error string }
		if err := json.Unmarshal(b, &e); err != nil || e.Error == "" {
			t.Fatalf("GET %s: status %d with body %s: expected {\"error\": ...}", path, resp.StatusCode, b)
		}
		return resp.StatusCode, e.Error
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, b)
		}
	}
	return resp.StatusCode, ""
}

// transferOf reads one transfer from the console API (nil while unknown).
func transferOf(t *testing.T, c *console.Console, dir string, nonce uint64) *console.Transfer {
	t.Helper()
	var tr console.Transfer
	if st, _ := getJSON(t, c, fmt.Sprintf("/api/transfers/%s/%d", dir, nonce), &tr); st != http.StatusOK {
		return nil
	}
	return &tr
}

// waitState waits until the console shows the transfer in state.
func waitState(t *testing.T, c *console.Console, dir string, nonce uint64, state string, timeout time.Duration) *console.Transfer {
	t.Helper()
	var tr *console.Transfer
	waitFor(t, timeout, fmt.Sprintf("%s nonce %d %s on the console", dir, nonce, state), func() (bool, string) {
		tr = transferOf(t, c, dir, nonce)
		if tr == nil {
			return false, "unknown"
		}
		return tr.State == state && (state != console.StateHandled || tr.LatencyBlocks != nil), tr.State
	})
	return tr
}

// destHeadAt returns the highest destination block whose timestamp is at
// most t (the destination head when the request was mined), read header by
// header from the chain.
func destHeadAt(t *testing.T, cl *ethclient.Client, ts uint64, upper uint64) uint64 {
	t.Helper()
	for b := upper; ; b-- {
		h, err := cl.HeaderByNumber(context.Background(), new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		if h.Time <= ts || b == 0 {
			return b
		}
	}
}

func query(v string) string { return url.QueryEscape(v) }

// lockedBuffer collects a child process's output while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
