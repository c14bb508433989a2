package txmgr

import (
	"cmp"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// TxRecord is what the journal keeps of one pending transaction, enough to
// re-broadcast it, bump it, and find its receipt after a restart. It is
// JSON-serialisable.
type TxRecord struct {
	// Key is the caller's label from Request.Key.
	Key string `json:"key"`
	// Nonce is the account nonce the transaction uses.
	Nonce uint64 `json:"nonce"`
	// Raw is the latest signed version in its binary (EIP-2718) encoding, as
	// sent with eth_sendRawTransaction.
	Raw hexutil.Bytes `json:"raw"`
	// Hashes are the hashes of every version signed for this nonce, oldest first.
	Hashes []common.Hash `json:"hashes"`
	// FirstSent is when the first version was sent.
	FirstSent time.Time `json:"firstSent"`
}

// Journal persists pending transactions of one manager (one chain and key).
// The manager calls PutTx before each broadcast of a new version and DeleteTx
// once the transaction is done; LoadTxs is called by Start. Implementations
// must be safe for concurrent use.
type Journal interface {
	// PutTx stores r, replacing any record with the same nonce.
	PutTx(r TxRecord) error
	// DeleteTx removes the record for nonce; removing a missing one is not an error.
	DeleteTx(nonce uint64) error
	// LoadTxs returns all records.
	LoadTxs() ([]TxRecord, error)
}

// MemoryJournal is a Journal in memory, for tests and for nodes that accept
// losing pending transactions on restart.
type MemoryJournal struct {
	mu   sync.Mutex
	recs map[uint64]TxRecord
}

// NewMemoryJournal returns an empty MemoryJournal.
func NewMemoryJournal() *MemoryJournal { return &MemoryJournal{recs: make(map[uint64]TxRecord)} }

// PutTx stores a copy of r. It never fails.
func (j *MemoryJournal) PutTx(r TxRecord) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	r.Raw = slices.Clone(r.Raw)
	r.Hashes = slices.Clone(r.Hashes)
	j.recs[r.Nonce] = r
	return nil
}

// DeleteTx removes the record for nonce. It never fails.
func (j *MemoryJournal) DeleteTx(nonce uint64) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.recs, nonce)
	return nil
}

// LoadTxs returns copies of all records in ascending nonce order. It never fails.
func (j *MemoryJournal) LoadTxs() ([]TxRecord, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]TxRecord, 0, len(j.recs))
	for _, r := range j.recs {
		r.Raw = slices.Clone(r.Raw)
		r.Hashes = slices.Clone(r.Hashes)
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b TxRecord) int { return cmp.Compare(a.Nonce, b.Nonce) })
	return out, nil
}
