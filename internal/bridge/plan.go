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
//     bridge.batch_size that fit one transaction (batchLimits: the 128 KiB
//     size limit, the EIP-7825 gas cap), or skipped while voting is paused or
//     the operator is below its minimum balance.
//
// Failed payouts (backoff.go) go through the same stages: a request whose
// payout reached its threshold and failed is left out of the candidates
// until its next try is due; then one designated operator re-casts its vote
// (a retry), or, once refund_after has passed or the failure can never heal,
// the designated operators vote to refund it.
//
// Every stage takes the same snapshot (memory is a copy taken at the round's
// start), so a stage never sees effects of the previous one.

// planConfig holds the tunables that decide (bridge.toml [bridge]).
type planConfig struct {
	batchSize       int           // votes per transaction (1 = single calls); see limits
	limits          batchLimits   // what one vote transaction may hold (entries: batchSize)
	recheckInterval time.Duration // how often a request this node already voted on is re-checked
	retry           backoff       // failed payouts: first retry after the poll interval, doubling to retry_backoff_cap
	refundAfter     time.Duration // refund a payout that has failed this long (0 = never automatically)
	voteGrace       time.Duration // backups vote this long after first seeing a request (0 = all vote at once)
	// attest: signature-aggregated handles are on (attestation.enabled,
	// issue 14): backups inside their grace are checked too, so they sign
	// (signOnly), and the designated operators' votes go through the
	// signature path first (attestation.go).
	attest bool
}

// batchLimitsOf is cfg.limits with the entry count of batchSize (a zero
// limits value, as in table tests, takes the defaults).
func (cfg planConfig) batchLimitsOf() batchLimits {
	l := cfg.limits
	if l.calldata == 0 {
		l = defaultLimits(cfg.batchSize, 0)
	}
	l.entries = min(max(cfg.batchSize, 1), maxBatchEntries)
	return l
}

// nonceMemory is what this node remembers about one nonce between rounds
// (in memory; the failure fields are also kept in the store, see
// store.Request.Failures).
type nonceMemory struct {
	inflight  bool      // a vote transaction of this node is not mined yet
	lastCheck time.Time // last on-chain check of a request this node voted on
	// attestIdle (attest only): until then the signature path needs nothing
	// of this seen request from the chain: this node signed it and waits for
	// its takeover, or is a backup inside its vote grace (attestation.go). Its
	// handle, if any, is learnt from the destination's events (handledscan.go).
	attestIdle time.Time

	// Failed payouts: tries 0 means none is known.
	tries       int       // payout tries counted, the failure that started it included
	firstFailed time.Time // when this node first learnt the payout failed
	nextTry     time.Time // when the next try is due
	permanent   bool      // the reason can never heal (permanentFailure): refund at once
	forced      time.Time // an operator asked this node to refund (bridge_refund) at this time
	noRefund    bool      // the chain refused a refund of this request (InvalidHandleCall)
}

// failing reports whether the nonce's payout is known to have failed (or an
// operator asked for its refund).
func (m nonceMemory) failing() bool { return m.tries > 0 || !m.forced.IsZero() }

// statusAnswer is one handleStatus answer (err set when the call failed).
type statusAnswer struct {
	client.HandleStatus
	// keyVotes is handleVotes(nonce, this node's key), read when this node
	// has not voted and the grace has passed (-1 or 0: not read): at the
	// threshold it means the payout ran and failed, so a late vote would
	// only pay for one more failing try.
	keyVotes int
	err      error
}

// roundInput is one vote round's snapshot.
type roundInput struct {
	now       time.Time
	me        common.Address // this operator on the destination chain
	srcBridge common.Address // the source bridge: a request from it is a refund request (never refunded)
	lower     uint64         // destination lowerHandleNonce
	open      []*store.Request
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
	// lowerHandleNonce whose payout has not failed (zero when none): the
	// request-age readiness check (failing requests have their own gauge, so
	// an attacker's requests cannot make every node unready).
	oldest time.Time
	// check are the candidates whose handleStatus to read.
	check []*store.Request
	// unavailable: the handleStatus call failed; looked at next round.
	unavailable []*store.Request
	// handled: handleStatus says the nonce is closed (paid out or refunded).
	handled []*store.Request
	// counted: this node's vote for this request counts and the threshold is
	// not reached; mark it voted (re-checked after recheckInterval), no vote.
	counted []*store.Request
	// refundCounted: this node's refund vote counts, threshold not reached.
	refundCounted []*store.Request
	// newFailures: the threshold was reached but the nonce is open, and this
	// node did not know the payout failed: start its backoff (no vote now;
	// the first retry is one poll interval later).
	newFailures []*store.Request
	// tried: failing nonces whose next try came due this round; the schedule
	// advances whether or not this node makes the try.
	tried []uint64
	// confirm: want a vote (or retry, or refund); check first that the
	// request block is canonical.
	confirm []*store.Request
	// batches, retries and refunds: the transactions to send, lowest nonce
	// first: fresh handle votes, handle votes that retry a failed payout,
	// and refund votes.
	batches, retries, refunds [][]*store.Request
	// signOnly (attest only): canonical requests a backup inside its vote
	// grace would vote for later; it signs them now (no vote yet), lowest
	// nonce first. Empty while paused.
	signOnly []*store.Request
	// skipped votes (wanted and canonical) and why (skipPaused, skipOutOfFunds).
	skipped    int
	skipReason string
}

// needsRoster reports whether stage 1 needs the operator list: some open
// request this node has not voted on is still inside the grace, so its
// duty decides whether to ask the chain about it, or some failing request's
// try or refund is due (its duty decides who makes it).
func needsRoster(cfg planConfig, in *roundInput) bool {
	if cfg.attest && len(in.open) > 0 {
		return true // the signature path's duty rotation and submitter
	}
	for _, r := range in.open {
		m := in.memory[r.Nonce]
		if r.Nonce < in.lower || m.inflight {
			continue
		}
		if m.failing() || r.State == store.StateFailed {
			return true
		}
		if cfg.voteGrace > 0 && r.State == store.StateSeen && in.now.Sub(r.FirstSeen) < cfg.voteGrace {
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

// refundable reports whether r may be refunded at all: a refund request
// (from the source bridge itself) cannot be (RefundOfRefund: its payout is
// retried until it succeeds), nor one the chain refused to refund.
func refundable(in *roundInput, r *store.Request, m nonceMemory) bool {
	return r.From != in.srcBridge && !m.noRefund
}

// refundDueAt is when a refund of r becomes due (zero: not due, ever, from
// what is known): at once when forced by an operator or when the failure
// can never heal, refund_after after the first failure otherwise.
func refundDueAt(cfg planConfig, in *roundInput, r *store.Request, m nonceMemory) time.Time {
	switch {
	case !refundable(in, r, m):
		return time.Time{}
	case !m.forced.IsZero():
		return m.forced
	case m.tries == 0:
		return time.Time{}
	case m.permanent:
		return m.firstFailed
	case cfg.refundAfter > 0:
		return m.firstFailed.Add(cfg.refundAfter)
	}
	return time.Time{}
}

func refundDue(cfg planConfig, in *roundInput, r *store.Request, m nonceMemory) bool {
	at := refundDueAt(cfg, in, r, m)
	return !at.IsZero() && !in.now.Before(at)
}

// refundOnDuty: the refund of r is voted by the nonce's designated
// operators at once and by the backups voteGrace after it became due (same
// rotation as handle votes); an operator's own request (bridge_refund) at
// once.
func refundOnDuty(cfg planConfig, in *roundInput, r *store.Request, m nonceMemory) bool {
	if !m.forced.IsZero() || cfg.voteGrace <= 0 || in.roster == nil {
		return true
	}
	return in.roster.IsDesignated(r.Nonce, in.me) || in.now.Sub(refundDueAt(cfg, in, r, m)) >= cfg.voteGrace
}

// retrier tells whether this operator makes try number tries+1 of r's
// payout: the designated operator at duty position tries mod threshold, so
// one transaction is sent per try and a dead operator only skips its turns.
// Without a known operator list, or when this node is not in it, it tries
// (the chain decides).
func retrier(in *roundInput, r *store.Request, tries int) bool {
	if in.roster == nil {
		return true
	}
	pos, ok := in.roster.Position(r.Nonce, in.me)
	k := min(in.roster.Threshold, len(in.roster.Operators))
	if !ok || k <= 0 {
		return !ok
	}
	return pos < k && pos == tries%k
}

// failDue reports whether a failing request needs looking at this round:
// its next try is due, its refund is due, or nothing is remembered of it (a
// failed request from the store). A request this node already voted to
// refund is re-checked every recheckInterval.
func failDue(cfg planConfig, in *roundInput, r *store.Request, m nonceMemory) bool {
	if r.State == store.StateRefunding {
		return in.now.Sub(m.lastCheck) >= cfg.recheckInterval
	}
	return m.tries == 0 || !in.now.Before(m.nextTry) || refundDue(cfg, in, r, m)
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
		m := in.memory[r.Nonce]
		failing := m.failing() || r.State == store.StateFailed || r.State == store.StateRefunding
		if p.oldest.IsZero() && !failing {
			p.oldest = r.FirstSeen
		}
		switch {
		case m.inflight:
			continue // a vote on its way
		case failing:
			if !failDue(cfg, in, r, m) {
				continue // backing off, or its refund vote was looked at recently
			}
		case r.State == store.StateVoted && in.now.Sub(m.lastCheck) < cfg.recheckInterval:
			continue // looked at recently
		case r.State == store.StateSeen && !onDuty(cfg, in, r) && !cfg.attest:
			continue // a backup for this nonce: wait for the designated operators (no RPC until then)
		case cfg.attest && r.State == store.StateSeen && in.now.Before(m.attestIdle):
			continue // signed; waiting for the submitter or the vote grace (no RPC until then)
		}
		p.check = append(p.check, r)
	}
	var votes, retries, refunds []*store.Request
	want := func(r *store.Request, to *[]*store.Request) {
		p.confirm = append(p.confirm, r)
		if in.canonical[r.Nonce] {
			*to = append(*to, r)
		}
	}
	for _, r := range p.check {
		s, asked := in.status[r.Nonce]
		if !asked {
			continue
		}
		if s.err != nil {
			p.unavailable = append(p.unavailable, r)
			continue
		}
		if s.Handled {
			p.handled = append(p.handled, r)
			continue
		}
		m := in.memory[r.Nonce]
		mine := voteKey(in.domain, s.Epoch, r)
		if s.Voted && s.VotedKey == refundKey(in.domain, s.Epoch, r) {
			if s.VotesForKey < s.Threshold {
				p.refundCounted = append(p.refundCounted, r)
			} else {
				want(r, &refunds) // reached but open: the threshold was lowered; vote again to close it
			}
			continue
		}
		counts := s.Voted && s.VotedKey == mine
		reached := (counts && s.VotesForKey >= s.Threshold) || (!s.Voted && s.Threshold > 0 && s.keyVotes >= int(s.Threshold))
		switch {
		case !m.failing() && reached:
			// The threshold was reached and the nonce is still open: the
			// payout failed (or the threshold was lowered after the votes).
			p.newFailures = append(p.newFailures, r)
		case m.failing() || reached:
			if refundDue(cfg, in, r, m) {
				if refundOnDuty(cfg, in, r, m) {
					want(r, &refunds)
				}
				continue
			}
			if m.tries == 0 || in.now.Before(m.nextTry) {
				continue
			}
			p.tried = append(p.tried, r.Nonce)
			// Retry when this vote would reach the threshold again: this
			// node's counting vote re-cast, or a new vote of its. A vote that
			// counts below the threshold (another operator moved its vote to
			// a refund) cannot execute anything.
			if retrier(in, r, m.tries) && !(counts && s.VotesForKey < s.Threshold) {
				want(r, &retries)
			}
		case counts && s.VotesForKey < s.Threshold:
			p.counted = append(p.counted, r)
		case r.State == store.StateSeen && !onDuty(cfg, in, r):
			want(r, &p.signOnly) // attest: a backup signs now and votes only after its grace
		default:
			want(r, &votes)
		}
	}
	if in.paused {
		p.signOnly = nil
	}
	n := len(votes) + len(retries) + len(refunds)
	switch {
	case n == 0:
	case in.paused:
		p.skipped, p.skipReason = n, skipPaused
	case !in.funded:
		p.skipped, p.skipReason = n, skipOutOfFunds
	default:
		l := cfg.batchLimitsOf()
		p.batches, p.retries, p.refunds = l.split(votes), l.split(retries), l.split(refunds)
	}
	return p
}
