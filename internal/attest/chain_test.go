package attest_test

// The Go side of issue 14 against the compiled Bridge on a go-ethereum simulated chain: digests, signatures made
// by Signer, and every refusal, which the Go checks (Verify, CheckEntry) must predict exactly as the contract
// decides them.

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
	"github.com/servicechain/servicechain/internal/duty"
)

var br = bindings.NewBridge()

// Accounts of the pair: 0 parent owner, 1..4 operators, 5 child owner, 6 alice (no operator), 7 bob.
const (
	ownerP   = 0
	op1      = 1
	ownerC   = 5
	aliceK   = 6
	bobK     = 7
	accounts = 8
)

type pair struct {
	t             *testing.T
	ctx           context.Context
	parent, child *deploytest.Chain
	d             *deploy.Deployment
}

// newPair deploys a bridge pair with operators 1..4 and threshold 2, the child funded with native liquidity.
func newPair(t *testing.T) *pair {
	t.Helper()
	parent, child := deploytest.NewPair(t, accounts)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ether := big.NewInt(1e18)
	opts := deploy.Options{Threshold: 2, NoAnchor: true, ChildNativeLiquidity: new(big.Int).Mul(big.NewInt(100), ether)}
	for i := 0; i < 4; i++ {
		opts.Operators = append(opts.Operators, parent.Addrs[op1+i])
	}
	d, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(ownerP), child.Opts(ownerC), opts)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	return &pair{t: t, ctx: ctx, parent: parent, child: child, d: d}
}

// send sends data from account `from` on chain c to `to`; a revert comes back as its decoded reason.
func (p *pair) send(c *deploytest.Chain, from int, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	p.t.Helper()
	opts := c.Opts(from)
	opts.Context = p.ctx
	opts.Value = value
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, c.Client, c.Client, c.Client), opts, data)
	if err != nil {
		if rd, ok := bindings.RevertData(err); ok {
			return nil, errors.New(bindings.DecodeRevert(rd))
		}
		return nil, err
	}
	r, err := bind.WaitMined(p.ctx, c.Client, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("mined with status 0")
	}
	return r, nil
}

func (p *pair) mustSend(c *deploytest.Chain, from int, to common.Address, data []byte, value *big.Int) *types.Receipt {
	p.t.Helper()
	r, err := p.send(c, from, to, data, value)
	if err != nil {
		p.t.Fatalf("tx to %s: %v", to, err)
	}
	return r
}

// request makes a native parent -> child request of `wei` to bob and returns its handle call as a node relays it.
func (p *pair) request(wei int64) bindings.BridgeHandleCall {
	p.t.Helper()
	r := p.mustSend(p.parent, aliceK, p.d.ParentBridge, br.PackRequestNativeTransfer(p.parent.Addrs[bobK], big.NewInt(wei), []byte("x")), big.NewInt(wei))
	for _, l := range r.Logs {
		if ev, err := br.UnpackRequestValueTransferEvent(l); err == nil {
			return bindings.BridgeHandleCall{TokenType: ev.TokenType, RequestTxHash: r.TxHash, From: ev.From, To: ev.To, Token: ev.Token,
				ValueOrTokenId: ev.ValueOrTokenId, RequestNonce: ev.RequestNonce, RequestBlockNumber: r.BlockNumber.Uint64(), ExtraData: ev.ExtraData}
		}
	}
	p.t.Fatal("no request event")
	return bindings.BridgeHandleCall{}
}

// roster reads the child bridge's roster the way a node does.
func (p *pair) roster() attest.Roster {
	p.t.Helper()
	r, err := attest.ReadRoster(p.ctx, p.child.Client, p.d.ChildBridge)
	if err != nil {
		p.t.Fatal(err)
	}
	return r
}

func call[T any](p *pair, data []byte, unpack func([]byte) (T, error)) T {
	p.t.Helper()
	out, err := p.child.Client.CallContract(p.ctx, ethereum.CallMsg{To: &p.d.ChildBridge, Data: data}, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		p.t.Fatal(err)
	}
	return v
}

func (p *pair) signer(account int) *attest.Signer {
	return attest.NewSigner(attest.NewKeySigner(p.parent.Keys[account]))
}

func (p *pair) sign(account int, r attest.Roster, c bindings.BridgeHandleCall) attest.Attestation {
	p.t.Helper()
	a, err := p.signer(account).Sign(p.ctx, attest.ParentToChild, r, c)
	if err != nil {
		p.t.Fatal(err)
	}
	return a
}

func (p *pair) handled(nonce uint64) bool {
	p.t.Helper()
	return call(p, br.PackHandledNonces(nonce), br.UnpackHandledNonces)
}

// Signatures made by Signer with two of four operator keys, checked and joined in Go, close the nonces on the
// Bridge by signatures; the Go digest is the contract's handleVoteKey.
func TestSignedBatchOnChain(t *testing.T) {
	p := newPair(t)
	r := p.roster()
	if r.Threshold != 2 || len(r.Operators) != 4 {
		t.Fatalf("roster %+v", r)
	}
	var calls []bindings.BridgeHandleCall
	var entries [][]byte
	for i := 0; i < 3; i++ {
		c := p.request(1000 + int64(i))
		digest := attest.Digest(r.Domain, r.Epoch, c)
		if onchain := call(p, br.PackHandleVoteKey(c), br.UnpackHandleVoteKey); onchain != digest {
			t.Fatalf("nonce %d: handleVoteKey %x, Go %x", c.RequestNonce, onchain, digest)
		}
		var atts []attest.Attestation
		for _, op := range []int{op1 + 3, op1 + 1, op1 + 2} { // three signers, any order: Join keeps two
			a := p.sign(op, r, c)
			if err := attest.Verify(r, a); err != nil {
				t.Fatalf("verify own signature: %v", err)
			}
			atts = append(atts, a)
		}
		entry, signers, err := attest.Join(digest, atts, r.Threshold)
		if err != nil || len(signers) != 2 || len(entry) != 2*bindings.SignatureLength || bytes.Compare(signers[0][:], signers[1][:]) >= 0 {
			t.Fatalf("join: %d bytes, signers %v, %v", len(entry), signers, err)
		}
		if err := attest.CheckEntry(r, c.RequestNonce, digest, entry); err != nil {
			t.Fatalf("CheckEntry refuses a joined entry: %v", err)
		}
		calls, entries = append(calls, c), append(entries, entry)
	}
	bob := p.child.Addrs[bobK]
	before, _ := p.child.Client.BalanceAt(p.ctx, bob, nil)
	rec := p.mustSend(p.child, aliceK, p.d.ChildBridge, br.PackHandleSignedBatch(r.Epoch, calls, entries), nil) // anyone submits
	n := 0
	for _, l := range rec.Logs {
		if ev, err := br.UnpackHandleValueTransferEvent(l); err == nil {
			if ev.Attestation != bindings.AttestedBySignatures || ev.HandleNonce != calls[n].RequestNonce {
				t.Fatalf("transfer %d: %+v", n, ev)
			}
			n++
		}
		if ev, err := br.UnpackHandleSkippedEvent(l); err == nil {
			t.Fatalf("skipped nonce %d: %s", ev.RequestNonce, bindings.DecodeRevert(ev.Reason))
		}
	}
	if n != 3 {
		t.Fatalf("%d transfers, want 3", n)
	}
	for _, c := range calls {
		if !p.handled(c.RequestNonce) {
			t.Fatalf("nonce %d not handled", c.RequestNonce)
		}
	}
	after, _ := p.child.Client.BalanceAt(p.ctx, bob, nil)
	if got := new(big.Int).Sub(after, before); got.Int64() != 1000+1001+1002 {
		t.Fatalf("bob got %s wei", got)
	}
	// The same batch again: every entry skipped cheaply as already handled.
	rec = p.mustSend(p.child, aliceK, p.d.ChildBridge, br.PackHandleSignedBatch(r.Epoch, calls, entries), nil)
	if reasons := skipped(rec); len(reasons) != 3 || !strings.HasPrefix(reasons[calls[0].RequestNonce], "NonceAlreadyHandled(") {
		t.Fatalf("resubmission: %v", reasons)
	}
}

func skipped(r *types.Receipt) map[uint64]string {
	out := map[uint64]string{}
	for _, l := range r.Logs {
		if ev, err := br.UnpackHandleSkippedEvent(l); err == nil {
			out[ev.RequestNonce] = bindings.DecodeRevert(ev.Reason)
		}
	}
	return out
}

// Each bad signature is refused by the Go checks with the sentinel that maps to the contract's refusal, and the
// contract refuses the same entry for that reason (per entry, the good entry of the batch still closes).
func TestRefusalsMatchContract(t *testing.T) {
	p := newPair(t)
	r := p.roster()
	type tc struct {
		name     string
		call     bindings.BridgeHandleCall
		verify   error // Verify's verdict on the first attestation (nil: not an attestation case)
		att      attest.Attestation
		entry    []byte
		goErr    error  // CheckEntry's verdict on entry
		contract string // HandleSkipped reason prefix
	}
	var cases []tc
	lohi := func(a, b attest.Attestation) []byte {
		if bytes.Compare(a.Signer[:], b.Signer[:]) > 0 {
			a, b = b, a
		}
		return append(bytes.Clone(a.Signature), b.Signature...)
	}
	{
		c := p.request(1)
		a := p.sign(op1, r, c)
		cases = append(cases, tc{name: "duplicate signer", call: c, entry: append(bytes.Clone(a.Signature), a.Signature...), goErr: attest.ErrDuplicateSigner, contract: "DuplicateSigner("})
	}
	{
		c := p.request(2)
		a, b := p.sign(op1, r, c), p.sign(op1+1, r, c)
		asc := lohi(a, b)
		desc := append(bytes.Clone(asc[65:]), asc[:65]...)
		cases = append(cases, tc{name: "signers not ascending", call: c, entry: desc, goErr: attest.ErrSignersNotAscending, contract: "SignersNotAscending("})
	}
	{
		c := p.request(3)
		alice := p.sign(aliceK, r, c)
		cases = append(cases, tc{name: "non-operator", call: c, verify: attest.ErrNotOperator, att: alice,
			entry: lohi(alice, p.sign(op1, r, c)), goErr: attest.ErrNotOperator, contract: "SignerNotOperator("})
	}
	{
		c := p.request(4)
		wrong := r
		wrong.Domain.ChainID = new(big.Int).Add(r.Domain.ChainID, big.NewInt(1)) // another destination chain
		a, b := p.sign(op1, wrong, c), p.sign(op1+1, wrong, c)
		cases = append(cases, tc{name: "wrong chain", call: c, verify: attest.ErrDigestMismatch, att: a, entry: lohi(a, b), goErr: attest.ErrNotOperator, contract: "SignerNotOperator("})
	}
	{
		c := p.request(5)
		wrong := r
		wrong.Domain.Bridge = p.d.ParentBridge // another verifying contract
		a, b := p.sign(op1, wrong, c), p.sign(op1+1, wrong, c)
		cases = append(cases, tc{name: "wrong bridge", call: c, verify: attest.ErrDigestMismatch, att: a, entry: lohi(a, b), goErr: attest.ErrNotOperator, contract: "SignerNotOperator("})
	}
	{
		c := p.request(6)
		a := p.sign(op1, r, c)
		forged := a
		forged.Signer = p.parent.Addrs[op1+2] // claims another operator
		cases = append(cases, tc{name: "claimed signer", call: c, verify: attest.ErrSignerMismatch, att: forged, entry: lohi(a, p.sign(op1+1, r, c)), contract: ""})
	}
	{
		c := p.request(7)
		a, b := p.sign(op1, r, c), p.sign(op1+1, r, c)
		mall := a
		mall.Signature = malleate(a.Signature)
		if got, err := crypto.Ecrecover(mall.Digest[:], append(bytes.Clone(mall.Signature[:64]), mall.Signature[64]-27)); err != nil || !bytes.Equal(crypto.Keccak256(got[1:])[12:], a.Signer[:]) {
			t.Fatalf("the malleable twin should recover to the same key in plain ecrecover: %v", err)
		}
		entry := lohi(mall, b)
		cases = append(cases, tc{name: "malleable", call: c, verify: attest.ErrMalleableSignature, att: mall, entry: entry, goErr: attest.ErrMalleableSignature, contract: "InvalidSignature("})
	}
	{
		c := p.request(8)
		cases = append(cases, tc{name: "one of two", call: c, entry: p.sign(op1, r, c).Signature, goErr: attest.ErrInsufficientSignatures, contract: "InsufficientSignatures("})
	}
	good := p.request(9)
	goodEntry := lohi(p.sign(op1, r, good), p.sign(op1+2, r, good))

	calls := []bindings.BridgeHandleCall{good}
	entries := [][]byte{goodEntry}
	want := map[uint64]string{}
	for _, c := range cases {
		if c.verify != nil {
			if err := attest.Verify(r, c.att); !errors.Is(err, c.verify) {
				t.Errorf("%s: Verify: %v, want %v", c.name, err, c.verify)
			}
		}
		digest := attest.Digest(r.Domain, r.Epoch, c.call)
		err := attest.CheckEntry(r, c.call.RequestNonce, digest, c.entry)
		if c.goErr == nil {
			if err != nil {
				t.Errorf("%s: CheckEntry: %v, want accepted", c.name, err)
			}
		} else if !errors.Is(err, c.goErr) {
			t.Errorf("%s: CheckEntry: %v, want %v", c.name, err, c.goErr)
		}
		calls, entries = append(calls, c.call), append(entries, c.entry)
		want[c.call.RequestNonce] = c.contract
	}
	rec := p.mustSend(p.child, aliceK, p.d.ChildBridge, br.PackHandleSignedBatch(r.Epoch, calls, entries), nil)
	got := skipped(rec)
	for _, c := range cases {
		reason, isSkipped := got[c.call.RequestNonce]
		switch {
		case c.contract == "" && isSkipped:
			t.Errorf("%s: contract refused a valid entry: %s", c.name, reason)
		case c.contract != "" && !strings.HasPrefix(reason, c.contract):
			t.Errorf("%s: contract: %q, want %s...", c.name, reason, c.contract)
		}
		if handled := p.handled(c.call.RequestNonce); handled != (c.contract == "") {
			t.Errorf("%s: handled = %v", c.name, handled)
		}
	}
	if !p.handled(good.RequestNonce) {
		t.Fatal("the good entry did not close")
	}
}

// A change of the operator threshold starts a new epoch: signatures of the old epoch are refused by Verify
// (ErrStaleEpoch) and by the contract (StaleEpoch for the old epoch's batch, SignerNotOperator inside a batch of
// the new epoch), and fresh signatures close the nonce.
func TestStaleEpoch(t *testing.T) {
	p := newPair(t)
	old := p.roster()
	c := p.request(10)
	a, b := p.sign(op1, old, c), p.sign(op1+1, old, c)
	entry, _, err := attest.Join(a.Digest, []attest.Attestation{a, b}, 2)
	if err != nil {
		t.Fatal(err)
	}
	p.mustSend(p.child, ownerC, p.d.ChildBridge, br.PackSetOperatorThreshold(0, 3), nil)
	cur := p.roster()
	if cur.Epoch == old.Epoch || cur.Threshold != 3 {
		t.Fatalf("epoch %d -> %d, threshold %d", old.Epoch, cur.Epoch, cur.Threshold)
	}
	if err := attest.Verify(cur, a); !errors.Is(err, attest.ErrStaleEpoch) {
		t.Fatalf("Verify old-epoch attestation: %v", err)
	}
	if _, err := p.send(p.child, aliceK, p.d.ChildBridge, br.PackHandleSignedBatch(old.Epoch, []bindings.BridgeHandleCall{c}, [][]byte{entry}), nil); err == nil || !strings.HasPrefix(err.Error(), "StaleEpoch(") {
		t.Fatalf("old epoch batch: %v, want StaleEpoch", err)
	}
	// Old signatures in a new-epoch batch: the digest binds the epoch, so they recover to strangers.
	third := p.sign(op1+2, old, c)
	oldEntry, _, _ := attest.Join(a.Digest, []attest.Attestation{a, b, third}, 3)
	curDigest := attest.Digest(cur.Domain, cur.Epoch, c)
	// The first signature already recovers to a stranger (above the zero address, so no order error first).
	if err := attest.CheckEntry(cur, c.RequestNonce, curDigest, oldEntry); !errors.Is(err, attest.ErrNotOperator) {
		t.Fatalf("CheckEntry old signatures under the new digest: %v", err)
	}
	rec := p.mustSend(p.child, aliceK, p.d.ChildBridge, br.PackHandleSignedBatch(cur.Epoch, []bindings.BridgeHandleCall{c}, [][]byte{oldEntry}), nil)
	if reason := skipped(rec)[c.RequestNonce]; !strings.HasPrefix(reason, "SignerNotOperator(") {
		t.Fatalf("old signatures in a new-epoch batch: %q", reason)
	}
	var fresh []attest.Attestation
	for i := 0; i < 3; i++ {
		fresh = append(fresh, p.sign(op1+i, cur, c))
	}
	entry, _, err = attest.Join(curDigest, fresh, cur.Threshold)
	if err != nil {
		t.Fatal(err)
	}
	rec = p.mustSend(p.child, aliceK, p.d.ChildBridge, br.PackHandleSignedBatch(cur.Epoch, []bindings.BridgeHandleCall{c}, [][]byte{entry}), nil)
	if len(skipped(rec)) != 0 || !p.handled(c.RequestNonce) {
		t.Fatalf("fresh signatures: skipped %v", skipped(rec))
	}
}

// malleate returns the malleable twin of a 65-byte signature: s' = N - s, v flipped.
func malleate(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	copy(out[32:64], common.LeftPadBytes(s.Bytes(), 32))
	out[64] = 55 - out[64] // 27 <-> 28
	return out
}

// The whole node side on real parts: operator 2 serves its signatures over HTTP and announces its URL on the
// child Bridge; operator 1's fetcher learns the URL from the chain (no static peers), fetches and verifies
// against the roster read from the Bridge, adds its own signature, and Plan has the designated submitter send
// one handleSignedBatch that closes every nonce by signatures.
func TestAnnouncedPeerToSignedBatch(t *testing.T) {
	p := newPair(t)
	r := p.roster()
	var calls []bindings.BridgeHandleCall
	for i := 0; i < 4; i++ {
		calls = append(calls, p.request(500+int64(i)))
	}
	st := &memStore{}
	for _, c := range calls {
		st.add(p.sign(op1+1, r, c))
	}
	srv, err := attest.NewServer(attest.Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	p.mustSend(p.child, op1+1, p.d.ChildBridge, br.PackAnnounceAttestationURL(hs.URL+attest.Path), nil)
	if _, err := p.send(p.child, aliceK, p.d.ChildBridge, br.PackAnnounceAttestationURL("http://evil.example"), nil); err == nil || !strings.HasPrefix(err.Error(), "NotOperator(") {
		t.Fatalf("a non-operator's announcement: %v", err)
	}
	ann := attest.OnChainAnnouncements{Caller: p.child.Client, Bridge: p.d.ChildBridge}
	urls, err := ann.AttestationURLs(p.ctx)
	if err != nil || urls[p.child.Addrs[op1+1]] != hs.URL+attest.Path {
		t.Fatalf("announced URLs %v, %v", urls, err)
	}
	for op, u := range urls { // every other operator is listed, without a URL
		if op != p.child.Addrs[op1+1] && u != "" {
			t.Fatalf("operator %s: announced %q, want none", op, u)
		}
	}

	self := p.child.Addrs[op1]
	pool := attest.NewPool(nil)
	f, err := attest.NewFetcher(attest.Config{}, self, source{attest.Window{Roster: r, From: calls[0].RequestNonce, Limit: 10}}, pool, nil, attest.WithAnnouncers(ann))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Discover(p.ctx); err != nil {
		t.Fatal(err)
	}
	if res := f.Poll(p.ctx); res.Fetched != len(calls) || len(res.Failed) != 0 {
		t.Fatalf("poll: %+v", res)
	}
	rot := duty.Rotation{Operators: r.Operators, Threshold: r.Threshold}
	now := time.Now()
	var cands []attest.Candidate
	for _, c := range calls {
		own := p.sign(op1, r, c)
		if _, err := pool.Add(own); err != nil {
			t.Fatal(err)
		}
		digest := attest.Digest(r.Domain, r.Epoch, c)
		cands = append(cands, attest.Candidate{Call: c, Digest: digest, Ready: now, Signatures: pool.Signatures(attest.ParentToChild, c.RequestNonce, digest)})
	}
	// At the end of the grace and its takeover a designated operator holding k signatures submits (Plan's
	// second rule; backups wait one takeover more), so operator 1 submits exactly the nonces it is designated
	// for (2 of 4 with k = 2 of 4 operators).
	ds := attest.Plan(attest.PlanInput{Now: now.Add(2 * time.Second), Self: self, Rotation: rot, Grace: time.Second, Takeover: time.Second, Candidates: cands})
	batchCalls, sigs := attest.SignedBatch(ds, attest.MaxBatchSize)
	if len(batchCalls) == 0 {
		t.Fatalf("nothing to submit: %+v", ds)
	}
	for i, d := range ds {
		if want := rot.IsDesignated(calls[i].RequestNonce, self); (d.Action == attest.ActSubmit) != want {
			t.Fatalf("nonce %d: %v (%s), designated %v", d.Nonce, d.Action, d.Reason, want)
		}
	}
	rec := p.mustSend(p.child, op1, p.d.ChildBridge, br.PackHandleSignedBatch(r.Epoch, batchCalls, sigs), nil)
	if sk := skipped(rec); len(sk) != 0 {
		t.Fatalf("skipped %v", sk)
	}
	for _, c := range batchCalls {
		if !p.handled(c.RequestNonce) {
			t.Fatalf("nonce %d not closed", c.RequestNonce)
		}
	}
}
