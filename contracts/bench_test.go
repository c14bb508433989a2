package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
)

// BenchmarkHandleGas reports the gas of handles on the child bridge, on go-ethereum's simulated backend with the
// devnet's fork rules (every released fork through Osaka, without the experimental EIP-8037 storage pricing):
//
//	votes:        single on-chain votes and batches of votes with 4 operators
//	  gas/vote-nonexec      first of 2 votes (records the vote only)
//	  gas/vote-exec         second of 2 votes (records it and pays out 1 wei of native coin)
//	  gas/vote-exec-erc20   executing vote paying a mint/burn ERC-20
//	  gas/batch10           handleBatch of 10 executing native votes (threshold 1), whole transaction
//	  gas/batch10-nonexec   handleBatch of 10 non-executing votes (threshold 2)
//	votes-k2of4:  gas per transfer closed by k = 2 batched on-chain votes (two handleBatch txs), gas/<kind>-b<size>
//	signed-k2of3, signed-k3of5: gas per transfer closed by one handleSignedBatch with k signatures,
//	  gas/<kind>-b<size>; native-new pays fresh (empty) accounts, the others one existing recipient.
//
// Run: go test -run '^$' -bench HandleGas -benchtime 3x ./contracts/
func BenchmarkHandleGas(b *testing.B) {
	b.Run("votes", benchVotes)
	b.Run("votes-k2of4", func(b *testing.B) { benchBatchedVotes(b) })
	b.Run("signed-k2of3", func(b *testing.B) { benchSigned(b, 2, 3) })
	b.Run("signed-k3of5", func(b *testing.B) { benchSigned(b, 3, 5) })
}

// handleSeq makes handle calls with consecutive nonces from 0, as a source bridge would emit them.
type handleSeq struct {
	e     *env
	nonce uint64
}

func (s *handleSeq) next(tokenType uint8) bindings.BridgeHandleCall {
	e := s.e
	n := s.nonce
	s.nonce++
	c := bindings.BridgeHandleCall{TokenType: tokenType, RequestTxHash: common.BigToHash(new(big.Int).SetUint64(n + 1)),
		From: e.addr(aliceK), To: e.addr(bobK), ValueOrTokenId: big.NewInt(1), RequestNonce: n, RequestBlockNumber: n + 100,
		ExtraData: []byte("bench")}
	switch tokenType {
	case bindings.TokenERC20:
		c.Token = e.P.token
	case bindings.TokenERC721:
		c.Token = e.P.nft
		c.ValueOrTokenId = new(big.Int).SetUint64(n + 1)
		c.TokenURI = fmt.Sprintf("ipfs://bench/%d", n)
	}
	return c
}

func benchVotes(b *testing.B) {
	e := newEnv(b, deploy.Options{DeployTokens: true, ChildNativeLiquidity: eth(1000), Threshold: 2})
	seq := &handleSeq{e: e}
	var nonExec, exec, execERC20, batch, batchNonExec uint64
	for i := 0; i < b.N; i++ {
		c := seq.next(bindings.TokenNative)
		nonExec += e.vote(e.C, op1, c).GasUsed
		r := e.vote(e.C, op1+1, c)
		if len(events(r).transfers) != 1 {
			b.Fatal("second vote did not execute")
		}
		exec += r.GasUsed
		c = seq.next(bindings.TokenERC20)
		e.vote(e.C, op1, c)
		execERC20 += e.vote(e.C, op1+1, c).GasUsed

		var calls []bindings.BridgeHandleCall
		for j := 0; j < 10; j++ {
			calls = append(calls, seq.next(bindings.TokenNative))
		}
		batchNonExec += e.send(e.C, op1, e.C.bridge, br.PackHandleBatch(calls), nil).GasUsed
		e.send(e.C, op1+1, e.C.bridge, br.PackHandleBatch(calls), nil) // close them, keep the nonces in order
		e.setThreshold(e.C, bindings.VoteValueTransfer, 1)
		for j := range calls {
			calls[j] = seq.next(bindings.TokenNative)
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
}

var kindName = map[uint8]string{bindings.TokenNative: "native", bindings.TokenERC20: "erc20", bindings.TokenERC721: "erc721"}

// benchBatchedVotes: per-transfer gas of k = 2 of 4 on-chain votes, each operator voting a whole batch.
func benchBatchedVotes(b *testing.B) {
	e := newEnv(b, deploy.Options{DeployTokens: true, ChildNativeLiquidity: eth(1000), Threshold: 2})
	seq := &handleSeq{e: e}
	for _, kind := range []uint8{bindings.TokenNative, bindings.TokenERC20} {
		for _, n := range []int{10, 50} {
			var total uint64
			for i := 0; i < b.N; i++ {
				calls := make([]bindings.BridgeHandleCall, n)
				for j := range calls {
					calls[j] = seq.next(kind)
				}
				total += e.send(e.C, op1, e.C.bridge, br.PackHandleBatch(calls), nil).GasUsed
				r := e.send(e.C, op1+1, e.C.bridge, br.PackHandleBatch(calls), nil)
				if len(events(r).transfers) != n {
					b.Fatalf("%d of %d executed", len(events(r).transfers), n)
				}
				total += r.GasUsed
			}
			b.ReportMetric(float64(total)/float64(b.N*n), fmt.Sprintf("gas/%s-b%d", kindName[kind], n))
		}
	}
}

// benchSigned: per-transfer gas of handleSignedBatch with k of n operator signatures, by batch size.
func benchSigned(b *testing.B, k, n int) {
	e := newEnvOps(b, deploy.Options{DeployTokens: true, ChildNativeLiquidity: eth(1000), Threshold: uint8(k)}, n)
	seq := &handleSeq{e: e}
	signers := make([]int, k)
	for i := range signers {
		signers[i] = opAccount(i)
	}
	run := func(name string, kind uint8, size int, fresh bool) {
		var total uint64
		for i := 0; i < b.N; i++ {
			calls := make([]bindings.BridgeHandleCall, size)
			for j := range calls {
				calls[j] = seq.next(kind)
				if fresh {
					calls[j].To = common.BigToAddress(new(big.Int).SetUint64(1_000_000 + calls[j].RequestNonce))
				}
			}
			r := e.signedBatch(e.C, aliceK, calls, e.signAll(e.C, calls, signers...))
			if got := len(events(r).transfers); got != size {
				b.Fatalf("%s: %d of %d executed", name, got, size)
			}
			total += r.GasUsed
		}
		b.ReportMetric(float64(total)/float64(b.N*size), fmt.Sprintf("gas/%s-b%d", name, size))
	}
	for _, size := range []int{1, 10, 50, 100} {
		run("native", bindings.TokenNative, size, false)
		run("erc20", bindings.TokenERC20, size, false)
	}
	run("native-new", bindings.TokenNative, 50, true)
	run("erc721", bindings.TokenERC721, 10, false)
}
