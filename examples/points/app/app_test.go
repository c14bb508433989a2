package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/chain"
	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/examples/points/app"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/etcdembed"
)

func logger() *slog.Logger {
	if os.Getenv("BR2K_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

type cluster struct {
	t       testing.TB
	etcd    *etcdembed.Server
	servers []*app.Server
	chain   *app.ChainConfig
}

func newCluster(t testing.TB, n int, cc *app.ChainConfig) *cluster {
	t.Helper()
	e, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	c := &cluster{t: t, etcd: e, chain: cc}
	for i := range n {
		c.servers = append(c.servers, nil)
		c.start(i)
	}
	return c
}

func (c *cluster) start(i int) *app.Server {
	s, err := app.Start(app.ServerConfig{ID: fmt.Sprintf("r%d", i+1), Listen: "127.0.0.1:0", Etcd: c.etcd.Endpoints(),
		SessionTTL: time.Second, Chain: c.chain, Logger: logger().With("node", i+1)})
	if err != nil {
		c.t.Fatal(err)
	}
	c.servers[i] = s
	c.t.Cleanup(s.Close)
	return s
}

func (c *cluster) leader() *app.Server {
	c.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		for _, s := range c.servers {
			if s == nil {
				continue
			}
			if _, ok := s.Replica.Leading(); ok {
				return s
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	c.t.Fatal("no leader")
	return nil
}

func call(t testing.TB, method, url, key, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	if key != "" {
		req.Header.Set(br2k.IdempotencyHeader, `"`+key+`"`)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return resp.StatusCode, m
}

// The redeem route: points debited once, one ERC-20 transfer mined, the
// redemption's status on every replica; a retry repeats neither.
func TestRedeem(t *testing.T) {
	ch := deploytest.NewChain(t, 2)
	ctx := context.Background()
	tok := bindings.NewServiceChainToken()
	supply := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	addr, tx, err := bind.DeployContract(ch.Opts(1), common.FromHex(bindings.ServiceChainTokenMetaData.Bin), ch.Client,
		tok.PackConstructor("Points Token", "PTS", ch.Addrs[1], supply))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, ch.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	cc := &app.ChainConfig{Backend: ch.Client, Key: ch.Keys[1], ChainID: ch.ChainID, Token: addr, PollInterval: 50 * time.Millisecond}
	c := newCluster(t, 3, cc)
	l := c.leader()
	f := c.servers[0]
	if f == l {
		f = c.servers[1]
	}
	if code, body := call(t, "POST", f.URL+"/accounts/alice/credit", "c1", `{"points": 10}`); code != 200 || body["points"] != 10.0 {
		t.Fatalf("credit: %d %v", code, body)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000cd")
	code, body := call(t, "POST", f.URL+"/redeem", "red-1", fmt.Sprintf(`{"account":"alice","points":4,"to":%q}`, to.Hex()))
	if code != 202 || body["state"] != chain.StatePending && body["state"] != chain.StateMined {
		t.Fatalf("redeem: %d %v", code, body)
	}
	if code2, body2 := call(t, "POST", l.URL+"/redeem", "red-1", fmt.Sprintf(`{"account":"alice","points":4,"to":%q}`, to.Hex())); code2 != 202 || body2["tx"] != body["tx"] {
		t.Fatalf("retry: %d %v, first %v", code2, body2, body)
	}
	if code, body := call(t, "POST", l.URL+"/redeem", "red-2", fmt.Sprintf(`{"account":"alice","points":7,"to":%q}`, to.Hex())); code != 409 {
		t.Fatalf("redeem over the balance: %d %v", code, body)
	}
	deadline := time.Now().Add(20 * time.Second)
	for _, s := range c.servers {
		for {
			code, eff := call(t, "GET", s.URL+"/redemptions/red-1", "", "")
			if code == 200 && eff["state"] == chain.StateMined && eff["txHash"] == body["tx"] {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("redemption on %s: %d %v", s.URL, code, eff)
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err := s.Replica.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if p := s.State.Points("alice"); p != 6 {
			t.Errorf("%s: alice has %d points, want 6", s.Replica.ID(), p)
		}
	}
	out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: tok.PackBalanceOf(to)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	bal, _ := tok.UnpackBalanceOf(out)
	if want := new(big.Int).Mul(big.NewInt(4), big.NewInt(1e18)); bal.Cmp(want) != 0 {
		t.Fatalf("recipient holds %v, want %v", bal, want)
	}
}
