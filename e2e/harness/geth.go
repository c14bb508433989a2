package harness

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// DefaultGasLimit is the block gas limit of the harness chains (gas units).
const DefaultGasLimit = 30_000_000

// GethConfig describes one standalone geth dev chain.
type GethConfig struct {
	// Binary is the geth executable (see BuildGeth). Required.
	Binary string
	// Name labels the chain ("parent", "child"); it names the chain's
	// directory <Dir>/<Name> and its log file <Dir>/<Name>/geth.log. Required.
	Name string
	// Dir is the run directory (see RunDir). Required.
	Dir string
	// ChainID is the EIP-155 chain id written into the genesis. Required (> 0).
	ChainID uint64
	// GasLimit is the genesis block gas limit and the miner's gas ceiling,
	// in gas units; 0 means DefaultGasLimit (30,000,000).
	GasLimit uint64
	// BlockPeriod is the interval between blocks in whole seconds
	// (geth --dev.period); 0 means 1.
	BlockPeriod int
	// Alloc funds accounts in the genesis (balances in wei).
	Alloc map[common.Address]*big.Int
	// ExtraArgs are appended to geth's command line.
	ExtraArgs []string
}

// Geth is a geth --dev process on 127.0.0.1 with HTTP and WebSocket JSON-RPC.
//
// The datadir is initialised with `geth init` from a genesis that is geth's own
// developer genesis (`geth --dev dumpgenesis`: all forks through Osaka active at
// block 0, system contracts predeployed) with our chain id, gas limit and
// alloc; `geth --dev` on an initialised datadir keeps that genesis.
//
// Durability: the chain uses the leveldb engine, the hash state scheme and
// archive mode, so every block's state is on disk when it is imported and a
// SIGKILLed chain restarts from (about) the head it had. With geth's defaults
// (pebble, path scheme) a SIGKILL loses the in-memory state layers and the
// restarted dev chain rewinds to genesis.
type Geth struct {
	cfg      GethConfig
	dataDir  string
	httpPort int
	wsPort   int
	authPort int
	proc     *Proc
}

var genesisDumps sync.Map // geth binary path -> []byte

// devGenesis returns geth's own developer genesis as JSON (`geth --dev dumpgenesis`).
func devGenesis(binary string) ([]byte, error) {
	if b, ok := genesisDumps.Load(binary); ok {
		return b.([]byte), nil
	}
	cmd := exec.Command(binary, "--dev", "dumpgenesis")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("harness: %s --dev dumpgenesis: %w\n%s", binary, err, stderr.String())
	}
	genesisDumps.Store(binary, out)
	return out, nil
}

// Genesis builds the genesis JSON for cfg: geth's developer genesis with our
// chain id, gas limit and alloc.
func Genesis(cfg GethConfig) ([]byte, error) {
	dump, err := devGenesis(cfg.Binary)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(dump))
	dec.UseNumber()
	var g map[string]any
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("harness: parse dumped dev genesis: %w", err)
	}
	conf, ok := g["config"].(map[string]any)
	if !ok {
		return nil, errors.New("harness: dumped dev genesis has no config object")
	}
	conf["chainId"] = json.Number(strconv.FormatUint(cfg.ChainID, 10))
	gasLimit := cfg.GasLimit
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	g["gasLimit"] = fmt.Sprintf("0x%x", gasLimit)
	alloc, ok := g["alloc"].(map[string]any)
	if !ok {
		alloc = map[string]any{}
		g["alloc"] = alloc
	}
	for addr, bal := range cfg.Alloc {
		if bal == nil || bal.Sign() < 0 {
			return nil, fmt.Errorf("harness: alloc for %s: balance must be >= 0 wei, got %v", addr, bal)
		}
		alloc[strings.ToLower(strings.TrimPrefix(addr.Hex(), "0x"))] = map[string]any{"balance": "0x" + bal.Text(16)}
	}
	for k, v := range g {
		if v == nil {
			delete(g, k)
		}
	}
	return json.MarshalIndent(g, "", "  ")
}

// StartGeth initialises a datadir for cfg (unless it was initialised before)
// and starts geth on free loopback ports. It returns when the HTTP RPC answers
// eth_chainId with cfg.ChainID, or an error with the tail of geth's log.
func StartGeth(ctx context.Context, cfg GethConfig) (*Geth, error) {
	if cfg.Binary == "" || cfg.Name == "" || cfg.Dir == "" || cfg.ChainID == 0 {
		return nil, fmt.Errorf("harness: GethConfig needs Binary, Name, Dir and a ChainID > 0 (got %q %q %q %d)", cfg.Binary, cfg.Name, cfg.Dir, cfg.ChainID)
	}
	if cfg.BlockPeriod < 0 {
		return nil, fmt.Errorf("harness: GethConfig.BlockPeriod %d: want seconds >= 0", cfg.BlockPeriod)
	}
	base := filepath.Join(cfg.Dir, cfg.Name)
	g := &Geth{cfg: cfg, dataDir: filepath.Join(base, "data")}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(g.dataDir, "geth", "chaindata")); errors.Is(err, os.ErrNotExist) {
		gen, err := Genesis(cfg)
		if err != nil {
			return nil, err
		}
		gpath := filepath.Join(base, "genesis.json")
		if err := os.WriteFile(gpath, gen, 0o644); err != nil {
			return nil, err
		}
		cmd := exec.CommandContext(ctx, cfg.Binary, "init", "--datadir", g.dataDir, "--db.engine", "leveldb", "--state.scheme", "hash", gpath)
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("harness: geth init %s: %w\n%s", cfg.Name, err, out)
		}
	}
	// A port picked by FreePorts can be taken by another process before geth
	// binds it; then geth exits at once and we try again with new ports.
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		ports, err := FreePorts(3)
		if err != nil {
			return nil, err
		}
		g.httpPort, g.wsPort, g.authPort = ports[0], ports[1], ports[2]
		if g.proc == nil {
			g.proc, err = StartProc(ProcSpec{Name: "geth", Path: cfg.Binary, Args: g.args(), LogDir: base})
		} else {
			g.proc.SetArgs(g.args())
			err = g.proc.Restart()
		}
		if err != nil {
			return nil, err
		}
		lastErr = g.WaitReady(ctx, 60*time.Second)
		if lastErr == nil {
			return g, nil
		}
		running := g.proc.Running()
		g.proc.Kill()
		if running || !strings.Contains(g.proc.LogTail(4000), "address already in use") {
			break
		}
	}
	g.proc.Close()
	return nil, lastErr
}

func (g *Geth) args() []string {
	period := g.cfg.BlockPeriod
	if period == 0 {
		period = 1
	}
	gasLimit := g.cfg.GasLimit
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	args := []string{
		"--dev", "--dev.period", strconv.Itoa(period),
		"--datadir", g.dataDir,
		"--db.engine", "leveldb", "--state.scheme", "hash", "--gcmode", "archive",
		"--miner.gaslimit", strconv.FormatUint(gasLimit, 10),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(g.httpPort),
		"--http.api", "eth,net,web3,txpool",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(g.wsPort),
		"--ws.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(g.authPort),
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--txpool.globalslots", "16384", "--txpool.globalqueue", "4096",
		"--txpool.accountslots", "256", "--txpool.accountqueue", "256",
		"--cache", "256",
	}
	return append(args, g.cfg.ExtraArgs...)
}

// Args is geth's command line (without the program name).
func (g *Geth) Args() []string { return g.args() }

// Name is the chain's name from its config.
func (g *Geth) Name() string { return g.cfg.Name }

// ChainID is the chain id from the genesis.
func (g *Geth) ChainID() uint64 { return g.cfg.ChainID }

// DataDir is geth's --datadir.
func (g *Geth) DataDir() string { return g.dataDir }

// LogPath is the path of geth's log file (appended to across restarts).
func (g *Geth) LogPath() string { return g.proc.LogPath() }

// Proc is the underlying process.
func (g *Geth) Proc() *Proc { return g.proc }

// HTTPURL is the HTTP JSON-RPC endpoint, http://127.0.0.1:<port>.
func (g *Geth) HTTPURL() string { return fmt.Sprintf("http://127.0.0.1:%d", g.httpPort) }

// WSURL is the WebSocket JSON-RPC endpoint, ws://127.0.0.1:<port>.
func (g *Geth) WSURL() string { return fmt.Sprintf("ws://127.0.0.1:%d", g.wsPort) }

// Dial opens an ethclient on the HTTP endpoint.
func (g *Geth) Dial(ctx context.Context) (*ethclient.Client, error) {
	return ethclient.DialContext(ctx, g.HTTPURL())
}

// WaitReady polls eth_chainId on the HTTP endpoint until it returns the
// configured chain id. It fails early if geth exits, and after timeout.
func (g *Geth) WaitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	done := g.proc.Done()
	var last error
	for {
		id, err := rpcUint(ctx, g.HTTPURL(), "eth_chainId")
		if err == nil {
			if id != g.cfg.ChainID {
				return fmt.Errorf("harness: geth %s answers chain id %d, want %d", g.cfg.Name, id, g.cfg.ChainID)
			}
			return nil
		}
		last = err
		select {
		case <-done:
			return fmt.Errorf("harness: geth %s exited before it was ready (%v); log tail:\n%s", g.cfg.Name, g.proc.ExitErr(), g.proc.LogTail(4000))
		case <-ctx.Done():
			return fmt.Errorf("harness: geth %s not ready after %s (last error: %v); log tail:\n%s", g.cfg.Name, timeout, last, g.proc.LogTail(4000))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// BlockNumber returns the head block number over HTTP.
func (g *Geth) BlockNumber(ctx context.Context) (uint64, error) {
	return rpcUint(ctx, g.HTTPURL(), "eth_blockNumber")
}

// Kill SIGKILLs geth and waits for it to be gone.
func (g *Geth) Kill() error { return g.proc.Kill() }

// Stop SIGTERMs geth and waits up to 30 seconds for a clean shutdown.
func (g *Geth) Stop() error { return g.proc.Stop(30 * time.Second) }

// Restart starts geth again on the same datadir and ports and waits until it is
// ready. The previous run must have exited (Kill or Stop first).
func (g *Geth) Restart(ctx context.Context) error {
	if err := g.proc.Restart(); err != nil {
		return err
	}
	return g.WaitReady(ctx, 60*time.Second)
}

// Close kills geth (if running) and closes its log. The datadir stays.
func (g *Geth) Close() error { return g.proc.Close() }

// rpcUint calls a JSON-RPC method without parameters that returns a hex quantity.
func rpcUint(ctx context.Context, url, method string) (uint64, error) {
	var res string
	if err := rpcCall(ctx, url, method, nil, &res); err != nil {
		return 0, err
	}
	v, err := strconv.ParseUint(strings.TrimPrefix(res, "0x"), 16, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: result %q is not a hex quantity", method, res)
	}
	return v, nil
}

var rpcHTTP = &http.Client{Timeout: 5 * time.Second}

// rpcCall does one JSON-RPC 2.0 call over HTTP and decodes the result into out.
func rpcCall(ctx context.Context, url, method string, params []any, out any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := rpcHTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s: HTTP %d: %w", method, resp.StatusCode, err)
	}
	if r.Error != nil {
		return fmt.Errorf("%s: RPC error %d: %s", method, r.Error.Code, r.Error.Message)
	}
	return json.Unmarshal(r.Result, out)
}
