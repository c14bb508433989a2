package anchor_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/devnet"
)

// anchorTxsOf returns the parent chain's anchor() transactions for child
// block n with their block numbers, from block from to the head.
func (e *env) anchorTxsOf(t *testing.T, n, from uint64) (txs []*types.Transaction, blocks []uint64) {
	t.Helper()
	ctx := context.Background()
	head, err := e.parent.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sel := anchorABI.GetABI().Methods["anchor"]
	for b := from; b <= head; b++ {
		blk, err := e.parent.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != e.anchor || len(tx.Data()) < 4 || string(tx.Data()[:4]) != string(sel.ID) {
				continue
			}
			args, err := sel.Inputs.Unpack(tx.Data()[4:])
			if err == nil && args[0].(uint64) == n {
				txs, blocks = append(txs, tx), append(blocks, b)
			}
		}
	}
	return txs, blocks
}

// TestParentReorgDropsAnchor: an anchor the nodes saw final (Anchor 2 of 3)
// is dropped by a parent-chain reorg that replaces its votes by conflicting
// transactions of the same operators, before the parent finalizes it. Every
// node notices (servicechain_anchor_reorged_total, anchor_status reorged),
// its cursor never passed the anchor (the cursor moves only over anchors
// final at the parent's finalized block), and the period is anchored again
// with this child chain's block hash.
func TestParentReorgDropsAnchor(t *testing.T) {
	t.Parallel()
	e := start(t, 2, 100)
	ctx := context.Background()
	chainID := new(big.Int).SetUint64(e.d.Info().Parent.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	keyOf := map[common.Address]int{}
	for i, op := range e.ops {
		keyOf[op] = i
	}
	finalized := func() uint64 {
		fin, err := e.parent.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			t.Fatal(err)
		}
		return fin.Number.Uint64()
	}
	// The devnet's simulated beacon finalizes every 32nd parent block, on
	// its own clock: take a period whose first vote landed early in a
	// 32-block epoch and reorg before the parent finalizes it; on a machine
	// too slow for that, go on with a later period (the attempt proves
	// nothing either way).
	var n uint64
	for try := uint64(1); try <= 60 && n == 0; try++ {
		c := try * period
		e.waitFinal(t, c, c, 60*time.Second)
		head, err := e.parent.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		votes, blocks := e.anchorTxsOf(t, c, max(head, 65)-64) // the votes just made it final: recent blocks
		if len(votes) > 0 && (blocks[0] < max(head, 65)-60) {
			votes = nil // a vote older than the window scanned may be missing
		}
		if len(votes) == 0 || blocks[0]%32 < 1 || blocks[0]%32 > 14 || finalized() >= blocks[0] {
			t.Logf("period %d: votes in parent blocks %v, finalized %d: not early in an epoch", c, blocks, finalized())
			continue
		}
		first := blocks[0]
		seen := time.Now()
		for i := 0; i < 3; i++ {
			waitUntil(t, 30*time.Second, "the node ran a round after the anchor was final", func() bool {
				return e.adminStatus(t, e.d.Node(i)).LastRound.After(seen)
			})
		}
		if finalized() >= first {
			t.Logf("period %d: the parent finalized %d before the nodes' next rounds", c, first)
			continue
		}
		for i := 0; i < 3; i++ {
			if ns := e.adminStatus(t, e.d.Node(i)); ns.Cursor >= c {
				t.Fatalf("op%d: cursor %d passed child block %d before the parent finalized its anchor", i+1, ns.Cursor, c)
			}
		}
		before, err := e.parent.HeaderByNumber(ctx, new(big.Int).SetUint64(first-1))
		if err != nil {
			t.Fatal(err)
		}
		replace := func() error {
			for _, v := range votes {
				from, err := types.Sender(signer, v)
				if err != nil {
					return err
				}
				tip := new(big.Int).Mul(v.GasTipCap(), big.NewInt(3))
				feeCap := new(big.Int).Add(new(big.Int).Mul(v.GasFeeCap(), big.NewInt(3)), tip)
				repl := types.MustSignNewTx(devnet.OperatorKey(keyOf[from]), signer,
					&types.DynamicFeeTx{ChainID: chainID, Nonce: v.Nonce(), To: &from, Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap})
				if err := e.parent.SendTransaction(ctx, repl); err != nil {
					return err
				}
			}
			return nil
		}
		// The nodes keep anchoring: retry until the pool is empty (Reorg's
		// rule), as long as the parent has not finalized the votes.
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) && finalized() < first {
			if e.d.Parent.Reorg(before.Hash(), replace) == nil {
				n = c
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if n == 0 {
			t.Logf("period %d: no reorg before the parent finalized block %d", c, first)
		} else {
			for _, v := range votes {
				if _, err := e.parent.TransactionReceipt(ctx, v.Hash()); err == nil {
					t.Fatalf("vote %s is still in the parent chain after the reorg", v.Hash())
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no period could be reorged before the parent finalized it in 60 periods")
	}
	for i := 0; i < 3; i++ {
		waitUntil(t, 30*time.Second, "the node counted the dropped anchor", func() bool {
			return metrics(t, e.d.Node(i))["servicechain_anchor_reorged_total/parent"] >= 1 && e.adminStatus(t, e.d.Node(i)).Reorged >= 1
		})
	}
	e.waitFinal(t, n, n, 60*time.Second)
	rec := e.record(t, n)
	h, err := e.child.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(rec.BlockHash) != h.Hash() {
		t.Fatalf("re-anchored block %d hash %x, child chain %s", n, rec.BlockHash, h.Hash())
	}
}

// waitUntil polls cond every 50ms until it holds or timeout passes.
func waitUntil(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting until %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
