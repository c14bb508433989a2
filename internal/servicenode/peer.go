package servicenode

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/internal/producer"
)

// peerSource is bootstrap.from: a peer's eth JSON-RPC, dialled on first use
// (the peer may be down when the node starts) and again after a failed dial.
// It is a producer.BlockSource; the producer checks everything it serves.
type peerSource struct {
	url string

	mu sync.Mutex
	cl *ethclient.Client
}

var _ producer.BlockSource = (*peerSource)(nil)

func (s *peerSource) client(ctx context.Context) (*ethclient.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cl != nil {
		return s.cl, nil
	}
	cl, err := ethclient.DialContext(ctx, s.url)
	if err != nil {
		return nil, fmt.Errorf("bootstrap.from %s: %w", s.url, err)
	}
	s.cl = cl
	return cl, nil
}

func (s *peerSource) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	cl, err := s.client(ctx)
	if err != nil {
		return nil, err
	}
	return cl.HeaderByNumber(ctx, n)
}

func (s *peerSource) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	cl, err := s.client(ctx)
	if err != nil {
		return nil, err
	}
	return cl.HeaderByHash(ctx, h)
}

func (s *peerSource) BlockByHash(ctx context.Context, h common.Hash) (*types.Block, error) {
	cl, err := s.client(ctx)
	if err != nil {
		return nil, err
	}
	return cl.BlockByHash(ctx, h)
}

func (s *peerSource) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cl != nil {
		s.cl.Close()
		s.cl = nil
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
