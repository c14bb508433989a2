package attest_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/duty"
)

// memStore is a Store over a slice: what the bridge's store does, in memory.
type memStore struct {
	mu   sync.Mutex
	atts []attest.Attestation
	err  error
	// block, when set, makes calls for direction blockDir wait until it is closed.
	block    chan struct{}
	blockDir string
	entered  chan struct{}
}

func (s *memStore) add(a attest.Attestation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.atts = append(s.atts, a)
	sort.Slice(s.atts, func(i, j int) bool { return s.atts[i].Nonce() < s.atts[j].Nonce() })
}

func (s *memStore) Attestations(ctx context.Context, direction string, from uint64, limit int) ([]attest.Attestation, error) {
	if s.block != nil && direction == s.blockDir {
		s.entered <- struct{}{}
		select {
		case <-s.block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return nil, s.err
	}
	var out []attest.Attestation
	for _, a := range s.atts {
		if a.Direction == direction && a.Nonce() >= from && len(out) < limit {
			out = append(out, a)
		}
	}
	return out, nil
}

// operators is a roster of n fresh operator keys with threshold k, no chain.
type operators struct {
	keys []*ecdsa.PrivateKey
	r    attest.Roster
}

func newOperators(t *testing.T, n, k int) *operators {
	t.Helper()
	o := &operators{r: attest.Roster{Domain: bindings.HandleDomain{ChainID: big.NewInt(2), Bridge: common.HexToAddress("0xb2"),
		SourceChainID: big.NewInt(1), SourceBridge: common.HexToAddress("0xb1")}, Epoch: 3, Threshold: k}}
	for i := 0; i < n; i++ {
		key, _ := crypto.GenerateKey()
		o.keys = append(o.keys, key)
		o.r.Operators = append(o.r.Operators, crypto.PubkeyToAddress(key.PublicKey))
	}
	return o
}

func testCall(n uint64) bindings.BridgeHandleCall {
	return bindings.BridgeHandleCall{TokenType: bindings.TokenNative, RequestTxHash: common.Hash{1, byte(n)}, From: common.HexToAddress("0xa1"),
		To: common.HexToAddress("0xb0b"), ValueOrTokenId: big.NewInt(int64(1000 + n)), RequestNonce: n, RequestBlockNumber: 50 + n, ExtraData: []byte{byte(n)}}
}

func (o *operators) sign(t testing.TB, i int, r attest.Roster, c bindings.BridgeHandleCall) attest.Attestation {
	t.Helper()
	a, err := attest.NewSigner(attest.NewKeySigner(o.keys[i])).Sign(context.Background(), attest.ParentToChild, r, c)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// source is a fixed Source: the parent-to-child window only.
type source struct{ w attest.Window }

func (s source) Window(_ context.Context, d string) (attest.Window, error) {
	if d != attest.ParentToChild {
		return attest.Window{}, nil
	}
	return s.w, nil
}

func get(t *testing.T, h http.Handler, remote, target string) (*httptest.ResponseRecorder, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.RemoteAddr = remote
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w, w.Body.String()
}

// Two operators serve their signatures, a third fetches them over real HTTP on 127.0.0.1, verifies them and,
// with its own, holds k = 2 for every nonce: Plan has it submit them.
func TestServerAndFetcher(t *testing.T) {
	o := newOperators(t, 3, 2)
	m := attest.NewMetrics(nil)
	var peers []string
	for i := 1; i <= 2; i++ {
		st := &memStore{}
		for n := uint64(0); n < 10; n++ {
			st.add(o.sign(t, i, o.r, testCall(n)))
		}
		srv, err := attest.NewServer(attest.Config{}, st, m)
		if err != nil {
			t.Fatal(err)
		}
		hs := httptest.NewServer(srv)
		t.Cleanup(hs.Close)
		peers = append(peers, hs.URL) // no path: Path is implied
	}
	pool := attest.NewPool(nil)
	fm := attest.NewMetrics(nil)
	f, err := attest.NewFetcher(attest.Config{Peers: peers}, o.r.Operators[0], source{attest.Window{Roster: o.r, From: 2, Limit: 5}}, pool, fm)
	if err != nil {
		t.Fatal(err)
	}
	res := f.Poll(t.Context())
	if res.Fetched != 10 || len(res.Failed) != 0 || len(res.Refused) != 0 {
		t.Fatalf("poll: %+v", res)
	}
	if got := sum(fm.Collectors()[1]); got != 10 {
		t.Fatalf("fetched metric %v", got)
	}
	if got := sum(m.Collectors()[0]); got != 10 {
		t.Fatalf("served metric %v", got)
	}
	if res := f.Poll(t.Context()); res.Fetched != 0 {
		t.Fatalf("second poll fetched %d again", res.Fetched)
	}
	var cands []attest.Candidate
	now := time.Now()
	for n := uint64(0); n < 10; n++ {
		c := testCall(n)
		digest := attest.Digest(o.r.Domain, o.r.Epoch, c)
		sigs := pool.Signatures(attest.ParentToChild, n, digest)
		if want := map[bool]int{true: 2, false: 0}[n >= 2 && n < 7]; len(sigs) != want {
			t.Fatalf("nonce %d: %d signatures held, want %d (window 2..6)", n, len(sigs), want)
		}
		cands = append(cands, attest.Candidate{Call: c, Digest: digest, Ready: now, Signatures: sigs})
	}
	rot := duty.Rotation{Operators: o.r.Operators, Threshold: 2}
	submits := 0
	for _, d := range attest.Plan(attest.PlanInput{Now: now, Self: rot.Designated(3)[0], Rotation: rot, Grace: time.Second, Candidates: cands}) {
		if d.Action == attest.ActSubmit {
			submits++
			if err := attest.CheckEntry(o.r, d.Nonce, attest.Digest(o.r.Domain, o.r.Epoch, d.Call), d.Signatures); err != nil {
				t.Fatalf("nonce %d: %v", d.Nonce, err)
			}
		}
	}
	if submits == 0 {
		t.Fatal("the designated submitter of nonce 3 submits nothing")
	}
}

// A window wider than one page (requests are handled out of order, so a node's open requests may lie far above
// its lowest) is fetched page by page in one poll: 1,300 nonces at a server capping pages at 512 take three pages;
// nonces above the window are not asked for.
func TestFetcherPagesThroughTheWindow(t *testing.T) {
	o := newOperators(t, 3, 2)
	st := &memStore{}
	for n := uint64(0); n < 1400; n++ {
		st.add(o.sign(t, 1, o.r, testCall(n)))
	}
	var pages atomic.Int32
	hs := servePeer(t, st, func(*http.Request) { pages.Add(1) })
	pool := attest.NewPool(nil)
	f, err := attest.NewFetcher(attest.Config{Peers: []string{hs.URL}, RateLimit: 1000, RateBurst: 1000}, o.r.Operators[0],
		source{attest.Window{Roster: o.r, From: 50, Limit: 1300}}, pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res := f.Poll(t.Context()); res.Fetched != 1300 || len(res.Failed) != 0 || len(res.Refused) != 0 {
		t.Fatalf("poll: %+v", res)
	}
	if n := pages.Load(); n != 3 {
		t.Errorf("%d pages asked, want 3 (512 + 512 + 276)", n)
	}
	for _, n := range []uint64{49, 50, 1349, 1350} {
		c := testCall(n)
		got := len(pool.Signatures(attest.ParentToChild, n, attest.Digest(o.r.Domain, o.r.Epoch, c)))
		if want := map[bool]int{true: 1, false: 0}[n >= 50 && n < 1350]; got != want {
			t.Errorf("nonce %d: %d signatures, want %d (window 50..1349)", n, got, want)
		}
	}
}

// A poll asks a peer only for what is new since its last walk (from the nonce after the last one it
// returned), and every fullWalkEvery-th poll walks the window from its start again, so a signature the peer
// made late, below nonces it had served, still arrives.
func TestFetcherResumesWhereThePeerLeftOff(t *testing.T) {
	o := newOperators(t, 3, 2)
	st := &memStore{}
	for n := uint64(0); n < 10; n++ {
		st.add(o.sign(t, 1, o.r, testCall(n)))
	}
	var mu sync.Mutex
	var froms []string
	hs := servePeer(t, st, func(r *http.Request) {
		mu.Lock()
		froms = append(froms, r.URL.Query().Get("from"))
		mu.Unlock()
	})
	pool := attest.NewPool(nil)
	f, err := attest.NewFetcher(attest.Config{Peers: []string{hs.URL}}, o.r.Operators[0], source{attest.Window{Roster: o.r, From: 0, Limit: 100}}, pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	poll := func(want int) {
		t.Helper()
		if res := f.Poll(t.Context()); res.Fetched != want || len(res.Failed) != 0 {
			t.Fatalf("poll: %+v, want %d fetched", res, want)
		}
	}
	poll(10)                                // poll 0: a full walk
	st.add(o.sign(t, 1, o.r, testCall(50))) // new above what was served
	poll(1)                                 // poll 1: from 10
	st.add(o.sign(t, 1, o.r, testCall(20))) // late, below 50
	poll(0)                                 // poll 2: from 51, misses 20
	poll(0)                                 // poll 3: from 51
	poll(1)                                 // poll 4: a full walk again, finds 20
	mu.Lock()
	defer mu.Unlock()
	if want := []string{"0", "10", "51", "51", "0"}; !slices.Equal(froms, want) {
		t.Fatalf("from of each request %v, want %v", froms, want)
	}
}

// servePeer serves st as a peer's attestation endpoint on 127.0.0.1 (closed when the test ends), calling
// seen with each request first.
func servePeer(t *testing.T, st attest.Store, seen func(*http.Request)) *httptest.Server {
	t.Helper()
	srv, err := attest.NewServer(attest.Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen(r)
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(hs.Close)
	return hs
}

// A peer that marks an attestation Submitted after it was fetched: the next full walk records when the mark
// was first seen (SubmittedSeen, what Plan's takeover waits on) on the held signature, without fetching it
// as new; an unmarked one never gets it.
func TestFetcherRecordsSubmitted(t *testing.T) {
	o := newOperators(t, 3, 2)
	st := &memStore{}
	for n := uint64(0); n < 2; n++ {
		st.add(o.sign(t, 1, o.r, testCall(n)))
	}
	hs := servePeer(t, st, func(*http.Request) {})
	now := time.Unix(1_700_000_000, 0)
	pool := attest.NewPool(func() time.Time { return now })
	f, err := attest.NewFetcher(attest.Config{Peers: []string{hs.URL}}, o.r.Operators[0], source{attest.Window{Roster: o.r, From: 0, Limit: 10}}, pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res := f.Poll(t.Context()); res.Fetched != 2 {
		t.Fatalf("first poll: %+v", res)
	}
	st.mu.Lock()
	st.atts[0].Submitted = true
	st.mu.Unlock()
	now = now.Add(time.Second)
	for i := 1; i <= 4; i++ { // poll 4 is the next full walk
		if res := f.Poll(t.Context()); res.Fetched != 0 {
			t.Fatalf("poll %d fetched %d again", i, res.Fetched)
		}
	}
	for n, want := range map[uint64]time.Time{0: now, 1: {}} {
		c := testCall(n)
		sigs := pool.Signatures(attest.ParentToChild, n, attest.Digest(o.r.Domain, o.r.Epoch, c))
		if len(sigs) != 1 || !sigs[0].SubmittedSeen.Equal(want) {
			t.Fatalf("nonce %d: %+v, want one signature with SubmittedSeen %v", n, sigs, want)
		}
	}
}

func TestServerBadInput(t *testing.T) {
	st := &memStore{}
	srv, err := attest.NewServer(attest.Config{MaxPageLimit: 50, PageLimit: 20}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		target string
		status int
		says   string
	}{
		{"/v1/attestations?from=0", 400, `direction ""`},
		{"/v1/attestations?direction=sideways&from=0", 400, `direction "sideways"`},
		{"/v1/attestations?direction=parent-to-child", 400, `from ""`},
		{"/v1/attestations?direction=parent-to-child&from=-1", 400, `from "-1"`},
		{"/v1/attestations?direction=parent-to-child&from=18446744073709551616", 400, `from "18446744073709551616"`},
		{"/v1/attestations?direction=parent-to-child&from=0&limit=0", 400, `limit "0"`},
		{"/v1/attestations?direction=parent-to-child&from=0&limit=ten", 400, `limit "ten"`},
		{"/v2/attestations?direction=parent-to-child&from=0", 404, `"/v2/attestations"`},
	} {
		w, body := get(t, srv, "10.0.0.1:1", tc.target)
		if w.Code != tc.status || !strings.Contains(body, strings.ReplaceAll(tc.says, `"`, `\"`)) {
			t.Errorf("%s: %d %s, want %d naming %s", tc.target, w.Code, body, tc.status, tc.says)
		}
	}
	for _, tc := range []struct {
		limit string
		want  int
	}{{"", 20}, {"&limit=7", 7}, {"&limit=100000", 50}} {
		w, body := get(t, srv, "10.0.0.2:1", "/v1/attestations?direction=child-to-parent&from=5"+tc.limit)
		var p attest.Page
		if w.Code != 200 || json.Unmarshal([]byte(body), &p) != nil || p.Limit != tc.want || p.From != 5 || p.Direction != attest.ChildToParent {
			t.Errorf("limit %q: %d %s, want limit %d", tc.limit, w.Code, body, tc.want)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/v1/attestations?direction=child-to-parent&from=0", nil)
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, req)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", w.Code)
	}
	st.err = errors.New("disk on fire")
	if w, body := get(t, srv, "10.0.0.3:1", "/v1/attestations?direction=child-to-parent&from=0"); w.Code != 503 || strings.Contains(body, "fire") {
		t.Errorf("store error: %d %s (internal errors stay internal)", w.Code, body)
	}
}

// One client over its rate is refused at once; another client is served, and a request stuck in the store does
// not hold up anyone else's.
func TestServerRateLimitPerClient(t *testing.T) {
	clock := time.Unix(1_700_000_000, 0)
	var mu sync.Mutex
	now := func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }
	st := &memStore{block: make(chan struct{}), blockDir: attest.ChildToParent, entered: make(chan struct{}, 1)}
	m := attest.NewMetrics(nil)
	srv, err := attest.NewServer(attest.Config{RateLimit: 2, RateBurst: 3, MaxClients: 4}, st, m, attest.WithServerClock(now))
	if err != nil {
		t.Fatal(err)
	}
	target := "/v1/attestations?direction=parent-to-child&from=0"
	for i := 0; i < 3; i++ {
		if w, body := get(t, srv, "192.0.2.1:1000", target); w.Code != 200 {
			t.Fatalf("request %d within the burst: %d %s", i, w.Code, body)
		}
	}
	w, _ := get(t, srv, "192.0.2.1:1001", target) // another port, same IP
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" {
		t.Fatalf("over the burst: %d", w.Code)
	}
	if w, _ := get(t, srv, "192.0.2.2:1000", target); w.Code != 200 {
		t.Fatalf("another client: %d", w.Code)
	}
	mu.Lock()
	clock = clock.Add(500 * time.Millisecond) // one token at 2/s
	mu.Unlock()
	if w, _ := get(t, srv, "192.0.2.1:1000", target); w.Code != 200 {
		t.Fatalf("after refill: %d", w.Code)
	}
	if got := sum(m.Collectors()[3]); got != 1 {
		t.Fatalf("requests refused metric %v", got)
	}
	// Many clients: the limiter map stays bounded (MaxClients 4) and everyone new is served.
	for i := 0; i < 20; i++ {
		if w, _ := get(t, srv, fmt.Sprintf("198.51.100.%d:1", i), target); w.Code != 200 {
			t.Fatalf("client %d: %d", i, w.Code)
		}
	}
	// A slow store call for one request: another client's request completes meanwhile.
	done := make(chan int)
	go func() {
		w, _ := get(t, srv, "203.0.113.1:1", "/v1/attestations?direction=child-to-parent&from=0")
		done <- w.Code
	}()
	<-st.entered
	if w, _ := get(t, srv, "203.0.113.2:1", target); w.Code != 200 {
		t.Fatalf("while another request is stuck: %d", w.Code)
	}
	close(st.block)
	if code := <-done; code != 200 {
		t.Fatalf("stuck request: %d", code)
	}
}

// Hostile and broken peers: garbage, oversized, hanging, failing, redirecting, and forged signatures. The good
// peer's signatures still arrive; everything else is refused or counted as a failed peer; nothing panics and
// the poll ends within the fetch timeout.
func TestFetcherMalformedPeers(t *testing.T) {
	o := newOperators(t, 3, 2)
	stranger, _ := crypto.GenerateKey()
	good := &memStore{}
	for n := uint64(0); n < 4; n++ {
		good.add(o.sign(t, 1, o.r, testCall(n)))
	}
	goodSrv, _ := attest.NewServer(attest.Config{}, good, nil)
	goodHS := httptest.NewServer(goodSrv)
	t.Cleanup(goodHS.Close)

	// A peer serving forged signatures, each refused for one reason.
	wrongDomain := o.r
	wrongDomain.Domain.ChainID = big.NewInt(99)
	staleRoster := o.r
	staleRoster.Epoch--
	claimed := o.sign(t, 2, o.r, testCall(1))
	claimed.Signer = o.r.Operators[1]
	mall := o.sign(t, 2, o.r, testCall(2))
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(mall.Signature[32:64]))
	mall.Signature = append(append(append([]byte{}, mall.Signature[:32]...), common.LeftPadBytes(s.Bytes(), 32)...), 55-mall.Signature[64])
	strangerAtt, _ := attest.NewSigner(attest.NewKeySigner(stranger)).Sign(context.Background(), attest.ParentToChild, o.r, testCall(0))
	forged := &memStore{}
	for _, a := range []attest.Attestation{
		o.sign(t, 2, wrongDomain, testCall(0)), // digest_mismatch
		o.sign(t, 2, staleRoster, testCall(0)), // stale_epoch
		claimed,                                // signer_mismatch
		mall,                                   // malformed (malleable)
		strangerAtt,                            // not_operator
		o.sign(t, 2, o.r, testCall(100)),       // out_of_window
		o.sign(t, 2, o.r, testCall(3)),         // valid
	} {
		forged.add(a)
	}
	forgedSrv, _ := attest.NewServer(attest.Config{}, forged, nil)
	forgedHS := httptest.NewServer(forgedSrv)
	t.Cleanup(forgedHS.Close)

	release := make(chan struct{})
	bad := map[string]http.HandlerFunc{
		"garbage": func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "<html>not json") },
		"huge": func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"direction":"parent-to-child","from":0,"limit":1,"attestations":[],"pad":"`+strings.Repeat("x", 64<<10)+`"}`)
		},
		"hang": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		},
		"error": func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "boom", 500) },
		"headers": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("X-Pad", strings.Repeat("y", 128<<10))
			io.WriteString(w, `{"direction":"parent-to-child","from":0,"limit":10,"attestations":[]}`)
		},
		"redirect": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, goodHS.URL+attest.Path+"?"+r.URL.RawQuery, http.StatusFound)
		},
		"wrongdir": func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"direction":"child-to-parent","from":0,"limit":10,"attestations":[]}`)
		},
		"badsig": func(w http.ResponseWriter, _ *http.Request) {
			a := o.sign(t, 2, o.r, testCall(0))
			a.Signature = a.Signature[:10]
			json.NewEncoder(w).Encode(attest.Page{Direction: attest.ParentToChild, Limit: 10, Attestations: []attest.Attestation{a}})
		},
		"toomany": func(w http.ResponseWriter, _ *http.Request) {
			a := o.sign(t, 2, o.r, testCall(0))
			json.NewEncoder(w).Encode(attest.Page{Direction: attest.ParentToChild, Limit: 1, Attestations: []attest.Attestation{a, a}})
		},
	}
	peers := []string{goodHS.URL, forgedHS.URL}
	for name, h := range bad {
		hs := httptest.NewServer(h)
		t.Cleanup(hs.Close)
		peers = append(peers, hs.URL+"/"+name)
	}
	t.Cleanup(func() { close(release) })
	pool := attest.NewPool(nil)
	m := attest.NewMetrics(nil)
	f, err := attest.NewFetcher(attest.Config{Peers: peers, FetchTimeout: 300 * time.Millisecond, MaxResponseBytes: 32 << 10}, o.r.Operators[0],
		source{attest.Window{Roster: o.r, From: 0, Limit: 10}}, pool, m)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res := f.Poll(t.Context())
	if el := time.Since(start); el > 10*time.Second {
		t.Fatalf("poll took %v with a hanging peer", el)
	}
	if res.Fetched != 5 { // 4 from the good peer, 1 valid from the forger
		t.Fatalf("fetched %d, want 5: %+v", res.Fetched, res)
	}
	for _, r := range []string{"digest_mismatch", "stale_epoch", "signer_mismatch", "malformed", "not_operator", "out_of_window"} {
		if res.Refused[r] != 1 {
			t.Errorf("refused[%s] = %d, want 1 (%v)", r, res.Refused[r], res.Refused)
		}
	}
	for name := range bad {
		var failed bool
		for u, err := range res.Failed {
			if strings.HasSuffix(u, "/"+name) && err != nil {
				failed = true
			}
		}
		if !failed {
			t.Errorf("peer %s not reported failed: %v", name, res.Failed)
		}
	}
	if len(res.Failed) != len(bad) {
		t.Errorf("%d failed peers, want %d: %v", len(res.Failed), len(bad), res.Failed)
	}
	if got := sum(m.Collectors()[2]); got != 6 {
		t.Errorf("refused metric %v, want 6", got)
	}
	// Only verified operator signatures are held.
	for n := uint64(0); n < 4; n++ {
		for _, a := range pool.Signatures(attest.ParentToChild, n, attest.Digest(o.r.Domain, o.r.Epoch, testCall(n))) {
			if err := attest.Verify(o.r, a); err != nil {
				t.Fatalf("pool holds a bad signature: %v", err)
			}
		}
	}
}

type announcer map[common.Address]string

func (a announcer) AttestationURLs(context.Context) (map[common.Address]string, error) { return a, nil }

type failingAnnouncer struct{}

func (failingAnnouncer) AttestationURLs(context.Context) (map[common.Address]string, error) {
	return nil, errors.New("rpc down")
}

func TestFetcherDiscover(t *testing.T) {
	self, other, third := common.HexToAddress("0x1"), common.HexToAddress("0x2"), common.HexToAddress("0x3")
	f, err := attest.NewFetcher(attest.Config{Peers: []string{"http://static.example:8547"}}, self, source{}, attest.NewPool(nil), nil,
		attest.WithAnnouncers(announcer{self: "http://me.example", other: "https://op2.example/v1/attestations", third: "javascript:alert(1)"}, failingAnnouncer{}))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Discover(t.Context()); err == nil {
		t.Fatal("a failing announcer is not reported")
	}
	got := f.Peers()
	want := []string{"http://static.example:8547/v1/attestations", "https://op2.example/v1/attestations"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("peers %v, want %v", got, want)
	}
}

// lateAnnouncer is an announcer whose answer a test changes while a Fetcher runs.
type lateAnnouncer struct {
	mu    sync.Mutex
	urls  map[common.Address]string
	calls int
}

func (a *lateAnnouncer) AttestationURLs(context.Context) (map[common.Address]string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls++
	return maps.Clone(a.urls), nil
}

// An operator that has not announced its URL yet (its node starts at the
// same time) is looked for again after DiscoverRetry, not after the hour of
// DiscoverInterval.
func TestFetcherRunFindsALateAnnouncement(t *testing.T) {
	self, late := common.HexToAddress("0x1"), common.HexToAddress("0x2")
	ann := &lateAnnouncer{urls: map[common.Address]string{self: "http://me.example", late: ""}}
	f, err := attest.NewFetcher(attest.Config{DiscoverInterval: time.Hour}, self, source{}, attest.NewPool(nil), nil, attest.WithAnnouncers(ann))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for { // the first discovery has read the announcements (late has none)
		ann.mu.Lock()
		calls := ann.calls
		if calls > 0 {
			ann.urls[late] = "https://late.example"
		}
		ann.mu.Unlock()
		if calls > 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	start := time.Now()
	for len(f.Peers()) == 0 {
		if time.Since(start) > 3*attest.DiscoverRetry {
			t.Fatalf("the late announcement was not found within %v", 3*attest.DiscoverRetry)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := f.Peers(); len(got) != 1 || got[0] != "https://late.example/v1/attestations" {
		t.Fatalf("peers %v", got)
	}
}

// flakyAnnouncer answers urls until down is set, then fails.
type flakyAnnouncer struct {
	urls announcer
	down *bool
}

func (a flakyAnnouncer) AttestationURLs(ctx context.Context) (map[common.Address]string, error) {
	if *a.down {
		return nil, errors.New("rpc down")
	}
	return a.urls.AttestationURLs(ctx)
}

// An announcer that fails keeps the URLs of its last answer, while another
// one's answers still replace its own.
func TestFetcherDiscoverKeepsAFailingAnnouncersURLs(t *testing.T) {
	self, a, b := common.HexToAddress("0x1"), common.HexToAddress("0x2"), common.HexToAddress("0x3")
	down := false
	second := announcer{b: "https://b.example"}
	f, err := attest.NewFetcher(attest.Config{}, self, source{}, attest.NewPool(nil), nil,
		attest.WithAnnouncers(flakyAnnouncer{urls: announcer{a: "https://a.example"}, down: &down}, second))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Discover(t.Context()); err != nil {
		t.Fatal(err)
	}
	down, second[b] = true, "https://b2.example"
	if err := f.Discover(t.Context()); err == nil {
		t.Fatal("the failing announcer is not reported")
	}
	got := strings.Join(f.Peers(), " ")
	if want := "https://a.example/v1/attestations https://b2.example/v1/attestations"; got != want {
		t.Fatalf("peers %q, want %q (the failing announcer's last URLs kept, the other's replaced)", got, want)
	}
}

// sum adds up every series of a counter vector.
func sum(c prometheus.Collector) float64 {
	ch := make(chan prometheus.Metric, 64)
	go func() { c.Collect(ch); close(ch) }()
	var total float64
	for m := range ch {
		var pb dto.Metric
		if err := m.Write(&pb); err == nil && pb.Counter != nil {
			total += pb.Counter.GetValue()
		}
	}
	return total
}

// Run serves on a real listener (port 0) with the endpoint at Path and stops when its context ends.
func TestServerRun(t *testing.T) {
	o := newOperators(t, 2, 1)
	st := &memStore{}
	st.add(o.sign(t, 0, o.r, testCall(7)))
	srv, err := attest.NewServer(attest.Config{Listen: "127.0.0.1:0"}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	addrc := make(chan string, 1)
	errc := make(chan error, 1)
	go func() { errc <- srv.Run(ctx, func(a net.Addr) { addrc <- a.String() }) }()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-errc:
		t.Fatalf("run: %v", err)
	}
	resp, err := http.Get("http://" + addr + attest.Path + "?direction=parent-to-child&from=7&limit=1")
	if err != nil {
		t.Fatal(err)
	}
	page, err := attest.DecodePage(resp.Body, 1<<20)
	resp.Body.Close()
	if err != nil || len(page.Attestations) != 1 || attest.Verify(o.r, page.Attestations[0]) != nil {
		t.Fatalf("page %+v: %v", page, err)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("run after cancel: %v", err)
	}
	noListen, _ := attest.NewServer(attest.Config{}, st, nil)
	if err := noListen.Run(t.Context(), nil); !errors.Is(err, attest.ErrBadConfig) {
		t.Fatalf("run without listen: %v", err)
	}
}

// Fetcher.Run polls on its own until its context ends.
func TestFetcherRun(t *testing.T) {
	o := newOperators(t, 2, 2)
	st := &memStore{}
	st.add(o.sign(t, 1, o.r, testCall(0)))
	srv, _ := attest.NewServer(attest.Config{}, st, nil)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	pool := attest.NewPool(nil)
	f, err := attest.NewFetcher(attest.Config{Peers: []string{hs.URL}, PollInterval: 10 * time.Millisecond}, o.r.Operators[0],
		source{attest.Window{Roster: o.r, From: 0, Limit: 4}}, pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	errc := make(chan error, 1)
	go func() { errc <- f.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for pool.Len() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no signature fetched within 10 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("run: %v", err)
	}
}
