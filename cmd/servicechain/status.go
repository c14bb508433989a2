package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/units"
)

// statusCommand is `servicechain status`: the bridge pair as the chains see
// it (no node needed).
var statusCommand = &cli.Command{
	Name:      "status",
	Usage:     "show both bridges: nonces per direction, open requests, operators and balances, thresholds, latest anchor",
	ArgsUsage: " ",
	Description: `Reads the Bridge contracts (and the Anchor, when known) directly from the
chains; it needs no running bridge node. Per direction: the source bridge's
requestNonce, the destination bridge's lowerHandleNonce (every nonce below it
is handled) and upperHandleNonce (1 + the highest handled), and open =
requestNonce - lowerHandleNonce. (For one node's own view, use
` + "`servicechain bridge status`" + `.)

   servicechain status --devnet /tmp/dn
   servicechain status --parent-rpc URL --child-rpc URL --parent-bridge ADDR --child-bridge ADDR [--anchor ADDR] --json`,
	Flags: append([]cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "give up after this `DURATION`"},
	}, netFlags(true)...),
	Action: statusRun,
}

// bridgeState is one Bridge contract in `status`.
type bridgeState struct {
	RPC     string         `json:"rpc"`
	ChainID uint64         `json:"chainId"`
	Head    uint64         `json:"head"`
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

// directionState is one direction in `status`.
type directionState struct {
	// Name is parent-to-child or child-to-parent.
	Name string `json:"name"`
	// RequestNonce is the source bridge's requestNonce (the number of
	// requests so far); LowerHandleNonce and UpperHandleNonce are the
	// destination bridge's.
	RequestNonce     uint64 `json:"requestNonce"`
	LowerHandleNonce uint64 `json:"lowerHandleNonce"`
	UpperHandleNonce uint64 `json:"upperHandleNonce"`
	// Open is RequestNonce - LowerHandleNonce: requests not known handled.
	Open uint64 `json:"open"`
}

// operatorState is one operator in `status`, with where it is registered
// and its balances (wei).
type operatorState struct {
	Address          common.Address `json:"address"`
	ParentBridge     bool           `json:"parentBridge"`
	ChildBridge      bool           `json:"childBridge"`
	Anchor           bool           `json:"anchor"`
	ParentBalanceWei string         `json:"parentBalanceWei"`
	ChildBalanceWei  string         `json:"childBalanceWei"`
}

// statusReport is what `status --json` prints.
type statusReport struct {
	Parent     bridgeState      `json:"parent"`
	Child      bridgeState      `json:"child"`
	Directions []directionState `json:"directions"`
	Operators  []operatorState  `json:"operators"`
	// Anchor is the anchoring state (absent when no Anchor is known).
	Anchor *anchorState `json:"anchor,omitempty"`
}

func statusRun(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	nw, err := resolveNetwork(c, need{parent: true, child: true, bridges: true})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	parent, err := dial(ctx, "parent", nw.ParentRPC)
	if err != nil {
		return err
	}
	defer parent.Close()
	child, err := dial(ctx, "child", nw.ChildRPC)
	if err != nil {
		return err
	}
	defer child.Close()
	rep, err := readStatus(ctx, parent, child, nw)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, rep)
	}
	printChainStatus(c.App.Writer, rep)
	return nil
}

// nonces is what `status` reads of one bridge's nonces.
type nonces struct{ request, lower, upper uint64 }

func readNonces(ctx context.Context, cc *chainConn, addr common.Address) (nonces, error) {
	inst := bridgeABI.Instance(cc, addr)
	opts := &bind.CallOpts{Context: ctx}
	var n nonces
	var err error
	// Handle nonces first, then the request nonce: lower <= request holds
	// even when requests are handled between the calls.
	if n.lower, err = bind.Call(inst, opts, bridgeABI.PackLowerHandleNonce(), bridgeABI.UnpackLowerHandleNonce); err != nil {
		return n, bridgeCallError(cc, addr, "lowerHandleNonce", err)
	}
	if n.upper, err = bind.Call(inst, opts, bridgeABI.PackUpperHandleNonce(), bridgeABI.UnpackUpperHandleNonce); err != nil {
		return n, bridgeCallError(cc, addr, "upperHandleNonce", err)
	}
	if n.request, err = bind.Call(inst, opts, bridgeABI.PackRequestNonce(), bridgeABI.UnpackRequestNonce); err != nil {
		return n, bridgeCallError(cc, addr, "requestNonce", err)
	}
	return n, nil
}

func bridgeCallError(cc *chainConn, addr common.Address, what string, err error) error {
	return fmt.Errorf("%s bridge %s: %s(): %w (is it a servicechain Bridge on the %s chain at %s?)", cc.Name, addr.Hex(), what, err, cc.Name, cc.URL)
}

// readBridge reads one bridge's configuration and operators.
func readBridge(ctx context.Context, cc *chainConn, addr common.Address) (bridgeState, []common.Address, error) {
	inst := bridgeABI.Instance(cc, addr)
	opts := &bind.CallOpts{Context: ctx}
	s := bridgeState{RPC: cc.URL, ChainID: cc.ChainID.Uint64(), Bridge: addr}
	var err error
	if s.Head, err = cc.BlockNumber(ctx); err != nil {
		return s, nil, fmt.Errorf("%s chain at %s: %w", cc.Name, cc.URL, err)
	}
	ops, err := bind.Call(inst, opts, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
	if err != nil {
		return s, nil, bridgeCallError(cc, addr, "getOperatorList", err)
	}
	s.Operators = len(ops)
	if s.Threshold, err = bind.Call(inst, opts, bridgeABI.PackOperatorThresholds(bindings.VoteValueTransfer), bridgeABI.UnpackOperatorThresholds); err != nil {
		return s, nil, bridgeCallError(cc, addr, "operatorThresholds", err)
	}
	if s.ConfigThreshold, err = bind.Call(inst, opts, bridgeABI.PackOperatorThresholds(bindings.VoteConfiguration), bridgeABI.UnpackOperatorThresholds); err != nil {
		return s, nil, bridgeCallError(cc, addr, "operatorThresholds", err)
	}
	if s.Paused, err = bind.Call(inst, opts, bridgeABI.PackPaused(), bridgeABI.UnpackPaused); err != nil {
		return s, nil, bridgeCallError(cc, addr, "paused", err)
	}
	bal, err := cc.BalanceAt(ctx, addr, nil)
	if err != nil {
		return s, nil, fmt.Errorf("%s chain at %s: balance of %s: %w", cc.Name, cc.URL, addr.Hex(), err)
	}
	s.BalanceWei = bal.String()
	return s, ops, nil
}

// readStatus reads everything `status` shows.
func readStatus(ctx context.Context, parent, child *chainConn, nw *network) (*statusReport, error) {
	rep := &statusReport{}
	var pOps, cOps []common.Address
	var err error
	if rep.Parent, pOps, err = readBridge(ctx, parent, nw.ParentBridge); err != nil {
		return nil, err
	}
	if rep.Child, cOps, err = readBridge(ctx, child, nw.ChildBridge); err != nil {
		return nil, err
	}
	// Destinations first (see readNonces).
	pn, err := readNonces(ctx, parent, nw.ParentBridge)
	if err != nil {
		return nil, err
	}
	cn, err := readNonces(ctx, child, nw.ChildBridge)
	if err != nil {
		return nil, err
	}
	// Re-read the request nonces after both handle nonces.
	if pn.request, err = bind.Call(bridgeABI.Instance(parent, nw.ParentBridge), &bind.CallOpts{Context: ctx}, bridgeABI.PackRequestNonce(), bridgeABI.UnpackRequestNonce); err != nil {
		return nil, bridgeCallError(parent, nw.ParentBridge, "requestNonce", err)
	}
	dir := func(name string, src, dst nonces) directionState {
		d := directionState{Name: name, RequestNonce: src.request, LowerHandleNonce: dst.lower, UpperHandleNonce: dst.upper}
		if d.RequestNonce > d.LowerHandleNonce {
			d.Open = d.RequestNonce - d.LowerHandleNonce
		}
		return d
	}
	rep.Directions = []directionState{dir(bridge.ParentToChild, pn, cn), dir(bridge.ChildToParent, cn, pn)}

	byAddr := map[common.Address]*operatorState{}
	get := func(a common.Address) *operatorState {
		if o, ok := byAddr[a]; ok {
			return o
		}
		o := &operatorState{Address: a}
		byAddr[a] = o
		return o
	}
	for _, a := range pOps {
		get(a).ParentBridge = true
	}
	for _, a := range cOps {
		get(a).ChildBridge = true
	}
	if nw.Anchor != (common.Address{}) {
		as, err := readAnchorState(ctx, parent, child, nw.Anchor)
		if err != nil {
			return nil, err
		}
		rep.Anchor = as
		for _, a := range as.Operators {
			get(a).Anchor = true
		}
	}
	for a, o := range byAddr {
		pb, err := parent.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("parent chain at %s: balance of %s: %w", parent.URL, a.Hex(), err)
		}
		cb, err := child.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("child chain at %s: balance of %s: %w", child.URL, a.Hex(), err)
		}
		o.ParentBalanceWei, o.ChildBalanceWei = pb.String(), cb.String()
		rep.Operators = append(rep.Operators, *o)
	}
	// Bridge order (the parent bridge's list first), then the rest.
	order := map[common.Address]int{}
	for i, a := range append(append(pOps, cOps...), anchorOperators(rep.Anchor)...) {
		if _, ok := order[a]; !ok {
			order[a] = i
		}
	}
	sort.Slice(rep.Operators, func(i, j int) bool { return order[rep.Operators[i].Address] < order[rep.Operators[j].Address] })
	return rep, nil
}

// ether renders a wei amount from a decimal string in ether.
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

func printChainStatus(w io.Writer, r *statusReport) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAIN\tCHAIN ID\tHEAD\tBRIDGE\tTHRESHOLD\tCONFIG THRESHOLD\tOPERATORS\tPAUSED\tBRIDGE BALANCE")
	for _, b := range []struct {
		name string
		s    bridgeState
	}{{"parent", r.Parent}, {"child", r.Child}} {
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
	fmt.Fprintln(w, "(balances in ether)")
	if r.Anchor != nil {
		fmt.Fprintln(w)
		printAnchorState(w, r.Anchor)
	}
}

// joinAddrs renders addresses, comma separated.
func joinAddrs(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ", ")
}
