package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/deploy"
	"github.com/servicechain/servicechain/internal/transfer"
)

var (
	bridgeABI = bindings.NewBridge()
	tokenABI  = bindings.NewServiceChainToken()
	nftABI    = bindings.NewServiceChainNFT()
	anchorABI = bindings.NewAnchor()
)

// transferPoll is how often the destination is polled for votes and the
// handle, and receipts for mining.
const transferPoll = 200 * time.Millisecond

// transferCommand is `servicechain transfer`: one request, followed until
// the other chain has handled it.
var transferCommand = &cli.Command{
	Name:      "transfer",
	Usage:     "move native coin, ERC-20 or ERC-721 across the bridge and wait until it arrives",
	ArgsUsage: " ",
	Description: `Sends one transfer request to the source chain's Bridge and follows it: the
request (tx, request nonce, block), the operators' votes on the destination
(k of the threshold), the handle (tx, block) and the latency (seconds from
the mined request to the observed handle, and destination blocks).

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

// transferArgs are the checked flags of a transfer, before any chain is
// contacted.
type transferArgs struct {
	From     string // parent or child
	Kind     string // native, erc20 or erc721
	Token    common.Address
	Amount   string   // as given (native, erc20)
	Value    *big.Int // wei for native; nil for erc20 until decimals are known
	TokenID  *big.Int // erc721
	To       common.Address
	HasTo    bool
	OneStep  bool
	Mint     bool
	TokenURI string
	Timeout  time.Duration
}

// parseTransferArgs checks the flags of `transfer` (usage errors, exit 2).
func parseTransferArgs(c *cli.Context) (*transferArgs, error) {
	if err := noArgs(c); err != nil {
		return nil, err
	}
	a := &transferArgs{OneStep: c.Bool("one-step"), Mint: c.Bool("mint"), TokenURI: c.String("token-uri"), Timeout: c.Duration("timeout")}
	var err error
	if a.From, err = parseSide("from", c.String("from"), false); err != nil {
		return nil, err
	}
	var kinds []string
	if c.Bool("native") {
		kinds = append(kinds, "--native")
		a.Kind = "native"
	}
	for _, k := range []string{"erc20", "erc721"} {
		if c.IsSet(k) {
			kinds = append(kinds, "--"+k)
			a.Kind = k
			if a.Token, err = parseAddress(k, c.String(k)); err != nil {
				return nil, err
			}
		}
	}
	switch len(kinds) {
	case 0:
		return nil, usageErrorf("transfer: say what to transfer: --native, --erc20 ADDRESS or --erc721 ADDRESS")
	case 1:
	default:
		return nil, usageErrorf("transfer: give only one of --native, --erc20 and --erc721 (got %s and %s)", kinds[0], kinds[1])
	}
	if a.Kind == "erc721" {
		if c.IsSet("amount") {
			return nil, usageErrorf("--amount: an ERC-721 transfer moves one token; give --token-id N instead")
		}
		if !c.IsSet("token-id") {
			return nil, usageErrorf("--erc721 needs --token-id N")
		}
		if a.TokenID, err = parseTokenID("token-id", c.String("token-id")); err != nil {
			return nil, err
		}
	} else {
		if c.IsSet("token-id") {
			return nil, usageErrorf("--token-id goes with --erc721; use --amount for --%s", a.Kind)
		}
		if c.IsSet("mint") || c.IsSet("token-uri") {
			return nil, usageErrorf("--mint and --token-uri go with --erc721")
		}
		if !c.IsSet("amount") {
			return nil, usageErrorf("--%s needs --amount (for example --amount 1.5)", a.Kind)
		}
		a.Amount = c.String("amount")
		if a.Kind == "native" {
			if a.OneStep {
				return nil, usageErrorf("--one-step goes with --erc20 and --erc721 (a native transfer is always one transaction)")
			}
			if a.Value, err = parsePositiveAmount("amount", a.Amount, 18); err != nil {
				return nil, err
			}
		} else if _, err := parsePositiveAmount("amount", a.Amount, 255); err != nil {
			// The token's decimals are checked once read from the chain.
			return nil, err
		}
	}
	if c.IsSet("token-uri") && !a.Mint {
		return nil, usageErrorf("--token-uri goes with --mint")
	}
	if c.IsSet("to") {
		if a.To, err = parseAddress("to", c.String("to")); err != nil {
			return nil, err
		}
		if a.To == (common.Address{}) {
			return nil, usageErrorf("--to %q: the zero address would burn the transfer", c.String("to"))
		}
		a.HasTo = true
	}
	if a.Timeout <= 0 {
		return nil, usageErrorf("--timeout %s: expected a positive duration such as 2m", a.Timeout)
	}
	return a, nil
}

// transferResult is what `transfer --json` prints.
type transferResult struct {
	Direction string          `json:"direction"` // parent-to-child or child-to-parent
	Kind      string          `json:"kind"`      // native, erc20 or erc721
	Token     *common.Address `json:"token,omitempty"`
	Amount    string          `json:"amount,omitempty"` // as given: ether or token units
	Value     string          `json:"value"`            // wei, smallest token unit, or the token id
	Sender    common.Address  `json:"sender"`
	Recipient common.Address  `json:"recipient"`

	RequestTx    common.Hash `json:"requestTx"`
	RequestNonce uint64      `json:"requestNonce"`
	RequestBlock uint64      `json:"requestBlock"`

	Votes     int   `json:"votes"`     // distinct operators that voted on the destination
	Threshold uint8 `json:"threshold"` // votes needed
	Operators int   `json:"operators"` // registered operators on the destination bridge

	Handled     bool        `json:"handled"`
	HandleTx    common.Hash `json:"handleTx,omitempty"`
	HandleBlock uint64      `json:"handleBlock,omitempty"`
	// LatencySeconds runs from the moment this command saw the request
	// mined to the moment it saw the handle (polling every 200 ms).
	LatencySeconds float64 `json:"latencySeconds"`
	// LatencyBlocks is the handle block minus the destination head when the
	// request was seen mined.
	LatencyBlocks uint64 `json:"latencyBlocks"`
}

func transferRun(c *cli.Context) error {
	a, err := parseTransferArgs(c)
	if err != nil {
		return err
	}
	nw, err := resolveNetwork(c, need{parent: true, child: true, bridges: true})
	if err != nil {
		return err
	}
	key, err := loadKey(c, nw.Devnet)
	if err != nil {
		return err
	}
	sigCtx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(sigCtx, a.Timeout)
	defer cancel()

	dstName := other(a.From)
	src, err := dial(ctx, a.From, nw.rpc(a.From))
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := dial(ctx, dstName, nw.rpc(dstName))
	if err != nil {
		return err
	}
	defer dst.Close()
	srcBridge, dstBridge := nw.bridge(a.From), nw.bridge(dstName)
	sender := crypto.PubkeyToAddress(key.PublicKey)
	if !a.HasTo {
		a.To = sender
	}
	progress := c.App.Writer
	if c.Bool("json") {
		progress = c.App.ErrWriter
	}
	res := &transferResult{Kind: a.Kind, Amount: a.Amount, Sender: sender, Recipient: a.To}
	res.Direction = bridge.ParentToChild
	if a.From == "child" {
		res.Direction = bridge.ChildToParent
	}
	if a.Kind != "native" {
		tok := a.Token
		res.Token = &tok
	}

	ops, err := bind.Call(bridgeABI.Instance(dst, dstBridge), &bind.CallOpts{Context: ctx}, bridgeABI.PackGetOperatorList(), bridgeABI.UnpackGetOperatorList)
	if err != nil {
		return fmt.Errorf("%s bridge %s: reading the operator list: %w (is it a Bridge contract?)", dstName, dstBridge, err)
	}
	res.Operators = len(ops)

	auth := transactor(key, src)
	what := ""
	switch a.Kind {
	case "native":
		what = a.Amount + " native coin"
	case "erc20":
		inst := tokenABI.Instance(src, a.Token)
		dec, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, tokenABI.PackDecimals(), tokenABI.UnpackDecimals)
		if err != nil {
			return fmt.Errorf("--erc20 %s: reading decimals() on the %s chain: %w (is it an ERC-20 token on the %s chain?)", a.Token.Hex(), a.From, err, a.From)
		}
		if a.Value, err = parsePositiveAmount("amount", a.Amount, int(dec)); err != nil {
			return err
		}
		sym, _ := bind.Call(inst, &bind.CallOpts{Context: ctx}, tokenABI.PackSymbol(), tokenABI.UnpackSymbol)
		what = fmt.Sprintf("%s %s (%s units, %d decimals)", a.Amount, sym, a.Value, dec)
	case "erc721":
		a.Value = a.TokenID
		what = "ERC-721 token id " + a.TokenID.String()
		if a.Mint {
			uri := a.TokenURI
			if uri == "" {
				uri = "https://example.com/nft/" + a.TokenID.String()
			}
			rcpt, err := deploy.Send(ctx, src, auth, fmt.Sprintf("mint token id %s of %s to %s", a.TokenID, a.Token, sender),
				a.Token, nftABI.PackMintWithTokenURI(sender, a.TokenID, uri), nil)
			if err != nil {
				return fmt.Errorf("--mint: %w", err)
			}
			fmt.Fprintf(progress, "minted     token id %s to %s on %s (tx %s, block %s)\n", a.TokenID, sender.Hex(), a.From, rcpt.TxHash.Hex(), rcpt.BlockNumber)
		}
	}
	res.Value = a.Value.String()

	// Votes are looked for from the destination head before the request.
	fromBlock, err := dst.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("%s chain at %s: %w", dstName, dst.URL, err)
	}
	var tx *types.Transaction
	switch a.Kind {
	case "native":
		tx, err = transfer.Native(ctx, src, auth, srcBridge, a.To, a.Value, nil, nil)
	case "erc20":
		tx, err = transfer.ERC20(ctx, src, auth, srcBridge, a.Token, a.To, a.Value, a.OneStep, nil)
	case "erc721":
		tx, err = transfer.ERC721(ctx, src, auth, srcBridge, a.Token, a.To, a.TokenID, a.OneStep, nil)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(progress, "sent       %s from %s to %s on %s: tx %s\n", what, a.From, a.To.Hex(), dstName, tx.Hash().Hex())
	rcpt, err := waitReceipt(ctx, src, tx.Hash())
	if err != nil {
		return fmt.Errorf("request tx %s: %w", tx.Hash().Hex(), err)
	}
	req, err := transfer.RequestFromReceipt(rcpt, srcBridge)
	if err != nil {
		return err
	}
	t0 := time.Now()
	dstHead, err := dst.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("%s chain at %s: %w", dstName, dst.URL, err)
	}
	res.RequestTx, res.RequestNonce, res.RequestBlock = req.TxHash, req.Nonce, req.BlockNumber
	fmt.Fprintf(progress, "requested  nonce %d in %s block %d\n", req.Nonce, a.From, req.BlockNumber)

	p, err := transfer.WaitHandled(ctx, dst, dstBridge, req.Nonce, fromBlock, transferPoll, func(p *transfer.Progress) {
		fmt.Fprintf(progress, "votes      %d/%d (%d operators)\n", p.Votes, p.Threshold, res.Operators)
	})
	if p != nil {
		res.Votes, res.Threshold, res.Handled, res.HandleTx, res.HandleBlock = p.Votes, p.Threshold, p.Handled, p.HandleTx, p.HandleBlock
	}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("nonce %d (%s) not handled on the %s chain within --timeout %s (votes %d/%d); the request stays valid: check `servicechain status` later", req.Nonce, res.Direction, dstName, a.Timeout, res.Votes, res.Threshold)
		}
		if c.Bool("json") {
			writeJSON(c.App.Writer, res)
		}
		return err
	}
	res.LatencySeconds = seconds(time.Since(t0))
	if res.HandleBlock > dstHead {
		res.LatencyBlocks = res.HandleBlock - dstHead
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, res)
	}
	printHandled(progress, res, dstName)
	return nil
}

func printHandled(w io.Writer, res *transferResult, dstName string) {
	fmt.Fprintf(w, "handled    in %s block %d: tx %s\n", dstName, res.HandleBlock, res.HandleTx.Hex())
	fmt.Fprintf(w, "latency    %.1f s, %d %s blocks\n", res.LatencySeconds, res.LatencyBlocks, dstName)
}

// waitReceipt polls for a transaction's receipt every transferPoll.
func waitReceipt(ctx context.Context, cc *chainConn, hash common.Hash) (*types.Receipt, error) {
	for {
		r, err := cc.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("not mined: %w", ctx.Err())
		case <-time.After(transferPoll):
		}
	}
}
