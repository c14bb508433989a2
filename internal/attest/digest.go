package attest

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// Digest is the EIP-712 digest operators sign for handleSignedBatch and vote on chain (the Bridge's
// handleVoteKey): domain {name "servicechain Bridge", version "1", destination chain id, destination bridge},
// message Handle(sourceChainId, sourceBridge, epoch, requestNonce, tokenType, requestTxHash, requestBlockNumber,
// from, to, token, valueOrTokenId, keccak256(tokenURI), keccak256(extraData)) (Bridge.HANDLE_TYPEHASH). It is
// bindings.HandleVoteKey, the one Go implementation (checked against go-ethereum's apitypes EIP-712 encoder in
// contracts/bindings and against the compiled Bridge's handleVoteKey in this package's tests).
func Digest(d bindings.HandleDomain, epoch uint64, c bindings.BridgeHandleCall) common.Hash {
	return bindings.HandleVoteKey(d, epoch, c)
}

// secp256k1N and secp256k1HalfN: the group order and its half. A signature with s > N/2 is the malleable twin
// of one with N - s (EIP-2); OpenZeppelin ECDSA.tryRecover refuses it, so we do.
var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// RecoverSigner returns the address that made sig (65 bytes r || s || v, v 27 or 28) over digest with the
// Bridge's rules (OpenZeppelin ECDSA.tryRecover). Errors: ErrSignatureLength, ErrSignatureV,
// ErrMalleableSignature, ErrInvalidSignature (r or s zero or not below the order, or no key recovers).
func RecoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != bindings.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes", ErrSignatureLength, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d", ErrSignatureV, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s = %#x", ErrMalleableSignature, s)
	}
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(secp256k1N) >= 0 {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrInvalidSignature)
	}
	rsv := bytes.Clone(sig)
	rsv[64] -= 27
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Roster is what a signature is checked against for one direction: the destination bridge's domain (its chain
// id and address, the source chain id and bridge: bindings.ReadHandleDomain), its current vote epoch, its
// operators (getOperatorList, contract order: the duty rotation's order) and its value-transfer threshold k.
type Roster struct {
	Domain    bindings.HandleDomain
	Epoch     uint64
	Operators []common.Address
	Threshold int
}

// IsOperator reports whether a is one of r.Operators.
func (r Roster) IsOperator(a common.Address) bool { return slices.Contains(r.Operators, a) }

// Verify checks one fetched attestation against the roster of its direction: its call's value is a uint256
// (ErrMalformedCall), its epoch is the current one
// (ErrStaleEpoch), its digest is the Digest of its call in r.Domain for that epoch (ErrDigestMismatch: signed
// for another chain, bridge or source), the signature is well formed and not malleable (RecoverSigner's errors),
// recovers to a.Signer (ErrSignerMismatch) and a.Signer is an operator (ErrNotOperator). It does not check that
// the call is a request this node has seen: the collector only counts signatures whose digest equals the
// digest of the call this node observed itself.
func Verify(r Roster, a Attestation) error {
	if v := a.Call.ValueOrTokenID; v == nil || v.ToInt().Sign() < 0 || v.ToInt().BitLen() > 256 {
		return fmt.Errorf("%w: nonce %d: valueOrTokenId %v is not a uint256", ErrMalformedCall, a.Nonce(), v)
	}
	if a.Epoch != r.Epoch {
		return fmt.Errorf("%w: nonce %d signed for epoch %d, current epoch %d", ErrStaleEpoch, a.Nonce(), a.Epoch, r.Epoch)
	}
	if want := Digest(r.Domain, a.Epoch, a.Call.Binding()); want != a.Digest {
		return fmt.Errorf("%w: nonce %d: digest %s, expected %s", ErrDigestMismatch, a.Nonce(), a.Digest, want)
	}
	signer, err := RecoverSigner(a.Digest, a.Signature)
	if err != nil {
		return fmt.Errorf("nonce %d signer %s: %w", a.Nonce(), a.Signer, err)
	}
	if signer != a.Signer {
		return fmt.Errorf("%w: nonce %d: recovers to %s, claimed %s", ErrSignerMismatch, a.Nonce(), signer, a.Signer)
	}
	if !r.IsOperator(signer) {
		return fmt.Errorf("%w: nonce %d: %s", ErrNotOperator, a.Nonce(), signer)
	}
	return nil
}

// CheckEntry checks one signatures entry of handleSignedBatch (concatenated 65-byte signatures over digest)
// exactly as the Bridge does (_checkSignatures), in the same order, so it predicts the contract's verdict:
// ErrInsufficientSignatures when the length is not a multiple of 65 or there are fewer than r.Threshold
// signatures; then for each signature in turn RecoverSigner's errors (InvalidSignature on chain),
// ErrDuplicateSigner, ErrSignersNotAscending, ErrNotOperator. nonce is only used in the messages.
func CheckEntry(r Roster, nonce uint64, digest common.Hash, entry []byte) error {
	n := len(entry) / bindings.SignatureLength
	if len(entry)%bindings.SignatureLength != 0 || n < r.Threshold {
		return fmt.Errorf("%w: nonce %d: %d bytes (%d signatures), threshold %d", ErrInsufficientSignatures, nonce, len(entry), n, r.Threshold)
	}
	var last common.Address
	for i := 0; i < n; i++ {
		signer, err := RecoverSigner(digest, entry[i*bindings.SignatureLength:(i+1)*bindings.SignatureLength])
		if err != nil {
			return fmt.Errorf("nonce %d signature %d: %w", nonce, i, err)
		}
		switch c := bytes.Compare(signer[:], last[:]); {
		case c == 0:
			return fmt.Errorf("%w: nonce %d: %s", ErrDuplicateSigner, nonce, signer)
		case c < 0:
			return fmt.Errorf("%w: nonce %d: %s after %s", ErrSignersNotAscending, nonce, signer, last)
		}
		if !r.IsOperator(signer) {
			return fmt.Errorf("%w: nonce %d: %s", ErrNotOperator, nonce, signer)
		}
		last = signer
	}
	return nil
}

// Join builds the signatures entry of handleSignedBatch for one call from verified attestations of its digest:
// one signature per signer, the k = threshold lowest signer addresses, concatenated in ascending signer order
// (what the Bridge requires; more than k would only cost gas). Attestations for another digest are ignored. It
// returns ErrInsufficientSignatures when fewer than threshold distinct signers remain. It does not recover the
// signatures again: pass only attestations that passed Verify (the Pool holds only those).
func Join(digest common.Hash, atts []Attestation, threshold int) ([]byte, []common.Address, error) {
	bySigner := make(map[common.Address][]byte, len(atts))
	for _, a := range atts {
		if a.Digest == digest {
			if _, ok := bySigner[a.Signer]; !ok {
				bySigner[a.Signer] = a.Signature
			}
		}
	}
	if threshold < 1 || len(bySigner) < threshold {
		return nil, nil, fmt.Errorf("%w: %d distinct signers of %s, threshold %d", ErrInsufficientSignatures, len(bySigner), digest, threshold)
	}
	signers := make([]common.Address, 0, len(bySigner))
	for a := range bySigner {
		signers = append(signers, a)
	}
	slices.SortFunc(signers, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	signers = signers[:threshold]
	out := make([]byte, 0, threshold*bindings.SignatureLength)
	for _, a := range signers {
		out = append(out, bySigner[a]...)
	}
	return out, signers, nil
}
