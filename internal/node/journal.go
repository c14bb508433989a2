package node

import (
	"encoding/json"
	"fmt"

	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// Journal keeps a tx manager's pending transactions in the daemon's store,
// one bucket per chain ("txs/parent", "txs/child"), keyed by account nonce,
// so a restarted daemon reconciles what it sent before it stopped. It
// implements txmgr.Journal.
type Journal struct {
	st     *store.Store
	bucket string
}

// NewJournal returns the journal of chain chainName in st.
func NewJournal(st *store.Store, chainName string) *Journal {
	return &Journal{st: st, bucket: "txs/" + chainName}
}

// nonceKey is zero-padded so keys sort by nonce.
func nonceKey(nonce uint64) string { return fmt.Sprintf("%020d", nonce) }

// PutTx stores or replaces the record of the transaction with r's nonce.
func (j *Journal) PutTx(r txmgr.TxRecord) error { return j.st.PutJSON(j.bucket, nonceKey(r.Nonce), r) }

// DeleteTx forgets the transaction with the given account nonce.
func (j *Journal) DeleteTx(nonce uint64) error { return j.st.DeleteKey(j.bucket, nonceKey(nonce)) }

// LoadTxs returns every stored record, lowest nonce first. Errors: store
// failures, and a record that is not JSON (naming bucket and key).
func (j *Journal) LoadTxs() ([]txmgr.TxRecord, error) {
	var out []txmgr.TxRecord
	err := j.st.ForEachJSON(j.bucket, func(key string, raw []byte) error {
		var r txmgr.TxRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("store bucket %s key %s: %w", j.bucket, key, err)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}
