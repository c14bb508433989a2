package producer

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// ErrHashMismatch is returned for a committed record whose block does not
// hash to the hash it was committed under (engine.ExecutableDataToBlock's
// "blockhash mismatch"): a corrupted or forged record. Followers refuse it.
var ErrHashMismatch = errors.New("producer: committed record does not hash to its committed hash")

// recordVersion is the encoding version of Record.
const recordVersion = 1

// Record is one committed block as stored at Keys.Block(n): the block (header
// and body, as go-ethereum's RLP block encoding), its EIP-7685 execution
// requests, and who committed it when.
type Record struct {
	// Hash is the hash the block was committed under (and the value of the
	// head key that committed it). A follower imports the block only if it
	// hashes to this.
	Hash common.Hash
	// Block is the block.
	Block *types.Block
	// Requests are the block's execution requests (Prague and later; nil
	// before).
	Requests [][]byte
	// Leader is the name of the node that committed the block.
	Leader string
	// Term is the create revision of the leader's election key.
	Term int64
	// SealedAt is the leader's clock when it sent the commit.
	SealedAt time.Time
	// Handover marks the first block of a leader that took over in a
	// planned handover.
	Handover bool
}

// Number is the block number.
func (r *Record) Number() uint64 { return r.Block.NumberU64() }

// ParentHash is the parent block's hash.
func (r *Record) ParentHash() common.Hash { return r.Block.ParentHash() }

// Time is the block timestamp (unix seconds).
func (r *Record) Time() uint64 { return r.Block.Time() }

// Head is the record as a Head.
func (r *Record) Head() Head { return Head{Number: r.Number(), Hash: r.Hash, Time: r.Time()} }

type recordRLP struct {
	Version  uint
	Hash     common.Hash
	Block    rlp.RawValue
	Requests [][]byte
	Leader   string
	Term     uint64
	SealedAt uint64 // unix nanoseconds
	Handover bool
}

// EncodeRecord encodes r for etcd: RLP, binary (no hex), so a full block
// stays within etcd's request size limit.
func EncodeRecord(r *Record) ([]byte, error) {
	if r == nil || r.Block == nil {
		return nil, errors.New("producer: encode record: no block")
	}
	blk, err := rlp.EncodeToBytes(r.Block)
	if err != nil {
		return nil, fmt.Errorf("producer: encode block %d: %w", r.Number(), err)
	}
	var sealed uint64
	if !r.SealedAt.IsZero() && r.SealedAt.UnixNano() > 0 {
		sealed = uint64(r.SealedAt.UnixNano())
	}
	var term uint64
	if r.Term > 0 {
		term = uint64(r.Term)
	}
	return rlp.EncodeToBytes(&recordRLP{
		Version: recordVersion, Hash: r.Hash, Block: blk, Requests: r.Requests,
		Leader: r.Leader, Term: term, SealedAt: sealed, Handover: r.Handover,
	})
}

// DecodeRecord decodes a value written by EncodeRecord. It checks the shape
// only; Payload checks the hash. Errors name what is wrong; no input panics.
func DecodeRecord(b []byte) (*Record, error) {
	var w recordRLP
	if err := rlp.DecodeBytes(b, &w); err != nil {
		return nil, fmt.Errorf("producer: decode record (%d bytes): %w", len(b), err)
	}
	if w.Version != recordVersion {
		return nil, fmt.Errorf("producer: record version %d: expected %d", w.Version, recordVersion)
	}
	blk := new(types.Block)
	if err := rlp.DecodeBytes(w.Block, blk); err != nil {
		return nil, fmt.Errorf("producer: decode record block: %w", err)
	}
	r := &Record{Hash: w.Hash, Block: blk, Leader: w.Leader, Term: int64(w.Term), Handover: w.Handover}
	if w.SealedAt > 0 {
		r.SealedAt = time.Unix(0, int64(w.SealedAt))
	}
	// The requests list is part of the block hash from Prague on (the header
	// carries its hash), and absent before.
	if blk.Header().RequestsHash != nil {
		r.Requests = w.Requests
		if r.Requests == nil {
			r.Requests = [][]byte{}
		}
	}
	return r, nil
}

// Payload returns the Engine API form of the record for newPayload: the
// executable data, the blob versioned hashes of its transactions and the
// parent beacon block root, after checking with engine.ExecutableDataToBlock
// that the block hashes to r.Hash (ErrHashMismatch otherwise).
func (r *Record) Payload() (ethengine.ExecutableData, []common.Hash, *common.Hash, error) {
	if r.Block == nil {
		return ethengine.ExecutableData{}, nil, nil, errors.New("producer: record has no block")
	}
	env := ethengine.BlockToExecutableData(r.Block, nil, nil, r.Requests)
	data := *env.ExecutionPayload
	data.BlockHash = r.Hash // the committed hash, not the one derived from the header
	hashes := blobHashes(r.Block)
	root := r.Block.BeaconRoot()
	if root == nil {
		root = &common.Hash{}
	}
	if _, err := ethengine.ExecutableDataToBlock(data, hashes, root, r.Requests); err != nil {
		return ethengine.ExecutableData{}, nil, nil, fmt.Errorf("%w: block %d %s: %v", ErrHashMismatch, r.Number(), r.Hash, err)
	}
	return data, hashes, root, nil
}

// blobHashes lists the blob versioned hashes of b's transactions in order
// (never nil).
func blobHashes(b *types.Block) []common.Hash {
	hashes := []common.Hash{}
	for _, tx := range b.Transactions() {
		hashes = append(hashes, tx.BlobHashes()...)
	}
	return hashes
}

// recordFromEnvelope turns the leader's getPayload answer into a Record,
// checking that the execution node's payload hashes to its own block hash and
// builds on parent.
func recordFromEnvelope(env *ethengine.ExecutionPayloadEnvelope, parent Head, beaconRoot common.Hash) (*Record, error) {
	if env == nil || env.ExecutionPayload == nil {
		return nil, errors.New("producer: getPayload returned no payload")
	}
	p := env.ExecutionPayload
	hashes, err := bundleHashes(env.BlobsBundle)
	if err != nil {
		return nil, err
	}
	blk, err := ethengine.ExecutableDataToBlock(*p, hashes, &beaconRoot, env.Requests)
	if err != nil {
		return nil, fmt.Errorf("producer: payload %d from the execution node: %w", p.Number, err)
	}
	if blk.NumberU64() != parent.Number+1 || blk.ParentHash() != parent.Hash {
		return nil, fmt.Errorf("producer: payload %d on %s: expected block %d on %s", blk.NumberU64(), blk.ParentHash(), parent.Number+1, parent.Hash)
	}
	if !bytes.Equal(blk.Hash().Bytes(), p.BlockHash.Bytes()) {
		return nil, fmt.Errorf("producer: payload hash %s, block hashes to %s", p.BlockHash, blk.Hash())
	}
	reqs := env.Requests
	if blk.Header().RequestsHash != nil && reqs == nil {
		reqs = [][]byte{}
	}
	return &Record{Hash: blk.Hash(), Block: blk, Requests: reqs}, nil
}
