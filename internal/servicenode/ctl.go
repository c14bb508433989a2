package servicenode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/producer"
)

// Target is one running node's admin JSON-RPC endpoint.
type Target struct {
	// Name labels the node in output ("" = the address).
	Name string
	// Admin is host:port or an http:// URL of the admin server.
	Admin string
	// Token is the admin API's bearer token (<node.datadir>/admin.token);
	// "" sends none, which a node refuses with 401.
	Token string `json:"-"`
}

// TargetFromFile finds a running node's admin address and token from its
// node.toml (admin.listen, or the endpoints.json the node writes into
// node.datadir; the token from <node.datadir>/admin.token, or from tokenFile
// when given).
func TargetFromFile(path, tokenFile string) (Target, error) {
	f, err := config.LoadNodeFile(path)
	if err != nil {
		return Target{}, err
	}
	addr, tok, err := node.AdminEndpoint(f.Admin.Listen, f.Node.DataDir, tokenFile)
	if err != nil {
		return Target{}, err
	}
	return Target{Name: f.Node.Name, Admin: addr, Token: tok}, nil
}

func (t Target) label() string {
	if t.Name != "" {
		return t.Name
	}
	return t.Admin
}

// call makes one admin call on t within 15 s.
func call(ctx context.Context, t Target, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	c, err := node.DialAdminToken(ctx, t.Admin, t.Token)
	if err != nil {
		return fmt.Errorf("%s: %w", t.label(), err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, result, method, args...); err != nil {
		return fmt.Errorf("%s (admin %s): %s: %w", t.label(), t.Admin, method, err)
	}
	return nil
}

// ReadStatus calls producer_status on t.
func ReadStatus(ctx context.Context, t Target) (*producer.Status, error) {
	var st producer.Status
	if err := call(ctx, t, &st, "producer_status"); err != nil {
		return nil, err
	}
	return &st, nil
}

// NodeStatus is one target's answer (or why there is none).
type NodeStatus struct {
	Target Target           `json:"target"`
	Status *producer.Status `json:"status,omitempty"`
	Error  string           `json:"error,omitempty"`
}

// ReadStatuses reads every target's status (an unreachable one carries its error).
func ReadStatuses(ctx context.Context, ts []Target) []NodeStatus {
	out := make([]NodeStatus, len(ts))
	done := make(chan struct{}, len(ts))
	for i, t := range ts {
		go func() {
			defer func() { done <- struct{}{} }()
			out[i].Target = t
			st, err := ReadStatus(ctx, t)
			if err != nil {
				out[i].Error = err.Error()
				return
			}
			out[i].Status = st
		}()
	}
	for range ts {
		<-done
	}
	return out
}

// Handover asks the leader among ts to hand over (to the named node, or with
// to == "" to the best standby) and returns the result. With one target that
// is not the leader the error names the leader; with several (a devnet) the
// leader is found among them.
func Handover(ctx context.Context, ts []Target, to string) (*producer.HandoverResult, error) {
	leader, err := findLeader(ctx, ts)
	if err != nil {
		return nil, err
	}
	var res producer.HandoverResult
	var arg any
	if to != "" {
		arg = to
	}
	if err := call(ctx, leader, &res, "producer_handover", arg); err != nil {
		return nil, err
	}
	return &res, nil
}

func findLeader(ctx context.Context, ts []Target) (Target, error) {
	if len(ts) == 1 {
		return ts[0], nil
	}
	var named string
	var errs []string
	for _, s := range ReadStatuses(ctx, ts) {
		switch {
		case s.Status == nil:
			errs = append(errs, s.Error)
		case s.Status.Leader:
			return s.Target, nil
		case s.Status.LeaderName != "":
			named = s.Status.LeaderName
		}
	}
	if named != "" {
		return Target{}, fmt.Errorf("%w: the leader is %q, whose admin address is not among the nodes given", producer.ErrNotLeader, named)
	}
	if len(errs) > 0 {
		return Target{}, fmt.Errorf("no node answers as the leader: %s", strings.Join(errs, "; "))
	}
	return Target{}, errors.New("no node is the leader now (the chain is between leaders, or every candidate is paused)")
}

// SetPaused calls producer_pause (paused) or producer_resume on t and
// reports whether the state changed.
func SetPaused(ctx context.Context, t Target, paused bool) (changed bool, err error) {
	method := "producer_resume"
	if paused {
		method = "producer_pause"
	}
	err = call(ctx, t, &changed, method)
	return changed, err
}

// WriteStatus prints statuses for people: one block per node (role, state,
// heads and lag, peers, the last failovers), then the members one of them sees.
func WriteStatus(w io.Writer, sts []NodeStatus) {
	for i, s := range sts {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if s.Status == nil {
			fmt.Fprintf(w, "%s: not answering: %s\n", s.Target.label(), s.Error)
			continue
		}
		st := s.Status
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		health := "healthy"
		if !st.Healthy {
			health = "unhealthy: " + st.Unhealthy
		}
		peers := "unknown"
		if st.Peers >= 0 {
			peers = fmt.Sprint(st.Peers)
		}
		leader := st.LeaderName
		if leader == "" {
			leader = "(none)"
		}
		fmt.Fprintf(tw, "node\t%s (%s)\n", st.Node, st.Role)
		fmt.Fprintf(tw, "state\t%s, %s\n", st.State, health)
		fmt.Fprintf(tw, "leader\t%s\n", leader)
		fmt.Fprintf(tw, "committed head\t%d %s\n", st.CommittedHead, st.CommittedHash.Hex())
		fmt.Fprintf(tw, "local head\t%d %s (lag %d)\n", st.Head, st.HeadHash.Hex(), st.Lag)
		fmt.Fprintf(tw, "peers\t%s\n", peers)
		fmt.Fprintf(tw, "period\t%gs, session TTL %gs\n", st.PeriodSeconds, st.SessionTTLSeconds)
		if len(st.NotReady) > 0 {
			fmt.Fprintf(tw, "not ready\t%s\n", strings.Join(st.NotReady, "; "))
		}
		tw.Flush()
		if len(st.RecentFailovers) > 0 {
			fmt.Fprintln(w, "last failovers:")
			tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "  TIME\tFROM\tTO\tBLOCK\tMISSED SLOTS\tKIND\tSECONDS")
			for _, f := range st.RecentFailovers {
				kind := "failover"
				if f.Planned {
					kind = "handover"
				}
				fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%d\t%s\t%.3f\n", f.Time.Format(time.RFC3339), f.From, f.To, f.Height, f.MissedSlots, kind, f.Seconds)
			}
			tw.Flush()
		}
	}
	// The members as the last answering node sees them.
	for i := len(sts) - 1; i >= 0; i-- {
		if st := sts[i].Status; st != nil && len(st.Members) > 0 {
			fmt.Fprintln(w)
			fmt.Fprintln(w, "members (etcd):")
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			for _, m := range st.Members {
				state := string(m.Role)
				switch {
				case m.Leader:
					state = "leader"
				case m.Paused:
					state = "paused"
				}
				fmt.Fprintf(tw, "  %s\t%s\thealthy %v\thead %d\n", m.Name, state, m.Healthy, m.LocalHead)
			}
			tw.Flush()
			break
		}
	}
}

// PrintStatus reads every target's status and prints it (WriteStatus, or
// JSON: a list of NodeStatus) to w: `servicechain node status`.
func PrintStatus(ctx context.Context, w io.Writer, ts []Target, asJSON bool) error {
	sts := ReadStatuses(ctx, ts)
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(sts)
	}
	WriteStatus(w, sts)
	return nil
}

// PrintHandover runs Handover and prints its result: `servicechain node handover`.
func PrintHandover(ctx context.Context, w io.Writer, ts []Target, to string) error {
	res, err := Handover(ctx, ts, to)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s handed over to %s after block %d; %s builds the next slot\n", res.From, res.To, res.Number, res.To)
	return nil
}

// PrintSetPaused runs SetPaused on the one target and prints the outcome:
// `servicechain node pause|resume`. Several targets (a devnet without
// --node) are an input error.
func PrintSetPaused(ctx context.Context, w io.Writer, ts []Target, paused bool) error {
	if len(ts) != 1 {
		return input.Errorf("name one node (with --devnet: --node NAME)")
	}
	changed, err := SetPaused(ctx, ts[0], paused)
	if err != nil {
		return err
	}
	state := map[bool]string{true: "paused (kept across restarts)", false: "campaigning"}[paused]
	if !changed {
		state = "already " + state
	}
	fmt.Fprintf(w, "%s: %s\n", ts[0].label(), state)
	return nil
}
