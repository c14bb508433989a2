package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Admin JSON-RPC methods the console calls on a bridge node (README.md,
// "Metrics and admin endpoints"); their JSON shapes are decoded by the
// structs below, which name only the fields the console shows.
const (
	methodBridgeStatus = "bridge_status"
	methodAnchorStatus = "anchor_status"
	methodAnchorVerify = "anchor_verify"
)

// errNoAdmin: the node has no admin URL configured.
var errNoAdmin = errors.New("no admin URL configured")

// adminClient talks to one node's admin JSON-RPC API and /readyz, with the
// node's bearer token when it has one. The token stays in this struct.
type adminClient struct {
	name    string
	timeout time.Duration
	httpc   *http.Client

	mu       sync.Mutex
	admin    string // URL
	metrics  string // base URL
	token    string
	operator common.Address
	rc       *rpc.Client
}

func newAdminClient(n NodeConfig, timeout time.Duration) *adminClient {
	a := &adminClient{name: n.Name, timeout: timeout, httpc: &http.Client{Timeout: timeout}, token: n.Token, operator: n.Operator}
	a.setURLs(n.Admin, n.Metrics)
	return a
}

// setURLs changes the node's URLs (a devnet node restarted on other ports).
func (a *adminClient) setURLs(admin, metrics string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if admin != "" {
		admin = adminURL(admin)
	}
	if admin == a.admin && metrics == a.metrics {
		return
	}
	a.admin, a.metrics = admin, strings.TrimRight(metrics, "/")
	if a.rc != nil {
		a.rc.Close()
		a.rc = nil
	}
}

// setToken changes the node's bearer token (a devnet node wrote its token
// file after the console started); "" keeps the current one.
func (a *adminClient) setToken(token string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if token == "" || token == a.token {
		return
	}
	a.token = token
	if a.rc != nil {
		a.rc.Close()
		a.rc = nil
	}
}

func (a *adminClient) client(ctx context.Context) (*rpc.Client, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.admin == "" {
		return nil, errNoAdmin
	}
	if a.rc != nil {
		return a.rc, nil
	}
	var opts []rpc.ClientOption
	if a.token != "" {
		opts = append(opts, rpc.WithHeader("Authorization", "Bearer "+a.token))
	}
	rc, err := rpc.DialOptions(ctx, a.admin, opts...)
	if err != nil {
		return nil, fmt.Errorf("admin API %s: %w", a.admin, err)
	}
	a.rc = rc
	return rc, nil
}

// call runs one admin JSON-RPC method.
func (a *adminClient) call(ctx context.Context, result any, method string, args ...any) error {
	rc, err := a.client(ctx)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	if err := rc.CallContext(ctx, result, method, args...); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	return nil
}

// readyz asks the node's /readyz: ready, or the reasons it gives.
func (a *adminClient) readyz(ctx context.Context) (bool, []string, error) {
	a.mu.Lock()
	base, token := a.metrics, a.token
	a.mu.Unlock()
	if base == "" {
		return false, nil, errors.New("no metrics URL configured")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/readyz", nil)
	if err != nil {
		return false, nil, err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := a.httpc.Do(req)
	if err != nil {
		return false, nil, fmt.Errorf("/readyz: %w", err)
	}
	defer resp.Body.Close()
	var reasons []string
	sc := bufio.NewScanner(io.LimitReader(resp.Body, 64<<10))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && l != "ready" {
			reasons = append(reasons, l)
		}
	}
	if resp.StatusCode == http.StatusOK {
		return true, nil, nil
	}
	if len(reasons) == 0 {
		reasons = []string{fmt.Sprintf("/readyz answered %s", resp.Status)}
	}
	return false, reasons, nil
}

// isMethodNotFound reports a JSON-RPC "method not found" (-32601): the
// node does not serve that namespace (for example anchoring is off).
func isMethodNotFound(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32601
}

// bridgeStatusJSON is the part of bridge_status the console reads.
type bridgeStatusJSON struct {
	Node         string   `json:"node"`
	Ready        bool     `json:"ready"`
	NotReady     []string `json:"notReady"`
	VotingPaused bool     `json:"votingPaused"`
	Chains       []struct {
		Name       string         `json:"name"`
		Head       uint64         `json:"head"`
		HeadAgeNs  int64          `json:"headAgeNs"`
		Operator   common.Address `json:"operator"`
		Balance    string         `json:"balanceWei"`
		Funded     bool           `json:"funded"`
		PendingTxs int            `json:"pendingTxs"`
		Endpoints  []Endpoint     `json:"endpoints"`
	} `json:"chains"`
	Directions []NodeDirection `json:"directions"`
}

// anchorStatusJSON is the node part of anchor_status.
type anchorStatusJSON struct {
	Operator common.Address `json:"operator"`
	NodeAnchoring
}

// status asks the node for bridge_status and anchor_status (falling back to
// /readyz when the admin API does not answer).
func (a *adminClient) status(ctx context.Context, now time.Time) NodeView {
	a.mu.Lock()
	v := NodeView{Name: a.name, Operator: a.operator, CheckedAt: now}
	a.mu.Unlock()
	var st bridgeStatusJSON
	err := a.call(ctx, &st, methodBridgeStatus)
	if err != nil {
		v.Error = err.Error()
		ready, reasons, rerr := a.readyz(ctx)
		switch {
		case rerr == nil:
			v.Reachable, v.Ready, v.NotReady = true, ready, reasons
		case errors.Is(err, errNoAdmin):
			v.Error = rerr.Error()
			v.NotReady = []string{"node not reachable: " + rerr.Error()}
		default:
			v.NotReady = []string{"node not reachable: " + err.Error()}
		}
		return v
	}
	v.Reachable, v.Ready, v.NotReady, v.VotingPaused = true, st.Ready, st.NotReady, st.VotingPaused
	for _, c := range st.Chains {
		if v.Operator == (common.Address{}) {
			v.Operator = c.Operator
		}
		v.Chains = append(v.Chains, NodeChain{Name: c.Name, Head: c.Head, HeadAgeSeconds: time.Duration(c.HeadAgeNs).Seconds(),
			BalanceWei: c.Balance, Funded: c.Funded, PendingTxs: c.PendingTxs, Endpoints: c.Endpoints})
	}
	v.Directions = st.Directions
	if v.Operator != (common.Address{}) {
		a.mu.Lock()
		a.operator = v.Operator
		a.mu.Unlock()
	}
	var as anchorStatusJSON
	if err := a.call(ctx, &as, methodAnchorStatus); err == nil {
		na := as.NodeAnchoring
		v.Anchoring = &na
	} else if !isMethodNotFound(err) {
		v.Error = err.Error()
	}
	return v
}

func (a *adminClient) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.rc != nil {
		a.rc.Close()
		a.rc = nil
	}
}
