package attest_test

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/attest"
	"github.com/servicechain/servicechain/internal/duty"
)

// What a bridge direction does per round with the signature path: sign, collect (here: the peers' signatures
// are added directly instead of fetched), plan, and send the ActSubmit nonces in one handleSignedBatch.
func Example() {
	var keys []*attest.KeySigner
	var ops []common.Address
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		keys = append(keys, attest.NewKeySigner(k))
		ops = append(ops, keys[i].Address())
	}
	roster := attest.Roster{Domain: bindings.HandleDomain{ChainID: big.NewInt(1001), Bridge: common.HexToAddress("0xc0"),
		SourceChainID: big.NewInt(1000), SourceBridge: common.HexToAddress("0xa0")}, Epoch: 1, Operators: ops, Threshold: 2}
	call := bindings.BridgeHandleCall{TokenType: bindings.TokenNative, To: common.HexToAddress("0xb0b"), ValueOrTokenId: big.NewInt(1), RequestNonce: 3}

	pool := attest.NewPool(nil)
	for _, k := range keys[:2] { // this node (operator 0) and one peer
		a, _ := attest.NewSigner(k).Sign(context.Background(), attest.ParentToChild, roster, call)
		if err := attest.Verify(roster, a); err == nil {
			pool.Add(a)
		}
	}
	digest := attest.Digest(roster.Domain, roster.Epoch, call)
	ready := time.Now()
	rot := duty.Rotation{Operators: ops, Threshold: roster.Threshold}
	ds := attest.Plan(attest.PlanInput{Now: ready, Self: rot.Designated(3)[0], Rotation: rot, Grace: time.Second,
		Candidates: []attest.Candidate{{Call: call, Digest: digest, Ready: ready, Signatures: pool.Signatures(attest.ParentToChild, 3, digest)}}})
	calls, sigs := attest.SignedBatch(ds, attest.MaxBatchSize)
	fmt.Println(ds[0].Action, len(calls), len(sigs[0]))
	// Output: submit 1 130
}
