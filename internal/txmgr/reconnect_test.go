package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

// reconnectingBackend is a real chain backend that can announce a
// reconnection (as *chain.Client does) and records every broadcast.
type reconnectingBackend struct {
	Backend
	mu    sync.Mutex
	ch    chan struct{}
	sends map[common.Hash]int
}

func (b *reconnectingBackend) Reconnected() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.ch
}

func (b *reconnectingBackend) reconnect() {
	b.mu.Lock()
	defer b.mu.Unlock()
	close(b.ch)
	b.ch = make(chan struct{})
}

func (b *reconnectingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	b.sends[tx.Hash()]++
	b.mu.Unlock()
	return b.Backend.SendTransaction(ctx, tx)
}

func (b *reconnectingBackend) sent(h common.Hash) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sends[h]
}

// TestRebroadcastOnReconnect: when the backend reports a reconnection, every
// pending transaction is sent again at once (unchanged, lowest nonce first),
// long before ResubmitAfter (an hour here).
func TestRebroadcastOnReconnect(t *testing.T) {
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	b := &reconnectingBackend{Backend: c.Client(), ch: make(chan struct{}), sends: map[common.Hash]int{}}
	m := startManager(t, b, key, nil, testConfig())
	ctx := context.Background()
	var txs []*Tx
	for i := 0; i < 3; i++ {
		tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	time.Sleep(150 * time.Millisecond) // a few polls: nothing is re-sent without a reason
	for _, tx := range txs {
		if n := b.sent(tx.Hash()); n != 1 {
			t.Fatalf("tx %s sent %d times before any reconnection, want 1", tx.Hash(), n)
		}
	}
	before := m.Stats().Rebroadcasts
	b.reconnect()
	deadline := time.Now().Add(5 * time.Second)
	for _, tx := range txs {
		for b.sent(tx.Hash()) < 2 {
			if time.Now().After(deadline) {
				t.Fatalf("tx %s not re-broadcast after the reconnection (sent %d times)", tx.Hash(), b.sent(tx.Hash()))
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	if got := m.Stats().Rebroadcasts - before; got < 3 {
		t.Errorf("Stats.Rebroadcasts grew by %d, want 3", got)
	}
	c.Commit()
	for _, tx := range txs {
		if rcpt := wait(t, tx); rcpt.Status != 1 {
			t.Errorf("tx %s: status %d", tx.Hash(), rcpt.Status)
		}
	}
}

// TestGasLimitCap: Send refuses a transaction whose gas limit would exceed
// MaxGasLimit (EIP-7825's cap by default) with ErrGasLimitTooHigh and sends
// nothing.
func TestGasLimitCap(t *testing.T) {
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	cfg := testConfig()
	cfg.MaxGasLimit = 30_000
	m := startManager(t, c.Client(), key, nil, cfg)
	ctx := context.Background()
	if _, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)}); err != nil {
		t.Fatalf("21,000 gas + 20%% under a 30,000 cap: %v", err)
	}
	if _, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1), ExtraGas: 10_000}); !errors.Is(err, ErrGasLimitTooHigh) {
		t.Errorf("estimate + margin + 10,000 extra over the cap: %v, want ErrGasLimitTooHigh", err)
	}
	if _, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1), GasLimit: 30_001}); !errors.Is(err, ErrGasLimitTooHigh) {
		t.Errorf("explicit gas limit over the cap: %v, want ErrGasLimitTooHigh", err)
	}
	if m.Pending() != 1 {
		t.Errorf("%d pending, want only the first transaction", m.Pending())
	}
	if d, _ := (Config{ChainID: chainID, MaxFeeCap: gwei(1), MaxTipCap: gwei(1)}).withDefaults(); d.MaxGasLimit != 16_777_216 {
		t.Errorf("default MaxGasLimit %d, want 16,777,216 (EIP-7825)", d.MaxGasLimit)
	}
}
