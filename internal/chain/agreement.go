package chain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Endpoint agreement (issue 13, finding 5: one lying RPC provider must not be
// able to make an honest node vote for a request that never happened). A
// caller that is about to act on something an endpoint said (the bridge,
// before it votes for a request) asks AgreedReceipt: every usable endpoint is
// asked for the transaction's receipt, and the answer counts only when at
// least Config.MinEndpointAgreement endpoints returned the same receipt (same
// block hash and number, status and logs) or agree that there is none.
// Differing answers are a disagreement: counted (Disagreements, exported by
// the host as servicechain_endpoint_disagreements_total{chain}), logged with
// every endpoint's answer, and after DisagreementLimit of them within
// DisagreementWindow the chain is not ready (NotReady).

// Defaults of the agreement settings.
const (
	// DefaultDisagreementLimit is Config.DisagreementLimit when 0.
	DefaultDisagreementLimit = 3
	// DefaultDisagreementWindow is Config.DisagreementWindow when 0.
	DefaultDisagreementWindow = 10 * time.Minute
)

// ErrNoAgreement is returned (wrapped, with the answers) by AgreedReceipt when
// fewer than MinEndpointAgreement endpoints gave the same answer: too few
// endpoints are usable, or they disagree.
var ErrNoAgreement = errors.New("endpoints do not agree")

// MinAgreement returns the effective MinEndpointAgreement: the configured
// value, or when 0, 2 with two or more endpoints and 1 with one.
func (c *Client) MinAgreement() int { return c.cfg.MinEndpointAgreement }

// Disagreements returns how many AgreedReceipt checks since New saw
// endpoints give different answers.
func (c *Client) Disagreements() uint64 {
	c.agree.mu.Lock()
	defer c.agree.mu.Unlock()
	return c.agree.total
}

// NotReady returns why the chain's endpoints cannot be trusted now: at least
// DisagreementLimit disagreements within the last DisagreementWindow. Empty
// means no such reason (see Healthy for reachability).
func (c *Client) NotReady() []string {
	c.agree.mu.Lock()
	defer c.agree.mu.Unlock()
	n := c.agree.recent(time.Now(), c.cfg.DisagreementWindow)
	if n < c.cfg.DisagreementLimit {
		return nil
	}
	return []string{fmt.Sprintf("%s endpoints disagree: %d differing answers in the last %s (limit %d); see the log for the answers",
		c.cfg.Name, n, c.cfg.DisagreementWindow, c.cfg.DisagreementLimit)}
}

// agreementState counts disagreements and rate-limits their log lines.
type agreementState struct {
	mu     sync.Mutex
	total  uint64
	times  []time.Time         // of recent disagreements, oldest first
	logged map[string]loggedAt // the question (a tx hash, a block) -> what was last logged about it
}

type loggedAt struct {
	answers string
	at      time.Time
}

// maxDisagreementTimes bounds agreementState.times.
const maxDisagreementTimes = 1024

// disagreementRelog is how often an unchanged disagreement about one
// transaction is logged again.
const disagreementRelog = 30 * time.Second

func (a *agreementState) recent(now time.Time, window time.Duration) int {
	n := 0
	for _, t := range a.times {
		if now.Sub(t) <= window {
			n++
		}
	}
	return n
}

// note records one disagreement and reports whether it should be logged.
func (a *agreementState) note(now time.Time, key, answers string, window time.Duration) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.total++
	a.times = append(a.times, now)
	for len(a.times) > 0 && (now.Sub(a.times[0]) > window || len(a.times) > maxDisagreementTimes) {
		a.times = a.times[1:]
	}
	if a.logged == nil || len(a.logged) > maxDisagreementTimes {
		a.logged = map[string]loggedAt{}
	}
	last, ok := a.logged[key]
	if ok && last.answers == answers && now.Sub(last.at) < disagreementRelog {
		return false
	}
	a.logged[key] = loggedAt{answers: answers, at: now}
	return true
}

// receiptAnswer is one endpoint's answer to eth_getTransactionReceipt.
type receiptAnswer struct {
	ep      *endpoint
	receipt *types.Receipt // nil with notFound or err
	found   bool
	err     error       // transport or other error: the endpoint did not answer
	key     common.Hash // ReceiptFingerprint, or the zero hash for "not found"
}

func (a receiptAnswer) answered() bool           { return a.err == nil }
func (a receiptAnswer) exists() bool             { return a.found }
func (a receiptAnswer) fingerprint() common.Hash { return a.key }

func (a receiptAnswer) String() string {
	switch {
	case a.err != nil:
		return fmt.Sprintf("%s: no answer (%v)", a.ep.shown, a.err)
	case !a.found:
		return fmt.Sprintf("%s: no such receipt", a.ep.shown)
	}
	r := a.receipt
	return fmt.Sprintf("%s: block %d %s, status %d, %d logs (fingerprint %s)", a.ep.shown, r.BlockNumber, r.BlockHash.Hex(), r.Status, len(r.Logs), a.key.Hex()[:10])
}

// ReceiptFingerprint is what AgreedReceipt compares between endpoints: a hash
// of the receipt's transaction hash, block hash and number, status, and every
// log's address, topics, data and index. Fields that differ between honest
// clients of the same chain (gas price fields, the receipt type's encoding)
// are left out.
func ReceiptFingerprint(r *types.Receipt) common.Hash {
	h := crypto.NewKeccakState()
	var n [8]byte
	h.Write(r.TxHash[:])
	h.Write(r.BlockHash[:])
	if r.BlockNumber != nil {
		h.Write(r.BlockNumber.Bytes())
	}
	binary.BigEndian.PutUint64(n[:], r.Status)
	h.Write(n[:])
	for _, l := range r.Logs {
		if l == nil {
			continue
		}
		h.Write(l.Address[:])
		binary.BigEndian.PutUint64(n[:], uint64(len(l.Topics)))
		h.Write(n[:])
		for _, t := range l.Topics {
			h.Write(t[:])
		}
		binary.BigEndian.PutUint64(n[:], uint64(len(l.Data)))
		h.Write(n[:])
		h.Write(l.Data)
		binary.BigEndian.PutUint64(n[:], uint64(l.Index))
		h.Write(n[:])
	}
	var out common.Hash
	h.Read(out[:])
	return out
}

// AgreedReceipt returns the receipt of txHash as at least MinAgreement
// endpoints return it, asking every usable endpoint whose head has reached
// atLeastBlock (the block the caller saw the transaction in; an endpoint
// whose polled head is below it has its head read again first, and one still
// not there cannot know it and is not asked). With one endpoint and
// MinEndpointAgreement 1 this is TransactionReceipt.
//
// Results: the agreed receipt; an error wrapping ethereum.NotFound when
// enough endpoints agree that there is no such receipt (the transaction is
// not in their canonical chain: it vanished in a reorg, or never existed);
// an error wrapping ErrNoAgreement (with every answer) when too few
// endpoints answered alike or two answers each have enough support; ErrClosed
// after Close. Differing answers count as a disagreement (see Disagreements,
// NotReady) and are logged at warn level with every endpoint's answer.
func (c *Client) AgreedReceipt(ctx context.Context, txHash common.Hash, atLeastBlock uint64) (*types.Receipt, error) {
	a, err := agreeOn(ctx, c, "receipt of "+txHash.Hex(), atLeastBlock, func(ctx context.Context, e *endpoint) receiptAnswer {
		return c.askReceipt(ctx, e, txHash)
	})
	return a.receipt, err
}

// answer is one endpoint's answer to one agreement question (receiptAnswer,
// blockReceiptsAnswer).
type answer interface {
	fmt.Stringer
	answered() bool           // false: the endpoint gave no answer (transport, timeout)
	exists() bool             // the thing asked about exists (false: the endpoint says there is none)
	fingerprint() common.Hash // what must be equal for two answers to agree (zero for "none")
}

// agreeOn asks every usable endpoint whose head has reached atLeastBlock
// (reached: lagging polled heads are read again) the question what (ask,
// concurrently) and returns the answer at least MinEndpointAgreement of them
// gave alike. Differing answers are a disagreement (counted, logged
// rate-limited per question). Errors: ErrClosed;
// ErrNoAgreement when too few endpoints are at atLeastBlock or no single answer
// has enough support; ethereum.NotFound when enough agree there is none; the
// context's error.
func agreeOn[A answer](ctx context.Context, c *Client, what string, atLeastBlock uint64, ask func(context.Context, *endpoint) A) (A, error) {
	var none A
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return none, fmt.Errorf("chain %q: %s: %w", c.cfg.Name, what, ErrClosed)
	}
	eps := c.reached(ctx, atLeastBlock)
	need := c.cfg.MinEndpointAgreement
	if len(eps) < need {
		return none, fmt.Errorf("chain %q: %s: %w: %d of %d endpoints usable at block %d, %d must agree",
			c.cfg.Name, what, ErrNoAgreement, len(eps), len(c.eps), atLeastBlock, need)
	}
	answers := make([]A, len(eps))
	var wg sync.WaitGroup
	for i, e := range eps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = ask(ctx, e)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return none, err
	}

	groups := map[common.Hash][]int{}
	var order []common.Hash
	for i, a := range answers {
		if !a.answered() {
			continue
		}
		fp := a.fingerprint()
		if _, ok := groups[fp]; !ok {
			order = append(order, fp)
		}
		groups[fp] = append(groups[fp], i)
	}
	var winners []common.Hash
	for _, k := range order {
		if len(groups[k]) >= need {
			winners = append(winners, k)
		}
	}
	describe := func() string { // every endpoint's answer (only when they differ or fall short)
		parts := make([]string, len(answers))
		for i, a := range answers {
			parts[i] = a.String()
		}
		return strings.Join(parts, "; ")
	}
	if len(groups) > 1 {
		if text := describe(); c.agree.note(time.Now(), what, text, c.cfg.DisagreementWindow) {
			c.log.Warn("endpoints disagree; not acting on their answers", "about", what, "answers", text)
		}
	}
	if len(winners) != 1 {
		return none, fmt.Errorf("chain %q: %s: %w (%d must agree): %s", c.cfg.Name, what, ErrNoAgreement, need, describe())
	}
	a := answers[groups[winners[0]][0]]
	if !a.exists() {
		return none, fmt.Errorf("chain %q: %s: %w (%d endpoints agree)", c.cfg.Name, what, ethereum.NotFound, len(groups[winners[0]]))
	}
	return a, nil
}

// reached returns, in configured order, the usable endpoints whose head is
// at least block. An endpoint whose last polled head is below block has its
// head read again first (refreshHead, concurrently, within
// headRefreshTimeout): the caller saw block on some endpoint, and the others
// are usually there too, only polled up to PollInterval ago. Without it a
// request sealed just after a poll waited for the next one (about half a
// second on average with the 1 s default; issue 14's latency).
func (c *Client) reached(ctx context.Context, block uint64) []*endpoint {
	eps := c.usable()
	ok := make([]bool, len(eps))
	var wg sync.WaitGroup
	for i, e := range eps {
		e.mu.Lock()
		head := e.head
		e.mu.Unlock()
		if head >= block {
			ok[i] = true
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok[i] = c.refreshHead(ctx, e) >= block
		}()
	}
	wg.Wait()
	var out []*endpoint
	for i, e := range eps {
		if ok[i] {
			out = append(out, e)
		}
	}
	return out
}

// headRefreshTimeout bounds reached's read of a lagging endpoint's head: an
// endpoint that stopped answering delays an agreement by at most this, not
// by CallTimeout, and its own poller marks it down.
const headRefreshTimeout = 500 * time.Millisecond

// refreshHead reads e's head now (within headRefreshTimeout) and records it,
// returning it; 0 when the call fails (the poller judges the endpoint).
// Callers that ask while a read of e is under way share its answer
// (Client.headReads), so a round confirming many blocks at once costs one
// eth_blockNumber per lagging endpoint, not one per block.
func (c *Client) refreshHead(ctx context.Context, e *endpoint) uint64 {
	v, _, _ := c.headReads.Do(strconv.Itoa(e.index), func() (any, error) {
		ec := e.client()
		if ec == nil {
			return uint64(0), nil
		}
		cctx, cancel := context.WithTimeout(ctx, min(c.cfg.CallTimeout, headRefreshTimeout))
		head, err := ec.BlockNumber(cctx)
		cancel()
		if err != nil {
			return uint64(0), nil
		}
		c.setUp(e, head)
		return head, nil
	})
	return v.(uint64)
}

// askReceipt asks one endpoint; a transport failure marks it down.
func (c *Client) askReceipt(ctx context.Context, e *endpoint, txHash common.Hash) receiptAnswer {
	ec := e.client()
	if ec == nil {
		return receiptAnswer{ep: e, err: errors.New("not connected")}
	}
	cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	r, err := ec.TransactionReceipt(cctx, txHash)
	cancel()
	switch {
	case errors.Is(err, ethereum.NotFound) || (err == nil && r == nil):
		return receiptAnswer{ep: e}
	case err != nil:
		if ctx.Err() == nil && isTransportError(err) {
			c.setDown(e, fmt.Errorf("eth_getTransactionReceipt: %w", err))
		}
		return receiptAnswer{ep: e, err: c.scrub.Error(err)}
	}
	if r.TxHash == (common.Hash{}) {
		r.TxHash = txHash // an answer about another transaction keeps its hash, and so differs
	}
	return receiptAnswer{ep: e, receipt: r, found: true, key: ReceiptFingerprint(r)}
}
