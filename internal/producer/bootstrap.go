package producer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	clientv3 "go.etcd.io/etcd/client/v3"
)

// BlockSource is a peer that serves the chain's blocks: another node's eth
// JSON-RPC (*ethclient.Client satisfies it). Nothing it says is trusted: a
// bootstrap pins the highest block it takes to the hash committed in etcd
// and every block below it to its child's parent hash, and re-derives each
// block's hash from its body (engine.ExecutableDataToBlock) before import.
type BlockSource interface {
	// HeaderByNumber returns the header at number (nil: the source's head).
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// HeaderByHash returns the header with hash h.
	HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error)
	// BlockByHash returns the full block (transactions, withdrawals) with hash h.
	BlockByHash(ctx context.Context, h common.Hash) (*types.Block, error)
}

// ErrBootstrap is returned (wrapped) by a bootstrap that cannot use its
// source: the source is behind the etcd log window, or serves a block whose
// body does not hash to its header, or one with execution requests (which a
// block's RPC form does not carry).
var ErrBootstrap = errors.New("producer: bootstrap from peer")

// bootstrap brings the local chain up to the committed log from
// Config.Bootstrap: it pins target = min(source head, committed head) to the
// committed record of that number (so target must still be in the etcd
// window), walks the source's headers down to the local head by parent hash
// (each header must hash to the hash its child names), then fetches the
// blocks bottom-up and imports each one like a committed block (newPayload,
// forkchoiceUpdated). A chain that does not link to the local head means the
// local chain diverged (ErrDiverged). The node is unhealthy and not ready
// while it runs (syncReason); afterwards the etcd log does the rest.
func (p *Producer) bootstrap(ctx context.Context) error {
	src := p.cfg.Bootstrap
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	resp, err := p.cli.Get(cctx, p.keys.Head())
	if err != nil || len(resp.Kvs) == 0 {
		return fmt.Errorf("%w: read the committed head: %v", ErrBootstrap, err)
	}
	head, err := parseHead(resp.Kvs[0].Value)
	if err != nil {
		return err
	}
	p.noteCommitted(head)
	local := p.localHead()
	if local.Number >= head.Number {
		return nil
	}
	sh, err := src.HeaderByNumber(cctx, nil)
	if err != nil {
		return fmt.Errorf("%w: read the peer's head: %v", ErrBootstrap, err)
	}
	target := min(sh.Number.Uint64(), head.Number)
	if target <= local.Number {
		return fmt.Errorf("%w: the peer is at block %d, this node at %d", ErrBootstrap, sh.Number.Uint64(), local.Number)
	}
	r, err := p.cli.Get(cctx, p.keys.Block(target))
	if err != nil {
		return fmt.Errorf("%w: read committed block %d: %v", ErrBootstrap, target, err)
	}
	if len(r.Kvs) == 0 {
		first, _ := p.cli.Get(cctx, p.keys.BlocksPrefix(), clientv3.WithPrefix(), clientv3.WithKeysOnly(), clientv3.WithLimit(1))
		oldest := "none"
		if first != nil && len(first.Kvs) > 0 {
			oldest = string(first.Kvs[0].Key)
		}
		return fmt.Errorf("%w: the peer is at block %d, which is not in the etcd log window any more (oldest %s): bootstrap from a peer that is up to date", ErrBootstrap, sh.Number.Uint64(), oldest)
	}
	pin, err := DecodeRecord(r.Kvs[0].Value)
	if err != nil {
		return fmt.Errorf("%w: committed block %d: %v", ErrBootstrap, target, err)
	}
	p.log.Info("bootstrapping from a peer", "from", local.Number+1, "to", target, "pinned", pin.Hash)

	// Headers, top down, each pinned by its child (the top by etcd).
	hashes := make([]common.Hash, target-local.Number) // hashes[i] is block local+1+i
	h := pin.Hash
	for n := target; n > local.Number; n-- {
		if (target-n)%256 == 0 {
			p.setSyncReason(fmt.Sprintf("bootstrapping from a peer: checking headers, %d to go", n-local.Number))
		}
		hctx, hcancel := context.WithTimeout(ctx, 10*time.Second)
		hdr, err := src.HeaderByHash(hctx, h)
		hcancel()
		if err != nil {
			return fmt.Errorf("%w: header %d %s: %v", ErrBootstrap, n, h, err)
		}
		if hdr.Hash() != h || hdr.Number == nil || hdr.Number.Uint64() != n {
			return fmt.Errorf("%w: the peer answered header %v %s for block %d %s", ErrBootstrap, hdr.Number, hdr.Hash(), n, h)
		}
		hashes[n-local.Number-1] = h
		h = hdr.ParentHash
	}
	if h != local.Hash {
		return fmt.Errorf("%w: the committed chain has block %d = %s, this node has %s", ErrDiverged, local.Number, h, local.Hash)
	}

	// Blocks, bottom up, imported as committed blocks.
	for i, want := range hashes {
		n := local.Number + 1 + uint64(i)
		if i%16 == 0 {
			p.setSyncReason(fmt.Sprintf("bootstrapping from a peer: block %d of %d", n, target))
		}
		bctx, bcancel := context.WithTimeout(ctx, 30*time.Second)
		blk, err := src.BlockByHash(bctx, want)
		bcancel()
		if err != nil {
			return fmt.Errorf("%w: block %d %s: %v", ErrBootstrap, n, want, err)
		}
		rec := &Record{Hash: want, Block: blk}
		if rh := blk.Header().RequestsHash; rh != nil {
			if *rh != types.EmptyRequestsHash {
				return fmt.Errorf("%w: block %d carries execution requests, which a peer's RPC does not serve: let it come from etcd or devp2p", ErrBootstrap, n)
			}
			rec.Requests = [][]byte{}
		}
		if _, _, _, err := rec.Payload(); err != nil {
			return fmt.Errorf("%w: the peer's block %d does not match its header: %v", ErrBootstrap, n, err)
		}
		p.chainMu.Lock()
		err = p.importLocked(ctx, rec)
		p.chainMu.Unlock()
		if err != nil {
			return err
		}
	}
	p.setSyncReason("")
	p.log.Info("bootstrapped from a peer", "head", target)
	return nil
}
