package harness

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/internal/netfault"
	"github.com/servicechain/servicechain/internal/node"
)

// BuildPoints builds the br2k example server (./examples/points) into
// <dir>/points and returns the binary's path (the Go build cache makes a
// second build quick). POINTS_BIN overrides it with a prebuilt binary.
func BuildPoints(ctx context.Context, dir string) (string, error) {
	if p := os.Getenv("POINTS_BIN"); p != "" {
		return p, nil
	}
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, "points")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./examples/points")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("harness: go build ./examples/points: %w\n%s", err, b)
	}
	return out, nil
}

// PointsConfig describes one replica process of the br2k example server
// (`points run`).
type PointsConfig struct {
	// Binary is the points executable (BuildPoints). Required.
	Binary string
	// ID is the replica id ("r1"). Required.
	ID string
	// Dir is the run directory: the replica logs to <Dir>/<ID>/points.log and
	// keeps its data in <Dir>/<ID>/data (removed by Wipe). Required.
	Dir string
	// Etcd are the etcd members' client URLs. The replica reaches each one
	// through a TCP fault proxy of its own (CutEtcd, HealEtcd). Required.
	Etcd []string
	// Config is the points.json of `points setup` ("" runs without a chain:
	// /redeem answers 503).
	Config string
	// MySQL is the snapshot store's DSN ("" = SQLite in the data directory).
	MySQL string
	// TTL is the etcd session TTL (0 = the example's default, 3 s).
	TTL time.Duration
	// SnapshotEvery and CatchUpEntries: see br2k.Config (0 = defaults).
	SnapshotEvery, CatchUpEntries uint64
	// ExtraArgs are appended to `points run`.
	ExtraArgs []string
	// Env is added to the process's environment.
	Env []string
}

// PointsReplica is a running (or stopped) replica process on fixed loopback
// ports that survive restarts: the routes, the host's metrics (/metrics,
// /healthz, /readyz) and its admin JSON-RPC (br2k_*).
type PointsReplica struct {
	cfg                PointsConfig
	proc               *Proc
	proxies            []*netfault.Proxy
	port, mport, aport int
	dataDir            string
	mu                 sync.Mutex
	paused, cut        bool
}

// StartPoints starts a replica process and waits until its host answers
// /healthz (not until it is ready: see WaitReady). On failure nothing stays
// running and the error carries the log tail.
func StartPoints(ctx context.Context, cfg PointsConfig) (*PointsReplica, error) {
	if cfg.Binary == "" || cfg.ID == "" || cfg.Dir == "" || len(cfg.Etcd) == 0 {
		return nil, fmt.Errorf("harness: PointsConfig needs Binary, ID, Dir and Etcd (got %q %q %q %v)", cfg.Binary, cfg.ID, cfg.Dir, cfg.Etcd)
	}
	ports, err := FreePorts(3)
	if err != nil {
		return nil, err
	}
	p := &PointsReplica{cfg: cfg, port: ports[0], mport: ports[1], aport: ports[2], dataDir: filepath.Join(cfg.Dir, cfg.ID, "data")}
	var via []string
	for _, e := range cfg.Etcd {
		target := strings.TrimPrefix(strings.TrimPrefix(e, "http://"), "https://")
		px, err := netfault.New(target)
		if err != nil {
			p.Close()
			return nil, err
		}
		p.proxies = append(p.proxies, px)
		via = append(via, px.URL("http"))
	}
	args := []string{"run", "--id", cfg.ID,
		"--listen", fmt.Sprintf("127.0.0.1:%d", p.port),
		"--metrics-listen", fmt.Sprintf("127.0.0.1:%d", p.mport),
		"--admin-listen", fmt.Sprintf("127.0.0.1:%d", p.aport),
		"--etcd", strings.Join(via, ","), "--datadir", p.dataDir}
	if cfg.Config != "" {
		args = append(args, "--config", cfg.Config)
	}
	if cfg.MySQL != "" {
		args = append(args, "--mysql", cfg.MySQL)
	}
	if cfg.TTL > 0 {
		args = append(args, "--ttl", cfg.TTL.String())
	}
	if cfg.SnapshotEvery > 0 {
		args = append(args, "--snapshot-every", strconv.FormatUint(cfg.SnapshotEvery, 10))
	}
	if cfg.CatchUpEntries > 0 {
		args = append(args, "--catch-up-entries", strconv.FormatUint(cfg.CatchUpEntries, 10))
	}
	args = append(args, cfg.ExtraArgs...)
	proc, err := StartProc(ProcSpec{Name: "points", Path: cfg.Binary, Args: args, Env: cfg.Env, LogDir: filepath.Join(cfg.Dir, cfg.ID)})
	if err != nil {
		p.Close()
		return nil, err
	}
	p.proc = proc
	if err := p.waitStarted(ctx, time.Minute); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

// ID is the replica id.
func (p *PointsReplica) ID() string { return p.cfg.ID }

// URL is where the replica serves the routes (its advertised URL).
func (p *PointsReplica) URL() string { return fmt.Sprintf("http://127.0.0.1:%d", p.port) }

// MetricsURL is the host's /metrics, /healthz and /readyz server.
func (p *PointsReplica) MetricsURL() string { return fmt.Sprintf("http://127.0.0.1:%d", p.mport) }

// AdminAddr is the host's admin JSON-RPC address.
func (p *PointsReplica) AdminAddr() string { return fmt.Sprintf("127.0.0.1:%d", p.aport) }

// DataDir is the replica's data directory.
func (p *PointsReplica) DataDir() string { return p.dataDir }

// Proc is the replica's process.
func (p *PointsReplica) Proc() *Proc { return p.proc }

// Running reports whether the process runs (a paused one runs).
func (p *PointsReplica) Running() bool { return p.proc != nil && p.proc.Running() }

// Paused reports whether Pause stopped it (until Resume).
func (p *PointsReplica) Paused() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.paused }

// Cut reports whether CutEtcd holds its etcd traffic (until HealEtcd).
func (p *PointsReplica) Cut() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.cut }

// Serving reports whether the replica can take requests as far as the
// harness did anything to it: running, not paused, not cut off.
func (p *PointsReplica) Serving() bool { return p.Running() && !p.Paused() && !p.Cut() }

func (p *PointsReplica) waitStarted(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	done := p.proc.Done()
	for {
		if code, _, err := httpGet(ctx, p.MetricsURL()+"/healthz"); err == nil && code == http.StatusOK {
			return nil
		}
		select {
		case <-done:
			return fmt.Errorf("harness: replica %s exited during start (%v); log tail:\n%s", p.cfg.ID, p.proc.ExitErr(), p.proc.LogTail(4000))
		case <-ctx.Done():
			return fmt.Errorf("harness: replica %s not started after %s; log tail:\n%s", p.cfg.ID, timeout, p.proc.LogTail(4000))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// WaitReady polls /readyz until 200 (restored, caught up, a leader known)
// or the timeout passes.
func (p *PointsReplica) WaitReady(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last string
	for {
		code, body, err := httpGet(ctx, p.MetricsURL()+"/readyz")
		if err == nil && code == http.StatusOK {
			return nil
		}
		last = strings.TrimSpace(body)
		if err != nil {
			last = err.Error()
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("harness: replica %s not ready after %s: %s", p.cfg.ID, timeout, last)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Admin calls an admin JSON-RPC method (br2k_status, br2k_snapshot, ...)
// of the replica's host, with the token the host keeps in
// <datadir>/<id>/admin.token.
func (p *PointsReplica) Admin(ctx context.Context, result any, method string, args ...any) error {
	tok, err := node.ReadAdminToken(filepath.Join(p.dataDir, p.cfg.ID))
	if err != nil {
		return err
	}
	cli, err := node.DialAdminToken(ctx, p.AdminAddr(), tok)
	if err != nil {
		return err
	}
	defer cli.Close()
	return cli.CallContext(ctx, result, method, args...)
}

// Status is br2k_status: the replica's own view.
func (p *PointsReplica) Status(ctx context.Context) (br2k.LocalStatus, error) {
	var st br2k.LocalStatus
	err := p.Admin(ctx, &st, "br2k_status")
	return st, err
}

// State is GET /state: the applied index and the replicated state's digest.
func (p *PointsReplica) State(ctx context.Context) (index uint64, digest string, err error) {
	code, body, err := httpGet(ctx, p.URL()+"/state")
	if err != nil {
		return 0, "", err
	}
	if code != http.StatusOK {
		return 0, "", fmt.Errorf("harness: replica %s /state: HTTP %d %s", p.cfg.ID, code, body)
	}
	var st struct {
		Index  uint64 `json:"index"`
		Digest string `json:"digest"`
	}
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		return 0, "", fmt.Errorf("harness: replica %s /state: %w", p.cfg.ID, err)
	}
	return st.Index, st.Digest, nil
}

// Kill SIGKILLs the replica (a paused one too) and waits until it is gone.
func (p *PointsReplica) Kill() error {
	p.mu.Lock()
	p.paused = false
	p.mu.Unlock()
	return p.proc.Kill()
}

// Pause SIGSTOPs the replica: its sockets stay open, it answers nothing
// and its etcd lease is no longer kept alive (a process frozen past its TTL).
func (p *PointsReplica) Pause() error {
	p.mu.Lock()
	p.paused = true
	p.mu.Unlock()
	return p.proc.Signal(syscall.SIGSTOP)
}

// Resume SIGCONTs a paused replica.
func (p *PointsReplica) Resume() error {
	p.mu.Lock()
	p.paused = false
	p.mu.Unlock()
	return p.proc.Signal(syscall.SIGCONT)
}

// CutEtcd partitions the replica from every etcd member: its proxies accept
// connections and hold all bytes (open connections included) until
// HealEtcd. Its HTTP side keeps working.
func (p *PointsReplica) CutEtcd() error {
	p.mu.Lock()
	p.cut = true
	p.mu.Unlock()
	for _, px := range p.proxies {
		if err := px.Blackhole(); err != nil {
			return err
		}
	}
	return nil
}

// HealEtcd ends CutEtcd: held bytes flow again.
func (p *PointsReplica) HealEtcd() error {
	p.mu.Lock()
	p.cut = false
	p.mu.Unlock()
	for _, px := range p.proxies {
		if err := px.Restore(); err != nil {
			return err
		}
	}
	return nil
}

// Wipe removes the data directory of a stopped replica: the next Restart
// starts empty and restores from the newest snapshot.
func (p *PointsReplica) Wipe() error {
	if p.Running() {
		return fmt.Errorf("harness: replica %s is running; kill it before Wipe", p.cfg.ID)
	}
	return os.RemoveAll(p.dataDir)
}

// Restart starts a stopped replica again on the same ports and waits until
// its host answers.
func (p *PointsReplica) Restart(ctx context.Context) error {
	if err := p.proc.Restart(); err != nil {
		return err
	}
	return p.waitStarted(ctx, time.Minute)
}

// Close kills the replica, closes its log and its etcd proxies.
func (p *PointsReplica) Close() {
	if p.proc != nil {
		p.proc.Signal(syscall.SIGCONT)
		p.proc.Close()
	}
	for _, px := range p.proxies {
		px.Close()
	}
}
