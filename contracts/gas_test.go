package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// An executing vote sent with too little gas must revert as a whole (InsufficientGas or out of gas), never
// record a HandleFailed that more gas would have avoided; the gas estimate must be enough for the payout.
func TestExecutingVoteGasLimits(t *testing.T) {
	t.Parallel()
	e := newEnv(t, defaultOpts())
	id := big.NewInt(5)
	e.send(e.P, ownerP, e.P.nft, nft.PackMintWithTokenURI(e.addr(ownerP), id, "ipfs://a-fairly-long-token-uri/that/takes/several/storage/slots/0123456789"), nil)
	e.send(e.P, ownerP, e.P.nft, nft.PackApprove(e.P.bridge, id), nil)
	e.send(e.P, ownerP, e.P.token, tok.PackApprove(e.P.bridge, eth(10)), nil)
	reqs := map[string]bindings.BridgeHandleCall{
		"native": request(t, e.requestNative(e.P, aliceK, e.addr(bobK), eth(1), big.NewInt(0))),
		"erc20":  request(t, e.send(e.P, ownerP, e.P.bridge, br.PackRequestERC20Transfer(e.P.token, e.addr(bobK), eth(10), big.NewInt(0), nil), nil)),
		"erc721": request(t, e.send(e.P, ownerP, e.P.bridge, br.PackRequestERC721Transfer(e.P.nft, e.addr(bobK), id, nil), nil)),
	}
	for name, c := range reqs {
		data := packHandle(c)
		est, err := e.C.c.Client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.addr(op1), To: &e.C.bridge, Data: data})
		if err != nil {
			t.Fatalf("%s: estimate: %v", name, err)
		}
		var reverted int
		for pct := uint64(50); pct <= 100; pct += 5 {
			g := est * pct / 100
			opts := e.C.c.Opts(op1)
			opts.Context = e.ctx
			opts.GasLimit = g
			tx, err := bind.Transact(bind.NewBoundContract(e.C.bridge, abi.ABI{}, e.C.c.Client, e.C.c.Client, e.C.c.Client), opts, data)
			if err != nil {
				t.Fatalf("%s: send with gas %d: %v", name, g, err)
			}
			r, err := bind.WaitMined(e.ctx, e.C.c.Client, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			h := events(r)
			if len(h.failed) != 0 {
				t.Fatalf("%s: gas %d (%d%% of estimate %d) recorded HandleFailed(%s)", name, g, pct, est, bindings.DecodeRevert(h.failed[0].Reason))
			}
			if r.Status == types.ReceiptStatusSuccessful {
				if len(h.transfers) != 1 {
					t.Fatalf("%s: gas %d succeeded without a transfer", name, g)
				}
				if pct != 100 {
					t.Logf("%s: executed with %d%% of the estimate", name, pct)
				}
				break
			}
			reverted++
			if pct == 100 {
				t.Fatalf("%s: reverted with the estimate %d", name, est)
			}
		}
		if reverted == 0 {
			t.Errorf("%s: no gas limit in the sweep was too low", name)
		}
	}
}
