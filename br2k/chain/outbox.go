package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// Effect states.
const (
	// StatePending: signed and logged; broadcast (or about to be, by this or
	// the next leader); not mined yet.
	StatePending = "pending"
	// StateMined: mined with status 1.
	StateMined = "mined"
	// StateReverted: mined with status 0 (the transaction ran and failed).
	StateReverted = "reverted"
	// StateReplaced: its nonce was used by a transaction this service did not
	// sign (the key is used elsewhere).
	StateReplaced = "replaced"
	// StateDropped: logged but never broadcast (txmgr gave up before sending);
	// a re-run of the handler may send a new one.
	StateDropped = "dropped"
)

// DefaultEffectTTL is how long effect records are kept after their last
// change, on the log's clock: 7 days.
const DefaultEffectTTL = 7 * 24 * time.Hour

// Effect is the record of one transaction sent for a request (or for the
// registry), replicated on every replica.
type Effect struct {
	// Key is the effect key: RequestKey(index) for a request, or
	// "registry/..." for registry updates.
	Key string `json:"key"`
	// ChainID and From are the chain and account that send it.
	ChainID uint64         `json:"chainId"`
	From    common.Address `json:"from"`
	// Nonce is the account nonce it uses (one per effect).
	Nonce uint64 `json:"nonce"`
	// TxHash is the latest version's hash, or the mined one's once mined;
	// Hashes every version signed (fee bumps keep the nonce).
	TxHash common.Hash   `json:"txHash"`
	Hashes []common.Hash `json:"hashes"`
	// State is one of the State* constants.
	State string `json:"state"`
	// Block and GasUsed are set once mined (mined or reverted).
	Block   uint64 `json:"block,omitempty"`
	GasUsed uint64 `json:"gasUsed,omitempty"`
	// Error says why a transaction was replaced or dropped.
	Error   string    `json:"error,omitempty"`
	Updated time.Time `json:"updated"`
}

// Done reports whether the effect reached a final state.
func (e Effect) Done() bool { return e.State != StatePending }

// Config configures an Outbox.
type Config struct {
	// Replica is the replica whose leader terms send. Required.
	Replica *br2k.Replica
	// Backend is the chain client. Required.
	Backend txmgr.Backend
	// Key signs the transactions; every replica holds the same key (the
	// service account, as in the seed). Required.
	Key *ecdsa.PrivateKey
	// Tx are the tx manager's prices and timings (ChainID, MaxFeeCap,
	// MaxTipCap required; see txmgr.Config).
	Tx txmgr.Config
	// EffectTTL is how long effect records are kept after their last change
	// (7 days).
	EffectTTL time.Duration
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// Outbox sends the chain transactions of a replicated service exactly once
// per request. Create it with New before the replica runs.
type Outbox struct {
	replica   *br2k.Replica
	backend   txmgr.Backend
	key       *ecdsa.PrivateKey
	from      common.Address
	chainID   *big.Int
	txcfg     txmgr.Config
	ttl       time.Duration
	log       *slog.Logger
	journalNS string
	effectNS  string

	mu      sync.Mutex
	mgr     *txmgr.Manager
	epoch   int64
	mgrCh   chan struct{} // closed and replaced when mgr changes
	sending map[string]*sync.Mutex
}

// New returns an Outbox that starts a tx manager each time cfg.Replica
// leads. Errors name the missing or bad field.
func New(cfg Config) (*Outbox, error) {
	switch {
	case cfg.Replica == nil:
		return nil, errors.New("br2k/chain: Config.Replica is nil")
	case cfg.Backend == nil:
		return nil, errors.New("br2k/chain: Config.Backend is nil")
	case cfg.Key == nil:
		return nil, errors.New("br2k/chain: Config.Key is nil")
	case cfg.Tx.ChainID == nil || cfg.Tx.ChainID.Sign() <= 0:
		return nil, fmt.Errorf("br2k/chain: Config.Tx.ChainID %v: expected a positive chain id", cfg.Tx.ChainID)
	case cfg.EffectTTL < 0:
		return nil, fmt.Errorf("br2k/chain: Config.EffectTTL %s: expected a positive duration", cfg.EffectTTL)
	}
	if _, err := txmgr.New(cfg.Tx, cfg.Backend, cfg.Key, txmgr.NewMemoryJournal(), nil); err != nil {
		return nil, fmt.Errorf("br2k/chain: Config.Tx: %w", err)
	}
	if cfg.EffectTTL == 0 {
		cfg.EffectTTL = DefaultEffectTTL
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	o := &Outbox{
		replica: cfg.Replica, backend: cfg.Backend, key: cfg.Key, from: from, chainID: cfg.Tx.ChainID, txcfg: cfg.Tx,
		ttl: cfg.EffectTTL, log: cfg.Logger.With("chain_id", cfg.Tx.ChainID, "account", from),
		journalNS: fmt.Sprintf("br2k/txmgr/%s/%s", cfg.Tx.ChainID, from.Hex()),
		effectNS:  fmt.Sprintf("br2k/effects/%s/%s", cfg.Tx.ChainID, from.Hex()),
		mgrCh:     make(chan struct{}), sending: map[string]*sync.Mutex{},
	}
	cfg.Replica.OnLeader(o.lead)
	return o, nil
}

// Address returns the sending account.
func (o *Outbox) Address() common.Address { return o.from }

// lead runs the tx manager of one leader term.
func (o *Outbox) lead(ctx context.Context, epoch int64) {
	j := &journal{o: o, ctx: ctx, epoch: epoch}
	m, err := txmgr.New(o.txcfg, o.backend, o.key, j, o.log.With("epoch", epoch))
	if err != nil {
		o.log.Error("br2k/chain: tx manager", "err", err)
		return
	}
	if err := m.Start(ctx); err != nil {
		o.log.Error("br2k/chain: starting the tx manager; this term sends nothing", "epoch", epoch, "err", err)
		return
	}
	pending := m.PendingTxs()
	if len(pending) > 0 {
		o.log.Info("br2k/chain: re-broadcasting journaled transactions of earlier terms", "count", len(pending), "epoch", epoch)
	}
	for _, t := range pending {
		if key, ok := parseEffectKey(t.Key()); ok {
			go o.watch(ctx, epoch, key, t)
		}
	}
	o.mu.Lock()
	o.mgr, o.epoch = m, epoch
	close(o.mgrCh)
	o.mgrCh = make(chan struct{})
	o.mu.Unlock()
	o.reconcile(ctx, epoch, m)

	<-ctx.Done()
	o.mu.Lock()
	if o.mgr == m {
		o.mgr = nil
		close(o.mgrCh)
		o.mgrCh = make(chan struct{})
	}
	o.mu.Unlock()
	m.Stop()
}

// manager waits for the tx manager of this replica's current term.
func (o *Outbox) manager(ctx context.Context) (*txmgr.Manager, int64, error) {
	for {
		epoch, leading := o.replica.Leading()
		if !leading {
			return nil, 0, br2k.ErrNotLeader
		}
		o.mu.Lock()
		m, me, ch := o.mgr, o.epoch, o.mgrCh
		o.mu.Unlock()
		if m != nil && me == epoch {
			return m, epoch, nil
		}
		select {
		case <-ch:
		case <-time.After(50 * time.Millisecond):
		case <-ctx.Done():
			return nil, 0, ctx.Err()
		}
	}
}

// Send sends req once for the OnlyOnce request r: the transaction is signed
// and logged in the replicated journal before it is broadcast. Called again
// for the same request (the handler re-run by a new leader), it returns the
// logged transaction's effect instead of signing a new one; the new
// leader's tx manager has already re-broadcast it. req.Key is overwritten.
//
// Errors (nothing was sent): r is not an OnlyOnce request; ErrNotLeader;
// txmgr's refusals (*txmgr.RevertError matching txmgr.ErrWouldRevert,
// txmgr.ErrOutOfFunds, the node's refusal, journal failures such as
// br2k.ErrFenced).
func (o *Outbox) Send(r *http.Request, req txmgr.Request) (Effect, error) {
	info, ok := br2k.Entry(r)
	if !ok || !info.OnlyOnce {
		return Effect{}, errors.New("br2k/chain: Send needs the request of an OnlyOnce handler")
	}
	return o.SendKey(r.Context(), RequestKey(info.Index), req)
}

// SendKey is Send for an effect key of the caller's choosing (one
// transaction per key, ever): the registry uses "registry/leader/<epoch>".
func (o *Outbox) SendKey(ctx context.Context, key string, req txmgr.Request) (Effect, error) {
	if key == "" {
		return Effect{}, errors.New("br2k/chain: empty effect key")
	}
	o.mu.Lock()
	lk := o.sending[key]
	if lk == nil {
		lk = &sync.Mutex{}
		o.sending[key] = lk
	}
	o.mu.Unlock()
	lk.Lock()
	defer func() {
		lk.Unlock()
		o.mu.Lock()
		delete(o.sending, key)
		o.mu.Unlock()
	}()
	if eff, ok := o.Effect(key); ok && eff.State != StateDropped {
		return eff, nil // logged before: never a second transaction
	}
	m, epoch, err := o.manager(ctx)
	if err != nil {
		return Effect{}, err
	}
	req.Key = txKey(key)
	t, err := m.Send(ctx, req)
	if err != nil {
		// txmgr broadcasts nothing when Send fails. If it had journaled the
		// transaction and then removed it (forget), the effect is dropped; if
		// the journal record stays (its removal failed, or the append's outcome
		// was unknown), a later leader broadcasts it and the effect stays pending.
		if eff, ok := o.Effect(key); ok && eff.State == StatePending {
			if _, journaled := o.replica.Record(o.journalNS, nonceKey(eff.Nonce)); !journaled {
				eff.State, eff.Error, eff.Updated = StateDropped, err.Error(), time.Now().UTC()
				_ = o.putEffect(ctx, epoch, eff)
			}
		}
		return Effect{}, err
	}
	go o.watch(ctx, epoch, key, t)
	eff, ok := o.Effect(key)
	if !ok {
		return Effect{}, fmt.Errorf("br2k/chain: transaction %s sent but its effect record is missing", t.Hash())
	}
	return eff, nil
}

// watch records a transaction's outcome once txmgr has it.
func (o *Outbox) watch(ctx context.Context, epoch int64, key string, t *txmgr.Tx) {
	rcpt, err := t.Wait(ctx)
	if errors.Is(err, txmgr.ErrStopped) || ctx.Err() != nil {
		return // the next leader's manager takes over
	}
	eff, ok := o.Effect(key)
	if !ok {
		eff = Effect{Key: key, ChainID: o.chainID.Uint64(), From: o.from, Nonce: t.Nonce()}
	}
	eff.Hashes = t.Hashes()
	switch {
	case err != nil:
		eff.State, eff.Error = StateReplaced, err.Error()
	case rcpt.Status == types.ReceiptStatusSuccessful:
		eff.State, eff.TxHash, eff.Block, eff.GasUsed = StateMined, rcpt.TxHash, rcpt.BlockNumber.Uint64(), rcpt.GasUsed
	default:
		eff.State, eff.TxHash, eff.Block, eff.GasUsed = StateReverted, rcpt.TxHash, rcpt.BlockNumber.Uint64(), rcpt.GasUsed
	}
	eff.Updated = time.Now().UTC()
	if err := o.putEffect(ctx, epoch, eff); err != nil && !errors.Is(err, br2k.ErrNotLeader) {
		o.log.Warn("br2k/chain: recording a transaction's outcome", "key", key, "err", err)
	}
}

// reconcile settles effects left pending by an earlier term whose journal
// record is gone (mined, or dropped before broadcast, while the old leader
// died before recording the outcome).
func (o *Outbox) reconcile(ctx context.Context, epoch int64, m *txmgr.Manager) {
	journaled := map[uint64]bool{}
	for _, t := range m.PendingTxs() {
		journaled[t.Nonce()] = true
	}
	for _, eff := range o.Effects() {
		if eff.State != StatePending || journaled[eff.Nonce] {
			continue
		}
		var found *types.Receipt
		for i := len(eff.Hashes) - 1; i >= 0 && found == nil; i-- {
			if r, err := o.backend.TransactionReceipt(ctx, eff.Hashes[i]); err == nil && r != nil {
				found = r
			} else if err != nil && !errors.Is(err, ethereum.NotFound) {
				o.log.Warn("br2k/chain: reconciling an effect: receipt", "key", eff.Key, "err", err)
				return
			}
		}
		switch {
		case found != nil && found.Status == types.ReceiptStatusSuccessful:
			eff.State, eff.TxHash, eff.Block, eff.GasUsed = StateMined, found.TxHash, found.BlockNumber.Uint64(), found.GasUsed
		case found != nil:
			eff.State, eff.TxHash, eff.Block, eff.GasUsed = StateReverted, found.TxHash, found.BlockNumber.Uint64(), found.GasUsed
		default:
			used, err := o.backend.NonceAt(ctx, o.from, nil)
			if err != nil {
				return
			}
			if used > eff.Nonce {
				eff.State, eff.Error = StateReplaced, "nonce used by a transaction none of whose versions is this effect's"
			} else {
				eff.State, eff.Error = StateDropped, "journal record removed before any broadcast"
			}
		}
		eff.Updated = time.Now().UTC()
		if err := o.putEffect(ctx, epoch, eff); err != nil {
			return
		}
		o.log.Info("br2k/chain: effect reconciled", "key", eff.Key, "state", eff.State)
	}
}

func (o *Outbox) effectOp(eff Effect) (br2k.RecordOp, error) {
	b, err := json.Marshal(eff)
	if err != nil {
		return br2k.RecordOp{}, err
	}
	return br2k.RecordOp{Namespace: o.effectNS, Key: eff.Key, Value: b, TTL: o.ttl}, nil
}

func (o *Outbox) putEffect(ctx context.Context, epoch int64, eff Effect) error {
	op, err := o.effectOp(eff)
	if err != nil {
		return err
	}
	return o.replica.Propose(ctx, epoch, op)
}

// Effect returns the effect record of key on this replica (any replica has
// them all).
func (o *Outbox) Effect(key string) (Effect, bool) {
	b, ok := o.replica.Record(o.effectNS, key)
	if !ok {
		return Effect{}, false
	}
	var e Effect
	if json.Unmarshal(b, &e) != nil {
		return Effect{}, false
	}
	return e, true
}

// Effects returns every effect record on this replica.
func (o *Outbox) Effects() []Effect {
	var out []Effect
	for _, b := range o.replica.Records(o.effectNS) {
		var e Effect
		if json.Unmarshal(b, &e) == nil {
			out = append(out, e)
		}
	}
	return out
}

// RequestEffect returns the effect of the request with Idempotency-Key key.
func (o *Outbox) RequestEffect(key string) (Effect, bool) {
	st, ok := o.replica.RequestStatus(key)
	if !ok {
		return Effect{}, false
	}
	return o.Effect(RequestKey(st.Index))
}

// Mount registers GET /br2k/v1/effects/{key} on mux: the effect of the
// request with that Idempotency-Key as JSON (404 when there is none). Any
// replica answers.
func (o *Outbox) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /br2k/v1/effects/{key}", func(w http.ResponseWriter, r *http.Request) {
		eff, ok := o.RequestEffect(r.PathValue("key"))
		if !ok {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"type":"about:blank","title":"Unknown effect","status":404,"detail":"no transaction is recorded for a request with this Idempotency-Key"}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(eff)
	})
}
