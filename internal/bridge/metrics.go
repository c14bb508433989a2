package bridge

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/servicechain/servicechain/internal/node"
)

// metrics are the bridge service's Prometheus collectors (the chain, balance
// and readiness metrics are the host's). Each node has its own registry
// (several nodes run in one devnet process). Names carry their unit as
// Prometheus advises; they are round one's names, an interface.
type metrics struct {
	f node.Factory

	cursorBlock     *prometheus.GaugeVec   // direction
	lagBlocks       *prometheus.GaugeVec   // direction; safe head minus cursor
	openRequests    *prometheus.GaugeVec   // direction
	oldestOpenAge   *prometheus.GaugeVec   // direction; seconds
	requestNonce    *prometheus.GaugeVec   // direction; source requestNonce
	lowerNonce      *prometheus.GaugeVec   // direction; destination lowerHandleNonce
	votesSent       *prometheus.CounterVec // direction, mode (single|batch)
	votesSkipped    *prometheus.CounterVec // direction, reason
	handled         *prometheus.CounterVec // direction
	payoutFailures  *prometheus.CounterVec // direction
	recovered       *prometheus.CounterVec // direction
	malformedLogs   *prometheus.CounterVec // direction
	paidReorged     *prometheus.CounterVec // direction
	timelockChanges *prometheus.CounterVec // chain, event (scheduled|cancelled|executed)
	timelockPending *prometheus.GaugeVec   // chain
	latencySeconds  *prometheus.HistogramVec
	latencyBlocks   *prometheus.HistogramVec
	txErrors        *prometheus.CounterVec // chain, kind
	votingPaused    prometheus.Gauge

	// Issue 12 (liveness).
	payoutRetries *prometheus.CounterVec // direction; handle votes re-cast for a failed payout
	refundVotes   *prometheus.CounterVec // direction; refund votes sent
	refunds       *prometheus.CounterVec // direction; nonces seen closed by a refund
	failing       *prometheus.GaugeVec   // direction; open requests whose payout failed
	batchSplits   *prometheus.CounterVec // direction; batches split after a refusal
	panics        *prometheus.CounterVec // loop; panics recovered
}

// newMetrics creates the collectors with the const label node=<name>.
func newMetrics(name string) *metrics {
	m := &metrics{f: node.Factory{Labels: node.NodeLabels(name)}}
	f := &m.f
	latencyBuckets := []float64{0.5, 1, 2, 3, 4, 6, 8, 12, 20, 30, 60, 120, 300}
	blockBuckets := []float64{0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50}
	m.cursorBlock = f.Gauge("servicechain_cursor_block", "Last source block whose request events were read.", "direction")
	m.lagBlocks = f.Gauge("servicechain_scan_lag_blocks", "Source safe head minus the scan cursor, in blocks.", "direction")
	m.openRequests = f.Gauge("servicechain_open_requests", "Requests seen and not yet handled on the destination.", "direction")
	m.oldestOpenAge = f.Gauge("servicechain_oldest_open_request_age_seconds", "Age of the oldest open request, in seconds since the node first saw it.", "direction")
	m.requestNonce = f.Gauge("servicechain_request_nonce", "Source bridge requestNonce (next nonce to be assigned).", "direction")
	m.lowerNonce = f.Gauge("servicechain_lower_handle_nonce", "Destination bridge lowerHandleNonce (all below are handled).", "direction")
	// Payout retries are ordinary votes: they count under single or batch.
	m.votesSent = f.Counter("servicechain_votes_sent_total", "Handle votes sent, by mode (single, batch).", "direction", "mode")
	m.votesSkipped = f.Counter("servicechain_votes_skipped_total", "Handle votes not sent, by reason (already_voted, would_revert: the chain said they were not needed or would fail; paused; out_of_funds).", "direction", "reason")
	m.handled = f.Counter("servicechain_requests_handled_total", "Requests observed as handled on the destination.", "direction")
	m.payoutFailures = f.Counter("servicechain_payout_failures_total", "HandleFailed events seen for this node's votes (payout reverted; nonce left open).", "direction")
	m.recovered = f.Counter("servicechain_recovered_requests_total", "Requests re-read by the recovery loop.", "direction")
	m.malformedLogs = f.Counter("servicechain_malformed_logs_total", "Request logs that could not be decoded and were skipped.", "direction")
	m.paidReorged = f.Counter("servicechain_paid_request_reorged_total", "Paid requests (handled on the destination) later found gone from the source chain by a reorg: a payout not backed by a request (issue 13).", "direction")
	m.timelockChanges = f.Counter("servicechain_timelock_changes_total", "Owner changes seen in the bridges' timelocks, by event (scheduled, cancelled, executed).", "chain", "event")
	m.timelockPending = f.Gauge("servicechain_timelock_pending_changes", "Owner changes scheduled in the chain's timelock and neither cancelled nor executed.", "chain")
	m.latencySeconds = f.Histogram("servicechain_handle_latency_seconds", "Seconds from the node first seeing a request to seeing it handled.", latencyBuckets, "direction")
	m.latencyBlocks = f.Histogram("servicechain_handle_latency_blocks", "Destination blocks from the node first seeing a request to its handle block.", blockBuckets, "direction")
	m.txErrors = f.Counter("servicechain_tx_errors_total", "Transaction errors by kind (out_of_funds, would_revert, reverted, send).", "chain", "kind")
	m.votingPaused = f.Gauge("servicechain_voting_paused", "1 while voting is paused through the admin API.").WithLabelValues()
	m.payoutRetries = f.Counter("servicechain_payout_retries_total", "Handle votes re-cast by this node to retry a failed payout (backoff, issue 12).", "direction")
	m.refundVotes = f.Counter("servicechain_refund_votes_total", "Refund votes sent by this node (refundValueTransfer, refundBatch).", "direction")
	m.refunds = f.Counter("servicechain_refunds_total", "Requests this node saw closed by a refund on the destination.", "direction")
	m.failing = f.Gauge("servicechain_failing_requests", "Open requests whose payout failed and that are retried with backoff or refunded.", "direction")
	m.batchSplits = f.Counter("servicechain_vote_batch_splits_total", "Vote batches split in two after the estimate refused them, the gas cap or an on-chain revert.", "direction")
	m.panics = f.Counter("servicechain_bridge_panics_total", "Panics recovered in the bridge service's loops (logged with the stack).", "loop")
	for _, d := range []string{ParentToChild, ChildToParent} {
		m.refunds.WithLabelValues(d)
		m.payoutFailures.WithLabelValues(d)
	}
	return m
}
