// Package store is a bridge node's embedded database: one bbolt file per node
// holding the block cursor of each chain, the state of every transfer request
// seen (per direction, by request nonce), and generic JSON records (for
// example the tx manager's journal).
//
// The store is a hint for speed, not the source of truth: losing the file
// costs a rescan of the chains, never a double payment (the Bridge contracts
// refuse a vote on a handled nonce).
//
// Values are JSON with explicit field names, so files stay readable when
// fields are added. Keys of requests are big-endian nonces, so iteration is in
// ascending nonce order. A second index holds the nonces of open (not yet
// handled) requests, so OpenRequests never reads handled ones.
package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout version written to new files. Open refuses a
// file with a higher version.
const SchemaVersion = 1

// LockTimeout is how long Open waits for the file lock held by another
// process (or another open Store on the same file) before it gives up.
const LockTimeout = time.Second

var (
	bucketMeta     = []byte("meta")
	bucketCursors  = []byte("cursors")
	bucketRequests = []byte("requests") // nested: direction -> nonce -> Request JSON
	bucketOpen     = []byte("open")     // nested: direction -> nonce -> empty
	bucketCounts   = []byte("counts")   // direction -> total(8) | open(8)
	bucketJSON     = []byte("json")     // nested: user bucket -> key -> JSON

	keySchema = []byte("schema")
)

// ErrClosed is returned by every method called after Close.
var ErrClosed = errors.New("store: closed")

// Store is an open store file. Its methods are safe for concurrent use; each
// write is one fsynced bbolt transaction.
type Store struct {
	db   *bolt.DB
	path string
}

// Open opens or creates the store file at path (its directory must exist).
//
// Errors name the path: the file is locked by another process (or another
// open Store) and the lock was not released within LockTimeout; the file is
// not a bbolt file or is corrupt; it is a bbolt file of another program; it
// was written by a newer schema version.
func Open(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:      LockTimeout,
		FreelistType: bolt.FreelistMapType,
	})
	if err != nil {
		switch {
		case errors.Is(err, berrors.ErrTimeout):
			return nil, fmt.Errorf("store: %s is locked by another process (another bridge node on the same datadir?); gave up after %v", path, LockTimeout)
		case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping):
			return nil, fmt.Errorf("store: %s is not a valid store file (corrupt?): %w; move it away to start with an empty store (costs a rescan)", path, err)
		default:
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
	}
	s := &Store{db: db, path: path}
	if err := s.init(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) init() (err error) {
	defer func() {
		// bbolt panics on some kinds of page corruption.
		if r := recover(); r != nil {
			err = fmt.Errorf("store: %s is corrupt: %v", s.path, r)
		}
	}()
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			empty := true
			if err := tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil }); err != nil {
				return err
			}
			if !empty {
				return fmt.Errorf("store: %s is a bbolt file without servicechain metadata; not a store file", s.path)
			}
			var err error
			if meta, err = tx.CreateBucket(bucketMeta); err != nil {
				return err
			}
			if err := meta.Put(keySchema, u64(SchemaVersion)); err != nil {
				return err
			}
		}
		v := meta.Get(keySchema)
		if len(v) != 8 {
			return fmt.Errorf("store: %s has a malformed schema version", s.path)
		}
		if ver := binary.BigEndian.Uint64(v); ver > SchemaVersion {
			return fmt.Errorf("store: %s has schema version %d; this program reads up to %d", s.path, ver, SchemaVersion)
		}
		for _, b := range [][]byte{bucketCursors, bucketRequests, bucketOpen, bucketCounts, bucketJSON} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
}

// Path returns the file path given to Open.
func (s *Store) Path() string { return s.path }

// Close closes the file and releases its lock. Closing twice is harmless.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}

// Size returns the size of the file in bytes.
func (s *Store) Size() (int64, error) {
	fi, err := os.Stat(s.path)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return fi.Size(), nil
}

func (s *Store) view(fn func(*bolt.Tx) error) error {
	err := s.db.View(fn)
	if errors.Is(err, berrors.ErrDatabaseNotOpen) {
		return ErrClosed
	}
	return err
}

func (s *Store) update(fn func(*bolt.Tx) error) error {
	err := s.db.Update(fn)
	if errors.Is(err, berrors.ErrDatabaseNotOpen) {
		return ErrClosed
	}
	return err
}

func u64(n uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, n)
	return b
}

// ---- cursors ----

// Cursor returns the block number stored under name (for example
// "parent"), and false when none is stored.
func (s *Store) Cursor(name string) (block uint64, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCursors).Get([]byte(name))
		if v == nil {
			return nil
		}
		if len(v) != 8 {
			return fmt.Errorf("store: cursor %q: malformed value (%d bytes)", name, len(v))
		}
		block, ok = binary.BigEndian.Uint64(v), true
		return nil
	})
	return block, ok, err
}

// SetCursor stores block (a block number) under name. name must not be empty.
func (s *Store) SetCursor(name string, block uint64) error {
	if name == "" {
		return errors.New("store: cursor name is empty")
	}
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCursors).Put([]byte(name), u64(block))
	})
}

// ---- requests ----

// RequestState is where a transfer request stands, from this node's view.
type RequestState uint8

// Request states. Every state but StateHandled and StateRefunded counts as
// open.
const (
	// StateSeen: the request event was read on the source chain.
	StateSeen RequestState = iota
	// StateVoted: this node's vote tx was sent (Request.VoteTx).
	StateVoted
	// StateHandled: the destination bridge reports the nonce handled.
	StateHandled
	// StateFailed: the payout ran on the destination and failed (HandleFailed);
	// the nonce is still open there.
	StateFailed
	// StateReorged: the request's tx is no longer in the canonical source chain at
	// the recorded block.
	StateReorged
	// StateRefunding: this node voted to refund the request instead of
	// paying it out (refundValueTransfer / refundBatch, issue 12); the nonce
	// is still open on the destination.
	StateRefunding
	// StateRefunded: the destination closed the nonce as refunded
	// (HandleRefunded); the refund request carries the value home.
	StateRefunded
)

var stateNames = [...]string{"seen", "voted", "handled", "failed", "reorged", "refunding", "refunded"}

// String returns the lower-case name ("seen", "voted", ...).
func (st RequestState) String() string {
	if int(st) < len(stateNames) {
		return stateNames[st]
	}
	return "state(" + strconv.Itoa(int(st)) + ")"
}

// ParseRequestState is the inverse of String.
func ParseRequestState(s string) (RequestState, error) {
	for i, n := range stateNames {
		if n == s {
			return RequestState(i), nil
		}
	}
	return 0, fmt.Errorf("store: request state %q: expected one of %s", s, strings.Join(stateNames[:], ", "))
}

// Open reports whether the state counts as open (anything but StateHandled
// and StateRefunded: the destination closed the nonce either way).
func (st RequestState) Open() bool { return st != StateHandled && st != StateRefunded }

// MarshalText encodes the state as its name.
func (st RequestState) MarshalText() ([]byte, error) {
	if int(st) >= len(stateNames) {
		return nil, fmt.Errorf("store: unknown request state %d", st)
	}
	return []byte(st.String()), nil
}

// UnmarshalText decodes a state name.
func (st *RequestState) UnmarshalText(b []byte) error {
	v, err := ParseRequestState(string(b))
	if err != nil {
		return err
	}
	*st = v
	return nil
}

// Request is one transfer request (a RequestValueTransfer or
// RequestValueTransferWithURI event on the source chain) and this node's
// progress on it. Amounts are in the token's base unit (wei for native).
type Request struct {
	Nonce          uint64         `json:"nonce"`           // requestNonce of the source bridge
	TxHash         common.Hash    `json:"txHash"`          // request tx on the source chain
	BlockHash      common.Hash    `json:"blockHash"`       // block of the request tx
	BlockNumber    uint64         `json:"blockNumber"`     // block number of the request tx
	LogIndex       uint           `json:"logIndex"`        // index of the event log in its block
	TokenType      uint8          `json:"tokenType"`       // 0 native, 1 ERC-20, 2 ERC-721
	From           common.Address `json:"from"`            // requester on the source chain
	To             common.Address `json:"to"`              // recipient on the destination chain
	Token          common.Address `json:"token"`           // source-chain token (zero for native)
	ValueOrTokenID *big.Int       `json:"valueOrTokenId"`  // amount, or ERC-721 token id
	Fee            *big.Int       `json:"fee"`             // fee charged on the source chain
	ExtraData      []byte         `json:"extraData"`       // opaque, relayed byte for byte
	TokenURI       string         `json:"tokenUri"`        // ERC-721 only
	State          RequestState   `json:"state"`           // see RequestState
	VoteTx         common.Hash    `json:"voteTx"`          // this node's last vote tx, if any
	Votes          int            `json:"votes"`           // votes for our key at last check
	FirstSeen      time.Time      `json:"firstSeen"`       // when this node first read the event
	SeenDestBlock  uint64         `json:"seenDestBlock"`   // destination head when first read (for latency in blocks)
	HandledAt      time.Time      `json:"handledAt"`       // when this node saw it handled
	HandledBlock   uint64         `json:"handledBlock"`    // destination block of the handle
	Error          string         `json:"error,omitempty"` // last error, for operators

	// Payout failures (issue 12), kept so that a restarted node continues
	// the backoff and the refund clock instead of starting them again.
	// Failures is how many failed payout tries this node has counted;
	// FirstFailed when it first learnt of one (zero: never failed);
	// FailReason the last HandleFailed reason, decoded
	// (bindings.DecodeRevert, e.g. "TokenIsLocked(0x…)").
	Failures    int       `json:"failures,omitempty"`
	FirstFailed time.Time `json:"firstFailed,omitempty"`
	FailReason  string    `json:"failReason,omitempty"`
	// RefundNonce is the destination's request nonce of the refund request
	// that carries the value home (StateRefunded; nil when not known).
	RefundNonce *uint64 `json:"refundNonce,omitempty"`
}

func (s *Store) dirBuckets(tx *bolt.Tx, direction string, create bool) (reqs, open *bolt.Bucket, err error) {
	if direction == "" {
		return nil, nil, errors.New("store: direction is empty")
	}
	name := []byte(direction)
	if create {
		if reqs, err = tx.Bucket(bucketRequests).CreateBucketIfNotExists(name); err != nil {
			return nil, nil, err
		}
		if open, err = tx.Bucket(bucketOpen).CreateBucketIfNotExists(name); err != nil {
			return nil, nil, err
		}
		return reqs, open, nil
	}
	return tx.Bucket(bucketRequests).Bucket(name), tx.Bucket(bucketOpen).Bucket(name), nil
}

type counts struct{ total, open int64 }

func readCounts(tx *bolt.Tx, direction string) counts {
	v := tx.Bucket(bucketCounts).Get([]byte(direction))
	if len(v) != 16 {
		return counts{}
	}
	return counts{int64(binary.BigEndian.Uint64(v[:8])), int64(binary.BigEndian.Uint64(v[8:]))}
}

func writeCounts(tx *bolt.Tx, direction string, c counts) error {
	v := make([]byte, 16)
	binary.BigEndian.PutUint64(v[:8], uint64(c.total))
	binary.BigEndian.PutUint64(v[8:], uint64(c.open))
	return tx.Bucket(bucketCounts).Put([]byte(direction), v)
}

// PutRequest inserts or replaces the request with r.Nonce in direction (a
// non-empty name such as "parent->child") and keeps the open index and the
// counts in step.
func (s *Store) PutRequest(direction string, r Request) error {
	return s.PutRequests(direction, r)
}

// PutRequests is PutRequest for several requests in one transaction (one
// fsync): use it when a log scan yields many requests at once.
func (s *Store) PutRequests(direction string, rs ...Request) error {
	if direction == "" {
		return errors.New("store: direction is empty")
	}
	if len(rs) == 0 {
		return nil // no write transaction (each one syncs the file)
	}
	for _, r := range rs {
		if int(r.State) >= len(stateNames) {
			return fmt.Errorf("store: request %d: unknown state %d", r.Nonce, r.State)
		}
	}
	return s.update(func(tx *bolt.Tx) error {
		reqs, open, err := s.dirBuckets(tx, direction, true)
		if err != nil {
			return err
		}
		c := readCounts(tx, direction)
		for _, r := range rs {
			val, err := json.Marshal(&r)
			if err != nil {
				return fmt.Errorf("store: encode request %d: %w", r.Nonce, err)
			}
			key := u64(r.Nonce)
			existed, wasOpen := reqs.Get(key) != nil, open.Get(key) != nil
			if err := reqs.Put(key, val); err != nil {
				return err
			}
			if !existed {
				c.total++
			}
			switch {
			case r.State.Open() && !wasOpen:
				if err := open.Put(key, nil); err != nil {
					return err
				}
				c.open++
			case !r.State.Open() && wasOpen:
				if err := open.Delete(key); err != nil {
					return err
				}
				c.open--
			}
		}
		return writeCounts(tx, direction, c)
	})
}

// GetRequest returns the request with nonce in direction, and false when
// there is none.
func (s *Store) GetRequest(direction string, nonce uint64) (r Request, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		reqs, _, err := s.dirBuckets(tx, direction, false)
		if err != nil || reqs == nil {
			return err
		}
		v := reqs.Get(u64(nonce))
		if v == nil {
			return nil
		}
		ok = true
		return decodeRequest(direction, nonce, v, &r)
	})
	return r, ok, err
}

func decodeRequest(direction string, nonce uint64, v []byte, r *Request) error {
	if err := json.Unmarshal(v, r); err != nil {
		return fmt.Errorf("store: request %s/%d: %w", direction, nonce, err)
	}
	return nil
}

// OpenRequests returns up to limit requests of direction whose state is not
// StateHandled, in ascending nonce order; limit <= 0 means all. It reads only the
// open index and the open requests themselves.
func (s *Store) OpenRequests(direction string, limit int) ([]Request, error) {
	return s.OpenRequestsExcept(direction, limit, nil)
}

// OpenRequestsExcept is OpenRequests without the nonces for which skip
// returns true: they are passed over without being decoded and do not count
// toward limit (the bridge leaves requests whose payout is backing off out of
// its per-round window this way). skip nil skips nothing.
func (s *Store) OpenRequestsExcept(direction string, limit int, skip func(nonce uint64) bool) ([]Request, error) {
	var out []Request
	err := s.view(func(tx *bolt.Tx) error {
		reqs, open, err := s.dirBuckets(tx, direction, false)
		if err != nil || open == nil {
			return err
		}
		c := open.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if limit > 0 && len(out) >= limit {
				break
			}
			if len(k) != 8 {
				return fmt.Errorf("store: open index of %s holds a malformed key (%d bytes)", direction, len(k))
			}
			nonce := binary.BigEndian.Uint64(k)
			if skip != nil && skip(nonce) {
				continue
			}
			v := reqs.Get(k)
			if v == nil {
				return fmt.Errorf("store: open index of %s lists nonce %d but the request is missing", direction, nonce)
			}
			var r Request
			if err := decodeRequest(direction, nonce, v, &r); err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// CountRequests returns how many requests of direction are stored and how
// many of them are open. It reads two counters, not the requests.
func (s *Store) CountRequests(direction string) (total, open int, err error) {
	if direction == "" {
		return 0, 0, errors.New("store: direction is empty")
	}
	err = s.view(func(tx *bolt.Tx) error {
		c := readCounts(tx, direction)
		total, open = int(c.total), int(c.open)
		return nil
	})
	return total, open, err
}

// DeleteRequest removes the request with nonce from direction; deleting a
// missing request is not an error.
func (s *Store) DeleteRequest(direction string, nonce uint64) error {
	return s.update(func(tx *bolt.Tx) error {
		reqs, open, err := s.dirBuckets(tx, direction, false)
		if err != nil || reqs == nil {
			return err
		}
		key := u64(nonce)
		if reqs.Get(key) == nil {
			return nil
		}
		c := readCounts(tx, direction)
		c.total--
		if open.Get(key) != nil {
			c.open--
			if err := open.Delete(key); err != nil {
				return err
			}
		}
		if err := reqs.Delete(key); err != nil {
			return err
		}
		return writeCounts(tx, direction, c)
	})
}

// ForEachRequest calls fn for every request of direction in ascending nonce
// order, handled ones included; an error from fn stops the walk and is
// returned. fn must not call other Store methods that write.
func (s *Store) ForEachRequest(direction string, fn func(Request) error) error {
	return s.view(func(tx *bolt.Tx) error {
		reqs, _, err := s.dirBuckets(tx, direction, false)
		if err != nil || reqs == nil {
			return err
		}
		return reqs.ForEach(func(k, v []byte) error {
			var r Request
			if err := decodeRequest(direction, binary.BigEndian.Uint64(k), v, &r); err != nil {
				return err
			}
			return fn(r)
		})
	})
}

// ---- generic JSON records ----

func checkBucketKey(bucket, key string) error {
	if bucket == "" {
		return errors.New("store: bucket name is empty")
	}
	if key == "" {
		return fmt.Errorf("store: empty key in bucket %q", bucket)
	}
	return nil
}

// PutJSON stores v, encoded as JSON, under key in bucket (created on first
// use). bucket and key must not be empty. Keys iterate in byte order.
func (s *Store) PutJSON(bucket, key string, v any) error {
	if err := checkBucketKey(bucket, key); err != nil {
		return err
	}
	val, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s/%s: %w", bucket, key, err)
	}
	return s.update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketJSON).CreateBucketIfNotExists([]byte(bucket))
		if err != nil {
			return err
		}
		return b.Put([]byte(key), val)
	})
}

// GetJSON decodes the value under key in bucket into v and reports whether it
// exists.
func (s *Store) GetJSON(bucket, key string, v any) (bool, error) {
	if err := checkBucketKey(bucket, key); err != nil {
		return false, err
	}
	var raw []byte
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketJSON).Bucket([]byte(bucket)); b != nil {
			if val := b.Get([]byte(key)); val != nil {
				raw = bytes.Clone(val)
			}
		}
		return nil
	})
	if err != nil || raw == nil {
		return false, err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return true, fmt.Errorf("store: decode %s/%s: %w", bucket, key, err)
	}
	return true, nil
}

// DeleteKey removes key from bucket; a missing key or bucket is not an error.
func (s *Store) DeleteKey(bucket, key string) error {
	if err := checkBucketKey(bucket, key); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketJSON).Bucket([]byte(bucket)); b != nil {
			return b.Delete([]byte(key))
		}
		return nil
	})
}

// ForEachJSON calls fn with every key and raw JSON value of bucket in key
// byte order. raw is valid only during the call (copy it to keep it); fn must
// not call Store methods that write. An error from fn stops the walk and is
// returned.
func (s *Store) ForEachJSON(bucket string, fn func(key string, raw []byte) error) error {
	if bucket == "" {
		return errors.New("store: bucket name is empty")
	}
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJSON).Bucket([]byte(bucket))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error { return fn(string(k), v) })
	})
}
