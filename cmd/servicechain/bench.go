package main

// `servicechain bench`: a burst of transfers against a running bridge, with
// latency, throughput and gas read from the chains (internal/bench).

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bench"
	"github.com/servicechain/servicechain/internal/devnet"
)

var benchCommand = &cli.Command{
	Name:      "bench",
	Usage:     "send a burst of native transfers through a running bridge and report latency, throughput and gas",
	ArgsUsage: " ",
	Description: `Sends --count requestNativeTransfer calls from several funded accounts at once
(one nonce stream per account), waits until the other chain's bridge has handled
all of them, and reads from the chains: request-to-handle latency (request block
timestamp to handle block timestamp, and in destination blocks), transfers per
second (transfers / time from the first request's block to the last handle's
block), and the operators' handle-vote gas per transfer, for single votes and for
batched votes. k of n is read from the destination bridge.

The chains: --devnet DIR (a running "servicechain devnet --datadir DIR"; its
funded dev accounts send the burst), or --parent-rpc/--child-rpc,
--parent-bridge/--child-bridge and --key/--keys-file.

--drain times a backlog: stop every bridge node first; bench sends the burst,
writes --ready-file (if given) and prints "backlog ready", then waits while you
start the nodes, and reports the time from the first operator transaction to
the last handle.

bench assumes no other traffic on the bridges while it runs.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "devnet", Usage: "take RPC URLs, bridges and funded accounts from `DIR`/devnet.json"},
		&cli.StringFlag{Name: "parent-rpc", Usage: "parent chain JSON-RPC `URL` (http(s):// or ws(s)://)"},
		&cli.StringFlag{Name: "child-rpc", Usage: "service (child) chain JSON-RPC `URL`"},
		&cli.StringFlag{Name: "parent-bridge", Usage: "Bridge contract `ADDRESS` on the parent chain"},
		&cli.StringFlag{Name: "child-bridge", Usage: "Bridge contract `ADDRESS` on the child chain"},
		&cli.StringSliceFlag{Name: "key", Usage: "hex private `KEY` of a funded sender account (repeat for several; funded on the source chain(s))"},
		&cli.StringFlag{Name: "keys-file", Usage: "read sender private keys from `FILE`, one hex key per line"},
		&cli.IntFlag{Name: "accounts", Usage: "with --devnet: send from the first `N` dev accounts (default: all)"},
		&cli.IntFlag{Name: "count", Value: 1000, Usage: "transfers per direction"},
		&cli.StringFlag{Name: "from", Value: "parent", Usage: "source chain: parent, child or both (both directions at once)"},
		&cli.StringFlag{Name: "value", Value: "1000000000", Usage: "amount of each transfer in `WEI`"},
		&cli.StringFlag{Name: "to", Usage: "recipient `ADDRESS` of every transfer (default: each sender itself)"},
		&cli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, Usage: "give up when the burst is not handled within this time"},
		&cli.StringFlag{Name: "out", Usage: "write the results as JSON to `FILE`"},
		&cli.BoolFlag{Name: "json", Usage: "print the JSON report instead of the table"},
		&cli.BoolFlag{Name: "drain", Usage: "backlog mode: the bridge nodes are stopped; start them when bench prints \"backlog ready\""},
		&cli.StringFlag{Name: "ready-file", Usage: "with --drain: create `FILE` when the backlog is complete (for scripts that start the nodes)"},
	},
	Action: benchRun,
}

// benchNet is what bench needs to know about the chains.
type benchNet struct {
	rpc     map[string]string
	bridges map[string]common.Address
	senders []*ecdsa.PrivateKey
}

func benchResolve(c *cli.Context) (*benchNet, error) {
	n := &benchNet{rpc: map[string]string{}, bridges: map[string]common.Address{}}
	if dir := c.String("devnet"); dir != "" {
		for _, f := range []string{"parent-rpc", "child-rpc", "parent-bridge", "child-bridge"} {
			if c.IsSet(f) {
				return nil, usageErrorf("bench: give either --devnet DIR or --%s, not both", f)
			}
		}
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		n.rpc["parent"], n.rpc["child"] = info.Parent.HTTP, info.Child.HTTP
		n.bridges["parent"], n.bridges["child"] = info.Contracts.ParentBridge, info.Contracts.ChildBridge
		accts := info.Accounts
		if a := c.Int("accounts"); c.IsSet("accounts") {
			if a < 1 || a > len(accts) {
				return nil, usageErrorf("bench: --accounts %d: expected 1 to %d (the devnet's dev accounts)", a, len(accts))
			}
			accts = accts[:a]
		}
		for i, a := range accts {
			k, err := crypto.HexToECDSA(strings.TrimPrefix(a.PrivateKey, "0x"))
			if err != nil {
				return nil, fmt.Errorf("bench: %s: dev account %d key: %w", dir, i, err)
			}
			n.senders = append(n.senders, k)
		}
	} else {
		if c.IsSet("accounts") {
			return nil, usageErrorf("bench: --accounts needs --devnet DIR")
		}
		var missing []string
		for _, side := range []string{"parent", "child"} {
			n.rpc[side] = c.String(side + "-rpc")
			if n.rpc[side] == "" {
				missing = append(missing, "--"+side+"-rpc URL")
			}
			s := c.String(side + "-bridge")
			if s == "" {
				missing = append(missing, "--"+side+"-bridge ADDRESS")
				continue
			}
			if !common.IsHexAddress(s) {
				return nil, usageErrorf("bench: --%s-bridge %q: expected a 0x-prefixed 20-byte hex address", side, s)
			}
			n.bridges[side] = common.HexToAddress(s)
		}
		if len(missing) > 0 {
			return nil, usageErrorf("bench: give --devnet DIR, or %s", strings.Join(missing, ", "))
		}
	}
	keys := append([]string(nil), c.StringSlice("key")...)
	if f := c.String("keys-file"); f != "" {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("bench: --keys-file: %w", err)
		}
		defer fh.Close()
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				keys = append(keys, l)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("bench: --keys-file %s: %w", f, err)
		}
	}
	if len(keys) > 0 {
		n.senders = nil // explicit keys replace the devnet accounts
	}
	for i, s := range keys {
		k, err := crypto.HexToECDSA(strings.TrimPrefix(s, "0x"))
		if err != nil {
			return nil, usageErrorf("bench: sender key %d: expected 32 bytes of hex: %v", i+1, err)
		}
		n.senders = append(n.senders, k)
	}
	if len(n.senders) == 0 {
		return nil, usageErrorf("bench: no sender accounts: give --devnet DIR, --key HEX or --keys-file FILE")
	}
	return n, nil
}

func benchRun(c *cli.Context) error {
	if c.Args().Present() {
		return usageErrorf("bench: unexpected argument %q", c.Args().First())
	}
	count := c.Int("count")
	if count < 1 {
		return usageErrorf("bench: --count %d: expected at least 1", count)
	}
	var sides []string
	switch from := c.String("from"); from {
	case "parent", "child":
		sides = []string{from}
	case "both":
		sides = []string{"parent", "child"}
	default:
		return usageErrorf("bench: --from %q: expected parent, child or both", from)
	}
	value, ok := new(big.Int).SetString(c.String("value"), 10)
	if !ok || value.Sign() <= 0 {
		return usageErrorf("bench: --value %q: expected a positive integer amount in wei", c.String("value"))
	}
	var to common.Address
	if s := c.String("to"); s != "" {
		if !common.IsHexAddress(s) {
			return usageErrorf("bench: --to %q: expected a 0x-prefixed 20-byte hex address", s)
		}
		to = common.HexToAddress(s)
	}
	if c.Duration("timeout") <= 0 {
		return usageErrorf("bench: --timeout %s: expected a positive duration", c.Duration("timeout"))
	}
	if c.IsSet("ready-file") && !c.Bool("drain") {
		return usageErrorf("bench: --ready-file needs --drain")
	}
	bn, err := benchResolve(c)
	if err != nil {
		return err
	}
	ctx := c.Context
	clients := map[string]*ethclient.Client{}
	for _, side := range []string{"parent", "child"} {
		dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		cl, err := ethclient.DialContext(dctx, bn.rpc[side])
		cancel()
		if err != nil {
			return fmt.Errorf("bench: %s chain %s: %w", side, bn.rpc[side], err)
		}
		defer cl.Close()
		clients[side] = cl
	}
	dstOf := map[string]string{"parent": "child", "child": "parent"}
	errw := c.App.ErrWriter
	var logMu sync.Mutex
	logf := func(format string, args ...any) {
		logMu.Lock()
		defer logMu.Unlock()
		fmt.Fprintf(errw, "bench: "+format+"\n", args...)
	}
	var readyMu sync.Mutex
	readyLeft := len(sides)
	ready := func(s *bench.Sent) {
		readyMu.Lock()
		defer readyMu.Unlock()
		readyLeft--
		if !c.Bool("drain") || readyLeft > 0 {
			return
		}
		logf("backlog ready: %d requests per direction are on chain; start the bridge nodes now", count)
		if f := c.String("ready-file"); f != "" {
			if err := os.WriteFile(f, []byte(time.Now().Format(time.RFC3339Nano)+"\n"), 0o644); err != nil {
				logf("could not write --ready-file %s: %v", f, err)
			}
		}
	}
	report := &bench.Report{Started: time.Now().UTC().Format(time.RFC3339), Count: count}
	results := make([]*bench.Result, len(sides))
	errs := make([]error, len(sides))
	var wg sync.WaitGroup
	for i, side := range sides {
		wg.Add(1)
		go func(i int, src string) {
			defer wg.Done()
			dst := dstOf[src]
			results[i], errs[i] = bench.Run(ctx, bench.Options{
				Src:     bench.Chain{Name: src, Client: clients[src], Bridge: bn.bridges[src]},
				Dst:     bench.Chain{Name: dst, Client: clients[dst], Bridge: bn.bridges[dst]},
				Senders: bn.senders, Count: count, Value: value, Recipient: to,
				Timeout: c.Duration("timeout"), Drain: c.Bool("drain"), Ready: ready, Logf: logf,
			})
		}(i, side)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	report.Results = results
	if f := c.String("out"); f != "" {
		if err := report.WriteJSON(f); err != nil {
			return err
		}
	}
	if c.Bool("json") {
		return report.Encode(c.App.Writer)
	}
	return bench.PrintTable(c.App.Writer, results)
}
