package execution

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Genesis defaults applied by NewGenesis to zero GenesisSpec fields.
const (
	// DefaultGasLimit is the genesis block gas limit (gas), as internal/devchain.
	DefaultGasLimit = 30_000_000
	// DefaultPeriod is the block period (slot length).
	DefaultPeriod = time.Second
	// MaxGasLimit bounds the genesis gas limit: a block is committed to etcd
	// as one value, which etcd caps at 1.5 MiB by default
	// (--max-request-bytes); a 60M-gas block of calldata at the EIP-7623
	// floor (40 gas per non-zero byte) is about 1.5 MB.
	MaxGasLimit = 60_000_000
)

// periodTag prefixes the block period in the genesis extraData:
// "servicechain/period=<seconds>". The period then travels with the chain
// (every execution node, embedded or geth, serves it in block 0), so every
// producer derives the same slot clock from the chain itself.
const periodTag = "servicechain/period="

// GenesisSpec describes a new service chain.
type GenesisSpec struct {
	// ChainID is the EIP-155 chain id and network id. Required (> 0).
	ChainID uint64
	// GasLimit is the block gas limit in gas. 0 means DefaultGasLimit;
	// allowed params.MinGasLimit (5000) to MaxGasLimit.
	GasLimit uint64
	// Period is the block period: blocks are due at genesis time + n x
	// Period. Whole seconds (block timestamps have one-second resolution),
	// 1 s to 1 h. 0 means DefaultPeriod.
	Period time.Duration
	// Alloc funds accounts at genesis (balances in wei, >= 0).
	Alloc map[common.Address]*big.Int
	// Timestamp is the genesis time, unix seconds; slot 0. 0 means now.
	Timestamp uint64
}

// NewGenesis returns the genesis of a new service chain: go-ethereum's
// developer genesis (precompiles and the system contracts Prague needs:
// EIP-4788 beacon roots, EIP-2935 history, EIP-7002 and EIP-7251 request
// queues), with the chain id, gas limit and alloc of spec, every fork from
// Homestead through Osaka at block 0 and terminal total difficulty 0 (proof of
// stake from the start: blocks come only from the Engine API), and the block
// period recorded in extraData (see PeriodFromExtra).
//
// Bogota, which go-ethereum's dev config turns on but no network runs (and
// geth v1.16.7 does not know), is left off, as internal/devchain does.
// Errors name the field and the accepted range.
func NewGenesis(spec GenesisSpec) (*core.Genesis, error) {
	if spec.ChainID == 0 {
		return nil, errors.New("execution: genesis chain id 0: expected a chain id > 0")
	}
	if spec.GasLimit == 0 {
		spec.GasLimit = DefaultGasLimit
	}
	if spec.GasLimit < params.MinGasLimit || spec.GasLimit > MaxGasLimit {
		return nil, fmt.Errorf("execution: genesis gas limit %d: expected %d to %d gas", spec.GasLimit, params.MinGasLimit, MaxGasLimit)
	}
	if spec.Period == 0 {
		spec.Period = DefaultPeriod
	}
	if spec.Period < time.Second || spec.Period > time.Hour || spec.Period%time.Second != 0 {
		return nil, fmt.Errorf("execution: genesis block period %v: expected whole seconds from 1s to 1h", spec.Period)
	}
	if spec.Timestamp == 0 {
		spec.Timestamp = uint64(time.Now().Unix())
	}
	g := core.DeveloperGenesisBlock(spec.GasLimit, nil)
	cfg := *g.Config
	cfg.ChainID = new(big.Int).SetUint64(spec.ChainID)
	cfg.BogotaTime = nil
	cfg.AmsterdamTime = nil
	if cfg.BlobScheduleConfig != nil {
		bs := *cfg.BlobScheduleConfig
		cfg.BlobScheduleConfig = &bs
	}
	if err := cfg.CheckConfigForkOrder(); err != nil {
		return nil, fmt.Errorf("execution: genesis chain config: %w", err)
	}
	g.Config = &cfg
	g.Timestamp = spec.Timestamp
	g.ExtraData = []byte(periodTag + strconv.FormatInt(int64(spec.Period/time.Second), 10))
	for addr, bal := range spec.Alloc {
		if bal == nil || bal.Sign() < 0 {
			return nil, fmt.Errorf("execution: genesis alloc %s: balance %v: expected wei >= 0", addr, bal)
		}
		if _, taken := g.Alloc[addr]; taken {
			return nil, fmt.Errorf("execution: genesis alloc %s: address is a precompile or system contract", addr)
		}
		g.Alloc[addr] = types.Account{Balance: new(big.Int).Set(bal)}
	}
	return g, nil
}

// PeriodFromExtra reads the block period NewGenesis recorded in the genesis
// extraData. ok is false when extra carries none (a genesis made elsewhere).
func PeriodFromExtra(extra []byte) (period time.Duration, ok bool) {
	s, found := strings.CutPrefix(string(extra), periodTag)
	if !found {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil || n == 0 {
		return 0, false
	}
	return time.Duration(n) * time.Second, true
}

// WriteGenesisFile writes g as JSON (geth's genesis.json format, readable by
// `geth init`) to path with mode 0644, replacing it atomically. geth v1.16.7
// requires a blobSchedule entry for every active blob fork, Osaka included,
// while go-ethereum v1.17 has no Osaka entry (Osaka keeps Prague's blob
// parameters); the file therefore also carries "osaka" with Prague's values,
// which v1.17 ignores. The genesis block hash is the same for both.
func WriteGenesisFile(path string, g *core.Genesis) error {
	if g == nil || g.Config == nil {
		return errors.New("execution: write genesis: no genesis or no chain config")
	}
	b, err := json.Marshal(g)
	if err != nil {
		return fmt.Errorf("execution: encode genesis: %w", err)
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return fmt.Errorf("execution: encode genesis: %w", err)
	}
	if conf, ok := m["config"].(map[string]any); ok && g.Config.OsakaTime != nil {
		if bs, ok := conf["blobSchedule"].(map[string]any); ok {
			if _, has := bs["osaka"]; !has && bs["prague"] != nil {
				bs["osaka"] = bs["prague"]
			}
		}
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("execution: encode genesis: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".genesis-*.json")
	if err != nil {
		return fmt.Errorf("execution: write genesis %s: %w", path, err)
	}
	_, werr := tmp.Write(append(out, '\n'))
	cerr := tmp.Close()
	if werr == nil && cerr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil && cerr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("execution: write genesis %s: %v", path, errors.Join(werr, cerr))
	}
	return nil
}

// ReadGenesisFile reads a genesis.json. Errors: unreadable file, bad JSON
// (with the offset), or no chain config.
func ReadGenesisFile(path string) (*core.Genesis, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("execution: read genesis: %w", err)
	}
	g := new(core.Genesis)
	if err := json.Unmarshal(b, g); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("execution: genesis %s: invalid JSON at byte %d: %w", path, se.Offset, err)
		}
		return nil, fmt.Errorf("execution: genesis %s: %w", path, err)
	}
	if g.Config == nil {
		return nil, fmt.Errorf("execution: genesis %s has no \"config\" object", path)
	}
	if g.Config.ChainID == nil || g.Config.ChainID.Sign() <= 0 {
		return nil, fmt.Errorf("execution: genesis %s: config.chainId %v: expected a chain id > 0", path, g.Config.ChainID)
	}
	if g.Config.TerminalTotalDifficulty == nil || g.Config.TerminalTotalDifficulty.Sign() != 0 {
		return nil, fmt.Errorf("execution: genesis %s: terminalTotalDifficulty %v: expected 0 (a service chain is proof of stake from block 0)", path, g.Config.TerminalTotalDifficulty)
	}
	return g, nil
}
