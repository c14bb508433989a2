// Package txmgr sends transactions for one account on one chain and sees them
// through to a receipt. A Manager keeps the account's nonce locally, prices
// transactions with EIP-1559 fees under configured ceilings (a legacy gas price
// on chains without a base fee), estimates gas with a margin, re-signs a
// transaction that is not mined in time with bumped fees, polls receipts,
// persists pending transactions in a Journal so they are reconciled after a
// restart, and refuses to send while the account cannot pay (resuming by itself
// once it is topped up).
//
// Every signed version reaches the node through one path (broadcast.go);
// signing goes through a Signer (a key in memory by default); counters and
// gauges go to Stats and to a Metrics (Prometheus: NewMetrics); the clock
// that decides resubmissions is Config.Now.
package txmgr

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is the part of a chain client the manager uses. *chain.Client,
// *ethclient.Client and the ethclient/simulated client satisfy it.
type Backend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	SuggestGasPrice(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Request describes a transaction to send.
type Request struct {
	// Key is a caller's label kept with the transaction (journal, logs); it need not be unique.
	Key string
	// To is the recipient or contract called.
	To common.Address
	// Data is the calldata.
	Data []byte
	// Value is the amount sent, in wei; nil means 0.
	Value *big.Int
	// GasLimit is the gas limit to use; 0 means the estimate plus Config.GasMarginPercent.
	GasLimit uint64
	// ExtraGas is added to an estimated gas limit (ignored with GasLimit). Use
	// it when the call may take a costlier path on chain than when it was
	// estimated: a bridge vote estimated below the threshold pays out when
	// another operator's vote lands first. Unused gas is not charged.
	ExtraGas uint64
}

// Stats is a snapshot of a manager's counters (totals since New) and state,
// for metrics.
type Stats struct {
	Sent         uint64 // transactions broadcast (first version)
	Resubmitted  uint64 // replacements broadcast with bumped fees
	Rebroadcasts uint64 // versions sent again unchanged (transport failure, restart, fees at the ceiling)
	Mined        uint64 // receipts with status 1
	Reverted     uint64 // receipts with status 0
	Replaced     uint64 // transactions done with ErrReplaced
	NonceResyncs uint64 // times the local nonce was reset from the chain
	GapFills     uint64 // empty self-transfers sent to fill a nonce gap
	OutOfFunds   uint64 // refusals for funds: Send's ErrOutOfFunds, or the node's "insufficient funds" for a version
	WouldRevert  uint64 // Send calls refused with ErrWouldRevert
	Rejected     uint64 // versions the node refused (other than the nonce cases handled here)
	RPCErrors    uint64 // failed calls to the backend (Send and the poll loop)

	Pending int      // transactions not done
	Nonce   uint64   // next nonce for a new transaction
	Funded  bool     // see Manager.Funded
	Balance *big.Int // last balance seen, in wei (nil before the first poll)
}

const (
	// sendAttempts bounds how often Send re-reads the nonce after a nonce error.
	sendAttempts = 3
	// replacedAfterPolls is how many polls must find the nonce used and no
	// receipt for any version before a transaction is done with ErrReplaced
	// (tolerates a receipt index that is a moment behind the nonce).
	replacedAfterPolls = 3
	// pollTimeout bounds one round of the poll loop.
	pollTimeout = 30 * time.Second
	// gapFillKey labels the empty self-transfers that fill a nonce gap.
	gapFillKey = "txmgr/gap-fill"
)

const (
	stateNew = iota
	stateRunning
	stateStopped
)

// Manager sends the transactions of one account on one chain. Create it with
// New and run it with Start; all methods are safe for concurrent use.
type Manager struct {
	cfg         Config
	backend     Backend
	signer      Signer
	addr        common.Address
	chainSigner types.Signer // go-ethereum's signer for cfg.ChainID: sender recovery and signing hashes
	journal     Journal
	metrics     Metrics
	now         func() time.Time
	log         *slog.Logger

	// sendMu serialises everything that signs or broadcasts, so nonces are
	// handed out and reach the node in order.
	sendMu sync.Mutex

	mu         sync.Mutex // guards the fields below
	state      int
	cancel     context.CancelFunc
	loopDone   chan struct{}
	nonce      uint64 // next nonce for a new transaction
	nonceReady bool   // nonce has been read from the chain
	pending    map[uint64]*Tx
	balance    *big.Int // last balance seen
	shortOf    *big.Int // set after a refusal for funds: the amount needed, in wei
	funded     bool     // the funding state last logged
	capped     bool     // the fee ceiling state last logged
	stats      Stats
}

// New returns a manager for the account of key, or of Config.Signer when it
// is set (key may then be nil). journal nil means a MemoryJournal; log nil
// discards logs. Errors name the bad config value or missing argument: no
// key and no signer, or a key and a signer for different accounts.
func New(cfg Config, backend Backend, key *ecdsa.PrivateKey, journal Journal, log *slog.Logger) (*Manager, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if backend == nil {
		return nil, errors.New("txmgr: backend is nil")
	}
	signer := cfg.Signer
	switch {
	case signer == nil && key == nil:
		return nil, errors.New("txmgr: key is nil and Config.Signer is not set; expected one of them")
	case signer == nil:
		signer = NewKeySigner(key)
	case key != nil && crypto.PubkeyToAddress(key.PublicKey) != signer.Address():
		return nil, fmt.Errorf("txmgr: key of %s and Config.Signer of %s: expected the same account",
			crypto.PubkeyToAddress(key.PublicKey), signer.Address())
	}
	if journal == nil {
		journal = NewMemoryJournal()
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	addr := signer.Address()
	return &Manager{
		cfg: cfg, backend: backend, signer: signer, addr: addr,
		chainSigner: types.LatestSignerForChainID(cfg.ChainID),
		journal:     journal, metrics: cfg.Metrics, now: cfg.Now,
		log:     log.With("account", addr, "chain_id", cfg.ChainID),
		pending: make(map[uint64]*Tx), funded: true,
	}, nil
}

// Address returns the account the manager sends from.
func (m *Manager) Address() common.Address { return m.addr }

// Start loads the journal and starts the poll loop, which reconciles journaled
// transactions (re-broadcasting those not mined, finding receipts of those
// mined), polls receipts, balance and nonce every PollInterval, and resubmits
// transactions older than ResubmitAfter. The chain need not be reachable yet.
// The loop stops when ctx ends or on Stop. Errors: the journal could not be
// read, or Start was called before.
func (m *Manager) Start(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.state != stateNew {
		return errors.New("txmgr: Start called twice")
	}
	recs, err := m.journal.LoadTxs()
	if err != nil {
		return fmt.Errorf("txmgr: loading journal: %w", err)
	}
	for _, rec := range recs {
		t, err := m.txFromRecord(rec)
		if err != nil {
			m.log.Error("ignoring unreadable journal record", "nonce", rec.Nonce, "key", rec.Key, "err", err)
			continue
		}
		m.pending[t.nonce] = t
	}
	if len(m.pending) > 0 {
		m.log.Info("reconciling pending transactions from the journal", "count", len(m.pending))
	}
	ctx, m.cancel = context.WithCancel(ctx)
	m.loopDone = make(chan struct{})
	m.state = stateRunning
	go m.run(ctx)
	return nil
}

// txFromRecord rebuilds a pending transaction from the journal. It is marked
// unsent so the first poll re-broadcasts it unless its nonce is already used.
func (m *Manager) txFromRecord(rec TxRecord) (*Tx, error) {
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(rec.Raw); err != nil {
		return nil, fmt.Errorf("decoding raw transaction: %w", err)
	}
	from, err := types.Sender(m.chainSigner, signed)
	if err != nil || from != m.addr || signed.Nonce() != rec.Nonce || signed.To() == nil {
		return nil, fmt.Errorf("record is not a call or transfer with nonce %d from %s (signer %s, nonce %d, err %v)",
			rec.Nonce, m.addr, from, signed.Nonce(), err)
	}
	t := newTx(rec.Key, signed, m.now())
	t.firstSent, t.unsent = rec.FirstSent, true
	for _, h := range rec.Hashes {
		if !slices.Contains(t.hashes, h) {
			t.hashes = append(t.hashes, h)
		}
	}
	return t, nil
}

// Stop stops the poll loop and waits for it. Pending transactions are done
// with ErrStopped (they stay in the journal for the next Start); Send returns
// ErrStopped from then on.
func (m *Manager) Stop() {
	m.mu.Lock()
	cancel, done := m.cancel, m.loopDone
	if m.state == stateNew {
		m.state = stateStopped
	}
	m.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

func (m *Manager) run(ctx context.Context) {
	defer close(m.loopDone)
	defer m.shutdown()
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	for {
		// Taken before the poll, so a reconnection during it is not missed.
		back := m.reconnected()
		m.poll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-back:
			m.rebroadcastPending(ctx)
		}
	}
}

// shutdown marks the manager stopped and ends the pending transactions.
func (m *Manager) shutdown() {
	m.sendMu.Lock() // wait for a Send in progress
	defer m.sendMu.Unlock()
	m.mu.Lock()
	m.state = stateStopped
	pending := m.pending
	m.pending = make(map[uint64]*Tx)
	m.mu.Unlock()
	for _, t := range pending {
		t.finish(nil, ErrStopped)
	}
}

// Send prices, signs, journals and broadcasts a transaction, and returns it
// once the node has accepted it (or once it is journaled and may have reached
// the node: a transport failure while sending leaves it to the poll loop to
// re-broadcast). Wait on Tx.Done for the outcome.
//
// Errors (nothing was sent): ErrStopped; a *RevertError matching ErrWouldRevert
// when the gas estimate reverts; ErrOutOfFunds; ErrGasLimitTooHigh (above
// Config.MaxGasLimit, EIP-7825); the node's refusal (e.g.
// intrinsic gas too low); backend or journal failures.
func (m *Manager) Send(ctx context.Context, req Request) (*Tx, error) {
	if !m.running() {
		return nil, ErrStopped
	}
	value := req.Value
	if value == nil {
		value = new(big.Int)
	}
	price, err := m.currentFees(ctx)
	if err != nil {
		m.record(evRPCError)
		return nil, fmt.Errorf("txmgr: pricing: %w", err)
	}
	gas := req.GasLimit
	if gas == 0 {
		est, err := m.backend.EstimateGas(ctx, ethereum.CallMsg{From: m.addr, To: &req.To, Value: value, Data: req.Data})
		if err != nil {
			return nil, m.estimateError(err, value)
		}
		gas = est*(100+m.cfg.GasMarginPercent)/100 + req.ExtraGas
		if gas > m.cfg.MaxGasLimit {
			return nil, fmt.Errorf("txmgr: %w: estimate %d + %d%% margin + %d extra = %d gas, cap %d",
				ErrGasLimitTooHigh, est, m.cfg.GasMarginPercent, req.ExtraGas, gas, m.cfg.MaxGasLimit)
		}
	} else if gas > m.cfg.MaxGasLimit {
		return nil, fmt.Errorf("txmgr: %w: gas limit %d, cap %d", ErrGasLimitTooHigh, gas, m.cfg.MaxGasLimit)
	}

	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	if !m.running() {
		return nil, ErrStopped
	}
	if err := m.ensureNonce(ctx); err != nil {
		m.record(evRPCError)
		return nil, fmt.Errorf("txmgr: reading nonce: %w", err)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(gas), price.maxPrice())
	cost.Add(cost, value)
	if err := m.checkFunds(ctx, cost); err != nil {
		return nil, err
	}

	var lastErr error
	for range sendAttempts {
		m.mu.Lock()
		nonce := m.nonce
		m.mu.Unlock()
		signed, err := m.sign(ctx, nonce, req.To, req.Data, value, gas, price)
		if err != nil {
			return nil, fmt.Errorf("txmgr: signing nonce %d: %w", nonce, err)
		}
		t := newTx(req.Key, signed, m.now())
		outcome, err := m.broadcast(ctx, t, signed, sendNew)
		switch outcome {
		case sentOK, sentAlreadyKnown, sentUnknown:
			return t, nil
		case sentNothing:
			if ctxErr := ctx.Err(); ctxErr != nil && err == ctxErr {
				return nil, err
			}
			return nil, fmt.Errorf("txmgr: %w", err)
		case sentNonceTooLow, sentNonceTooHigh, sentUnderpriced:
			lastErr = err
			if err := m.resyncNonce(ctx, nonce, outcome); err != nil {
				return nil, fmt.Errorf("txmgr: nonce %d refused (%v); re-reading the nonce: %w", nonce, lastErr, err)
			}
		case sentNoFunds:
			return nil, fmt.Errorf("%w: %v", ErrOutOfFunds, err)
		default:
			return nil, fmt.Errorf("txmgr: transaction refused by the node: %w", err)
		}
	}
	m.record(evRejected)
	return nil, fmt.Errorf("txmgr: nonce still refused after %d attempts: %w", sendAttempts, lastErr)
}

// estimateError turns a failed gas estimate into Send's error.
func (m *Manager) estimateError(err error, value *big.Int) error {
	if rev := asRevert(err); rev != nil {
		m.record(evWouldRevert)
		return rev
	}
	if isGasCapError(err) {
		return fmt.Errorf("txmgr: %w: estimating gas: %v", ErrGasLimitTooHigh, err)
	}
	if classifySend(err) == sentNoFunds { // "insufficient funds for transfer": value above balance
		m.setShort(value)
		return fmt.Errorf("%w: estimating gas: %v", ErrOutOfFunds, err)
	}
	m.record(evRPCError)
	return fmt.Errorf("txmgr: estimating gas: %w", err)
}

// running reports whether Send may proceed.
func (m *Manager) running() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.state == stateRunning
}

// forget drops the journal record of a transaction that was not broadcast.
func (m *Manager) forget(nonce uint64) {
	if err := m.journal.DeleteTx(nonce); err != nil {
		m.log.Error("deleting journal record", "nonce", nonce, "err", err)
	}
}

// ensureNonce reads the starting nonce from the chain once. Call with sendMu held.
func (m *Manager) ensureNonce(ctx context.Context) error {
	m.mu.Lock()
	ready := m.nonceReady
	m.mu.Unlock()
	if ready {
		return nil
	}
	n, err := m.backend.PendingNonceAt(ctx, m.addr)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nonce = max(m.nonce, n) // m.nonce is already past journaled transactions
	for nonce := range m.pending {
		m.nonce = max(m.nonce, nonce+1)
	}
	m.nonceReady = true
	return nil
}

// resyncNonce re-reads the nonce after the node refused nonce tried. "Nonce too
// low" and "replacement underpriced" mean tried is taken, so the next nonce is
// past it; "nonce too high" means the chain expects a lower one. The nonce never
// goes below a transaction this manager still tracks. Call with sendMu held.
func (m *Manager) resyncNonce(ctx context.Context, tried uint64, why sendOutcome) error {
	n, err := m.backend.PendingNonceAt(ctx, m.addr)
	if err != nil {
		m.record(evRPCError)
		return err
	}
	if why != sentNonceTooHigh {
		n = max(n, tried+1)
	}
	m.mu.Lock()
	for nonce := range m.pending {
		n = max(n, nonce+1)
	}
	m.nonce = n
	m.mu.Unlock()
	m.record(evNonceResync)
	m.log.Info("nonce resynced from the chain", "refused", tried, "next", n)
	return nil
}

// checkFunds refuses a transaction costing cost (wei) when the balance does not
// cover it plus the most the transactions still pending may cost. Call with
// sendMu held.
func (m *Manager) checkFunds(ctx context.Context, cost *big.Int) error {
	balance, err := m.backend.BalanceAt(ctx, m.addr, nil)
	if err != nil {
		m.record(evRPCError)
		return fmt.Errorf("txmgr: reading balance: %w", err)
	}
	confirmed, err := m.backend.NonceAt(ctx, m.addr, nil)
	if err != nil {
		m.record(evRPCError)
		return fmt.Errorf("txmgr: reading nonce: %w", err)
	}
	reserved := new(big.Int)
	for _, t := range m.PendingTxs() {
		if t.nonce >= confirmed { // not mined yet, so not yet paid from balance
			reserved.Add(reserved, t.Transaction().Cost())
		}
	}
	need := new(big.Int).Add(cost, reserved)
	m.setBalance(balance)
	if balance.Cmp(need) < 0 {
		m.setShort(need)
		return fmt.Errorf("%w: balance %s wei, need %s wei (%s for this transaction, %s for pending ones)",
			ErrOutOfFunds, balance, need, cost, reserved)
	}
	return nil
}

// setShort records a refusal for funds: Funded is false until the balance
// reaches need (wei).
func (m *Manager) setShort(need *big.Int) {
	m.mu.Lock()
	m.shortOf = new(big.Int).Set(need)
	m.mu.Unlock()
	m.record(evOutOfFunds)
	m.noteFunding()
}

// setBalance records a balance reading and lifts a refusal for funds it covers.
func (m *Manager) setBalance(balance *big.Int) {
	m.mu.Lock()
	m.balance = balance
	if m.shortOf != nil && balance.Cmp(m.shortOf) >= 0 {
		m.shortOf = nil
	}
	m.mu.Unlock()
	m.noteFunding()
}

// noteFunding logs when Funded changes.
func (m *Manager) noteFunding() {
	m.mu.Lock()
	now := m.fundedLocked()
	changed := now != m.funded
	m.funded = now
	balance, short := m.balance, m.shortOf
	m.mu.Unlock()
	switch {
	case changed && !now:
		m.log.Warn("account out of funds; sending is refused until it is topped up",
			"balance_wei", balance, "needed_wei", short, "min_balance_wei", m.cfg.MinBalance)
	case changed:
		m.log.Info("account funded again; sending resumes", "balance_wei", balance)
	}
}

func (m *Manager) fundedLocked() bool {
	if m.shortOf != nil {
		return false
	}
	return m.balance == nil || m.balance.Cmp(m.cfg.MinBalance) >= 0
}

// Funded reports false after Send refused for funds, until a balance poll (every
// PollInterval) or a later Send finds enough, and while the last balance seen is
// below Config.MinBalance.
func (m *Manager) Funded() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.fundedLocked()
}

// Balance returns the last balance seen, in wei (0 before the first poll).
func (m *Manager) Balance() *big.Int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.balance == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(m.balance)
}

// Pending returns how many transactions are not done.
func (m *Manager) Pending() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.pending)
}

// PendingTxs returns the transactions not done, in nonce order, including those
// reconciled from the journal by Start.
func (m *Manager) PendingTxs() []*Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*Tx, 0, len(m.pending))
	for _, t := range m.pending {
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *Tx) int { return cmp.Compare(a.nonce, b.nonce) })
	return out
}

// Stats returns a snapshot of the counters and state.
func (m *Manager) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.stats
	s.Pending = len(m.pending)
	s.Nonce = m.nonce
	s.Funded = m.fundedLocked()
	if m.balance != nil {
		s.Balance = new(big.Int).Set(m.balance)
	}
	return s
}

// currentFees prices a new transaction from the latest header and the node's
// suggestion, logging when a ceiling starts or stops cutting the price.
func (m *Manager) currentFees(ctx context.Context) (fees, error) {
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, err
	}
	var suggestedTip, suggestedPrice *big.Int
	if head.BaseFee != nil {
		suggestedTip, err = m.backend.SuggestGasTipCap(ctx)
	} else {
		suggestedPrice, err = m.backend.SuggestGasPrice(ctx)
	}
	if err != nil {
		return fees{}, err
	}
	f, capped := newFees(head.BaseFee, suggestedTip, suggestedPrice, m.cfg.MaxFeeCap, m.cfg.MaxTipCap)
	m.mu.Lock()
	changed := capped != m.capped
	m.capped = capped
	m.mu.Unlock()
	m.metrics.RecordFeeCeiling(capped)
	switch {
	case changed && capped:
		m.log.Warn("fees above the configured ceiling; sending at the ceiling, transactions may be slow",
			"base_fee_wei", head.BaseFee, "suggested_tip_wei", suggestedTip, "suggested_gas_price_wei", suggestedPrice,
			"max_fee_cap_wei", m.cfg.MaxFeeCap, "max_tip_cap_wei", m.cfg.MaxTipCap)
	case changed:
		m.log.Info("fees back below the configured ceiling")
	}
	return f, nil
}
