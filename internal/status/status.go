// Package status reads a bridge deployment's state from its chains, with no
// bridge node involved: per chain the Bridge's thresholds, operators, pause
// flag and balance; per direction the request and handle nonces and the
// requests still open; every operator's registrations and balances; and the
// anchoring state when the Anchor is known. It is what `servicechain status`
// prints and what a console shows.
package status

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/contracts/client"
	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/bridgenet"
	"github.com/servicechain/servicechain/internal/units"
)

// Bridge is one Bridge contract.
type Bridge struct {
	RPC     string         `json:"rpc"`
	ChainID uint64         `json:"chainId"`
	Head    uint64         `json:"head"` // the chain's latest block number
	Bridge  common.Address `json:"bridge"`
	Paused  bool           `json:"paused"`
	// Threshold is the value-transfer vote threshold; ConfigThreshold the
	// configuration (fee) vote threshold.
	Threshold       uint8 `json:"threshold"`
	ConfigThreshold uint8 `json:"configThreshold"`
	// Operators is the number of registered operators.
	Operators int `json:"operators"`
	// BalanceWei is the bridge's native balance (locked coin plus liquidity), in wei.
	BalanceWei string `json:"balanceWei"`
}

// Direction is one direction of transfers.
type Direction struct {
	// Name is parent-to-child or child-to-parent.
	Name string `json:"name"`
	// RequestNonce is the source bridge's requestNonce (the number of
	// requests so far); LowerHandleNonce (every nonce below it is handled)
	// and UpperHandleNonce (1 + the highest handled) are the destination
	// bridge's.
	RequestNonce     uint64 `json:"requestNonce"`
	LowerHandleNonce uint64 `json:"lowerHandleNonce"`
	UpperHandleNonce uint64 `json:"upperHandleNonce"`
	// Open is RequestNonce - LowerHandleNonce: requests not known handled.
	Open uint64 `json:"open"`
	// Failing are open requests whose payout failed (retried, then refunded)
	// and Refunded requests closed by a refund, found in the destination's
	// last OutcomeLookback blocks (issue 12; outcomes.go).
	Failing  []Outcome `json:"failing,omitempty"`
	Refunded []Outcome `json:"refunded,omitempty"`
}

// Operator is one operator: where it is registered and its balances (wei).
type Operator struct {
	Address          common.Address `json:"address"`
	ParentBridge     bool           `json:"parentBridge"`
	ChildBridge      bool           `json:"childBridge"`
	Anchor           bool           `json:"anchor"`
	ParentBalanceWei string         `json:"parentBalanceWei"`
	ChildBalanceWei  string         `json:"childBalanceWei"`
}

// Report is the state of a bridge deployment (what `status --json` prints).
type Report struct {
	Parent     Bridge      `json:"parent"`
	Child      Bridge      `json:"child"`
	Directions []Direction `json:"directions"` // parent-to-child, then child-to-parent
	// Operators are the union of both bridges' and the Anchor's operators, in
	// the parent bridge's order, then the child bridge's, then the Anchor's.
	Operators []Operator `json:"operators"`
	// Anchor is the anchoring state (absent when no Anchor is known).
	Anchor *anchor.Status `json:"anchor,omitempty"`
}

// nonces is what Read reads of one bridge's nonces.
type nonces struct{ request, lower, upper uint64 }

// readNonces reads the handle nonces first, then the request nonce, so that
// lower <= request holds even when requests are handled between the calls.
func readNonces(ctx context.Context, cc *bridgenet.Conn, addr common.Address) (n nonces, err error) {
	b := client.NewBridge(cc, addr)
	if n.lower, err = b.LowerHandleNonce(ctx); err != nil {
		return n, bridgeErr(cc, err)
	}
	if n.upper, err = b.UpperHandleNonce(ctx); err != nil {
		return n, bridgeErr(cc, err)
	}
	if n.request, err = b.RequestNonce(ctx); err != nil {
		return n, bridgeErr(cc, err)
	}
	return n, nil
}

// readBridge reads one bridge's configuration and operators.
func readBridge(ctx context.Context, cc *bridgenet.Conn, addr common.Address) (s Bridge, ops []common.Address, err error) {
	s = Bridge{RPC: cc.URL, ChainID: cc.ChainID.Uint64(), Bridge: addr}
	if s.Head, err = cc.BlockNumber(ctx); err != nil {
		return s, nil, cc.Errorf("%w", err)
	}
	b := client.NewBridge(cc, addr)
	if ops, err = b.Operators(ctx); err != nil {
		return s, nil, bridgeErr(cc, err)
	}
	s.Operators = len(ops)
	if s.Threshold, err = b.Threshold(ctx, bindings.VoteValueTransfer); err != nil {
		return s, nil, bridgeErr(cc, err)
	}
	if s.ConfigThreshold, err = b.Threshold(ctx, bindings.VoteConfiguration); err != nil {
		return s, nil, bridgeErr(cc, err)
	}
	if s.Paused, err = b.Paused(ctx); err != nil {
		return s, nil, bridgeErr(cc, err)
	}
	bal, err := cc.BalanceAt(ctx, addr, nil)
	if err != nil {
		return s, nil, cc.Errorf("balance of %s: %w", addr.Hex(), err)
	}
	s.BalanceWei = bal.String()
	return s, ops, nil
}

// Read reads the state of p's bridges (and of its Anchor, when p.Anchor is
// set). Errors name the chain, the contract and the call that failed, and
// ask whether the address is a Bridge when a call fails.
func Read(ctx context.Context, p *bridgenet.Pair) (*Report, error) {
	rep := &Report{}
	var pOps, cOps []common.Address
	var err error
	if rep.Parent, pOps, err = readBridge(ctx, p.Parent, p.ParentBridge); err != nil {
		return nil, err
	}
	if rep.Child, cOps, err = readBridge(ctx, p.Child, p.ChildBridge); err != nil {
		return nil, err
	}
	// Destinations first (see readNonces).
	pn, err := readNonces(ctx, p.Parent, p.ParentBridge)
	if err != nil {
		return nil, err
	}
	cn, err := readNonces(ctx, p.Child, p.ChildBridge)
	if err != nil {
		return nil, err
	}
	// Re-read the parent request nonce after both handle nonces.
	if pn.request, err = client.NewBridge(p.Parent, p.ParentBridge).RequestNonce(ctx); err != nil {
		return nil, bridgeErr(p.Parent, err)
	}
	dir := func(name string, src, dst nonces) Direction {
		d := Direction{Name: name, RequestNonce: src.request, LowerHandleNonce: dst.lower, UpperHandleNonce: dst.upper}
		if d.RequestNonce > d.LowerHandleNonce {
			d.Open = d.RequestNonce - d.LowerHandleNonce
		}
		return d
	}
	rep.Directions = []Direction{dir(bridge.ParentToChild, pn, cn), dir(bridge.ChildToParent, cn, pn)}
	if err := readOutcomes(ctx, p, rep); err != nil {
		return nil, err
	}

	byAddr := map[common.Address]*Operator{}
	var order []common.Address // first appearance: parent bridge, child bridge, anchor
	get := func(a common.Address) *Operator {
		if o, ok := byAddr[a]; ok {
			return o
		}
		o := &Operator{Address: a}
		byAddr[a] = o
		order = append(order, a)
		return o
	}
	for _, a := range pOps {
		get(a).ParentBridge = true
	}
	for _, a := range cOps {
		get(a).ChildBridge = true
	}
	if p.Anchor != (common.Address{}) {
		if rep.Anchor, err = anchor.ReadStatus(ctx, p.Parent, p.Child, p.Anchor); err != nil {
			return nil, fmt.Errorf("anchor %s on the parent chain: %w", p.Anchor.Hex(), err)
		}
		for _, a := range rep.Anchor.Operators {
			get(a).Anchor = true
		}
	}
	for _, a := range order {
		o := byAddr[a]
		pb, err := p.Parent.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, p.Parent.Errorf("balance of %s: %w", a.Hex(), err)
		}
		cb, err := p.Child.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, p.Child.Errorf("balance of %s: %w", a.Hex(), err)
		}
		o.ParentBalanceWei, o.ChildBalanceWei = pb.String(), cb.String()
		rep.Operators = append(rep.Operators, *o)
	}
	return rep, nil
}

// ether renders a wei amount given as a decimal string in ether.
func ether(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	return units.Format(v, units.Ether)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "-"
}

// WriteText writes the bridges, directions and operators of r as three
// tables, balances in ether, and then, when r has it, the anchoring state
// (anchor.WriteStatus) after a blank line.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAIN\tCHAIN ID\tHEAD\tBRIDGE\tTHRESHOLD\tCONFIG THRESHOLD\tOPERATORS\tPAUSED\tBRIDGE BALANCE")
	for _, b := range []struct {
		name string
		s    Bridge
	}{{bridgenet.Parent, r.Parent}, {bridgenet.Child, r.Child}} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%d of %d\t%d\t%d\t%v\t%s\n", b.name, b.s.ChainID, b.s.Head, b.s.Bridge.Hex(),
			b.s.Threshold, b.s.Operators, b.s.ConfigThreshold, b.s.Operators, b.s.Paused, ether(b.s.BalanceWei))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DIRECTION\tREQUEST NONCE\tLOWER HANDLE NONCE\tUPPER HANDLE NONCE\tOPEN")
	for _, d := range r.Directions {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\n", d.Name, d.RequestNonce, d.LowerHandleNonce, d.UpperHandleNonce, d.Open)
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OPERATOR\tPARENT BRIDGE\tCHILD BRIDGE\tANCHOR\tPARENT BALANCE\tCHILD BALANCE")
	for _, o := range r.Operators {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", o.Address.Hex(), yesNo(o.ParentBridge), yesNo(o.ChildBridge), yesNo(o.Anchor),
			ether(o.ParentBalanceWei), ether(o.ChildBalanceWei))
	}
	tw.Flush()
	_, err := fmt.Fprintln(w, "(balances in ether)")
	writeOutcomes(w, r)
	if r.Anchor != nil && err == nil {
		fmt.Fprintln(w)
		anchor.WriteStatus(w, r.Anchor)
	}
	return err
}
