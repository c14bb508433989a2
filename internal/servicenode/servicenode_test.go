package servicenode_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/console"
	"github.com/servicechain/servicechain/internal/etcdembed"
	"github.com/servicechain/servicechain/internal/execution"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/producer"
	"github.com/servicechain/servicechain/internal/servicenode"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestWriteGenesisAndInit(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "genesis.json")
	addr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	h, err := servicenode.WriteGenesis(servicenode.GenesisOptions{ChainID: 4242, Period: 2 * time.Second, Alloc: []string{addr.Hex() + "=1.5"}, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	g, err := execution.ReadGenesisFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if g.ToBlock().Hash() != h || g.Alloc[addr].Balance.Cmp(big.NewInt(1_500_000_000_000_000_000)) != 0 || g.Config.ChainID.Uint64() != 4242 {
		t.Fatalf("genesis %s: alloc %v, chain id %v", h, g.Alloc[addr].Balance, g.Config.ChainID)
	}
	if p, ok := execution.PeriodFromExtra(g.ExtraData); !ok || p != 2*time.Second {
		t.Fatalf("period %v %v", p, ok)
	}
	if _, err := servicenode.WriteGenesis(servicenode.GenesisOptions{ChainID: 4242, Out: out}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("overwrite without --force: %v", err)
	}
	for _, o := range []servicenode.GenesisOptions{
		{ChainID: 0, Out: out, Force: true},
		{ChainID: 1, Out: out, Force: true, Alloc: []string{"0x1"}},
		{ChainID: 1, Out: out, Force: true, Alloc: []string{"0xzz=1"}},
		{ChainID: 1, Out: out, Force: true, Period: 1500 * time.Millisecond},
		{ChainID: 1},
	} {
		if _, err := servicenode.WriteGenesis(o); !input.Is(err) {
			t.Errorf("%+v: %v, want an input error", o, err)
		}
	}
	data := filepath.Join(dir, "data")
	h1, err := servicenode.Init(out, data)
	if err != nil || h1 != h {
		t.Fatalf("init: %s %v", h1, err)
	}
	if h2, err := servicenode.Init(out, data); err != nil || h2 != h {
		t.Fatalf("second init: %s %v", h2, err)
	}
	other := filepath.Join(dir, "other.json")
	if _, err := servicenode.WriteGenesis(servicenode.GenesisOptions{ChainID: 4243, Out: other}); err != nil {
		t.Fatal(err)
	}
	if _, err := servicenode.Init(other, data); err == nil || !strings.Contains(err.Error(), "chain id") {
		t.Fatalf("init with another chain's genesis: %v", err)
	}
}

// nodeFile is a node.toml for an in-process test node.
func nodeFile(t *testing.T, name, role, genesis string, etcd []string) *config.NodeFile {
	f := config.DefaultNodeFile()
	f.Node.Name, f.Node.DataDir = name, filepath.Join(t.TempDir(), name)
	f.Chain.Genesis, f.Producer.Role, f.Etcd.Endpoints = genesis, role, etcd
	f.P2P.Listen, f.RPC.HTTP, f.RPC.WS = "127.0.0.1:0", "127.0.0.1:0", ""
	f.Metrics.Listen, f.Admin.Listen = "127.0.0.1:0", "127.0.0.1:0"
	return f
}

type running struct {
	n      *servicenode.Node
	cancel context.CancelFunc
	done   chan error
}

func start(t *testing.T, f *config.NodeFile) *running {
	t.Helper()
	n, err := servicenode.New(context.Background(), servicenode.Options{File: f, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{n: n, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- n.Run(ctx) }()
	<-n.Host().Started()
	t.Cleanup(func() {
		cancel()
		if err := <-r.done; err != nil {
			t.Errorf("%s: Run: %v", f.Node.Name, err)
		}
	})
	return r
}

func (r *running) target() servicenode.Target {
	return servicenode.Target{Name: r.n.Name(), Admin: r.n.Host().AdminAddr(), Token: r.n.Host().AdminToken()}
}

// TestNodeFromFile: two nodes built from node.toml values (an empty datadir
// initialised from chain.genesis), etcd with the client keepalive; the admin
// API answers producer_status in the console's shape, pause and resume
// persist, handover without a standby is refused, and status prints.
func TestNodeFromFile(t *testing.T) {
	etcd, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer etcd.Close()
	genesis := filepath.Join(t.TempDir(), "genesis.json")
	if _, err := servicenode.WriteGenesis(servicenode.GenesisOptions{ChainID: 4244, Out: genesis}); err != nil {
		t.Fatal(err)
	}
	pf := nodeFile(t, "p1", "producer", genesis, etcd.Endpoints())
	p := start(t, pf)
	ef := nodeFile(t, "e1", "endpoint", genesis, etcd.Endpoints())
	ef.P2P.StaticPeers = []string{p.n.Enode()}
	e := start(t, ef)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	waitFor(t, 40*time.Second, "e1 at block 3", func() bool {
		st, err := servicenode.ReadStatus(ctx, e.target())
		return err == nil && st.Head >= 3 && st.LeaderName == "p1" && st.Healthy
	})
	if e.n.Execution().PeerCount() != 1 {
		t.Errorf("e1 has %d devp2p peers", e.n.Execution().PeerCount())
	}

	// producer_status decodes into what the console reads.
	var raw json.RawMessage
	if err := callAdmin(ctx, p.target(), &raw, "producer_status"); err != nil {
		t.Fatal(err)
	}
	// The admin API wants the token of the node's datadir (issue 13's rule
	// for every daemon): none or another is refused with 401.
	for _, tok := range []string{"", "not-the-token"} {
		bad := p.target()
		bad.Token = tok
		if _, err := servicenode.ReadStatus(ctx, bad); err == nil || !strings.Contains(err.Error(), "401") {
			t.Errorf("producer_status with token %q: %v, want 401 Unauthorized", tok, err)
		}
	}
	if tok, err := os.ReadFile(filepath.Join(pf.Node.DataDir, node.AdminTokenFile)); err != nil || strings.TrimSpace(string(tok)) != p.target().Token {
		t.Errorf("<datadir>/admin.token %q (%v), want the token the admin API takes", tok, err)
	}

	var cs console.ProducerNodeStatus
	if err := json.Unmarshal(raw, &cs); err != nil {
		t.Fatal(err)
	}
	if cs.Node != "p1" || cs.Role != "producer" || !cs.Leader || cs.Head == 0 || cs.CommittedHead < cs.Head || !cs.Healthy || cs.RecentFailovers == nil {
		t.Fatalf("producer_status as the console reads it: %+v\n%s", cs, raw)
	}

	sts := servicenode.ReadStatuses(ctx, []servicenode.Target{p.target(), e.target(), {Name: "gone", Admin: "127.0.0.1:1"}})
	var buf bytes.Buffer
	servicenode.WriteStatus(&buf, sts)
	for _, want := range []string{"node            p1 (producer)", "state           leader, healthy", "endpoint, healthy", "peers           1", "gone: not answering", "members (etcd):"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("status output lacks %q:\n%s", want, buf.String())
		}
	}

	// No standby: a handover is refused (found as the leader among both).
	if _, err := servicenode.Handover(ctx, []servicenode.Target{e.target(), p.target()}, ""); err == nil || !strings.Contains(err.Error(), "no healthy standby") {
		t.Fatalf("handover without a standby: %v", err)
	}
	if _, err := servicenode.Handover(ctx, []servicenode.Target{e.target()}, ""); err == nil || !strings.Contains(err.Error(), producer.ErrNotLeader.Error()) {
		t.Fatalf("handover asked of the endpoint: %v", err)
	}

	// Pause persists in the datadir; resume clears it.
	if changed, err := servicenode.SetPaused(ctx, p.target(), true); err != nil || !changed {
		t.Fatalf("pause: %v %v", changed, err)
	}
	if _, err := os.Stat(filepath.Join(pf.Node.DataDir, servicenode.PauseFileName)); err != nil {
		t.Fatalf("pause file: %v", err)
	}
	waitFor(t, 20*time.Second, "p1 paused", func() bool {
		st, err := servicenode.ReadStatus(ctx, p.target())
		return err == nil && st.State == "paused" && !st.Leader
	})
	if changed, err := servicenode.SetPaused(ctx, p.target(), false); err != nil || !changed {
		t.Fatalf("resume: %v %v", changed, err)
	}
	if _, err := os.Stat(filepath.Join(pf.Node.DataDir, servicenode.PauseFileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("pause file after resume: %v", err)
	}
	waitFor(t, 20*time.Second, "p1 leading again", func() bool {
		st, err := servicenode.ReadStatus(ctx, p.target())
		return err == nil && st.Leader
	})

	// The file form of the target.
	path := filepath.Join(pf.Node.DataDir, config.NodeFileName)
	if err := pf.WriteFile(path, true); err != nil {
		t.Fatal(err)
	}
	tg, err := servicenode.TargetFromFile(path, "")
	if err != nil || tg.Admin != p.n.Host().AdminAddr() || tg.Name != "p1" || tg.Token != p.target().Token {
		t.Fatalf("target from file: %+v %v", tg, err)
	}
	if _, err := servicenode.ReadStatus(ctx, tg); err != nil {
		t.Fatalf("producer_status through the file's target (its admin.token): %v", err)
	}
}

func callAdmin(ctx context.Context, t servicenode.Target, res any, method string) error {
	c, err := node.DialAdminToken(ctx, t.Admin, t.Token)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.CallContext(ctx, res, method)
}

func TestNewRefusesBadSetups(t *testing.T) {
	f := nodeFile(t, "x", "producer", "", []string{"http://127.0.0.1:1"})
	if _, err := servicenode.New(context.Background(), servicenode.Options{File: f, Logger: quiet()}); err == nil || !strings.Contains(err.Error(), "holds no chain: run `servicechain node init") {
		t.Fatalf("empty datadir, no genesis: %v", err)
	}
	f.Etcd.Endpoints = nil
	if _, err := servicenode.New(context.Background(), servicenode.Options{File: f, Logger: quiet()}); err == nil || !strings.Contains(err.Error(), "etcd.endpoints is missing") {
		t.Fatalf("no etcd endpoints: %v", err)
	}
	g := filepath.Join(t.TempDir(), "g.json")
	if _, err := servicenode.WriteGenesis(servicenode.GenesisOptions{ChainID: 4245, Out: g}); err != nil {
		t.Fatal(err)
	}
	// An etcd password file others may read is refused, like every secret file.
	f = nodeFile(t, "x", "producer", g, []string{"http://127.0.0.1:1"})
	pw := filepath.Join(t.TempDir(), "etcd.pw")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.Etcd.Username, f.Etcd.PasswordFile = "svc", pw
	if _, err := servicenode.New(context.Background(), servicenode.Options{File: f, Logger: quiet()}); !errors.Is(err, keys.ErrSecretFileMode) || !strings.Contains(err.Error(), "etcd.password_file") {
		t.Fatalf("etcd password file with mode 0644: %v, want etcd.password_file refused for its mode", err)
	}
	f = nodeFile(t, "x", "producer", g, []string{"http://127.0.0.1:1"})
	f.Engine.URL, f.Engine.JWTSecret = "http://127.0.0.1:1", filepath.Join(t.TempDir(), "absent.hex")
	if _, err := servicenode.New(context.Background(), servicenode.Options{File: f, Logger: quiet()}); err == nil || !strings.Contains(err.Error(), "engine.url") || !strings.Contains(err.Error(), "JWT secret") {
		t.Fatalf("external node with a missing secret: %v", err)
	}
}
