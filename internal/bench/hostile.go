package bench

// Hostile bursts (issue 12, `servicechain bench --hostile F`): a fraction F
// of the burst's requests cannot be paid out — half go to a contract that
// reverts on every payment, half to a gas burner (runtime 5b600056) — the
// way an attacker would try to stall the bridge. The honest requests'
// latency and throughput are measured as usual; the hostile ones are
// followed until the destination refunded them by vote and the source paid
// the refund home, and the operators' gas spent on them is read from the
// chain.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// Runtime codes of the hostile recipients.
var (
	revertingRuntime = common.FromHex("60006000fd") // PUSH1 0 PUSH1 0 REVERT
	gasBurnerRuntime = common.FromHex("5b600056")   // JUMPDEST PUSH1 0 JUMP: burns its whole stipend
)

// Hostile is what a hostile burst's unpayable requests cost and became.
type Hostile struct {
	// Requests is the number of unpayable requests in the burst (half to a
	// reverting contract, half to a gas burner); Refunded how many the
	// destination refunded by vote, Returned how many of those refunds the
	// source paid home to the sender.
	Requests int `json:"requests"`
	Refunded int `json:"refunded"`
	Returned int `json:"returned"`
	// Tries counts their failed payout tries (HandleFailed) and MaxTries
	// the most of one request; StipendGas is the payout stipends of those
	// tries (what the recipients could burn: NATIVE_PAYOUT_GAS each).
	Tries      int    `json:"tries"`
	MaxTries   int    `json:"maxTries"`
	StipendGas uint64 `json:"stipendGas"`
	// RefundVotes counts RefundVote events; OperatorTxs the operator
	// transactions on the destination carrying a vote, retry or refund for
	// them; Gas the operators' gas on them until refunded: the whole gas of
	// a transaction whose entries are all hostile, the hostile entries'
	// share of a mixed batch. PerRequest is Gas / Requests.
	RefundVotes int     `json:"refundVotes"`
	OperatorTxs int     `json:"operatorTxs"`
	Gas         uint64  `json:"gas"`
	PerRequest  float64 `json:"gasPerRequest"`
	// Bound is the bound on Gas: every try pays at most its stipend
	// on top of an executing vote entry, every other vote and refund vote
	// one entry (entry gas measured on this run's honest batches).
	Bound uint64 `json:"gasBound"`
	// RefundSeconds is request block to refund block (block timestamps).
	RefundSeconds Stats `json:"refundSeconds"`
}

// hostileTargets deploys the reverting contract and the gas burner on dst
// (from sender, which must be funded there) and returns their addresses.
func hostileTargets(ctx context.Context, dst Chain, sender *ecdsa.PrivateKey) ([2]common.Address, error) {
	var out [2]common.Address
	chainID, err := dst.Client.ChainID(ctx)
	if err != nil {
		return out, fmt.Errorf("bench: %s chain id: %w", dst.Name, err)
	}
	from := crypto.PubkeyToAddress(sender.PublicKey)
	nonce, err := dst.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return out, fmt.Errorf("bench: %s nonce of %s: %w", dst.Name, from, err)
	}
	tip, err := dst.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return out, fmt.Errorf("bench: %s tip: %w", dst.Name, err)
	}
	head, err := dst.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("bench: %s head: %w", dst.Name, err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(orOne(head.BaseFee), big.NewInt(4)), tip)
	signer := types.LatestSignerForChainID(chainID)
	var hashes [2]common.Hash
	for i, runtime := range [][]byte{revertingRuntime, gasBurnerRuntime} {
		// PUSH1 len DUP1 PUSH1 11 PUSH1 0 CODECOPY PUSH1 0 RETURN, then the runtime.
		code := append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
		tx, err := types.SignNewTx(sender, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: feeCap, Gas: 100_000, Data: code})
		if err != nil {
			return out, err
		}
		if err := dst.Client.SendTransaction(ctx, tx); err != nil {
			return out, fmt.Errorf("bench: %s deploying a hostile recipient: %w", dst.Name, err)
		}
		hashes[i], out[i] = tx.Hash(), crypto.CreateAddress(from, nonce+uint64(i))
	}
	for _, h := range hashes {
		for {
			r, err := dst.Client.TransactionReceipt(ctx, h)
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return out, fmt.Errorf("bench: %s deploying a hostile recipient: tx %s reverted", dst.Name, h)
				}
				break
			}
			if !errors.Is(err, ethereum.NotFound) {
				return out, err
			}
			select {
			case <-ctx.Done():
				return out, ctx.Err()
			case <-time.After(250 * time.Millisecond):
			}
		}
	}
	return out, nil
}

func orOne(v *big.Int) *big.Int {
	if v == nil {
		return big.NewInt(1_000_000_000)
	}
	return v
}

// hostileIndex reports whether request i of count is hostile for fraction
// f, and which target (0 reverting, 1 burner) it goes to: the hostile
// requests are spread evenly through the burst.
func hostileIndex(i, count int, f float64) (bool, int) {
	if f <= 0 {
		return false, 0
	}
	n := int(f*float64(count) + 0.5)
	if n == 0 {
		return false, 0
	}
	// Request i is hostile when floor((i+1)*n/count) > floor(i*n/count).
	k := (i + 1) * n / count
	if k > i*n/count {
		return true, k % 2
	}
	return false, 0
}

// waitRefundsHome waits until every hostile request of s is refunded on
// dst (lowerHandleNonce already passed them) and the refund request paid
// home on src, and records which.
func waitRefundsHome(ctx context.Context, o Options, s *Sent) error {
	lastLog := time.Now()
	for {
		left := 0
		for _, r := range s.requests {
			if !r.hostile || r.returned {
				continue
			}
			if r.refundNonce == nil {
				n, err := refundOf(ctx, o.Dst, r.nonce, s.DstStartBlock)
				if err != nil {
					return err
				}
				r.refundNonce = n
			}
			if r.refundNonce != nil {
				ok, err := handledNonce(ctx, o.Src, *r.refundNonce)
				if err != nil {
					return err
				}
				r.returned = ok
			}
			if !r.returned {
				left++
			}
		}
		if left == 0 {
			return nil
		}
		if time.Since(lastLog) > 10*time.Second {
			o.logf("%s: %d hostile requests not refunded home yet", o.Src.Name, left)
			lastLog = time.Now()
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("bench: %d hostile requests not refunded home: %w", left, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// refundOf returns the refund request nonce dst emitted for nonce (nil
// when it has not refunded it).
func refundOf(ctx context.Context, dst Chain, nonce, from uint64) (*uint64, error) {
	logs, err := dst.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{dst.Bridge},
		Topics: [][]common.Hash{{eventID("HandleRefunded")}, {common.BigToHash(new(big.Int).SetUint64(nonce))}}})
	if err != nil {
		return nil, fmt.Errorf("bench: %s HandleRefunded of nonce %d: %w", dst.Name, nonce, err)
	}
	for i := range logs {
		if ev, err := bridgeABI.UnpackHandleRefundedEvent(&logs[i]); err == nil && ev.HandleNonce == nonce {
			n := ev.RefundRequestNonce
			return &n, nil
		}
	}
	return nil, nil
}

// hostileAccount tallies, per operator transaction on the destination, the
// hostile requests' share of its gas; it reports whether the transaction
// is a refund vote (not a handle vote: measure leaves it out of the
// single and batch vote figures).
func (h *Hostile) account(s *Sent, tx *types.Transaction, rc *types.Receipt) bool {
	nonces, refund := entryNonces(tx.Data())
	hostile := 0
	for _, n := range nonces {
		if r := s.requests[n]; r != nil && r.hostile {
			hostile++
		}
	}
	if hostile > 0 {
		h.OperatorTxs++
		h.Gas += rc.GasUsed * uint64(hostile) / uint64(len(nonces))
	}
	return refund
}

// entryNonces decodes the request nonces a vote transaction carries
// (single handle, handleBatch, refundValueTransfer, refundBatch) and
// whether it is a refund vote.
func entryNonces(data []byte) ([]uint64, bool) {
	if len(data) < 4 {
		return nil, false
	}
	a := bridgeABI.GetABI()
	m, err := a.MethodById(data[:4])
	if err != nil {
		return nil, false
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(vals) == 0 {
		return nil, false
	}
	switch m.Name {
	case "handleNativeTransfer", "handleERC20Transfer", "handleERC721Transfer":
		args := map[string]any{}
		if err := m.Inputs.UnpackIntoMap(args, data[4:]); err != nil {
			return nil, false
		}
		n, _ := args["requestNonce"].(uint64)
		return []uint64{n}, false
	case "refundValueTransfer":
		c := *abi.ConvertType(vals[0], new(bindings.BridgeHandleCall)).(*bindings.BridgeHandleCall)
		return []uint64{c.RequestNonce}, true
	case "handleBatch", "refundBatch":
		calls := *abi.ConvertType(vals[0], new([]bindings.BridgeHandleCall)).(*[]bindings.BridgeHandleCall)
		out := make([]uint64, len(calls))
		for i, c := range calls {
			out[i] = c.RequestNonce
		}
		return out, m.Name == "refundBatch"
	}
	return nil, false
}

// finish fills the counts and the bound from the destination's events
// (the logs measure read) once the gas is tallied; k is the threshold and
// entryGas the measured gas of one vote entry.
func (h *Hostile) finish(s *Sent, logs []types.Log, k int, entryGas float64, refundSecs []float64) {
	tries := map[uint64]int{}
	for i := range logs {
		l := &logs[i]
		switch l.Topics[0] {
		case eventID("HandleFailed"):
			if ev, err := bridgeABI.UnpackHandleFailedEvent(l); err == nil && s.requests[ev.RequestNonce] != nil && s.requests[ev.RequestNonce].hostile {
				tries[ev.RequestNonce]++
			}
		case eventID("RefundVote"):
			if ev, err := bridgeABI.UnpackRefundVoteEvent(l); err == nil && s.requests[ev.RequestNonce] != nil && s.requests[ev.RequestNonce].hostile {
				h.RefundVotes++
			}
		}
	}
	for _, r := range s.requests {
		if !r.hostile {
			continue
		}
		h.Requests++
		if r.refundNonce != nil {
			h.Refunded++
		}
		if r.returned {
			h.Returned++
		}
		h.Tries += tries[r.nonce]
		h.MaxTries = max(h.MaxTries, tries[r.nonce])
	}
	h.StipendGas = uint64(h.Tries) * bindings.NativePayoutGas
	if h.Requests > 0 {
		h.PerRequest = float64(h.Gas) / float64(h.Requests)
	}
	// Each try: an executing entry plus the stipend burnt; each other vote
	// (the k-1 first votes that do not execute, the refund votes): one
	// entry; each refund closes the nonce and logs the refund request.
	const closeGas = 60_000
	votes := h.Tries + h.Requests*max(k-1, 0) + h.RefundVotes
	h.Bound = uint64(float64(votes)*entryGas) + h.StipendGas + uint64(h.Refunded)*closeGas
	h.RefundSeconds = stats(refundSecs)
}

// handledNonce is the Bridge's handledNonces(nonce) on c.
func handledNonce(ctx context.Context, c Chain, nonce uint64) (bool, error) {
	ok, err := c.bridge().Handled(ctx, nonce)
	if err != nil {
		return false, c.viewErr(err)
	}
	return ok, nil
}

// hostileRows adds the hostile burst's rows to PrintTable's table.
func hostileRows(row func(name string, f func(r *Result) string)) {
	h := func(f func(h *Hostile) string) func(r *Result) string {
		return func(r *Result) string {
			if r.Hostile == nil {
				return "-"
			}
			return f(r.Hostile)
		}
	}
	row("hostile requests (refunded, home)", h(func(h *Hostile) string {
		return fmt.Sprintf("%d (%d, %d)", h.Requests, h.Refunded, h.Returned)
	}))
	row("hostile payout tries (max per request)", h(func(h *Hostile) string { return fmt.Sprintf("%d (%d)", h.Tries, h.MaxTries) }))
	row("hostile refund votes", h(func(h *Hostile) string { return fmt.Sprint(h.RefundVotes) }))
	row("operator gas on hostile (per request)", h(func(h *Hostile) string {
		return fmt.Sprintf("%d in %d txs (%.0f)", h.Gas, h.OperatorTxs, h.PerRequest)
	}))
	row("bound: votes x entry + tries x stipend", h(func(h *Hostile) string { return fmt.Sprint(h.Bound) }))
	row("request to refund p50/p99 (s)", h(func(h *Hostile) string {
		return fmt.Sprintf("%.0f / %.0f", h.RefundSeconds.P50, h.RefundSeconds.P99)
	}))
}
