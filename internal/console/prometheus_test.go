package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/console"
	"github.com/servicechain/servicechain/internal/node"
)

// pendingMetrics are metrics that dashboards and alert rules use but that
// get a series only after an event (or from a daemon the test does not
// run), with why. Queries on them may return nothing; everything else must
// return data.
var pendingMetrics = map[string]string{
	"servicechain_paid_request_reorged_total":     "issue 13 (a series appears only once a paid request vanished)",
	"servicechain_producer_commit_failures_total": "issue 10: a series per reason appears only once a commit failed",
	"br2k_is_leader":                       "br2k (round two)",
	"br2k_leader_changes_total":            "br2k",
	"br2k_apply_lag_entries":               "br2k",
	"br2k_requests_total":                  "br2k",
	"br2k_request_duration_seconds_bucket": "br2k",
	"br2k_outbox_pending":                  "br2k",
	"br2k_snapshot_timestamp_seconds":      "br2k",
	// Exists, but only after a transaction error, which this test does not provoke.
	"servicechain_tx_errors_total": "exported after the first transaction error (out_of_funds, would_revert, reverted, send)",
}

// deployDir is the repository's deploy/ directory.
func deployDir(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "deploy")
}

// panelQuery is one PromQL query of a dashboard.
type panelQuery struct{ where, expr string }

// dashboardQueries reads every panel target and query variable of
// deploy/grafana/*.json, with the template variables substituted.
func dashboardQueries(t *testing.T) []panelQuery {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(deployDir(t), "grafana", "*.json"))
	if err != nil || len(files) < 5 {
		t.Fatalf("deploy/grafana: %d dashboards (%v), want 5", len(files), err)
	}
	type panel struct {
		ID      int    `json:"id"`
		Title   string `json:"title"`
		Type    string `json:"type"`
		Targets []struct {
			Expr string `json:"expr"`
		} `json:"targets"`
		Panels []json.RawMessage `json:"panels"`
	}
	var out []panelQuery
	uids := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			UID        string            `json:"uid"`
			Title      string            `json:"title"`
			Panels     []json.RawMessage `json:"panels"`
			Templating struct {
				List []struct {
					Name  string `json:"name"`
					Type  string `json:"type"`
					Query any    `json:"query"`
				} `json:"list"`
			} `json:"templating"`
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := filepath.Base(f)
		if d.UID == "" || d.Title == "" || uids[d.UID] != "" {
			t.Errorf("%s: uid %q (also in %q), title %q: want a unique uid and a title", name, d.UID, uids[d.UID], d.Title)
		}
		uids[d.UID] = name
		for _, v := range d.Templating.List {
			if v.Type != "query" {
				continue
			}
			q, _ := v.Query.(map[string]any)
			s, _ := q["query"].(string)
			m := regexp.MustCompile(`^label_values\((\w+),\s*\w+\)$`).FindStringSubmatch(s)
			if m == nil {
				t.Errorf("%s: variable %s query %q: want label_values(metric, label)", name, v.Name, s)
				continue
			}
			out = append(out, panelQuery{name + " variable " + v.Name, m[1]})
		}
		ids := map[int]bool{}
		var walk func([]json.RawMessage)
		walk = func(ps []json.RawMessage) {
			for _, raw := range ps {
				var p panel
				if err := json.Unmarshal(raw, &p); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if ids[p.ID] {
					t.Errorf("%s: panel id %d used twice", name, p.ID)
				}
				ids[p.ID] = true
				if p.Type != "row" && len(p.Targets) == 0 {
					t.Errorf("%s: panel %q has no query", name, p.Title)
				}
				for _, tg := range p.Targets {
					e := strings.NewReplacer(`$node`, `.*`, `$replica`, `.*`, `$__rate_interval`, `1m`).Replace(tg.Expr)
					out = append(out, panelQuery{fmt.Sprintf("%s panel %q", name, p.Title), e})
				}
				walk(p.Panels)
			}
		}
		walk(d.Panels)
	}
	return out
}

// TestDashboards checks the dashboards' structure (no server needed).
func TestDashboards(t *testing.T) {
	qs := dashboardQueries(t)
	if len(qs) < 40 {
		t.Errorf("%d dashboard queries, expected the five dashboards' ~60", len(qs))
	}
	for _, q := range qs {
		if strings.Contains(q.expr, "$") {
			t.Errorf("%s: unknown template variable in %q", q.where, q.expr)
		}
	}
}

// TestPromtool runs promtool on the rules, their unit tests and the
// example configuration.
func TestPromtool(t *testing.T) {
	bin, err := exec.LookPath("promtool")
	if err != nil {
		t.Skip("no promtool binary (install Debian's prometheus package)")
	}
	dir := filepath.Join(deployDir(t), "prometheus")
	for _, args := range [][]string{
		{"check", "rules", "alerts.yml"},
		{"test", "rules", "tests/alerts_test.yml"},
		{"check", "config", "prometheus.yml"},
	} {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// selectorRe finds metric selectors in PromQL: our metric names (and
// recording rules), process and Go metrics, and up, with their matchers.
var selectorRe = regexp.MustCompile(`(?:^|[^a-zA-Z0-9_:])((?:servicechain|br2k|process|go)[a-zA-Z0-9_:]*|up)(\{[^}]*\})?`)

func selectors(expr string) []string {
	var out []string
	for _, m := range selectorRe.FindAllStringSubmatch(expr, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}

func metricName(sel string) string {
	if i := strings.IndexByte(sel, '{'); i >= 0 {
		return sel[:i]
	}
	return sel
}

// promAPI queries a Prometheus server.
type promAPI struct{ base string }

// query evaluates expr now; it returns the number of series (1 for a
// scalar) or the error Prometheus gave.
func (p promAPI) query(expr string) (int, error) {
	resp, err := http.Get(p.base + "/api/v1/query?query=" + url.QueryEscape(expr))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var r struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			ResultType string          `json:"resultType"`
			Result     json.RawMessage `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return 0, err
	}
	if r.Status != "success" {
		return 0, fmt.Errorf("%s", r.Error)
	}
	if r.Data.ResultType == "scalar" || r.Data.ResultType == "string" {
		return 1, nil
	}
	var series []json.RawMessage
	json.Unmarshal(r.Data.Result, &series)
	return len(series), nil
}

// hasData reports whether expr returns data at some evaluation within
// timeout (asked again every second: a scrape that timed out leaves the
// series stale for a moment).
func (p promAPI) hasData(expr string, timeout time.Duration) bool {
	for deadline := time.Now().Add(timeout); ; time.Sleep(time.Second) {
		if n, err := p.query(expr); err == nil && n > 0 {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
	}
}

// value evaluates expr to one number (-1 when empty).
func (p promAPI) value(expr string) float64 {
	resp, err := http.Get(p.base + "/api/v1/query?query=" + url.QueryEscape(expr))
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			Result []struct {
				Value [2]any `json:"value"`
			} `json:"result"`
		} `json:"data"`
	}
	if json.NewDecoder(resp.Body).Decode(&r) != nil || len(r.Data.Result) == 0 {
		return -1
	}
	var f float64
	fmt.Sscan(fmt.Sprint(r.Data.Result[0].Value[1]), &f)
	return f
}

type promRule struct {
	Name           string    `json:"name"`
	Query          string    `json:"query"`
	Health         string    `json:"health"`
	LastError      string    `json:"lastError"`
	LastEvaluation time.Time `json:"lastEvaluation"`
	Type           string    `json:"type"`
}

func (p promAPI) rules() ([]promRule, error) {
	resp, err := http.Get(p.base + "/api/v1/rules")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			Groups []struct {
				Rules []promRule `json:"rules"`
			} `json:"groups"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	var out []promRule
	for _, g := range r.Data.Groups {
		out = append(out, g.Rules...)
	}
	return out, nil
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startPrometheus runs Debian's prometheus on a free port with the
// repository's alert rules, scraping the nodes the console lists (its
// http_sd endpoint) every second. Cleanup kills it.
func startPrometheus(t *testing.T, c *console.Console) promAPI {
	t.Helper()
	bin, err := exec.LookPath("prometheus")
	if err != nil {
		t.Skip("no prometheus binary (install Debian's prometheus package)")
	}
	dir := t.TempDir()
	rules := filepath.Join(deployDir(t), "prometheus", "alerts.yml")
	cfg := fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: [%q]
scrape_configs:
  - job_name: servicechain
    http_sd_configs:
      - url: %q
        refresh_interval: 1s
`, rules, c.URL()+"api/prometheus/targets")
	cfgPath := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cmd := exec.Command(bin, "--config.file="+cfgPath, "--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--web.listen-address="+addr, "--log.level=warn")
	var logs lockedBuffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
		if t.Failed() {
			t.Logf("prometheus output:\n%s", logs.String())
		}
	})
	p := promAPI{"http://" + addr}
	waitFor(t, 30*time.Second, "prometheus ready on "+addr, func() (bool, string) {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("prometheus exited: %v\n%s", err, logs.String())
		default:
		}
		resp, err := http.Get(p.base + "/-/ready")
		if err != nil {
			return false, err.Error()
		}
		resp.Body.Close()
		return resp.StatusCode == 200, resp.Status
	})
	return p
}

// TestPrometheus scrapes a devnet with a real Prometheus loaded with
// deploy/prometheus/alerts.yml, after traffic that exercises every metric
// the dashboards use (transfers both ways, a paused voter, a failed payout),
// then evaluates every alert expression and every dashboard query through
// Prometheus' HTTP API: each must evaluate, and each metric it names must
// return data, except pendingMetrics.
func TestPrometheus(t *testing.T) {
	if _, err := exec.LookPath("prometheus"); err != nil {
		t.Skip("no prometheus binary (install Debian's prometheus package)")
	}
	d := startDevnet(t)
	c := startConsole(t, d)
	p := startPrometheus(t, c)
	parent, child := sides(d)
	to := common.HexToAddress("0x0000000000000000000000000000000000000b0b")

	// A paused voter (votes_skipped{reason="paused"}): op1 is designated
	// for one nonce of any two in a row.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	op1 := d.Info().Operators[0]
	token, err := node.ReadAdminTokenFile(op1.AdminTokenFile)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := node.DialAdminToken(ctx, op1.Admin, token)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var ok bool
	if err := admin.CallContext(ctx, &ok, "bridge_pauseVoting"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		r := sendNative(t, parent, 4, to, int64(1000+i))
		waitState(t, c, console.ParentToChild, r.Nonce, console.StateHandled, time.Minute)
	}
	if err := admin.CallContext(ctx, &ok, "bridge_resumeVoting"); err != nil {
		t.Fatal(err)
	}
	r := sendNative(t, child, 4, to, 5000)
	waitState(t, c, console.ChildToParent, r.Nonce, console.StateHandled, time.Minute)
	// A failed payout (payout_failures_total), then its retry.
	ownerTx(t, child, bridgeABI.PackLockToken(child.token))
	r = sendERC20(t, parent, 0, to, 77)
	waitState(t, c, console.ParentToChild, r.Nonce, console.StateFailed, time.Minute)
	ownerTx(t, child, bridgeABI.PackUnlockToken(child.token))
	waitState(t, c, console.ParentToChild, r.Nonce, console.StateHandled, 2*time.Minute)

	// Three nodes scraped for a while, the event counters present, the
	// rules evaluated since.
	started := time.Now()
	waitFor(t, time.Minute, "three scraped nodes with the counters", func() (bool, string) {
		up := p.value(`count(up{job="servicechain",daemon="bridge"} == 1)`)
		svc := p.value(`count(up{job="servicechain",daemon="service"} == 1)`)
		if svc < 0 {
			svc = 0
		}
		samples := p.value(`min(count_over_time(up{job="servicechain"}[1m]))`)
		fails := p.value(`sum(servicechain_payout_failures_total)`)
		skips := p.value(`sum(servicechain_votes_skipped_total{reason="paused"})`)
		return up == 3 && int(svc) == len(d.Info().ServiceNodes) && samples >= 5 && fails >= 1 && skips >= 1, fmt.Sprintf("up %v bridge, %v service, samples %v, payout failures %v, paused skips %v", up, svc, samples, fails, skips)
	})
	var rules []promRule
	waitFor(t, 30*time.Second, "every rule evaluated", func() (bool, string) {
		rules, err = p.rules()
		if err != nil {
			return false, err.Error()
		}
		for _, r := range rules {
			if r.LastEvaluation.Before(started) {
				return false, r.Name + " not evaluated yet"
			}
		}
		return len(rules) > 0, fmt.Sprint(len(rules), " rules")
	})
	if len(rules) < 16 {
		t.Errorf("prometheus loaded %d rules, alerts.yml has 16", len(rules))
	}

	checked := map[string]bool{}
	check := func(where, expr string) {
		if _, err := p.query(expr); err != nil {
			t.Errorf("%s: %q does not evaluate: %v", where, expr, err)
			return
		}
		for _, sel := range selectors(expr) {
			name := metricName(sel)
			if _, pending := pendingMetrics[name]; pending || checked[sel] {
				continue
			}
			checked[sel] = true
			// Over the last two minutes: a scrape that timed out on a
			// loaded machine marks the series stale for an instant query,
			// which says nothing about whether the metric exists.
			if n, err := p.query("last_over_time(" + sel + "[2m])"); err != nil || n == 0 {
				t.Errorf("%s: %s returns no data (%v): a metric that does not exist, or a wrong label", where, sel, err)
			}
		}
	}
	for _, r := range rules {
		if r.Health != "ok" {
			t.Errorf("rule %s: health %q: %s", r.Name, r.Health, r.LastError)
		}
		check("rule "+r.Name, r.Query)
	}
	queries := dashboardQueries(t)
	for _, q := range queries {
		check(q.where, q.expr)
		pending := false
		for _, sel := range selectors(q.expr) {
			_, is := pendingMetrics[metricName(sel)]
			pending = pending || is
		}
		if !pending && !p.hasData(q.expr, 30*time.Second) {
			t.Errorf("%s: %q returns no data", q.where, q.expr)
		}
	}
	// A pending metric that appeared should leave the list.
	var present []string
	for name := range pendingMetrics {
		if n, _ := p.query(name); n > 0 {
			present = append(present, name)
		}
	}
	sort.Strings(present)
	for _, name := range present {
		t.Logf("NOTE: %s now returns data: remove it from pendingMetrics", name)
	}
	t.Logf("evaluated %d rules and %d dashboard queries; %d selectors returned data", len(rules), len(queries), len(checked))
}
