package anchor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/client"
)

// Status is the anchoring state read from the chains: what `servicechain
// anchor status` prints and the chain part of anchor_status.
type Status struct {
	// Anchor is the Anchor contract on the parent chain.
	Anchor common.Address `json:"anchor"`
	// Operators is the Anchor's operator list, in contract order (the duty
	// rotation order); Threshold the number of matching votes that make a
	// record final.
	Operators []common.Address `json:"operators"`
	Threshold uint8            `json:"threshold"`
	// LatestAnchoredBlock is the highest child block number with a final
	// anchor (0: none yet).
	LatestAnchoredBlock uint64 `json:"latestAnchoredBlock"`
	// LatestBlockHash is the child block hash anchored for it.
	LatestBlockHash common.Hash `json:"latestBlockHash"`
	// FinalizedBy is the operator whose vote made the latest anchor final
	// (zero address when none).
	FinalizedBy common.Address `json:"finalizedBy"`
	// AnchoredAt is the parent block number in which the latest anchor became
	// final (0 when none).
	AnchoredAt uint64 `json:"anchoredAt"`
	// Period is the latest anchor's block count, in child blocks: the
	// anchoring period when the nodes anchor every period (0 when unknown).
	Period uint64 `json:"period"`
	// ChildHead is the child chain's latest block number; ChildSafeHead the
	// highest block the nodes anchor up to (head minus confirmations, or the
	// finalized block; the head when the backend cannot tell).
	ChildHead     uint64 `json:"childHead"`
	ChildSafeHead uint64 `json:"childSafeHead"`
	// LagBlocks is ChildSafeHead minus LatestAnchoredBlock, in child blocks (0
	// when the anchor is ahead). A lag above twice the period means anchoring
	// is behind.
	LagBlocks uint64 `json:"lagBlocks"`
}

// ReadStatus reads the Anchor at anchorAddr on parent and the heads of child.
// Errors: RPC failures, and no contract at anchorAddr (client.ErrNoContract,
// in a *client.Error that names the Anchor and its address).
func ReadStatus(ctx context.Context, parent, child Backend, anchorAddr common.Address) (*Status, error) {
	a := client.NewAnchor(parent, anchorAddr)
	oc, err := readOnChain(ctx, a)
	if err != nil {
		return nil, err
	}
	s := &Status{Anchor: anchorAddr, Operators: oc.rotation.Operators, Threshold: uint8(oc.rotation.Threshold), LatestAnchoredBlock: oc.latest}
	if oc.latest > 0 {
		r, err := a.Record(ctx, oc.latest)
		if err != nil {
			return nil, err
		}
		if r != nil {
			s.LatestBlockHash, s.FinalizedBy, s.AnchoredAt, s.Period = r.BlockHash, r.FinalizedBy, r.AnchoredAt, r.BlockCount
		}
	}
	h, err := child.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("anchor: child head: %w", err)
	}
	s.ChildHead, s.ChildSafeHead = h.Number.Uint64(), h.Number.Uint64()
	if sh, ok := child.(safeHeader); ok {
		if s.ChildSafeHead, err = sh.SafeHead(ctx); err != nil {
			return nil, fmt.Errorf("anchor: child safe head: %w", err)
		}
	}
	if s.ChildSafeHead > s.LatestAnchoredBlock {
		s.LagBlocks = s.ChildSafeHead - s.LatestAnchoredBlock
	}
	return s, nil
}

// Results of Verify.
const (
	// ResultMatch: the anchor equals the child chain's block and tx count.
	ResultMatch = "match"
	// ResultMismatch: at least one field differs (listed in Mismatches).
	ResultMismatch = "mismatch"
	// ResultNotAnchored: the block number has no final anchor.
	ResultNotAnchored = "not anchored"
)

// FieldDiff is one field whose anchored value differs from the child chain.
type FieldDiff struct {
	// Field is the record field: blockHash, parentHash, txRoot, receiptRoot,
	// stateRoot, blockCount or txCount.
	Field string `json:"field"`
	// Anchored is the value on the parent chain, Actual the child chain's
	// (hex for hashes, decimal for counts; a sentence when there is none).
	Anchored string `json:"anchored"`
	Actual   string `json:"actual"`
}

// Verification is the outcome of Verify.
type Verification struct {
	// Block is the child block number verified.
	Block uint64 `json:"block"`
	// Result is ResultMatch, ResultMismatch or ResultNotAnchored.
	Result string `json:"result"`
	// Mismatches lists the differing fields (only for ResultMismatch).
	Mismatches []FieldDiff `json:"mismatches,omitempty"`
	// Anchored is the record on the parent chain (nil when not anchored);
	// Actual the record built from the child chain over the same block count
	// (nil when it could not be built, e.g. the block does not exist).
	Anchored *Record `json:"anchored,omitempty"`
	Actual   *Record `json:"actual,omitempty"`
	// AnchoredAt is the parent block in which the anchor became final and
	// FinalizedBy the operator whose vote finalised it (zero when not anchored).
	AnchoredAt  uint64         `json:"anchoredAt"`
	FinalizedBy common.Address `json:"finalizedBy"`
}

// Verify compares child block n (header fields, and the number of
// transactions in the anchored block count ending at n) with the final anchor
// of n on the Anchor at anchorAddr. Result "not anchored" when n has no final
// anchor; "mismatch" with the differing fields, including when block n does
// not exist on the child chain or the anchored block count is impossible.
// Errors: RPC failures, and no contract at anchorAddr (client.ErrNoContract).
func Verify(ctx context.Context, parent, child Backend, anchorAddr common.Address, n uint64) (*Verification, error) {
	v := &Verification{Block: n}
	r, err := client.NewAnchor(parent, anchorAddr).Record(ctx, n)
	if err != nil {
		return nil, err
	}
	if r == nil {
		v.Result = ResultNotAnchored
		return v, nil
	}
	a := &Record{BlockNumber: n, BlockHash: r.BlockHash, ParentHash: r.ParentHash, TxRoot: r.TxRoot,
		ReceiptRoot: r.ReceiptRoot, StateRoot: r.StateRoot, BlockCount: r.BlockCount, TxCount: r.TxCount}
	v.Anchored, v.AnchoredAt, v.FinalizedBy = a, r.AnchoredAt, r.FinalizedBy

	if a.BlockCount == 0 || a.BlockCount > n || a.BlockCount > MaxBlockCount {
		v.Result = ResultMismatch
		v.Mismatches = []FieldDiff{{Field: "blockCount", Anchored: strconv.FormatUint(a.BlockCount, 10),
			Actual: fmt.Sprintf("impossible: expected 1 to %d", min(n, MaxBlockCount))}}
		return v, nil
	}
	actual, err := BuildRecord(ctx, child, n, a.BlockCount)
	if isNotFound(err) {
		v.Result = ResultMismatch
		v.Mismatches = []FieldDiff{{Field: "blockHash", Anchored: a.BlockHash.Hex(),
			Actual: fmt.Sprintf("no block %d (or an earlier block of the range) on the child chain", n)}}
		return v, nil
	}
	if err != nil {
		return nil, err
	}
	v.Actual = actual
	v.Mismatches = Diff(a, actual)
	v.Result = ResultMatch
	if len(v.Mismatches) > 0 {
		v.Result = ResultMismatch
	}
	return v, nil
}

// ErrNoAnchorYet is returned by VerifyLatest when the Anchor holds no final
// record yet.
var ErrNoAnchorYet = errors.New("the Anchor holds no anchor yet")

// VerifyLatest is Verify of the latest anchored child block
// (latestAnchoredBlock). Errors: ErrNoAnchorYet (wrapped, naming the Anchor),
// and Verify's.
func VerifyLatest(ctx context.Context, parent, child Backend, anchorAddr common.Address) (*Verification, error) {
	n, err := client.NewAnchor(parent, anchorAddr).LatestAnchoredBlock(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("anchor %s: %w", anchorAddr.Hex(), ErrNoAnchorYet)
	}
	return Verify(ctx, parent, child, anchorAddr, n)
}

// Diff lists the fields in which anchored and actual differ (blockNumber is
// not compared), in record order; nil when they are equal.
func Diff(anchored, actual *Record) []FieldDiff {
	var out []FieldDiff
	for _, f := range []struct {
		name string
		a, b common.Hash
	}{
		{"blockHash", anchored.BlockHash, actual.BlockHash},
		{"parentHash", anchored.ParentHash, actual.ParentHash},
		{"txRoot", anchored.TxRoot, actual.TxRoot},
		{"receiptRoot", anchored.ReceiptRoot, actual.ReceiptRoot},
		{"stateRoot", anchored.StateRoot, actual.StateRoot},
	} {
		if f.a != f.b {
			out = append(out, FieldDiff{Field: f.name, Anchored: f.a.Hex(), Actual: f.b.Hex()})
		}
	}
	for _, f := range []struct {
		name string
		a, b uint64
	}{{"blockCount", anchored.BlockCount, actual.BlockCount}, {"txCount", anchored.TxCount, actual.TxCount}} {
		if f.a != f.b {
			out = append(out, FieldDiff{Field: f.name, Anchored: strconv.FormatUint(f.a, 10), Actual: strconv.FormatUint(f.b, 10)})
		}
	}
	return out
}

// WriteStatus prints s for people, as `servicechain anchor status` does.
func WriteStatus(w io.Writer, s *Status) {
	fmt.Fprintf(w, "anchor %s: threshold %d of %d operators\n", s.Anchor.Hex(), s.Threshold, len(s.Operators))
	if s.LatestAnchoredBlock == 0 {
		fmt.Fprintf(w, "no anchor yet (child head %d)\n", s.ChildHead)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "latest anchored child block\t%d (hash %s)\n", s.LatestAnchoredBlock, s.LatestBlockHash.Hex())
	fmt.Fprintf(tw, "anchored in parent block\t%d, finalised by %s\n", s.AnchoredAt, s.FinalizedBy.Hex())
	fmt.Fprintf(tw, "period\t%d child blocks\n", s.Period)
	fmt.Fprintf(tw, "child head\t%d (safe %d), %d blocks past the latest anchor\n", s.ChildHead, s.ChildSafeHead, s.LagBlocks)
	tw.Flush()
}

// WriteVerification prints v for people, as `servicechain anchor verify`
// does: "child block N: match", "MISMATCH" with the differing fields, or
// "not anchored".
func WriteVerification(w io.Writer, v *Verification) {
	switch v.Result {
	case ResultNotAnchored:
		fmt.Fprintf(w, "child block %d: not anchored\n", v.Block)
		return
	case ResultMatch:
		fmt.Fprintf(w, "child block %d: match\n", v.Block)
	default:
		fmt.Fprintf(w, "child block %d: MISMATCH\n", v.Block)
	}
	if v.Anchored != nil {
		fmt.Fprintf(w, "  anchored in parent block %d, finalised by %s: block hash %s, %d blocks, %d txs\n",
			v.AnchoredAt, v.FinalizedBy.Hex(), v.Anchored.BlockHash.Hex(), v.Anchored.BlockCount, v.Anchored.TxCount)
	}
	for _, m := range v.Mismatches {
		fmt.Fprintf(w, "  %s: anchored %s, child chain %s\n", m.Field, m.Anchored, m.Actual)
	}
}
