package harness

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/p2p/enode"

	"github.com/servicechain/servicechain/internal/engine"
)

// ExternalGethConfig describes a standalone geth (v1.16.7, BuildGeth) that a
// service-chain node drives over its JWT-authenticated authrpc: no --dev, no
// consensus of its own; blocks come only from the node's Engine API calls.
type ExternalGethConfig struct {
	// Binary is the geth executable. Required.
	Binary string
	// Name labels it; it lives in <Dir>/<Name>. Required.
	Name string
	// Dir is the run directory. Required.
	Dir string
	// Genesis is the service chain's genesis.json (`servicechain node
	// genesis`), which `geth init` reads. Required.
	Genesis string
	// NetworkID is the devp2p network id (the chain id). Required.
	NetworkID uint64
}

// ExternalGeth is the geth process of a service-chain node with
// engine.url: authrpc, HTTP and WebSocket JSON-RPC and devp2p on fixed
// loopback ports (kept across restarts), durable storage (leveldb, hash
// scheme, archive: a SIGKILLed geth restarts at the head it had), static
// peers from a config file.
type ExternalGeth struct {
	cfg                                 ExternalGethConfig
	dir, dataDir, jwt, tomlPath         string
	authPort, httpPort, wsPort, p2pPort int
	key                                 *ecdsa.PrivateKey
	proc                                *Proc
}

// NewExternalGeth initialises the datadir from the genesis (`geth init`),
// writes a JWT secret (mode 0600) and a node key, and picks the ports. Start
// runs it.
func NewExternalGeth(ctx context.Context, cfg ExternalGethConfig) (*ExternalGeth, error) {
	if cfg.Binary == "" || cfg.Name == "" || cfg.Dir == "" || cfg.Genesis == "" || cfg.NetworkID == 0 {
		return nil, fmt.Errorf("harness: ExternalGethConfig needs Binary, Name, Dir, Genesis and NetworkID")
	}
	g := &ExternalGeth{cfg: cfg, dir: filepath.Join(cfg.Dir, cfg.Name)}
	g.dataDir = filepath.Join(g.dir, "data")
	g.jwt = filepath.Join(g.dir, "jwt.hex")
	g.tomlPath = filepath.Join(g.dir, "geth.toml")
	if err := os.MkdirAll(g.dir, 0o755); err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, cfg.Binary, "init", "--datadir", g.dataDir, "--db.engine", "leveldb", "--state.scheme", "hash", cfg.Genesis)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("harness: geth init %s: %w\n%s", cfg.Name, err, out)
	}
	if _, err := engine.GenerateJWTSecret(g.jwt); err != nil {
		return nil, err
	}
	var err error
	if g.key, err = writeNodeKey(filepath.Join(g.dataDir, "geth")); err != nil {
		return nil, err
	}
	ports, err := FreePorts(4)
	if err != nil {
		return nil, err
	}
	g.authPort, g.httpPort, g.wsPort, g.p2pPort = ports[0], ports[1], ports[2], ports[3]
	return g, g.SetStaticPeers(nil)
}

// SetStaticPeers writes the enode URLs geth keeps connected to (its config
// file's Node.P2P.StaticNodes), for the next Start.
func (g *ExternalGeth) SetStaticPeers(peers []string) error {
	var b strings.Builder
	b.WriteString("[Node.P2P]\nStaticNodes = [")
	for i, p := range peers {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(p))
	}
	b.WriteString("]\n")
	return os.WriteFile(g.tomlPath, []byte(b.String()), 0o644)
}

func (g *ExternalGeth) args() []string {
	return []string{
		"--config", g.tomlPath,
		"--datadir", g.dataDir, "--networkid", strconv.FormatUint(g.cfg.NetworkID, 10), "--syncmode", "full",
		"--db.engine", "leveldb", "--state.scheme", "hash", "--gcmode", "archive",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(g.authPort), "--authrpc.jwtsecret", g.jwt,
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(g.httpPort), "--http.api", "eth,net,web3,txpool",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(g.wsPort), "--ws.api", "eth,net,web3",
		"--port", strconv.Itoa(g.p2pPort), "--nat", "none", "--nodiscover", "--maxpeers", "50", "--ipcdisable",
		"--miner.recommit", "1s", "--cache", "256",
		"--txpool.globalslots", "16384", "--txpool.globalqueue", "4096", "--txpool.accountslots", "256", "--txpool.accountqueue", "256",
	}
}

// Start starts (or restarts) geth and waits until its authrpc answers.
func (g *ExternalGeth) Start(ctx context.Context) error {
	var err error
	if g.proc == nil {
		g.proc, err = StartProc(ProcSpec{Name: "geth", Path: g.cfg.Binary, Args: g.args(), LogDir: g.dir})
	} else {
		err = g.proc.Restart()
	}
	if err != nil {
		return err
	}
	cl, err := engine.DialJWTFile(ctx, g.AuthURL(), g.jwt)
	if err != nil {
		return err
	}
	defer cl.Close()
	deadline := time.Now().Add(60 * time.Second)
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := cl.ExchangeCapabilities(cctx, nil)
		cancel()
		if err == nil {
			return nil
		}
		if !g.proc.Running() {
			return fmt.Errorf("harness: geth %s exited (%v); log tail:\n%s", g.cfg.Name, g.proc.ExitErr(), g.proc.LogTail(4000))
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("harness: geth %s authrpc not answering: %v; log tail:\n%s", g.cfg.Name, err, g.proc.LogTail(4000))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// AuthURL is the authrpc URL (engine.url).
func (g *ExternalGeth) AuthURL() string { return fmt.Sprintf("http://127.0.0.1:%d", g.authPort) }

// JWTPath is the JWT secret file (engine.jwt_secret).
func (g *ExternalGeth) JWTPath() string { return g.jwt }

// HTTPURL is geth's public JSON-RPC over HTTP.
func (g *ExternalGeth) HTTPURL() string { return fmt.Sprintf("http://127.0.0.1:%d", g.httpPort) }

// WSURL is geth's public JSON-RPC over WebSocket.
func (g *ExternalGeth) WSURL() string { return fmt.Sprintf("ws://127.0.0.1:%d", g.wsPort) }

// Enode is geth's devp2p URL.
func (g *ExternalGeth) Enode() string {
	return enode.NewV4(&g.key.PublicKey, net.IPv4(127, 0, 0, 1), g.p2pPort, g.p2pPort).URLv4()
}

// Proc is the geth process.
func (g *ExternalGeth) Proc() *Proc { return g.proc }

// Running reports whether geth runs.
func (g *ExternalGeth) Running() bool { return g.proc != nil && g.proc.Running() }

// Close kills geth and closes its log.
func (g *ExternalGeth) Close() error {
	if g.proc == nil {
		return nil
	}
	return g.proc.Close()
}

// scrapeMetrics reads base/metrics as "name{labels}" -> value.
func scrapeMetrics(ctx context.Context, base string) (map[string]float64, error) {
	code, body, err := httpGet(ctx, base+"/metrics")
	if err != nil {
		return nil, err
	}
	if code != 200 {
		return nil, fmt.Errorf("harness: %s/metrics: HTTP %d", base, code)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
			out[line[:i]] = v
		}
	}
	return out, sc.Err()
}
