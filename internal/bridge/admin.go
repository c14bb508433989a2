package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/servicechain/servicechain/internal/chain"
	"github.com/servicechain/servicechain/internal/store"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// AdminNamespace is the JSON-RPC namespace of the admin API: methods are
// bridge_status, bridge_openRequests, bridge_reobserve, bridge_pauseVoting and
// bridge_resumeVoting.
const AdminNamespace = "bridge"

// DirectionStatus is one direction's progress as the node last observed it.
type DirectionStatus struct {
	// Name is ParentToChild or ChildToParent.
	Name string `json:"name"`
	// SafeHead is the source block up to which requests may be read (head minus
	// confirmations, or the finalized block).
	SafeHead uint64 `json:"safeHead"`
	// Cursor is the last source block whose request events were read.
	Cursor uint64 `json:"cursor"`
	// RequestNonce is the source bridge's requestNonce (next nonce to assign).
	RequestNonce uint64 `json:"requestNonce"`
	// LowerHandleNonce is the destination bridge's lowerHandleNonce.
	LowerHandleNonce uint64 `json:"lowerHandleNonce"`
	// OpenRequests counts requests the node holds as not yet handled.
	OpenRequests int `json:"openRequests"`
	// OldestOpenAge is how long ago the node first saw its oldest open request.
	OldestOpenAge time.Duration `json:"oldestOpenAgeNs"`
}

// ChainStatus is one chain as the node sees it.
type ChainStatus struct {
	Name string `json:"name"`
	// Head is the latest block number seen, HeadAge the age of its timestamp.
	Head    uint64        `json:"head"`
	HeadAge time.Duration `json:"headAgeNs"`
	// Operator is this node's address on the chain; Balance its balance in wei.
	Operator common.Address `json:"operator"`
	Balance  string         `json:"balanceWei"`
	// Funded is false when the balance is below the configured floor: the node
	// then sends nothing on this chain until topped up.
	Funded bool `json:"funded"`
	// PendingTxs counts transactions sent and not yet mined.
	PendingTxs int `json:"pendingTxs"`
	// Endpoints lists each RPC endpoint with its health.
	Endpoints []EndpointStatus `json:"endpoints"`
}

// EndpointStatus is one RPC endpoint's state.
type EndpointStatus struct {
	URL     string `json:"url"`
	Head    uint64 `json:"head"`
	Healthy bool   `json:"healthy"`
	Active  bool   `json:"active"`
	Error   string `json:"error,omitempty"`
}

// Status is what bridge_status returns and `servicechain bridge status` prints.
type Status struct {
	Node         string            `json:"node"`
	Ready        bool              `json:"ready"`
	NotReady     []string          `json:"notReady,omitempty"`
	VotingPaused bool              `json:"votingPaused"`
	Chains       []ChainStatus     `json:"chains"`
	Directions   []DirectionStatus `json:"directions"`
}

// OpenRequest is one request the node has not yet seen handled.
type OpenRequest struct {
	Direction   string         `json:"direction"`
	Nonce       uint64         `json:"nonce"`
	TxHash      common.Hash    `json:"txHash"`
	BlockNumber uint64         `json:"blockNumber"`
	TokenType   uint8          `json:"tokenType"`
	From        common.Address `json:"from"`
	To          common.Address `json:"to"`
	Token       common.Address `json:"token"`
	Value       string         `json:"valueOrTokenId"`
	State       string         `json:"state"`
	Age         time.Duration  `json:"ageNs"`
}

// Status returns the node's current status.
func (n *Node) Status() Status {
	s := Status{Node: n.cfg.Node.Name, VotingPaused: n.paused.Load()}
	s.NotReady = n.notReadyReasons()
	s.Ready = len(s.NotReady) == 0
	for _, c := range []struct {
		name string
		cl   *chain.Client
		tx   *txmgr.Manager
	}{{"parent", n.parent, n.parentTx}, {"child", n.child, n.childTx}} {
		n.mu.Lock()
		h := n.heads[c.name]
		n.mu.Unlock()
		cs := ChainStatus{Name: c.name, Head: h.number, Operator: c.tx.Address(), Funded: c.tx.Funded(), PendingTxs: c.tx.Pending()}
		if !h.time.IsZero() {
			cs.HeadAge = time.Since(h.time).Round(time.Millisecond)
		}
		if b := c.tx.Balance(); b != nil {
			cs.Balance = b.String()
		}
		active := c.cl.ActiveEndpoint()
		for _, e := range c.cl.Endpoints() {
			es := EndpointStatus{URL: e.URL, Head: e.Head, Healthy: e.Healthy, Active: e.URL == active}
			es.Error = e.LastError
			cs.Endpoints = append(cs.Endpoints, es)
		}
		s.Chains = append(s.Chains, cs)
	}
	for _, d := range n.dirs {
		d.mu.Lock()
		s.Directions = append(s.Directions, d.status)
		d.mu.Unlock()
	}
	return s
}

// notReadyReasons lists why the node is not ready; empty means ready. Ready
// means: both chains answer, each chain's latest block is younger than
// readiness.max_head_lag, no open request is older than
// readiness.max_request_age, and the operator is funded on both chains
// (ARCHITECTURE.md: health that says ok while hours behind is a known complaint).
func (n *Node) notReadyReasons() []string {
	var out []string
	for _, c := range []struct {
		name string
		cl   *chain.Client
		tx   *txmgr.Manager
	}{{"parent", n.parent, n.parentTx}, {"child", n.child, n.childTx}} {
		if !c.cl.Healthy() {
			out = append(out, c.name+" chain unreachable")
			continue
		}
		n.mu.Lock()
		h := n.heads[c.name]
		n.mu.Unlock()
		if h.time.IsZero() {
			out = append(out, c.name+" head not read yet")
		} else if age := time.Since(h.time); age > n.cfg.Readiness.MaxHeadLag {
			out = append(out, fmt.Sprintf("%s head block %d is %s old (limit %s)", c.name, h.number, age.Round(time.Second), n.cfg.Readiness.MaxHeadLag))
		}
		if !c.tx.Funded() {
			out = append(out, fmt.Sprintf("%s operator %s below the minimum balance", c.name, c.tx.Address()))
		}
	}
	for _, d := range n.dirs {
		d.mu.Lock()
		age := d.status.OldestOpenAge
		d.mu.Unlock()
		if age > n.cfg.Readiness.MaxRequestAge {
			out = append(out, fmt.Sprintf("%s: oldest open request is %s old (limit %s)", d.name, age.Round(time.Second), n.cfg.Readiness.MaxRequestAge))
		}
	}
	return out
}

// healthMux serves /metrics, /healthz (the process is alive) and /readyz
// (200 "ready", or 503 with the reasons, one per line).
func (n *Node) healthMux() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(n.metrics.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		reasons := n.notReadyReasons()
		if len(reasons) == 0 {
			fmt.Fprintln(w, "ready")
			return
		}
		w.WriteHeader(http.StatusServiceUnavailable)
		for _, r := range reasons {
			fmt.Fprintln(w, r)
		}
	})
	return mux
}

// adminHandler returns the admin JSON-RPC server (go-ethereum rpc over HTTP).
func (n *Node) adminHandler() http.Handler {
	srv := rpc.NewServer()
	if err := srv.RegisterName(AdminNamespace, &AdminAPI{n: n}); err != nil {
		panic(err) // only reachable with a malformed API type
	}
	for _, api := range n.extraAPIs {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			panic(err)
		}
	}
	return srv
}

// RegisterAPI adds a JSON-RPC namespace to the admin server (for example the
// anchoring service's "anchor" namespace); call it before Run.
func (n *Node) RegisterAPI(namespace string, service any) {
	n.extraAPIs = append(n.extraAPIs, rpc.API{Namespace: namespace, Service: service})
}

// AdminAPI is the admin JSON-RPC service of a node ("bridge" namespace).
type AdminAPI struct{ n *Node }

// Status returns the node's status (bridge_status).
func (a *AdminAPI) Status() Status { return a.n.Status() }

// OpenRequests lists up to limit open requests per direction, oldest nonce
// first (bridge_openRequests). limit 0 means 100.
func (a *AdminAPI) OpenRequests(limit int) ([]OpenRequest, error) {
	if limit <= 0 {
		limit = 100
	}
	var out []OpenRequest
	for _, d := range a.n.dirs {
		rs, err := a.n.st.OpenRequests(d.name, limit)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			out = append(out, OpenRequest{Direction: d.name, Nonce: r.Nonce, TxHash: r.TxHash, BlockNumber: r.BlockNumber,
				TokenType: r.TokenType, From: r.From, To: r.To, Token: r.Token, Value: r.ValueOrTokenID.String(),
				State: r.State.String(), Age: time.Since(r.FirstSeen).Round(time.Millisecond)})
		}
	}
	return out, nil
}

// Reobserve reads the receipt of a request transaction (on the parent chain,
// else the child chain) and queues its request events again, as if just seen
// (bridge_reobserve). It returns the direction and nonces queued. Errors: the
// transaction is unknown on both chains, or holds no request of our bridges.
func (a *AdminAPI) Reobserve(ctx context.Context, txHash common.Hash) (map[string][]uint64, error) {
	out := map[string][]uint64{}
	for _, d := range a.n.dirs {
		rcpt, err := d.src.TransactionReceipt(ctx, txHash)
		if err != nil || rcpt == nil {
			continue
		}
		nonces, err := d.queue(rcpt.Logs, func(_, _ *store.Request) bool { return false })
		if err != nil {
			return nil, err
		}
		for _, nonce := range nonces {
			d.setChecked(nonce, time.Time{})
		}
		if len(nonces) > 0 {
			out[d.name] = nonces
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("transaction %s: no request event of the configured bridges found on either chain", txHash)
	}
	return out, nil
}

// PauseVoting stops sending votes (scanning and status go on) until
// ResumeVoting (bridge_pauseVoting). Use it to drain a node before
// maintenance; the other operators keep the bridge running.
func (a *AdminAPI) PauseVoting() bool {
	a.n.paused.Store(true)
	a.n.log.Warn("voting paused through the admin API")
	return true
}

// ResumeVoting resumes sending votes (bridge_resumeVoting).
func (a *AdminAPI) ResumeVoting() bool {
	a.n.paused.Store(false)
	a.n.log.Info("voting resumed through the admin API")
	return true
}

// DialAdmin connects to a node's admin JSON-RPC endpoint (an http:// URL or a
// bare host:port).
func DialAdmin(ctx context.Context, addr string) (*rpc.Client, error) {
	if addr == "" {
		return nil, errors.New("admin address is empty: expected host:port or an http:// URL")
	}
	url := addr
	if len(url) < 7 || (url[:7] != "http://" && (len(url) < 8 || url[:8] != "https://")) {
		url = "http://" + url
	}
	return rpc.DialContext(ctx, url)
}

// MarshalJSON renders durations in the status as seconds for readability.
func (s DirectionStatus) MarshalJSON() ([]byte, error) {
	type plain DirectionStatus
	return json.Marshal(struct {
		plain
		OldestOpenAgeSeconds float64 `json:"oldestOpenAgeSeconds"`
	}{plain(s), s.OldestOpenAge.Seconds()})
}
