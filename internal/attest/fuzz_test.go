package attest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/attest"
)

// FuzzDecodePage: no input makes DecodePage panic; what it accepts is a Page within its limits that encodes and
// decodes to itself, and Verify on it answers (an error or nil) without panicking.
func FuzzDecodePage(f *testing.F) {
	key, _ := crypto.GenerateKey()
	r := attest.Roster{Domain: bindings.HandleDomain{ChainID: big.NewInt(2), Bridge: common.HexToAddress("0xb2"), SourceChainID: big.NewInt(1),
		SourceBridge: common.HexToAddress("0xb1")}, Epoch: 1, Operators: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Threshold: 1}
	a, err := attest.NewSigner(attest.NewKeySigner(key)).Sign(context.Background(), attest.ParentToChild, r, testCall(4))
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(attest.Page{Direction: attest.ParentToChild, From: 4, Limit: 2, Attestations: []attest.Attestation{a}})
	f.Add(good)
	f.Add([]byte(`{"direction":"child-to-parent","from":0,"limit":0,"attestations":null}`))
	f.Add([]byte(`{"direction":"parent-to-child","from":1,"limit":1,"attestations":[{"direction":"parent-to-child","call":{"valueOrTokenId":"0x1"},"signature":"0x00"}]}`))
	f.Add([]byte(`{"direction":"parent-to-child","from":-1}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"direction":"parent-to-child","limit":1,"attestations":[{"call":{"valueOrTokenId":"0x` + string(bytes.Repeat([]byte("f"), 65)) + `"}}]}`))
	f.Add([]byte{0xff, 0x00})
	const max = 1 << 16
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := attest.DecodePage(bytes.NewReader(body), max)
		if err != nil {
			return
		}
		if len(body) > max || len(p.Attestations) > p.Limit {
			t.Fatalf("accepted %d bytes, %d attestations for limit %d", len(body), len(p.Attestations), p.Limit)
		}
		for _, a := range p.Attestations {
			if len(a.Signature) != bindings.SignatureLength || a.Direction != p.Direction || a.Nonce() < p.From {
				t.Fatalf("accepted attestation %+v", a)
			}
			_ = attest.Verify(r, a)
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		q, err := attest.DecodePage(bytes.NewReader(again), int64(len(again)))
		if err != nil {
			t.Fatalf("re-decode of %s: %v", again, err)
		}
		if !reflect.DeepEqual(normalize(p), normalize(q)) {
			t.Fatalf("round trip changed the page:\n%+v\n%+v", p, q)
		}
	})
}

// normalize makes nil and empty slices compare equal (JSON does not keep the difference).
func normalize(p attest.Page) attest.Page {
	if len(p.Attestations) == 0 {
		p.Attestations = nil
	}
	for i := range p.Attestations {
		if len(p.Attestations[i].Call.ExtraData) == 0 {
			p.Attestations[i].Call.ExtraData = nil
		}
	}
	return p
}
