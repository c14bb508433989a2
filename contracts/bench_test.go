package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
)

// BenchmarkHandleGas reports the gas of handle votes on the child bridge (4 operators), on go-ethereum's
// simulated backend, whose dev chain enables every fork go-ethereum knows (EIP-8037 state-creation gas included:
// a new storage slot costs ~98k gas there instead of 22k on mainnet today):
//
//	gas/vote-nonexec   first of 2 votes (records the vote only)
//	gas/vote-exec      second of 2 votes (records it and pays out 1 wei of native coin)
//	gas/vote-exec-erc20  executing vote paying a mint/burn ERC-20
//	gas/batch10        handleBatch of 10 executing native votes (threshold 1), whole transaction
//	gas/batch10-nonexec  handleBatch of 10 non-executing votes (threshold 2)
//
// Run: go test -run '^$' -bench HandleGas -benchtime 3x ./contracts/
func BenchmarkHandleGas(b *testing.B) {
	e := newEnv(b, deploy.Options{DeployTokens: true, ChildNativeLiquidity: eth(1000), Threshold: 2})
	nonce := uint64(0)
	next := func(tokenType uint8) bindings.BridgeHandleCall {
		nonce++
		c := bindings.BridgeHandleCall{TokenType: tokenType, RequestTxHash: common.BigToHash(new(big.Int).SetUint64(nonce)),
			From: e.addr(aliceK), To: e.addr(bobK), ValueOrTokenId: big.NewInt(1), RequestNonce: nonce, RequestBlockNumber: nonce + 100,
			ExtraData: []byte("bench")}
		if tokenType == bindings.TokenERC20 {
			c.Token = e.P.token
		}
		return c
	}
	var nonExec, exec, execERC20, batch, batchNonExec uint64
	for i := 0; i < b.N; i++ {
		c := next(bindings.TokenNative)
		nonExec += e.vote(e.C, op1, c).GasUsed
		r := e.vote(e.C, op1+1, c)
		if len(events(r).transfers) != 1 {
			b.Fatal("second vote did not execute")
		}
		exec += r.GasUsed
		c = next(bindings.TokenERC20)
		e.vote(e.C, op1, c)
		execERC20 += e.vote(e.C, op1+1, c).GasUsed

		var calls []bindings.BridgeHandleCall
		for j := 0; j < 10; j++ {
			calls = append(calls, next(bindings.TokenNative))
		}
		batchNonExec += e.send(e.C, op1, e.C.bridge, br.PackHandleBatch(calls), nil).GasUsed
		e.setThreshold(e.C, bindings.VoteValueTransfer, 1)
		for j := range calls {
			calls[j] = next(bindings.TokenNative)
		}
		r = e.send(e.C, op1, e.C.bridge, br.PackHandleBatch(calls), nil)
		if len(events(r).transfers) != 10 {
			b.Fatal("batch did not execute 10 transfers")
		}
		batch += r.GasUsed
		e.setThreshold(e.C, bindings.VoteValueTransfer, 2)
	}
	n := float64(b.N)
	b.ReportMetric(float64(nonExec)/n, "gas/vote-nonexec")
	b.ReportMetric(float64(exec)/n, "gas/vote-exec")
	b.ReportMetric(float64(execERC20)/n, "gas/vote-exec-erc20")
	b.ReportMetric(float64(batch)/n, "gas/batch10")
	b.ReportMetric(float64(batchNonExec)/n, "gas/batch10-nonexec")
	b.Logf("gas: non-executing vote %d, executing vote (native) %d, executing vote (ERC-20 mint) %d, batch of 10 executing %d, batch of 10 non-executing %d",
		nonExec/uint64(b.N), exec/uint64(b.N), execERC20/uint64(b.N), batch/uint64(b.N), batchNonExec/uint64(b.N))
}
