package attest

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// Direction names, the same strings as internal/bridge's ParentToChild and ChildToParent (store keys, metric
// labels, the admin API), repeated here because the bridge imports this package, not the other way round.
const (
	// ParentToChild: requests made on the parent chain, handled on the child chain's bridge.
	ParentToChild = "parent-to-child"
	// ChildToParent: requests made on the child chain, handled on the parent chain's bridge.
	ChildToParent = "child-to-parent"
)

// validDirection reports whether d is ParentToChild or ChildToParent.
func validDirection(d string) bool { return d == ParentToChild || d == ChildToParent }

// Call is the JSON form of a handle call (bindings.BridgeHandleCall, Bridge.HandleCall): the fields of a
// source-chain request event, relayed byte for byte. Hashes and addresses are 0x-hex, valueOrTokenId is a 0x-hex
// quantity (wei, token units or token id; at most 256 bits), extraData 0x-hex bytes.
type Call struct {
	TokenType          uint8          `json:"tokenType"`
	RequestTxHash      common.Hash    `json:"requestTxHash"`
	From               common.Address `json:"from"`
	To                 common.Address `json:"to"`
	Token              common.Address `json:"token"`
	ValueOrTokenID     *hexutil.Big   `json:"valueOrTokenId"`
	RequestNonce       uint64         `json:"requestNonce"`
	RequestBlockNumber uint64         `json:"requestBlockNumber"`
	TokenURI           string         `json:"tokenURI"`
	ExtraData          hexutil.Bytes  `json:"extraData"`
}

// CallFromBinding converts a binding's handle call to its JSON form (nil value counts as 0).
func CallFromBinding(c bindings.BridgeHandleCall) Call {
	v := new(big.Int)
	if c.ValueOrTokenId != nil {
		v.Set(c.ValueOrTokenId)
	}
	return Call{TokenType: c.TokenType, RequestTxHash: c.RequestTxHash, From: c.From, To: c.To, Token: c.Token,
		ValueOrTokenID: (*hexutil.Big)(v), RequestNonce: c.RequestNonce, RequestBlockNumber: c.RequestBlockNumber,
		TokenURI: c.TokenURI, ExtraData: common.CopyBytes(c.ExtraData)}
}

// Binding converts the call back to the binding's type (what handleSignedBatch takes). A nil value is 0.
func (c Call) Binding() bindings.BridgeHandleCall {
	v := new(big.Int)
	if c.ValueOrTokenID != nil {
		v.Set(c.ValueOrTokenID.ToInt())
	}
	return bindings.BridgeHandleCall{TokenType: c.TokenType, RequestTxHash: c.RequestTxHash, From: c.From, To: c.To,
		Token: c.Token, ValueOrTokenId: v, RequestNonce: c.RequestNonce, RequestBlockNumber: c.RequestBlockNumber,
		TokenURI: c.TokenURI, ExtraData: common.CopyBytes(c.ExtraData)}
}

// Attestation is one operator's signature over the EIP-712 digest (Digest) of one handle call for one vote epoch
// of the destination bridge of Direction: what an attestation endpoint serves and a fetcher verifies (Verify).
// Signature is 65 bytes r || s || v, v 27 or 28, s in the lower half: the format handleSignedBatch takes.
type Attestation struct {
	Direction string         `json:"direction"`
	Epoch     uint64         `json:"epoch"`
	Call      Call           `json:"call"`
	Digest    common.Hash    `json:"digest"`
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
	// Submitted is the signer's node saying that it has sent this nonce in a handleSignedBatch: an unsigned
	// hint, used only to wait longer before sending the same signatures (Plan: at most one Takeover after it
	// was first seen), so a false one delays that operator's own nonces by one Takeover at most.
	Submitted bool `json:"submitted,omitempty"`
	// Received is when the Pool got it; SubmittedSeen when it first held it with Submitted set (zero: never).
	// Local only, not served.
	Received      time.Time `json:"-"`
	SubmittedSeen time.Time `json:"-"`
}

// Nonce is the request nonce the attestation is for.
func (a Attestation) Nonce() uint64 { return a.Call.RequestNonce }

// Page is the JSON body of GET /v1/attestations: the attestations of Direction with nonce >= From, in ascending
// nonce order, at most Limit of them (Limit is the limit the server applied, after capping).
type Page struct {
	Direction    string        `json:"direction"`
	From         uint64        `json:"from"`
	Limit        int           `json:"limit"`
	Attestations []Attestation `json:"attestations"`
}

// DecodePage reads one Page from r, reading at most maxBytes bytes. It returns ErrMalformedPage (wrapped, with
// what is wrong) for a body that is not one JSON Page, is longer than maxBytes, or whose fields are out of range
// (unknown direction, signature not 65 bytes, more entries than Limit). It never panics on any input (see
// FuzzDecodePage). Signatures are not checked here: see Verify.
func DecodePage(r io.Reader, maxBytes int64) (Page, error) {
	body, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return Page{}, fmt.Errorf("%w: reading body: %v", ErrMalformedPage, err)
	}
	if int64(len(body)) > maxBytes {
		return Page{}, fmt.Errorf("%w: body longer than %d bytes", ErrMalformedPage, maxBytes)
	}
	var p Page
	if err := json.Unmarshal(body, &p); err != nil {
		return Page{}, fmt.Errorf("%w: %v", ErrMalformedPage, err)
	}
	if !validDirection(p.Direction) {
		return Page{}, fmt.Errorf("%w: direction %q, expected %q or %q", ErrMalformedPage, p.Direction, ParentToChild, ChildToParent)
	}
	if p.Limit < 0 || len(p.Attestations) > p.Limit {
		return Page{}, fmt.Errorf("%w: %d attestations for limit %d", ErrMalformedPage, len(p.Attestations), p.Limit)
	}
	for i, a := range p.Attestations {
		if a.Direction != p.Direction {
			return Page{}, fmt.Errorf("%w: attestation %d: direction %q in a page of %q", ErrMalformedPage, i, a.Direction, p.Direction)
		}
		if len(a.Signature) != bindings.SignatureLength {
			return Page{}, fmt.Errorf("%w: attestation %d: signature of %d bytes, expected %d", ErrMalformedPage, i, len(a.Signature), bindings.SignatureLength)
		}
		if a.Call.ValueOrTokenID == nil {
			return Page{}, fmt.Errorf("%w: attestation %d: no valueOrTokenId", ErrMalformedPage, i)
		}
		if a.Nonce() < p.From {
			return Page{}, fmt.Errorf("%w: attestation %d: nonce %d below from %d", ErrMalformedPage, i, a.Nonce(), p.From)
		}
	}
	return p, nil
}
