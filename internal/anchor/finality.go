package anchor

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
)

// Parent-chain finality of anchors (issue 13: "anchoring reads finality the
// same way and detects a parent reorg that drops an anchor it already
// passed"). The child side is read up to its safe head (confirmations or
// finalized, like the bridge's scan). On the parent side an anchor counts as
// passed, and the store cursor moves over it, only once its record is final
// at the parent's final head (chain.FinalHead: the "finalized" block, else a
// fixed depth), so a parent reorg can no longer take it away. Until then:
//   - an anchor this node saw final at the parent head and that is no longer
//     final (a parent reorg dropped the finalizing votes) is counted
//     (servicechain_anchor_reorged_total{chain="parent"}), logged, and
//     anchored again as if it had never been;
//   - a chain whose latestAnchoredBlock is below the cursor (a reorg deeper
//     than the parent's finality, or the chain was reset) is counted the same
//     way and the cursor moves back to it, so the dropped periods are
//     anchored again.

// finalAtParent reports whether child block n has a final record in the
// Anchor's state at parent block final.
func (s *Service) finalAtParent(ctx context.Context, n, final uint64) (bool, error) {
	out, err := s.parent.CallContract(ctx, ethereum.CallMsg{To: &s.addr, Data: anchorABI.PackAnchorStatus(n, [20]byte{})},
		new(big.Int).SetUint64(final))
	if err != nil {
		return false, fmt.Errorf("anchorStatus(%d) at parent block %d: %w", n, final, err)
	}
	st, err := anchorABI.UnpackAnchorStatus(out)
	if err != nil {
		return false, fmt.Errorf("anchorStatus(%d) at parent block %d: decoding: %w", n, final, err)
	}
	return st.Finalized, nil
}

// reorged records that the parent chain no longer holds the final anchor of
// child block n (seen final before): it is counted and anchored again.
func (s *Service) reorged(n uint64, why string) {
	s.metrics.reorged.WithLabelValues("parent").Inc()
	s.bump(func(ns *NodeStatus) { ns.Reorged++ })
	s.log.Error("a parent-chain reorg dropped an anchor; anchoring it again", "block", n, "why", why)
	delete(s.final, n)
	delete(s.closed, n)
	delete(s.firstSeen, n)
}

// checkRewound handles a chain whose latest anchor is below the cursor: the
// periods above it were dropped (see the top of this file). It reports
// whether the cursor moved back.
func (s *Service) checkRewound(latest uint64) bool {
	if latest >= s.cursor {
		return false
	}
	for n := (latest/s.period + 1) * s.period; n <= s.cursor; n += s.period {
		s.reorged(n, fmt.Sprintf("the Anchor's latestAnchoredBlock %d is below this node's cursor %d", latest, s.cursor))
	}
	s.cursor, s.base = latest, min(s.base, latest)
	return true
}
