// Package console is the operator console of servicechain (issue 15): an HTTP
// server, loopback by default, that serves one live web page and the JSON API
// behind it.
//
// The page shows both chains (head, block time, base fee), each direction's
// requestNonce, lowerHandleNonce and open requests with their age, the recent
// transfers (searchable by tx hash, address or nonce) with every operator's
// vote or skip and the handle, payout failure or refund, a latency chart
// (request to handle, seconds and destination blocks), the operators
// (balances on both chains, funded and ready, last vote, votes and wasted
// votes), the anchoring (latest anchored block, lag, who anchored, and a form
// that verifies a child block against its anchor) and the service-chain
// producer nodes once a ProducerSource exists.
//
// Everything comes from public chain data (the Bridge and Anchor contracts'
// events and views, read over JSON-RPC) and from the bridge nodes' admin
// JSON-RPC APIs (bridge_status, anchor_status), called by the console server
// with the node's bearer token when one is configured: tokens never reach the
// browser.
//
// Use:
//
//	cfg, err := console.FromDevnet("/tmp/dn")      // or console.LoadFile("console.toml")
//	c, err := console.New(cfg)
//	go c.Run(ctx)                                  // serves until ctx ends
//	<-c.Started(); fmt.Println(c.URL())
//
// The page is plain HTML, CSS and ES modules embedded with embed (no build
// step, no npm package); the latency chart is drawn as SVG by the page
// itself. It updates through server-sent events (GET /api/events), without a
// reload.
package console
