// Package bridgenet says where one bridge deployment is (the parent and child
// chains' JSON-RPC URLs, the Bridge contract on each, the Anchor on the
// parent) and connects to its chains with connections that carry their name,
// URL and chain id, so every error about a chain can say which one it is.
// The user-facing packages (transfer, status, owner, deploy) take these
// connections; the command line and the console make them.
package bridgenet

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/redact"
)

// The two chains of a bridge, as users and messages name them.
const (
	Parent = "parent"
	Child  = "child"
)

// Other returns the other chain's name: child for parent, parent otherwise.
func Other(side string) string {
	if side == Parent {
		return Child
	}
	return Parent
}

// Network is where a bridge deployment is. Zero addresses are unknown.
type Network struct {
	ParentRPC, ChildRPC       string
	ParentBridge, ChildBridge common.Address
	Anchor                    common.Address // on the parent chain
}

// RPC returns the RPC URL of side (parent or child).
func (n *Network) RPC(side string) string {
	if side == Parent {
		return n.ParentRPC
	}
	return n.ChildRPC
}

// Bridge returns the Bridge contract on side (parent or child).
func (n *Network) Bridge(side string) common.Address {
	if side == Parent {
		return n.ParentBridge
	}
	return n.ChildBridge
}

// Client is what the user-facing packages need of a chain connection:
// *ethclient.Client and go-ethereum's simulated backend client satisfy it.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
	ethereum.ChainReader
	ethereum.ChainStateReader
}

// Conn is a connection to one chain of a bridge.
type Conn struct {
	// Name is parent or child; URL the endpoint, redacted (redact.URL: no
	// user info, path keys or query values), for messages only.
	Name, URL string
	// ChainID is the chain's id, read when the connection was made.
	ChainID *big.Int
	Client
	close func()
}

// NewConn wraps an open client (a simulated backend's, say) as a connection
// named name; closing the Conn does not close the client.
func NewConn(name, url string, chainID *big.Int, c Client) *Conn {
	return &Conn{Name: name, URL: url, ChainID: chainID, Client: c}
}

// Close closes the connection made by Dial.
func (c *Conn) Close() {
	if c.close != nil {
		c.close()
	}
}

// Errorf returns an error prefixed "<name> chain at <url>: ".
func (c *Conn) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s chain at %s: %w", c.Name, c.URL, fmt.Errorf(format, args...))
}

// Dial connects to the chain called name at url (http(s):// or ws(s)://) and
// reads its chain id within 10 seconds, so an unreachable or wrong URL fails
// here, naming it (redacted: API keys in the URL are never shown). A url
// that is not a URL is an input error.
func Dial(ctx context.Context, name, url string) (*Conn, error) {
	shown := redact.URL(url)
	if !strings.Contains(url, "://") {
		return nil, input.Errorf("%s RPC %q: expected a URL such as http://127.0.0.1:8545", name, shown)
	}
	cl, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%s chain at %s: %w", name, shown, redact.Error(url, err))
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := cl.ChainID(cctx)
	if err != nil {
		cl.Close()
		return nil, fmt.Errorf("%s chain at %s: reading the chain id: %w", name, shown, redact.Error(url, err))
	}
	return &Conn{Name: name, URL: shown, ChainID: id, Client: cl, close: cl.Close}, nil
}

// Pair is both chains of a bridge, connected, with the deployment's addresses.
type Pair struct {
	Network
	Parent, Child *Conn
}

// Connect dials the parent and then the child chain of n (see Dial).
func Connect(ctx context.Context, n Network) (*Pair, error) {
	p := &Pair{Network: n}
	var err error
	if p.Parent, err = Dial(ctx, Parent, n.ParentRPC); err != nil {
		return nil, err
	}
	if p.Child, err = Dial(ctx, Child, n.ChildRPC); err != nil {
		p.Parent.Close()
		return nil, err
	}
	return p, nil
}

// Conn returns the connection to side (parent or child).
func (p *Pair) Conn(side string) *Conn {
	if side == Parent {
		return p.Parent
	}
	return p.Child
}

// Close closes both connections.
func (p *Pair) Close() {
	p.Parent.Close()
	p.Child.Close()
}
