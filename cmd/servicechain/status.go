package main

import (
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/anchor"
	"github.com/servicechain/servicechain/internal/status"
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

func statusRun(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	p, _, err := openPair(ctx, c, need{parent: true, child: true, bridges: true}, false)
	if err != nil {
		return err
	}
	defer p.Close()
	rep, err := status.Read(ctx, p)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, rep)
	}
	rep.WriteText(c.App.Writer)
	if rep.Anchor != nil {
		fmt.Fprintln(c.App.Writer)
		anchor.WriteStatus(c.App.Writer, rep.Anchor)
	}
	return nil
}
