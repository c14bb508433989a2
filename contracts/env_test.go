package contracts_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
)

// Accounts (same keys on both chains).
const (
	ownerP   = 0 // parent owner
	op1      = 1 // operators 1..4
	op4      = 4
	ownerC   = 5 // child owner
	aliceK   = 6
	bobK     = 7
	extraOp  = 8 // accounts 8.. are operators 5.. of newEnvOps
	accounts = 12
)

var (
	br  = bindings.NewBridge()
	an  = bindings.NewAnchor()
	tok = bindings.NewServiceChainToken()
	nft = bindings.NewServiceChainNFT()

	ether = big.NewInt(1e18)
)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// side is one chain of the pair with its contracts.
type side struct {
	name   string
	c      *deploytest.Chain
	bridge common.Address
	token  common.Address
	nft    common.Address
	owner  int
}

type env struct {
	t    testing.TB
	P, C *side
	d    *deploy.Deployment
	ops  []common.Address
	keys *deploytest.Chain // parent chain, for addresses
	ctx  context.Context
	stop context.CancelFunc
}

// newEnv deploys a full setup with operators 1..4 and the given options (Operators are filled in).
func newEnv(t testing.TB, opts deploy.Options) *env {
	t.Helper()
	return newEnvOps(t, opts, 4)
}

// opAccount is the account index of operator i (0-based): accounts 1..4, then 8...
func opAccount(i int) int {
	if i < 4 {
		return op1 + i
	}
	return extraOp + i - 4
}

// newEnvOps is newEnv with n operators (1..8): accounts opAccount(0..n-1).
func newEnvOps(t testing.TB, opts deploy.Options, n int) *env {
	t.Helper()
	parent, child := deploytest.NewPair(t, accounts)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	opts.Operators = nil
	for i := 0; i < n; i++ {
		opts.Operators = append(opts.Operators, parent.Addrs[opAccount(i)])
	}
	d, err := deploy.Setup(ctx, parent.Client, child.Client, parent.Opts(ownerP), child.Opts(ownerC), opts)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	e := &env{t: t, d: d, ops: opts.Operators, keys: parent, ctx: ctx, stop: cancel}
	e.P = &side{name: "parent", c: parent, bridge: d.ParentBridge, token: d.ParentToken, nft: d.ParentNFT, owner: ownerP}
	e.C = &side{name: "child", c: child, bridge: d.ChildBridge, token: d.ChildToken, nft: d.ChildNFT, owner: ownerC}
	return e
}

func (e *env) addr(i int) common.Address { return e.keys.Addrs[i] }

// other returns the opposite side.
func (e *env) other(s *side) *side {
	if s == e.P {
		return e.C
	}
	return e.P
}

// send sends a transaction from account `from` on side s and requires it to succeed.
func (e *env) send(s *side, from int, to common.Address, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	r, err := e.trySend(s, from, to, data, value)
	if err != nil {
		e.t.Fatalf("%s: tx from account %d to %s: %v", s.name, from, to, err)
	}
	return r
}

// trySend sends a transaction; a revert shows up as an error from gas estimation, decoded into the error text.
func (e *env) trySend(s *side, from int, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := s.c.Opts(from)
	opts.Context = e.ctx
	opts.Value = value
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, s.c.Client, s.c.Client, s.c.Client), opts, data)
	if err != nil {
		if rd, ok := bindings.RevertData(err); ok {
			return nil, &revertError{reason: bindings.DecodeRevert(rd), err: err}
		}
		return nil, err
	}
	r, err := bind.WaitMined(e.ctx, s.c.Client, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, &revertError{reason: "mined with status 0", err: nil}
	}
	return r, nil
}

type revertError struct {
	reason string
	err    error
}

func (r *revertError) Error() string {
	if r.err == nil {
		return "reverted: " + r.reason
	}
	return "reverted: " + r.reason + " (" + r.err.Error() + ")"
}

// wantRevert requires err to be a revert whose decoded reason starts with want (e.g. "NotOperator(").
func (e *env) wantRevert(err error, want string) {
	e.t.Helper()
	re, ok := err.(*revertError)
	if !ok {
		e.t.Fatalf("got %v, want a revert %s", err, want)
	}
	if !strings.HasPrefix(re.reason, want) {
		e.t.Fatalf("reverted with %s, want %s", re.reason, want)
	}
}

// callT performs an eth_call and unpacks it.
func callT[T any](e *env, s *side, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := s.c.Client.CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("%s: call %s: %v", s.name, to, err)
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatalf("%s: unpack call of %s: %v", s.name, to, err)
	}
	return v
}

func (e *env) balance(s *side, a common.Address) *big.Int {
	e.t.Helper()
	b, err := s.c.Client.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) tokenBalance(s *side, token, a common.Address) *big.Int {
	e.t.Helper()
	return callT(e, s, token, tok.PackBalanceOf(a), tok.UnpackBalanceOf)
}

func (e *env) ownerOf(s *side, id *big.Int) (common.Address, bool) {
	e.t.Helper()
	out, err := s.c.Client.CallContract(e.ctx, ethereum.CallMsg{To: &s.nft, Data: nft.PackOwnerOf(id)}, nil)
	if err != nil {
		return common.Address{}, false
	}
	o, err := nft.UnpackOwnerOf(out)
	return o, err == nil
}

// requests parses the request events of a receipt into handle calls, as a bridge node relays them.
func requests(t testing.TB, r *types.Receipt) []bindings.BridgeHandleCall {
	t.Helper()
	var calls []bindings.BridgeHandleCall
	for _, l := range r.Logs {
		if ev, err := br.UnpackRequestValueTransferEvent(l); err == nil {
			calls = append(calls, bindings.BridgeHandleCall{TokenType: ev.TokenType, RequestTxHash: r.TxHash, From: ev.From,
				To: ev.To, Token: ev.Token, ValueOrTokenId: ev.ValueOrTokenId, RequestNonce: ev.RequestNonce,
				RequestBlockNumber: r.BlockNumber.Uint64(), ExtraData: ev.ExtraData})
		} else if ev, err := br.UnpackRequestValueTransferWithURIEvent(l); err == nil {
			calls = append(calls, bindings.BridgeHandleCall{TokenType: ev.TokenType, RequestTxHash: r.TxHash, From: ev.From,
				To: ev.To, Token: ev.Token, ValueOrTokenId: ev.ValueOrTokenId, RequestNonce: ev.RequestNonce,
				RequestBlockNumber: r.BlockNumber.Uint64(), TokenURI: ev.TokenURI, ExtraData: ev.ExtraData})
		}
	}
	return calls
}

// request requires exactly one request event in r and returns it.
func request(t testing.TB, r *types.Receipt) bindings.BridgeHandleCall {
	t.Helper()
	calls := requests(t, r)
	if len(calls) != 1 {
		t.Fatalf("receipt has %d request events, want 1", len(calls))
	}
	return calls[0]
}

// packHandle packs the single handle function matching c.TokenType.
func packHandle(c bindings.BridgeHandleCall) []byte {
	switch c.TokenType {
	case bindings.TokenNative:
		return br.PackHandleNativeTransfer(c.RequestTxHash, c.From, c.To, c.ValueOrTokenId, c.RequestNonce, c.RequestBlockNumber, c.ExtraData)
	case bindings.TokenERC20:
		return br.PackHandleERC20Transfer(c.RequestTxHash, c.From, c.To, c.Token, c.ValueOrTokenId, c.RequestNonce, c.RequestBlockNumber, c.ExtraData)
	default:
		return br.PackHandleERC721Transfer(c.RequestTxHash, c.From, c.To, c.Token, c.ValueOrTokenId, c.RequestNonce, c.RequestBlockNumber, c.TokenURI, c.ExtraData)
	}
}

// vote casts one handle vote by operator account `op` on destination side s.
func (e *env) vote(s *side, op int, c bindings.BridgeHandleCall) *types.Receipt {
	e.t.Helper()
	return e.send(s, op, s.bridge, packHandle(c), nil)
}

func (e *env) tryVote(s *side, op int, c bindings.BridgeHandleCall) (*types.Receipt, error) {
	return e.trySend(s, op, s.bridge, packHandle(c), nil)
}

// relay casts votes of operators op1..op1+n-1 on the destination of c.
func (e *env) relay(dst *side, c bindings.BridgeHandleCall, n int) []*types.Receipt {
	e.t.Helper()
	var rs []*types.Receipt
	for i := 0; i < n; i++ {
		rs = append(rs, e.vote(dst, op1+i, c))
	}
	return rs
}

// handleEvents sorts the bridge's handle events of a receipt.
type handleEvents struct {
	transfers []*bindings.BridgeHandleValueTransfer
	votes     []*bindings.BridgeHandleVote
	failed    []*bindings.BridgeHandleFailed
	skipped   []*bindings.BridgeHandleSkipped
}

func events(r *types.Receipt) handleEvents {
	var h handleEvents
	for _, l := range r.Logs {
		if ev, err := br.UnpackHandleValueTransferEvent(l); err == nil {
			h.transfers = append(h.transfers, ev)
		} else if ev, err := br.UnpackHandleVoteEvent(l); err == nil {
			h.votes = append(h.votes, ev)
		} else if ev, err := br.UnpackHandleFailedEvent(l); err == nil {
			h.failed = append(h.failed, ev)
		} else if ev, err := br.UnpackHandleSkippedEvent(l); err == nil {
			h.skipped = append(h.skipped, ev)
		}
	}
	return h
}

// domain is the pair identity destination side s binds into its vote keys (the other side is the source).
func (e *env) domain(s *side) bindings.HandleDomain {
	o := e.other(s)
	return bindings.HandleDomain{ChainID: s.c.ChainID, Bridge: s.bridge, SourceChainID: o.c.ChainID, SourceBridge: o.bridge}
}

// epoch is the current vote epoch of side s's bridge.
func (e *env) epoch(s *side) uint64 {
	e.t.Helper()
	return callT(e, s, s.bridge, br.PackEpoch(), br.UnpackEpoch)
}

// key is the handle vote key of c on destination side s in its current epoch (computed off-chain).
func (e *env) key(s *side, c bindings.BridgeHandleCall) common.Hash {
	e.t.Helper()
	return bindings.HandleVoteKey(e.domain(s), e.epoch(s), c)
}

func (e *env) status(s *side, nonce uint64, op int) bindings.HandleStatusOutput {
	e.t.Helper()
	return callT(e, s, s.bridge, br.PackHandleStatus(nonce, e.addr(op)), br.UnpackHandleStatus)
}

func (e *env) handled(s *side, nonce uint64) bool {
	e.t.Helper()
	return callT(e, s, s.bridge, br.PackHandledNonces(nonce), br.UnpackHandledNonces)
}

type recovery struct{ request, lower, upper, recoveryBlock uint64 }

func (e *env) recovery(s *side) recovery {
	e.t.Helper()
	return recovery{
		request:       callT(e, s, s.bridge, br.PackRequestNonce(), br.UnpackRequestNonce),
		lower:         callT(e, s, s.bridge, br.PackLowerHandleNonce(), br.UnpackLowerHandleNonce),
		upper:         callT(e, s, s.bridge, br.PackUpperHandleNonce(), br.UnpackUpperHandleNonce),
		recoveryBlock: callT(e, s, s.bridge, br.PackRecoveryBlockNumber(), br.UnpackRecoveryBlockNumber),
	}
}

func (e *env) setThreshold(s *side, voteType, th uint8) {
	e.t.Helper()
	e.send(s, s.owner, s.bridge, br.PackSetOperatorThreshold(voteType, th), nil)
}

// requestNative makes a native request of `value` wei from `from` to `to` on s, paying `feeLimit` on top.
func (e *env) requestNative(s *side, from int, to common.Address, value, feeLimit *big.Int) *types.Receipt {
	e.t.Helper()
	return e.send(s, from, s.bridge, br.PackRequestNativeTransfer(to, value, []byte("native")), new(big.Int).Add(value, feeLimit))
}

// gasCost is what a receipt cost its sender in wei.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func (e *env) wantBig(what string, got, want *big.Int) {
	e.t.Helper()
	if got.Cmp(want) != 0 {
		e.t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// sign returns the handleSignedBatch signatures entry for c on destination side s in its current epoch, signed by
// the accounts `signers` (any accounts; ordered by ascending address, duplicates dropped).
func (e *env) sign(s *side, c bindings.BridgeHandleCall, signers ...int) []byte {
	e.t.Helper()
	return e.signFor(e.key(s, c), signers...)
}

// signFor signs digest with the accounts `signers` and joins the signatures in ascending signer order.
func (e *env) signFor(digest common.Hash, signers ...int) []byte {
	e.t.Helper()
	var sigs [][]byte
	for _, i := range signers {
		sig, err := bindings.SignHandle(e.keys.Keys[i], digest)
		if err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, sig)
	}
	joined, err := bindings.JoinHandleSignatures(digest, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	return joined
}

// signedBatch sends handleSignedBatch(current epoch, calls, sigs) from account `from` on destination side s.
func (e *env) signedBatch(s *side, from int, calls []bindings.BridgeHandleCall, sigs [][]byte) *types.Receipt {
	e.t.Helper()
	return e.send(s, from, s.bridge, br.PackHandleSignedBatch(e.epoch(s), calls, sigs), nil)
}

// signAll signs every call of calls with `signers` (see sign).
func (e *env) signAll(s *side, calls []bindings.BridgeHandleCall, signers ...int) [][]byte {
	e.t.Helper()
	out := make([][]byte, len(calls))
	for i, c := range calls {
		out[i] = e.sign(s, c, signers...)
	}
	return out
}

// deployCode deploys a contract whose runtime code is `runtime` from account `from` on side s.
func (e *env) deployCode(s *side, from int, runtime []byte) common.Address {
	e.t.Helper()
	if len(runtime) > 0xffff {
		e.t.Fatal("runtime code too long")
	}
	// PUSH2 len, DUP1, PUSH1 12, PUSH1 0, CODECOPY, PUSH1 0, RETURN, then the runtime code.
	init := append([]byte{0x61, byte(len(runtime) >> 8), byte(len(runtime)), 0x80, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
	opts := s.c.Opts(from)
	opts.Context = e.ctx
	tx, err := bind.NewBoundContract(common.Address{}, abi.ABI{}, s.c.Client, s.c.Client, s.c.Client).RawCreationTransact(opts, init)
	if err != nil {
		e.t.Fatalf("deploy code: %v", err)
	}
	r, err := bind.WaitMined(e.ctx, s.c.Client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy code: %v (receipt %+v)", err, r)
	}
	return r.ContractAddress
}

// advanceTime mines an empty block on side s whose timestamp is d later than the head's.
func (e *env) advanceTime(s *side, d time.Duration) {
	e.t.Helper()
	// AdjustTime refuses while the tx pool still lists a transaction as
	// pending; the pool drops a mined one only when it has processed the new
	// head, in the background, so a transaction just mined can still be
	// listed: wait for the pool (bounded), then fail with the last error.
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := s.c.Backend.AdjustTime(d)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			e.t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// headTime is the timestamp of side s's head block (seconds).
func (e *env) headTime(s *side) uint64 {
	e.t.Helper()
	h, err := s.c.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// refunds lists the HandleRefunded events of a receipt.
func refunds(r *types.Receipt) []*bindings.BridgeHandleRefunded {
	var out []*bindings.BridgeHandleRefunded
	for _, l := range r.Logs {
		if ev, err := br.UnpackHandleRefundedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// skipReasons decodes the HandleSkipped reasons of a receipt.
func skipReasons(r *types.Receipt) []string {
	var out []string
	for _, s := range events(r).skipped {
		out = append(out, bindings.DecodeRevert(s.Reason))
	}
	return out
}

// deployContract deploys md with constructor input ctor from account `from` on side s.
func (e *env) deployContract(s *side, from int, md *bind.MetaData, ctor []byte) common.Address {
	e.t.Helper()
	opts := s.c.Opts(from)
	opts.Context = e.ctx
	addr, tx, err := bind.DeployContract(opts, common.FromHex(md.Bin), s.c.Client, ctor)
	if err != nil {
		e.t.Fatalf("deploy: %v", err)
	}
	r, err := bind.WaitMined(e.ctx, s.c.Client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy: %v (receipt %+v)", err, r)
	}
	return addr
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

// sendWithGas sends a transaction with a fixed gas limit and returns its receipt, whatever its status.
func (e *env) sendWithGas(s *side, from int, to common.Address, data []byte, gas uint64) *types.Receipt {
	e.t.Helper()
	opts := s.c.Opts(from)
	opts.Context = e.ctx
	opts.GasLimit = gas
	tx, err := bind.NewBoundContract(to, abi.ABI{}, s.c.Client, s.c.Client, s.c.Client).RawTransact(opts, data)
	if err != nil {
		e.t.Fatalf("send with gas %d: %v", gas, err)
	}
	r, err := bind.WaitMined(e.ctx, s.c.Client, tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// sendAsync signs and sends a transaction with a fixed gas limit without waiting for it (with AutoCommit off it
// stays pending until Commit).
func (e *env) sendAsync(s *side, from int, to common.Address, data []byte, gas uint64) common.Hash {
	e.t.Helper()
	opts := s.c.Opts(from)
	opts.Context = e.ctx
	opts.GasLimit = gas
	tx, err := bind.NewBoundContract(to, abi.ABI{}, s.c.Client, s.c.Client, s.c.Client).RawTransact(opts, data)
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	return tx.Hash()
}
