package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs the transactions of one account. The default is a KeySigner
// (a private key in memory); a remote signer (clef, a KMS or HSM, a signing
// service) implements it to keep the key out of the process. The manager
// calls SignTx with its send lock held, so a slow signer delays this
// account's other transactions and nothing else; ctx is the caller's (Send)
// or the poll round's, bounded by the poll timeout.
//
// The manager checks every signed transaction before it journals or sends
// it: it must recover to Address and carry exactly the fields it was given
// (same signing hash), else the version is dropped with an error.
type Signer interface {
	// Address is the account whose transactions the signer signs.
	Address() common.Address
	// SignTx returns tx signed for chainID (EIP-155 replay protection; the
	// transaction's own type decides the signature scheme: legacy, EIP-2930,
	// EIP-1559). It must not change anything but the signature.
	SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error)
}

// KeySigner is a Signer holding a secp256k1 private key in memory.
type KeySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewKeySigner returns a Signer for key. It panics on a nil key (a
// programming error; New checks its key argument itself).
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner {
	if key == nil {
		panic("txmgr: NewKeySigner with a nil key")
	}
	return &KeySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address returns the key's address.
func (s *KeySigner) Address() common.Address { return s.addr }

// SignTx signs tx with the key for chainID (go-ethereum's latest signer for
// the chain id). ctx is not used: signing in memory does not block.
func (s *KeySigner) SignTx(_ context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// ErrBadSignature is returned (wrapped, with what differed) when a Signer
// returns a transaction that does not recover to its Address or whose fields
// differ from those it was asked to sign. Nothing is journaled or sent.
var ErrBadSignature = errors.New("signer returned a bad transaction")

// checkSigned verifies that signed is unsigned signed by the manager's account.
func (m *Manager) checkSigned(unsigned, signed *types.Transaction) error {
	if signed == nil {
		return fmt.Errorf("%w: nil transaction", ErrBadSignature)
	}
	from, err := types.Sender(m.chainSigner, signed)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if from != m.addr {
		return fmt.Errorf("%w: signed by %s, expected %s", ErrBadSignature, from, m.addr)
	}
	if m.chainSigner.Hash(signed) != m.chainSigner.Hash(unsigned) {
		return fmt.Errorf("%w: its fields differ from the transaction given to sign (nonce %d, to %v)",
			ErrBadSignature, unsigned.Nonce(), unsigned.To())
	}
	return nil
}
