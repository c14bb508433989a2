//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/e2e/harness"
)

// TestScenarioInvalidAttempt is issue 6, scenario 3: 4 bridge node processes,
// threshold 2, honest traffic both ways; meanwhile the key of operator 3 (whose
// node keeps running: a stolen key) sends forged handle votes straight to both
// destination bridges: for every request it sees, a vote that pays the thief
// instead of the recipient, or pays 1000 times the amount (another token id
// for NFTs); votes for nonces about to be requested, with made-up contents;
// and votes for nonces that are never requested. Nothing forged is paid out,
// the thief receives nothing, and every honest transfer completes with its own
// fields. The thief also holds the owner key (issue 13): the drain it
// schedules through the timelock is refused before the delay and cancelled by
// an operator (stolenOwnerKey).
func TestScenarioInvalidAttempt(t *testing.T) {
	const perDirection = 40
	c := newCluster(t, clusterOpts{operators: 4, threshold: 2, users: 4, timelockDelay: scenarioTimelockDelay})
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	c.startNodes(ctx, nil)
	before := c.ledger(ctx) // before any transfer: the reports count from the deployment
	c.seedChildTokens(ctx)
	thief := harness.KeyAddress(harness.TestKey(400))
	forgerKey := c.operators[3]

	fctx, stopForgers := context.WithCancel(ctx)
	pf := newForger(t, c.cec, c.pec, c.dep.ChildBridge, c.dep.ParentBridge, forgerKey, thief, "parent->child")
	cf := newForger(t, c.pec, c.cec, c.dep.ParentBridge, c.dep.ChildBridge, forgerKey, thief, "child->parent")
	var wg sync.WaitGroup
	for _, f := range []*forger{pf, cf} {
		wg.Add(1)
		go func(f *forger) { defer wg.Done(); f.run(fctx) }(f)
	}
	start := time.Now()
	c.burstBoth(ctx, trafficOpts{n: perDirection, rate: 2})
	// Let the forgers see the last requests and try the future nonces once more.
	time.Sleep(3 * time.Second)
	stopForgers()
	wg.Wait()
	p2c, c2p := c.finish(ctx, before, 2*time.Minute)
	t.Logf("honest traffic: %d requests each way handled %s after the first was sent", perDirection, time.Since(start).Round(time.Millisecond))

	// Forged votes: none paid anything; count what the chain did with them.
	var lines []string
	for _, f := range []*forger{pf, cf} {
		st := f.settle(ctx)
		t.Logf("%s forged votes: %s", f.dir, st)
		lines = append(lines, f.dir+" "+st.short())
		if st.paid > 0 {
			t.Errorf("%s: %d forged votes triggered a payout", f.dir, st.paid)
		}
		if st.sent == 0 || st.accepted == 0 {
			t.Errorf("%s: the forger sent %d votes, %d accepted by the chain as votes: the scenario did not exercise forged votes", f.dir, st.sent, st.accepted)
		}
		// Never-requested nonces stay unhandled.
		br := bindings.NewBridge()
		for _, n := range f.neverNonces {
			h, err := bind.Call(br.Instance(f.dst, f.dstBridge), nil, br.PackHandledNonces(n), br.UnpackHandledNonces)
			if err != nil {
				t.Fatal(err)
			}
			if h {
				t.Errorf("%s: never-requested nonce %d is marked handled", f.dir, n)
			}
		}
	}
	for _, r := range []*harness.DirectionReport{p2c, c2p} {
		if len(r.Unrequested) > 0 || len(r.Mismatched) > 0 {
			t.Errorf("%s: forged payouts: unrequested %v, mismatched %v", r.Direction, r.Unrequested, r.Mismatched)
		}
	}
	// The thief holds nothing on either chain.
	for _, side := range []struct {
		name       string
		rpc        string
		token, nft common.Address
	}{{"parent", c.parent.HTTPURL(), c.dep.ParentToken, c.dep.ParentNFT}, {"child", c.child.HTTPURL(), c.dep.ChildToken, c.dep.ChildNFT}} {
		for _, tok := range []common.Address{{}, side.token} {
			bal, err := c.js.Balance(ctx, side.rpc, thief, tok)
			if err != nil {
				t.Fatal(err)
			}
			if bal.Sign() != 0 {
				t.Errorf("thief holds %s of %s on the %s chain", bal, tok, side.name)
			}
		}
		bal, err := bind.Call(bindings.NewServiceChainNFT().Instance(c.ec(side.name), side.nft), nil,
			bindings.NewServiceChainNFT().PackBalanceOf(thief), bindings.NewServiceChainNFT().UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Sign() != 0 {
			t.Errorf("thief holds %s NFTs on the %s chain", bal, side.name)
		}
	}
	// The owner key is stolen as well (issue 13).
	c.stolenOwnerKey(ctx, t, thief, harness.KeyHex(c.operators[0]))
	summary(t, "invalid-attempt", "k=2 of 4, operator 3's key forging while its node runs, and the owner key stolen (drain scheduled, refused before the %s delay, cancelled by an operator); %d honest requests each way all handled with their own fields; forged votes: %s; thief balances 0; wasted votes p->c %s, c->p %s",
		scenarioTimelockDelay, perDirection, strings.Join(lines, "; "), wasted(p2c), wasted(c2p))
}

// ec returns the cluster's client of the named chain.
func (c *cluster) ec(name string) *ethclient.Client {
	if name == "parent" {
		return c.pec
	}
	return c.cec
}

// forger sends forged handle votes with one operator key to one destination
// bridge, based on the requests it sees on the source bridge.
type forger struct {
	t                    *testing.T
	dir                  string
	dst, src             *ethclient.Client
	dstBridge, srcBridge common.Address
	key                  *ecdsa.PrivateKey
	thief                common.Address
	chainID              *big.Int

	mu          sync.Mutex
	txs         []forgedTx
	neverNonces []uint64
	sendErrors  int
}

type forgedTx struct {
	hash  common.Hash
	kind  string // "recipient", "amount", "future", "never"
	nonce uint64 // the request nonce voted on
}

func newForger(t *testing.T, dst, src *ethclient.Client, dstBridge, srcBridge common.Address, key *ecdsa.PrivateKey, thief common.Address, dir string) *forger {
	return &forger{t: t, dir: dir, dst: dst, src: src, dstBridge: dstBridge, srcBridge: srcBridge, key: key, thief: thief}
}

var forgeABI = bindings.NewBridge()

// run forges until ctx ends: every 300 ms it reads new source requests and
// votes a forged version of each (alternately another recipient and another
// amount); every few rounds it votes on a nonce just ahead of the source's
// requestNonce and on one that will never be requested.
func (f *forger) run(ctx context.Context) {
	var err error
	if f.chainID, err = f.dst.ChainID(ctx); err != nil {
		f.t.Errorf("forger %s: chain id: %v", f.dir, err)
		return
	}
	from, err := f.src.BlockNumber(ctx)
	if err != nil {
		f.t.Errorf("forger %s: head: %v", f.dir, err)
		return
	}
	srcBridge := forgeABI.Instance(f.src, f.srcBridge)
	for i := 0; ctx.Err() == nil && i < 10_000; i++ {
		head, err := f.src.BlockNumber(ctx)
		if err == nil && head >= from {
			logs, err := f.src.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
				Addresses: []common.Address{f.srcBridge},
				Topics:    [][]common.Hash{{eventID("RequestValueTransfer"), eventID("RequestValueTransferWithURI")}},
			})
			if err == nil {
				for j := range logs {
					f.forgeFrom(ctx, &logs[j])
				}
				from = head + 1
			}
		}
		if i%5 == 0 {
			if rn, err := bind.Call(srcBridge, nil, forgeABI.PackRequestNonce(), forgeABI.UnpackRequestNonce); err == nil {
				fake := common.BytesToHash(crypto.Keccak256([]byte(fmt.Sprintf("forged-%s-%d", f.dir, i))))
				f.send(ctx, "future", rn+2, forgeABI.PackHandleNativeTransfer(fake, f.thief, f.thief, ether, rn+2, head, nil))
				never := uint64(1_000_000 + i)
				f.mu.Lock()
				f.neverNonces = append(f.neverNonces, never)
				f.mu.Unlock()
				f.send(ctx, "never", never, forgeABI.PackHandleNativeTransfer(fake, f.thief, f.thief, ether, never, head, nil))
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func eventID(name string) common.Hash { return forgeABI.GetABI().Events[name].ID }

// forgeFrom votes a forged copy of the request in l.
func (f *forger) forgeFrom(ctx context.Context, l *types.Log) {
	var tokenType uint8
	var from, to, token common.Address
	var value *big.Int
	var nonce uint64
	var uri string
	if l.Topics[0] == eventID("RequestValueTransfer") {
		ev, err := forgeABI.UnpackRequestValueTransferEvent(l)
		if err != nil {
			return
		}
		tokenType, from, to, token, value, nonce = ev.TokenType, ev.From, ev.To, ev.Token, ev.ValueOrTokenId, ev.RequestNonce
	} else {
		ev, err := forgeABI.UnpackRequestValueTransferWithURIEvent(l)
		if err != nil {
			return
		}
		tokenType, from, to, token, value, nonce, uri = ev.TokenType, ev.From, ev.To, ev.Token, ev.ValueOrTokenId, ev.RequestNonce, ev.TokenURI
	}
	kind := "recipient"
	if nonce%2 == 1 {
		kind = "amount"
		if tokenType == bindings.TokenERC721 {
			value = new(big.Int).Add(value, big.NewInt(1)) // another NFT
		} else {
			value = new(big.Int).Mul(value, big.NewInt(1000))
		}
	} else {
		to = f.thief
	}
	var data []byte
	switch tokenType {
	case bindings.TokenNative:
		data = forgeABI.PackHandleNativeTransfer(l.TxHash, from, to, value, nonce, l.BlockNumber, []byte{})
	case bindings.TokenERC20:
		data = forgeABI.PackHandleERC20Transfer(l.TxHash, from, to, token, value, nonce, l.BlockNumber, []byte{})
	default:
		data = forgeABI.PackHandleERC721Transfer(l.TxHash, from, to, token, value, nonce, l.BlockNumber, uri, []byte{})
	}
	f.send(ctx, kind, nonce, data)
}

// send signs and sends one forged vote with a fixed gas limit (the forger
// does not care whether it reverts). The key is shared with a running node,
// so a nonce clash is retried with a fresh pending nonce.
func (f *forger) send(ctx context.Context, kind string, nonce uint64, data []byte) {
	addr := crypto.PubkeyToAddress(f.key.PublicKey)
	for attempt := 0; attempt < 4; attempt++ {
		txNonce, err := f.dst.PendingNonceAt(ctx, addr)
		if err != nil {
			return
		}
		head, err := f.dst.HeaderByNumber(ctx, nil)
		if err != nil {
			return
		}
		tip := big.NewInt(2_000_000_000)
		feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
		tx, err := types.SignNewTx(f.key, types.LatestSignerForChainID(f.chainID), &types.DynamicFeeTx{
			ChainID: f.chainID, Nonce: txNonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 1_000_000, To: &f.dstBridge, Data: data,
		})
		if err != nil {
			return
		}
		if err := f.dst.SendTransaction(ctx, tx); err != nil {
			f.mu.Lock()
			f.sendErrors++
			f.mu.Unlock()
			continue
		}
		f.mu.Lock()
		f.txs = append(f.txs, forgedTx{hash: tx.Hash(), kind: kind, nonce: nonce})
		f.mu.Unlock()
		return
	}
}

// forgeStats is what became of a forger's votes.
type forgeStats struct {
	sent       int            // accepted by the tx pool
	accepted   int            // mined and counted as a vote (HandleVote)
	reverted   int            // mined and reverted (closed nonce, already voted, ...)
	dropped    int            // never mined (replaced by the node's own tx with the same nonce)
	paid       int            // mined with a HandleValueTransfer in the receipt (must be 0)
	sendErrors int            // refused by the tx pool (nonce clashes with the node)
	byKind     map[string]int // sent, by kind
}

func (s forgeStats) String() string {
	return fmt.Sprintf("%d sent (%v), %d counted as votes, %d reverted, %d never mined, %d paid out; %d refused by the pool",
		s.sent, s.byKind, s.accepted, s.reverted, s.dropped, s.paid, s.sendErrors)
}

func (s forgeStats) short() string {
	return fmt.Sprintf("%d sent/%d counted/%d reverted/%d paid", s.sent, s.accepted, s.reverted, s.paid)
}

// settle waits (bounded) for the forged txs' receipts and classifies them.
func (f *forger) settle(ctx context.Context) forgeStats {
	f.mu.Lock()
	txs := append([]forgedTx(nil), f.txs...)
	st := forgeStats{sent: len(txs), sendErrors: f.sendErrors, byKind: map[string]int{}}
	f.mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for _, ft := range txs {
		st.byKind[ft.kind]++
		var rc *types.Receipt
		for {
			var err error
			rc, err = f.dst.TransactionReceipt(ctx, ft.hash)
			if err == nil || time.Now().After(deadline) {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		if rc == nil {
			st.dropped++
			continue
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			st.reverted++
			continue
		}
		for _, l := range rc.Logs {
			if l.Address != f.dstBridge {
				continue
			}
			switch l.Topics[0] {
			case eventID("HandleVote"):
				st.accepted++
			case eventID("HandleValueTransfer"):
				st.paid++
				f.t.Errorf("%s: forged %s vote %s on nonce %d paid out", f.dir, ft.kind, ft.hash, ft.nonce)
			}
		}
	}
	return st
}
