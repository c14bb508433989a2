package deploytest

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/chain"
)

// TestDevnetForkRules checks the simulated chain runs the devnet's rules
// (devchain.ChainConfig), not go-ethereum's developer config with Bogota: a
// first write to a storage slot costs 22,100 gas (EIP-2929 cold SSTORE), not
// EIP-8037's ~98k.
func TestDevnetForkRules(t *testing.T) {
	c := NewChain(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// Runtime code PUSH1 1 PUSH1 0 SSTORE STOP, deployed by init code that
	// returns it: PUSH6 <code> PUSH1 0 MSTORE PUSH1 6 PUSH1 26 RETURN.
	initCode := common.FromHex("656001600055006000526006601af3")
	send := func(nonce uint64, to *common.Address, data []byte) *types.Receipt {
		t.Helper()
		head, err := c.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(c.Keys[0], types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
			ChainID: c.ChainID, Nonce: nonce, To: to, Data: data, Gas: 200_000,
			GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)),
		})
		if err := c.Client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		r, err := chain.WaitReceipt(ctx, c.Client, tx.Hash(), 0)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt %+v, %v", r, err)
		}
		return r
	}
	deployed := send(0, nil, initCode)
	if want := crypto.CreateAddress(c.Addrs[0], 0); deployed.ContractAddress != want {
		t.Fatalf("contract at %s, want %s", deployed.ContractAddress, want)
	}
	if code, err := c.Client.CodeAt(ctx, deployed.ContractAddress, nil); err != nil || len(code) != 6 {
		t.Fatalf("deployed code %x, %v", code, err)
	}
	r := send(1, &deployed.ContractAddress, nil)
	const want = 21_000 + 3 + 3 + 22_100 // intrinsic, two PUSH1, cold SSTORE of a new slot
	if r.GasUsed != want {
		t.Fatalf("a new storage slot cost %d gas in total, want %d (Osaka rules, no Bogota/EIP-8037)", r.GasUsed, want)
	}
	if id, err := c.Client.ChainID(ctx); err != nil || id.Uint64() != SimulatedChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
}
