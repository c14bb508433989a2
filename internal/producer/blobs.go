package producer

import (
	"crypto/sha256"
	"fmt"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// bundleHashes computes the blob versioned hashes (EIP-4844: version byte 1
// and sha256 of the KZG commitment) of a getPayload blobs bundle, as
// go-ethereum's simulated beacon does; never nil.
func bundleHashes(b *ethengine.BlobsBundle) ([]common.Hash, error) {
	hashes := []common.Hash{}
	if b == nil {
		return hashes, nil
	}
	h := sha256.New()
	for i, c := range b.Commitments {
		var k kzg4844.Commitment
		if len(c) != len(k) {
			return nil, fmt.Errorf("producer: blob commitment %d has %d bytes, expected %d", i, len(c), len(k))
		}
		copy(k[:], c)
		hashes = append(hashes, kzg4844.CalcBlobHashV1(h, &k))
	}
	return hashes, nil
}
