package transfer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/input"
)

// Poll is how often Run polls the destination for votes and the handle, and
// the source for the request's receipt.
const Poll = 200 * time.Millisecond

// Result is one transfer followed by Run (what `transfer --json` prints).
type Result struct {
	Direction string          `json:"direction"` // parent-to-child or child-to-parent
	Kind      string          `json:"kind"`      // native, erc20 or erc721
	Token     *common.Address `json:"token,omitempty"`
	Amount    string          `json:"amount,omitempty"` // as given: ether or token units
	Value     string          `json:"value"`            // wei, smallest token unit, or the token id
	Sender    common.Address  `json:"sender"`
	Recipient common.Address  `json:"recipient"`

	RequestTx    common.Hash `json:"requestTx"`
	RequestNonce uint64      `json:"requestNonce"`
	RequestBlock uint64      `json:"requestBlock"`

	Votes     int   `json:"votes"`     // distinct operators that voted on the destination
	Threshold uint8 `json:"threshold"` // votes needed
	Operators int   `json:"operators"` // registered operators on the destination bridge

	Handled     bool        `json:"handled"`
	HandleTx    common.Hash `json:"handleTx,omitempty"`
	HandleBlock uint64      `json:"handleBlock,omitempty"`
	// Latency is read from the chains, not from when Run happened to poll.
	// LatencySeconds is the handle block's timestamp minus the request
	// block's, in whole seconds (block timestamps have a resolution of one
	// second; 0 when the destination's clock is behind the source's). On a
	// chain sealing more than one block a second the timestamps run ahead of
	// wall time, so there it overstates.
	LatencySeconds float64 `json:"latencySeconds"`
	// LatencyBlocks is the handle block minus the destination head read
	// right before the request was sent (after any approval): at least 1,
	// since the handle needs the request.
	LatencyBlocks uint64 `json:"latencyBlocks"`

	// Failures and FailReason: failed payout tries on the destination and
	// the last reason (issue 12); the operators retry, then refund.
	Failures   int    `json:"failures,omitempty"`
	FailReason string `json:"failReason,omitempty"`
	// Refunded: closed by a refund instead of a payout. RefundTx and
	// RefundBlock locate it on the destination, RefundNonce is its refund
	// request there, and ReturnTx and ReturnBlock locate the payout of that
	// request to the sender on the source chain.
	Refunded    bool        `json:"refunded,omitempty"`
	RefundNonce *uint64     `json:"refundNonce,omitempty"`
	RefundTx    common.Hash `json:"refundTx,omitempty"`
	RefundBlock uint64      `json:"refundBlock,omitempty"`
	ReturnTx    common.Hash `json:"returnTx,omitempty"`
	ReturnBlock uint64      `json:"returnBlock,omitempty"`
}

// Stage is a step of a transfer that Run reports.
type Stage int

// The stages, in order; Voted repeats whenever the vote count changes.
const (
	Minted    Stage = iota // the ERC-721 token was minted (Spec.Mint); Tx, Block
	Sent                   // the request tx was sent; Tx, What
	Requested              // the request was mined: Result.RequestNonce, RequestBlock
	Voted                  // Result.Votes of Result.Threshold operators voted
	Handled                // the destination handled it: Result.Handle*, Latency*
	Failed                 // a payout try failed: Result.Failures, FailReason (repeats per try)
	Refunded               // the destination refunded it: Result.Refund*
	Returned               // the refund reached the sender on the source: Result.Return*
)

// Event is one step of a transfer, passed to Run's progress callback.
type Event struct {
	Stage Stage
	// Result is the transfer so far (the same value throughout a Run; read it
	// during the callback only).
	Result *Result
	// From and To are the source and destination chains (parent or child).
	From, To string
	// Tx and Block locate the mint (Minted) and the request tx (Sent; Block 0).
	Tx    common.Hash
	Block uint64
	// What describes the value (Sent), e.g. "1.5 native coin".
	What string
}

// String renders the event as the line `servicechain transfer` prints (two
// lines for Handled).
func (e Event) String() string {
	r := e.Result
	switch e.Stage {
	case Minted:
		return fmt.Sprintf("minted     token id %s to %s on %s (tx %s, block %d)", r.Value, r.Sender.Hex(), e.From, e.Tx.Hex(), e.Block)
	case Sent:
		return fmt.Sprintf("sent       %s from %s to %s on %s: tx %s", e.What, e.From, r.Recipient.Hex(), e.To, e.Tx.Hex())
	case Requested:
		return fmt.Sprintf("requested  nonce %d in %s block %d", r.RequestNonce, e.From, r.RequestBlock)
	case Voted:
		return fmt.Sprintf("votes      %d/%d (%d operators)", r.Votes, r.Threshold, r.Operators)
	case Handled:
		return fmt.Sprintf("handled    in %s block %d: tx %s\nlatency    %.1f s, %d %s blocks", e.To, r.HandleBlock, r.HandleTx.Hex(), r.LatencySeconds, r.LatencyBlocks, e.To)
	case Failed:
		return fmt.Sprintf("failed     payout try %d on %s: %s (the operators retry, then refund)", r.Failures, e.To, r.FailReason)
	case Refunded:
		return fmt.Sprintf("refunded   on %s in block %d: tx %s (after %d failed tries, last: %s); refund request nonce %s back to %s",
			e.To, r.RefundBlock, r.RefundTx.Hex(), r.Failures, orNone(r.FailReason), nonceText(r.RefundNonce), e.From)
	case Returned:
		return fmt.Sprintf("returned   to %s on %s in block %d: tx %s", r.Sender.Hex(), e.From, r.ReturnBlock, r.ReturnTx.Hex())
	}
	return fmt.Sprintf("stage %d", int(e.Stage))
}

// Run carries out s with key on the pair's chains: it checks s (input
// errors, see Spec.Check), sends the request (minting first with s.Mint),
// waits for it to be mined and then for the destination bridge to handle it,
// reporting each step to progress (may be nil) as it happens. It gives up
// after s.Timeout (or when ctx ends); when the request is on chain by then,
// it returns the Result so far with an error saying the request stays valid.
// Other errors (an RPC failure, a revert with its decoded reason, a contract
// that is not what it should be) return a nil Result.
func Run(ctx context.Context, p *bridgenet.Pair, key *ecdsa.PrivateKey, s Spec, progress func(Event)) (*Result, error) {
	pl, err := s.plan()
	if err != nil {
		return nil, err
	}
	value, tokenID, token := pl.wei, pl.tokenID, pl.token
	ctx, cancel := context.WithTimeout(ctx, s.Timeout)
	defer cancel()
	dstName := bridgenet.Other(s.From)
	src, dst := p.Conn(s.From), p.Conn(dstName)
	srcBridge, dstBridge := p.Bridge(s.From), p.Bridge(dstName)
	sender := crypto.PubkeyToAddress(key.PublicKey)
	res := &Result{Kind: pl.kind, Amount: s.Amount, Sender: sender, Recipient: sender, Direction: bridge.ParentToChild}
	if pl.to != nil {
		res.Recipient = *pl.to
	}
	if s.From == bridgenet.Child {
		res.Direction = bridge.ChildToParent
	}
	if pl.kind != KindNative {
		res.Token = &token
	}
	report := func(e Event) {
		if progress != nil {
			e.Result, e.From, e.To = res, s.From, dstName
			progress(e)
		}
	}

	ops, err := client.NewBridge(dst, dstBridge).Operators(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s bridge: reading the operator list: %w (is it a Bridge contract?)", dstName, err)
	}
	res.Operators = len(ops)

	auth := bind.NewKeyedTransactor(key, src.ChainID)
	what := s.Amount + " native coin"
	switch pl.kind {
	case KindERC20:
		erc20 := client.NewToken(src, token)
		dec, err := erc20.Decimals(ctx)
		if err != nil {
			return nil, fmt.Errorf("--erc20 on the %s chain: %w (is it an ERC-20 token on the %s chain?)", s.From, err, s.From)
		}
		if value, err = input.Amount("amount", s.Amount, int(dec)); err != nil {
			return nil, err
		}
		sym, _ := erc20.Symbol(ctx)
		what = fmt.Sprintf("%s %s (%s units, %d decimals)", s.Amount, sym, value, dec)
	case KindERC721:
		value = tokenID
		what = "ERC-721 token id " + tokenID.String()
	}
	res.Value = value.String()
	if s.Mint {
		uri := s.TokenURI
		if uri == "" {
			uri = "https://example.com/nft/" + tokenID.String()
		}
		rcpt, err := deploy.Send(ctx, src, auth, fmt.Sprintf("mint token id %s of %s to %s", tokenID, token, sender),
			token, nftABI.PackMintWithTokenURI(sender, tokenID, uri), nil)
		if err != nil {
			return nil, fmt.Errorf("--mint: %w", err)
		}
		report(Event{Stage: Minted, Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64()})
	}

	// The destination head right before the request is sent (after any
	// approval): the handle, which needs the request, comes after it. Votes
	// are looked for from there, and LatencyBlocks counts from there.
	var fromBlock uint64
	readHead := func() (err error) {
		if fromBlock, err = dst.BlockNumber(ctx); err != nil {
			return dst.Errorf("%w", err)
		}
		return nil
	}
	var tx *types.Transaction
	switch pl.kind {
	case KindNative:
		if err = readHead(); err == nil {
			tx, err = Native(ctx, src, auth, srcBridge, res.Recipient, value, nil, nil)
		}
	case KindERC20:
		tx, err = erc20(ctx, src, auth, srcBridge, token, res.Recipient, value, s.OneStep, nil, readHead)
	case KindERC721:
		tx, err = erc721(ctx, src, auth, srcBridge, token, res.Recipient, tokenID, s.OneStep, nil, readHead)
	}
	if err != nil {
		return nil, err
	}
	report(Event{Stage: Sent, Tx: tx.Hash(), What: what})
	rcpt, err := chain.WaitReceipt(ctx, src, tx.Hash(), Poll)
	if err != nil {
		return nil, fmt.Errorf("request tx: %w", err)
	}
	req, err := RequestFromReceipt(rcpt, srcBridge)
	if err != nil {
		return nil, err
	}
	res.RequestTx, res.RequestNonce, res.RequestBlock = req.TxHash, req.Nonce, req.BlockNumber
	report(Event{Stage: Requested})

	lastVotes := -1
	st, err := WaitHandled(ctx, dst, dstBridge, req.Nonce, fromBlock, Poll, func(st *Progress) {
		votes, failures := res.Votes, res.Failures
		res.Votes, res.Threshold, res.Failures, res.FailReason = st.Votes, st.Threshold, st.Failures, st.FailReason
		if st.Votes != votes || lastVotes < 0 {
			lastVotes = st.Votes
			report(Event{Stage: Voted})
		}
		if st.Failures > failures {
			report(Event{Stage: Failed})
		}
	})
	if st != nil {
		res.Votes, res.Threshold, res.Handled, res.HandleTx, res.HandleBlock = st.Votes, st.Threshold, st.Handled, st.HandleTx, st.HandleBlock
		res.Failures, res.FailReason, res.Refunded, res.RefundNonce, res.RefundTx, res.RefundBlock = st.Failures, st.FailReason, st.Refunded, st.RefundNonce, st.RefundTx, st.RefundBlock
	}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			failing := ""
			if res.Failures > 0 {
				failing = fmt.Sprintf("; its payout failed %d times (last: %s) and is retried, then refunded", res.Failures, res.FailReason)
			}
			err = fmt.Errorf("nonce %d (%s) not handled on the %s chain within --timeout %s (votes %d/%d%s); the request stays valid: check `servicechain status` later", req.Nonce, res.Direction, dstName, s.Timeout, res.Votes, res.Threshold, failing)
		}
		return res, err
	}
	if res.Refunded {
		report(Event{Stage: Refunded})
		srcHead := res.RequestBlock
		if err := followRefund(ctx, src, srcBridge, res, srcHead); err != nil {
			return res, err
		}
		report(Event{Stage: Returned})
		return res, fmt.Errorf("%w: nonce %d (%s) could not be paid out on the %s chain (%s); the value went back to %s on the %s chain (block %d)",
			ErrRefunded, req.Nonce, res.Direction, dstName, orNone(res.FailReason), res.Sender.Hex(), s.From, res.ReturnBlock)
	}
	if err := latency(ctx, src, dst, res, fromBlock); err != nil {
		return res, err
	}
	report(Event{Stage: Handled})
	return res, nil
}

// latency sets res.LatencySeconds and LatencyBlocks from the chains (see
// Result): the request and handle blocks' timestamps, and the handle block
// against fromBlock, the destination head read before the request was sent.
func latency(ctx context.Context, src, dst *bridgenet.Conn, res *Result, fromBlock uint64) error {
	if res.HandleBlock == 0 {
		return nil // handled, but the handle event was not found: unknown
	}
	req, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(res.RequestBlock))
	if err != nil {
		return src.Errorf("request block %d: %w", res.RequestBlock, err)
	}
	hdl, err := dst.HeaderByNumber(ctx, new(big.Int).SetUint64(res.HandleBlock))
	if err != nil {
		return dst.Errorf("handle block %d: %w", res.HandleBlock, err)
	}
	if hdl.Time > req.Time {
		res.LatencySeconds = float64(hdl.Time - req.Time)
	}
	if res.HandleBlock > fromBlock {
		res.LatencyBlocks = res.HandleBlock - fromBlock
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "no failure seen"
	}
	return s
}

func nonceText(n *uint64) string {
	if n == nil {
		return "?"
	}
	return strconv.FormatUint(*n, 10)
}
