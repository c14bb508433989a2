package chain_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/chain"
	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/etcdembed"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// nopState: the pay routes keep no application state.
type nopState struct{}

type nopSnap struct{}

func (nopSnap) Persist(io.Writer) error                { return nil }
func (nopSnap) Release()                               {}
func (nopState) Snapshot() (br2k.StateSnapshot, error) { return nopSnap{}, nil }
func (nopState) Restore(io.Reader) error               { return nil }

// flakyBackend lets a test intercept SendTransaction on one replica.
type flakyBackend struct {
	*deploytest.Client
	intercept atomic.Pointer[func(*types.Transaction) error]
}

func (b *flakyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f := b.intercept.Load(); f != nil {
		if err := (*f)(tx); err != nil {
			return err
		}
	}
	return b.Client.SendTransaction(ctx, tx)
}

type node struct {
	id      string
	r       *br2k.Replica
	outbox  *chain.Outbox
	backend *flakyBackend
	srv     *http.Server
	url     string
}

// kill stops the node's HTTP server and its replica (Close runs on its own
// goroutine: the caller may be inside one of the replica's handlers).
func (n *node) kill() { n.srv.Close(); go n.r.Close() }

type env struct {
	t        *testing.T
	chain    *deploytest.Chain
	etcd     *etcdembed.Server
	nodes    []*node
	registry common.Address
	key      int // account index of the service key
}

func logger() *slog.Logger {
	if os.Getenv("BR2K_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func newEnv(t *testing.T, n int, withRegistry bool) *env {
	t.Helper()
	e := &env{t: t, chain: deploytest.NewChain(t, 3), key: 1}
	var err error
	e.etcd, err = etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.etcd.Close)
	if withRegistry {
		addr, tx, err := bind.DeployContract(e.chain.Opts(0), common.FromHex(bindings.ServiceRegistryMetaData.Bin), e.chain.Client, nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		if _, err := bind.WaitDeployed(ctx, e.chain.Client, tx.Hash()); err != nil {
			t.Fatal(err)
		}
		e.registry = addr
		reg := bindings.NewServiceRegistry()
		c := bind.NewBoundContract(addr, abi.ABI{}, e.chain.Client, e.chain.Client, e.chain.Client)
		for _, data := range [][]byte{reg.PackRegisterService("pay"), reg.PackSetPublisher("pay", e.chain.Addrs[e.key], true)} {
			tx, err := bind.Transact(c, e.chain.Opts(0), data)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := bind.WaitMined(ctx, e.chain.Client, tx.Hash()); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := range n {
		e.nodes = append(e.nodes, e.start(i))
	}
	return e
}

func (e *env) start(i int) *node {
	t := e.t
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	n := &node{id: fmt.Sprintf("p%d", i+1), url: "http://" + ln.Addr().String(), backend: &flakyBackend{Client: e.chain.Client}}
	var registry br2k.Registry
	var reg *chain.Registry
	cfg := br2k.Config{Endpoints: e.etcd.Endpoints(), Service: "pay", ReplicaID: n.id, AdvertiseURL: n.url,
		SessionTTL: time.Second, State: nopState{}}
	// The registry needs the outbox, which needs the replica: publish through a late-bound wrapper.
	late := &lateRegistry{}
	if e.registry != (common.Address{}) {
		registry = late
		cfg.Registry = registry
	}
	n.r, err = br2k.New(cfg, br2k.WithLogger(logger().With("node", n.id)))
	if err != nil {
		t.Fatal(err)
	}
	n.outbox, err = chain.New(chain.Config{Replica: n.r, Backend: n.backend, Key: e.chain.Keys[e.key],
		Tx:     txmgr.Config{ChainID: e.chain.ChainID, MaxFeeCap: big.NewInt(100e9), MaxTipCap: big.NewInt(2e9), PollInterval: 50 * time.Millisecond},
		Logger: logger().With("node", n.id)})
	if err != nil {
		t.Fatal(err)
	}
	if e.registry != (common.Address{}) {
		reg, err = chain.NewRegistry(n.outbox, e.registry, nil, "memory")
		if err != nil {
			t.Fatal(err)
		}
		late.set(reg)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /pay/{to}", n.r.OnlyOnce("POST /pay/{to}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		wei, ok := new(big.Int).SetString(strings.TrimSpace(string(body)), 10)
		if !ok {
			http.Error(w, "amount: expected wei in decimal", http.StatusBadRequest)
			return
		}
		eff, err := n.outbox.Send(req, txmgr.Request{To: common.HexToAddress(req.PathValue("to")), Value: wei, GasLimit: 21_000})
		if err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(eff)
	})))
	n.r.Mount(mux)
	n.outbox.Mount(mux)
	n.srv = &http.Server{Handler: mux}
	go func() { _ = n.srv.Serve(ln) }()
	go func() { _ = n.r.Run(context.Background()) }()
	t.Cleanup(func() { n.srv.Close(); n.r.Close() })
	return n
}

type lateRegistry struct {
	mu  sync.Mutex
	reg *chain.Registry
}

func (l *lateRegistry) set(r *chain.Registry) { l.mu.Lock(); l.reg = r; l.mu.Unlock() }
func (l *lateRegistry) get() *chain.Registry  { l.mu.Lock(); defer l.mu.Unlock(); return l.reg }
func (l *lateRegistry) PublishLeader(ctx context.Context, li br2k.LeaderInfo) error {
	return l.get().PublishLeader(ctx, li)
}
func (l *lateRegistry) PublishSnapshot(ctx context.Context, m br2k.SnapshotMeta) error {
	return l.get().PublishSnapshot(ctx, m)
}

func (e *env) leader(except *node) *node {
	e.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		for _, n := range e.nodes {
			if n == except {
				continue
			}
			if _, ok := n.r.Leading(); ok {
				return n
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	e.t.Fatal("no leader")
	return nil
}

func post(t *testing.T, url, key, body string) (int, string, http.Header, error) {
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set(br2k.IdempotencyHeader, strconv.Quote(key))
	resp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		return 0, "", nil, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header, nil
}

// transfersTo lists the transactions to addr in the chain's blocks.
func (e *env) transfersTo(addr common.Address) []*types.Transaction {
	ctx := context.Background()
	head, err := e.chain.Client.BlockNumber(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*types.Transaction
	for n := uint64(0); n <= head; n++ {
		b, err := e.chain.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			e.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() != nil && *tx.To() == addr {
				out = append(out, tx)
			}
		}
	}
	return out
}

func waitEffect(t *testing.T, n *node, key, state string) chain.Effect {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		eff, ok := n.outbox.RequestEffect(key)
		if ok && eff.State == state {
			return eff
		}
		if time.Now().After(deadline) {
			t.Fatalf("effect of %s on %s: %+v (found %v), want state %s", key, n.id, eff, ok, state)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// One request through a follower: one transaction, mined, its status on
// every replica; the retry replays; the registry names the leader.
func TestOutboxOneRequestOneTransaction(t *testing.T) {
	e := newEnv(t, 3, true)
	l := e.leader(nil)
	var f *node
	for _, n := range e.nodes {
		if n != l {
			f = n
		}
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	code, body, hdr, err := post(t, f.url+"/pay/"+to.Hex(), "pay-1", "1000")
	if err != nil || code != 200 {
		t.Fatalf("pay: %d %s %v", code, body, err)
	}
	var eff chain.Effect
	if err := json.Unmarshal([]byte(body), &eff); err != nil || eff.Nonce != 0 && eff.TxHash == (common.Hash{}) {
		t.Fatalf("answer %s: %v", body, err)
	}
	code2, body2, hdr2, _ := post(t, l.url+"/pay/"+to.Hex(), "pay-1", "1000")
	if code2 != 200 || body2 != body || hdr2.Get(br2k.HeaderReplayed) != "true" || hdr2.Get(br2k.HeaderIndex) != hdr.Get(br2k.HeaderIndex) {
		t.Fatalf("retry: %d %s %v", code2, body2, hdr2)
	}
	for _, n := range e.nodes {
		mined := waitEffect(t, n, "pay-1", chain.StateMined)
		if mined.TxHash != eff.TxHash || mined.Block == 0 {
			t.Fatalf("%s effect %+v, answer %+v", n.id, mined, eff)
		}
	}
	if txs := e.transfersTo(to); len(txs) != 1 || txs[0].Hash() != eff.TxHash {
		t.Fatalf("transfers to the recipient: %d", len(txs))
	}
	// The status endpoint on a follower.
	resp, err := http.Get(f.url + "/br2k/v1/effects/pay-1")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("effects endpoint: %v %v", resp, err)
	}
	resp.Body.Close()
	// The leader published itself in the registry.
	epoch, _ := l.r.Leading()
	deadline := time.Now().Add(15 * time.Second)
	for {
		li, err := chain.LookupLeader(context.Background(), e.chain.Client, e.registry, "pay")
		if err == nil && li.ID == l.id && li.URL == l.url && li.Epoch == epoch {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("registry leader %+v %v, want %s epoch %d", li, err, l.id, epoch)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The leader dies after the transaction is signed and logged but before
// it is broadcast: the next leader broadcasts the same raw transaction
// (same hash), the handler's re-run signs nothing new, and the client's
// retry gets that transaction.
func TestOutboxRebroadcastAfterCrash(t *testing.T) {
	e := newEnv(t, 3, false)
	l := e.leader(nil)
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	var logged atomic.Pointer[types.Transaction]
	crash := func(tx *types.Transaction) error {
		if tx.To() != nil && *tx.To() == to && logged.CompareAndSwap(nil, tx) {
			l.kill()
			// Return only once the term is over, so the handler's answer is
			// never logged by this leader: the next one must re-run it.
			for {
				if _, leading := l.r.Leading(); !leading {
					break
				}
				time.Sleep(time.Millisecond)
			}
			return errors.New("connection reset by peer")
		}
		return nil
	}
	l.backend.intercept.Store(&crash)
	_, _, _, _ = post(t, l.url+"/pay/"+to.Hex(), "pay-crash", "777")
	if logged.Load() == nil {
		t.Fatal("the leader never tried to broadcast")
	}
	nl := e.leader(l)
	var code int
	var body string
	deadline := time.Now().Add(20 * time.Second)
	for {
		var err error
		code, body, _, err = post(t, nl.url+"/pay/"+to.Hex(), "pay-crash", "777")
		if err == nil && code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("retry at the new leader: %d %s %v", code, body, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var eff chain.Effect
	_ = json.Unmarshal([]byte(body), &eff)
	if eff.TxHash != logged.Load().Hash() {
		t.Fatalf("the new leader answered tx %s, the logged one is %s", eff.TxHash, logged.Load().Hash())
	}
	mined := waitEffect(t, nl, "pay-crash", chain.StateMined)
	txs := e.transfersTo(to)
	if len(txs) != 1 || txs[0].Hash() != logged.Load().Hash() || mined.TxHash != txs[0].Hash() {
		t.Fatalf("%d transfers on chain (want exactly the logged %s): %v", len(txs), logged.Load().Hash(), txs)
	}
	bal, _ := e.chain.Client.BalanceAt(context.Background(), to, nil)
	if bal.Int64() != 777 {
		t.Fatalf("recipient balance %v, want 777", bal)
	}
}
