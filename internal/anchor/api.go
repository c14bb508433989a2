package anchor

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// AdminNamespace is the admin JSON-RPC namespace of the anchoring service:
// anchor_status and anchor_verify.
const AdminNamespace = "anchor"

// NodeStatus is what anchor_status returns: the chains' anchoring state plus
// this node's view.
type NodeStatus struct {
	// Chain is the anchoring state read from the chains at the call (nil when
	// the chains could not be read; ChainError says why).
	Chain      *Status `json:"chain,omitempty"`
	ChainError string  `json:"chainError,omitempty"`
	// Operator is this node's operator address on the parent chain;
	// IsOperator is false when the Anchor does not list it (it then never
	// anchors).
	Operator   common.Address `json:"operator"`
	IsOperator bool           `json:"isOperator"`
	// Period (child blocks), GraceSeconds and MaxCatchup (periods per round)
	// are the node's [anchoring] settings.
	Period       uint64  `json:"period"`
	GraceSeconds float64 `json:"graceSeconds"`
	MaxCatchup   uint64  `json:"maxCatchup"`
	// Cursor is the highest child block up to which every period of this
	// node's sequence is final; NextBlock the next period block it looks at,
	// and NextDesignated the operators designated for it.
	Cursor         uint64           `json:"cursor"`
	NextBlock      uint64           `json:"nextBlock"`
	NextDesignated []common.Address `json:"nextDesignated"`
	// ChildSafeHead is the child safe head at the last round.
	ChildSafeHead uint64 `json:"childSafeHead"`
	// InFlight lists the period blocks with an anchoring transaction of this
	// node not yet mined.
	InFlight []uint64 `json:"inFlight"`
	// Sent, Skipped and Failed count this node's anchoring transactions since
	// it started: sent (broadcast), skipped (the period was final or voted
	// already), failed (refused by the estimate or the node, or reverted).
	Sent    uint64 `json:"sent"`
	Skipped uint64 `json:"skipped"`
	Failed  uint64 `json:"failed"`
	// Reorged counts anchors this node saw final that a parent reorg dropped
	// (anchored again; servicechain_anchor_reorged_total).
	Reorged uint64 `json:"reorged"`
	// LastError is the error of the last round ("" when it succeeded);
	// LastRound when the last complete round ended (UTC).
	LastError string    `json:"lastError,omitempty"`
	LastRound time.Time `json:"lastRound"`
}

// Status returns the node's anchoring status; the chain part is read now from
// the node's parent and child clients (a read failure is reported in
// ChainError, not as an error).
func (s *Service) Status(ctx context.Context) *NodeStatus {
	s.mu.Lock()
	ns := s.snap
	ns.InFlight = append([]uint64{}, s.snap.InFlight...)
	ns.NextDesignated = append([]common.Address{}, s.snap.NextDesignated...)
	s.mu.Unlock()
	st, err := ReadStatus(ctx, s.parent, s.child, s.addr)
	if err != nil {
		ns.ChainError = err.Error()
	} else {
		ns.Chain = st
	}
	return &ns
}

// API is the "anchor" admin JSON-RPC service of a node.
type API struct{ s *Service }

// Status returns the node's anchoring status (anchor_status).
func (a *API) Status(ctx context.Context) *NodeStatus { return a.s.Status(ctx) }

// Verify compares child block blockNumber (a JSON number) with its anchor
// (anchor_verify); see the package function Verify.
func (a *API) Verify(ctx context.Context, blockNumber uint64) (*Verification, error) {
	return Verify(ctx, a.s.parent, a.s.child, a.s.addr, blockNumber)
}
