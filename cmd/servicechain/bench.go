package main

// `servicechain bench`: a burst of transfers against a running bridge, with
// latency, throughput and gas read from the chains (internal/bench).

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bench"
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
		&cli.Float64Flag{Name: "hostile", Usage: "fraction `F` of unpayable requests (reverting and gas-burning recipients), followed until refunded"},
	},
	Action: benchRun,
}

func benchRun(c *cli.Context) error {
	if c.Args().Present() {
		return usageErrorf("bench: unexpected argument %q", c.Args().First())
	}
	rep, err := bench.Measure(c.Context, bench.Spec{
		Devnet: c.String("devnet"), Accounts: given(c, "accounts", c.Int("accounts")),
		ParentRPC: c.String("parent-rpc"), ChildRPC: c.String("child-rpc"), ParentBridge: c.String("parent-bridge"), ChildBridge: c.String("child-bridge"),
		Keys: c.StringSlice("key"), KeysFile: c.String("keys-file"),
		Count: c.Int("count"), From: c.String("from"), Value: c.String("value"), To: c.String("to"), Timeout: c.Duration("timeout"),
		Drain: c.Bool("drain"), ReadyFile: c.String("ready-file"), Hostile: c.Float64("hostile"),
		Logf: func(format string, args ...any) { fmt.Fprintf(c.App.ErrWriter, "bench: "+format+"\n", args...) },
	})
	if err != nil {
		return err
	}
	return rep.Output(c.App.Writer, c.String("out"), c.Bool("json"))
}
