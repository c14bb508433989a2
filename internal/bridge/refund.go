package bridge

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// RefundVote is what bridge_refund returns: the refund vote this node cast.
type RefundVote struct {
	Direction string      `json:"direction"`
	Nonce     uint64      `json:"nonce"`
	Tx        common.Hash `json:"tx"`
	// Votes and Threshold are the refund key's votes before this one and the
	// destination's threshold: the refund happens once Threshold operators
	// voted it.
	Votes     uint8 `json:"votesBefore"`
	Threshold uint8 `json:"threshold"`
	// Failures and FailReason are what this node knows of the payout's
	// failures (0 and "" when it did not fail: an operator may refund any
	// open request, still k of n).
	Failures   int    `json:"failures"`
	FailReason string `json:"failReason,omitempty"`
}

// Refund casts this node's refund vote for request nonce of direction now,
// whatever refund_after says (bridge_refund; `servicechain bridge refund`).
// The refund still needs the destination's threshold of operators: the
// others vote when their own rules say so, or when asked the same way. From
// then on this node sticks to the refund (it does not re-cast its handle
// vote). Errors: an unknown direction, a nonce this node has not seen (queue
// it with bridge_reobserve), one already closed, a refund request (refunds
// are not refundable), a request whose block is no longer canonical, and
// the chain's refusal (decoded).
func (s *Service) Refund(ctx context.Context, dir string, nonce uint64) (*RefundVote, error) {
	var d *direction
	for _, x := range s.dirs {
		if x.name == dir {
			d = x
		}
	}
	if d == nil {
		return nil, fmt.Errorf("direction %q: expected %s or %s", dir, ParentToChild, ChildToParent)
	}
	return d.forceRefund(ctx, nonce)
}

func (d *direction) forceRefund(ctx context.Context, nonce uint64) (*RefundVote, error) {
	r, ok, err := d.st.GetRequest(d.name, nonce)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%s nonce %d: this node has not seen the request (not scanned yet, or older than its start block); queue it with bridge_reobserve TXHASH first", d.name, nonce)
	}
	if r.From == d.srcBridge {
		return nil, fmt.Errorf("%s nonce %d is a refund request (from the bridge itself): refunds cannot be refunded, its payout is retried until it succeeds", d.name, nonce)
	}
	if !r.State.Open() {
		return nil, fmt.Errorf("%s nonce %d: already closed on the destination (%s)", d.name, nonce, r.State)
	}
	dom, err := d.handleDomain(ctx)
	if err != nil {
		return nil, err
	}
	st, err := d.dstC.HandleStatus(ctx, nonce, d.tx.Address())
	if err != nil {
		return nil, fmt.Errorf("%s nonce %d: reading handleStatus: %w", d.name, nonce, err)
	}
	if st.Handled {
		d.closed(ctx, &r, 0, nonceMemory{forced: time.Now()})
		return nil, fmt.Errorf("%s nonce %d: already closed on the destination", d.name, nonce)
	}
	if !d.confirmRequest(ctx, &r) {
		return nil, fmt.Errorf("%s nonce %d: its request block %d is not canonical now (reorg, or the check failed); try again", d.name, nonce, r.BlockNumber)
	}
	votes, err := d.dstC.HandleVotes(ctx, nonce, refundKey(dom, st.Epoch, &r))
	if err != nil {
		return nil, fmt.Errorf("%s nonce %d: reading the refund votes: %w", d.name, nonce, err)
	}
	now := time.Now()
	d.mu.Lock()
	f := d.fails[nonce]
	if f == nil {
		f = &failure{}
		d.fails[nonce] = f
	}
	f.forced = now
	tries, reason := f.tries, f.reason
	d.mu.Unlock()
	data, _ := kindRefund.pack([]*store.Request{&r})
	key := fmt.Sprintf("%s/refund/%d-%d/%d", d.name, nonce, nonce, d.txSeq.Add(1))
	tx, err := d.tx.Send(ctx, txmgr.Request{Key: key, To: d.dstBridge, Data: data, ExtraGas: kindRefund.extraGas([]*store.Request{&r})})
	if err != nil {
		var rev *txmgr.RevertError
		if errors.As(err, &rev) {
			return nil, fmt.Errorf("%s nonce %d: the destination refuses the refund vote: %s", d.name, nonce, bindings.DecodeRevert(rev.Data))
		}
		return nil, fmt.Errorf("%s nonce %d: sending the refund vote: %w", d.name, nonce, err)
	}
	d.m.refundVotes.WithLabelValues(d.name).Inc()
	d.log.Warn("refund vote cast on an operator's request (bridge_refund)", "nonce", nonce, "tx", tx.Hash(),
		"votes_before", votes, "threshold", st.Threshold, "failures", tries, "reason", reason)
	d.mu.Lock()
	d.inflight[nonce] = tx
	d.mu.Unlock()
	r.State, r.VoteTx = store.StateRefunding, tx.Hash()
	d.put(&r)
	d.awaiting.Add(1)
	go func() {
		defer d.awaiting.Done()
		defer contain(d.log, d.m, d.name+"/await")
		d.await(d.serviceContext(ctx), tx, []*store.Request{&r}, kindRefund)
	}()
	return &RefundVote{Direction: d.name, Nonce: nonce, Tx: tx.Hash(), Votes: votes, Threshold: st.Threshold, Failures: tries, FailReason: reason}, nil
}

// RequestRefund asks a running node over its admin JSON-RPC endpoint
// (adminAddr: host:port or an http:// URL) to vote a refund of nonce of
// direction now, as `servicechain bridge refund` does. Errors name the
// endpoint and carry the node's refusal.
func RequestRefund(ctx context.Context, adminAddr, token, direction string, nonce uint64) (*RefundVote, error) {
	c, err := node.DialAdminToken(ctx, adminAddr, token)
	if err != nil {
		return nil, fmt.Errorf("admin endpoint %s: %w", adminAddr, err)
	}
	defer c.Close()
	var v RefundVote
	if err := c.CallContext(ctx, &v, AdminNamespace+"_refund", direction, nonce); err != nil {
		return nil, fmt.Errorf("admin endpoint %s: bridge_refund: %w", adminAddr, err)
	}
	return &v, nil
}

// serviceContext is the context the service runs with (its await
// goroutines end with it), or fallback before Run.
func (d *direction) serviceContext(fallback context.Context) context.Context {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.runCtx != nil {
		return d.runCtx
	}
	return context.WithoutCancel(fallback)
}

// WriteRefundVote prints v for people, as `servicechain bridge refund` does.
func WriteRefundVote(w io.Writer, v *RefundVote) {
	fmt.Fprintf(w, "refund vote for %s nonce %d sent: tx %s\n", v.Direction, v.Nonce, v.Tx.Hex())
	fmt.Fprintf(w, "refund votes before this one: %d of %d needed (the other operators vote by their own rules, or when asked the same way)\n", v.Votes, v.Threshold)
	if v.Failures > 0 {
		fmt.Fprintf(w, "payout failures seen by this node: %d, last reason: %s\n", v.Failures, orUnknown(v.FailReason))
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
