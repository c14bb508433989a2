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

// Each replica's host serves its metrics and readiness (no second metrics
// server in the app) and the br2k admin namespace: br2k_status on any
// replica, br2k_snapshot on the leader (refused by a follower); GET /state
// agrees on every replica.
func TestHostMetricsReadinessAdmin(t *testing.T) {
	e, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	var servers []*app.Server
	for i := range 2 {
		s, err := app.Start(app.ServerConfig{ID: fmt.Sprintf("r%d", i+1), Listen: "127.0.0.1:0", Etcd: e.Endpoints(),
			SessionTTL: time.Second, Snapshots: br2k.NewMemoryStore(), Logger: logger()},
			app.HostConfig{MetricsListen: "127.0.0.1:0", AdminListen: "127.0.0.1:0", DataDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		servers = append(servers, s)
	}
	c := &cluster{t: t, etcd: e, servers: servers}
	l := c.leader()
	f := servers[0]
	if f == l {
		f = servers[1]
	}
	if code, body := call(t, "POST", f.URL+"/accounts/bob/credit", "m1", `{"points": 3}`); code != 200 {
		t.Fatalf("credit: %d %v", code, body)
	}
	get := func(url string) (int, string) {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	ctx := context.Background()
	for _, s := range servers {
		deadline := time.Now().Add(10 * time.Second)
		for {
			code, body := get("http://" + s.Host.MetricsAddr() + "/readyz")
			if code == 200 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s /readyz: %d %s", s.Replica.ID(), code, body)
			}
			time.Sleep(20 * time.Millisecond)
		}
		code, body := get("http://" + s.Host.MetricsAddr() + "/metrics")
		if code != 200 || !strings.Contains(body, `br2k_applied_index{replica="`+s.Replica.ID()+`",service="points"}`) {
			t.Fatalf("%s /metrics: %d, no br2k_applied_index in\n%s", s.Replica.ID(), code, body)
		}
		if code, _ := get(s.URL + "/metrics"); code != 404 {
			t.Fatalf("%s: the app's own port serves /metrics (%d)", s.Replica.ID(), code)
		}
		cli, err := s.Host.DialAdmin(ctx) // the token of <datadir>/admin.token
		if err != nil {
			t.Fatal(err)
		}
		var st br2k.LocalStatus
		if err := cli.CallContext(ctx, &st, "br2k_status"); err != nil || st.Replica != s.Replica.ID() || st.Leader.ID != l.Replica.ID() {
			t.Fatalf("br2k_status of %s: %+v, %v", s.Replica.ID(), st, err)
		}
		var m br2k.SnapshotMeta
		err = cli.CallContext(ctx, &m, "br2k_snapshot")
		switch {
		case s == l && (err != nil || m.Version != 1 || m.Index == 0):
			t.Fatalf("br2k_snapshot on the leader: %+v, %v", m, err)
		case s != l && (err == nil || !strings.Contains(err.Error(), "not the leader")):
			t.Fatalf("br2k_snapshot on a follower: %+v, %v", m, err)
		}
		cli.Close()
	}
	var states []map[string]any
	for _, s := range servers {
		if err := s.Replica.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		_, st := call(t, "GET", s.URL+"/state", "", "")
		states = append(states, st)
	}
	if states[0]["digest"] == nil || states[0]["index"] != states[1]["index"] || states[0]["digest"] != states[1]["digest"] {
		t.Fatalf("GET /state differs: %v vs %v", states[0], states[1])
	}
}
