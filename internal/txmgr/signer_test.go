package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/internal/chain/chaintest"
)

// remoteSigner stands for a signer outside the process: it signs with a key
// the manager never sees, honours ctx, counts its calls, and can be told to
// misbehave.
type remoteSigner struct {
	*KeySigner
	calls     atomic.Int64
	wrong     *ecdsa.PrivateKey // sign with this key instead
	tamper    bool              // change the value before signing
	sawCaller atomic.Bool       // a call carried the caller's context value
}

type callerKey struct{}

func (s *remoteSigner) SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	s.calls.Add(1)
	if ctx.Value(callerKey{}) == "caller" {
		s.sawCaller.Store(true)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(chainID)
	switch {
	case s.wrong != nil:
		return types.SignTx(tx, signer, s.wrong)
	case s.tamper:
		inner := &types.DynamicFeeTx{ChainID: chainID, Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
			Gas: tx.Gas(), To: tx.To(), Value: new(big.Int).Add(tx.Value(), big.NewInt(1)), Data: tx.Data()}
		return s.KeySigner.SignTx(ctx, chainID, types.NewTx(inner))
	}
	return s.KeySigner.SignTx(ctx, chainID, tx)
}

func TestSignerSeam(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, addr := c.newFundedKey(t, chaintest.Ether(1))
	remote := &remoteSigner{KeySigner: NewKeySigner(key)}
	cfg := testConfig()
	cfg.Signer = remote
	cfg.ResubmitAfter = 300 * time.Millisecond
	m := startManager(t, c.Client(), nil, nil, cfg) // no key in the manager
	if m.Address() != addr {
		t.Fatalf("address %s, want the signer's %s", m.Address(), addr)
	}
	ctx := context.WithValue(context.Background(), callerKey{}, "caller")
	tx, err := m.Send(ctx, Request{To: sink, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if !remote.sawCaller.Load() {
		t.Error("the signer did not get Send's context")
	}
	// Resubmissions are signed by the same signer.
	eventually(t, "a resubmission", func() bool { return m.Stats().Resubmitted >= 1 })
	c.Commit()
	rcpt := wait(t, tx)
	mined, _, err := c.Client().TransactionByHash(context.Background(), rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if from, _ := types.Sender(types.LatestSignerForChainID(chainID), mined); from != addr {
		t.Fatalf("mined tx from %s, want %s", from, addr)
	}
	if remote.calls.Load() < 2 {
		t.Errorf("signer called %d times, want the first version and a resubmission", remote.calls.Load())
	}
}

func TestBadSignerRefused(t *testing.T) {
	t.Parallel()
	c := newTestChain(t, nil)
	key, _ := c.newFundedKey(t, chaintest.Ether(1))
	other, _ := chaintest.NewKey(t)
	for _, tc := range []struct {
		name   string
		signer *remoteSigner
		want   string
	}{
		{"wrong key", &remoteSigner{KeySigner: NewKeySigner(key), wrong: other}, "signed by"},
		{"tampered fields", &remoteSigner{KeySigner: NewKeySigner(key), tamper: true}, "fields differ"},
	} {
		cfg := testConfig()
		cfg.Signer = tc.signer
		j := NewMemoryJournal()
		m := startManager(t, c.Client(), nil, j, cfg)
		_, err := m.Send(context.Background(), Request{To: sink, Value: big.NewInt(1)})
		if !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want ErrBadSignature (%s)", tc.name, err, tc.want)
		}
		if recs, _ := j.LoadTxs(); len(recs) != 0 || m.Pending() != 0 {
			t.Errorf("%s: journaled %d, pending %d; want nothing", tc.name, len(recs), m.Pending())
		}
		if pending, _ := c.Client().PendingNonceAt(context.Background(), m.Address()); pending != 0 {
			t.Errorf("%s: a transaction reached the node (pending nonce %d)", tc.name, pending)
		}
	}
}

func TestSignerConfigErrors(t *testing.T) {
	t.Parallel()
	key, _ := chaintest.NewKey(t)
	other, _ := chaintest.NewKey(t)
	if _, err := New(testConfig(), noBaseFee{}, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "key is nil and Config.Signer is not set") {
		t.Errorf("no key, no signer: %v", err)
	}
	cfg := testConfig()
	cfg.Signer = NewKeySigner(other)
	if _, err := New(cfg, noBaseFee{}, key, nil, nil); err == nil || !strings.Contains(err.Error(), "expected the same account") {
		t.Errorf("key and signer of different accounts: %v", err)
	}
	cfg.Signer = NewKeySigner(key)
	if m, err := New(cfg, noBaseFee{}, key, nil, nil); err != nil || m.Address() != cfg.Signer.Address() {
		t.Errorf("key and signer of the same account: %v", err)
	}
}
