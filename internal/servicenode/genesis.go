package servicenode

import (
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/execution"
	"github.com/servicechain/servicechain/internal/input"
)

// GenesisOptions are the flags of `servicechain node genesis`.
type GenesisOptions struct {
	// ChainID is the new chain's id (> 0).
	ChainID uint64
	// GasLimit is the block gas limit (0: execution.DefaultGasLimit).
	GasLimit uint64
	// Period is the block period, whole seconds (0: 1 s).
	Period time.Duration
	// Alloc lists funded accounts as "0xADDRESS=ETHER" (decimal ether).
	Alloc []string
	// Timestamp is the genesis time, unix seconds (0: now).
	Timestamp uint64
	// Out is the genesis.json to write; Force overwrites an existing one.
	Out   string
	Force bool
}

// WriteGenesis makes a new chain's genesis (execution.NewGenesis) and writes
// it to o.Out in geth's genesis.json format (also read by geth v1.16.7's
// `geth init`). It returns the genesis block hash. Bad values are input
// errors naming the flag.
func WriteGenesis(o GenesisOptions) (common.Hash, error) {
	if o.Out == "" {
		return common.Hash{}, input.Errorf("--out FILE is required")
	}
	if o.ChainID == 0 {
		return common.Hash{}, input.Errorf("--chain-id 0: expected a chain id > 0")
	}
	if !o.Force && fileExists(o.Out) {
		return common.Hash{}, fmt.Errorf("%s already exists (use --force to overwrite)", o.Out)
	}
	alloc := map[common.Address]*big.Int{}
	for _, a := range o.Alloc {
		addr, amount, ok := strings.Cut(a, "=")
		if !ok {
			return common.Hash{}, input.Errorf("--alloc %q: expected 0xADDRESS=ETHER", a)
		}
		ad, err := input.Address("alloc", addr)
		if err != nil {
			return common.Hash{}, err
		}
		wei, err := input.Amount("alloc", amount, 18)
		if err != nil {
			return common.Hash{}, err
		}
		if _, dup := alloc[ad]; dup {
			return common.Hash{}, input.Errorf("--alloc %s given twice", ad.Hex())
		}
		alloc[ad] = wei
	}
	g, err := execution.NewGenesis(execution.GenesisSpec{ChainID: o.ChainID, GasLimit: o.GasLimit, Period: o.Period, Alloc: alloc, Timestamp: o.Timestamp})
	if err != nil {
		return common.Hash{}, input.Errorf("%v", err)
	}
	if err := execution.WriteGenesisFile(o.Out, g); err != nil {
		return common.Hash{}, err
	}
	return g.ToBlock().Hash(), nil
}

// Init initialises dataDir from the genesis file at genesisPath (`servicechain
// node init`) and returns the genesis block hash; a datadir that holds the
// same genesis is left as it is, another genesis is refused.
func Init(genesisPath, dataDir string) (common.Hash, error) {
	if genesisPath == "" || dataDir == "" {
		return common.Hash{}, input.Errorf("node init needs --genesis FILE and --datadir DIR")
	}
	g, err := execution.ReadGenesisFile(genesisPath)
	if err != nil {
		return common.Hash{}, err
	}
	return execution.Init(dataDir, g)
}

// PrintGenesis runs WriteGenesis and prints the file and hash: `servicechain
// node genesis`.
func PrintGenesis(w io.Writer, o GenesisOptions) error {
	h, err := WriteGenesis(o)
	if err == nil {
		fmt.Fprintf(w, "wrote %s (genesis block %s)\n", o.Out, h.Hex())
	}
	return err
}

// PrintInit runs Init and prints the hash: `servicechain node init`.
func PrintInit(w io.Writer, genesisPath, dataDir string) error {
	h, err := Init(genesisPath, dataDir)
	if err == nil {
		fmt.Fprintf(w, "initialised %s with genesis block %s\n", dataDir, h.Hex())
	}
	return err
}
