package deploy

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/bridgenet"
)

// Result is a deployment made by Pair, as `servicechain deploy` prints it:
// the chains, the owner, the addresses and the operators.
type Result struct {
	ParentChainID uint64         `json:"parentChainId"`
	ChildChainID  uint64         `json:"childChainId"`
	Owner         common.Address `json:"owner"`
	Deployment
	Operators []common.Address `json:"operators"`
	Threshold uint8            `json:"threshold"` // the value-transfer threshold
	// TimelockDelaySeconds is the timelocks' minimum delay (0 without).
	TimelockDelaySeconds uint64 `json:"timelockDelaySeconds"`
}

// Pair deploys and wires a complete setup (see Setup) on p's two chains with
// key as the owner of everything, and writes the Result as JSON to out
// (unless ""), telling progress (may be nil) what it starts and writes.
// Errors: both connections reach the same chain, what Setup returns (see
// ExplainOwner), and out cannot be written.
func Pair(ctx context.Context, p *bridgenet.Pair, key *ecdsa.PrivateKey, opts Options, out string, progress func(string)) (*Result, error) {
	say := func(format string, args ...any) {
		if progress != nil {
			progress(fmt.Sprintf(format, args...))
		}
	}
	parent, child := p.Parent, p.Child
	if parent.ChainID.Cmp(child.ChainID) == 0 {
		return nil, fmt.Errorf("--parent-rpc and --child-rpc are the same chain (chain id %s): expected two different chains", parent.ChainID)
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	say("deploying from %s on parent (chain id %s) and child (chain id %s) ...", owner.Hex(), parent.ChainID, child.ChainID)
	opts.ParentChainID, opts.ChildChainID = parent.ChainID.Uint64(), child.ChainID.Uint64()
	d, err := Setup(ctx, parent, child, bind.NewKeyedTransactor(key, parent.ChainID), bind.NewKeyedTransactor(key, child.ChainID), opts)
	if err != nil {
		return nil, ExplainOwner(err)
	}
	if d.ParentTimelock != (common.Address{}) {
		say("the contracts are owned by TimelockControllers (parent %s, child %s, delay %s): owner changes wait the delay, "+
			"any operator can cancel them (servicechain admin pending|execute|cancel)", d.ParentTimelock.Hex(), d.ChildTimelock.Hex(), d.TimelockDelay)
	}
	res := &Result{ParentChainID: parent.ChainID.Uint64(), ChildChainID: child.ChainID.Uint64(), Owner: owner, Deployment: *d,
		Operators: opts.Operators, Threshold: max(opts.Threshold, 1), TimelockDelaySeconds: uint64(d.TimelockDelay / time.Second)}
	if err := writeResult(res, out, say); err != nil {
		return nil, err
	}
	return res, nil
}

// writeResult writes res as indented JSON to out (nothing when "").
func writeResult(res *Result, out string, say func(string, ...any)) error {
	if out == "" {
		return nil
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	if err := os.WriteFile(out, append(b, '\n'), 0o666); err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	say("addresses written to %s", out)
	return nil
}

// ExplainOwner adds "the key is not the contract's owner" to a *TxError whose
// revert is OpenZeppelin's OwnableUnauthorizedAccount, the revert an
// administrator most often meets; other errors are returned as they are.
func ExplainOwner(err error) error {
	var te *TxError
	if errors.As(err, &te) && strings.HasPrefix(te.Reason, "OwnableUnauthorizedAccount") {
		return fmt.Errorf("%w: the key is not the contract's owner", err)
	}
	return err
}
