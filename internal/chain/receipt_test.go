package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

// scriptedReceipts answers TransactionReceipt from a script: one error (nil
// = the receipt) per call, the last entry repeating.
type scriptedReceipts struct {
	script []error
	calls  atomic.Int64
	rcpt   *types.Receipt
}

func (s *scriptedReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	i := int(s.calls.Add(1)) - 1
	err := s.script[min(i, len(s.script)-1)]
	if err != nil {
		return nil, err
	}
	return s.rcpt, nil
}

func TestWaitReceiptRetriesUntilMined(t *testing.T) {
	t.Parallel()
	want := &types.Receipt{Status: types.ReceiptStatusFailed, TxHash: common.Hash{1}}
	s := &scriptedReceipts{rcpt: want, script: []error{
		ethereum.NotFound, errors.New("connection reset by peer"), ethereum.NotFound, nil,
	}}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got, err := chain.WaitReceipt(ctx, s, common.Hash{1}, time.Millisecond)
	if err != nil || got != want {
		t.Fatalf("WaitReceipt = %v, %v; want the (reverted) receipt", got, err)
	}
	if n := s.calls.Load(); n != 4 {
		t.Errorf("%d calls, want 4 (not found, transport error, not found, receipt)", n)
	}
}

func TestWaitReceiptFirstCallAtOnce(t *testing.T) {
	t.Parallel()
	s := &scriptedReceipts{rcpt: &types.Receipt{}, script: []error{nil}}
	// An hour's poll interval: only an immediate first call can answer.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := chain.WaitReceipt(ctx, s, common.Hash{}, time.Hour); err != nil || s.calls.Load() != 1 {
		t.Fatalf("err %v after %d calls; want the receipt from the first call", err, s.calls.Load())
	}
}

func TestWaitReceiptContextEnds(t *testing.T) {
	t.Parallel()
	s := &scriptedReceipts{script: []error{errors.New("boom")}}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	h := common.HexToHash("0xabcd")
	_, err := chain.WaitReceipt(ctx, s, h, 5*time.Millisecond)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), h.Hex()) || !strings.Contains(err.Error(), "last error: boom") {
		t.Fatalf("err = %v; want a deadline error naming the tx and the last error", err)
	}
	if s.calls.Load() < 2 {
		t.Errorf("%d calls, want several polls", s.calls.Load())
	}

	// A node that answers null without an error counts as not found.
	nilRcpt := &scriptedReceipts{script: []error{nil}}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	if _, err := chain.WaitReceipt(ctx2, nilRcpt, h, 0); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("nil receipt: %v", err)
	}
}

func TestWaitReceiptOnChain(t *testing.T) {
	t.Parallel()
	key, addr := chaintest.NewKey(t)
	n := chaintest.NewNode(t, chaintest.Options{Alloc: types.GenesisAlloc{addr: {Balance: chaintest.Ether(1)}}})
	c := newClient(t, chain.Config{Endpoints: []string{n.WSURL()}})
	waitHealthy(t, c)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	id := big.NewInt(chaintest.DefaultChainID)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: 0, To: &common.Address{0xee}, Value: big.NewInt(1), Gas: 21_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9),
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	// The block is sealed only once the wait has begun (pending: not found).
	done := make(chan struct{})
	var rcpt *types.Receipt
	var err error
	go func() {
		defer close(done)
		rcpt, err = chain.WaitReceipt(ctx, c, tx.Hash(), 10*time.Millisecond)
	}()
	n.Commit()
	<-done
	if err != nil || rcpt.TxHash != tx.Hash() || rcpt.Status != types.ReceiptStatusSuccessful || rcpt.BlockNumber.Uint64() != 1 {
		t.Fatalf("WaitReceipt = %+v, %v", rcpt, err)
	}
}
