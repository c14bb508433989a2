package attest

import (
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/duty"
)

// Action is what Plan decides for one request nonce.
type Action int

const (
	// ActWait: keep collecting signatures; plan again at Decision.At (the end of the grace) or when new
	// signatures arrive. Nothing is sent for the nonce.
	ActWait Action = iota
	// ActSubmit: this node sends the nonce in a handleSignedBatch with Decision.Signatures (SignedBatch).
	ActSubmit
	// ActFallback: the signature path gave up on the nonce; hand it to the on-chain vote plan, which votes as
	// today (designated operators at once, backups after bridge.vote_grace counted from now).
	ActFallback
)

// String is the action's name, for logs.
func (a Action) String() string {
	switch a {
	case ActWait:
		return "wait"
	case ActSubmit:
		return "submit"
	case ActFallback:
		return "fallback"
	}
	return "unknown"
}

// MaxBatchSize is the Bridge's MAX_BATCH_SIZE: most entries of one handleSignedBatch.
const MaxBatchSize = 100

// Paths of servicechain_attestation_handles_total (Metrics.Handled).
const (
	PathSignatures = "signatures"
	PathVotes      = "votes"
)

// Candidate is one open request nonce of one direction the bridge would vote for now (confirmed, agreed by its
// endpoints, not handled on the destination, nothing of this node's in flight for it).
type Candidate struct {
	// Call is the handle call as this node observed the request itself on the source chain.
	Call bindings.BridgeHandleCall
	// Digest is Digest(destination domain, current epoch, Call).
	Digest common.Hash
	// Ready is when the request became ready to handle on this node (the start of its grace).
	Ready time.Time
	// Signatures are the verified attestations held for (direction, nonce, Digest): Pool.Signatures, this
	// node's own included. Attestations of another digest are ignored.
	Signatures []Attestation
}

// PlanInput is everything Plan decides from: no chain, no clock of its own.
type PlanInput struct {
	// Now is the injected clock's reading.
	Now time.Time
	// Self is this node's operator address.
	Self common.Address
	// Rotation is the destination's operator list (contract order) with Threshold = its value-transfer
	// threshold k: the duty rotation of on-chain votes (internal/duty). The designated submitter of nonce n is
	// Rotation.Designated(n)[0], the first operator designated to vote for n.
	Rotation duty.Rotation
	// Grace is attestation.grace: how long after Ready the signature path may take before the designated
	// operators fall back to on-chain votes (issue 14: no transfer waits longer than the vote path plus Grace).
	Grace time.Duration
	// Takeover is how much longer than Grace another designated operator that holds k signatures waits before
	// it sends them itself (the designated submitter is down, or its batch is not mined): the bridge passes
	// bridge.vote_grace, the delay after which backups vote on the vote path when a designated voter is down,
	// so a transfer whose submitter is down still closes within the vote path's time plus Grace. Before it,
	// a live submitter's batch is not duplicated by the others (issue 14's gas target). 0: at Grace.
	Takeover time.Duration
	// Busy is, per operator, when this node last saw it mark a nonce of this direction submitted
	// (Pool.LastSubmitted; absent: never). A designated submitter seen doing so within the last Takeover is
	// alive and working through its share of a backlog, so the others wait for it (see Plan): measured on the
	// devnet at k = 3 of 5, takeovers of such a submitter's nonces made 2,911 entries for 2,000 transfers
	// (BENCHMARKS.md, issue 14 fifth pass). nil: no such waits.
	Busy map[common.Address]time.Time
	// Candidates are the nonces to decide, in any order.
	Candidates []Candidate
}

// MaxBusyTakeovers bounds how long a takeover waits for a busy designated submitter (PlanInput.Busy): at most
// this many Takeovers past the takeover time it would have without the busy sign, so a submitter that is
// alive but never sends one nonce delays that nonce by a bounded time.
const MaxBusyTakeovers = 3

// Decision is Plan's verdict for one nonce.
type Decision struct {
	Nonce  uint64
	Action Action
	// Call is the candidate's call (for SignedBatch).
	Call bindings.BridgeHandleCall
	// Signatures is the signatures entry for handleSignedBatch (ActSubmit only): k signatures, ascending
	// signers (Join); Signers lists them.
	Signatures []byte
	Signers    []common.Address
	// Complete is when the k-th of those signatures arrived (ActSubmit): Complete - Ready is the signature
	// latency (Metrics.SignatureLatency).
	Complete time.Time
	// At is when an ActWait turns into ActFallback or a takeover (Ready + Grace; for another operator that
	// holds k signatures, the end of its takeover wait: see Plan).
	At time.Time
	// Held: k signatures of distinct operators over the digest are held. An ActWait with Held changes only at
	// At (or when the nonce closes): nothing a new signature brings can change it.
	Held bool
	// Reason explains the action in a few words, for logs.
	Reason string
}

// Plan decides, per candidate nonce n, with k = in.Rotation.Threshold and the designated submitter
// s = Rotation.Designated(n)[0]:
//
//   - k signatures of distinct operators over the candidate's digest are held and Self is s: ActSubmit, at any
//     time (before the grace, or after it: one transaction still closes the nonce faster than k votes);
//   - Self is another designated operator for n and holds k signatures: ActWait until Ready + Grace + Takeover
//     (s holds them too, or will, and sends), then ActSubmit (s is down, or its batch is stuck; the contract
//     pays once whatever races); a backup (listed, not designated for n) that holds k signatures the same,
//     until Ready + Grace + 2*Takeover (the other designated operators go first);
//     when s's own attestation says it was submitted (Attestation.Submitted, first seen at SubmittedSeen),
//     the wait lasts at least until SubmittedSeen + Takeover (a submitter slower than Self is not
//     duplicated; one that announced and is stuck is taken over one Takeover later); and while s has marked
//     any nonce submitted within the last Takeover (Busy), the wait lasts until that mark + Takeover, at most
//     MaxBusyTakeovers Takeovers longer than without it (a live submitter behind on a backlog is not
//     duplicated; one that stops is taken over one Takeover after its last mark);
//   - before the grace otherwise: ActWait until Ready + Grace;
//   - after the grace otherwise: ActFallback (on-chain votes, exactly as without aggregation).
//
// An empty rotation or k < 1 falls back at once (nobody can be designated). Plan is pure: same input, same
// output; decisions come in the order of in.Candidates.
func Plan(in PlanInput) []Decision {
	out := make([]Decision, 0, len(in.Candidates))
	k := in.Rotation.Threshold
	for _, c := range in.Candidates {
		n := c.Call.RequestNonce
		d := Decision{Nonce: n, Call: c.Call, At: c.Ready.Add(in.Grace)}
		designated := in.Rotation.Designated(n)
		if len(designated) == 0 || k < 1 {
			d.Action, d.Reason = ActFallback, "no designated operators"
			out = append(out, d)
			continue
		}
		late := !in.Now.Before(d.At)
		sigs, signers, err := Join(c.Digest, c.Signatures, k)
		held := err == nil
		d.Held = held
		// rank orders the takeovers: the other designated operators first, then the backups (which plan a nonce
		// only once the vote plan has them vote: a designated operator is down or slow).
		rank := time.Duration(0)
		if isListed(in.Rotation, in.Self) && designated[0] != in.Self {
			rank = 2
			if in.Rotation.IsDesignated(n, in.Self) {
				rank = 1
			}
		}
		switch {
		case held && designated[0] == in.Self:
			d.Action, d.Reason = ActSubmit, "designated submitter holds k signatures"
		case held && rank > 0:
			d.At = d.At.Add(rank * in.Takeover)
			// The submitter says it sent the nonce: its batch gets one Takeover from then to be mined.
			if seen := submittedSeen(c.Signatures, designated[0]); !seen.IsZero() && seen.Add(in.Takeover).After(d.At) {
				d.At = seen.Add(in.Takeover)
			}
			// The submitter is working through a backlog: wait for it, within a bound.
			if last, ok := in.Busy[designated[0]]; ok && last.Add(in.Takeover).After(d.At) {
				d.At = minTime(last.Add(in.Takeover), d.At.Add(MaxBusyTakeovers*in.Takeover))
			}
			if in.Now.Before(d.At) {
				d.Action, d.Reason = ActWait, "k signatures held; the designated submitter sends"
			} else {
				d.Action, d.Reason = ActSubmit, "takeover: grace and takeover over, designated operator holds k signatures"
			}
		case !late:
			d.Action, d.Reason = ActWait, waitReason(held, err)
		default:
			d.Action, d.Reason = ActFallback, "grace over without k signatures at a designated operator"
		}
		if d.Action == ActSubmit {
			d.Signatures, d.Signers = sigs, signers
			d.Complete = kthArrival(c.Signatures, signers)
		}
		out = append(out, d)
	}
	return out
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// submittedSeen is when signer's attestation among atts was first seen submitted (zero: not).
func submittedSeen(atts []Attestation, signer common.Address) time.Time {
	for _, a := range atts {
		if a.Signer == signer {
			return a.SubmittedSeen
		}
	}
	return time.Time{}
}

func isListed(r duty.Rotation, a common.Address) bool {
	_, ok := r.Position(0, a)
	return ok
}

func waitReason(held bool, err error) string {
	if held {
		return "k signatures held; the designated submitter sends"
	}
	if errors.Is(err, ErrInsufficientSignatures) {
		return "collecting signatures"
	}
	return "waiting"
}

// kthArrival is the latest Received time among the attestations of the chosen signers.
func kthArrival(atts []Attestation, signers []common.Address) time.Time {
	var t time.Time
	for _, s := range signers {
		for _, a := range atts {
			if a.Signer == s && a.Received.After(t) {
				t = a.Received
				break
			}
		}
	}
	return t
}

// SignedBatch collects the ActSubmit decisions into the arguments of handleSignedBatch(epoch, calls,
// signatures), at most max entries (at most MaxBatchSize; the bridge also cuts by its gas and
// size limits), in decision order. The rest is for the next batch.
func SignedBatch(ds []Decision, max int) (calls []bindings.BridgeHandleCall, sigs [][]byte) {
	for _, d := range ds {
		if d.Action == ActSubmit && len(calls) < max {
			calls = append(calls, d.Call)
			sigs = append(sigs, d.Signatures)
		}
	}
	return calls, sigs
}
