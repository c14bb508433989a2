package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/anchor"
)

// anchorState is the anchoring part of `status` and what `anchor status`
// prints: the Anchor contract's operators, threshold and latest anchor, and
// how far the child chain is ahead of it.
type anchorState = anchor.Status

// anchorNetFlags are the connection flags of the anchor commands.
func anchorNetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "devnet", Usage: "take RPC URLs and the Anchor address from `DIR`/devnet.json"},
		&cli.StringFlag{Name: "parent-rpc", Usage: "parent chain JSON-RPC `URL`"},
		&cli.StringFlag{Name: "child-rpc", Usage: "service (child) chain JSON-RPC `URL`"},
		&cli.StringFlag{Name: "anchor", Usage: "Anchor contract `ADDRESS` on the parent chain"},
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "give up after this `DURATION`"},
	}
}

// anchorCommand is `servicechain anchor status|verify`.
var anchorCommand = &cli.Command{
	Name:  "anchor",
	Usage: "check the anchoring of the service chain on the parent chain",
	Description: `Every anchoring period the bridge nodes record a child block (number, hash,
parent hash, tx/receipt/state roots, block and tx counts) on the parent
chain's Anchor contract. These commands read it directly from the chains.`,
	Subcommands: []*cli.Command{
		{
			Name:      "status",
			Usage:     "latest anchored child block, anchor operators and threshold, lag behind the child chain",
			ArgsUsage: " ",
			Description: `   servicechain anchor status --devnet /tmp/dn
   servicechain anchor status --parent-rpc URL --child-rpc URL --anchor ADDR --json`,
			Flags:  anchorNetFlags(),
			Action: anchorStatus,
		},
		{
			Name:      "verify",
			Usage:     "compare the anchor of child block N with the child chain's block N",
			ArgsUsage: " ",
			Description: `Reads the final anchor of child block --block on the parent chain and the
block (and the tx count of the anchored range) on the child chain, and says
"match", "mismatch" (listing the fields that differ; exit status 1) or
"not anchored" (exit status 1). --block latest takes the latest anchored block.

   servicechain anchor verify --devnet /tmp/dn --block latest`,
			Flags: append(anchorNetFlags(),
				&cli.StringFlag{Name: "block", Usage: "child block `N` (decimal), or latest"}),
			Action: anchorVerify,
		},
	},
}

func init() {
	// Every node this binary starts (bridge run, devnet) anchors when its
	// configuration enables anchoring; anchor.Attach does nothing otherwise.
	addServices = anchor.Attach
}

// anchorConns dials both chains for the anchor commands.
func anchorConns(ctx context.Context, c *cli.Context) (parent, child *chainConn, nw *network, err error) {
	if nw, err = resolveNetwork(c, need{parent: true, child: true, anchor: true}); err != nil {
		return nil, nil, nil, err
	}
	if parent, err = dial(ctx, "parent", nw.ParentRPC); err != nil {
		return nil, nil, nil, err
	}
	if child, err = dial(ctx, "child", nw.ChildRPC); err != nil {
		parent.Close()
		return nil, nil, nil, err
	}
	return parent, child, nw, nil
}

// readAnchorState reads the anchoring state for `status`.
func readAnchorState(ctx context.Context, parent, child *chainConn, addr common.Address) (*anchorState, error) {
	s, err := anchor.ReadStatus(ctx, parent, child, addr)
	if err != nil {
		return nil, fmt.Errorf("anchor %s on the parent chain: %w", addr.Hex(), err)
	}
	return s, nil
}

// anchorOperators returns the Anchor's operators (none when s is nil).
func anchorOperators(s *anchorState) []common.Address {
	if s == nil {
		return nil
	}
	return s.Operators
}

func anchorStatus(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	parent, child, nw, err := anchorConns(ctx, c)
	if err != nil {
		return err
	}
	defer parent.Close()
	defer child.Close()
	s, err := readAnchorState(ctx, parent, child, nw.Anchor)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, s)
	}
	printAnchorState(c.App.Writer, s)
	return nil
}

func printAnchorState(w io.Writer, s *anchorState) {
	fmt.Fprintf(w, "anchor %s: threshold %d of %d operators\n", s.Anchor.Hex(), s.Threshold, len(s.Operators))
	if s.LatestAnchoredBlock == 0 {
		fmt.Fprintf(w, "no anchor yet (child head %d)\n", s.ChildHead)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "latest anchored child block\t%d (hash %s)\n", s.LatestAnchoredBlock, s.LatestBlockHash.Hex())
	fmt.Fprintf(tw, "anchored in parent block\t%d, finalised by %s\n", s.AnchoredAt, s.FinalizedBy.Hex())
	fmt.Fprintf(tw, "period\t%d child blocks\n", s.Period)
	fmt.Fprintf(tw, "child head\t%d (safe %d), %d blocks past the latest anchor\n", s.ChildHead, s.ChildSafeHead, s.LagBlocks)
	tw.Flush()
}

// parseBlockArg parses --block N|latest; latest returns ok=false.
func parseBlockArg(s string) (n uint64, latest bool, err error) {
	switch strings.TrimSpace(s) {
	case "":
		return 0, false, usageErrorf("anchor verify: --block N is required (a child block number, or latest)")
	case "latest":
		return 0, true, nil
	}
	n, err = strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil || n == 0 {
		return 0, false, usageErrorf("--block %q: expected a child block number >= 1, or latest", s)
	}
	return n, false, nil
}

func anchorVerify(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	n, latest, err := parseBlockArg(c.String("block"))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	parent, child, nw, err := anchorConns(ctx, c)
	if err != nil {
		return err
	}
	defer parent.Close()
	defer child.Close()
	if latest {
		s, err := readAnchorState(ctx, parent, child, nw.Anchor)
		if err != nil {
			return err
		}
		if s.LatestAnchoredBlock == 0 {
			return fmt.Errorf("--block latest: anchor %s holds no anchor yet", nw.Anchor.Hex())
		}
		n = s.LatestAnchoredBlock
	}
	v, err := anchor.Verify(ctx, parent, child, nw.Anchor, n)
	if err != nil {
		return fmt.Errorf("anchor verify --block %d: %w", n, err)
	}
	if c.Bool("json") {
		if err := writeJSON(c.App.Writer, v); err != nil {
			return err
		}
	} else {
		printVerification(c.App.Writer, v)
	}
	if v.Result != anchor.ResultMatch {
		// The result is printed; the exit status tells scripts.
		return cli.Exit("", 1)
	}
	return nil
}

func printVerification(w io.Writer, v *anchor.Verification) {
	switch v.Result {
	case anchor.ResultNotAnchored:
		fmt.Fprintf(w, "child block %d: not anchored\n", v.Block)
		return
	case anchor.ResultMatch:
		fmt.Fprintf(w, "child block %d: match\n", v.Block)
	default:
		fmt.Fprintf(w, "child block %d: MISMATCH\n", v.Block)
	}
	if v.Anchored != nil {
		fmt.Fprintf(w, "  anchored in parent block %d, finalised by %s: block hash %s, %d blocks, %d txs\n",
			v.AnchoredAt, v.FinalizedBy.Hex(), v.Anchored.BlockHash.Hex(), v.Anchored.BlockCount, v.Anchored.TxCount)
	}
	for _, m := range v.Mismatches {
		fmt.Fprintf(w, "  %s: anchored %s, child chain %s\n", m.Field, m.Anchored, m.Actual)
	}
}
