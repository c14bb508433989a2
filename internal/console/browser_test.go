package console_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/console"
)

// chromiumPath finds the browser: $CHROMIUM, else chromium on PATH
// (Debian's package, installed by CI).
func chromiumPath(t *testing.T) string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium binary (install Debian's chromium package, or set CHROMIUM)")
	return ""
}

// browser starts headless Chromium; the returned context drives one tab.
// Cleanup closes the browser and kills its processes.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath(t)
	actx, acancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	if err := chromedp.Do(bctx); err != nil {
		bcancel()
		acancel()
		t.Fatalf("starting %s: %v", path, err)
	}
	t.Cleanup(func() {
		chromedp.Cancel(bctx)
		bcancel()
		acancel()
	})
	return bctx
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	out, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return out
}

// rowJS returns the transfer row's cells as an object ("" when absent).
func rowJS(dir string, nonce uint64) string {
	return fmt.Sprintf(`(() => { const r = document.querySelector('#transfers tr.transfer[data-key="%s/%d"]');
	  if (!r) return {state: ""};
	  return {state: r.dataset.state, nonce: r.querySelector('.nonce').textContent, count: r.querySelector('.votes .count').textContent,
	    voted: r.querySelectorAll('.vote-voted').length, standby: r.querySelectorAll('.vote-standby').length,
	    latency: r.querySelector('.latency').textContent, handle: r.querySelector('.handle').textContent,
	    request: (r.querySelector('td:nth-child(6) a') || {}).title || ""}; })()`, dir, nonce)
}

type rowView struct {
	State, Nonce, Count, Latency, Handle, Request string
	Voted, Standby                                int
}

// TestBrowser drives the page in headless Chromium over a devnet: it loads
// and goes live; a transfer each way appears with its nonce, votes and
// latency without a reload (the update delay after the handle's block is
// measured and printed); the search finds a transfer by its tx hash and
// explains a malformed one; the verify form verifies the latest anchor; a
// stopped bridge node shows as not ready (and ready again once restarted).
// A screenshot goes to the test's artifact directory.
func TestBrowser(t *testing.T) {
	d := startDevnet(t)
	bctx := browser(t)
	c := startConsole(t, d)
	parent, child := sides(d)

	// Load: navigation to the first rendered snapshot.
	start := time.Now()
	if err := chromedp.Do(bctx, chromedp.Navigate(c.URL())); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the page live with a snapshot", func() (bool, string) {
		s := eval[string](t, bctx, `document.getElementById('live').textContent + ' ' + (document.body.dataset.version || '')`)
		return strings.HasPrefix(s, "live ") && len(s) > 5, s
	})
	load := time.Since(start)
	navMs := eval[float64](t, bctx, `performance.getEntriesByType('navigation')[0].loadEventEnd`)
	if n := eval[int](t, bctx, `document.querySelectorAll('#operators tbody tr').length`); n != 3 {
		t.Errorf("operators table: %d rows, want 3", n)
	}
	// The devnet's service chain (2 producer candidates, 1 endpoint): the
	// producer panel lists every node through its authenticated admin API
	// (none down: the console sends each node's token), one of them leader.
	wantNodes := len(d.Info().ServiceNodes)
	waitFor(t, 30*time.Second, "the producer panel with every service-chain node and one leader", func() (bool, string) {
		s := eval[string](t, bctx, `[...document.querySelectorAll('#producers tbody tr')].map((r) => r.dataset.node + '=' + r.children[2].textContent).join(' ')`)
		rows := strings.Fields(s)
		return wantNodes > 0 && len(rows) == wantNodes && strings.Count(s, "=leader") == 1 && !strings.Contains(s, "=down"), s
	})
	reloads := eval[float64](t, bctx, `performance.timeOrigin`)

	var delays []time.Duration
	for i, src := range []side{parent, child, parent} {
		to := common.BigToAddress(big.NewInt(int64(0xbeef00 + i)))
		r := sendNative(t, src, 3, to, 1_000_000+int64(i))
		// The moment the handle's block is visible over RPC.
		handled := make(chan time.Time, 1)
		go func() {
			inst := bridgeABI.Instance(src.other, src.otherBridge)
			for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
				if ok, err := bind.Call(inst, nil, bridgeABI.PackHandledNonces(r.Nonce), bridgeABI.UnpackHandledNonces); err == nil && ok {
					handled <- time.Now()
					return
				}
			}
			close(handled)
		}()
		var row rowView
		var shown time.Time
		waitFor(t, time.Minute, fmt.Sprintf("%s nonce %d handled on the page", src.dir, r.Nonce), func() (bool, string) {
			row = eval[rowView](t, bctx, rowJS(src.dir, r.Nonce))
			shown = time.Now()
			return row.State == console.StateHandled, row.State
		})
		at, ok := <-handled
		if !ok {
			t.Fatalf("%s nonce %d: handledNonces never true on the %s chain", src.dir, r.Nonce, src.otherName)
		}
		delays = append(delays, shown.Sub(at))
		// The console fills the latency once it has read both blocks.
		tr := waitState(t, c, src.dir, r.Nonce, console.StateHandled, 10*time.Second)
		if tr.LatencySeconds == nil {
			t.Fatalf("%s nonce %d: handled without a latency in seconds", src.dir, r.Nonce)
		}
		wantLatency := fmt.Sprintf("%s s, %d blocks", trimFloat(*tr.LatencySeconds), *tr.LatencyBlocks)
		// The handle can reach the page before the console's scan of the
		// source chain has read the request (a loaded machine): the row is
		// complete within a few polls.
		wantRequest := fmt.Sprintf("%s chain, block %d: %s", src.name, r.BlockNumber, r.TxHash.Hex())
		waitFor(t, 10*time.Second, fmt.Sprintf("%s nonce %d row complete (2/2 votes, 2 voted, 1 standby, request %s)", src.dir, r.Nonce, wantRequest), func() (bool, string) {
			row = eval[rowView](t, bctx, rowJS(src.dir, r.Nonce))
			return row.Nonce == fmt.Sprint(r.Nonce) && row.Count == "2/2" && row.Voted == 2 && row.Standby == 1 && row.Request == wantRequest, fmt.Sprintf("%+v", row)
		})
		// The latency may be filled a round after the handle.
		waitFor(t, 10*time.Second, "latency on the page", func() (bool, string) {
			row = eval[rowView](t, bctx, rowJS(src.dir, r.Nonce))
			return row.Latency == wantLatency, row.Latency
		})
		if n := eval[int](t, bctx, fmt.Sprintf(`document.querySelectorAll('#chart-seconds rect[data-nonce="%d"][data-direction="%s"]').length`, r.Nonce, src.dir)); n != 1 {
			t.Errorf("latency chart: %d bars for %s nonce %d, want 1", n, src.dir, r.Nonce)
		}
	}
	if again := eval[float64](t, bctx, `performance.timeOrigin`); again != reloads {
		t.Errorf("the page reloaded (timeOrigin %v, then %v)", reloads, again)
	}

	// Search by the request tx hash, then a malformed query.
	r := sendNative(t, child, 3, common.HexToAddress("0x000000000000000000000000000000000000f00d"), 4242)
	waitState(t, c, console.ChildToParent, r.Nonce, console.StateHandled, time.Minute)
	if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("q"), r.TxHash.Hex()), chromedp.Click(chromedp.CSS(`#search button[type="submit"]`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "search results", func() (bool, string) {
		keys := eval[[]string](t, bctx, `[...document.querySelectorAll('#transfers tr.transfer')].map((r) => r.dataset.key)`)
		return len(keys) == 1 && keys[0] == fmt.Sprintf("%s/%d", console.ChildToParent, r.Nonce), strings.Join(keys, ",")
	})
	if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("q"), "0x12"), chromedp.Click(chromedp.CSS(`#search button[type="submit"]`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the search error", func() (bool, string) {
		s := eval[string](t, bctx, `(() => { const e = document.getElementById('search-error'); return e.hidden ? '' : e.textContent; })()`)
		return strings.Contains(s, `"0x12": 2 hex digits`), s
	})
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID("clear"))); err != nil {
		t.Fatal(err)
	}

	// Verify the latest anchored block through the form.
	var block string
	waitFor(t, time.Minute, "an anchored block on the page", func() (bool, string) {
		block = eval[string](t, bctx, `(document.getElementById('latest-anchored') || {}).textContent || '0'`)
		return block != "0", block
	})
	if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("verify-block"), block), chromedp.Click(chromedp.CSS(`#verify-form button[type="submit"]`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "verification of block "+block, func() (bool, string) {
		s := eval[string](t, bctx, `(document.getElementById('verify-outcome') || {}).textContent || ''`)
		return s == "match", s
	})

	// A stopped node shows as not ready.
	if err := d.StopNode(2); err != nil {
		t.Fatal(err)
	}
	readyJS := `(() => { const c = document.querySelector('#operators tr[data-node="op3"] .ready'); return c ? c.textContent : ''; })()`
	waitFor(t, 20*time.Second, "op3 not ready on the page", func() (bool, string) {
		s := eval[string](t, bctx, readyJS)
		return strings.HasPrefix(s, "not ready"), s
	})
	dir := t.ArtifactDir()
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "console.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.StartNode(2); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "op3 ready again (on its new ports)", func() (bool, string) {
		s := eval[string](t, bctx, readyJS)
		return strings.HasPrefix(s, "ready"), s
	})

	// A warm load: the page again, in the same browser, to a rendered
	// snapshot with transfers.
	start = time.Now()
	if err := chromedp.Do(bctx, chromedp.Navigate(c.URL())); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the reloaded page with transfers", func() (bool, string) {
		n := eval[int](t, bctx, `document.querySelectorAll('#transfers tr.transfer').length`)
		return n >= 4, fmt.Sprint(n)
	})
	warm := time.Since(start)

	sort.Slice(delays, func(i, j int) bool { return delays[i] < delays[j] })
	report := fmt.Sprintf("console page: first snapshot rendered %d ms after navigation (load event %.0f ms), warm reload to rendered transfers %d ms; handle -> page delay over %d handles: min %d ms, max %d ms (poll interval %s); screenshot %s (%d bytes)",
		load.Milliseconds(), navMs, warm.Milliseconds(), len(delays), delays[0].Milliseconds(), delays[len(delays)-1].Milliseconds(), console.DefaultPollInterval, shot, len(png))
	t.Log(report)
	fmt.Println(report)
}

var trailingZero = regexp.MustCompile(`\.0$`)

// trimFloat formats seconds as the page does (one decimal, no ".0").
func trimFloat(f float64) string {
	return trailingZero.ReplaceAllString(fmt.Sprintf("%.1f", f), "")
}
