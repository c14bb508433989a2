// Package bench measures a running bridge from the outside, the way a user
// sees it: it sends a burst of native-coin transfer requests from several
// funded accounts (one nonce stream each), waits until the destination bridge
// has handled all of them, and reads everything it reports from the two
// chains: request-to-handle latency in seconds (request block timestamp to
// handle block timestamp) and in destination blocks, sustained transfers per
// second, and the operators' handle-vote gas per transfer, split into single
// votes and batched votes. In drain mode (the bridge nodes are stopped while
// the burst is sent) it also times how long the nodes take to work off the
// backlog once they are started.
//
// Measure is what `servicechain bench` runs (a Spec: its options, both
// directions at once, progress lines to a callback); the e2e harness drives
// Run too. It assumes it is the only source of requests and handle votes on
// the two bridges while it runs (other traffic in the same blocks is counted
// in the gas figures).
package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/chain"
)

// Chain is one side of the bridge as the benchmark talks to it.
type Chain struct {
	// Name labels the chain in reports ("parent" or "child").
	Name string
	// Client is a JSON-RPC connection to the chain (eth_getLogs must work).
	Client *ethclient.Client
	// Bridge is the Bridge contract on this chain.
	Bridge common.Address
}

// Options configures one benchmark run in one direction.
type Options struct {
	// Src is the chain the requests are sent on; Dst the chain that handles them.
	Src, Dst Chain
	// Senders are the funded accounts that send the requests, one nonce stream
	// each; request i is sent by Senders[i % len(Senders)]. At least one.
	Senders []*ecdsa.PrivateKey
	// Count is the number of transfers (>= 1).
	Count int
	// Value is the amount of each transfer in wei (nil or zero: 1 gwei).
	Value *big.Int
	// Recipient receives every transfer on Dst (zero: each sender itself).
	Recipient common.Address
	// Token, if set, is an ERC-20 registered on Src's bridge: the burst is
	// then requestERC20Transfer calls of Value token units each (smallest
	// unit; feeLimit = the bridge's erc20Fee for the token) instead of native
	// coin. Send approves the bridge for every sender first (erc20.go); each
	// sender must hold its share of Count x (Value + fee), or TokenFunder
	// tops it up.
	Token common.Address
	// TokenFunder, with Token, is a key holding Token on Src; Send transfers
	// each sender what it lacks of its share before the burst.
	TokenFunder *ecdsa.PrivateKey
	// Timeout bounds the whole run: sending, waiting for request receipts and
	// for the handles (0: 10 minutes).
	Timeout time.Duration
	// Drain marks a backlog run: the bridge nodes are stopped while the burst
	// is sent, and started by someone else after Ready is called. Drain time is
	// then measured from the first operator transaction on Dst after the
	// backlog was complete to the last handle.
	Drain bool
	// Ready, if set, is called once every request of the burst is included on
	// Src (in a drain run: the moment to start the nodes).
	Ready func(s *Sent)
	// Hostile is the fraction (0 to 0.9) of the burst's requests that cannot
	// be paid out (hostile.go): sent to a reverting contract or a gas burner
	// deployed on Dst from Senders[0]; they are followed until refunded and
	// paid home, which needs the nodes' bridge.refund_after within Timeout.
	Hostile float64
	// hostileTo are the deployed hostile recipients (reverting, gas burner)
	// on Dst; Run deploys them when they are zero.
	hostileTo [2]common.Address
	// Logf, if set, receives progress lines.
	Logf func(format string, args ...any)
	// Statusf, if set, receives the live state of the burst (requests sent;
	// then lowerHandleNonce against the last nonce), often, possibly from
	// several goroutines at once.
	Statusf func(format string, args ...any)
}

// Sent describes a burst whose requests are all included on the source chain.
type Sent struct {
	Count      int    `json:"count"`
	FirstNonce uint64 `json:"firstNonce"` // lowest request nonce of the burst
	LastNonce  uint64 `json:"lastNonce"`  // highest request nonce of the burst
	// FirstBlock and LastBlock are the source blocks holding the first and
	// last request; DstStartBlock the destination head before sending.
	FirstBlock    uint64 `json:"firstRequestBlock"`
	LastBlock     uint64 `json:"lastRequestBlock"`
	DstStartBlock uint64 `json:"dstStartBlock"`
	// DstReadyBlock is the destination head when the last request receipt
	// was seen (drain runs count operator work from the block after it).
	DstReadyBlock uint64 `json:"dstReadyBlock"`
	// SendSeconds is the wall time from the first send to the last request
	// receipt.
	SendSeconds float64 `json:"sendSeconds"`

	start    time.Time
	requests map[uint64]*request
}

type request struct {
	nonce uint64
	block uint64
	tx    common.Hash
	// Hostile requests (Options.Hostile): refunded and paid home.
	hostile     bool
	refundNonce *uint64
	returned    bool
}

// Stats are percentiles of a sample (nearest rank), with the mean and maximum.
type Stats struct {
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
	P99  float64 `json:"p99"`
	Max  float64 `json:"max"`
	Mean float64 `json:"mean"`
}

// Gas is what the operators spent on handle votes on the destination bridge
// in the benchmark's block range. Gas figures are in gas units.
type Gas struct {
	// OperatorTxs is every tx from a registered operator to the destination
	// bridge; Gas their total gas used (reverted ones included).
	OperatorTxs int    `json:"operatorTxs"`
	Gas         uint64 `json:"gas"`
	// PerTransfer is Gas divided by the transfers handled.
	PerTransfer float64 `json:"perTransfer"`
	// SingleTxs are successful single handle calls (one vote each),
	// SingleGas their gas, PerSingleVote SingleGas / SingleTxs.
	SingleTxs     int     `json:"singleTxs"`
	SingleGas     uint64  `json:"singleGas"`
	PerSingleVote float64 `json:"perSingleVote"`
	// BatchTxs are successful handleBatch calls carrying BatchVotes entries
	// (counted votes and skipped entries); BatchGas their gas;
	// PerBatchedVote BatchGas / BatchVotes.
	BatchTxs       int     `json:"batchTxs"`
	BatchVotes     int     `json:"batchVotes"`
	BatchGas       uint64  `json:"batchGas"`
	PerBatchedVote float64 `json:"perBatchedVote"`
	// SignedTxs are successful handleSignedBatch calls (issue 14: entries
	// closed by k operator signatures instead of k votes) carrying
	// SignedEntries entries (closed ones and skipped ones); SignedGas their
	// gas; PerSignedEntry SignedGas / SignedEntries.
	SignedTxs      int     `json:"signedTxs"`
	SignedEntries  int     `json:"signedEntries"`
	SignedGas      uint64  `json:"signedGas"`
	PerSignedEntry float64 `json:"perSignedEntry"`
	// Reverted is the number of operator txs that reverted (late single
	// votes on a nonce handled earlier in the same block, mostly) and
	// RevertedGas their gas.
	Reverted    int    `json:"reverted"`
	RevertedGas uint64 `json:"revertedGas"`
	// Votes counts HandleVote events, Skipped HandleSkipped events (batch
	// entries on closed nonces or duplicates), Failed HandleFailed events.
	Votes   int `json:"votes"`
	Skipped int `json:"skipped"`
	Failed  int `json:"failed"`
}

// Result is what one benchmark run measured in one direction.
type Result struct {
	Direction string `json:"direction"` // "parent->child" or "child->parent"
	Operators int    `json:"operators"` // n: registered operators on the destination bridge
	Threshold int    `json:"threshold"` // k: votes a transfer needs
	Senders   int    `json:"senders"`
	Drain     bool   `json:"drain"`
	// Token is the source ERC-20 of an ERC-20 burst (Options.Token; absent
	// for native coin).
	Token *common.Address `json:"token,omitempty"`
	Sent

	// Handled is the number of the burst's nonces handled on Dst (== Count on success).
	Handled int `json:"handled"`
	// WallSeconds is the wall time from the first send until every request
	// was seen handled.
	WallSeconds float64 `json:"wallSeconds"`
	// SpanSeconds is the block-timestamp span from the first request's block
	// to the last handle's block; TransfersPerSecond = Count / SpanSeconds.
	SpanSeconds        float64 `json:"spanSeconds"`
	TransfersPerSecond float64 `json:"transfersPerSecond"`
	// RequestSpanSeconds is the block-timestamp span of the requests themselves
	// (how fast the source chain took the burst in).
	RequestSpanSeconds float64 `json:"requestSpanSeconds"`
	// LatencySeconds: handle block timestamp - request block timestamp.
	// LatencyBlocks: handle block - the destination head at the request's
	// timestamp (the last destination block with timestamp <= it).
	LatencySeconds Stats `json:"latencySeconds"`
	LatencyBlocks  Stats `json:"latencyBlocks"`
	// DrainSeconds (drain runs only): block-timestamp span from the first
	// operator tx on Dst after the backlog was complete to the last handle;
	// DrainBlocks the same in destination blocks; DrainWallSeconds the wall
	// time from Ready to the last handle seen.
	DrainSeconds     float64 `json:"drainSeconds,omitempty"`
	DrainBlocks      uint64  `json:"drainBlocks,omitempty"`
	DrainWallSeconds float64 `json:"drainWallSeconds,omitempty"`
	// HandledDuringSend (drain runs) counts burst nonces already handled
	// when the backlog was complete: non-zero means the nodes were running.
	HandledDuringSend int `json:"handledDuringSend,omitempty"`

	Gas Gas `json:"gas"`
	// EndBlock is the last destination block read.
	EndBlock uint64 `json:"dstEndBlock"`
	// Hostile (hostile bursts only) is what the unpayable requests became
	// and cost; the latency, throughput and Handled figures above are the
	// honest requests'.
	Hostile *Hostile `json:"hostile,omitempty"`
}

var bridgeABI = bindings.NewBridge()

func eventID(name string) common.Hash { return bridgeABI.GetABI().Events[name].ID }

func (o *Options) statusf(format string, args ...any) {
	if o.Statusf != nil {
		o.Statusf(format, args...)
	}
}

func (o *Options) logf(format string, args ...any) {
	if o.Logf != nil {
		o.Logf(format, args...)
	}
}

func (o *Options) check() error {
	if o.Src.Client == nil || o.Dst.Client == nil {
		return errors.New("bench: source and destination clients are required")
	}
	if o.Src.Bridge == (common.Address{}) || o.Dst.Bridge == (common.Address{}) {
		return errors.New("bench: source and destination bridge addresses are required")
	}
	if len(o.Senders) == 0 {
		return errors.New("bench: no sender accounts: expected at least one funded key")
	}
	if o.Count < 1 {
		return fmt.Errorf("bench: count %d: expected at least 1 transfer", o.Count)
	}
	if o.Value == nil || o.Value.Sign() == 0 {
		o.Value = big.NewInt(1_000_000_000)
	}
	if o.Value.Sign() < 0 {
		return fmt.Errorf("bench: value %s wei: expected a positive amount", o.Value)
	}
	if o.Timeout == 0 {
		o.Timeout = 10 * time.Minute
	}
	if o.Hostile < 0 || o.Hostile > 0.9 {
		return fmt.Errorf("bench: hostile fraction %v: expected 0 to 0.9", o.Hostile)
	}
	if o.Hostile > 0 && o.Token != (common.Address{}) {
		return fmt.Errorf("bench: hostile fraction %v with token %s: hostile bursts are native coin only", o.Hostile, o.Token)
	}
	if o.Src.Name == "" {
		o.Src.Name = "source"
	}
	if o.Dst.Name == "" {
		o.Dst.Name = "destination"
	}
	return nil
}

// Run sends the burst, waits until every request is handled on Dst (or the
// timeout), and measures. Errors: bad options, RPC failures, a reverted
// request, requests still unhandled at the timeout (the error says how many).
func Run(ctx context.Context, o Options) (*Result, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	res := &Result{Direction: o.Src.Name + "->" + o.Dst.Name, Senders: len(o.Senders), Drain: o.Drain}
	if o.Token != (common.Address{}) {
		res.Token = &o.Token
	}
	ops, err := operatorList(ctx, o.Dst)
	if err != nil {
		return nil, err
	}
	k, err := valueThreshold(ctx, o.Dst)
	if err != nil {
		return nil, err
	}
	res.Operators, res.Threshold = len(ops), int(k)
	if o.Hostile > 0 {
		if o.hostileTo == ([2]common.Address{}) {
			if o.hostileTo, err = hostileTargets(ctx, o.Dst, o.Senders[0]); err != nil {
				return nil, err
			}
			o.logf("%s: hostile recipients: reverting %s, gas burner %s", o.Dst.Name, o.hostileTo[0], o.hostileTo[1])
		}
		res.Hostile = &Hostile{}
	}

	sent, err := Send(ctx, o)
	if err != nil {
		return nil, err
	}
	res.Sent = *sent
	readyAt := time.Now()
	if o.Drain {
		low, err := lowerHandleNonce(ctx, o.Dst)
		if err != nil {
			return nil, err
		}
		if low > sent.FirstNonce {
			res.HandledDuringSend = int(min(low, sent.LastNonce+1) - sent.FirstNonce)
		}
	}
	if o.Ready != nil {
		o.Ready(sent)
	}
	if err := waitHandled(ctx, o, sent); err != nil {
		return nil, err
	}
	if o.Hostile > 0 {
		if err := waitRefundsHome(ctx, o, sent); err != nil {
			return nil, err
		}
	}
	doneAt := time.Now()
	res.WallSeconds = doneAt.Sub(sent.start).Seconds()
	if o.Drain {
		res.DrainWallSeconds = doneAt.Sub(readyAt).Seconds()
	}
	if err := measure(ctx, o, sent, ops, res); err != nil {
		return nil, err
	}
	return res, nil
}

// Send sends o.Count requestNativeTransfer calls (value o.Value plus the
// source bridge's nativeFee as msg.value) from o.Senders in parallel and
// waits until all are included. Errors: RPC failures, a reverted request,
// receipts missing at the context deadline.
func Send(ctx context.Context, o Options) (*Sent, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	src := o.Src
	chainID, err := src.Client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("bench: %s chain id: %w", src.Name, err)
	}
	fee, err := nativeFee(ctx, src)
	if err != nil {
		return nil, err
	}
	dstHead, err := o.Dst.Client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("bench: %s head: %w", o.Dst.Name, err)
	}
	head, err := src.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("bench: %s head: %w", src.Name, err)
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = big.NewInt(1_000_000_000)
	}
	tip := big.NewInt(1_000_000_000)
	// Room for the base fee to climb while the burst fills blocks.
	feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(8)), tip)
	signer := types.LatestSignerForChainID(chainID)
	msgValue := new(big.Int).Add(o.Value, fee)
	var tokenFee *big.Int // with o.Token: the erc20Fee, in token units
	if o.Token != (common.Address{}) {
		txo := txOptions{chainID: chainID, signer: signer, tip: tip, feeCap: feeCap}
		if tokenFee, err = prepareERC20(ctx, o, txo); err != nil {
			return nil, err
		}
		msgValue = new(big.Int)
	}

	s := &Sent{Count: o.Count, DstStartBlock: dstHead, start: time.Now(), requests: map[uint64]*request{}}
	nSenders := min(len(o.Senders), o.Count)
	hashes := make([][]common.Hash, nSenders)
	var hostileTxs sync.Map // tx hash -> true for the hostile requests
	errs := make([]error, nSenders)
	var wg sync.WaitGroup
	var sentCount atomic.Int64
	for w := 0; w < nSenders; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			key := o.Senders[w]
			from := crypto.PubkeyToAddress(key.PublicKey)
			to := o.Recipient
			if to == (common.Address{}) {
				to = from
			}
			data := bridgeABI.PackRequestNativeTransfer(to, o.Value, []byte{})
			method := "requestNativeTransfer"
			if tokenFee != nil {
				data, method = bridgeABI.PackRequestERC20Transfer(o.Token, to, o.Value, tokenFee, []byte{}), "requestERC20Transfer"
			}
			hostileData := [2][]byte{bridgeABI.PackRequestNativeTransfer(o.hostileTo[0], o.Value, []byte{}),
				bridgeABI.PackRequestNativeTransfer(o.hostileTo[1], o.Value, []byte{})}
			nonce, err := src.Client.PendingNonceAt(ctx, from)
			if err != nil {
				errs[w] = fmt.Errorf("bench: %s nonce of %s: %w", src.Name, from, err)
				return
			}
			gas, err := src.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &src.Bridge, Value: msgValue, Data: data})
			if err != nil {
				if rd, ok := bindings.RevertData(err); ok {
					err = errors.New(bindings.DecodeRevert(rd))
				}
				errs[w] = fmt.Errorf("bench: %s %s from %s would fail: %w", src.Name, method, from, err)
				return
			}
			gas = gas * 3 / 2
			for i := w; i < o.Count; i += nSenders {
				d := data
				hostile, target := hostileIndex(i, o.Count, o.Hostile)
				if hostile {
					d = hostileData[target]
				}
				tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
					ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
					To: &src.Bridge, Value: msgValue, Data: d,
				})
				if err != nil {
					errs[w] = err
					return
				}
				if err := src.Client.SendTransaction(ctx, tx); err != nil {
					errs[w] = fmt.Errorf("bench: %s send request %d from %s (nonce %d): %w", src.Name, i, from, nonce, err)
					return
				}
				hashes[w] = append(hashes[w], tx.Hash())
				if hostile {
					hostileTxs.Store(tx.Hash(), true)
				}
				nonce++
				o.statusf("%s: sent %d/%d", src.Name, sentCount.Add(1), o.Count)
			}
		}(w)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	o.logf("%s: %d requests sent in %.1fs; waiting for receipts", src.Name, o.Count, time.Since(s.start).Seconds())

	// Receipts: each sender's txs are mined in nonce order, so wait for each
	// sender's last tx first, then read every receipt once.
	for w, hs := range hashes {
		if len(hs) == 0 {
			continue
		}
		if _, err := chain.WaitReceipt(ctx, src.Client, hs[len(hs)-1], 250*time.Millisecond); err != nil {
			return nil, fmt.Errorf("bench: %s: sender %d's last request not included: %w", src.Name, w, err)
		}
	}
	reqTopic := eventID("RequestValueTransfer")
	for _, hs := range hashes {
		for _, h := range hs {
			r, err := src.Client.TransactionReceipt(ctx, h)
			if err != nil {
				return nil, fmt.Errorf("bench: %s receipt %s: %w", src.Name, h, err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("bench: %s request tx %s reverted (block %d)", src.Name, h, r.BlockNumber.Uint64())
			}
			found := false
			for _, l := range r.Logs {
				if l.Address != src.Bridge || len(l.Topics) == 0 || l.Topics[0] != reqTopic {
					continue
				}
				ev, err := bridgeABI.UnpackRequestValueTransferEvent(l)
				if err != nil {
					return nil, fmt.Errorf("bench: %s decode request log of %s: %w", src.Name, h, err)
				}
				_, hostile := hostileTxs.Load(h)
				s.requests[ev.RequestNonce] = &request{nonce: ev.RequestNonce, block: l.BlockNumber, tx: h, hostile: hostile}
				found = true
			}
			if !found {
				return nil, fmt.Errorf("bench: %s request tx %s has no RequestValueTransfer event", src.Name, h)
			}
		}
	}
	s.SendSeconds = time.Since(s.start).Seconds()
	first := true
	for n, r := range s.requests {
		if first || n < s.FirstNonce {
			s.FirstNonce = n
		}
		if first || n > s.LastNonce {
			s.LastNonce = n
		}
		if first || r.block < s.FirstBlock {
			s.FirstBlock = r.block
		}
		if first || r.block > s.LastBlock {
			s.LastBlock = r.block
		}
		first = false
	}
	if s.DstReadyBlock, err = o.Dst.Client.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("bench: %s head: %w", o.Dst.Name, err)
	}
	o.logf("%s: %d requests included (nonces %d-%d, blocks %d-%d) %.1fs after the first send",
		src.Name, o.Count, s.FirstNonce, s.LastNonce, s.FirstBlock, s.LastBlock, s.SendSeconds)
	return s, nil
}

// waitHandled polls the destination bridge's lowerHandleNonce until it is
// past the burst's last nonce.
func waitHandled(ctx context.Context, o Options, s *Sent) error {
	lastLog := time.Now()
	for {
		low, err := lowerHandleNonce(ctx, o.Dst)
		if err == nil {
			o.statusf("%s: %d/%d handled (lowerHandleNonce %d of %d)", o.Dst.Name, max(0, int64(low)-int64(s.FirstNonce)), s.Count, low, s.LastNonce+1)
		}
		if err == nil && low > s.LastNonce {
			return nil
		}
		if time.Since(lastLog) > 10*time.Second {
			o.logf("%s: lowerHandleNonce %d, waiting for %d", o.Dst.Name, low, s.LastNonce+1)
			lastLog = time.Now()
		}
		select {
		case <-ctx.Done():
			left := s.LastNonce + 1 - max(low, s.FirstNonce)
			return fmt.Errorf("bench: %s: %d of %d requests not handled (lowerHandleNonce %d, last nonce %d, last error %v): %w",
				o.Dst.Name, left, s.Count, low, s.LastNonce, err, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// headers caches block timestamps of one chain.
type headers struct {
	c     Chain
	times map[uint64]uint64
}

func (h *headers) time(ctx context.Context, n uint64) (uint64, error) {
	if t, ok := h.times[n]; ok {
		return t, nil
	}
	hdr, err := h.c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, fmt.Errorf("bench: %s header %d: %w", h.c.Name, n, err)
	}
	h.times[n] = hdr.Time
	return hdr.Time, nil
}

// measure reads the handles, block times and operator txs on Dst and fills res.
func measure(ctx context.Context, o Options, s *Sent, ops []common.Address, res *Result) error {
	dst := o.Dst
	end, err := dst.Client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("bench: %s head: %w", dst.Name, err)
	}
	res.EndBlock = end
	from := s.DstStartBlock + 1
	logs, err := dst.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end),
		Addresses: []common.Address{dst.Bridge},
		Topics:    [][]common.Hash{{eventID("HandleValueTransfer"), eventID("HandleVote"), eventID("HandleSkipped"), eventID("HandleFailed"), eventID("HandleRefunded"), eventID("RefundVote")}},
	})
	if err != nil {
		return fmt.Errorf("bench: %s handle logs %d-%d: %w", dst.Name, from, end, err)
	}
	handleBlock := map[uint64]uint64{}
	refundBlock := map[uint64]uint64{}
	for i := range logs {
		l := &logs[i]
		switch l.Topics[0] {
		case eventID("HandleValueTransfer"):
			ev, err := bridgeABI.UnpackHandleValueTransferEvent(l)
			if err != nil {
				return fmt.Errorf("bench: %s decode handle log: %w", dst.Name, err)
			}
			if _, ours := s.requests[ev.HandleNonce]; ours {
				if _, dup := handleBlock[ev.HandleNonce]; dup {
					return fmt.Errorf("bench: %s: nonce %d handled twice", dst.Name, ev.HandleNonce)
				}
				handleBlock[ev.HandleNonce] = l.BlockNumber
			}
		case eventID("HandleVote"):
			res.Gas.Votes++
		case eventID("HandleSkipped"):
			res.Gas.Skipped++
		case eventID("HandleFailed"):
			res.Gas.Failed++
		case eventID("HandleRefunded"):
			if ev, err := bridgeABI.UnpackHandleRefundedEvent(l); err == nil {
				refundBlock[ev.HandleNonce] = l.BlockNumber
			}
		}
	}
	res.Handled = len(handleBlock)
	honest := 0
	for _, r := range s.requests {
		if !r.hostile {
			honest++
		} else if _, paid := handleBlock[r.nonce]; paid {
			return fmt.Errorf("bench: %s: hostile request %d was paid out", dst.Name, r.nonce)
		}
	}
	if res.Handled != honest {
		return fmt.Errorf("bench: %s: %d of %d honest requests have a HandleValueTransfer event in blocks %d-%d", dst.Name, res.Handled, honest, from, end)
	}

	// Destination block times over the whole range (for "head at time t").
	dstTimes := make([]uint64, 0, end-s.DstStartBlock+1)
	dh := &headers{c: dst, times: map[uint64]uint64{}}
	for n := s.DstStartBlock; n <= end; n++ {
		t, err := dh.time(ctx, n)
		if err != nil {
			return err
		}
		dstTimes = append(dstTimes, t)
	}
	headAt := func(t uint64) uint64 {
		i := sort.Search(len(dstTimes), func(i int) bool { return dstTimes[i] > t })
		if i == 0 {
			return s.DstStartBlock
		}
		return s.DstStartBlock + uint64(i-1)
	}
	sh := &headers{c: o.Src, times: map[uint64]uint64{}}
	var secs, blocks, refundSecs []float64
	var firstReqT, lastReqT, lastHandleT uint64
	var lastHandleBlock uint64
	first := true
	for n, r := range s.requests {
		rt, err := sh.time(ctx, r.block)
		if err != nil {
			return err
		}
		if r.hostile {
			if rb, ok := refundBlock[n]; ok && rb >= s.DstStartBlock {
				refundSecs = append(refundSecs, float64(dstTimes[rb-s.DstStartBlock])-float64(rt))
			}
			continue
		}
		hb := handleBlock[n]
		ht := dstTimes[hb-s.DstStartBlock]
		secs = append(secs, float64(ht)-float64(rt))
		blocks = append(blocks, float64(hb)-float64(headAt(rt)))
		if first || rt < firstReqT {
			firstReqT = rt
		}
		if first || rt > lastReqT {
			lastReqT = rt
		}
		if first || ht > lastHandleT {
			lastHandleT = ht
		}
		lastHandleBlock = max(lastHandleBlock, hb)
		first = false
	}
	res.LatencySeconds, res.LatencyBlocks = stats(secs), stats(blocks)
	res.SpanSeconds = float64(lastHandleT) - float64(firstReqT)
	res.RequestSpanSeconds = float64(lastReqT) - float64(firstReqT)
	if res.SpanSeconds > 0 {
		res.TransfersPerSecond = float64(honest) / res.SpanSeconds
	}

	// Operator txs to the destination bridge.
	chainID, err := dst.Client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("bench: %s chain id: %w", dst.Name, err)
	}
	signer := types.LatestSignerForChainID(chainID)
	isOp := map[common.Address]bool{}
	for _, a := range ops {
		isOp[a] = true
	}
	batchMethod := bridgeABI.GetABI().Methods["handleBatch"]
	signedMethod := bridgeABI.GetABI().Methods["handleSignedBatch"]
	var firstOpBlock uint64
	for n := from; n <= end; n++ {
		blk, err := dst.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("bench: %s block %d: %w", dst.Name, n, err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != dst.Bridge {
				continue
			}
			sender, err := types.Sender(signer, tx)
			if err != nil || !isOp[sender] {
				continue
			}
			rc, err := dst.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return fmt.Errorf("bench: %s receipt %s: %w", dst.Name, tx.Hash(), err)
			}
			if o.Drain && n > s.DstReadyBlock && firstOpBlock == 0 {
				firstOpBlock = n
			}
			g := &res.Gas
			g.OperatorTxs++
			g.Gas += rc.GasUsed
			refund := res.Hostile != nil && res.Hostile.account(s, tx, rc)
			if rc.Status != types.ReceiptStatusSuccessful {
				g.Reverted++
				g.RevertedGas += rc.GasUsed
				continue
			}
			if refund {
				continue // a refund vote: not a handle vote
			}
			data := tx.Data()
			if len(data) >= 4 && common.Bytes2Hex(data[:4]) == common.Bytes2Hex(batchMethod.ID) {
				g.BatchTxs++
				g.BatchGas += rc.GasUsed
				if vals, err := batchMethod.Inputs.Unpack(data[4:]); err == nil && len(vals) == 1 {
					g.BatchVotes += reflect.ValueOf(vals[0]).Len()
				}
			} else if len(data) >= 4 && common.Bytes2Hex(data[:4]) == common.Bytes2Hex(signedMethod.ID) {
				g.SignedTxs++
				g.SignedGas += rc.GasUsed
				if vals, err := signedMethod.Inputs.Unpack(data[4:]); err == nil && len(vals) == 3 {
					g.SignedEntries += reflect.ValueOf(vals[1]).Len()
				}
			} else {
				g.SingleTxs++
				g.SingleGas += rc.GasUsed
			}
		}
	}
	g := &res.Gas
	g.PerTransfer = float64(g.Gas) / float64(s.Count)
	if g.SingleTxs > 0 {
		g.PerSingleVote = float64(g.SingleGas) / float64(g.SingleTxs)
	}
	if g.BatchVotes > 0 {
		g.PerBatchedVote = float64(g.BatchGas) / float64(g.BatchVotes)
	}
	if g.SignedEntries > 0 {
		g.PerSignedEntry = float64(g.SignedGas) / float64(g.SignedEntries)
	}
	if res.Hostile != nil {
		entry := g.PerBatchedVote
		if entry == 0 {
			entry = g.PerSingleVote
		}
		res.Hostile.finish(s, logs, res.Threshold, entry, refundSecs)
		g.PerTransfer = float64(g.Gas-res.Hostile.Gas) / float64(max(honest, 1)) // the honest transfers' share
	}
	if o.Drain && firstOpBlock > 0 {
		ft, err := dh.time(ctx, firstOpBlock)
		if err != nil {
			return err
		}
		res.DrainSeconds = float64(lastHandleT) - float64(ft)
		res.DrainBlocks = lastHandleBlock - firstOpBlock + 1
	}
	return nil
}

// stats computes nearest-rank percentiles, mean and max.
func stats(v []float64) Stats {
	if len(v) == 0 {
		return Stats{}
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	rank := func(p float64) float64 {
		k := int(p/100*float64(len(s))+0.999999) - 1
		return s[max(0, min(k, len(s)-1))]
	}
	sum := 0.0
	for _, x := range s {
		sum += x
	}
	return Stats{P50: rank(50), P95: rank(95), P99: rank(99), Max: s[len(s)-1], Mean: sum / float64(len(s))}
}
