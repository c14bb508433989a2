package console

import (
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
)

var (
	bridgeABI = bindings.NewBridge()
	anchorABI = bindings.NewAnchor()
)

// Event topics the console reads from the bridges and the Anchor.
var (
	topicRequest    = bridgeABI.GetABI().Events["RequestValueTransfer"].ID
	topicRequestURI = bridgeABI.GetABI().Events["RequestValueTransferWithURI"].ID
	topicVote       = bridgeABI.GetABI().Events["HandleVote"].ID
	topicHandle     = bridgeABI.GetABI().Events["HandleValueTransfer"].ID
	topicFailed     = bridgeABI.GetABI().Events["HandleFailed"].ID
	topicSkipped    = bridgeABI.GetABI().Events["HandleSkipped"].ID
	topicAnchored   = anchorABI.GetABI().Events["Anchored"].ID
)

// maxAnchorEvents is how many Anchored events the anchoring panel lists.
const maxAnchorEvents = 20

// record is one transfer (direction, nonce) as the events tell it.
type record struct {
	dir      *dirIndex
	nonce    uint64
	seq      uint64 // creation order
	req      *Request
	votes    []voteEvent
	skips    []skipEvent
	handle   *Handle
	handleOK bool // handled per handleStatus before the event was read
	failures []Failure
	refund   *Refund
	// onchain is handleStatus per destination operator, for open nonces.
	onchain map[common.Address]bindings.HandleStatusOutput
	// latency, computed once handled.
	latencySec    *float64
	latencyBlocks *uint64
}

type voteEvent struct {
	op    common.Address
	key   common.Hash
	votes uint8
	tx    TxRef
	// wasted: counted as a wasted vote (a key other than the one paid out).
	wasted bool
}

type skipEvent struct {
	op     common.Address
	reason string
	tx     TxRef
}

func (r *record) state() string {
	switch {
	case r.refund != nil:
		return StateRefunded
	case r.handle != nil || r.handleOK:
		return StateHandled
	case len(r.failures) > 0:
		return StateFailed
	case len(r.votes) > 0:
		return StateVoting
	}
	for _, s := range r.onchain {
		if s.Voted {
			return StateVoting
		}
	}
	return StateRequested
}

func (r *record) closed() bool { return r.handle != nil || r.handleOK || r.refund != nil }

// voteCount is the highest count for one key: from handleStatus when the
// console asked, else from the events.
func (r *record) voteCount() int {
	n := 0
	for _, v := range r.votes {
		n = max(n, int(v.votes))
	}
	for _, s := range r.onchain {
		n = max(n, int(s.VotesForKey))
	}
	return n
}

// dirIndex is one direction's transfers and progress.
type dirIndex struct {
	name, src, dst string
	recs           map[uint64]*record
	order          []*record // creation order, oldest first
	// From the contracts' views (status rounds) and raised by events.
	requestNonce, lower, upper uint64
	threshold                  uint8
	// operators is the destination bridge's operator list.
	operators []common.Address
	refunds   uint64
}

// opStats are one operator's vote counters over everything read.
type opStats struct {
	votes, wasted uint64
	last          *VoteRef
}

// index holds the transfers of both directions, bounded per direction.
type index struct {
	max     int
	seq     uint64
	dirs    map[string]*dirIndex
	ops     map[common.Address]*opStats
	anchors []AnchorEvent // newest first
	// malformed counts logs that could not be decoded (skipped).
	malformed uint64
}

func newIndex(max int) *index {
	return &index{max: max, ops: map[common.Address]*opStats{}, dirs: map[string]*dirIndex{
		ParentToChild: {name: ParentToChild, src: "parent", dst: "child", recs: map[uint64]*record{}},
		ChildToParent: {name: ChildToParent, src: "child", dst: "parent", recs: map[uint64]*record{}},
	}}
}

// requestDir is the direction whose requests are on chain; handleDir the
// direction whose votes and handles are.
func (ix *index) requestDir(chain string) *dirIndex {
	if chain == "parent" {
		return ix.dirs[ParentToChild]
	}
	return ix.dirs[ChildToParent]
}

func (ix *index) handleDir(chain string) *dirIndex {
	if chain == "parent" {
		return ix.dirs[ChildToParent]
	}
	return ix.dirs[ParentToChild]
}

func (ix *index) get(d *dirIndex, nonce uint64) *record {
	if r := d.recs[nonce]; r != nil {
		return r
	}
	ix.seq++
	r := &record{dir: d, nonce: nonce, seq: ix.seq}
	d.recs[nonce] = r
	d.order = append(d.order, r)
	for len(d.recs) > ix.max && len(d.order) > 0 {
		old := d.order[0]
		d.order[0] = nil
		d.order = d.order[1:]
		if d.recs[old.nonce] == old {
			delete(d.recs, old.nonce)
		}
	}
	return r
}

func (ix *index) op(a common.Address) *opStats {
	s := ix.ops[a]
	if s == nil {
		s = &opStats{}
		ix.ops[a] = s
	}
	return s
}

// ingest applies one log read on chain ("parent" or "child") with its
// transaction reference. It reports whether the log was one of ours;
// a log that does not decode is counted in malformed and skipped.
func (ix *index) ingest(chain string, l *types.Log, tx TxRef) bool {
	if len(l.Topics) == 0 {
		return false
	}
	switch l.Topics[0] {
	case topicRequest:
		ev, err := bridgeABI.UnpackRequestValueTransferEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		ix.request(chain, tx, ev.RequestNonce, ev.TokenType, ev.From, ev.To, ev.Token, ev.ValueOrTokenId, ev.Fee, "")
	case topicRequestURI:
		ev, err := bridgeABI.UnpackRequestValueTransferWithURIEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		ix.request(chain, tx, ev.RequestNonce, ev.TokenType, ev.From, ev.To, ev.Token, ev.ValueOrTokenId, ev.Fee, ev.TokenURI)
	case topicVote:
		ev, err := bridgeABI.UnpackHandleVoteEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		d := ix.handleDir(chain)
		r := ix.get(d, ev.RequestNonce)
		r.votes = append(r.votes, voteEvent{op: ev.Operator, key: ev.VoteKey, votes: ev.Votes, tx: tx})
		s := ix.op(ev.Operator)
		s.votes++
		if s.last == nil || tx.Block >= s.last.Block {
			s.last = &VoteRef{Direction: d.name, Nonce: ev.RequestNonce, TxRef: tx}
		}
		if r.handle != nil {
			ix.countWasted(r)
		}
	case topicHandle:
		ev, err := bridgeABI.UnpackHandleValueTransferEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		d := ix.handleDir(chain)
		r := ix.get(d, ev.HandleNonce)
		if r.handle == nil {
			r.handle = &Handle{TxRef: tx, LowerHandleNonce: ev.LowerHandleNonce, Token: ev.Token}
			ix.countWasted(r)
		}
		d.lower = max(d.lower, ev.LowerHandleNonce)
		d.upper = max(d.upper, ev.HandleNonce+1)
	case topicFailed:
		ev, err := bridgeABI.UnpackHandleFailedEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		r := ix.get(ix.handleDir(chain), ev.RequestNonce)
		r.failures = append(r.failures, Failure{TxRef: tx, Reason: bindings.DecodeRevert(ev.Reason)})
	case topicSkipped:
		ev, err := bridgeABI.UnpackHandleSkippedEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		r := ix.get(ix.handleDir(chain), ev.RequestNonce)
		r.skips = append(r.skips, skipEvent{op: ev.Operator, reason: bindings.DecodeRevert(ev.Reason), tx: tx})
		ix.op(ev.Operator).wasted++
	case topicAnchored:
		ev, err := anchorABI.UnpackAnchoredEvent(l)
		if err != nil {
			ix.malformed++
			return false
		}
		a := AnchorEvent{BlockNumber: ev.BlockNumber, BlockHash: ev.BlockHash, Operator: ev.Operator, Tx: tx}
		ix.anchors = append([]AnchorEvent{a}, ix.anchors...)
		if len(ix.anchors) > maxAnchorEvents {
			ix.anchors = ix.anchors[:maxAnchorEvents]
		}
	default:
		return false
	}
	return true
}

func (ix *index) request(chain string, tx TxRef, nonce uint64, tokenType uint8, from, to, token common.Address, value, fee *big.Int, uri string) {
	d := ix.requestDir(chain)
	r := ix.get(d, nonce)
	r.req = &Request{TxRef: tx, Kind: kindName(tokenType), TokenType: tokenType, From: from, To: to, Token: token,
		Value: bigString(value), Fee: bigString(fee), TokenURI: uri}
	d.requestNonce = max(d.requestNonce, nonce+1)
}

// countWasted counts, once the payout is known, the votes for a key other
// than the one paid out (the key of the vote in the handle transaction).
func (ix *index) countWasted(r *record) {
	var paid common.Hash
	for _, v := range r.votes {
		if v.tx.TxHash == r.handle.TxHash {
			paid = v.key
		}
	}
	if paid == (common.Hash{}) {
		return // the handle's own vote is not read yet; counted when it is
	}
	for i := range r.votes {
		v := &r.votes[i]
		if v.key != paid && !v.wasted {
			ix.op(v.op).wasted++
			v.wasted = true
		}
	}
}

func kindName(t uint8) string {
	switch t {
	case 0:
		return "native"
	case 1:
		return "erc20"
	case 2:
		return "erc721"
	}
	return "unknown"
}

func bigString(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// transfer renders a record for the API; nodeOf names operators' nodes.
func (r *record) transfer(now int64, nodeOf func(common.Address) string) Transfer {
	d := r.dir
	t := Transfer{Direction: d.name, Nonce: r.nonce, State: r.state(), Source: d.src, Destination: d.dst,
		Request: r.req, VoteCount: r.voteCount(), Threshold: d.threshold, Failures: r.failures, Refund: r.refund,
		LatencySeconds: r.latencySec, LatencyBlocks: r.latencyBlocks, Handle: r.handle}
	if r.req != nil {
		t.AgeSeconds = float64(max(0, now-r.req.Time))
	}
	registered := map[common.Address]bool{}
	for _, op := range d.operators {
		registered[op] = true
	}
	ops := append([]common.Address{}, d.operators...)
	for _, v := range r.votes {
		if !registered[v.op] && !contains(ops, v.op) {
			ops = append(ops, v.op)
		}
	}
	for _, s := range r.skips {
		if !registered[s.op] && !contains(ops, s.op) {
			ops = append(ops, s.op)
		}
	}
	for _, op := range ops {
		ov := OperatorVote{Operator: op, Node: nodeOf(op), Registered: registered[op], Status: VotePending}
		if r.closed() {
			ov.Status = VoteStandby
		}
		if st, ok := r.onchain[op]; ok && st.Voted {
			key := common.Hash(st.VotedKey)
			ov.Status, ov.VoteKey, ov.VotesAfter = VoteVoted, &key, st.VotesForKey
		}
		var latest *TxRef
		for i := range r.votes {
			if v := &r.votes[i]; v.op == op {
				tx, key := v.tx, v.key
				ov.Status, ov.Tx, ov.VoteKey, ov.VotesAfter, latest = VoteVoted, &tx, &key, v.votes, &tx
			}
		}
		for i := range r.skips {
			if s := &r.skips[i]; s.op == op && latest == nil {
				tx := s.tx
				ov.Status, ov.Tx, ov.Reason = VoteSkipped, &tx, s.reason
			}
		}
		t.Votes = append(t.Votes, ov)
	}
	return t
}

func contains(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// recent returns up to n records of both directions, newest first.
func (ix *index) recent(n int) []*record {
	var out []*record
	for _, d := range ix.dirs {
		from := max(0, len(d.order)-n)
		for _, r := range d.order[from:] {
			if d.recs[r.nonce] == r {
				out = append(out, r)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].seq > out[j].seq })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
