package txmgr

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Tx is one transaction of the manager: one nonce, possibly signed several
// times with rising fees. It is done when a receipt of any version is found
// (whatever its status), or with an error (ErrReplaced, ErrStopped).
// Its methods are safe for concurrent use.
type Tx struct {
	key   string
	nonce uint64
	done  chan struct{}

	mu        sync.Mutex
	current   *types.Transaction // the latest version the node accepted (or may have)
	hashes    []common.Hash      // every version signed, oldest first
	firstSent time.Time
	sentAt    time.Time // last broadcast of a new version
	unsent    bool      // the last broadcast may not have reached the node: re-broadcast
	missing   int       // polls that found the nonce used but no receipt
	atCeiling bool      // fees reached the ceilings (logged once)
	receipt   *types.Receipt
	err       error
}

func newTx(key string, signed *types.Transaction, now time.Time) *Tx {
	return &Tx{
		key: key, nonce: signed.Nonce(), done: make(chan struct{}),
		current: signed, hashes: []common.Hash{signed.Hash()}, firstSent: now, sentAt: now,
	}
}

// Key returns the caller's label from Request.Key.
func (t *Tx) Key() string { return t.key }

// Nonce returns the account nonce the transaction uses.
func (t *Tx) Nonce() uint64 { return t.nonce }

// Hash returns the hash of the latest version sent. After a receipt it is the
// hash of the version that was mined.
func (t *Tx) Hash() common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.receipt != nil {
		return t.receipt.TxHash
	}
	return t.current.Hash()
}

// Hashes returns the hashes of every version signed, oldest first.
func (t *Tx) Hashes() []common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.hashes)
}

// Transaction returns the latest signed version.
func (t *Tx) Transaction() *types.Transaction {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.current
}

// Done is closed when the transaction is done; then Receipt returns its outcome.
func (t *Tx) Done() <-chan struct{} { return t.done }

// Receipt returns the receipt once the transaction is done. A receipt with
// status 0 (reverted) is a result, not an error. Errors: ErrNotDone while
// pending, ErrReplaced when another transaction took the nonce, ErrStopped
// when the manager stopped first.
func (t *Tx) Receipt() (*types.Receipt, error) {
	select {
	case <-t.done:
	default:
		return nil, ErrNotDone
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.receipt, t.err
}

// Wait blocks until the transaction is done or ctx ends, and returns Receipt's
// result (or ctx's error).
func (t *Tx) Wait(ctx context.Context) (*types.Receipt, error) {
	select {
	case <-t.done:
		return t.Receipt()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// finish records the outcome and closes Done; later calls do nothing.
func (t *Tx) finish(rcpt *types.Receipt, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	select {
	case <-t.done:
		return
	default:
	}
	t.receipt, t.err = rcpt, err
	close(t.done)
}

// addVersion records that signed, a new version of t, is about to be sent
// and returns the journal entry with signed as the version to re-broadcast.
func (t *Tx) addVersion(signed *types.Transaction) (TxRecord, error) {
	raw, err := signed.MarshalBinary()
	if err != nil {
		return TxRecord{}, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !slices.Contains(t.hashes, signed.Hash()) {
		t.hashes = append(t.hashes, signed.Hash())
	}
	return TxRecord{Key: t.key, Nonce: t.nonce, Raw: raw, Hashes: slices.Clone(t.hashes), FirstSent: t.firstSent}, nil
}
