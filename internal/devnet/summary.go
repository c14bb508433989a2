package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/node"
)

// PortInUseError is CheckPort's error for a taken port; it matches
// syscall.EADDRINUSE.
type PortInUseError struct{ Addr string }

func (e *PortInUseError) Error() string { return e.Addr + " is already in use" }

// Unwrap returns syscall.EADDRINUSE.
func (e *PortInUseError) Unwrap() error { return syscall.EADDRINUSE }

// CheckPort tells whether a JSON-RPC port of the devnet is free on
// 127.0.0.1 (0, any free port, always is). Errors: a *PortInUseError
// ("127.0.0.1:P is already in use"), or "cannot listen on 127.0.0.1:P: ...".
func CheckPort(port int) error {
	if port == 0 {
		return nil
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	l, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return &PortInUseError{Addr: addr}
	}
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", addr, err)
	}
	return l.Close()
}

// WaitReady waits until every running node reports ready (both chains read,
// operators funded, no old open request) or timeout passes, and returns the
// reasons of the nodes still not ready ("op2: ..."), none when all are.
func (d *Devnet) WaitReady(ctx context.Context, timeout time.Duration) []string {
	deadline := time.Now().Add(timeout)
	for {
		var reasons []string
		if d.Child != nil {
			reasons = append(reasons, d.Child.NotReady()...)
		}
		for i := range d.Info().Operators {
			n := d.Node(i)
			if n == nil {
				continue
			}
			if nr := n.Host.NotReady(); len(nr) > 0 {
				reasons = append(reasons, fmt.Sprintf("op%d: %s", i+1, strings.Join(nr, "; ")))
			}
		}
		if len(reasons) == 0 || time.Now().After(deadline) || ctx.Err() != nil {
			return reasons
		}
		select {
		case <-ctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// WriteSummary prints what devnet.json holds, for people: the chains'
// RPC URLs, the contracts, the operators with their metrics and admin
// endpoints, and the dev accounts with their (public) keys.
func (d *Devnet) WriteSummary(w io.Writer) {
	info := d.Info()
	k := info.Contracts
	fmt.Fprintln(w, "servicechain devnet")
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAIN\tCHAIN ID\tHTTP\tWEBSOCKET")
	fmt.Fprintf(tw, "parent\t%d\t%s\t%s\n", info.Parent.ChainID, info.Parent.HTTP, info.Parent.WS)
	fmt.Fprintf(tw, "child\t%d\t%s\t%s\n", info.Child.ChainID, info.Child.HTTP, info.Child.WS)
	tw.Flush()
	fmt.Fprintf(w, "block time %s\n\n", d.cfg.BlockPeriod)

	if len(info.ServiceNodes) > 0 {
		fmt.Fprintln(w, "Service chain nodes (embedded etcd; fenced failover; the child RPC above is endpoint1's)")
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, n := range info.ServiceNodes {
			fmt.Fprintf(tw, "  %s\t%s\t%s\tmetrics %s/metrics\tadmin %s\n", n.Name, n.Role, n.HTTP, n.Metrics, n.Admin)
		}
		tw.Flush()
		fmt.Fprintf(w, "  `servicechain node status --devnet %s` shows the leader; `node handover --devnet %s` hands it over.\n\n", d.Dir(), d.Dir())
	} else {
		fmt.Fprintln(w, "Service chain: a single dev node (--child-producers 1)")
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w, "Contracts")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "  Bridge\tparent %s\tchild %s\n", k.ParentBridge.Hex(), k.ChildBridge.Hex())
	fmt.Fprintf(tw, "  ERC-20 (SCT)\tparent %s\tchild %s\n", k.ParentToken.Hex(), k.ChildToken.Hex())
	fmt.Fprintf(tw, "  ERC-721 (SCNFT)\tparent %s\tchild %s\n", k.ParentNFT.Hex(), k.ChildNFT.Hex())
	anchoring := "anchoring off"
	if info.AnchorPeriod > 0 {
		anchoring = fmt.Sprintf("every %d child blocks", info.AnchorPeriod)
	}
	fmt.Fprintf(tw, "  Anchor\tparent %s\t(%s)\n", k.Anchor.Hex(), anchoring)
	if k.ParentTimelock != (common.Address{}) {
		fmt.Fprintf(tw, "  TimelockController\tparent %s\tchild %s\n", k.ParentTimelock.Hex(), k.ChildTimelock.Hex())
	}
	tw.Flush()
	if k.ParentTimelock != (common.Address{}) {
		fmt.Fprintf(w, "  The timelocks own the contracts: owner changes wait %s (account 0 proposes and executes, any operator\n", k.TimelockDelay)
		fmt.Fprintln(w, "  may cancel; `servicechain admin pending --devnet DIR --chain child`); account 0 may pause at once.")
	}
	fmt.Fprintln(w, "  The ERC-20 starts on the parent (account 0 holds the supply); account 0 may mint NFTs on both chains")
	fmt.Fprintln(w, "  (or use `servicechain transfer --erc721 ADDR --mint`).")
	fmt.Fprintln(w)

	fmt.Fprintf(w, "Operators (a transfer needs %d of %d votes)\n", info.Threshold, len(info.Operators))
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for i, op := range info.Operators {
		metrics, admin := "-", "-"
		if op.Metrics != "" {
			metrics = op.Metrics + "/metrics"
		}
		if op.Admin != "" {
			admin = op.Admin
		}
		attestations := ""
		if op.Attestation != "" {
			attestations = "\tattestations " + op.Attestation + "/v1/attestations"
		}
		fmt.Fprintf(tw, "  op%d\t%s\tmetrics %s\tadmin %s%s\n", i+1, op.Address.Hex(), metrics, admin, attestations)
	}
	tw.Flush()
	if len(info.Operators) > 0 && info.Operators[0].Attestation != "" {
		fmt.Fprintln(w, "  Signature-aggregated handles are on: transfers close by one handleSignedBatch carrying k signatures,")
		fmt.Fprintln(w, "  with on-chain votes when k signatures have not arrived within attestation.grace.")
	}
	fmt.Fprintln(w, "  /healthz and /readyz are next to /metrics; `servicechain bridge status --config op1/bridge.toml` queries a node")
	fmt.Fprintln(w, "  (the admin API wants the bearer token in the node's data/"+node.AdminTokenFile+"; with --admin HOST:PORT add --token-file).")
	fmt.Fprintln(w, "  The nodes read 0 confirmations (allow_unsafe_confirmations = true: dev chains only).")
	if len(info.Operators) > 0 {
		fmt.Fprintf(w, "  bridge.toml of each node: %s\n", filepath.Join(filepath.Dir(filepath.Dir(info.Operators[0].Config)), "op1...opN", "bridge.toml"))
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Dev accounts (funded on both chains; these keys are public: dev use only)")
	for i, a := range info.Accounts {
		fmt.Fprintf(w, "  (%d) %s  %s\n", i, a.Address.Hex(), a.PrivateKey)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "devnet.json: %s\n", filepath.Join(d.Dir(), InfoFile))
	if d.tempDir {
		fmt.Fprintf(w, "data directory: %s (temporary: removed on exit; use --datadir to keep it)\n", d.Dir())
	} else {
		fmt.Fprintf(w, "data directory: %s (a restart with the same --datadir resumes)\n", d.Dir())
	}
}
