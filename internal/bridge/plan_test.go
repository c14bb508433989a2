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
	"github.com/servicechain/servicechain/internal/txmgr"
)

// The vote planner's decisions, without any chain: each case is a round
// snapshot and the actions expected of it.

var (
	t0      = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	opA     = common.HexToAddress("0xa")
	opB     = common.HexToAddress("0xb")
	opC     = common.HexToAddress("0xc")
	testCfg = planConfig{batchSize: 3, recheckInterval: 3 * time.Second, retry: backoff{first: time.Second, cap: time.Minute},
		refundAfter: time.Hour, voteGrace: 5 * time.Second}
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

// reachedMine: this node's vote for r counts and the threshold (2) is reached,
// but the nonce is open: the payout failed.
func reachedMine(r *store.Request) statusAnswer { return votedMine(r, 2) }

// refundVotedMine is a status where this node's refund vote for r counts.
func refundVotedMine(r *store.Request, votes uint8) statusAnswer {
	return statusAnswer{HandleStatus: client.HandleStatus{Voted: true, VotedKey: refundKey(bindings.HandleDomain{}, 0, r), VotesForKey: votes, Threshold: 2}}
}

func failedReq(n uint64) *store.Request { return req(n, store.StateFailed, time.Hour) }

// TestPlanFailedPayouts: a payout that reached its threshold and failed is
// backed off, retried by one designated operator per try, refunded by the
// designated operators once refund_after has passed (at once when it cannot
// heal, or when an operator asked), never refunded when it is a refund
// request, and never holds the readiness age.
func TestPlanFailedPayouts(t *testing.T) {
	src := common.HexToAddress("0x5bc")
	// Nonce 7 designates B (position 0) and C (position 1); A is its backup.
	failing := func(tries int, nextTryIn time.Duration, firstFailedAgo time.Duration) nonceMemory {
		return nonceMemory{tries: tries, nextTry: t0.Add(nextTryIn), firstFailed: t0.Add(-firstFailedAgo)}
	}
	cases := []struct {
		name   string
		me     common.Address
		r      *store.Request
		mem    nonceMemory
		status statusAnswer // zero: reachedMine(r)
		cfg    func(*planConfig)
		// want
		checked  bool
		newFail  bool
		tried    bool
		retry    bool
		refund   bool
		refCount bool
	}{
		{name: "threshold reached, open, unknown to this node: start the backoff, no vote", me: opB, r: old(7),
			checked: true, newFail: true},
		{name: "a backup past the grace sees the key at the threshold: no late vote", me: opA, r: old(7),
			status: statusAnswer{HandleStatus: client.HandleStatus{Threshold: 2}, keyVotes: 2}, checked: true, newFail: true},
		{name: "backing off: not even asked about", me: opB, r: failedReq(7), mem: failing(1, time.Second, time.Second)},
		{name: "try 2 due: position 1 mod 2 = C retries", me: opC, r: failedReq(7), mem: failing(1, 0, time.Second),
			checked: true, tried: true, retry: true},
		{name: "try 2 due: B waits for its turn, the schedule advances", me: opB, r: failedReq(7), mem: failing(1, 0, time.Second),
			checked: true, tried: true},
		{name: "try 3 due: B's turn", me: opB, r: failedReq(7), mem: failing(2, -time.Millisecond, time.Second),
			checked: true, tried: true, retry: true},
		{name: "the backup never retries", me: opA, r: failedReq(7), mem: failing(2, 0, time.Second),
			checked: true, tried: true},
		{name: "a vote below the threshold cannot retry anything", me: opC, r: failedReq(7), mem: failing(1, 0, time.Second),
			status: votedMine(failedReq(7), 1), checked: true, tried: true},
		{name: "refund_after passed: the designated vote to refund", me: opB, r: failedReq(7), mem: failing(5, time.Hour, time.Hour),
			checked: true, refund: true},
		{name: "refund due: the backup waits the grace", me: opA, r: failedReq(7), mem: failing(5, time.Hour, time.Hour+time.Second),
			checked: true},
		{name: "refund due for a grace: the backup votes too", me: opA, r: failedReq(7), mem: failing(5, time.Hour, time.Hour+5*time.Second),
			checked: true, refund: true},
		{name: "a failure that cannot heal is refunded at once", me: opC, r: failedReq(7),
			mem: nonceMemory{tries: 1, nextTry: t0.Add(time.Second), firstFailed: t0, permanent: true}, checked: true, refund: true},
		{name: "refund_after 0: retried, never refunded automatically", me: opC, r: failedReq(7), mem: failing(9, 0, 100*time.Hour),
			cfg: func(c *planConfig) { c.refundAfter = 0 }, checked: true, tried: true, retry: true},
		{name: "a refund request is never refunded: retried", me: opB, r: func() *store.Request { r := failedReq(7); r.From = src; return r }(),
			mem: failing(2, 0, 2*time.Hour), checked: true, tried: true, retry: true},
		{name: "an operator's bridge_refund: refund at once, not even failed", me: opA, r: old(7), mem: nonceMemory{forced: t0},
			status: notVoted, checked: true, refund: true},
		{name: "this node's refund vote counts, threshold not reached", me: opB, r: req(7, store.StateRefunding, time.Hour),
			mem: failing(3, time.Hour, time.Hour), status: refundVotedMine(req(7, store.StateRefunding, time.Hour), 1), checked: true, refCount: true},
		{name: "refunding: re-checked only every recheck interval", me: opB, r: req(7, store.StateRefunding, time.Hour),
			mem: nonceMemory{tries: 3, firstFailed: t0.Add(-2 * time.Hour), lastCheck: t0.Add(-time.Second)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testCfg
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			st := tc.status
			if st == (statusAnswer{}) {
				st = reachedMine(tc.r)
			}
			in := &roundInput{now: t0, me: tc.me, srcBridge: src, open: []*store.Request{tc.r}, roster: roster3, funded: true,
				memory: map[uint64]nonceMemory{7: tc.mem}}
			answerAll(in, st)
			p := plan(cfg, in)
			got := struct{ checked, newFail, tried, retry, refund, refCount bool }{
				len(p.check) == 1, len(p.newFailures) == 1, slices.Equal(p.tried, []uint64{7}),
				len(p.retries) == 1, len(p.refunds) == 1, len(p.refundCounted) == 1}
			want := struct{ checked, newFail, tried, retry, refund, refCount bool }{tc.checked, tc.newFail, tc.tried, tc.retry, tc.refund, tc.refCount}
			if got != want {
				t.Fatalf("plan %+v\ngot  %+v\nwant %+v", p, got, want)
			}
			if len(p.batches) != 0 {
				t.Errorf("a failing request planned as a fresh vote: %v", batchNonces(p.batches))
			}
			if !p.oldest.IsZero() && tc.r.State != store.StateSeen {
				t.Errorf("a failing request sets the readiness age (%s)", p.oldest)
			}
		})
	}
	t.Run("paused: retries and refunds are skipped too", func(t *testing.T) {
		in := &roundInput{now: t0, me: opC, srcBridge: src, open: []*store.Request{failedReq(7), failedReq(8)}, roster: roster3, paused: true, funded: true,
			memory: map[uint64]nonceMemory{7: failing(1, 0, time.Second), 8: {tries: 1, permanent: true, firstFailed: t0, nextTry: t0.Add(time.Hour)}}}
		answerAll(in, reachedMine(failedReq(7)))
		in.status[8] = reachedMine(failedReq(8))
		p := plan(testCfg, in)
		if len(p.retries)+len(p.refunds) != 0 || p.skipped != 2 || p.skipReason != skipPaused {
			t.Errorf("retries %v refunds %v skipped %d (%s)", batchNonces(p.retries), batchNonces(p.refunds), p.skipped, p.skipReason)
		}
	})
}

func TestBackoff(t *testing.T) {
	b := backoff{first: 200 * time.Millisecond, cap: time.Second}
	var got []time.Duration
	for tries := 1; tries <= 5; tries++ {
		got = append(got, b.wait(tries))
	}
	want := []time.Duration{200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond, time.Second, time.Second}
	if !slices.Equal(got, want) {
		t.Errorf("waits %v, want %v (doubling from the poll interval to the cap)", got, want)
	}
	// Tries at 0, 0.2, 0.6, 1.4, 2.4, 3.4 s.
	for _, c := range []struct {
		d    time.Duration
		want int
	}{{0, 1}, {199 * time.Millisecond, 1}, {200 * time.Millisecond, 2}, {time.Second, 3}, {1400 * time.Millisecond, 4}, {3500 * time.Millisecond, 6}} {
		if n := b.triesWithin(c.d); n != c.want {
			t.Errorf("triesWithin(%s) = %d, want %d", c.d, n, c.want)
		}
	}
}

func TestPermanentFailure(t *testing.T) {
	errData := func(name string, args ...any) []byte {
		e := bridgeABI.GetABI().Errors[name]
		if e.ID == (common.Hash{}) {
			e = nftABI.GetABI().Errors[name]
		}
		enc, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(e.ID.Bytes()[:4:4], enc...)
	}
	tok := common.HexToAddress("0x70c")
	for _, c := range []struct {
		reason []byte
		want   bool
	}{
		{errData("TokenNotRegistered", tok), true},
		{errData("TokenTypeMismatch", tok, uint8(1), uint8(2)), true},
		{errData("ERC721InvalidSender", common.Address{}), true},
		{errData("ERC721InvalidSender", tok), false},
		{errData("TokenIsLocked", tok), false},
		{errData("PayoutOutOfGas", big.NewInt(50_000)), false},
		{errData("NativeTransferFailed", tok, big.NewInt(1)), false},
		{[]byte{1, 2}, false},
		{nil, false},
	} {
		if got := permanentFailure(c.reason); got != c.want {
			t.Errorf("permanentFailure(%s) = %v, want %v", bindings.DecodeRevert(c.reason), got, c.want)
		}
	}
}

// TestBatchLimits: batches stay under the 128 KiB transaction size and the
// EIP-7825 gas cap whatever the requests hold (maximal extraData, maximal
// URIs), in nonce order, and a batch of ordinary requests is cut only by the
// entry count.
func TestBatchLimits(t *testing.T) {
	mk := func(n int, tokenType uint8, uri, extra int) []*store.Request {
		var rs []*store.Request
		for i := 0; i < n; i++ {
			r := old(uint64(i))
			r.TokenType, r.TokenURI, r.ExtraData = tokenType, string(make([]byte, uri)), make([]byte, extra)
			rs = append(rs, r)
		}
		return rs
	}
	l := defaultLimits(100, 20)
	for _, c := range []struct {
		name    string
		rs      []*store.Request
		batches int
	}{
		{"50 plain native: one batch", mk(50, TokenNative, 0, 5), 1},
		{"100 plain native: cut by the gas bound (stipends of gas burners)", mk(100, TokenNative, 0, 5), 2},
		{"100 native with 1 KiB extraData: cut by size", mk(100, TokenNative, 0, bindings.MaxExtraDataLength), 2},
		{"100 ERC-721 with 512-byte URIs and 1 KiB extraData: cut by gas", mk(100, TokenERC721, bindings.MaxTokenURILength, bindings.MaxExtraDataLength), 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			bs := l.split(c.rs)
			if len(bs) != c.batches {
				t.Errorf("%d batches, want %d", len(bs), c.batches)
			}
			var all []uint64
			for _, b := range bs {
				data, _ := kindHandle.pack(b)
				if len(data) > maxBatchCalldata {
					t.Errorf("batch of %d: %d bytes of calldata, limit %d", len(b), len(data), maxBatchCalldata)
				}
				gas := uint64(txBaseGas + payoutCallHeadroom)
				for _, r := range b {
					gas += l.entryGas(r)
				}
				if gas > txmgr.DefaultMaxGasLimit {
					t.Errorf("batch of %d: gas bound %d over the EIP-7825 cap", len(b), gas)
				}
				if len(b) > 1 && entryCalldata(b[0])*len(b) > len(data) {
					t.Errorf("entryCalldata overestimates nothing: %d x %d > %d", entryCalldata(b[0]), len(b), len(data))
				}
				all = append(all, nonces(b)...)
			}
			if len(all) != len(c.rs) || !slices.IsSorted(all) {
				t.Errorf("batches %v lose or reorder requests", batchNonces(bs))
			}
		})
	}
	if got := payoutGas(mk(1, TokenNative, 0, 0)[0]); got != 50_000+payoutCloseGas {
		t.Errorf("native payout gas %d: want the stipend and the close cost", got)
	}
	if got := kindHandle.extraGas(mk(2, TokenERC721, 0, 0)); got != 2*(500_000+payoutCloseGas)+40_000+7_937 {
		t.Errorf("extra gas of 2 ERC-721 votes %d: want two stipends and close costs, the call reserve and 1/63 of a stipend once", got)
	}
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

// TestPlanAttestation (issue 14): with attestation on, a backup inside its
// vote grace is asked about too and signs (signOnly) without voting; the
// designated operators' votes are planned as before (attestRound then sends
// them by signatures); a paused node signs nothing.
func TestPlanAttestation(t *testing.T) {
	cfg := testCfg
	cfg.attest = true
	open := func() []*store.Request { return []*store.Request{fresh(0), fresh(1), fresh(2)} }
	// Nonce 0 designates A and B, 1 designates B and C, 2 designates C and A.
	for _, tc := range []struct {
		name            string
		paused          bool
		votes, signOnly []uint64
	}{
		{"backup of nonce 1 signs it, votes 0 and 2", false, []uint64{0, 2}, []uint64{1}},
		{"paused: nothing", true, nil, []uint64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := &roundInput{now: t0, me: opA, open: open(), roster: roster3, funded: true, paused: tc.paused}
			if !needsRoster(cfg, in) {
				t.Fatal("needsRoster is false with attestation on")
			}
			in.status, in.canonical = map[uint64]statusAnswer{}, map[uint64]bool{}
			p := plan(cfg, in)
			if got := nonces(p.check); !slices.Equal(got, []uint64{0, 1, 2}) {
				t.Fatalf("check %v, want every open nonce (the backup signs too)", got)
			}
			for _, r := range p.check {
				in.status[r.Nonce] = notVoted
			}
			for _, r := range plan(cfg, in).confirm {
				in.canonical[r.Nonce] = true
			}
			p = plan(cfg, in)
			var votes []uint64
			for _, b := range p.batches {
				votes = append(votes, nonces(b)...)
			}
			if !slices.Equal(votes, tc.votes) {
				t.Errorf("votes %v, want %v", votes, tc.votes)
			}
			if got := nonces(p.signOnly); !slices.Equal(got, tc.signOnly) {
				t.Errorf("signOnly %v, want %v", got, tc.signOnly)
			}
		})
	}
	// Without attestation the backup is not even asked.
	in := &roundInput{now: t0, me: opA, open: open(), roster: roster3, funded: true}
	if got := nonces(plan(testCfg, in).check); !slices.Equal(got, []uint64{0, 2}) {
		t.Errorf("attestation off: check %v, want [0 2]", got)
	}
	// A signed request idle (waiting for its takeover, or a backup's grace)
	// is not asked about until its idle time ends; a voted one is re-checked
	// as before.
	in = &roundInput{now: t0, me: opA, open: open(), roster: roster3, funded: true, memory: map[uint64]nonceMemory{
		0: {attestIdle: t0.Add(time.Second)}, 1: {attestIdle: t0}, 2: {attestIdle: t0.Add(-time.Second)}}}
	if got := nonces(plan(cfg, in).check); !slices.Equal(got, []uint64{1, 2}) {
		t.Errorf("idle until t0+1s, t0, t0-1s: check %v, want [1 2]", got)
	}
	voted := open()
	voted[0].State = store.StateVoted
	in.open = voted
	if got := nonces(plan(cfg, in).check); !slices.Equal(got, []uint64{0, 1, 2}) {
		t.Errorf("a voted request is not idle: check %v, want [0 1 2]", got)
	}
}
