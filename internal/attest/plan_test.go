package attest

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/duty"
)

// planFixture: 3 operators, k = 2, a domain, and real signatures over real digests (Join is exercised for real).
type planFixture struct {
	keys []*ecdsa.PrivateKey
	ops  []common.Address
	r    Roster
}

func newPlanFixture(t testing.TB) *planFixture {
	t.Helper()
	f := &planFixture{}
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		f.keys = append(f.keys, k)
		f.ops = append(f.ops, crypto.PubkeyToAddress(k.PublicKey))
	}
	f.r = Roster{Domain: bindings.HandleDomain{ChainID: big.NewInt(2), Bridge: common.HexToAddress("0xb2"), SourceChainID: big.NewInt(1),
		SourceBridge: common.HexToAddress("0xb1")}, Epoch: 1, Operators: f.ops, Threshold: 2}
	return f
}

func (f *planFixture) call(n uint64) bindings.BridgeHandleCall {
	return bindings.BridgeHandleCall{TokenType: bindings.TokenNative, RequestTxHash: common.Hash{byte(n)}, From: common.HexToAddress("0xa"),
		To: common.HexToAddress("0xb"), ValueOrTokenId: big.NewInt(1), RequestNonce: n, RequestBlockNumber: 10}
}

func (f *planFixture) att(t *testing.T, op int, c bindings.BridgeHandleCall, at time.Time) Attestation {
	t.Helper()
	a, err := NewSigner(NewKeySigner(f.keys[op])).Sign(t.Context(), ParentToChild, f.r, c)
	if err != nil {
		t.Fatal(err)
	}
	a.Received = at
	return a
}

func TestPlan(t *testing.T) {
	f := newPlanFixture(t)
	rot := duty.Rotation{Operators: f.ops, Threshold: 2}
	t0 := time.Unix(1_700_000_000, 0)
	grace, takeover := time.Second, 3*time.Second
	// Nonce 3: Designated(3) = ops[0], ops[1] (3 mod 3 = 0); nonce 4: ops[1], ops[2].
	const n3, n4 = 3, 4
	type want struct {
		action Action
		nSigs  int
	}
	cases := []struct {
		name  string
		self  int
		nonce uint64
		sigs  []int // operators whose signatures are held
		now   time.Duration
		want  want
		at    time.Duration // the decision's At - Ready
	}{
		{"submitter with k before grace submits", 0, n3, []int{0, 1}, 100 * time.Millisecond, want{ActSubmit, 2}, grace},
		{"submitter with all three submits k", 0, n3, []int{0, 1, 2}, 0, want{ActSubmit, 2}, grace},
		{"submitter without k waits", 0, n3, []int{0}, 500 * time.Millisecond, want{ActWait, 0}, grace},
		{"second designated with k waits for the submitter", 1, n3, []int{0, 1}, 500 * time.Millisecond, want{ActWait, 0}, grace + takeover},
		{"backup waits", 2, n3, []int{0, 1, 2}, 999 * time.Millisecond, want{ActWait, 0}, grace + 2*takeover},
		{"submitter after grace without k falls back", 0, n3, []int{0}, grace, want{ActFallback, 0}, grace},
		{"submitter after grace with k still submits", 0, n3, []int{1, 2}, 5 * grace, want{ActSubmit, 2}, grace},
		{"second designated after grace with k waits for the takeover", 1, n3, []int{0, 1}, grace, want{ActWait, 0}, grace + takeover},
		{"second designated just before the takeover waits", 1, n3, []int{0, 1}, grace + takeover - time.Millisecond, want{ActWait, 0}, grace + takeover},
		{"second designated after the takeover with k submits", 1, n3, []int{0, 1}, grace + takeover, want{ActSubmit, 2}, grace + takeover},
		{"second designated after grace without k falls back", 1, n3, []int{1}, grace, want{ActFallback, 0}, grace},
		{"backup after grace with k waits for the takeovers", 2, n3, []int{0, 1, 2}, grace + takeover, want{ActWait, 0}, grace + 2*takeover},
		{"backup after both takeovers with k submits", 2, n3, []int{0, 1, 2}, grace + 2*takeover, want{ActSubmit, 2}, grace + 2*takeover},
		{"backup after grace without k falls back to votes", 2, n3, []int{2}, grace, want{ActFallback, 0}, grace},
		{"rotation moves with the nonce", 1, n4, []int{2, 0}, 0, want{ActSubmit, 2}, grace},
		{"old submitter is a backup for the next nonce", 0, n4, []int{0, 1, 2}, 0, want{ActWait, 0}, grace + 2*takeover},
		{"duplicates do not make k", 0, n3, []int{0, 0}, 0, want{ActWait, 0}, grace},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := f.call(tc.nonce)
			digest := Digest(f.r.Domain, f.r.Epoch, c)
			var atts []Attestation
			for i, op := range tc.sigs {
				atts = append(atts, f.att(t, op, c, t0.Add(time.Duration(i+1)*10*time.Millisecond)))
			}
			got := Plan(PlanInput{Now: t0.Add(tc.now), Self: f.ops[tc.self], Rotation: rot, Grace: grace, Takeover: takeover,
				Candidates: []Candidate{{Call: c, Digest: digest, Ready: t0, Signatures: atts}}})
			if len(got) != 1 {
				t.Fatalf("%d decisions", len(got))
			}
			d := got[0]
			at := t0.Add(tc.at)
			distinct := map[int]bool{}
			for _, op := range tc.sigs {
				distinct[op] = true
			}
			if d.Held != (len(distinct) >= 2) {
				t.Fatalf("Held %v with signatures of %v (k = 2)", d.Held, tc.sigs)
			}
			if d.Action != tc.want.action || len(d.Signers) != tc.want.nSigs || d.Nonce != tc.nonce || !d.At.Equal(at) {
				t.Fatalf("decision %v (%s), %d signers, at %v; want %v with %d at %v", d.Action, d.Reason, len(d.Signers), d.At, tc.want.action, tc.want.nSigs, at)
			}
			if d.Action == ActSubmit {
				r := f.r
				if err := CheckEntry(r, c.RequestNonce, digest, d.Signatures); err != nil {
					t.Fatalf("submitted entry refused: %v", err)
				}
				if d.Complete.IsZero() || d.Complete.Before(t0) {
					t.Fatalf("complete %v", d.Complete)
				}
			}
		})
	}
}

// A submitter that says it sent the nonce (Attestation.Submitted, seen at SubmittedSeen) gets one Takeover from
// then before the second designated operator sends the same signatures; without the hint it gets Grace +
// Takeover from Ready.
func TestPlanTakeoverWaitsForAnnouncedSubmission(t *testing.T) {
	f := newPlanFixture(t)
	rot := duty.Rotation{Operators: f.ops, Threshold: 2}
	t0 := time.Unix(1_700_000_000, 0)
	grace, takeover := time.Second, 3*time.Second
	c := f.call(3) // designated: ops[0] (submitter), ops[1]
	digest := Digest(f.r.Domain, f.r.Epoch, c)
	sub := f.att(t, 0, c, t0)
	sub.Submitted, sub.SubmittedSeen = true, t0.Add(2*time.Second)
	plan := func(now time.Duration, s0 Attestation) Decision {
		return Plan(PlanInput{Now: t0.Add(now), Self: f.ops[1], Rotation: rot, Grace: grace, Takeover: takeover,
			Candidates: []Candidate{{Call: c, Digest: digest, Ready: t0, Signatures: []Attestation{s0, f.att(t, 1, c, t0)}}}})[0]
	}
	if d := plan(4*time.Second, sub); d.Action != ActWait || !d.At.Equal(t0.Add(5*time.Second)) {
		t.Fatalf("announced at t0+2s, now t0+4s: %v until %v; want wait until t0+5s", d.Action, d.At)
	}
	if d := plan(5*time.Second, sub); d.Action != ActSubmit {
		t.Fatalf("announced at t0+2s, now t0+5s: %v (%s); want the takeover", d.Action, d.Reason)
	}
	if d := plan(4*time.Second, f.att(t, 0, c, t0)); d.Action != ActSubmit {
		t.Fatalf("no announcement, now t0+4s: %v (%s); want the takeover", d.Action, d.Reason)
	}
}

// A designated submitter seen marking any nonce submitted within the last Takeover (PlanInput.Busy) is working
// through a backlog: the second designated operator waits until that mark + Takeover, at most MaxBusyTakeovers
// Takeovers past its own takeover time; a submitter whose last mark is older is taken over as before.
func TestPlanTakeoverWaitsForBusySubmitter(t *testing.T) {
	f := newPlanFixture(t)
	rot := duty.Rotation{Operators: f.ops, Threshold: 2}
	t0 := time.Unix(1_700_000_000, 0)
	grace, takeover := time.Second, 3*time.Second
	c := f.call(3) // designated: ops[0] (submitter), ops[1]; takeover at t0 + 4 s without a busy sign
	digest := Digest(f.r.Domain, f.r.Epoch, c)
	plan := func(now time.Duration, busy map[common.Address]time.Time) Decision {
		return Plan(PlanInput{Now: t0.Add(now), Self: f.ops[1], Rotation: rot, Grace: grace, Takeover: takeover, Busy: busy,
			Candidates: []Candidate{{Call: c, Digest: digest, Ready: t0, Signatures: []Attestation{f.att(t, 0, c, t0), f.att(t, 1, c, t0)}}}})[0]
	}
	at := func(d time.Duration) map[common.Address]time.Time {
		return map[common.Address]time.Time{f.ops[0]: t0.Add(d)}
	}
	for _, tc := range []struct {
		name      string
		now       time.Duration
		busy      map[common.Address]time.Time
		action    Action
		waitUntil time.Duration // ActWait only
	}{
		{"no busy sign", 4 * time.Second, nil, ActSubmit, 0},
		{"last mark at t0+3s: wait until t0+6s", 4 * time.Second, at(3 * time.Second), ActWait, 6 * time.Second},
		{"last mark at t0+3s, now t0+6s", 6 * time.Second, at(3 * time.Second), ActSubmit, 0},
		{"last mark before the takeover window", 4 * time.Second, at(500 * time.Millisecond), ActSubmit, 0},
		{"marks keep coming: capped at t0+4s+3*3s", 12 * time.Second, at(12 * time.Second), ActWait, 13 * time.Second},
		{"marks keep coming, now past the cap", 13 * time.Second, at(13 * time.Second), ActSubmit, 0},
		{"another operator's marks do not count", 4 * time.Second, map[common.Address]time.Time{f.ops[2]: t0.Add(4 * time.Second)}, ActSubmit, 0},
	} {
		d := plan(tc.now, tc.busy)
		if d.Action != tc.action || tc.action == ActWait && !d.At.Equal(t0.Add(tc.waitUntil)) {
			t.Errorf("%s: %v until %v (%s); want %v until t0+%v", tc.name, d.Action, d.At.Sub(t0), d.Reason, tc.action, tc.waitUntil)
		}
	}
	// The submitter itself sends at once whatever the marks say.
	d := Plan(PlanInput{Now: t0, Self: f.ops[0], Rotation: rot, Grace: grace, Takeover: takeover, Busy: at(0),
		Candidates: []Candidate{{Call: c, Digest: digest, Ready: t0, Signatures: []Attestation{f.att(t, 0, c, t0), f.att(t, 1, c, t0)}}}})[0]
	if d.Action != ActSubmit {
		t.Errorf("designated submitter with k signatures: %v (%s); want submit", d.Action, d.Reason)
	}
}

// Signatures of another digest (another call for the same nonce, e.g. a source reorg) never count.
func TestPlanIgnoresOtherDigests(t *testing.T) {
	f := newPlanFixture(t)
	t0 := time.Unix(1_700_000_000, 0)
	c := f.call(3)
	other := c
	other.RequestBlockNumber++
	atts := []Attestation{f.att(t, 0, c, t0), f.att(t, 1, other, t0)}
	d := Plan(PlanInput{Now: t0, Self: f.ops[0], Rotation: duty.Rotation{Operators: f.ops, Threshold: 2}, Grace: time.Second,
		Candidates: []Candidate{{Call: c, Digest: Digest(f.r.Domain, f.r.Epoch, c), Ready: t0, Signatures: atts}}})[0]
	if d.Action != ActWait {
		t.Fatalf("%v (%s), want wait", d.Action, d.Reason)
	}
}

func TestPlanNoRotationFallsBack(t *testing.T) {
	f := newPlanFixture(t)
	t0 := time.Unix(1_700_000_000, 0)
	c := f.call(1)
	for _, rot := range []duty.Rotation{{}, {Operators: f.ops, Threshold: 0}} {
		d := Plan(PlanInput{Now: t0, Self: f.ops[0], Rotation: rot, Grace: time.Second, Candidates: []Candidate{{Call: c, Ready: t0}}})[0]
		if d.Action != ActFallback {
			t.Fatalf("rotation %+v: %v", rot, d.Action)
		}
	}
}

func TestSignedBatchCutsAtMax(t *testing.T) {
	var ds []Decision
	for i := uint64(0); i < 5; i++ {
		a := ActSubmit
		if i == 1 {
			a = ActWait
		}
		ds = append(ds, Decision{Nonce: i, Action: a, Call: bindings.BridgeHandleCall{RequestNonce: i}, Signatures: []byte{byte(i)}})
	}
	calls, sigs := SignedBatch(ds, 3)
	var nonces []uint64
	for i, c := range calls {
		nonces = append(nonces, c.RequestNonce)
		if !bytes.Equal(sigs[i], []byte{byte(c.RequestNonce)}) {
			t.Fatal("signatures out of step with calls")
		}
	}
	if !slices.Equal(nonces, []uint64{0, 2, 3}) {
		t.Fatalf("nonces %v", nonces)
	}
}

func TestConfigDefaults(t *testing.T) {
	c, err := Config{}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if c.Grace != DefaultBlockTime || c.RateLimit != DefaultRateLimit || c.MaxPageLimit != DefaultMaxPageLimit || c.MaxResponseBytes != DefaultMaxResponseBytes {
		t.Fatalf("defaults %+v", c)
	}
	if c, _ := (Config{BlockTime: 2 * time.Second}).withDefaults(); c.Grace != 2*time.Second {
		t.Fatalf("grace %v, want one block time", c.Grace)
	}
	for _, tc := range []struct {
		cfg   Config
		field string
	}{
		{Config{Grace: -time.Second}, "attestation.grace"},
		{Config{Listen: "nonsense"}, "attestation.listen"},
		{Config{Peers: []string{"ftp://x"}}, "attestation.peers"},
		{Config{Peers: []string{"http://ok.example", "http://a/?q=1"}}, "attestation.peers: entry 1"},
		{Config{RateLimit: -1}, "attestation.rate_limit"},
		{Config{PageLimit: 600}, "attestation.page_limit"},
		{Config{MaxResponseBytes: -1}, "attestation.max_response_bytes"},
	} {
		_, err := tc.cfg.withDefaults()
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.field)) {
			t.Errorf("%+v: %v, want an error naming %s", tc.cfg, err, tc.field)
		}
	}
	u, err := peerURL("https://op1.example")
	if err != nil || u.String() != "https://op1.example"+Path {
		t.Fatalf("peer URL without a path: %v %v", u, err)
	}
}
