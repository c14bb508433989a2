package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrLogRangeTooLarge is wrapped by the error FilterLogs returns when the
// endpoint refused the query's block range as too large: "query returned
// more than 10000 results" (-32005, Infura and most providers), go-ethereum's
// "exceed maximum block range" (-32602, --rpc.logquerylimit style limits)
// and similar provider answers, or a response above Config.MaxResponseBytes.
// It is the endpoint's answer about this query, not a transport failure: the
// endpoint stays healthy and the caller asks again for a smaller range
// (FilterLogsRange does).
var ErrLogRangeTooLarge = errors.New("log range too large for the endpoint")

// LogRangeError is an eth_getLogs answer refusing a block range; it wraps
// ErrLogRangeTooLarge.
type LogRangeError struct {
	// From and To are the query's block range (inclusive; 0 when unset).
	From, To uint64
	// Code and Message are the endpoint's JSON-RPC error (0 and the
	// transport error's text for an oversized response).
	Code    int
	Message string
}

func (e *LogRangeError) Error() string {
	return fmt.Sprintf("eth_getLogs blocks %d-%d refused as too large (%d %s)", e.From, e.To, e.Code, e.Message)
}

// Unwrap returns ErrLogRangeTooLarge.
func (e *LogRangeError) Unwrap() error { return ErrLogRangeTooLarge }

// rangeHints are words of a -32602 message that mean the range, not the
// query's form, is the problem (go-ethereum "exceed maximum block range",
// Alchemy "Log response size exceeded ... up to a 2K block range", "block
// range too large", "too many results").
var rangeHints = []string{"range", "too many", "more than", "response size", "results"}

// logRangeError classifies an eth_getLogs error: a *LogRangeError when the
// endpoint refused the range, nil otherwise.
func logRangeError(q ethereum.FilterQuery, err error) *LogRangeError {
	var from, to uint64
	if q.FromBlock != nil && q.FromBlock.IsUint64() {
		from = q.FromBlock.Uint64()
	}
	if q.ToBlock != nil && q.ToBlock.IsUint64() {
		to = q.ToBlock.Uint64()
	}
	if errors.Is(err, ErrResponseTooLarge) {
		return &LogRangeError{From: from, To: to, Message: err.Error()}
	}
	var rerr rpc.Error
	if !errors.As(err, &rerr) {
		return nil
	}
	code, msg := rerr.ErrorCode(), rerr.Error()
	switch code {
	case -32005: // "limit exceeded" (EIP-1474): too many results for eth_getLogs
	case -32602: // invalid params: only when it is about the range
		lower := strings.ToLower(msg)
		hit := false
		for _, h := range rangeHints {
			hit = hit || strings.Contains(lower, h)
		}
		if !hit {
			return nil
		}
	default:
		return nil
	}
	return &LogRangeError{From: from, To: to, Code: code, Message: msg}
}

// Defaults of LogRanger.
const (
	// MaxLogsPerRange is the most logs a range may return before the next
	// range is halved: providers refuse above 10,000 results, and a bounded
	// response keeps a node's memory bounded whatever a chain holds.
	MaxLogsPerRange = 10_000
	// growAfter is how many good answers in a row double the range again
	// (up to the configured maximum).
	growAfter = 4
)

// LogRanger holds the block range eth_getLogs queries of one scan use: it
// starts at the configured maximum, halves when an endpoint refuses a range
// (ErrLogRangeTooLarge) or a range returns more than MaxLogsPerRange logs,
// and doubles again after growAfter good answers in a row, never above the
// maximum. Safe for concurrent use. The zero value is not usable; use
// NewLogRanger.
type LogRanger struct {
	mu   sync.Mutex
	max  uint64
	size uint64
	good int
}

// NewLogRanger returns a ranger whose range starts at, and never exceeds,
// maxBlocks blocks (0 is taken as 1).
func NewLogRanger(maxBlocks uint64) *LogRanger {
	maxBlocks = max(maxBlocks, 1)
	return &LogRanger{max: maxBlocks, size: maxBlocks}
}

// Size is the number of blocks the next query asks for.
func (r *LogRanger) Size() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.size
}

// Max is the configured maximum range, in blocks.
func (r *LogRanger) Max() uint64 { return r.max }

// shrink halves the range after a refused query of tried blocks and returns
// the new size.
func (r *LogRanger) shrink(tried uint64) uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.size = max(min(r.size, tried)/2, 1)
	r.good = 0
	return r.size
}

// answered records a good answer of n logs for tried blocks.
func (r *LogRanger) answered(tried uint64, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n > MaxLogsPerRange {
		r.size = max(min(r.size, tried)/2, 1)
		r.good = 0
		return
	}
	if tried < r.size { // a short range at the head says nothing about the size
		return
	}
	if r.good++; r.good >= growAfter && r.size < r.max {
		r.size, r.good = min(r.size*2, r.max), 0
	}
}

// FilterLogsRange reads the logs of q (its addresses and topics; its block
// range is ignored) from block from on, in one eth_getLogs call of at most
// r.Size() blocks that ends at or before block to. A range the endpoint
// refuses as too large (ErrLogRangeTooLarge) is halved and asked again at
// once, so the call advances as long as one block can be read; the endpoint
// is not marked down for it. It returns the logs and the last block they
// cover (the caller continues from last+1). Errors: from > to, a single
// block still refused (wrapping ErrLogRangeTooLarge), and FilterLogs'
// errors.
func (c *Client) FilterLogsRange(ctx context.Context, q ethereum.FilterQuery, from, to uint64, r *LogRanger) ([]types.Log, uint64, error) {
	if from > to {
		return nil, 0, fmt.Errorf("chain %q: eth_getLogs from block %d to %d: expected from <= to", c.cfg.Name, from, to)
	}
	for {
		size := r.Size()
		end := to
		if to-from >= size {
			end = from + size - 1
		}
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(end)
		logs, err := c.FilterLogs(ctx, q)
		if err == nil {
			r.answered(end-from+1, len(logs))
			return logs, end, nil
		}
		if !errors.Is(err, ErrLogRangeTooLarge) || end == from {
			return nil, 0, err
		}
		next := r.shrink(end - from + 1)
		c.log.Info("eth_getLogs range refused as too large; halving it", "from", from, "to", end, "next_range", next, "err", err)
	}
}
