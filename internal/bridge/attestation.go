package bridge

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/store"
)

// This file wires signature-aggregated handles (issue 14, internal/attest)
// into a direction. With attestation.enabled, each round:
//
//  1. every request this node would vote for (the vote plan's handle votes)
//     and every one a backup would vote for after its grace (signOnly) is
//     signed once per (nonce, digest): the attestation is kept in memory
//     (served on the attestation endpoint) and put into the shared Pool;
//  2. the handle votes go through attest.Plan: the designated submitter that
//     holds k signatures sends them in one handleSignedBatch (kindSigned),
//     a nonce inside attestation.grace waits, and a nonce past it (or one a
//     signed batch could not close) falls back to the vote, unchanged.
//
// Decisions where the issue is silent: signatures are kept in memory only
// (ECDSA signing is deterministic, RFC 6979, so a restarted node re-signs the
// same bytes); the grace starts when this node first planned the nonce,
// also in memory (a restart restarts the grace once: at most one extra
// grace); a nonce whose signed entry the chain skipped without closing it
// (a signer removed, a stale roster) goes to the vote path for good.

// attestation is one direction's signature state. Safe for concurrent use
// (the round, the receipt watchers, the endpoint and the fetcher use it).
type attestation struct {
	dir     string
	signer  *attest.Signer
	pool    *attest.Pool
	metrics *attest.Metrics
	grace   time.Duration
	reuse   time.Duration // how long a confirmation or a status answer is taken again (reuseConfirmed, reuseStatus)

	mu       sync.Mutex
	own      map[uint64]attest.Attestation // this node's signature per open nonce (served)
	ready    map[uint64]time.Time          // when a nonce was first planned (the start of its grace)
	fellBack map[uint64]bool               // nonces handed to the vote path for good
	entries  map[uint64]signedEntry        // nonces of signed batches sent (pack reads them)
	roster   attest.Roster                 // the destination's roster of the last round
	rostered bool                          // roster is set
	from     uint64                        // lowerHandleNonce of the last round
	open     int                           // span of the last round's open nonces from `from` (Window.Limit)
	ahead    []uint64                      // scanned requests signAhead could not confirm yet (tried after the next scan)
	idle     map[uint64]time.Time          // nonce -> until when its status need not be read (nonceMemory.attestIdle)
	checked  map[uint64]confirmation       // nonce -> the last confirmRequests that passed (reuseConfirmed)
	statuses map[uint64]readStatus         // nonce -> the last handleStatus answer of an open nonce (reuseStatus)
}

// readStatus is a handleStatus answer read at a time.
type readStatus struct {
	answer statusAnswer
	at     time.Time
}

// confirmation is a request confirmed at its block hash (confirmRequests)
// at a time.
type confirmation struct {
	blockHash common.Hash
	txHash    common.Hash
	at        time.Time
}

// signedEntry is one nonce's entry of a handleSignedBatch.
type signedEntry struct {
	epoch uint64
	sigs  []byte
}

// newAttestation is direction dir's signature state; grace is
// attestation.grace, reuse the horizon of reuseConfirmed and reuseStatus
// (the bridge passes the larger of the grace and bridge.vote_grace).
func newAttestation(dir string, signer *attest.Signer, pool *attest.Pool, m *attest.Metrics, grace, reuse time.Duration) *attestation {
	return &attestation{dir: dir, signer: signer, pool: pool, metrics: m, grace: grace, reuse: reuse,
		own: map[uint64]attest.Attestation{}, ready: map[uint64]time.Time{}, fellBack: map[uint64]bool{},
		entries: map[uint64]signedEntry{}, idle: map[uint64]time.Time{}, checked: map[uint64]confirmation{},
		statuses: map[uint64]readStatus{}}
}

// idleUntil is nonceMemory.attestIdle of nonce (zero: none).
func (a *attestation) idleUntil(nonce uint64) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.idle[nonce]
}

// window records the last round's lowerHandleNonce and the span of its open
// requests, lower up to the highest open nonce (the fetcher's Window: requests
// are handled out of order, so the open ones may lie far above lower), and
// forgets everything below lower.
func (a *attestation) window(lower uint64, open []*store.Request) {
	span := 0
	for _, r := range open {
		if r.Nonce >= lower {
			span = max(span, int(min(r.Nonce-lower+1, 1<<30)))
		}
	}
	a.mu.Lock()
	a.from, a.open = lower, span
	below := func(n uint64) bool { return n < lower }
	pruneBelow(a.own, below)
	pruneBelow(a.ready, below)
	pruneBelow(a.fellBack, below)
	pruneBelow(a.entries, below)
	pruneBelow(a.idle, below)
	pruneBelow(a.checked, below)
	pruneBelow(a.statuses, below)
	a.mu.Unlock()
	a.pool.Prune(a.dir, lower)
}

// Window is the fetcher's view of this direction (attest.Source): the last
// round's roster, From = lowerHandleNonce and Limit = the span of the open window.
func (a *attestation) Window() (attest.Window, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.rostered {
		return attest.Window{}, fmt.Errorf("%s: no roster read yet", a.dir)
	}
	return attest.Window{Roster: a.roster, From: a.from, Limit: a.open}, nil
}

// Attestations answers the endpoint from this node's own signatures: nonce
// >= from, ascending, at most limit (attest.Store).
func (a *attestation) Attestations(from uint64, limit int) []attest.Attestation {
	a.mu.Lock()
	out := make([]attest.Attestation, 0, min(limit, len(a.own)))
	for n, at := range a.own {
		if n >= from {
			_, at.Submitted = a.entries[n] // sent in a handleSignedBatch (the hint Plan's takeover waits on)
			out = append(out, at)
		}
	}
	a.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce() < out[j].Nonce() })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// sign makes (or reuses) this node's attestation of r for roster and puts
// it into the pool; it returns r's digest.
func (a *attestation) sign(ctx context.Context, roster attest.Roster, r *store.Request) (common.Hash, error) {
	call := handleCall(r)
	digest := attest.Digest(roster.Domain, roster.Epoch, call)
	a.mu.Lock()
	have, ok := a.own[r.Nonce]
	a.mu.Unlock()
	if ok && have.Digest == digest {
		return digest, nil
	}
	at, err := a.signer.Sign(ctx, a.dir, roster, call)
	if err != nil {
		return digest, err
	}
	if _, err := a.pool.Add(at); err != nil {
		return digest, err
	}
	a.mu.Lock()
	a.own[r.Nonce] = at
	a.mu.Unlock()
	return digest, nil
}

// noteConfirmed records the requests of rs that confirmRequests passed
// (confirmed[nonce]) at now.
func (a *attestation) noteConfirmed(rs []*store.Request, confirmed map[uint64]bool, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, r := range rs {
		if confirmed[r.Nonce] {
			a.checked[r.Nonce] = confirmation{blockHash: r.BlockHash, txHash: r.TxHash, at: now}
		}
	}
}

// reuseConfirmed splits rs into the requests confirmed (noteConfirmed) at
// their current block and transaction hash less than the reuse horizon
// before now (a.reuse: the larger of attestation.grace and
// bridge.vote_grace, 3 s at the defaults), which a round takes as canonical
// without asking the source endpoints again (fresh), and the rest. Under a
// burst the same request is planned round after round until its handle
// lands (a round takes 1 to 4 s then), and its confirmation (the agreed
// block receipts of every source block of the window: 35 to 590 ms a round,
// BENCHMARKS.md) was a large part of a round; now a request is confirmed at
// most once per horizon. The request's signatures are made on such a
// confirmation (signAhead) and are good for as long as the nonce is open,
// and a vote path backup waits as long (vote_grace) before it votes on its
// own check: a reorg of the source after the confirmation is the
// paid-request check's (checkPaid) and the recovery loop's, as for votes.
func (a *attestation) reuseConfirmed(rs []*store.Request, now time.Time) (fresh map[uint64]bool, rest []*store.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fresh = map[uint64]bool{}
	for _, r := range rs {
		c, ok := a.checked[r.Nonce]
		if ok && c.blockHash == r.BlockHash && c.txHash == r.TxHash && a.young(c.at, now) {
			fresh[r.Nonce] = true
			continue
		}
		rest = append(rest, r)
	}
	return fresh, rest
}

// young reports whether something read at at may be taken again at now:
// less than the reuse horizon before it (a clock that stepped back does not
// extend it).
func (a *attestation) young(at, now time.Time) bool {
	return !now.Before(at) && now.Sub(at) < a.reuse
}

// noteStatuses records the handleStatus answers read at now.
func (a *attestation) noteStatuses(answers map[uint64]statusAnswer, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for n, s := range answers {
		a.statuses[n] = readStatus{answer: s, at: now}
	}
}

// reuseStatus splits rs into the requests whose last handleStatus answer
// (noteStatuses) a round may take again without asking the destination
// (reused), and the rest. An answer is reused for less than the reuse
// horizon (a.reuse, see reuseConfirmed) after it was read, for a seen
// request whose payout is not known to fail (failing: nonceMemory), inside
// bridge.vote_grace of when this node first saw it (voteGrace), when it
// said: not handled, this node has not voted, no error. In that time the
// answer changes only by a handle, which the destination's events tell the
// round first (scanHandled), or by a new epoch, after which the signed
// batch is refused and its nonces voted (as on any stale roster); a handle
// the events missed costs one entry the chain skips. Past the vote grace it
// is always read again: a backup then votes on what it says (without this
// rule one 5,000 burst sent 5 vote batches, none in three runs with it),
// and the vote count of this node's key is read with it. Under a burst the designated
// submitter plans the same nonces round after round while their signatures
// arrive: their handleStatus calls (57 ms to 1.6 s a round for 464 to 1,180
// requests, BENCHMARKS.md) are then made about once per horizon.
func (a *attestation) reuseStatus(rs []*store.Request, now time.Time, voteGrace time.Duration, failing func(uint64) bool) (reused map[uint64]statusAnswer, rest []*store.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	reused = map[uint64]statusAnswer{}
	for _, r := range rs {
		c, ok := a.statuses[r.Nonce]
		s := c.answer
		if ok && r.State == store.StateSeen && !failing(r.Nonce) && now.Sub(r.FirstSeen) < voteGrace &&
			a.young(c.at, now) && s.err == nil && !s.Handled && !s.Voted && s.keyVotes <= 0 {
			reused[r.Nonce] = s
			continue
		}
		rest = append(rest, r)
	}
	return reused, rest
}

// fallBack hands nonces to the vote path for good (counted once each).
func (a *attestation) fallBack(nonces ...uint64) {
	a.mu.Lock()
	n := 0
	for _, nonce := range nonces {
		if !a.fellBack[nonce] {
			a.fellBack[nonce] = true
			n++
		}
	}
	a.mu.Unlock()
	a.metrics.FellBack(a.dir, n)
}

// pack is the calldata of handleSignedBatch for rs (entries recorded by
// attestRound; a nonce without one gets an empty signatures entry, which
// the chain skips with InsufficientSignatures).
func (a *attestation) pack(rs []*store.Request) []byte {
	calls := make([]bindings.BridgeHandleCall, len(rs))
	sigs := make([][]byte, len(rs))
	var epoch uint64
	a.mu.Lock()
	for i, r := range rs {
		calls[i] = handleCall(r)
		e := a.entries[r.Nonce]
		sigs[i] = e.sigs
		epoch = max(epoch, e.epoch)
	}
	a.mu.Unlock()
	return bridgeABI.PackHandleSignedBatch(epoch, calls, sigs)
}

// attestRound runs the signature path over one round's plan p (see the
// file comment) and returns the vote batches still to send: p.batches
// without the nonces sent or waiting for signatures. Without a known roster
// it returns p.batches (votes as without aggregation).
func (d *direction) attestRound(ctx context.Context, in *roundInput, p roundPlan) [][]*store.Request {
	a := d.att
	var votes []*store.Request
	for _, b := range p.batches {
		votes = append(votes, b...)
	}
	if in.roster == nil || len(votes)+len(p.signOnly) == 0 {
		return p.batches
	}
	toSign := slices.Concat(votes, p.signOnly)
	var epoch uint64
	for _, r := range toSign {
		epoch = max(epoch, in.status[r.Nonce].Epoch)
	}
	roster := attest.Roster{Domain: in.domain, Epoch: epoch, Operators: in.roster.Operators, Threshold: in.roster.Threshold}
	a.mu.Lock()
	a.roster, a.rostered = roster, true
	a.mu.Unlock()

	digests := map[uint64]common.Hash{}
	for _, r := range toSign {
		dg, err := a.sign(ctx, roster, r)
		if err != nil {
			d.log.Warn("signing a request for the attestation endpoint failed; it is voted on chain", "nonce", r.Nonce, "err", err)
			a.fallBack(r.Nonce)
			continue
		}
		digests[r.Nonce] = dg
	}
	// A backup that signed waits for its vote grace without asking the chain.
	a.mu.Lock()
	for _, r := range p.signOnly {
		if _, ok := digests[r.Nonce]; ok {
			a.idle[r.Nonce] = r.FirstSeen.Add(d.cfg.plan.voteGrace)
		}
	}
	a.mu.Unlock()

	var cands []attest.Candidate
	var fallback []*store.Request
	byNonce := map[uint64]*store.Request{}
	a.mu.Lock()
	for _, r := range votes {
		dg, signed := digests[r.Nonce]
		if !signed || a.fellBack[r.Nonce] {
			fallback = append(fallback, r)
			continue
		}
		ready, ok := a.ready[r.Nonce]
		if !ok {
			ready = in.now
			a.ready[r.Nonce] = ready
		}
		byNonce[r.Nonce] = r
		cands = append(cands, attest.Candidate{Call: handleCall(r), Digest: dg, Ready: ready})
	}
	a.mu.Unlock()
	for i := range cands {
		cands[i].Signatures = a.pool.Signatures(d.name, cands[i].Call.RequestNonce, cands[i].Digest)
	}
	decisions := attest.Plan(attest.PlanInput{Now: in.now, Self: in.me, Rotation: *in.roster, Grace: a.grace, Takeover: d.cfg.plan.voteGrace,
		Busy: a.pool.LastSubmitted(d.name), Candidates: cands})
	var submit []*store.Request
	var fell []uint64
	for _, dc := range decisions {
		r := byNonce[dc.Nonce]
		switch dc.Action {
		case attest.ActSubmit:
			submit = append(submit, r)
			a.mu.Lock()
			a.entries[dc.Nonce] = signedEntry{epoch: epoch, sigs: dc.Signatures}
			ready := a.ready[dc.Nonce]
			a.mu.Unlock()
			if !dc.Complete.IsZero() {
				a.metrics.SignatureLatency(d.name, max(dc.Complete.Sub(ready), 0))
			}
		case attest.ActWait:
			if dc.Held && dc.At.After(in.now) {
				a.mu.Lock()
				a.idle[dc.Nonce] = dc.At // k held: nothing changes before the takeover but a handle (events)
				a.mu.Unlock()
			}
		case attest.ActFallback:
			fell = append(fell, dc.Nonce)
			fallback = append(fallback, r)
		}
	}
	a.fallBack(fell...)
	// Signed batches are as large as the Bridge takes (MAX_BATCH_SIZE, within
	// the calldata and gas limits): an entry costs a third of a vote's gas.
	l := d.cfg.plan.batchLimitsOf()
	l.entries = maxBatchEntries
	for _, b := range l.split(submit) {
		if err := d.sendBatch(ctx, b, kindSigned); err != nil {
			d.log.Warn("storing a signed batch failed", "err", err)
		}
	}
	slices.SortFunc(fallback, func(x, y *store.Request) int { return cmp.Compare(x.Nonce, y.Nonce) })
	return d.cfg.plan.batchLimitsOf().split(fallback)
}

// signAhead signs the requests the scan has just stored (nonces), before a
// vote round plans them: the same confirmation as before a vote
// (confirmRequests: the agreed receipts at the request's block hash), the
// destination domain and the epoch of the last round's roster. So every
// operator's signature of a new request is on its endpoint within one scan
// of the request's block, whatever part of a burst each node's window of
// open requests has reached, and the designated submitter usually holds k
// signatures the first time it plans the nonce. Nothing is signed before the
// first round has read a roster, or while voting is paused; a request left
// unsigned here (not confirmed yet, a signing error) is signed by the round,
// as before. Signing is deterministic (RFC 6979), so the round finds the same
// attestation and does not sign again.
func (d *direction) signAhead(ctx context.Context, nonces []uint64) {
	a := d.att
	a.mu.Lock()
	roster, rostered := a.roster, a.rostered
	nonces = append(a.ahead, nonces...)
	a.ahead = nil
	a.mu.Unlock()
	if !rostered || len(nonces) == 0 || d.paused.Load() {
		return
	}
	var rs []*store.Request
	for _, n := range nonces {
		r, found, err := d.st.GetRequest(d.name, n)
		if err != nil || !found || r.State != store.StateSeen {
			continue
		}
		rs = append(rs, &r)
	}
	confirmed := d.confirmRequests(ctx, rs)
	a.noteConfirmed(rs, confirmed, time.Now())
	var later []uint64
	for _, r := range rs {
		if !confirmed[r.Nonce] {
			later = append(later, r.Nonce)
			continue
		}
		if d.paused.Load() {
			continue
		}
		if _, err := a.sign(ctx, roster, r); err != nil {
			d.log.Debug("signing a new request failed; the vote round signs it", "nonce", r.Nonce, "err", err)
		}
	}
	// Not confirmed yet (the endpoints' heads had not reached the block, a
	// disagreement): tried again after the next scan, the newest maxAhead.
	a.mu.Lock()
	a.ahead = append(a.ahead, later[max(0, len(later)-maxAhead):]...)
	a.mu.Unlock()
}

// maxAhead bounds the requests signAhead keeps to try again after the next
// scan (the rest are signed by the vote rounds).
const maxAhead = 4096

// pruneBelow deletes the keys of m that drop says.
func pruneBelow[V any](m map[uint64]V, drop func(uint64) bool) {
	maps.DeleteFunc(m, func(n uint64, _ V) bool { return drop(n) })
}
