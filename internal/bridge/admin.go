package bridge

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/store"
)

// AdminNamespace is the JSON-RPC namespace of the admin API: methods are
// bridge_status, bridge_openRequests, bridge_reobserve, bridge_pauseVoting,
// bridge_resumeVoting and bridge_refund.
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
	// OldestOpenAge is how long ago the node first saw its oldest open request
	// whose payout has not failed.
	OldestOpenAge time.Duration `json:"oldestOpenAgeNs"`
	// Failing counts open requests whose payout failed (retried with backoff
	// until paid or refunded; issue 12).
	Failing int `json:"failingRequests"`
	// PaidWatched counts paid requests whose source block is not final yet,
	// watched for reorgs (paidwatch.go).
	PaidWatched int `json:"paidWatched"`
	// PaidReorged counts paid requests found gone from the source chain since
	// the node started (servicechain_paid_request_reorged_total).
	PaidReorged uint64 `json:"paidReorged"`
}

// ChainStatus is one chain as the node sees it: the host's view (its head,
// the operator's balance and funding, the endpoints).
type ChainStatus = node.ChainStatus

// EndpointStatus is one RPC endpoint's state.
type EndpointStatus = node.EndpointStatus

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
	// Failures and FailReason: the payout's failed tries this node counted
	// and the last reason (issue 12); 0 and "" when it never failed.
	Failures   int    `json:"failures,omitempty"`
	FailReason string `json:"failReason,omitempty"`
}

// Status returns the node's current status: readiness is the whole
// daemon's (the host's and every service's reasons).
func (s *Service) Status() Status {
	st := Status{Node: s.host.Name(), VotingPaused: s.paused.Load(), NotReady: s.host.NotReady(), Chains: s.host.ChainStatus()}
	st.Ready = len(st.NotReady) == 0
	for _, d := range s.dirs {
		d.mu.Lock()
		st.Directions = append(st.Directions, d.status)
		d.mu.Unlock()
	}
	return st
}

// catchUpShown is how far, in source blocks, a direction's scan must be behind
// its safe head before Progress describes it: less is read in a round or two.
const catchUpShown = 500

// Progress describes in one line the long catch-up work the node is doing,
// for a terminal's status line (`bridge run`, cmdline.Progress.Follow): a
// direction whose request scan is more than catchUpShown blocks behind the
// source safe head (a rescan of a new or deleted store, or a node back from
// a long stop), as "scanning parent-to-child for requests: block N of M (K
// to go)". It returns "" when there is none.
func (s *Service) Progress() string {
	dirs := make([]DirectionStatus, 0, len(s.dirs))
	for _, d := range s.dirs {
		d.mu.Lock()
		dirs = append(dirs, d.status)
		d.mu.Unlock()
	}
	return catchUpLine(dirs)
}

func catchUpLine(dirs []DirectionStatus) string {
	var parts []string
	for _, d := range dirs {
		if d.SafeHead > d.Cursor+catchUpShown {
			parts = append(parts, fmt.Sprintf("scanning %s for requests: block %d of %d (%d to go)", d.Name, d.Cursor, d.SafeHead, d.SafeHead-d.Cursor))
		}
	}
	return strings.Join(parts, "; ")
}

// AdminAPI is the admin JSON-RPC service of a node ("bridge" namespace).
type AdminAPI struct{ s *Service }

// Status returns the node's status (bridge_status).
func (a *AdminAPI) Status() Status { return a.s.Status() }

// OpenRequests lists up to limit open requests per direction, oldest nonce
// first (bridge_openRequests). limit 0 means 100.
func (a *AdminAPI) OpenRequests(limit int) ([]OpenRequest, error) {
	if limit <= 0 {
		limit = 100
	}
	var out []OpenRequest
	for _, d := range a.s.dirs {
		rs, err := a.s.st.OpenRequests(d.name, limit)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			out = append(out, OpenRequest{Direction: d.name, Nonce: r.Nonce, TxHash: r.TxHash, BlockNumber: r.BlockNumber,
				TokenType: r.TokenType, From: r.From, To: r.To, Token: r.Token, Value: r.ValueOrTokenID.String(),
				State: r.State.String(), Age: time.Since(r.FirstSeen).Round(time.Millisecond), Failures: r.Failures, FailReason: r.FailReason})
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
	for _, d := range a.s.dirs {
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
	a.s.setPaused(true)
	a.s.log.Warn("voting paused through the admin API")
	return true
}

// Refund casts this node's refund vote for request nonce of direction
// (parent-to-child or child-to-parent) now (bridge_refund; see
// Service.Refund). The refund still needs k of n operators.
func (a *AdminAPI) Refund(ctx context.Context, direction string, nonce uint64) (*RefundVote, error) {
	return a.s.Refund(ctx, direction, nonce)
}

// ResumeVoting resumes sending votes (bridge_resumeVoting).
func (a *AdminAPI) ResumeVoting() bool {
	a.s.setPaused(false)
	a.s.log.Info("voting resumed through the admin API")
	return true
}

// ReadStatus asks a running node for its status over its admin JSON-RPC
// endpoint (adminAddr: host:port or an http:// URL) with its bearer token
// (node.ReadAdminToken), as `servicechain bridge status` does. Errors name
// the endpoint (a missing or wrong token: HTTP 401).
func ReadStatus(ctx context.Context, adminAddr, token string) (*Status, error) {
	c, err := node.DialAdminToken(ctx, adminAddr, token)
	if err != nil {
		return nil, fmt.Errorf("admin endpoint %s: %w", adminAddr, err)
	}
	defer c.Close()
	var st Status
	if err := c.CallContext(ctx, &st, AdminNamespace+"_status"); err != nil {
		return nil, fmt.Errorf("admin endpoint %s: %w", adminAddr, err)
	}
	return &st, nil
}

// MarshalJSON renders durations in the status as seconds for readability.
func (s DirectionStatus) MarshalJSON() ([]byte, error) {
	type plain DirectionStatus
	return json.Marshal(struct {
		plain
		OldestOpenAgeSeconds float64 `json:"oldestOpenAgeSeconds"`
	}{plain(s), s.OldestOpenAge.Seconds()})
}

// WriteStatus prints st for people, as `servicechain bridge status` does: the
// readiness line, one row per chain and one per direction.
func WriteStatus(w io.Writer, st *Status) {
	ready := "ready"
	if !st.Ready {
		ready = "NOT READY: " + strings.Join(st.NotReady, "; ")
	}
	fmt.Fprintf(w, "node %s: %s", st.Node, ready)
	if st.VotingPaused {
		fmt.Fprint(w, " (voting paused)")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAIN\tHEAD\tHEAD AGE\tOPERATOR\tBALANCE (wei)\tFUNDED\tPENDING TXS\tENDPOINTS")
	for _, c := range st.Chains {
		var eps []string
		for _, e := range c.Endpoints {
			mark := "down"
			if e.Healthy {
				mark = "ok"
			}
			if e.Active {
				mark += ",active"
			}
			eps = append(eps, fmt.Sprintf("%s(%s)", e.URL, mark))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%v\t%d\t%s\n", c.Name, c.Head, c.HeadAge.Round(time.Second), c.Operator.Hex(), c.Balance, c.Funded, c.PendingTxs, strings.Join(eps, " "))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DIRECTION\tSAFE HEAD\tCURSOR\tREQUEST NONCE\tLOWER HANDLE NONCE\tOPEN\tFAILING\tOLDEST OPEN")
	for _, d := range st.Directions {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", d.Name, d.SafeHead, d.Cursor, d.RequestNonce, d.LowerHandleNonce, d.OpenRequests, d.Failing, d.OldestOpenAge.Round(time.Second))
	}
	tw.Flush()
}
