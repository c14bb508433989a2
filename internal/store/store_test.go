package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

const dir = "parent->child"

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bridge.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func req(nonce uint64, st RequestState) Request {
	return Request{
		Nonce:          nonce,
		TxHash:         common.BigToHash(new(big.Int).SetUint64(nonce + 1000)),
		BlockHash:      common.HexToHash("0xbb"),
		BlockNumber:    nonce * 2,
		TokenType:      1,
		From:           common.HexToAddress("0x01"),
		To:             common.HexToAddress("0x02"),
		Token:          common.HexToAddress("0x03"),
		ValueOrTokenID: new(big.Int).Lsh(big.NewInt(1), 200), // beyond uint64 and float64 precision
		Fee:            big.NewInt(7),
		ExtraData:      []byte{0xde, 0xad},
		TokenURI:       "ipfs://x",
		State:          st,
		FirstSeen:      time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC),
	}
}

func TestCursors(t *testing.T) {
	t.Parallel()
	s, path := openTemp(t)
	if _, ok, err := s.Cursor("parent"); ok || err != nil {
		t.Fatalf("empty cursor: %v %v", ok, err)
	}
	if err := s.SetCursor("parent", 12345); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCursor("", 1); err == nil {
		t.Error("empty cursor name accepted")
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if b, ok, err := s2.Cursor("parent"); b != 12345 || !ok || err != nil {
		t.Fatalf("cursor after reopen: %d %v %v", b, ok, err)
	}
}

func TestRequestsLifecycle(t *testing.T) {
	t.Parallel()
	s, path := openTemp(t)
	for n := uint64(0); n < 10; n++ {
		if err := s.PutRequest(dir, req(n, StateSeen)); err != nil {
			t.Fatal(err)
		}
	}
	// Other direction is independent.
	if err := s.PutRequest("child->parent", req(0, StateSeen)); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, dir, 10, 10)
	// Handle the even ones; vote on 3; 5 failed; replace 7 with the same state.
	for n := uint64(0); n < 10; n += 2 {
		r := req(n, StateHandled)
		r.HandledAt, r.HandledBlock = time.Now().UTC(), 99
		if err := s.PutRequest(dir, r); err != nil {
			t.Fatal(err)
		}
	}
	r3 := req(3, StateVoted)
	r3.VoteTx, r3.Votes = common.HexToHash("0x33"), 1
	if err := s.PutRequests(dir, r3, req(5, StateFailed), req(7, StateSeen)); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, dir, 10, 5)

	open, err := s.OpenRequests(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	var nonces []uint64
	for _, r := range open {
		nonces = append(nonces, r.Nonce)
	}
	if fmt.Sprint(nonces) != "[1 3 5 7 9]" {
		t.Fatalf("open nonces %v", nonces)
	}
	if open[1].State != StateVoted || open[1].VoteTx != common.HexToHash("0x33") || open[2].State != StateFailed {
		t.Errorf("states: %+v", open[:3])
	}
	if lim, _ := s.OpenRequests(dir, 2); len(lim) != 2 || lim[1].Nonce != 3 {
		t.Errorf("limit 2: %+v", lim)
	}
	// A handled request can be reopened (e.g. the handle was reorged out).
	if err := s.PutRequest(dir, req(4, StateReorged)); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, dir, 10, 6)
	if err := s.DeleteRequest(dir, 4); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRequest(dir, 2); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRequest(dir, 2); err != nil { // missing: no error
		t.Fatal(err)
	}
	if err := s.DeleteRequest("nowhere", 2); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, dir, 8, 5)
	checkCounts(t, s, "child->parent", 1, 1)
	checkCounts(t, s, "nowhere", 0, 0)
	if open, err := s.OpenRequests("nowhere", 0); err != nil || len(open) != 0 {
		t.Errorf("unknown direction: %v %v", open, err)
	}

	// Everything survives a reopen, byte for byte.
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	checkCounts(t, s2, dir, 8, 5)
	got, ok, err := s2.GetRequest(dir, 3)
	if err != nil || !ok {
		t.Fatalf("get 3: %v %v", ok, err)
	}
	want := r3
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Errorf("request 3 after reopen:\n got %s\nwant %s", g, w)
	}
	if got.ValueOrTokenID.Cmp(want.ValueOrTokenID) != 0 {
		t.Errorf("big value lost precision: %v", got.ValueOrTokenID)
	}
	if _, ok, err := s2.GetRequest(dir, 2); ok || err != nil {
		t.Errorf("deleted request present: %v %v", ok, err)
	}
	var all []uint64
	if err := s2.ForEachRequest(dir, func(r Request) error { all = append(all, r.Nonce); return nil }); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(all) != "[0 1 3 5 6 7 8 9]" {
		t.Errorf("ForEachRequest: %v", all)
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkCounts(t *testing.T, s *Store, direction string, total, open int) {
	t.Helper()
	gt, gotOpen, err := s.CountRequests(direction)
	if err != nil || gt != total || gotOpen != open {
		t.Fatalf("%s counts = %d/%d (%v), want %d/%d", direction, gt, gotOpen, err, total, open)
	}
}

func TestRequestJSONFormat(t *testing.T) {
	t.Parallel()
	b := mustJSON(t, req(1, StateVoted))
	for _, frag := range []string{`"state":"voted"`, `"nonce":1`, `"valueOrTokenId":1606938044258990275541962092341162602522202993782792835301376`, `"extraData":"3q0="`} {
		if !strings.Contains(b, frag) {
			t.Errorf("JSON %s lacks %s", b, frag)
		}
	}
	var r Request
	if err := json.Unmarshal([]byte(`{"nonce":1,"state":"bogus"}`), &r); err == nil || !strings.Contains(err.Error(), `"bogus"`) {
		t.Errorf("bad state: %v", err)
	}
	// Unknown fields (from a newer version) are ignored.
	if err := json.Unmarshal([]byte(`{"nonce":2,"state":"handled","newField":true}`), &r); err != nil || r.State != StateHandled {
		t.Errorf("newer record: %v %+v", err, r)
	}
	if err := (&Store{}).PutRequests(dir, Request{State: 9}); err == nil {
		t.Error("unknown state accepted")
	}
	if StateHandled.String() != "handled" || RequestState(9).String() != "state(9)" {
		t.Error("String")
	}
}

func TestJSONBuckets(t *testing.T) {
	t.Parallel()
	s, path := openTemp(t)
	type rec struct {
		Nonce uint64
		Raw   []byte
	}
	for i := 3; i >= 1; i-- {
		if err := s.PutJSON("txs", fmt.Sprintf("%020d", i), rec{uint64(i), []byte{byte(i)}}); err != nil {
			t.Fatal(err)
		}
	}
	var r rec
	if ok, err := s.GetJSON("txs", fmt.Sprintf("%020d", 2), &r); !ok || err != nil || r.Nonce != 2 {
		t.Fatalf("get: %v %v %+v", ok, err, r)
	}
	if ok, err := s.GetJSON("txs", "missing", &r); ok || err != nil {
		t.Fatalf("missing: %v %v", ok, err)
	}
	if ok, err := s.GetJSON("nobucket", "k", &r); ok || err != nil {
		t.Fatalf("missing bucket: %v %v", ok, err)
	}
	if err := s.DeleteKey("txs", fmt.Sprintf("%020d", 1)); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteKey("nobucket", "k"); err != nil {
		t.Fatal(err)
	}
	if err := s.PutJSON("", "k", 1); err == nil {
		t.Error("empty bucket accepted")
	}
	if err := s.PutJSON("b", "", 1); err == nil {
		t.Error("empty key accepted")
	}
	if err := s.PutJSON("b", "k", func() {}); err == nil || !strings.Contains(err.Error(), "b/k") {
		t.Errorf("unencodable value: %v", err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var keys []string
	err = s2.ForEachJSON("txs", func(k string, raw []byte) error {
		var r rec
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		keys = append(keys, fmt.Sprint(r.Nonce))
		return nil
	})
	if err != nil || strings.Join(keys, ",") != "2,3" {
		t.Fatalf("ForEachJSON: %v %v", keys, err)
	}
	stop := errors.New("stop")
	if err := s2.ForEachJSON("txs", func(string, []byte) error { return stop }); err != stop {
		t.Errorf("fn error not returned: %v", err)
	}
	if err := s2.ForEachJSON("nobucket", func(string, []byte) error { return stop }); err != nil {
		t.Errorf("missing bucket: %v", err)
	}
}

func TestLocked(t *testing.T) {
	t.Parallel()
	_, path := openTemp(t)
	begin := time.Now()
	_, err := Open(path)
	d := time.Since(begin)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("second Open: %v", err)
	}
	if d > 2*time.Second {
		t.Errorf("second Open took %v", d)
	}
}

func TestClosed(t *testing.T) {
	t.Parallel()
	s, _ := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := s.SetCursor("x", 1); !errors.Is(err, ErrClosed) {
		t.Errorf("SetCursor after Close: %v", err)
	}
	if _, _, err := s.Cursor("x"); !errors.Is(err, ErrClosed) {
		t.Errorf("Cursor after Close: %v", err)
	}
}

func TestBadFiles(t *testing.T) {
	t.Parallel()
	d := t.TempDir()

	garbage := filepath.Join(d, "garbage.db")
	junk := make([]byte, 16384)
	for i := range junk {
		junk[i] = byte(i * 7)
	}
	os.WriteFile(garbage, junk, 0o600)

	text := filepath.Join(d, "text.db")
	os.WriteFile(text, []byte("[node]\nname = \"op1\"\n"), 0o600)

	// A valid store whose both meta pages are then damaged.
	damaged := filepath.Join(d, "damaged.db")
	s, err := Open(damaged)
	if err != nil {
		t.Fatal(err)
	}
	s.SetCursor("c", 1)
	s.Close()
	b, _ := os.ReadFile(damaged)
	ps := os.Getpagesize()
	for _, off := range []int{64, ps + 64} {
		b[off] ^= 0xff
	}
	os.WriteFile(damaged, b, 0o600)

	// A bbolt file of some other program.
	foreign := filepath.Join(d, "foreign.db")
	db, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
	db.Close()

	// A store from a newer version.
	newer := filepath.Join(d, "newer.db")
	s, err = Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, u64(SchemaVersion+1)) })
	s.Close()

	for _, tc := range []struct{ path, want string }{
		{garbage, "not a valid store file"},
		{text, "not a valid store file"},
		{damaged, "not a valid store file"},
		{foreign, "not a store file"},
		{newer, "schema version 2"},
		{filepath.Join(d, "nodir", "x.db"), "open"},
	} {
		_, err := Open(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.path) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Open(%s): %v, want %q", filepath.Base(tc.path), err, tc.want)
		}
	}
}

func TestEmptyFileIsInitialised(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(path, nil, 0o600)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// BenchmarkRequests inserts 10,000 requests and marks all of them handled,
// one transaction (fsync) per call as the bridge node does.
func BenchmarkRequests(b *testing.B) {
	benchRequests(b, 1)
}

// BenchmarkRequestsBatched does the same with PutRequests of 100 requests.
func BenchmarkRequestsBatched(b *testing.B) {
	benchRequests(b, 100)
}

func benchRequests(b *testing.B, batch int) {
	const n = 10_000
	var size int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, _ := openTemp(b)
		b.StartTimer()
		for _, st := range []RequestState{StateSeen, StateHandled} {
			for start := 0; start < n; start += batch {
				rs := make([]Request, 0, batch)
				for j := start; j < start+batch && j < n; j++ {
					rs = append(rs, req(uint64(j), st))
				}
				if err := s.PutRequests(dir, rs...); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.StopTimer()
		if total, open, _ := s.CountRequests(dir); total != n || open != 0 {
			b.Fatalf("counts %d/%d", total, open)
		}
		t0 := time.Now()
		if o, _ := s.OpenRequests(dir, 0); len(o) != 0 {
			b.Fatalf("%d open", len(o))
		}
		b.ReportMetric(float64(time.Since(t0).Nanoseconds()), "ns/OpenRequests")
		size, _ = s.Size()
		s.Close()
	}
	b.ReportMetric(float64(size)/(1<<20), "MiB")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(2*n), "ns/put")
}

// TestRefundStatesAndSkip: refunded nonces are closed, refunding ones open,
// failure fields survive a round trip, and OpenRequestsExcept passes over
// skipped nonces without counting them toward the limit.
func TestRefundStatesAndSkip(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const dir = "parent->child"
	failed := req(2, StateFailed)
	failed.Failures, failed.FirstFailed, failed.FailReason = 3, time.Now().UTC().Round(time.Millisecond), "TokenIsLocked(0x01)"
	refunded := req(1, StateRefunded)
	fortyTwo := uint64(42)
	refunded.RefundNonce = &fortyTwo
	if err := s.PutRequests(dir, req(0, StateSeen), refunded, failed, req(3, StateRefunding), req(4, StateSeen), req(5, StateSeen)); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, s, dir, 6, 5)
	if StateRefunded.Open() || !StateRefunding.Open() || StateRefunding.String() != "refunding" {
		t.Errorf("refunded open %v, refunding open %v (%s)", StateRefunded.Open(), StateRefunding.Open(), StateRefunding)
	}
	got, ok, err := s.GetRequest(dir, 2)
	if err != nil || !ok || got.Failures != 3 || !got.FirstFailed.Equal(failed.FirstFailed) || got.FailReason != failed.FailReason {
		t.Errorf("failed request round trip: %+v %v %v", got, ok, err)
	}
	if got, _, _ := s.GetRequest(dir, 1); got.RefundNonce == nil || *got.RefundNonce != 42 || got.State != StateRefunded {
		t.Errorf("refunded request round trip: %+v", got)
	}
	skip := func(n uint64) bool { return n == 2 || n == 3 }
	open, err := s.OpenRequestsExcept(dir, 2, skip)
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != 2 || open[0].Nonce != 0 || open[1].Nonce != 4 {
		t.Errorf("OpenRequestsExcept(limit 2, skip 2 and 3) = %+v, want nonces 0 and 4", open)
	}
	if all, _ := s.OpenRequestsExcept(dir, 0, nil); len(all) != 5 {
		t.Errorf("OpenRequestsExcept(no limit, no skip) returned %d requests, want 5", len(all))
	}
}
