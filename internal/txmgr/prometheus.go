package txmgr

import (
	"maps"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
)

// PrometheusMetrics is the Prometheus implementation of Metrics for one
// Manager. Create it with NewMetrics, pass it as Config.Metrics and register
// Collectors on the daemon's registry (the host does this for a service's
// MetricsProvider). Several managers (one per chain and account) share a
// registry: each carries its own const labels.
//
// Metric names (all with the const label chain=<chain> and the caller's
// const labels):
//
//	servicechain_txmgr_sent_total                    first versions broadcast
//	servicechain_txmgr_resubmissions_total           replacements with bumped fees
//	servicechain_txmgr_rebroadcasts_total            the same version sent again
//	servicechain_txmgr_gap_fills_total               empty self-transfers filling a nonce gap
//	servicechain_txmgr_nonce_resyncs_total           local nonce reset from the chain
//	servicechain_txmgr_confirmed_total{status}       receipts found: status success | reverted
//	servicechain_txmgr_replaced_total                transactions whose nonce another transaction took
//	servicechain_txmgr_refused_total{reason}         out_of_funds | would_revert | rejected
//	servicechain_txmgr_rpc_errors_total              failed backend calls
//	servicechain_txmgr_confirmation_latency_seconds  histogram: first broadcast to receipt found
//	servicechain_txmgr_versions_per_tx               histogram: versions signed per confirmed transaction
//	servicechain_txmgr_pending_txs                   transactions not done
//	servicechain_txmgr_nonce                         next nonce for a new transaction
//	servicechain_txmgr_balance_wei                   account balance last seen
//	servicechain_txmgr_funded                        1 when funded (Manager.Funded), else 0
//	servicechain_txmgr_tip_cap_wei                   tip of the version last signed (wei per gas)
//	servicechain_txmgr_fee_cap_wei                   fee cap of the version last signed (wei per gas)
//	servicechain_txmgr_fee_ceiling                   1 while a configured ceiling cuts the market price
type PrometheusMetrics struct {
	sent, resubmitted, rebroadcast, gapFills, resyncs, replaced, rpcErrors prometheus.Counter
	confirmed                                                              *prometheus.CounterVec
	refused                                                                *prometheus.CounterVec
	latency, versions                                                      prometheus.Histogram
	pending, nonce, balance, funded, tipCap, feeCap, ceiling               prometheus.Gauge
	all                                                                    []prometheus.Collector
}

var _ Metrics = (*PrometheusMetrics)(nil)

// NewMetrics returns the collectors of one manager, labelled chain=<chain>
// (e.g. "parent", "child") plus constLabels (e.g. node=<name>; may be nil).
// Nothing is registered: register Collectors().
func NewMetrics(chain string, constLabels prometheus.Labels) *PrometheusMetrics {
	labels := maps.Clone(constLabels)
	if labels == nil {
		labels = prometheus.Labels{}
	}
	labels["chain"] = chain
	m := &PrometheusMetrics{}
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Name: "servicechain_txmgr_" + name, Help: help, ConstLabels: labels})
		m.all = append(m.all, c)
		return c
	}
	gauge := func(name, help string) prometheus.Gauge {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: "servicechain_txmgr_" + name, Help: help, ConstLabels: labels})
		m.all = append(m.all, g)
		return g
	}
	m.sent = counter("sent_total", "Transactions whose first version was broadcast.")
	m.resubmitted = counter("resubmissions_total", "Replacements broadcast with bumped fees (same nonce).")
	m.rebroadcast = counter("rebroadcasts_total", "Signed versions sent again unchanged (transport failure, restart, fees at the ceiling).")
	m.gapFills = counter("gap_fills_total", "Empty self-transfers sent to fill a nonce gap.")
	m.resyncs = counter("nonce_resyncs_total", "Times the local nonce was reset from the chain.")
	m.replaced = counter("replaced_total", "Transactions whose nonce was used on chain by a transaction this manager did not sign.")
	m.rpcErrors = counter("rpc_errors_total", "Failed calls to the chain backend.")
	m.confirmed = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "servicechain_txmgr_confirmed_total",
		Help: "Receipts found, by status (success, reverted).", ConstLabels: labels}, []string{"status"})
	m.refused = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "servicechain_txmgr_refused_total",
		Help: "Transactions or new versions not sent or refused, by reason (out_of_funds, would_revert, rejected).", ConstLabels: labels}, []string{"reason"})
	m.latency = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "servicechain_txmgr_confirmation_latency_seconds",
		Help: "Seconds from a transaction's first broadcast to the poll that found its receipt.", ConstLabels: labels,
		Buckets: []float64{0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300, 600, 1800}})
	m.versions = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "servicechain_txmgr_versions_per_tx",
		Help: "Versions signed per confirmed transaction (1 = never resubmitted).", ConstLabels: labels,
		Buckets: []float64{1, 2, 3, 4, 6, 8, 12, 16}})
	m.all = append(m.all, m.confirmed, m.refused, m.latency, m.versions)
	m.pending = gauge("pending_txs", "Transactions sent and not done.")
	m.nonce = gauge("nonce", "Next nonce for a new transaction.")
	m.balance = gauge("balance_wei", "Account balance last seen, in wei.")
	m.funded = gauge("funded", "1 when the account can pay for transactions and is above the balance floor, else 0.")
	m.tipCap = gauge("tip_cap_wei", "Priority fee (legacy: gas price) of the version last signed, in wei per gas.")
	m.feeCap = gauge("fee_cap_wei", "Fee cap (legacy: gas price) of the version last signed, in wei per gas.")
	m.ceiling = gauge("fee_ceiling", "1 while the configured fee or tip ceiling cuts the market price, else 0.")
	// Both statuses and every reason show from the start (0), so rate() and
	// alerts work before the first event.
	m.confirmed.WithLabelValues("success")
	m.confirmed.WithLabelValues("reverted")
	for _, r := range []Refusal{RefusedOutOfFunds, RefusedWouldRevert, RefusedByNode} {
		m.refused.WithLabelValues(string(r))
	}
	return m
}

// Collectors returns every collector, for registration.
func (m *PrometheusMetrics) Collectors() []prometheus.Collector { return m.all }

// TxSent counts a first version broadcast.
func (m *PrometheusMetrics) TxSent() { m.sent.Inc() }

// TxResubmitted counts a replacement.
func (m *PrometheusMetrics) TxResubmitted() { m.resubmitted.Inc() }

// TxRebroadcast counts a version sent again.
func (m *PrometheusMetrics) TxRebroadcast() { m.rebroadcast.Inc() }

// GapFilled counts a gap fill.
func (m *PrometheusMetrics) GapFilled() { m.gapFills.Inc() }

// NonceResynced counts a nonce resync.
func (m *PrometheusMetrics) NonceResynced() { m.resyncs.Inc() }

// TxConfirmed counts a receipt by status and observes its latency and versions.
func (m *PrometheusMetrics) TxConfirmed(rcpt *types.Receipt, latency time.Duration, versions int) {
	status := "reverted"
	if rcpt.Status == types.ReceiptStatusSuccessful {
		status = "success"
	}
	m.confirmed.WithLabelValues(status).Inc()
	m.latency.Observe(latency.Seconds())
	m.versions.Observe(float64(versions))
}

// TxReplaced counts a replaced transaction.
func (m *PrometheusMetrics) TxReplaced() { m.replaced.Inc() }

// TxRefused counts a refusal by reason.
func (m *PrometheusMetrics) TxRefused(reason Refusal) {
	m.refused.WithLabelValues(string(reason)).Inc()
}

// RPCError counts a failed backend call.
func (m *PrometheusMetrics) RPCError() { m.rpcErrors.Inc() }

// RecordPending sets pending_txs.
func (m *PrometheusMetrics) RecordPending(n int) { m.pending.Set(float64(n)) }

// RecordNonce sets nonce.
func (m *PrometheusMetrics) RecordNonce(nonce uint64) { m.nonce.Set(float64(nonce)) }

// RecordBalance sets balance_wei (as a float64: exact up to 2^53 wei, about
// 0.009 ether, and within 1e-16 relative above).
func (m *PrometheusMetrics) RecordBalance(wei *big.Int) { m.balance.Set(weiFloat(wei)) }

// RecordFunded sets funded to 1 or 0.
func (m *PrometheusMetrics) RecordFunded(funded bool) { m.funded.Set(boolFloat(funded)) }

// RecordFees sets tip_cap_wei and fee_cap_wei.
func (m *PrometheusMetrics) RecordFees(tipCap, feeCap *big.Int) {
	m.tipCap.Set(weiFloat(tipCap))
	m.feeCap.Set(weiFloat(feeCap))
}

// RecordFeeCeiling sets fee_ceiling to 1 or 0.
func (m *PrometheusMetrics) RecordFeeCeiling(capped bool) { m.ceiling.Set(boolFloat(capped)) }

func weiFloat(w *big.Int) float64 {
	if w == nil {
		return 0
	}
	f, _ := new(big.Float).SetInt(w).Float64()
	return f
}

func boolFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
