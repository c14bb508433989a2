package main

import (
	"context"
	"crypto/ecdsa"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridgenet"
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
	return withPair(c, need{parent: true, child: true, bridges: true}, false, func(ctx context.Context, p *bridgenet.Pair, _ *ecdsa.PrivateKey) error {
		rep, err := status.Read(ctx, p)
		if err != nil {
			return err
		}
		return output(c, rep, func(w io.Writer) { rep.WriteText(w) })
	})
}
