package attest

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
)

func TestRecoverSignerRules(t *testing.T) {
	f := newPlanFixture(t)
	a := f.att(t, 0, f.call(1), time.Time{})
	if got, err := RecoverSigner(a.Digest, a.Signature); err != nil || got != f.ops[0] {
		t.Fatalf("valid: %s %v", got, err)
	}
	set := func(i int, b ...byte) []byte {
		s := bytes.Clone(a.Signature)
		copy(s[i:], b)
		return s
	}
	for _, tc := range []struct {
		name string
		sig  []byte
		want error
	}{
		{"short", a.Signature[:64], ErrSignatureLength},
		{"long", append(bytes.Clone(a.Signature), 0), ErrSignatureLength},
		{"v 0", set(64, 0), ErrSignatureV},
		{"v 29", set(64, 29), ErrSignatureV},
		{"r zero", set(0, make([]byte, 32)...), ErrInvalidSignature},
		{"s zero", set(32, make([]byte, 32)...), ErrInvalidSignature},
		{"r above order", set(0, bytes.Repeat([]byte{0xff}, 32)...), ErrInvalidSignature},
		{"s upper half", set(32, common.LeftPadBytes(new(big.Int).Sub(secp256k1N, new(big.Int).SetBytes(a.Signature[32:64])).Bytes(), 32)...), ErrMalleableSignature},
	} {
		if _, err := RecoverSigner(a.Digest, tc.sig); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

// A faulty remote signer (another key, a high-s signature, an error) never yields an attestation.
func TestSignerChecksItsSigner(t *testing.T) {
	f := newPlanFixture(t)
	other, _ := crypto.GenerateKey()
	ks := NewKeySigner(f.keys[0])
	for _, tc := range []struct {
		name string
		ds   DigestSigner
		want error
	}{
		{"another key", DigestSignerFunc{Addr: f.ops[0], Sign: NewKeySigner(other).SignDigest}, ErrSignerMismatch},
		{"high s", DigestSignerFunc{Addr: f.ops[0], Sign: func(ctx context.Context, d common.Hash) ([]byte, error) {
			sig, err := ks.SignDigest(ctx, d)
			s := new(big.Int).Sub(secp256k1N, new(big.Int).SetBytes(sig[32:64]))
			copy(sig[32:64], common.LeftPadBytes(s.Bytes(), 32))
			sig[64] ^= 1
			return sig, err
		}}, ErrMalleableSignature},
		{"error", DigestSignerFunc{Addr: f.ops[0], Sign: func(context.Context, common.Hash) ([]byte, error) { return nil, context.DeadlineExceeded }}, context.DeadlineExceeded},
	} {
		if _, err := NewSigner(tc.ds).Sign(t.Context(), ParentToChild, f.r, f.call(1)); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if _, err := NewSigner(ks).Sign(t.Context(), "sideways", f.r, f.call(1)); !errors.Is(err, ErrWrongDirection) {
		t.Errorf("bad direction: %v", err)
	}
}

func TestPool(t *testing.T) {
	f := newPlanFixture(t)
	t0 := time.Unix(100, 0)
	p := NewPool(func() time.Time { return t0 })
	c := f.call(5)
	a := f.att(t, 0, c, time.Time{})
	if isNew, err := p.Add(a); !isNew || err != nil {
		t.Fatalf("first add: %v %v", isNew, err)
	}
	if isNew, err := p.Add(a); isNew || err != nil {
		t.Fatalf("same signature again: %v %v", isNew, err)
	}
	if !p.Holds(a) {
		t.Fatal("Holds misses a held signature")
	}
	twin := a
	twin.Signature = bytes.Clone(a.Signature)
	twin.Signature[5] ^= 1
	if p.Holds(twin) {
		t.Fatal("Holds matches other signature bytes")
	}
	got := p.Signatures(ParentToChild, 5, a.Digest)
	if len(got) != 1 || !got[0].Received.Equal(t0) {
		t.Fatalf("held %+v", got)
	}
	if p.Signatures(ChildToParent, 5, a.Digest) != nil {
		t.Fatal("directions are separate")
	}
	for i := 1; i < MaxDigestsPerNonce; i++ {
		o := c
		o.RequestBlockNumber += uint64(i)
		if _, err := p.Add(f.att(t, 0, o, time.Time{})); err != nil {
			t.Fatalf("digest %d: %v", i, err)
		}
	}
	o := c
	o.RequestBlockNumber += 100
	if _, err := p.Add(f.att(t, 0, o, time.Time{})); !errors.Is(err, ErrTooManyDigests) {
		t.Fatalf("one digest too many: %v", err)
	}
	p.Add(f.att(t, 1, f.call(9), time.Time{}))
	p.Prune(ParentToChild, 6)
	if p.Len() != 1 || p.Signatures(ParentToChild, 5, a.Digest) != nil {
		t.Fatalf("after prune: %d entries", p.Len())
	}
}

// LastSubmitted is the latest time a signer's attestation of a direction was seen marked submitted: set when a
// new attestation arrives marked, or a held one is seen marked again, kept when its nonce is pruned.
func TestPoolLastSubmitted(t *testing.T) {
	f := newPlanFixture(t)
	now := time.Unix(100, 0)
	p := NewPool(func() time.Time { return now })
	a5 := f.att(t, 0, f.call(5), time.Time{})
	p.Add(a5)
	if got := p.LastSubmitted(ParentToChild); len(got) != 0 {
		t.Fatalf("nothing marked submitted yet: %v", got)
	}
	now = now.Add(time.Second) // t=101: the held one comes back marked
	a5.Submitted = true
	p.Add(a5)
	now = now.Add(time.Second) // t=102: a new one of another signer arrives marked
	a6 := f.att(t, 1, f.call(6), time.Time{})
	a6.Submitted = true
	p.Add(a6)
	now = now.Add(time.Second) // t=103: seen marked again: not a new mark
	p.Add(a5)
	got := p.LastSubmitted(ParentToChild)
	if len(got) != 2 || !got[f.ops[0]].Equal(time.Unix(101, 0)) || !got[f.ops[1]].Equal(time.Unix(102, 0)) {
		t.Fatalf("LastSubmitted = %v; want ops[0] at 101, ops[1] at 102", got)
	}
	if other := p.LastSubmitted(ChildToParent); len(other) != 0 {
		t.Fatalf("directions are separate: %v", other)
	}
	p.Prune(ParentToChild, 10)
	if got := p.LastSubmitted(ParentToChild); len(got) != 2 {
		t.Fatalf("after prune: %v; the marks are kept", got)
	}
}

// The metric names are an interface (issue 14, dashboards and alerts): pin them.
func TestMetricNames(t *testing.T) {
	m := NewMetrics(prometheus.Labels{"node": "n1"})
	reg := prometheus.NewRegistry()
	reg.MustRegister(m.Collectors()...)
	m.servedN(ParentToChild, 1)
	m.fetchedN(ParentToChild, 1)
	m.refusedSig("stale_epoch")
	m.refusedReq("rate_limited")
	m.fetchError("transport")
	m.Handled(ParentToChild, PathSignatures, 2)
	m.FellBack(ParentToChild, 1)
	m.SignatureLatency(ParentToChild, time.Second)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, mf := range mfs {
		names = append(names, mf.GetName())
		if mf.GetMetric()[0].GetLabel()[0].GetValue() != "n1" && !strings.Contains(mf.GetMetric()[0].String(), "n1") {
			t.Errorf("%s has no node label", mf.GetName())
		}
	}
	want := "servicechain_attestation_fallbacks_total servicechain_attestation_fetch_errors_total servicechain_attestation_handles_total " +
		"servicechain_attestation_requests_refused_total servicechain_attestation_signature_latency_seconds " +
		"servicechain_attestation_signatures_fetched_total servicechain_attestation_signatures_refused_total servicechain_attestation_signatures_served_total"
	if got := strings.Join(names, " "); got != want {
		t.Fatalf("metrics\n%s\nwant\n%s", got, want)
	}
	var nilMetrics *Metrics // every method is a no-op on nil
	nilMetrics.Handled(ParentToChild, PathVotes, 1)
	nilMetrics.servedN(ParentToChild, 1)
}

// BenchmarkVerify: the cost of verifying one fetched signature (digest, ecrecover, checks).
func BenchmarkVerify(b *testing.B) {
	f := newPlanFixture(b)
	a, _ := NewSigner(NewKeySigner(f.keys[0])).Sign(context.Background(), ParentToChild, f.r, f.call(1))
	b.ReportAllocs()
	for b.Loop() {
		if err := Verify(f.r, a); err != nil {
			b.Fatal(err)
		}
	}
}

// Verify answers an error, never a panic, for a call value the ABI cannot encode.
func TestVerifyMalformedCall(t *testing.T) {
	f := newPlanFixture(t)
	a := f.att(t, 0, f.call(1), time.Time{})
	for _, v := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		b := a
		b.Call.ValueOrTokenID = (*hexutil.Big)(v)
		if err := Verify(f.r, b); !errors.Is(err, ErrMalformedCall) {
			t.Errorf("value %v: %v", v, err)
		}
	}
}
