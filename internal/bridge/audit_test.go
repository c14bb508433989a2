package bridge_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// audit is what one chain's blocks say about the votes cast on its bridge:
// read from every transaction and event, not from the nodes' own accounts.
type audit struct {
	// handled counts HandleValueTransfer events per nonce (must be 1).
	handled map[uint64]int
	// attempts counts, per operator and nonce, the vote transactions that
	// carried a vote for that nonce (single handle or batch entry), mined
	// successfully or not.
	attempts map[common.Address]map[uint64]int
	// reverted counts each operator's reverted transactions to the bridge.
	reverted map[common.Address]int
	// skipped counts HandleSkipped events (batch entries that were not votes).
	skipped map[common.Address]int
	// failed counts HandleFailed events per nonce.
	failed map[uint64]int
	// refunded counts HandleRefunded events per nonce (closed by a refund;
	// handled + refunded must be 1); refundVotes RefundVote events.
	refunded    map[uint64]int
	refundVotes map[uint64]int
	// voteGas sums the gas of all vote transactions.
	voteGas uint64
	voteTxs int
	// bySignatures counts HandleValueTransfer events per nonce whose
	// attestation is AttestedBySignatures (handleSignedBatch, issue 14);
	// signedTxs and signedGas are the handleSignedBatch transactions (also
	// counted in voteTxs and voteGas).
	bySignatures map[uint64]int
	signedTxs    int
	signedGas    uint64
}

// auditChain reads blocks [from, head] of the chain behind c and tallies the
// votes on bridgeAddr.
func auditChain(t testing.TB, c *ethclient.Client, chainID uint64, bridgeAddr common.Address, from uint64) *audit {
	t.Helper()
	ctx := context.Background()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := &audit{handled: map[uint64]int{}, attempts: map[common.Address]map[uint64]int{}, reverted: map[common.Address]int{},
		skipped: map[common.Address]int{}, failed: map[uint64]int{}, refunded: map[uint64]int{}, refundVotes: map[uint64]int{},
		bySignatures: map[uint64]int{}}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	for n := from; n <= head; n++ {
		blk, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != bridgeAddr {
				continue
			}
			nonces := voteNonces(tx.Data())
			if nonces == nil {
				continue
			}
			sender, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			if a.attempts[sender] == nil {
				a.attempts[sender] = map[uint64]int{}
			}
			for _, nonce := range nonces {
				a.attempts[sender][nonce]++
			}
			rcpt, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			a.voteTxs++
			a.voteGas += rcpt.GasUsed
			if isSignedBatch(tx.Data()) {
				a.signedTxs++
				a.signedGas += rcpt.GasUsed
			}
			if rcpt.Status != types.ReceiptStatusSuccessful {
				a.reverted[sender]++
			}
			for _, l := range rcpt.Logs {
				if ev, err := bridgeABI.UnpackHandleValueTransferEvent(l); err == nil {
					a.handled[ev.HandleNonce]++
					if ev.Attestation == bindings.AttestedBySignatures {
						a.bySignatures[ev.HandleNonce]++
					}
				} else if ev, err := bridgeABI.UnpackHandleSkippedEvent(l); err == nil {
					a.skipped[ev.Operator]++
				} else if ev, err := bridgeABI.UnpackHandleFailedEvent(l); err == nil {
					a.failed[ev.RequestNonce]++
				} else if ev, err := bridgeABI.UnpackHandleRefundedEvent(l); err == nil {
					a.refunded[ev.HandleNonce]++
				} else if ev, err := bridgeABI.UnpackRefundVoteEvent(l); err == nil {
					a.refundVotes[ev.RequestNonce]++
				}
			}
		}
	}
	return a
}

// voteNonces decodes the request nonces a handle, handleBatch, refund,
// refundBatch or handleSignedBatch call votes on (or closes by signatures);
// nil for other calls.
func voteNonces(data []byte) []uint64 {
	if len(data) < 4 {
		return nil
	}
	a := bridgeABI.GetABI()
	m, err := a.MethodById(data[:4])
	if err != nil {
		return nil
	}
	switch m.Name {
	case "handleNativeTransfer", "handleERC20Transfer", "handleERC721Transfer":
		args := map[string]any{}
		if err := m.Inputs.UnpackIntoMap(args, data[4:]); err != nil {
			return nil
		}
		return []uint64{args["requestNonce"].(uint64)}
	case "refundValueTransfer":
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil || len(vals) != 1 {
			return nil
		}
		c := *abi.ConvertType(vals[0], new(bindings.BridgeHandleCall)).(*bindings.BridgeHandleCall)
		return []uint64{c.RequestNonce}
	case "handleBatch", "refundBatch":
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil || len(vals) != 1 {
			return nil
		}
		return callNonces(vals[0])
	case "handleSignedBatch":
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil || len(vals) != 3 {
			return nil
		}
		return callNonces(vals[1])
	}
	return nil
}

// callNonces is the request nonces of an unpacked HandleCall[] argument.
func callNonces(v any) []uint64 {
	calls := *abi.ConvertType(v, new([]bindings.BridgeHandleCall)).(*[]bindings.BridgeHandleCall)
	out := make([]uint64, len(calls))
	for i, c := range calls {
		out[i] = c.RequestNonce
	}
	return out
}

// requireExactlyOnce checks that nonces [0, requestNonce) of the source bridge
// were each closed exactly once on the destination: paid out or refunded,
// never both.
func requireExactlyOnce(t testing.TB, a *audit, src side) {
	t.Helper()
	n, err := bind.Call(bridgeABI.Instance(src.client, src.bridge), nil, bridgeABI.PackRequestNonce(), bridgeABI.UnpackRequestNonce)
	if err != nil {
		t.Fatal(err)
	}
	for nonce := uint64(0); nonce < n; nonce++ {
		if a.handled[nonce]+a.refunded[nonce] != 1 {
			t.Errorf("requests from %s: nonce %d paid %d times and refunded %d times, want exactly one of them once", src.name, nonce, a.handled[nonce], a.refunded[nonce])
		}
	}
	for nonce, c := range a.handled {
		if nonce >= n {
			t.Errorf("requests from %s: nonce %d handled %d times but never requested (requestNonce %d)", src.name, nonce, c, n)
		}
	}
}

// isSignedBatch reports whether data calls handleSignedBatch.
func isSignedBatch(data []byte) bool {
	if len(data) < 4 {
		return false
	}
	a := bridgeABI.GetABI()
	m, err := a.MethodById(data[:4])
	return err == nil && m.Name == "handleSignedBatch"
}
