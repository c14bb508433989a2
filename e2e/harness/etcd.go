package harness

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"
)

var (
	etcdOnce sync.Once
	etcdPath string
	etcdErr  error
)

// BuildEtcd returns the path of the cached etcd server binary, building it
// first with e2e/scripts/build-etcd.sh when the cache has none (about two
// minutes). The default is etcd v3.7.3 built from the Go module proxy: the
// server version of our go.mod (the embedded etcd of in-process tests and the
// devnet) and of our v3.7.3 client. ETCD_BIN overrides it (Debian's etcd-server
// 3.4 is /usr/bin/etcd); SERVICECHAIN_CACHE moves the cache. Memoised per
// test process.
func BuildEtcd(ctx context.Context) (string, error) {
	etcdOnce.Do(func() {
		root, err := RepoRoot()
		if err != nil {
			etcdErr = err
			return
		}
		cmd := exec.CommandContext(ctx, "bash", filepath.Join(root, "e2e", "scripts", "build-etcd.sh"))
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			etcdErr = fmt.Errorf("harness: build-etcd.sh: %w\n%s", err, stderr.String())
			return
		}
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		etcdPath = strings.TrimSpace(lines[len(lines)-1])
		if _, err := os.Stat(etcdPath); err != nil {
			etcdErr = fmt.Errorf("harness: build-etcd.sh printed %q, which is not a file: %w", etcdPath, err)
		}
	})
	return etcdPath, etcdErr
}

// EtcdConfig describes a real etcd cluster of separate processes.
type EtcdConfig struct {
	// Binary is the etcd server executable (see BuildEtcd). Required.
	Binary string
	// Dir is the run directory; member i keeps its data and log in
	// <Dir>/<Name>-<i>. Required.
	Dir string
	// Members is the cluster size; 0 means 3.
	Members int
	// Name prefixes the member names; "" means "etcd".
	Name string
	// HeartbeatMs and ElectionMs are etcd's --heartbeat-interval and
	// --election-timeout in milliseconds; 0 means etcd's defaults (100, 1000),
	// which make the smallest lease TTL 2 s.
	HeartbeatMs, ElectionMs int
	// ExtraArgs are appended to every member's command line.
	ExtraArgs []string
}

// EtcdCluster is a running etcd cluster. Its methods are safe for concurrent use.
type EtcdCluster struct {
	cfg     EtcdConfig
	token   string
	members []*EtcdMember
}

// EtcdMember is one etcd process of a cluster, on fixed loopback ports that
// survive restarts.
type EtcdMember struct {
	c          *EtcdCluster
	index      int
	name       string
	dir        string
	clientPort int
	peerPort   int
	proc       *Proc

	mu     sync.Mutex
	paused bool // SIGSTOPped by Pause
	killed bool // SIGKILLed by Kill, until Restart
}

// StartEtcdCluster starts cfg.Members etcd processes on free loopback ports
// and returns once every member answers and the cluster has a leader (at
// most one minute). On failure it stops what it started and the error
// carries the tail of the failing member's log.
func StartEtcdCluster(ctx context.Context, cfg EtcdConfig) (*EtcdCluster, error) {
	if cfg.Binary == "" || cfg.Dir == "" {
		return nil, fmt.Errorf("harness: EtcdConfig needs Binary and Dir (got %q %q)", cfg.Binary, cfg.Dir)
	}
	if cfg.Members == 0 {
		cfg.Members = 3
	}
	if cfg.Members < 1 || cfg.Members > 9 {
		return nil, fmt.Errorf("harness: EtcdConfig.Members %d: want 1 to 9", cfg.Members)
	}
	if cfg.Name == "" {
		cfg.Name = "etcd"
	}
	var lastErr error
	// A port FreePorts picked can be taken before etcd binds it; then the
	// cluster fails to form and is tried again on new ports.
	for attempt := 0; attempt < 3; attempt++ {
		c, err := startEtcd(ctx, cfg, attempt)
		if err == nil {
			return c, nil
		}
		lastErr = err
		if !strings.Contains(err.Error(), "address already in use") {
			break
		}
	}
	return nil, lastErr
}

func startEtcd(ctx context.Context, cfg EtcdConfig, attempt int) (*EtcdCluster, error) {
	ports, err := FreePorts(2 * cfg.Members)
	if err != nil {
		return nil, err
	}
	c := &EtcdCluster{cfg: cfg, token: fmt.Sprintf("%s-%d-%d", cfg.Name, time.Now().UnixNano(), attempt)}
	var initial []string
	for i := 0; i < cfg.Members; i++ {
		m := &EtcdMember{c: c, index: i, name: fmt.Sprintf("%s-%d", cfg.Name, i), clientPort: ports[2*i], peerPort: ports[2*i+1]}
		m.dir = filepath.Join(cfg.Dir, m.name)
		if attempt > 0 {
			os.RemoveAll(m.dir)
		}
		initial = append(initial, fmt.Sprintf("%s=http://127.0.0.1:%d", m.name, m.peerPort))
		c.members = append(c.members, m)
	}
	for _, m := range c.members {
		if err := os.MkdirAll(m.dir, 0o755); err != nil {
			c.Close()
			return nil, err
		}
		args := m.args(strings.Join(initial, ","))
		p, err := StartProc(ProcSpec{Name: "etcd", Path: cfg.Binary, Args: args, LogDir: m.dir})
		if err != nil {
			c.Close()
			return nil, err
		}
		m.proc = p
	}
	if err := c.WaitHealthy(ctx, time.Minute); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

func (m *EtcdMember) args(initialCluster string) []string {
	cu := fmt.Sprintf("http://127.0.0.1:%d", m.clientPort)
	pu := fmt.Sprintf("http://127.0.0.1:%d", m.peerPort)
	args := []string{
		"--name", m.name,
		"--data-dir", filepath.Join(m.dir, "data"),
		"--listen-client-urls", cu, "--advertise-client-urls", cu,
		"--listen-peer-urls", pu, "--initial-advertise-peer-urls", pu,
		"--initial-cluster", initialCluster,
		"--initial-cluster-state", "new",
		"--initial-cluster-token", m.c.token,
		"--log-level", "warn",
	}
	if m.c.cfg.HeartbeatMs > 0 {
		args = append(args, "--heartbeat-interval", strconv.Itoa(m.c.cfg.HeartbeatMs))
	}
	if m.c.cfg.ElectionMs > 0 {
		args = append(args, "--election-timeout", strconv.Itoa(m.c.cfg.ElectionMs))
	}
	return append(args, m.c.cfg.ExtraArgs...)
}

// Endpoints are the client URLs of all members (for clientv3.Config.Endpoints).
func (c *EtcdCluster) Endpoints() []string {
	out := make([]string, len(c.members))
	for i, m := range c.members {
		out[i] = m.Endpoint()
	}
	return out
}

// Members returns the members in index order.
func (c *EtcdCluster) Members() []*EtcdMember { return append([]*EtcdMember(nil), c.members...) }

// Member returns member i.
func (c *EtcdCluster) Member(i int) *EtcdMember { return c.members[i] }

// Client opens a client on all endpoints (the caller closes it). It pings
// its connections every second (gRPC keepalive), so a SIGSTOPped member,
// whose TCP connection stays open but never answers, is dropped from the
// client's balancer within about two seconds instead of hanging the calls
// routed to it. Clients of a real cluster need the same settings.
func (c *EtcdCluster) Client() (*clientv3.Client, error) {
	return clientv3.New(clientv3.Config{
		Endpoints: c.Endpoints(), DialTimeout: 5 * time.Second, Logger: zap.NewNop(),
		DialKeepAliveTime: time.Second, DialKeepAliveTimeout: time.Second,
	})
}

// status asks one member for its status with a short timeout.
func (m *EtcdMember) status(ctx context.Context) (*clientv3.StatusResponse, error) {
	cli, err := clientv3.New(clientv3.Config{Endpoints: []string{m.Endpoint()}, DialTimeout: time.Second, Logger: zap.NewNop()})
	if err != nil {
		return nil, err
	}
	defer cli.Close()
	sctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return cli.Status(sctx, m.Endpoint())
}

// Leader returns the index of the member that is the raft leader, as the
// members that answer report it (they must agree). Errors: no member
// answers, none knows a leader, or they disagree.
func (c *EtcdCluster) Leader(ctx context.Context) (int, error) {
	ids := map[uint64]int{}
	leaders := map[uint64]bool{}
	var lastErr error
	for _, m := range c.members {
		if !m.Running() {
			continue
		}
		st, err := m.status(ctx)
		if err != nil {
			lastErr = err
			continue
		}
		ids[st.Header.MemberId] = m.index
		if st.Leader != 0 {
			leaders[st.Leader] = true
		}
	}
	if len(ids) == 0 {
		return -1, fmt.Errorf("harness: no etcd member answers: %v", lastErr)
	}
	if len(leaders) != 1 {
		return -1, fmt.Errorf("harness: etcd members report %d leaders", len(leaders))
	}
	for id := range leaders {
		if i, ok := ids[id]; ok {
			return i, nil
		}
		return -1, fmt.Errorf("harness: etcd leader %x is not among the members that answer", id)
	}
	return -1, errors.New("unreachable")
}

// WaitHealthy waits until every running, unpaused member answers and they
// agree on a leader, or timeout passes (the error has the log tail of a
// member that exited or did not answer).
func (c *EtcdCluster) WaitHealthy(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := c.healthy(ctx)
		if err == nil {
			return nil
		}
		for _, m := range c.members {
			if m.proc != nil && !m.Running() && !m.stoppedByUs() {
				return fmt.Errorf("harness: etcd member %s exited (%v); log tail:\n%s", m.name, m.proc.ExitErr(), m.proc.LogTail(3000))
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			tail := ""
			if len(c.members) > 0 && c.members[0].proc != nil {
				tail = c.members[0].proc.LogTail(3000)
			}
			return fmt.Errorf("harness: etcd cluster not healthy after %v: %v; %s log tail:\n%s", timeout, err, c.members[0].name, tail)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (c *EtcdCluster) healthy(ctx context.Context) error {
	for _, m := range c.members {
		if !m.Running() || m.Paused() {
			continue
		}
		st, err := m.status(ctx)
		if err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
		if st.Leader == 0 {
			return fmt.Errorf("%s knows no leader", m.name)
		}
	}
	_, err := c.Leader(ctx)
	return err
}

// Close kills every member (SIGKILL) and closes the logs; data stays in Dir.
func (c *EtcdCluster) Close() {
	for _, m := range c.members {
		if m.proc != nil {
			m.proc.Signal(syscall.SIGCONT)
			m.proc.Close()
		}
	}
}

// Name is the member name.
func (m *EtcdMember) Name() string { return m.name }

// Endpoint is the member's client URL, http://127.0.0.1:<port>.
func (m *EtcdMember) Endpoint() string { return fmt.Sprintf("http://127.0.0.1:%d", m.clientPort) }

// Proc is the member's process.
func (m *EtcdMember) Proc() *Proc { return m.proc }

// Running reports whether the process has not exited (a SIGSTOPped one runs).
func (m *EtcdMember) Running() bool { return m.proc != nil && m.proc.Running() }

func (m *EtcdMember) stoppedByUs() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.killed
}

// Paused reports whether the member is SIGSTOPped by Pause.
func (m *EtcdMember) Paused() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.paused
}

func (m *EtcdMember) setState(paused, killed bool) {
	m.mu.Lock()
	m.paused, m.killed = paused, killed
	m.mu.Unlock()
}

// Kill SIGKILLs the member and waits until it is gone.
func (m *EtcdMember) Kill() error {
	m.setState(false, true)
	return m.proc.Kill()
}

// Pause SIGSTOPs the member: it keeps its sockets but answers nothing (a
// hung or partitioned member, as far as its peers can tell).
func (m *EtcdMember) Pause() error {
	m.setState(true, false)
	return m.proc.Signal(syscall.SIGSTOP)
}

// Resume SIGCONTs a paused member.
func (m *EtcdMember) Resume() error {
	m.setState(false, m.stoppedByUs())
	return m.proc.Signal(syscall.SIGCONT)
}

// Restart starts a killed (or exited) member again on its data directory and
// ports, and waits until the cluster is healthy with it.
func (m *EtcdMember) Restart(ctx context.Context) error {
	if m.Running() {
		return fmt.Errorf("harness: etcd member %s is still running", m.name)
	}
	m.setState(false, false)
	if err := m.proc.Restart(); err != nil {
		return err
	}
	return m.c.WaitHealthy(ctx, time.Minute)
}
