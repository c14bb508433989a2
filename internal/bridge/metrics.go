package bridge

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics holds the Prometheus collectors of one bridge node. Each node has its
// own registry (several nodes run in one devnet process), so nothing here touches
// the global default registry. Names carry their unit as Prometheus advises.
type Metrics struct {
	// Registry is the node's registry, served on /metrics.
	Registry *prometheus.Registry

	headBlock       *prometheus.GaugeVec   // chain
	headAge         *prometheus.GaugeVec   // chain; seconds since the head block's timestamp
	cursorBlock     *prometheus.GaugeVec   // direction
	lagBlocks       *prometheus.GaugeVec   // direction; safe head minus cursor
	openRequests    *prometheus.GaugeVec   // direction
	oldestOpenAge   *prometheus.GaugeVec   // direction; seconds
	requestNonce    *prometheus.GaugeVec   // direction; source requestNonce
	lowerNonce      *prometheus.GaugeVec   // direction; destination lowerHandleNonce
	votesSent       *prometheus.CounterVec // direction, mode (single|batch|retry)
	votesSkipped    *prometheus.CounterVec // direction, reason
	handled         *prometheus.CounterVec // direction
	payoutFailures  *prometheus.CounterVec // direction
	recovered       *prometheus.CounterVec // direction
	malformedLogs   *prometheus.CounterVec // direction
	latencySeconds  *prometheus.HistogramVec
	latencyBlocks   *prometheus.HistogramVec
	txErrors        *prometheus.CounterVec // chain, kind
	balance         *prometheus.GaugeVec   // chain; wei
	funded          *prometheus.GaugeVec   // chain; 1 or 0
	pendingTxs      *prometheus.GaugeVec   // chain
	votingPaused    prometheus.Gauge
	ready           prometheus.Gauge
	endpointHealthy *prometheus.GaugeVec // chain, endpoint

	// Anchoring metrics (issue 4), registered here so one registry serves all.
	AnchoredBlock *prometheus.GaugeVec   // child chain block number of the latest final anchor
	AnchorLag     *prometheus.GaugeVec   // blocks between the child safe head and the latest anchor
	AnchorTxs     *prometheus.CounterVec // result: sent|skipped|failed
}

// NewMetrics creates and registers the node's collectors, including the Go
// runtime and process collectors (resident memory is process_resident_memory_bytes).
func NewMetrics(node string) *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := factory{reg: reg, labels: prometheus.Labels{"node": node}}
	latencyBuckets := []float64{0.5, 1, 2, 3, 4, 6, 8, 12, 20, 30, 60, 120, 300}
	blockBuckets := []float64{0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50}
	return &Metrics{
		Registry:        reg,
		headBlock:       f.gauge("servicechain_head_block", "Latest block number seen on the chain.", "chain"),
		headAge:         f.gauge("servicechain_head_age_seconds", "Seconds since the timestamp of the latest block seen.", "chain"),
		cursorBlock:     f.gauge("servicechain_cursor_block", "Last source block whose request events were read.", "direction"),
		lagBlocks:       f.gauge("servicechain_scan_lag_blocks", "Source safe head minus the scan cursor, in blocks.", "direction"),
		openRequests:    f.gauge("servicechain_open_requests", "Requests seen and not yet handled on the destination.", "direction"),
		oldestOpenAge:   f.gauge("servicechain_oldest_open_request_age_seconds", "Age of the oldest open request, in seconds since the node first saw it.", "direction"),
		requestNonce:    f.gauge("servicechain_request_nonce", "Source bridge requestNonce (next nonce to be assigned).", "direction"),
		lowerNonce:      f.gauge("servicechain_lower_handle_nonce", "Destination bridge lowerHandleNonce (all below are handled).", "direction"),
		votesSent:       f.counter("servicechain_votes_sent_total", "Handle votes sent, by mode (single, batch, retry).", "direction", "mode"),
		votesSkipped:    f.counter("servicechain_votes_skipped_total", "Handle votes not sent because the chain said they were not needed, by reason.", "direction", "reason"),
		handled:         f.counter("servicechain_requests_handled_total", "Requests observed as handled on the destination.", "direction"),
		payoutFailures:  f.counter("servicechain_payout_failures_total", "HandleFailed events seen for this node's votes (payout reverted; nonce left open).", "direction"),
		recovered:       f.counter("servicechain_recovered_requests_total", "Requests re-read by the recovery loop.", "direction"),
		malformedLogs:   f.counter("servicechain_malformed_logs_total", "Request logs that could not be decoded and were skipped.", "direction"),
		latencySeconds:  f.histogram("servicechain_handle_latency_seconds", "Seconds from the node first seeing a request to seeing it handled.", latencyBuckets, "direction"),
		latencyBlocks:   f.histogram("servicechain_handle_latency_blocks", "Destination blocks from the node first seeing a request to its handle block.", blockBuckets, "direction"),
		txErrors:        f.counter("servicechain_tx_errors_total", "Transaction errors by kind (out_of_funds, would_revert, reverted, send).", "chain", "kind"),
		balance:         f.gauge("servicechain_operator_balance_wei", "Operator account balance in wei.", "chain"),
		funded:          f.gauge("servicechain_operator_funded", "1 when the operator balance is above the configured floor, else 0.", "chain"),
		pendingTxs:      f.gauge("servicechain_pending_txs", "Transactions sent and not yet mined.", "chain"),
		votingPaused:    f.gauge("servicechain_voting_paused", "1 while voting is paused through the admin API.").WithLabelValues(),
		ready:           f.gauge("servicechain_ready", "1 when /readyz reports ready.").WithLabelValues(),
		endpointHealthy: f.gauge("servicechain_endpoint_healthy", "1 when the RPC endpoint answers and is not behind.", "chain", "endpoint"),
		AnchoredBlock:   f.gauge("servicechain_anchored_block", "Child block number of the latest final anchor on the parent chain.", "chain"),
		AnchorLag:       f.gauge("servicechain_anchor_lag_blocks", "Child safe head minus the latest anchored child block.", "chain"),
		AnchorTxs:       f.counter("servicechain_anchor_txs_total", "Anchoring transactions by result (sent, skipped, failed).", "result"),
	}
}

type factory struct {
	reg    *prometheus.Registry
	labels prometheus.Labels
}

func (f factory) gauge(name, help string, labels ...string) *prometheus.GaugeVec {
	v := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help, ConstLabels: f.labels}, labels)
	f.reg.MustRegister(v)
	return v
}

func (f factory) counter(name, help string, labels ...string) *prometheus.CounterVec {
	v := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help, ConstLabels: f.labels}, labels)
	f.reg.MustRegister(v)
	return v
}

func (f factory) histogram(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	v := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets, ConstLabels: f.labels}, labels)
	f.reg.MustRegister(v)
	return v
}
