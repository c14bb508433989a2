package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/bridgenet"
)

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

// anchorNeed is what the anchor commands need of the network.
var anchorNeed = need{parent: true, child: true, anchor: true}

func anchorStatus(c *cli.Context) error {
	return withPair(c, anchorNeed, false, func(ctx context.Context, p *bridgenet.Pair, _ *ecdsa.PrivateKey) error {
		s, err := anchor.ReadStatus(ctx, p.Parent, p.Child, p.Anchor)
		if err != nil {
			return fmt.Errorf("parent chain: %w", err)
		}
		return output(c, s, func(w io.Writer) { anchor.WriteStatus(w, s) })
	})
}

func anchorVerify(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	arg := strings.TrimSpace(c.String("block"))
	n, err := strconv.ParseUint(arg, 10, 64)
	switch {
	case arg == "":
		return usageErrorf("anchor verify: --block N is required (a child block number, or latest)")
	case arg != "latest" && (err != nil || n == 0):
		return usageErrorf("--block %q: expected a child block number >= 1, or latest", c.String("block"))
	}
	return withPair(c, anchorNeed, false, func(ctx context.Context, p *bridgenet.Pair, _ *ecdsa.PrivateKey) error {
		var v *anchor.Verification
		var err error
		if arg == "latest" {
			v, err = anchor.VerifyLatest(ctx, p.Parent, p.Child, p.Anchor)
		} else {
			v, err = anchor.Verify(ctx, p.Parent, p.Child, p.Anchor, n)
		}
		if err != nil {
			return fmt.Errorf("anchor verify --block %s: %w", arg, err)
		}
		if err := output(c, v, func(w io.Writer) { anchor.WriteVerification(w, v) }); err != nil {
			return err
		}
		if v.Result != anchor.ResultMatch {
			return cli.Exit("", 1) // the result is printed; the exit status tells scripts
		}
		return nil
	})
}
