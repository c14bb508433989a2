package harness

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
)

// NodePasswordEnv is the environment variable that carries the operators'
// keystore password to bridge node processes (password_env in bridge.toml).
const NodePasswordEnv = "SERVICECHAIN_E2E_PASSWORD"

// nodePassword is the keystore password of the harness's operator keys.
const nodePassword = "e2e-operator-password"

// runtimeFile is the file `servicechain bridge run` writes into node.datadir
// with the addresses it listens on (cmd/servicechain RuntimeFile).
const runtimeFile = "endpoints.json"

// BridgeNodeConfig describes one `servicechain bridge run` process.
type BridgeNodeConfig struct {
	// Binary is the servicechain executable (see BuildServicechain). Required.
	Binary string
	// Name labels the node (node.name, its directory <Dir>/<Name>, its log <Dir>/<Name>/node.log). Required.
	Name string
	// Dir is the run directory. Required.
	Dir string
	// Key is the operator key; it signs on both chains (as deploy.Setup registers it).
	Key *ecdsa.PrivateKey
	// Config is the node's bridge.toml content. StartBridgeNode fills in node.name,
	// node.datadir, both chains' keystore and password_env; everything else
	// (endpoints, chain ids, bridges, start blocks, tuning) is the caller's.
	Config *config.Config
	// Env is added to the process environment.
	Env []string
}

// BridgeNode is a bridge node process.
type BridgeNode struct {
	cfg        BridgeNodeConfig
	dir        string
	configPath string
	proc       *Proc
	metrics    string // host:port of the metrics/health listener of the current run
	admin      string // host:port of the admin JSON-RPC of the current run
}

// StartBridgeNode imports the operator key into <Dir>/<Name>/keystore,
// writes <Dir>/<Name>/bridge.toml, starts `servicechain bridge run` and waits
// (up to 60 seconds) until the node has written its runtime file and answers
// /healthz.
func StartBridgeNode(ctx context.Context, cfg BridgeNodeConfig) (*BridgeNode, error) {
	if cfg.Binary == "" || cfg.Name == "" || cfg.Dir == "" || cfg.Key == nil || cfg.Config == nil {
		return nil, fmt.Errorf("harness: BridgeNodeConfig needs Binary, Name, Dir, Key and Config")
	}
	n := &BridgeNode{cfg: cfg, dir: filepath.Join(cfg.Dir, cfg.Name)}
	ksDir := filepath.Join(n.dir, "keystore")
	acct, err := keys.ImportKey(ksDir, cfg.Key, nodePassword, true)
	if err != nil {
		return nil, err
	}
	c := *cfg.Config
	c.Node.Name = cfg.Name
	c.Node.DataDir = filepath.Join(n.dir, "data")
	for _, ch := range []*config.ChainConfig{&c.Parent, &c.Child} {
		ch.Keystore = acct.Path
		ch.PasswordFile = ""
		ch.PasswordEnv = NodePasswordEnv
	}
	if c.Metrics.Listen == "" {
		c.Metrics.Listen = "127.0.0.1:0"
	}
	if c.Admin.Listen == "" {
		c.Admin.Listen = "127.0.0.1:0"
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("harness: node %s config: %w", cfg.Name, err)
	}
	n.configPath = filepath.Join(n.dir, "bridge.toml")
	if err := c.WriteFile(n.configPath, true); err != nil {
		return nil, err
	}
	n.cfg.Config = &c
	env := append([]string{NodePasswordEnv + "=" + nodePassword}, cfg.Env...)
	n.proc, err = StartProc(ProcSpec{Name: "node", Path: cfg.Binary, Args: []string{"bridge", "run", "--config", n.configPath}, Env: env, LogDir: n.dir})
	if err != nil {
		return nil, err
	}
	if err := n.waitStarted(ctx, 60*time.Second); err != nil {
		n.proc.Close()
		return nil, err
	}
	return n, nil
}

// Name is the node's name.
func (n *BridgeNode) Name() string { return n.cfg.Name }

// ConfigPath is the node's bridge.toml.
func (n *BridgeNode) ConfigPath() string { return n.configPath }

// Config is the configuration the node runs with.
func (n *BridgeNode) Config() *config.Config { return n.cfg.Config }

// DataDir is node.datadir (store file and runtime file).
func (n *BridgeNode) DataDir() string { return n.cfg.Config.Node.DataDir }

// LogPath is the node's log file (appended to across restarts).
func (n *BridgeNode) LogPath() string { return n.proc.LogPath() }

// Proc is the underlying process.
func (n *BridgeNode) Proc() *Proc { return n.proc }

// Running reports whether the process is alive.
func (n *BridgeNode) Running() bool { return n.proc.Running() }

// MetricsURL is http://host:port of the current run's metrics listener
// (/metrics, /healthz, /readyz).
func (n *BridgeNode) MetricsURL() string { return "http://" + n.metrics }

// AdminAddr is host:port of the current run's admin JSON-RPC.
func (n *BridgeNode) AdminAddr() string { return n.admin }

// waitStarted waits for a runtime file written by the current process and a
// 200 from /healthz.
func (n *BridgeNode) waitStarted(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	pid := n.proc.Pid()
	done := n.proc.Done()
	path := filepath.Join(n.DataDir(), runtimeFile)
	for {
		var info struct {
			PID     int    `json:"pid"`
			Metrics string `json:"metrics"`
			Admin   string `json:"admin"`
		}
		if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &info) == nil && info.PID == pid && info.Metrics != "" {
			n.metrics, n.admin = info.Metrics, info.Admin
			if code, _, err := httpGet(ctx, n.MetricsURL()+"/healthz"); err == nil && code == http.StatusOK {
				return nil
			}
		}
		select {
		case <-done:
			return fmt.Errorf("harness: node %s exited during start (%v); log tail:\n%s", n.cfg.Name, n.proc.ExitErr(), n.proc.LogTail(4000))
		case <-ctx.Done():
			return fmt.Errorf("harness: node %s not started after %s; log tail:\n%s", n.cfg.Name, timeout, n.proc.LogTail(4000))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Ready reports /readyz: true on 200, with the body (the reasons when not ready).
func (n *BridgeNode) Ready(ctx context.Context) (bool, string, error) {
	code, body, err := httpGet(ctx, n.MetricsURL()+"/readyz")
	if err != nil {
		return false, "", err
	}
	return code == http.StatusOK, strings.TrimSpace(body), nil
}

// WaitReady polls /readyz until it answers 200 or the timeout passes.
func (n *BridgeNode) WaitReady(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last string
	for {
		ok, body, err := n.Ready(ctx)
		if ok {
			return nil
		}
		last = body
		if err != nil {
			last = err.Error()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("harness: node %s not ready after %s: %s", n.cfg.Name, timeout, last)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Metrics scrapes /metrics and returns every sample as "name{labels}" -> value
// (scrapeMetrics).
func (n *BridgeNode) Metrics(ctx context.Context) (map[string]float64, error) {
	return scrapeMetrics(ctx, n.MetricsURL())
}

// Kill SIGKILLs the node.
func (n *BridgeNode) Kill() error { return n.proc.Kill() }

// Stop SIGTERMs the node and waits up to 30 seconds for a clean exit.
func (n *BridgeNode) Stop() error { return n.proc.Stop(30 * time.Second) }

// Restart starts the node again with the same config, store and keystore and
// waits until it has started.
func (n *BridgeNode) Restart(ctx context.Context) error {
	if err := n.proc.Restart(); err != nil {
		return err
	}
	return n.waitStarted(ctx, 60*time.Second)
}

// Reconfigure changes the node's bridge.toml (edit gets the current config)
// for its next Restart. The node must be stopped. Errors: a running node, an
// invalid config, an unwritable file.
func (n *BridgeNode) Reconfigure(edit func(c *config.Config)) error {
	if n.Running() {
		return fmt.Errorf("harness: node %s is running; stop it before Reconfigure", n.cfg.Name)
	}
	c := *n.cfg.Config
	edit(&c)
	if err := c.Validate(); err != nil {
		return fmt.Errorf("harness: node %s config: %w", n.cfg.Name, err)
	}
	if err := c.WriteFile(n.configPath, true); err != nil {
		return err
	}
	n.cfg.Config = &c
	return nil
}

// Close kills the node if it runs and closes its log.
func (n *BridgeNode) Close() error { return n.proc.Close() }

var healthHTTP = &http.Client{Timeout: 3 * time.Second}

func httpGet(ctx context.Context, url string) (int, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, "", err
	}
	resp, err := healthHTTP.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	return resp.StatusCode, string(b), err
}
