package bridge

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/duty"
	"github.com/servicechain/servicechain/internal/store"
)

// This file is the vote planner: a pure function from one round's snapshot
// (the open requests, their on-chain status, the operator list, threshold,
// duty and the clock) to the round's actions. It does no I/O; direction.go
// gathers the inputs (RPC calls, store reads) and carries the actions out
// (store writes, sending votes), so every decision is table-tested without a
// chain (plan_test.go).
//
// A round asks the chain in stages, and the planner says what to ask next:
//
//  1. plan with the open requests and lowerHandleNonce: closed (below
//     lowerHandleNonce) and check (the candidates whose handleStatus to read;
//     backups inside their grace and requests this node voted on recently
//     are not asked, so they cost no RPC).
//  2. plan again with the handleStatus answers: confirm lists the requests
//     that want a vote, whose request block must first be re-checked as
//     canonical (reorg safety).
//  3. plan again with the canonical answers: the votes, cut into batches of
//     bridge.batch_size, or skipped while voting is paused or the operator
//     is below its minimum balance.
//
// Every stage takes the same snapshot (memory is a copy taken at the round's
// start), so a stage never sees effects of the previous one.

// planConfig holds the tunables that decide (bridge.toml [bridge]).
type planConfig struct {
	batchSize       int           // votes per transaction (1 = single handle calls)
	recheckInterval time.Duration // how often a request this node already voted on is re-checked
	retryInterval   time.Duration // how often a payout that reached its threshold but failed is retried
	voteGrace       time.Duration // backups vote this long after first seeing a request (0 = all vote at once)
}

// nonceMemory is what this node remembers about one nonce between rounds
// (in memory only; a restart forgets it and the chain answers again).
type nonceMemory struct {
	inflight  bool      // a vote transaction of this node is not mined yet
	lastCheck time.Time // last on-chain check of a request this node voted on
	lastRetry time.Time // last payout retry
}

// statusAnswer is one handleStatus answer (err set when the call failed).
type statusAnswer struct {
	client.HandleStatus
	err error
}

// roundInput is one vote round's snapshot.
type roundInput struct {
	now   time.Time
	me    common.Address // this operator on the destination chain
	lower uint64         // destination lowerHandleNonce
	open  []*store.Request
	// memory per nonce (absent = nothing remembered).
	memory map[uint64]nonceMemory
	// roster is the destination's operator list and value-transfer
	// threshold; nil when unknown (not read, or the read failed): then every
	// node votes and the chain decides.
	roster *duty.Rotation
	// domain is the pair identity the destination binds into vote keys
	// (chain ids and bridges; read before stage 2).
	domain bindings.HandleDomain
	// status holds the handleStatus answers of stage 2 (absent = not asked).
	status map[uint64]statusAnswer
	// canonical holds whether each request's block is still canonical
	// (stage 3; absent = not checked).
	canonical map[uint64]bool
	// paused is the admin pause; funded whether the operator can pay gas.
	paused, funded bool
}

// Skip reasons of servicechain_votes_skipped_total decided by the plan.
const (
	skipAlreadyVoted = "already_voted"
	skipPaused       = "paused"
	skipOutOfFunds   = "out_of_funds"
)

// roundPlan is what a round does.
type roundPlan struct {
	// closed are below lowerHandleNonce: handled (stored in one batch).
	closed []*store.Request
	// oldest is when this node first saw the lowest open nonce at or above
	// lowerHandleNonce (zero when none): the request-age readiness check.
	oldest time.Time
	// check are the candidates whose handleStatus to read.
	check []*store.Request
	// unavailable: the handleStatus call failed; looked at next round.
	unavailable []*store.Request
	// handled: handleStatus says the nonce is handled.
	handled []*store.Request
	// counted: this node's vote for this request counts and the threshold is
	// not reached; mark it voted (re-checked after recheckInterval), no vote.
	counted []*store.Request
	// retryDue: the threshold was reached but the payout did not execute and
	// the retry interval passed: stamp the retry time (the vote follows,
	// once its block is confirmed canonical).
	retryDue []uint64
	// confirm: want a vote; check first that the request block is canonical.
	confirm []*store.Request
	// batches: the votes to send, at most batchSize each, lowest nonce first.
	batches [][]*store.Request
	// skipped votes (wanted and canonical) and why (skipPaused, skipOutOfFunds).
	skipped    int
	skipReason string
}

// needsRoster reports whether stage 1 needs the operator list: some open
// request this node has not voted on is still inside the grace, so its
// duty decides whether to ask the chain about it.
func needsRoster(cfg planConfig, in *roundInput) bool {
	if cfg.voteGrace <= 0 {
		return false
	}
	for _, r := range in.open {
		if r.Nonce >= in.lower && r.State == store.StateSeen && !in.memory[r.Nonce].inflight && in.now.Sub(r.FirstSeen) < cfg.voteGrace {
			return true
		}
	}
	return false
}

// onDuty tells whether this operator should look at (and vote on) the seen
// request r now: duty.Rotation slot r.Nonce over the destination's operators
// designates threshold voters, so with every node healthy exactly threshold
// votes are cast per transfer and no gas is spent on late votes; the others
// are backups and vote once the nonce is still open voteGrace after they
// first saw the request (a designated node is down or slow). Without a known
// operator list, or when this node is not in it, it votes (the chain then
// decides).
func onDuty(cfg planConfig, in *roundInput, r *store.Request) bool {
	if cfg.voteGrace <= 0 || in.now.Sub(r.FirstSeen) >= cfg.voteGrace || in.roster == nil {
		return true
	}
	return in.roster.IsDesignated(r.Nonce, in.me)
}

// plan decides one round from its snapshot. It is pure: the same input gives
// the same plan, and nothing in the input is modified.
func plan(cfg planConfig, in *roundInput) roundPlan {
	var p roundPlan
	for _, r := range in.open {
		if r.Nonce < in.lower {
			p.closed = append(p.closed, r)
			continue
		}
		if p.oldest.IsZero() {
			p.oldest = r.FirstSeen
		}
		m := in.memory[r.Nonce]
		if m.inflight || (r.State == store.StateVoted && in.now.Sub(m.lastCheck) < cfg.recheckInterval) {
			continue // a vote on its way, or looked at recently
		}
		if r.State == store.StateSeen && !onDuty(cfg, in, r) {
			continue // a backup for this nonce: wait for the designated operators (no RPC until then)
		}
		p.check = append(p.check, r)
	}
	var votes []*store.Request
	for _, r := range p.check {
		s, asked := in.status[r.Nonce]
		if !asked {
			continue
		}
		if s.err != nil {
			p.unavailable = append(p.unavailable, r)
			continue
		}
		mine := voteKey(in.domain, s.Epoch, r)
		switch {
		case s.Handled:
			p.handled = append(p.handled, r)
			continue
		case s.Voted && s.VotedKey == mine && s.VotesForKey < s.Threshold:
			p.counted = append(p.counted, r)
			continue
		case s.Voted && s.VotedKey == mine:
			// The threshold was reached but the payout did not execute (it
			// failed, or the threshold was lowered after the votes): casting
			// the same vote again retries the payout (ChainBridge issue 575).
			// Retry at a bounded rate.
			if in.now.Sub(in.memory[r.Nonce].lastRetry) < cfg.retryInterval {
				continue
			}
			p.retryDue = append(p.retryDue, r.Nonce)
		}
		p.confirm = append(p.confirm, r)
		if in.canonical[r.Nonce] {
			votes = append(votes, r)
		}
	}
	switch {
	case len(votes) == 0:
	case in.paused:
		p.skipped, p.skipReason = len(votes), skipPaused
	case !in.funded:
		p.skipped, p.skipReason = len(votes), skipOutOfFunds
	default:
		size := max(cfg.batchSize, 1)
		for start := 0; start < len(votes); start += size {
			p.batches = append(p.batches, votes[start:min(start+size, len(votes))])
		}
	}
	return p
}
