package attest

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Pool holds the verified signatures a node has for open requests: its own (the bridge adds each one it makes)
// and those its Fetcher fetched. It is keyed by (direction, nonce, digest), one signature per signer, and
// stamps each attestation with the time it arrived (Attestation.Received). Safe for concurrent use.
//
// Memory is bounded: only attestations that passed Verify enter (current epoch, current operators), at most
// MaxDigestsPerNonce digests per nonce, one signature per operator per digest, and the bridge prunes closed
// nonces (Prune) as its window moves.
type Pool struct {
	mu  sync.Mutex
	now func() time.Time
	m   map[poolKey]*poolNonce
	// submitted is, per (direction, signer), the latest SubmittedSeen of any attestation (LastSubmitted);
	// kept when nonces are pruned, at most one entry per operator and direction.
	submitted map[submitterKey]time.Time
}

type submitterKey struct {
	direction string
	signer    common.Address
}

type poolKey struct {
	direction string
	nonce     uint64
}

type poolNonce struct {
	digests map[common.Hash]map[common.Address]Attestation
}

// NewPool returns an empty Pool reading time from now (time.Now when nil).
func NewPool(now func() time.Time) *Pool {
	if now == nil {
		now = time.Now
	}
	return &Pool{now: now, m: map[poolKey]*poolNonce{}, submitted: map[submitterKey]time.Time{}}
}

// Add stores a, which must have passed Verify (or be Held: the same bytes). It returns true when a is new (not
// the same signer's signature of the same digest already held; a held one seen again with Submitted set gets
// its SubmittedSeen, once) and ErrTooManyDigests when its nonce already holds MaxDigestsPerNonce other digests.
func (p *Pool) Add(a Attestation) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := poolKey{a.Direction, a.Nonce()}
	n := p.m[k]
	if n == nil {
		n = &poolNonce{digests: map[common.Hash]map[common.Address]Attestation{}}
		p.m[k] = n
	}
	sigs := n.digests[a.Digest]
	if sigs == nil {
		if len(n.digests) >= MaxDigestsPerNonce {
			return false, fmt.Errorf("%w: %s nonce %d holds %d", ErrTooManyDigests, a.Direction, a.Nonce(), len(n.digests))
		}
		sigs = map[common.Address]Attestation{}
		n.digests[a.Digest] = sigs
	}
	if held, ok := sigs[a.Signer]; ok {
		if a.Submitted && held.SubmittedSeen.IsZero() && bytes.Equal(held.Signature, a.Signature) {
			held.Submitted, held.SubmittedSeen = true, p.now()
			sigs[a.Signer] = held
			p.submitted[submitterKey{a.Direction, a.Signer}] = held.SubmittedSeen
		}
		return false, nil
	}
	a.Received = p.now()
	if a.Submitted {
		a.SubmittedSeen = a.Received
		p.submitted[submitterKey{a.Direction, a.Signer}] = a.SubmittedSeen
	}
	sigs[a.Signer] = a
	return true, nil
}

// Holds reports whether the Pool already has a's exact signature (same direction, nonce, digest, signer and
// signature bytes): the fetcher skips verifying those again on every poll (and Adds a held one that now says
// Submitted, which records SubmittedSeen).
func (p *Pool) Holds(a Attestation) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.m[poolKey{a.Direction, a.Nonce()}]
	if n == nil {
		return false
	}
	held, ok := n.digests[a.Digest][a.Signer]
	return ok && bytes.Equal(held.Signature, a.Signature)
}

// Signatures returns the attestations held for (direction, nonce, digest) in ascending signer order (nil when
// none), each with its Received time.
func (p *Pool) Signatures(direction string, nonce uint64, digest common.Hash) []Attestation {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.m[poolKey{direction, nonce}]
	if n == nil {
		return nil
	}
	out := make([]Attestation, 0, len(n.digests[digest]))
	for _, a := range n.digests[digest] {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Attestation) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	return out
}

// LastSubmitted returns, per operator, when the Pool last saw one of its attestations of direction marked
// submitted (the latest SubmittedSeen, pruned nonces included): PlanInput.Busy. Operators never seen doing so
// are absent; the map is the caller's.
func (p *Pool) LastSubmitted(direction string) map[common.Address]time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[common.Address]time.Time{}
	for k, t := range p.submitted {
		if k.direction == direction {
			out[k.signer] = t
		}
	}
	return out
}

// Prune drops every nonce of direction below `below` (closed nonces: the bridge's lowest open nonce).
func (p *Pool) Prune(direction string, below uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k := range p.m {
		if k.direction == direction && k.nonce < below {
			delete(p.m, k)
		}
	}
}

// Len is the number of (direction, nonce) entries held.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.m)
}

// refusalReason is the metric label of a Verify or Pool error.
func refusalReason(err error) string {
	switch {
	case errors.Is(err, ErrStaleEpoch):
		return "stale_epoch"
	case errors.Is(err, ErrDigestMismatch):
		return "digest_mismatch"
	case errors.Is(err, ErrSignerMismatch):
		return "signer_mismatch"
	case errors.Is(err, ErrNotOperator):
		return "not_operator"
	case errors.Is(err, ErrTooManyDigests):
		return "too_many_digests"
	case errors.Is(err, ErrOutOfWindow):
		return "out_of_window"
	case errors.Is(err, ErrWrongDirection):
		return "wrong_direction"
	default:
		return "malformed"
	}
}
