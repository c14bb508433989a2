package harness

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// Side is one chain's bridge as the invariant checker reads it.
type Side struct {
	Name      string            // "parent" or "child", for reports
	Client    *ethclient.Client // any endpoint of the chain
	Bridge    common.Address
	FromBlock uint64           // first block to scan (the bridge's deployment block)
	Operators []common.Address // operator addresses whose handle txs are counted (destination side)
}

// Direction names the flow src -> dst, e.g. "parent->child".
func Direction(src, dst Side) string { return src.Name + "->" + dst.Name }

// DirectionReport is what CheckDirection found for one direction.
type DirectionReport struct {
	Direction string

	RequestNonce     uint64 // source bridge's requestNonce (number of requests)
	LowerHandleNonce uint64 // destination bridge's lowerHandleNonce
	UpperHandleNonce uint64 // destination bridge's upperHandleNonce

	Requests    int      // request events on the source
	Handled     int      // request nonces handled exactly once on the destination
	Missing     []uint64 // requested, never handled
	Duplicates  []uint64 // handled more than once (a double payment)
	Unrequested []uint64 // handled but never requested (a forged payout)
	Mismatched  []string // handled with fields that differ from the request
	// BySignatures and ByVotes split Handled by how the nonce's
	// HandleValueTransfer was attested (its attestation field, issue 14):
	// k operator signatures in a handleSignedBatch, or k on-chain votes.
	BySignatures, ByVotes int
	// Refunded lists the request nonces the destination closed as refunded
	// (HandleRefunded, issue 12) instead of paying them out; RefundRequests
	// maps each to the refund request nonce the destination emitted (the
	// reverse direction's report checks that one is paid home).
	// PaidAndRefunded (a breach: exactly one of payout or refund per nonce)
	// lists nonces both paid out and refunded, or refunded twice.
	Refunded        []uint64
	RefundRequests  map[uint64]uint64
	PaidAndRefunded []uint64

	Threshold       int            // destination operatorThresholds(ValueTransfer): k
	Votes           int            // HandleVote events on the destination
	VotesByOperator map[string]int // HandleVote events per operator address (hex)
	Skipped         int            // HandleSkipped events (batched votes on closed nonces, duplicates)
	Failed          int            // HandleFailed events (payouts that failed; the nonce stays open)
	RevertedVotes   map[string]int // operator txs to the destination bridge that reverted, by operator
	RevertSamples   []string       // up to 5 reverted operator txs with the reason replayed at the parent block
	OperatorGas     uint64         // gas used by all operator txs to the destination bridge
	OperatorTxs     int            // operator txs to the destination bridge
	// SignedTxs are the operator handleSignedBatch txs among OperatorTxs
	// (mined, reverted or not), SignedTxsByOperator the same per operator
	// address (hex), SignedGas their gas.
	SignedTxs           int
	SignedTxsByOperator map[string]int
	SignedGas           uint64

	RequestedByToken map[common.Address]*big.Int // requested value per source token (native: zero address); ERC-721 counts ids
	HandledByToken   map[common.Address]*big.Int // paid-out value per destination token
	RefundedByToken  map[common.Address]*big.Int // refunded value per source token (the requests' own token)
	// Unbalanced lists source tokens whose requested total differs from the
	// total paid out in their destination token (value not conserved).
	Unbalanced []string

	// Latencies of handled requests: seconds (destination handle block time -
	// source request block time) and destination blocks (handle block - the
	// destination head at the request's time).
	LatencySeconds []float64
	LatencyBlocks  []float64
	// Timings has one entry per handled request, ascending by nonce.
	Timings []Timing
}

// Timing is one handled request's request and handle blocks and their
// timestamps (Unix seconds).
type Timing struct {
	Nonce                     uint64
	RequestBlock, HandleBlock uint64
	RequestTime, HandleTime   uint64
}

type requestRec struct {
	nonce     uint64
	txHash    common.Hash
	block     uint64
	time      uint64
	tokenType uint8
	from, to  common.Address
	token     common.Address
	value     *big.Int
}

type handleRec struct {
	nonce         uint64
	requestTxHash common.Hash
	block         uint64
	tokenType     uint8
	from, to      common.Address
	token         common.Address
	value         *big.Int
	attestation   uint8 // bindings.AttestedByVotes or AttestedBySignatures
}

var checkerABI = bindings.NewBridge()

func eventID(name string) common.Hash {
	ev, ok := checkerABI.GetABI().Events[name]
	if !ok {
		panic("harness: Bridge ABI has no event " + name)
	}
	return ev.ID
}

// filterLogs reads logs of addr with topic0 in topics over [from, to] in strides.
func filterLogs(ctx context.Context, c *ethclient.Client, addr common.Address, topics []common.Hash, from, to uint64) ([]types.Log, error) {
	const stride = 2000
	var out []types.Log
	for lo := from; lo <= to; lo += stride {
		hi := lo + stride - 1
		if hi > to {
			hi = to
		}
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{addr}, Topics: [][]common.Hash{topics},
		})
		if err != nil {
			return nil, fmt.Errorf("eth_getLogs %d-%d: %w", lo, hi, err)
		}
		out = append(out, logs...)
	}
	return out, nil
}

func callUint64(ctx context.Context, c *ethclient.Client, addr common.Address, data []byte, unpack func([]byte) (uint64, error)) (uint64, error) {
	return bind.Call(checkerABI.Instance(c, addr), nil, data, unpack)
}

// CheckDirection reads the source bridge's requests and the destination
// bridge's handles and checks the delivery invariants: each request nonce paid
// out exactly once with the request's fields, nothing paid out that was not
// requested, the destination's lowerHandleNonce caught up with the source's
// requestNonce. It also counts votes, skipped and failed handles, reverted
// operator txs, operator gas, value per token and latencies. It reads up to
// the current heads; call it after the queue has drained. Err reports breaches.
func CheckDirection(ctx context.Context, src, dst Side) (*DirectionReport, error) {
	r := &DirectionReport{
		Direction:           Direction(src, dst),
		RevertedVotes:       map[string]int{},
		VotesByOperator:     map[string]int{},
		SignedTxsByOperator: map[string]int{},
		RequestedByToken:    map[common.Address]*big.Int{},
		HandledByToken:      map[common.Address]*big.Int{},
		RefundedByToken:     map[common.Address]*big.Int{},
		RefundRequests:      map[uint64]uint64{},
	}
	var err error
	if r.RequestNonce, err = callUint64(ctx, src.Client, src.Bridge, checkerABI.PackRequestNonce(), checkerABI.UnpackRequestNonce); err != nil {
		return nil, fmt.Errorf("%s: requestNonce: %w", src.Name, err)
	}
	if r.LowerHandleNonce, err = callUint64(ctx, dst.Client, dst.Bridge, checkerABI.PackLowerHandleNonce(), checkerABI.UnpackLowerHandleNonce); err != nil {
		return nil, fmt.Errorf("%s: lowerHandleNonce: %w", dst.Name, err)
	}
	if r.UpperHandleNonce, err = callUint64(ctx, dst.Client, dst.Bridge, checkerABI.PackUpperHandleNonce(), checkerABI.UnpackUpperHandleNonce); err != nil {
		return nil, fmt.Errorf("%s: upperHandleNonce: %w", dst.Name, err)
	}
	k, err := bind.Call(checkerABI.Instance(dst.Client, dst.Bridge), nil, checkerABI.PackOperatorThresholds(bindings.VoteValueTransfer), checkerABI.UnpackOperatorThresholds)
	if err != nil {
		return nil, fmt.Errorf("%s: operatorThresholds: %w", dst.Name, err)
	}
	r.Threshold = int(k)
	srcHead, err := src.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	dstHead, err := dst.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}

	// Source requests.
	reqLogs, err := filterLogs(ctx, src.Client, src.Bridge, []common.Hash{eventID("RequestValueTransfer"), eventID("RequestValueTransferWithURI")}, src.FromBlock, srcHead)
	if err != nil {
		return nil, fmt.Errorf("%s requests: %w", src.Name, err)
	}
	requests := map[uint64]*requestRec{}
	srcTimes := map[uint64]uint64{}
	for i := range reqLogs {
		l := &reqLogs[i]
		rec := &requestRec{txHash: l.TxHash, block: l.BlockNumber}
		if l.Topics[0] == eventID("RequestValueTransfer") {
			ev, err := checkerABI.UnpackRequestValueTransferEvent(l)
			if err != nil {
				return nil, fmt.Errorf("%s: decode request log %s/%d: %w", src.Name, l.TxHash, l.Index, err)
			}
			rec.nonce, rec.tokenType, rec.from, rec.to, rec.token, rec.value = ev.RequestNonce, ev.TokenType, ev.From, ev.To, ev.Token, ev.ValueOrTokenId
		} else {
			ev, err := checkerABI.UnpackRequestValueTransferWithURIEvent(l)
			if err != nil {
				return nil, fmt.Errorf("%s: decode request log %s/%d: %w", src.Name, l.TxHash, l.Index, err)
			}
			rec.nonce, rec.tokenType, rec.from, rec.to, rec.token, rec.value = ev.RequestNonce, ev.TokenType, ev.From, ev.To, ev.Token, ev.ValueOrTokenId
		}
		if _, dup := requests[rec.nonce]; dup {
			r.Mismatched = append(r.Mismatched, fmt.Sprintf("request nonce %d emitted twice on %s", rec.nonce, src.Name))
		}
		requests[rec.nonce] = rec
		srcTimes[rec.block] = 0
		addTo(r.RequestedByToken, rec.token, tokenAmount(rec.tokenType, rec.value))
	}
	r.Requests = len(requests)
	for b := range srcTimes {
		h, err := src.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return nil, fmt.Errorf("%s header %d: %w", src.Name, b, err)
		}
		srcTimes[b] = h.Time
	}
	for _, rec := range requests {
		rec.time = srcTimes[rec.block]
	}

	// Destination handles, votes, skips, failures.
	dstLogs, err := filterLogs(ctx, dst.Client, dst.Bridge, []common.Hash{eventID("HandleValueTransfer"), eventID("HandleVote"), eventID("HandleSkipped"), eventID("HandleFailed"), eventID("HandleRefunded")}, dst.FromBlock, dstHead)
	if err != nil {
		return nil, fmt.Errorf("%s handles: %w", dst.Name, err)
	}
	handles := map[uint64][]*handleRec{}
	refunds := map[uint64]int{}
	for i := range dstLogs {
		l := &dstLogs[i]
		switch l.Topics[0] {
		case eventID("HandleValueTransfer"):
			ev, err := checkerABI.UnpackHandleValueTransferEvent(l)
			if err != nil {
				return nil, fmt.Errorf("%s: decode handle log %s/%d: %w", dst.Name, l.TxHash, l.Index, err)
			}
			handles[ev.HandleNonce] = append(handles[ev.HandleNonce], &handleRec{
				nonce: ev.HandleNonce, requestTxHash: ev.RequestTxHash, block: l.BlockNumber, tokenType: ev.TokenType,
				from: ev.From, to: ev.To, token: ev.Token, value: ev.ValueOrTokenId, attestation: ev.Attestation,
			})
			addTo(r.HandledByToken, ev.Token, tokenAmount(ev.TokenType, ev.ValueOrTokenId))
		case eventID("HandleVote"):
			r.Votes++
			if len(l.Topics) > 2 {
				r.VotesByOperator[common.BytesToAddress(l.Topics[2].Bytes()).Hex()]++
			}
		case eventID("HandleSkipped"):
			r.Skipped++
		case eventID("HandleFailed"):
			r.Failed++
		case eventID("HandleRefunded"):
			ev, err := checkerABI.UnpackHandleRefundedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("%s: decode refund log %s/%d: %w", dst.Name, l.TxHash, l.Index, err)
			}
			refunds[ev.HandleNonce]++
			r.RefundRequests[ev.HandleNonce] = ev.RefundRequestNonce
		}
	}

	// Destination token for each source token, as the destination bridge maps it.
	localOf := map[common.Address]common.Address{{}: {}}
	dstBridge := checkerABI.Instance(dst.Client, dst.Bridge)
	for _, rec := range requests {
		if _, ok := localOf[rec.token]; ok {
			continue
		}
		local, err := bind.Call(dstBridge, nil, checkerABI.PackLocalToken(rec.token), checkerABI.UnpackLocalToken)
		if err != nil {
			return nil, fmt.Errorf("%s: localToken(%s): %w", dst.Name, rec.token, err)
		}
		localOf[rec.token] = local
	}

	// Destination block times, and operator txs (gas, reverts).
	dstTimes, err := r.scanOperatorTxs(ctx, dst, dstHead, handles)
	if err != nil {
		return nil, err
	}

	for nonce, hs := range handles {
		req, ok := requests[nonce]
		if !ok {
			r.Unrequested = append(r.Unrequested, nonce)
			continue
		}
		if len(hs) > 1 {
			r.Duplicates = append(r.Duplicates, nonce)
		}
		h := hs[0]
		var diffs []string
		if h.requestTxHash != req.txHash {
			diffs = append(diffs, fmt.Sprintf("requestTxHash %s != %s", h.requestTxHash, req.txHash))
		}
		if h.tokenType != req.tokenType {
			diffs = append(diffs, fmt.Sprintf("tokenType %d != %d", h.tokenType, req.tokenType))
		}
		if h.from != req.from || h.to != req.to {
			diffs = append(diffs, fmt.Sprintf("from/to %s/%s != %s/%s", h.from, h.to, req.from, req.to))
		}
		if h.value.Cmp(req.value) != 0 {
			diffs = append(diffs, fmt.Sprintf("value %s != %s", h.value, req.value))
		}
		if want := localOf[req.token]; h.token != want {
			diffs = append(diffs, fmt.Sprintf("token %s != local %s of %s", h.token, want, req.token))
		}
		if len(diffs) > 0 {
			r.Mismatched = append(r.Mismatched, fmt.Sprintf("nonce %d: %s", nonce, strings.Join(diffs, "; ")))
		}
		if len(hs) == 1 {
			r.Handled++
			if h.attestation == bindings.AttestedBySignatures {
				r.BySignatures++
			} else {
				r.ByVotes++
			}
		}
		if t, ok := dstTimes.timeOf(h.block); ok {
			r.Timings = append(r.Timings, Timing{Nonce: nonce, RequestBlock: req.block, HandleBlock: h.block, RequestTime: req.time, HandleTime: t})
			r.LatencySeconds = append(r.LatencySeconds, float64(t)-float64(req.time))
			r.LatencyBlocks = append(r.LatencyBlocks, float64(h.block)-float64(dstTimes.blockAt(req.time)))
		}
	}
	for nonce, n := range refunds {
		req, ok := requests[nonce]
		if !ok {
			r.Unrequested = append(r.Unrequested, nonce)
			continue
		}
		r.Refunded = append(r.Refunded, nonce)
		if n > 1 || len(handles[nonce]) > 0 {
			r.PaidAndRefunded = append(r.PaidAndRefunded, nonce)
		}
		addTo(r.RefundedByToken, req.token, tokenAmount(req.tokenType, req.value))
	}
	for nonce := range requests {
		if _, ok := handles[nonce]; !ok && refunds[nonce] == 0 {
			r.Missing = append(r.Missing, nonce)
		}
	}
	// Value per token: what was requested in a source token is what was paid
	// out in its destination token plus what was refunded (the refund request
	// carries it home; the reverse direction's report checks that payout).
	for token, want := range r.RequestedByToken {
		got := new(big.Int)
		if v := r.HandledByToken[localOf[token]]; v != nil {
			got.Set(v)
		}
		if v := r.RefundedByToken[token]; v != nil {
			got.Add(got, v)
		}
		if got.Cmp(want) != 0 {
			r.Unbalanced = append(r.Unbalanced, fmt.Sprintf("source token %s: requested %s, paid out + refunded %s (in %s)", token, want, got, localOf[token]))
		}
	}
	for token, got := range r.HandledByToken {
		found := false
		for src := range r.RequestedByToken {
			if localOf[src] == token {
				found = true
			}
		}
		if !found && got.Sign() != 0 {
			r.Unbalanced = append(r.Unbalanced, fmt.Sprintf("destination token %s: paid out %s, nothing requested", token, got))
		}
	}
	sort.Strings(r.Unbalanced)
	sortU64(r.Missing)
	sortU64(r.Duplicates)
	sortU64(r.Unrequested)
	sortU64(r.Refunded)
	sortU64(r.PaidAndRefunded)
	sort.Strings(r.Mismatched)
	sort.Slice(r.Timings, func(i, j int) bool { return r.Timings[i].Nonce < r.Timings[j].Nonce })
	sort.Float64s(r.LatencySeconds)
	sort.Float64s(r.LatencyBlocks)
	return r, nil
}

// blockTimes maps destination block numbers to timestamps (a contiguous range).
type blockTimes struct {
	from  uint64
	times []uint64
}

func (b blockTimes) timeOf(n uint64) (uint64, bool) {
	if n < b.from || n >= b.from+uint64(len(b.times)) {
		return 0, false
	}
	return b.times[n-b.from], true
}

// blockAt is the last block with timestamp <= t (the head at time t).
func (b blockTimes) blockAt(t uint64) uint64 {
	i := sort.Search(len(b.times), func(i int) bool { return b.times[i] > t })
	if i == 0 {
		return b.from
	}
	return b.from + uint64(i-1)
}

// scanOperatorTxs walks the destination blocks once: block times, and every
// tx from an operator to the bridge (gas used, reverted).
func (r *DirectionReport) scanOperatorTxs(ctx context.Context, dst Side, head uint64, handles map[uint64][]*handleRec) (blockTimes, error) {
	ops := map[common.Address]bool{}
	for _, o := range dst.Operators {
		ops[o] = true
	}
	bt := blockTimes{from: dst.FromBlock}
	chainID, err := dst.Client.ChainID(ctx)
	if err != nil {
		return bt, err
	}
	signer := types.LatestSignerForChainID(chainID)
	for n := dst.FromBlock; n <= head; n++ {
		blk, err := dst.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return bt, fmt.Errorf("%s block %d: %w", dst.Name, n, err)
		}
		bt.times = append(bt.times, blk.Time())
		if len(ops) == 0 {
			continue
		}
		var mine []*types.Transaction
		var senders []common.Address
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != dst.Bridge {
				continue
			}
			from, err := types.Sender(signer, tx)
			if err != nil || !ops[from] {
				continue
			}
			mine = append(mine, tx)
			senders = append(senders, from)
		}
		for i, tx := range mine {
			rc, err := dst.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return bt, fmt.Errorf("%s receipt %s: %w", dst.Name, tx.Hash(), err)
			}
			r.OperatorTxs++
			r.OperatorGas += rc.GasUsed
			if isSignedBatch(tx.Data()) {
				r.SignedTxs++
				r.SignedTxsByOperator[senders[i].Hex()]++
				r.SignedGas += rc.GasUsed
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				r.RevertedVotes[senders[i].Hex()]++
				if len(r.RevertSamples) < 5 {
					reason := replayRevert(ctx, dst.Client, senders[i], tx, n)
					if nonce, ok := voteNonce(tx.Data()); ok {
						for _, h := range handles[nonce] {
							if h.block == n {
								reason = fmt.Sprintf("late vote: nonce %d was handled earlier in the same block (%s)", nonce, reason)
							}
						}
					}
					if rc.GasUsed >= tx.Gas()-tx.Gas()/64 {
						reason = "out of gas (replayed on the parent block: " + reason + ")"
					}
					r.RevertSamples = append(r.RevertSamples, fmt.Sprintf("%s from %s (block %d, gas used %d of %d): %s",
						tx.Hash(), senders[i], n, rc.GasUsed, tx.Gas(), reason))
				}
			}
		}
	}
	return bt, nil
}

// isSignedBatch reports whether data calls handleSignedBatch.
func isSignedBatch(data []byte) bool {
	if len(data) < 4 {
		return false
	}
	parsed := checkerABI.GetABI()
	m, err := parsed.MethodById(data[:4])
	return err == nil && m.Name == "handleSignedBatch"
}

// voteNonce decodes the requestNonce argument of a single handle call.
func voteNonce(data []byte) (uint64, bool) {
	if len(data) < 4 {
		return 0, false
	}
	parsed := checkerABI.GetABI()
	m, err := parsed.MethodById(data[:4])
	if err != nil {
		return 0, false
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return 0, false
	}
	for i, in := range m.Inputs {
		if in.Name == "requestNonce" {
			if v, ok := vals[i].(uint64); ok {
				return v, true
			}
		}
	}
	return 0, false
}

// replayRevert re-executes a reverted tx on the state before its block (an
// approximation: earlier txs of the same block are not applied) and decodes
// the revert reason.
func replayRevert(ctx context.Context, c *ethclient.Client, from common.Address, tx *types.Transaction, block uint64) string {
	_, err := c.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}, new(big.Int).SetUint64(block-1))
	if err == nil {
		return "no revert on block " + fmt.Sprint(block-1) + "'s state"
	}
	if data, ok := bindings.RevertData(err); ok {
		return bindings.DecodeRevert(data)
	}
	return err.Error()
}

func tokenAmount(tokenType uint8, v *big.Int) *big.Int {
	if tokenType == bindings.TokenERC721 {
		return big.NewInt(1) // count NFTs, not ids
	}
	return v
}

func addTo(m map[common.Address]*big.Int, k common.Address, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

func sortU64(s []uint64) { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }

// RevertedVoteCount is the total of RevertedVotes.
func (r *DirectionReport) RevertedVoteCount() int {
	n := 0
	for _, v := range r.RevertedVotes {
		n += v
	}
	return n
}

// ExtraVotes is the number of counted votes beyond the threshold: Votes -
// Threshold x ByVotes (votes moved to another key, votes for keys that never
// won, forged votes, and votes on nonces that then closed by signatures,
// which need none). Never negative. Without attestation ByVotes is Handled.
func (r *DirectionReport) ExtraVotes() int {
	return max(0, r.Votes-r.Threshold*r.ByVotes)
}

// WastedVotes is every operator vote that did not help pay a request out:
// batch entries skipped on closed nonces or as duplicates (HandleSkipped),
// reverted operator txs (single votes on closed nonces, out-of-gas votes),
// and ExtraVotes.
func (r *DirectionReport) WastedVotes() int {
	return r.Skipped + r.RevertedVoteCount() + r.ExtraVotes()
}

// Err returns nil when the direction is sound: every request handled exactly
// once with its own fields or refunded exactly once (never both), nothing unrequested paid out, value conserved per
// token, and the destination's lowerHandleNonce equal to the source's
// requestNonce.
func (r *DirectionReport) Err() error {
	var errs []error
	if len(r.Missing) > 0 {
		errs = append(errs, fmt.Errorf("%d requests never handled: %v", len(r.Missing), head(r.Missing)))
	}
	if len(r.Duplicates) > 0 {
		errs = append(errs, fmt.Errorf("%d nonces paid out more than once: %v", len(r.Duplicates), head(r.Duplicates)))
	}
	if len(r.PaidAndRefunded) > 0 {
		errs = append(errs, fmt.Errorf("%d nonces both paid out and refunded, or refunded twice: %v", len(r.PaidAndRefunded), head(r.PaidAndRefunded)))
	}
	if len(r.Unrequested) > 0 {
		errs = append(errs, fmt.Errorf("%d payouts for nonces never requested: %v", len(r.Unrequested), head(r.Unrequested)))
	}
	if len(r.Unbalanced) > 0 {
		errs = append(errs, fmt.Errorf("value not conserved: %s", strings.Join(r.Unbalanced, " | ")))
	}
	if len(r.Mismatched) > 0 {
		errs = append(errs, fmt.Errorf("%d payouts differ from their request: %s", len(r.Mismatched), strings.Join(r.Mismatched[:min(5, len(r.Mismatched))], " | ")))
	}
	if r.LowerHandleNonce != r.RequestNonce {
		errs = append(errs, fmt.Errorf("destination lowerHandleNonce %d != source requestNonce %d", r.LowerHandleNonce, r.RequestNonce))
	}
	if r.Requests != int(r.RequestNonce) {
		errs = append(errs, fmt.Errorf("%d request events but requestNonce %d", r.Requests, r.RequestNonce))
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%s: %w", r.Direction, errors.Join(errs...))
}

func head(s []uint64) []uint64 {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// Percentile returns the p-th percentile (0..100, nearest rank) of sorted values; 0 if empty.
func Percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	k := int(p/100*float64(len(sorted))+0.999999) - 1
	if k < 0 {
		k = 0
	}
	if k >= len(sorted) {
		k = len(sorted) - 1
	}
	return sorted[k]
}

// String is a one-paragraph summary for test logs.
func (r *DirectionReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d requests, %d handled once, %d refunded, %d missing, %d duplicate, %d unrequested, %d mismatched; "+
		"requestNonce %d, lowerHandleNonce %d, upperHandleNonce %d; k %d, votes %d (extra %d), skipped %d, failed payouts %d, "+
		"operator txs %d (gas %d), reverted votes %d; wasted votes %d",
		r.Direction, r.Requests, r.Handled, len(r.Refunded), len(r.Missing), len(r.Duplicates), len(r.Unrequested), len(r.Mismatched),
		r.RequestNonce, r.LowerHandleNonce, r.UpperHandleNonce, r.Threshold, r.Votes, r.ExtraVotes(), r.Skipped, r.Failed,
		r.OperatorTxs, r.OperatorGas, r.RevertedVoteCount(), r.WastedVotes())
	if r.BySignatures > 0 || r.SignedTxs > 0 {
		fmt.Fprintf(&b, "; closed by signatures %d, by votes %d; handleSignedBatch txs %d (gas %d)", r.BySignatures, r.ByVotes, r.SignedTxs, r.SignedGas)
	}
	for _, s := range r.RevertSamples {
		fmt.Fprintf(&b, "\n  reverted: %s", s)
	}
	if len(r.LatencySeconds) > 0 {
		fmt.Fprintf(&b, "; latency p50/p95/p99 %.0f/%.0f/%.0f s, %.0f/%.0f/%.0f blocks",
			Percentile(r.LatencySeconds, 50), Percentile(r.LatencySeconds, 95), Percentile(r.LatencySeconds, 99),
			Percentile(r.LatencyBlocks, 50), Percentile(r.LatencyBlocks, 95), Percentile(r.LatencyBlocks, 99))
	}
	return b.String()
}
