package bridge

import (
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/duty"
	"github.com/servicechain/servicechain/internal/store"
)

// The vote planner's decisions, without any chain: each case is a round
// snapshot and the actions expected of it.

var (
	t0      = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	opA     = common.HexToAddress("0xa")
	opB     = common.HexToAddress("0xb")
	opC     = common.HexToAddress("0xc")
	testCfg = planConfig{batchSize: 3, recheckInterval: 3 * time.Second, retryInterval: 10 * time.Second, voteGrace: 5 * time.Second}
	// roster3 has A, B, C with threshold 2: nonce n designates positions n and
	// n+1 (mod 3), so C is the backup for nonce 0, A for nonce 1, B for nonce 2.
	roster3 = &duty.Rotation{Operators: []common.Address{opA, opB, opC}, Threshold: 2}
)

// req is an open request of nonce n first seen age ago, in state st.
func req(n uint64, st store.RequestState, age time.Duration) *store.Request {
	return &store.Request{Nonce: n, State: st, FirstSeen: t0.Add(-age), TxHash: common.BigToHash(big.NewInt(int64(n + 100))),
		BlockNumber: 10 + n, From: opA, To: opB, ValueOrTokenID: big.NewInt(1)}
}

// fresh returns a seen request first seen just now (inside the grace).
func fresh(n uint64) *store.Request { return req(n, store.StateSeen, 0) }

// old returns a seen request whose grace has passed.
func old(n uint64) *store.Request { return req(n, store.StateSeen, time.Minute) }

func nonces(rs []*store.Request) []uint64 {
	out := []uint64{}
	for _, r := range rs {
		out = append(out, r.Nonce)
	}
	return out
}

func batchNonces(bs [][]*store.Request) [][]uint64 {
	out := [][]uint64{}
	for _, b := range bs {
		out = append(out, nonces(b))
	}
	return out
}

// notVoted is a status of an open nonce nobody (or not this node) voted on.
var notVoted = statusAnswer{HandleStatus: client.HandleStatus{Threshold: 2}}

// votedMine is a status where this node's vote for r counts with votes votes.
func votedMine(r *store.Request, votes uint8) statusAnswer {
	return statusAnswer{HandleStatus: client.HandleStatus{Voted: true, VotedKey: voteKey(bindings.HandleDomain{}, 0, r), VotesForKey: votes, Threshold: 2}}
}

// answerAll fills status (with s unless set) and canonical (true unless set)
// for every request in check and confirm, as the effects would.
func answerAll(in *roundInput, s statusAnswer) {
	if in.status == nil {
		in.status = map[uint64]statusAnswer{}
	}
	if in.canonical == nil {
		in.canonical = map[uint64]bool{}
	}
	p := plan(testCfg, in)
	for _, r := range p.check {
		if _, ok := in.status[r.Nonce]; !ok {
			in.status[r.Nonce] = s
		}
	}
	p = plan(testCfg, in)
	for _, r := range p.confirm {
		if _, ok := in.canonical[r.Nonce]; !ok {
			in.canonical[r.Nonce] = true
		}
	}
}

func TestPlanDuty(t *testing.T) {
	cases := []struct {
		name   string
		me     common.Address
		roster *duty.Rotation
		cfg    func(*planConfig)
		open   []*store.Request
		check  []uint64 // candidates asked about
	}{
		// Nonce 0 designates A and B; C is its backup.
		{"designated votes at once", opA, roster3, nil, []*store.Request{fresh(0)}, []uint64{0}},
		{"second designated votes at once", opB, roster3, nil, []*store.Request{fresh(0)}, []uint64{0}},
		{"backup waits inside the grace (no status call)", opC, roster3, nil, []*store.Request{fresh(0)}, []uint64{}},
		{"backup just before the grace", opC, roster3, nil, []*store.Request{req(0, store.StateSeen, 5*time.Second-time.Nanosecond)}, []uint64{}},
		{"backup at the grace", opC, roster3, nil, []*store.Request{req(0, store.StateSeen, 5*time.Second)}, []uint64{0}},
		{"backup after the grace", opC, roster3, nil, []*store.Request{old(0)}, []uint64{0}},
		{"rotation moves with the nonce", opC, roster3, nil, []*store.Request{fresh(0), fresh(1), fresh(2), fresh(3)}, []uint64{1, 2}},
		{"grace 0: everyone votes at once", opC, roster3, func(c *planConfig) { c.voteGrace = 0 }, []*store.Request{fresh(0)}, []uint64{0}},
		{"unknown operator list: vote", opC, nil, nil, []*store.Request{fresh(0)}, []uint64{0}},
		{"not an operator: vote, the chain decides", common.HexToAddress("0xdd"), roster3, nil, []*store.Request{fresh(0)}, []uint64{0}},
		{"duty applies only to seen requests", opC, roster3, nil, []*store.Request{req(0, store.StateFailed, 0)}, []uint64{0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testCfg
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			in := &roundInput{now: t0, me: tc.me, open: tc.open, roster: tc.roster, funded: true}
			p := plan(cfg, in)
			if got := nonces(p.check); !slices.Equal(got, tc.check) {
				t.Fatalf("check %v, want %v", got, tc.check)
			}
			if len(p.batches) != 0 || len(p.confirm) != 0 {
				t.Fatalf("stage 1 plans votes before any status: %+v", p)
			}
		})
	}
}

func TestPlanNeedsRoster(t *testing.T) {
	in := &roundInput{now: t0, lower: 1, open: []*store.Request{fresh(0), old(1), req(2, store.StateVoted, 0)}}
	if needsRoster(testCfg, in) {
		t.Error("needs the roster with only old, voted and closed requests")
	}
	in.open = append(in.open, fresh(3))
	if !needsRoster(testCfg, in) {
		t.Error("does not need the roster for a fresh seen request")
	}
	in.memory = map[uint64]nonceMemory{3: {inflight: true}}
	if needsRoster(testCfg, in) {
		t.Error("needs the roster for a request whose vote is in flight")
	}
	noGrace := testCfg
	noGrace.voteGrace = 0
	in.memory = nil
	if needsRoster(noGrace, in) {
		t.Error("needs the roster with vote_grace 0")
	}
}

func TestPlanStages(t *testing.T) {
	t.Run("below lowerHandleNonce is closed; oldest is the lowest still open", func(t *testing.T) {
		in := &roundInput{now: t0, me: opA, lower: 2, open: []*store.Request{old(0), old(1), req(2, store.StateSeen, 7*time.Second), old(3)}, funded: true}
		p := plan(testCfg, in)
		if got := nonces(p.closed); !slices.Equal(got, []uint64{0, 1}) {
			t.Errorf("closed %v", got)
		}
		if !p.oldest.Equal(t0.Add(-7 * time.Second)) {
			t.Errorf("oldest %s, want nonce 2's first-seen time", p.oldest)
		}
		if got := nonces(p.check); !slices.Equal(got, []uint64{2, 3}) {
			t.Errorf("check %v", got)
		}
	})
	t.Run("in flight or checked recently: no status call", func(t *testing.T) {
		voted := req(1, store.StateVoted, time.Minute)
		votedLongAgo := req(2, store.StateVoted, time.Minute)
		in := &roundInput{now: t0, me: opA, open: []*store.Request{old(0), voted, votedLongAgo}, funded: true,
			memory: map[uint64]nonceMemory{
				0: {inflight: true},
				1: {lastCheck: t0.Add(-2 * time.Second)},
				2: {lastCheck: t0.Add(-3 * time.Second)},
			}}
		if got := nonces(plan(testCfg, in).check); !slices.Equal(got, []uint64{2}) {
			t.Errorf("check %v, want only the request checked a recheck interval ago", got)
		}
	})
	t.Run("the vote key binds the pair and the epoch", func(t *testing.T) {
		dom := bindings.HandleDomain{ChainID: big.NewInt(1000), Bridge: common.Address{1}, SourceChainID: big.NewInt(1001), SourceBridge: common.Address{2}}
		rs := []*store.Request{old(0), old(1), old(2)}
		key := func(d bindings.HandleDomain, epoch uint64, r *store.Request) statusAnswer {
			return statusAnswer{HandleStatus: client.HandleStatus{Voted: true, VotedKey: voteKey(d, epoch, r), VotesForKey: 1, Threshold: 2, Epoch: 3}}
		}
		in := &roundInput{now: t0, me: opA, open: rs, funded: true, domain: dom, status: map[uint64]statusAnswer{
			0: key(dom, 3, rs[0]),                     // this epoch, this pair: counts
			1: key(dom, 2, rs[1]),                     // an older epoch's key: vote again
			2: key(bindings.HandleDomain{}, 3, rs[2]), // another pair's key: vote again
		}}
		p := plan(testCfg, in)
		if got := nonces(p.counted); !slices.Equal(got, []uint64{0}) {
			t.Errorf("counted %v, want [0]", got)
		}
		if got := nonces(p.confirm); !slices.Equal(got, []uint64{1, 2}) {
			t.Errorf("confirm %v, want [1 2]", got)
		}
	})
	t.Run("status answers decide", func(t *testing.T) {
		rs := []*store.Request{old(0), old(1), old(2), old(3), old(4), old(5)}
		in := &roundInput{now: t0, me: opA, open: rs, funded: true, status: map[uint64]statusAnswer{
			0: {err: fmt.Errorf("timeout")},
			1: {HandleStatus: client.HandleStatus{Handled: true, Threshold: 2}},
			2: votedMine(rs[2], 1),                                                                                      // counts, threshold not reached
			3: notVoted,                                                                                                 // needs my vote
			4: {HandleStatus: client.HandleStatus{Voted: true, VotedKey: common.Hash{9}, VotesForKey: 1, Threshold: 2}}, // voted another key
			// 5: not answered yet
		}}
		p := plan(testCfg, in)
		for _, c := range []struct {
			what      string
			got, want []uint64
		}{
			{"unavailable", nonces(p.unavailable), []uint64{0}},
			{"handled", nonces(p.handled), []uint64{1}},
			{"counted", nonces(p.counted), []uint64{2}},
			{"confirm", nonces(p.confirm), []uint64{3, 4}},
		} {
			if !slices.Equal(c.got, c.want) {
				t.Errorf("%s %v, want %v", c.what, c.got, c.want)
			}
		}
		if len(p.batches) != 0 {
			t.Errorf("votes before the canonical check: %v", batchNonces(p.batches))
		}
		in.canonical = map[uint64]bool{3: true, 4: true}
		if got := batchNonces(plan(testCfg, in).batches); !slices.EqualFunc(got, [][]uint64{{3, 4}}, slices.Equal) {
			t.Errorf("batches %v, want [[3 4]]", got)
		}
	})
}

func TestPlanPayoutRetry(t *testing.T) {
	r := old(7)
	reached := votedMine(r, 2) // threshold reached, payout did not execute
	cases := []struct {
		name      string
		lastRetry time.Time
		vote      bool
	}{
		{"never retried: retry now", time.Time{}, true},
		{"retried a retry interval ago: retry", t0.Add(-10 * time.Second), true},
		{"retried recently: wait", t0.Add(-9 * time.Second), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := &roundInput{now: t0, me: opA, open: []*store.Request{r}, funded: true,
				memory: map[uint64]nonceMemory{7: {lastRetry: tc.lastRetry}}, status: map[uint64]statusAnswer{7: reached}}
			answerAll(in, reached)
			p := plan(testCfg, in)
			if got := len(p.batches) == 1 && p.batches[0][0] == r; got != tc.vote {
				t.Fatalf("vote %v, want %v (plan %+v)", got, tc.vote, p)
			}
			if got := slices.Equal(p.retryDue, []uint64{7}); got != tc.vote {
				t.Errorf("retry stamped %v, want %v", p.retryDue, tc.vote)
			}
			if len(p.counted) != 0 {
				t.Error("a reached threshold counted as a vote still waiting for others")
			}
		})
	}
	t.Run("a due retry is stamped even when its block is not canonical", func(t *testing.T) {
		in := &roundInput{now: t0, me: opA, open: []*store.Request{r}, funded: true,
			status: map[uint64]statusAnswer{7: reached}, canonical: map[uint64]bool{7: false}}
		p := plan(testCfg, in)
		if !slices.Equal(p.retryDue, []uint64{7}) || len(p.batches) != 0 {
			t.Errorf("retryDue %v batches %v: want stamped, no vote", p.retryDue, batchNonces(p.batches))
		}
	})
}

func TestPlanVotes(t *testing.T) {
	seven := func() []*store.Request {
		var rs []*store.Request
		for n := uint64(0); n < 7; n++ {
			rs = append(rs, old(n))
		}
		return rs
	}
	cases := []struct {
		name      string
		batchSize int
		paused    bool
		funded    bool
		reorged   []uint64
		batches   [][]uint64
		skipped   int
		reason    string
	}{
		{"batches of batch_size, lowest nonce first", 3, false, true, nil, [][]uint64{{0, 1, 2}, {3, 4, 5}, {6}}, 0, ""},
		{"batch_size 1: single handle calls", 1, false, true, nil, [][]uint64{{0}, {1}, {2}, {3}, {4}, {5}, {6}}, 0, ""},
		{"reorged requests are not voted", 3, false, true, []uint64{1, 4}, [][]uint64{{0, 2, 3}, {5, 6}}, 0, ""},
		{"paused: every vote skipped", 3, true, true, nil, [][]uint64{}, 7, skipPaused},
		{"paused counts only canonical votes", 3, true, true, []uint64{0}, [][]uint64{}, 6, skipPaused},
		{"unfunded: every vote skipped", 3, false, false, nil, [][]uint64{}, 7, skipOutOfFunds},
		{"paused wins over unfunded", 3, true, false, nil, [][]uint64{}, 7, skipPaused},
		{"all reorged: nothing to skip", 3, true, false, []uint64{0, 1, 2, 3, 4, 5, 6}, [][]uint64{}, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testCfg
			cfg.batchSize = tc.batchSize
			in := &roundInput{now: t0, me: opA, open: seven(), paused: tc.paused, funded: tc.funded, canonical: map[uint64]bool{}}
			for _, n := range tc.reorged {
				in.canonical[n] = false
			}
			answerAll(in, notVoted)
			p := plan(cfg, in)
			if got := batchNonces(p.batches); !slices.EqualFunc(got, tc.batches, slices.Equal) {
				t.Errorf("batches %v, want %v", got, tc.batches)
			}
			if p.skipped != tc.skipped || p.skipReason != tc.reason {
				t.Errorf("skipped %d (%q), want %d (%q)", p.skipped, p.skipReason, tc.skipped, tc.reason)
			}
			if got := nonces(p.confirm); len(got) != 7 {
				t.Errorf("confirm %v: want every request that wants a vote re-checked", got)
			}
		})
	}
}

// TestPlanIsPure: planning twice gives the same plan and changes nothing in
// the input.
func TestPlanIsPure(t *testing.T) {
	rs := []*store.Request{old(0), fresh(1), req(2, store.StateVoted, time.Minute)}
	in := &roundInput{now: t0, me: opC, open: rs, roster: roster3, funded: true, memory: map[uint64]nonceMemory{2: {lastCheck: t0.Add(-time.Hour)}}}
	answerAll(in, notVoted)
	before := fmt.Sprintf("%+v %+v %+v", *rs[0], *rs[1], *rs[2])
	p1, p2 := plan(testCfg, in), plan(testCfg, in)
	if fmt.Sprintf("%+v", p1) != fmt.Sprintf("%+v", p2) {
		t.Fatalf("two plans differ:\n%+v\n%+v", p1, p2)
	}
	if after := fmt.Sprintf("%+v %+v %+v", *rs[0], *rs[1], *rs[2]); after != before {
		t.Fatalf("plan changed its input:\n%s\n%s", before, after)
	}
	if got := batchNonces(p1.batches); !slices.EqualFunc(got, [][]uint64{{0, 1, 2}}, slices.Equal) {
		// Nonce 1 designates B and C, so C votes at once.
		t.Errorf("batches %v", got)
	}
}
