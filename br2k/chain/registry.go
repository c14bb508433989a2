package chain

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/txmgr"
)

var registryABI = bindings.NewServiceRegistry()

// Registry is a br2k.Registry over a deployed ServiceRegistry contract: the
// leader's id, URL and epoch, and snapshot manifests. Its transactions go
// through an Outbox (journaled, one per epoch or version). The Outbox's
// account must be a publisher of the service.
type Registry struct {
	outbox   *Outbox
	address  common.Address
	caller   ethereum.ContractCaller
	location string
}

var _ br2k.Registry = (*Registry)(nil)

// NewRegistry returns a Registry for the contract at address, sending with
// outbox and reading with caller (the outbox's backend when nil). location
// names the snapshot store in published manifests (never credentials; ""
// for none).
func NewRegistry(outbox *Outbox, address common.Address, caller ethereum.ContractCaller, location string) (*Registry, error) {
	if outbox == nil {
		return nil, errors.New("br2k/chain: registry: outbox is nil")
	}
	if address == (common.Address{}) {
		return nil, errors.New("br2k/chain: registry: contract address is zero")
	}
	if caller == nil {
		c, ok := outbox.backend.(ethereum.ContractCaller)
		if !ok {
			return nil, errors.New("br2k/chain: registry: the outbox's backend cannot make calls; pass a caller")
		}
		caller = c
	}
	return &Registry{outbox: outbox, address: address, caller: caller, location: location}, nil
}

// PublishLeader records l unless the contract already holds epoch l.Epoch
// or a later one. It returns once the transaction is mined.
func (g *Registry) PublishLeader(ctx context.Context, l br2k.LeaderInfo) error {
	cur, err := LookupLeader(ctx, g.caller, g.address, l.Service)
	if err == nil && cur.Epoch >= l.Epoch {
		return nil
	}
	data := registryABI.PackUpdateLeader(l.Service, l.ID, l.URL, uint64(l.Epoch))
	return g.send(ctx, fmt.Sprintf("registry/leader/%d", l.Epoch), data)
}

// PublishSnapshot records m unless the contract already holds its version.
func (g *Registry) PublishSnapshot(ctx context.Context, m br2k.SnapshotMeta) error {
	out, err := g.caller.CallContract(ctx, ethereum.CallMsg{To: &g.address, Data: registryABI.PackLatestSnapshot(m.Service)}, nil)
	if err == nil {
		if v, err := registryABI.UnpackLatestSnapshot(out); err == nil && v.Version >= m.Version {
			return nil
		}
	}
	var sum [32]byte
	if b, err := hex.DecodeString(m.SHA256); err == nil && len(b) == 32 {
		copy(sum[:], b)
	}
	data := registryABI.PackPublishSnapshot(m.Service, m.Version, m.Index, uint64(m.Epoch), sum, uint64(m.Size), uint32(m.Chunks), g.location)
	return g.send(ctx, fmt.Sprintf("registry/snapshot/%s/%d", m.Service, m.Version), data)
}

func (g *Registry) send(ctx context.Context, key string, data []byte) error {
	eff, err := g.outbox.SendKey(ctx, key, txmgr.Request{To: g.address, Data: data})
	if err != nil {
		var rev *txmgr.RevertError
		if errors.As(err, &rev) {
			if v, uerr := registryABI.UnpackError(rev.Data); uerr == nil {
				return fmt.Errorf("br2k/chain: registry refused: %T%+v", v, v)
			}
		}
		return err
	}
	for !eff.Done() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		eff, _ = g.outbox.Effect(key)
	}
	if eff.State != StateMined {
		return fmt.Errorf("br2k/chain: registry transaction %s: %s %s", eff.TxHash, eff.State, eff.Error)
	}
	return nil
}

// LookupLeader reads a service's leader from the ServiceRegistry at address
// (what a client does to find where to send requests). Errors: the call
// failed, the service is not registered, no leader was published yet.
func LookupLeader(ctx context.Context, caller ethereum.ContractCaller, address common.Address, service string) (br2k.LeaderInfo, error) {
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &address, Data: registryABI.PackLeader(service)}, nil)
	if err != nil {
		return br2k.LeaderInfo{}, fmt.Errorf("br2k/chain: registry leader of %q: %w", service, err)
	}
	l, err := registryABI.UnpackLeader(out)
	if err != nil {
		return br2k.LeaderInfo{}, fmt.Errorf("br2k/chain: registry leader of %q: %w", service, err)
	}
	if l.Epoch == 0 {
		return br2k.LeaderInfo{}, fmt.Errorf("br2k/chain: registry: no leader published for %q yet", service)
	}
	return br2k.LeaderInfo{Service: service, ID: l.ReplicaId, URL: l.Url, Epoch: int64(l.Epoch)}, nil
}
