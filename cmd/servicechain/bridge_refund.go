package main

// `servicechain bridge refund`: ask a running node to vote a refund now
// (internal/bridge: bridge_refund on its admin endpoint).

import (
	"context"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridge"
)

var bridgeRefundCommand = &cli.Command{
	Name:  "refund",
	Usage: "ask a running node to vote to refund a request now (the refund still needs k of n operators)",
	Description: `The node votes the refund at once, whatever bridge.refund_after says; the destination
refunds (the value goes back to the sender on the source) once k operators voted it.`,
	Flags: []cli.Flag{
		&cli.Uint64Flag{Name: "nonce", Usage: "request `NONCE` on the source bridge", Required: true},
		&cli.StringFlag{Name: "direction", Usage: "`DIRECTION` of the request: parent-to-child or child-to-parent", Required: true},
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "bridge.toml `FILE` of the node"},
		&cli.StringFlag{Name: "admin", Usage: "admin JSON-RPC address `HOST:PORT` of the node"},
		&cli.StringFlag{Name: "token-file", Usage: "admin bearer token `FILE` (default with --config: <datadir>/admin.token)"},
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
	},
	Action: func(c *cli.Context) error {
		if err := noArgs(c); err != nil {
			return err
		}
		if d := c.String("direction"); d != bridge.ParentToChild && d != bridge.ChildToParent {
			return usageErrorf("bridge refund: --direction %q: expected %s or %s", d, bridge.ParentToChild, bridge.ChildToParent)
		}
		addr, token, err := bridge.AdminTarget(c.String("admin"), c.String("config"), c.String("token-file"))
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
		defer cancel()
		v, err := bridge.RequestRefund(ctx, addr, token, c.String("direction"), c.Uint64("nonce"))
		if err != nil {
			return err
		}
		if c.Bool("json") {
			return writeJSON(c.App.Writer, v)
		}
		bridge.WriteRefundVote(c.App.Writer, v)
		return nil
	},
}
