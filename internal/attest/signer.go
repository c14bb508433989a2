package attest

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// DigestSigner signs 32-byte digests with one operator key: the seam for a key kept outside the process (a
// remote signer, KMS or HSM), as txmgr.Signer is for transactions. The operator key that signs the bridge's
// transactions signs its attestations, so the same key backs both (KeySigner here, txmgr.KeySigner there).
type DigestSigner interface {
	// Address is the operator address whose signatures the signer makes.
	Address() common.Address
	// SignDigest returns a 65-byte secp256k1 signature r || s || v of digest, with v 0/1 or 27/28 (both are
	// accepted; Signer normalizes to 27/28).
	SignDigest(ctx context.Context, digest common.Hash) ([]byte, error)
}

// DigestSignerFunc adapts an address and a signing function (e.g. a remote signer's client) to DigestSigner.
type DigestSignerFunc struct {
	Addr common.Address
	Sign func(ctx context.Context, digest common.Hash) ([]byte, error)
}

// Address returns f.Addr.
func (f DigestSignerFunc) Address() common.Address { return f.Addr }

// SignDigest calls f.Sign.
func (f DigestSignerFunc) SignDigest(ctx context.Context, digest common.Hash) ([]byte, error) {
	return f.Sign(ctx, digest)
}

// KeySigner is a DigestSigner holding a private key in memory.
type KeySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewKeySigner returns a DigestSigner for key. It panics on a nil key (a programming error).
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner {
	if key == nil {
		panic("attest: NewKeySigner with a nil key")
	}
	return &KeySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address returns the key's address.
func (s *KeySigner) Address() common.Address { return s.addr }

// SignDigest signs digest with the key (go-ethereum's secp256k1 signer: low s, v 0/1). ctx is not used.
func (s *KeySigner) SignDigest(_ context.Context, digest common.Hash) ([]byte, error) {
	return crypto.Sign(digest[:], s.key)
}

// Signer makes this operator's attestations: it signs the Digest of a request's handle call for the current
// epoch of the destination bridge and checks what the DigestSigner returned before anyone sees it.
type Signer struct {
	ds DigestSigner
}

// NewSigner returns a Signer over ds. It panics on a nil ds (a programming error).
func NewSigner(ds DigestSigner) *Signer {
	if ds == nil {
		panic("attest: NewSigner with a nil DigestSigner")
	}
	return &Signer{ds: ds}
}

// Address is the operator address the attestations are signed by.
func (s *Signer) Address() common.Address { return s.ds.Address() }

// Sign returns this operator's attestation of call c for direction and the destination's roster (its Domain
// and Epoch; the operator set is not consulted: a node signs only what it would vote for, and the bridge
// decides that). The signature is normalized to v = 27/28 and checked: it must recover to Address and have a
// low s (errors: RecoverSigner's, ErrSignerMismatch), so a faulty remote signer never publishes a signature the
// Bridge would refuse.
func (s *Signer) Sign(ctx context.Context, direction string, r Roster, c bindings.BridgeHandleCall) (Attestation, error) {
	if !validDirection(direction) {
		return Attestation{}, fmt.Errorf("%w: %q", ErrWrongDirection, direction)
	}
	digest := Digest(r.Domain, r.Epoch, c)
	sig, err := s.ds.SignDigest(ctx, digest)
	if err != nil {
		return Attestation{}, fmt.Errorf("sign nonce %d: %w", c.RequestNonce, err)
	}
	if len(sig) == bindings.SignatureLength && sig[64] < 2 {
		sig = common.CopyBytes(sig)
		sig[64] += 27
	}
	got, err := RecoverSigner(digest, sig)
	if err != nil {
		return Attestation{}, fmt.Errorf("sign nonce %d: signer returned a bad signature: %w", c.RequestNonce, err)
	}
	if got != s.ds.Address() {
		return Attestation{}, fmt.Errorf("%w: sign nonce %d: signature recovers to %s, signer is %s", ErrSignerMismatch, c.RequestNonce, got, s.ds.Address())
	}
	return Attestation{Direction: direction, Epoch: r.Epoch, Call: CallFromBinding(c), Digest: digest, Signer: got, Signature: sig}, nil
}
