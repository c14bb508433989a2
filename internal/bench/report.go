package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

// Report is the JSON document `servicechain bench --out` writes: one Result
// per direction measured, and a description of the run.
type Report struct {
	// Started is the wall-clock start of the run (RFC 3339).
	Started string `json:"started"`
	// Count is the number of transfers per direction.
	Count int `json:"count"`
	// Results holds one entry per direction.
	Results []*Result `json:"results"`
}

// Encode writes the report as indented JSON to w ("->" left as is, not
// HTML-escaped).
func (r *Report) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteJSON writes the report as indented JSON to path (mode 0644).
func (r *Report) WriteJSON(path string) error {
	var b bytes.Buffer
	if err := r.Encode(&b); err != nil {
		return err
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("bench: write %s: %w", path, err)
	}
	return nil
}

// Output is what `servicechain bench` does with the report: it writes it to
// path as WriteJSON does (path "": no file), then prints it to w as JSON
// (asJSON, see Encode) or as the table (PrintTable).
func (r *Report) Output(w io.Writer, path string, asJSON bool) error {
	if path != "" {
		if err := r.WriteJSON(path); err != nil {
			return err
		}
	}
	if asJSON {
		return r.Encode(w)
	}
	return PrintTable(w, r.Results)
}

// PrintTable writes the results as a table: one column per direction.
func PrintTable(w io.Writer, results []*Result) error {
	if len(results) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(name string, f func(r *Result) string) {
		cells := []string{name}
		for _, r := range results {
			cells = append(cells, f(r))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
	}
	row("", func(r *Result) string { return r.Direction })
	row("operators (k of n)", func(r *Result) string { return fmt.Sprintf("%d of %d", r.Threshold, r.Operators) })
	row("transfers", func(r *Result) string { return fmt.Sprintf("%d (nonces %d-%d)", r.Count, r.FirstNonce, r.LastNonce) })
	row("sender accounts", func(r *Result) string { return fmt.Sprint(r.Senders) })
	row("requests included (wall s)", func(r *Result) string { return fmt.Sprintf("%.1f", r.SendSeconds) })
	row("request span (blocks, s)", func(r *Result) string {
		return fmt.Sprintf("%d, %.0f", r.LastBlock-r.FirstBlock+1, r.RequestSpanSeconds)
	})
	row("all handled (wall s)", func(r *Result) string { return fmt.Sprintf("%.1f", r.WallSeconds) })
	row("first request to last handle (s)", func(r *Result) string { return fmt.Sprintf("%.0f", r.SpanSeconds) })
	row("transfers/s", func(r *Result) string { return fmt.Sprintf("%.1f", r.TransfersPerSecond) })
	row("latency p50/p95/p99 (s)", func(r *Result) string {
		return fmt.Sprintf("%.0f / %.0f / %.0f", r.LatencySeconds.P50, r.LatencySeconds.P95, r.LatencySeconds.P99)
	})
	row("latency p50/p95/p99 (dst blocks)", func(r *Result) string {
		return fmt.Sprintf("%.0f / %.0f / %.0f", r.LatencyBlocks.P50, r.LatencyBlocks.P95, r.LatencyBlocks.P99)
	})
	row("latency max (s)", func(r *Result) string { return fmt.Sprintf("%.0f", r.LatencySeconds.Max) })
	row("operator handle txs", func(r *Result) string {
		return fmt.Sprintf("%d (%d single, %d batch, %d signed, %d reverted)", r.Gas.OperatorTxs, r.Gas.SingleTxs, r.Gas.BatchTxs, r.Gas.SignedTxs, r.Gas.Reverted)
	})
	row("gas of reverted votes", func(r *Result) string {
		if r.Gas.Reverted == 0 {
			return "-"
		}
		return fmt.Sprintf("%d (%.0f per transfer)", r.Gas.RevertedGas, float64(r.Gas.RevertedGas)/float64(r.Count))
	})
	row("gas per transfer (all votes)", func(r *Result) string { return fmt.Sprintf("%.0f", r.Gas.PerTransfer) })
	row("gas per single vote", func(r *Result) string { return gasCell(r.Gas.PerSingleVote, r.Gas.SingleTxs) })
	row("gas per batch entry", func(r *Result) string {
		if r.Gas.BatchVotes == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f (%d entries in %d txs)", r.Gas.PerBatchedVote, r.Gas.BatchVotes, r.Gas.BatchTxs)
	})
	row("attestation path (handleSignedBatch)", func(r *Result) string {
		if r.Gas.SignedEntries == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f gas per entry (%d entries in %d txs)", r.Gas.PerSignedEntry, r.Gas.SignedEntries, r.Gas.SignedTxs)
	})
	row("votes / skipped / failed", func(r *Result) string {
		return fmt.Sprintf("%d / %d / %d", r.Gas.Votes, r.Gas.Skipped, r.Gas.Failed)
	})
	if results[0].Hostile != nil {
		hostileRows(row)
	}
	if results[0].Drain {
		row("backlog drain (s, blocks)", func(r *Result) string {
			return fmt.Sprintf("%.0f, %d", r.DrainSeconds, r.DrainBlocks)
		})
		row("backlog drain (wall s from ready)", func(r *Result) string { return fmt.Sprintf("%.1f", r.DrainWallSeconds) })
		row("handled while sending", func(r *Result) string { return fmt.Sprint(r.HandledDuringSend) })
	}
	return tw.Flush()
}

func gasCell(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f (%d txs)", v, n)
}
