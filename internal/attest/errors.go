package attest

import "errors"

// Sentinel errors. Functions wrap them with the values involved; match with errors.Is. The signature errors
// mirror the Bridge's handleSignedBatch refusals (contracts/src/Bridge.sol, _checkSignatures), so a signature
// the Go checks accept is one the contract accepts and each refusal maps to one contract error:
//
//	ErrSignatureLength, ErrSignatureV, ErrMalleableSignature, ErrInvalidSignature  InvalidSignature (per entry)
//	ErrInsufficientSignatures                                                     InsufficientSignatures
//	ErrDuplicateSigner                                                            DuplicateSigner
//	ErrSignersNotAscending                                                        SignersNotAscending
//	ErrNotOperator, ErrSignerMismatch, ErrDigestMismatch                          SignerNotOperator
//	ErrStaleEpoch                                                                 StaleEpoch (whole batch)
var (
	// ErrSignatureLength: a signature that is not 65 bytes (r || s || v).
	ErrSignatureLength = errors.New("signature is not 65 bytes")
	// ErrSignatureV: v is not 27 or 28.
	ErrSignatureV = errors.New("signature v is not 27 or 28")
	// ErrMalleableSignature: s is in the upper half of the secp256k1 order (EIP-2; OpenZeppelin ECDSA refuses it).
	ErrMalleableSignature = errors.New("malleable signature (s in the upper half)")
	// ErrInvalidSignature: r and s do not recover to any public key.
	ErrInvalidSignature = errors.New("signature does not recover")
	// ErrSignerMismatch: the signature recovers to another address than the attestation's signer (a signature
	// over another digest: another chain, bridge, source, epoch or message).
	ErrSignerMismatch = errors.New("signature does not recover to the claimed signer")
	// ErrDigestMismatch: the attestation's digest is not the EIP-712 digest of its call in this node's domain
	// for its epoch (signed for another chain, bridge or source bridge, or a forged digest).
	ErrDigestMismatch = errors.New("digest is not the handle digest of the call in this bridge's domain")
	// ErrNotOperator: the signer is not a current operator of the destination bridge.
	ErrNotOperator = errors.New("signer is not an operator")
	// ErrStaleEpoch: the attestation is for another vote epoch than the destination bridge's current one.
	ErrStaleEpoch = errors.New("attestation for another vote epoch")
	// ErrDuplicateSigner: two signatures of the same signer in one signatures entry.
	ErrDuplicateSigner = errors.New("duplicate signer")
	// ErrSignersNotAscending: a signatures entry whose signers are not in ascending address order.
	ErrSignersNotAscending = errors.New("signers not in ascending order")
	// ErrInsufficientSignatures: fewer signatures than the threshold (or an entry not a multiple of 65 bytes).
	ErrInsufficientSignatures = errors.New("insufficient signatures")
	// ErrWrongDirection: an attestation for another direction than the one asked for.
	ErrWrongDirection = errors.New("attestation for another direction")
	// ErrOutOfWindow: a fetched attestation for a nonce outside the range asked for (from, from+limit).
	ErrOutOfWindow = errors.New("attestation outside the nonces asked for")
	// ErrMalformedCall: an attestation whose call has no value, a negative one or one above 256 bits.
	ErrMalformedCall = errors.New("malformed handle call")
	// ErrMalformedPage: a response body of an attestation endpoint that is not a valid Page.
	ErrMalformedPage = errors.New("malformed attestation page")
	// ErrTooManyDigests: a nonce already holds MaxDigestsPerNonce distinct digests in the Pool.
	ErrTooManyDigests = errors.New("too many distinct digests for one nonce")
	// ErrBadConfig: a Config value out of range (wrapped with the field's name).
	ErrBadConfig = errors.New("bad attestation config")
)
