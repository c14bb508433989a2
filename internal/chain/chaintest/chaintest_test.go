package chaintest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/internal/devchain"
)

// TestDevnetRules checks a test chain runs the devnet's fork rules (the point
// of building it on devchain) and seals only on Commit.
func TestDevnetRules(t *testing.T) {
	t.Parallel()
	code := common.Address{0xc0}
	n := NewNode(t, Options{ChainID: 99, Alloc: types.GenesisAlloc{code: {Code: []byte{0x00}}}})
	if got, want := n.Eth.BlockChain().Config(), devchain.ChainConfig(99); !reflect.DeepEqual(got, want) {
		t.Fatalf("chain config %v, want devchain.ChainConfig(99) %v", got, want)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if got, err := n.Client().CodeAt(ctx, code, nil); err != nil || len(got) != 1 {
		t.Fatalf("genesis code %x, %v", got, err)
	}
	if n.Head() != 0 {
		t.Fatalf("head %d before any Commit", n.Head())
	}
	h := n.Commit()
	if n.Head() != 1 || h != n.Eth.BlockChain().CurrentBlock().Hash() {
		t.Fatalf("after Commit: head %d", n.Head())
	}
	if n.Chain.DataDir() != "" {
		t.Errorf("test chain on disk at %q", n.Chain.DataDir())
	}
}
