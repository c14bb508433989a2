package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/transfer"
)

// transferCommand is `servicechain transfer`: one request, followed until
// the other chain has handled it.
var transferCommand = &cli.Command{
	Name:      "transfer",
	Usage:     "move native coin, ERC-20 or ERC-721 across the bridge and wait until it arrives",
	ArgsUsage: " ",
	Description: `Sends one transfer request to the source chain's Bridge and follows it: the
request (tx, request nonce, block), the operators' votes on the destination
(k of the threshold), the handle (tx, block) and the latency, read from the
chains: seconds from the request block's timestamp to the handle block's,
and destination blocks from the head before the request was sent to the
handle's block.

Amounts: --native in ether units (1.5 = 1.5 * 10^18 wei); --erc20 in whole
tokens with the token's decimals() (1.5 of an 18-decimal token = 1.5 * 10^18
units). The bridge fee (nativeFee / erc20Fee) is paid on top.

ERC-20 and ERC-721 use approve + request (two transactions) unless
--one-step (ERC-1363 transferAndCall / safeTransferFrom, one transaction).

Examples, against a devnet started with --datadir /tmp/dn:
   servicechain transfer --devnet /tmp/dn --account 1 --from parent --native --amount 1.5
   servicechain transfer --devnet /tmp/dn --account 0 --from parent --erc20 0xParentToken --amount 100 --to 0x...
   servicechain transfer --devnet /tmp/dn --account 0 --from child --erc721 0xChildNFT --token-id 7 --mint`,
	Flags: append(append([]cli.Flag{
		&cli.StringFlag{Name: "from", Usage: "source `CHAIN`: parent or child"},
		&cli.BoolFlag{Name: "native", Usage: "transfer the native coin"},
		&cli.StringFlag{Name: "erc20", Usage: "transfer this ERC-20 token (its `ADDRESS` on the source chain)"},
		&cli.StringFlag{Name: "erc721", Usage: "transfer this ERC-721 token (its `ADDRESS` on the source chain)"},
		&cli.StringFlag{Name: "amount", Usage: "`AMOUNT` for --native (ether units) and --erc20 (token units, decimals allowed, e.g. 1.5)"},
		&cli.StringFlag{Name: "token-id", Usage: "ERC-721 token `ID` (decimal or 0x hex)"},
		&cli.StringFlag{Name: "to", Usage: "recipient `ADDRESS` on the destination chain (default: the sender's own address)"},
		&cli.BoolFlag{Name: "one-step", Usage: "ERC-20/ERC-721: one transaction (transferAndCall / safeTransferFrom) instead of approve + request"},
		&cli.BoolFlag{Name: "mint", Usage: "ERC-721: first mint --token-id to the sender (the key needs MINTER_ROLE, as devnet account 0 has)"},
		&cli.StringFlag{Name: "token-uri", Usage: "ERC-721 with --mint: token `URI` (default https://example.com/nft/ID)"},
		&cli.DurationFlag{Name: "timeout", Value: 2 * time.Minute, Usage: "give up waiting after this `DURATION` (the request stays on chain and will still be handled)"},
		&cli.BoolFlag{Name: "json", Usage: "print the result as JSON (progress goes to standard error)"},
	}, keyFlags("sender's", true)...), netFlags(false)...),
	Action: transferRun,
}

// transferRun checks the flags (usage errors before any chain is
// contacted), then runs the transfer, printing its progress events.
func transferRun(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	s := transfer.Spec{From: c.String("from"), Native: c.Bool("native"), ERC20: given(c, "erc20", c.String("erc20")), ERC721: given(c, "erc721", c.String("erc721")),
		Amount: c.String("amount"), TokenID: c.String("token-id"), To: given(c, "to", c.String("to")), OneStep: c.Bool("one-step"),
		Mint: c.Bool("mint"), TokenURI: c.String("token-uri"), Timeout: c.Duration("timeout")}
	if err := s.Check(); err != nil {
		return err
	}
	sigCtx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(sigCtx, s.Timeout)
	defer cancel()
	p, key, err := openPair(ctx, c, need{parent: true, child: true, bridges: true}, true)
	if err != nil {
		return err
	}
	defer p.Close()
	progress := c.App.Writer
	if c.Bool("json") {
		progress = c.App.ErrWriter // the handled and latency lines are in the JSON
	}
	res, err := transfer.Run(ctx, p, key, s, func(e transfer.Event) {
		if !c.Bool("json") || e.Stage != transfer.Handled {
			fmt.Fprintln(progress, e)
		}
	})
	if res != nil && c.Bool("json") {
		if jerr := writeJSON(c.App.Writer, res); err == nil {
			return jerr
		}
	}
	return err
}
