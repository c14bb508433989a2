package status

// Failed and refunded transfers (issue 12), read from the destination
// bridges' events: payouts that failed (HandleFailed) on nonces still open,
// and nonces closed by a refund (HandleRefunded) with the refund request
// that carries the value home.

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/bridgenet"
)

// OutcomeLookback is how many destination blocks back Read looks for failed
// and refunded transfers (about 3 hours of 1-second blocks).
const OutcomeLookback = 10_000

// outcomeRange is the block range of one eth_getLogs call of the look-back.
const outcomeRange = 2_000

// Outcome is a transfer whose payout failed or that was refunded.
type Outcome struct {
	// Nonce is the request nonce on the source bridge.
	Nonce uint64 `json:"nonce"`
	// State is "failing" (open, its payout failed and is retried) or
	// "refunded" (closed by a refund vote).
	State string `json:"state"`
	// Failures counts the failed payout tries seen; Reason is the last
	// one's, decoded (e.g. "TokenIsLocked(0x…)").
	Failures int    `json:"failures"`
	Reason   string `json:"reason,omitempty"`
	// Block is the destination block of the last event seen.
	Block uint64 `json:"block"`
	// RefundNonce is the refund request's nonce on the destination bridge
	// (refunded only), and Returned whether the source bridge has paid it
	// to the sender yet.
	RefundNonce *uint64 `json:"refundNonce,omitempty"`
	Returned    bool    `json:"returned,omitempty"`
}

// readOutcomes fills each direction's Failing and Refunded from the last
// OutcomeLookback blocks of its destination.
func readOutcomes(ctx context.Context, p *bridgenet.Pair, rep *Report) error {
	for i := range rep.Directions {
		d := &rep.Directions[i]
		src, dst, srcBridge, dstBridge := p.Parent, p.Child, p.ParentBridge, p.ChildBridge
		if i == 1 {
			src, dst, srcBridge, dstBridge = p.Child, p.Parent, p.ChildBridge, p.ParentBridge
		}
		out, err := outcomes(ctx, src, dst, srcBridge, dstBridge, d.LowerHandleNonce)
		if err != nil {
			return err
		}
		for _, o := range out {
			if o.State == "refunded" {
				d.Refunded = append(d.Refunded, o)
			} else {
				d.Failing = append(d.Failing, o)
			}
		}
	}
	return nil
}

func outcomes(ctx context.Context, src, dst *bridgenet.Conn, srcBridge, dstBridge common.Address, lower uint64) ([]Outcome, error) {
	head, err := dst.BlockNumber(ctx)
	if err != nil {
		return nil, dst.Errorf("%w", err)
	}
	failedID, refundedID := bridgeABI.GetABI().Events["HandleFailed"].ID, bridgeABI.GetABI().Events["HandleRefunded"].ID
	byNonce := map[uint64]*Outcome{}
	get := func(n uint64) *Outcome {
		if o := byNonce[n]; o != nil {
			return o
		}
		o := &Outcome{Nonce: n, State: "failing"}
		byNonce[n] = o
		return o
	}
	for from := head - min(head, OutcomeLookback); from <= head; from += outcomeRange {
		to := min(from+outcomeRange-1, head)
		logs, err := dst.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{dstBridge}, Topics: [][]common.Hash{{failedID, refundedID}}})
		if err != nil {
			return nil, dst.Errorf("failure and refund events of bridge %s, blocks %d-%d: %w", dstBridge.Hex(), from, to, err)
		}
		for i := range logs {
			l := &logs[i]
			if ev, err := bridgeABI.UnpackHandleFailedEvent(l); err == nil {
				o := get(ev.RequestNonce)
				o.Failures++
				o.Reason, o.Block = bindings.DecodeRevert(ev.Reason), l.BlockNumber
			} else if ev, err := bridgeABI.UnpackHandleRefundedEvent(l); err == nil {
				o := get(ev.HandleNonce)
				n := ev.RefundRequestNonce
				o.State, o.RefundNonce, o.Block = "refunded", &n, l.BlockNumber
			}
		}
	}
	var out []Outcome
	for _, o := range byNonce {
		switch {
		case o.State == "refunded":
			returned, err := handled(ctx, src, srcBridge, *o.RefundNonce)
			if err != nil {
				return nil, err
			}
			o.Returned = returned
		case o.Nonce < lower:
			continue // failed, then paid
		default:
			closed, err := handled(ctx, dst, dstBridge, o.Nonce)
			if err != nil {
				return nil, err
			}
			if closed {
				continue // paid on a later try
			}
		}
		out = append(out, *o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out, nil
}

func handled(ctx context.Context, cc *bridgenet.Conn, a common.Address, nonce uint64) (bool, error) {
	ok, err := client.NewBridge(cc, a).Handled(ctx, nonce)
	if err != nil {
		return false, bridgeErr(cc, err)
	}
	return ok, nil
}

var bridgeABI = bindings.NewBridge()

// maxOutcomeRows bounds the rows of the text table per direction and kind.
const maxOutcomeRows = 20

// writeOutcomes writes the failed and refunded transfers as a table (nothing
// when there are none).
func writeOutcomes(w io.Writer, r *Report) {
	some := false
	for _, d := range r.Directions {
		some = some || len(d.Failing)+len(d.Refunded) > 0
	}
	if !some {
		return
	}
	fmt.Fprintf(w, "\nFAILED AND REFUNDED TRANSFERS (last %d destination blocks)\n", OutcomeLookback)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DIRECTION\tNONCE\tSTATE\tFAILED TRIES\tLAST REASON\tREFUND REQUEST\tBLOCK")
	for _, d := range r.Directions {
		for _, list := range [][]Outcome{d.Failing, d.Refunded} {
			for i, o := range list {
				if i == maxOutcomeRows {
					fmt.Fprintf(tw, "%s\t...\t%d more\t\t\t\t\n", d.Name, len(list)-i)
					break
				}
				refund := "-"
				if o.RefundNonce != nil {
					refund = fmt.Sprintf("nonce %d, ", *o.RefundNonce)
					if o.Returned {
						refund += "returned"
					} else {
						refund += "on its way back"
					}
				}
				reason := o.Reason
				if reason == "" {
					reason = "-"
				}
				fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\t%s\t%d\n", d.Name, o.Nonce, o.State, o.Failures, reason, refund, o.Block)
			}
		}
	}
	tw.Flush()
}
