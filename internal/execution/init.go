package execution

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/hashdb"
)

// ErrNotInitialised is returned by Start for a data directory that holds no
// chain when Config.Genesis is nil: run Init (`servicechain node init`) first.
var ErrNotInitialised = errors.New("execution: data directory holds no chain")

// StateScheme is the state scheme of a new data directory: go-ethereum's hash
// scheme, run in archive mode (every block's state is written to disk as it
// is imported). A SIGKILLed or crashed node then restarts at the head it
// had; with the path scheme (go-ethereum's default) the newest state layers
// live in memory and a crash rewinds the head, sometimes to genesis, which a
// node that serves a committed, never-reorged chain must not do.
const StateScheme = rawdb.HashScheme

// DBEngine is the key-value engine of a new data directory: goleveldb,
// which writes every batch to its journal file before the write returns, so
// a SIGKILLed node keeps every block it imported. go-ethereum's default,
// pebble, writes asynchronously (pebble.NoSync: the newest WAL records wait
// in a buffer of the process), and a SIGKILL then loses the last seconds of
// blocks: the node restarts below a head it already served. An existing
// data directory keeps the engine it was made with.
const DBEngine = rawdb.DBLeveldb

// dbEngine is the engine to open dataDir's chain database with: DBEngine
// for a new one, "" (go-ethereum then opens whatever is there) otherwise.
func dbEngine(dataDir string) string {
	if rawdb.PreexistingDatabase(filepath.Join(dataDir, instanceName, "chaindata")) != "" {
		return ""
	}
	return DBEngine
}

// instanceName is go-ethereum's instance directory inside the data directory
// (<datadir>/geth/chaindata, <datadir>/geth/nodekey): the layout of geth
// itself.
const instanceName = "geth"

// Init writes the genesis block and state of g into dataDir (creating it,
// mode 0700), as `geth init` does, and returns the genesis block hash. On a
// data directory that already holds this genesis it changes nothing and
// returns the same hash; one holding another genesis is refused with both
// hashes in the error, and nothing in it is changed.
func Init(dataDir string, g *core.Genesis) (common.Hash, error) {
	if dataDir == "" {
		return common.Hash{}, errors.New("execution: init: no data directory")
	}
	if g == nil || g.Config == nil {
		return common.Hash{}, errors.New("execution: init: no genesis or no chain config")
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return common.Hash{}, fmt.Errorf("execution: init: %w", err)
	}
	stack, err := node.New(&node.Config{Name: instanceName, DataDir: dataDir, DBEngine: dbEngine(dataDir), P2P: p2p.Config{NoDiscovery: true, NoDial: true}})
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return common.Hash{}, fmt.Errorf("execution: init: data directory %s is in use by another process", dataDir)
		}
		return common.Hash{}, fmt.Errorf("execution: init: %w", err)
	}
	defer stack.Close()
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16, MetricsNamespace: "eth/db/chaindata/"})
	if err != nil {
		return common.Hash{}, fmt.Errorf("execution: init: open chain database in %s: %w", dataDir, err)
	}
	defer db.Close()
	// A new database gets the hash scheme (see StateScheme). One made with
	// the path scheme (geth's default: `geth init` without
	// --state.scheme=hash) would be initialised here and then refused by
	// Start, so it is refused now, unchanged.
	if scheme := rawdb.ReadStateScheme(db); scheme != "" && scheme != StateScheme {
		return common.Hash{}, fmt.Errorf("execution: init: data directory %s holds %s-scheme state; servicechain nodes keep the %s scheme (every block's state on disk, see execution.StateScheme): use a new data directory, or make it with `geth init --state.scheme=%s`", dataDir, scheme, StateScheme, StateScheme)
	}
	tdb := triedb.NewDatabase(db, &triedb.Config{HashDB: hashdb.Defaults})
	defer tdb.Close()
	// The genesis block hash does not cover the chain config, so a file that
	// differs only in its chain id would pass SetupGenesisBlock (which then
	// rewrites the stored config): refuse it here.
	if stored := rawdb.ReadCanonicalHash(db, 0); stored != (common.Hash{}) {
		if cfg := rawdb.ReadChainConfig(db, stored); cfg != nil && cfg.ChainID != nil && g.Config.ChainID != nil && cfg.ChainID.Cmp(g.Config.ChainID) != 0 {
			return common.Hash{}, fmt.Errorf("execution: init: data directory %s holds chain id %s (genesis %s), the genesis file has chain id %s", dataDir, cfg.ChainID, stored, g.Config.ChainID)
		}
	}
	_, hash, compatErr, err := core.SetupGenesisBlock(db, tdb, g)
	if err != nil {
		var mm *core.GenesisMismatchError
		if errors.As(err, &mm) {
			return common.Hash{}, fmt.Errorf("execution: init: data directory %s holds genesis %s, the genesis file has %s", dataDir, mm.Stored, mm.New)
		}
		return common.Hash{}, fmt.Errorf("execution: init: write genesis: %w", err)
	}
	if compatErr != nil {
		return common.Hash{}, fmt.Errorf("execution: init: chain config of %s is incompatible with the genesis file: %v", dataDir, compatErr)
	}
	return hash, nil
}

// Initialised reports whether dataDir holds a chain database with a genesis block.
func Initialised(dataDir string) bool {
	return rawdb.PreexistingDatabase(dataDir+"/"+instanceName+"/chaindata") != ""
}
