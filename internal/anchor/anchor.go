// Package anchor is the bridge-node half of anchoring (issue 4, seeds
// 000-001): every `period` child blocks the service chain's block data is
// recorded on the parent chain's Anchor contract, so the parent chain witnesses
// the service chain's history.
//
// The Service is a node.Service, a peer of the bridge service on the same
// host (it never reaches into it): it rotates the duty among the Anchor's
// operators (internal/duty) so that, with threshold 1 and all nodes healthy,
// one transaction per period reaches the parent chain; the other operators
// step in after a grace time. It owns the anchoring metrics and the "anchor"
// admin namespace. ReadStatus and Verify are the read-only functions behind
// the admin API and the `servicechain anchor status|verify` commands;
// WriteStatus and WriteVerification print them.
package anchor

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/duty"
)

// Backend is what ReadStatus, Verify and BuildRecord need from a chain
// connection. *ethclient.Client and *chain.Client satisfy it. When a child
// backend also has a `SafeHead(ctx) (uint64, error)` method (*chain.Client
// does: head minus confirmations, or the finalized block), ReadStatus uses it
// for the safe head; otherwise the safe head is the latest block.
type Backend interface {
	// CallContract runs a read-only call (nil blockNumber = latest).
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	// HeaderByNumber returns a header (nil = latest); ethereum.NotFound when none.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// BlockByNumber returns a block with its transactions; ethereum.NotFound when none.
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
}

// safeHeader is the optional SafeHead method of a child Backend.
type safeHeader interface {
	SafeHead(ctx context.Context) (uint64, error)
}

// MaxBlockCount bounds the number of child blocks one record may cover (the
// blocks whose transactions are counted): config.MaxAnchorPeriod, 1,000,000 blocks.
const MaxBlockCount = 1_000_000

var anchorABI = bindings.NewAnchor()

// Record is the data anchored for one child block number: the fields of the
// Anchor contract's anchor() call.
type Record struct {
	// BlockNumber is the child block number.
	BlockNumber uint64 `json:"blockNumber"`
	// BlockHash, ParentHash, TxRoot, ReceiptRoot and StateRoot are the child
	// block header's hash and roots.
	BlockHash   common.Hash `json:"blockHash"`
	ParentHash  common.Hash `json:"parentHash"`
	TxRoot      common.Hash `json:"txRoot"`
	ReceiptRoot common.Hash `json:"receiptRoot"`
	StateRoot   common.Hash `json:"stateRoot"`
	// BlockCount is the number of child blocks since the previous anchor (the
	// record covers blocks BlockNumber-BlockCount+1 .. BlockNumber).
	BlockCount uint64 `json:"blockCount"`
	// TxCount is the number of transactions in those blocks.
	TxCount uint64 `json:"txCount"`
}

// Key is the record's vote key, equal to the Anchor contract's
// anchorRecordKey(...): keccak256(abi.encode(blockNumber, blockHash,
// parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount)).
func (r *Record) Key() common.Hash {
	packed := anchorABI.PackAnchorRecordKey(r.BlockNumber, r.BlockHash, r.ParentHash, r.TxRoot, r.ReceiptRoot, r.StateRoot, r.BlockCount, r.TxCount)
	return crypto.Keccak256Hash(packed[4:]) // drop the selector: the rest is abi.encode of the eight values
}

// Calldata returns the Anchor.anchor(...) calldata of the record.
func (r *Record) Calldata() []byte {
	return anchorABI.PackAnchor(r.BlockNumber, r.BlockHash, r.ParentHash, r.TxRoot, r.ReceiptRoot, r.StateRoot, r.BlockCount, r.TxCount)
}

// BuildRecord reads child block n and counts the transactions of the
// blockCount blocks n-blockCount+1 .. n. Errors: blockCount is 0, above n or
// above MaxBlockCount; a block is missing (ethereum.NotFound, wrapped); RPC errors.
func BuildRecord(ctx context.Context, child Backend, n, blockCount uint64) (*Record, error) {
	if blockCount == 0 || blockCount > n || blockCount > MaxBlockCount {
		return nil, fmt.Errorf("anchor: block count %d for block %d: expected 1 to min(%d, %d)", blockCount, n, n, MaxBlockCount)
	}
	h, err := child.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("anchor: child block %d: %w", n, err)
	}
	txs, err := countTxs(ctx, child, n-blockCount+1, n, h)
	if err != nil {
		return nil, err
	}
	return &Record{
		BlockNumber: n, BlockHash: h.Hash(), ParentHash: h.ParentHash, TxRoot: h.TxHash,
		ReceiptRoot: h.ReceiptHash, StateRoot: h.Root, BlockCount: blockCount, TxCount: txs,
	}, nil
}

// countTxs counts the transactions of child blocks from..to (inclusive); last
// is the header of block to. Blocks whose transaction root is the empty root
// are not downloaded.
func countTxs(ctx context.Context, child Backend, from, to uint64, last *types.Header) (uint64, error) {
	var total uint64
	for b := from; b <= to; b++ {
		if b == to && last.TxHash == types.EmptyTxsHash {
			continue
		}
		blk, err := child.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return 0, fmt.Errorf("anchor: counting transactions: child block %d: %w", b, err)
		}
		total += uint64(len(blk.Transactions()))
	}
	return total, nil
}

// onChain is the Anchor state a round or a status needs.
type onChain struct {
	rotation duty.Rotation // operators in contract order, threshold
	latest   uint64        // latestAnchoredBlock
}

func readOnChain(ctx context.Context, a *client.Anchor) (*onChain, error) {
	r, err := a.Roster(ctx)
	if err != nil {
		return nil, err
	}
	latest, err := a.LatestAnchoredBlock(ctx)
	if err != nil {
		return nil, err
	}
	return &onChain{rotation: duty.Rotation{Operators: r.Operators, Threshold: int(r.Threshold)}, latest: latest}, nil
}

// isNotFound reports whether err is a "no such block" answer.
func isNotFound(err error) bool { return errors.Is(err, ethereum.NotFound) }
