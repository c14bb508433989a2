package status

// `status` reads the Bridge views through the typed client of
// contracts/client, whose errors name the contract, its address and the
// view; bridgeErr adds the chain and asks whether the address is a Bridge.

import (
	"fmt"

	"github.com/servicechain/servicechain/internal/bridgenet"
)

// bridgeErr wraps the error of a view of a Bridge on cc: "child bridge:
// Bridge 0x…: getOperatorList: <cause> (is it a servicechain Bridge on the
// child chain at <url>?)".
func bridgeErr(cc *bridgenet.Conn, err error) error {
	return fmt.Errorf("%s bridge: %w (is it a servicechain Bridge on the %s chain at %s?)", cc.Name, err, cc.Name, cc.URL)
}
