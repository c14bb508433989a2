package node

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// hostMetrics are the collectors the host owns: the chains it holds and the
// daemon's readiness. Names carry their unit as Prometheus advises and are
// the round-one names (an interface: dashboards and alerts use them).
type hostMetrics struct {
	headBlock       *prometheus.GaugeVec // chain
	headAge         *prometheus.GaugeVec // chain; seconds since the head block's timestamp
	balance         *prometheus.GaugeVec // chain; wei
	funded          *prometheus.GaugeVec // chain; 1 or 0
	pendingTxs      *prometheus.GaugeVec // chain
	endpointHealthy *prometheus.GaugeVec // chain, endpoint
	ready           prometheus.Gauge
}

// newHostMetrics registers the Go runtime and process collectors (resident
// memory is process_resident_memory_bytes) and the host's own on reg.
func newHostMetrics(reg *prometheus.Registry, labels prometheus.Labels) *hostMetrics {
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := Factory{Labels: labels}
	m := &hostMetrics{
		headBlock:       f.Gauge("servicechain_head_block", "Latest block number seen on the chain.", "chain"),
		headAge:         f.Gauge("servicechain_head_age_seconds", "Seconds since the timestamp of the latest block seen.", "chain"),
		balance:         f.Gauge("servicechain_operator_balance_wei", "Operator account balance in wei.", "chain"),
		funded:          f.Gauge("servicechain_operator_funded", "1 when the operator balance is above the configured floor, else 0.", "chain"),
		pendingTxs:      f.Gauge("servicechain_pending_txs", "Transactions sent and not yet mined.", "chain"),
		endpointHealthy: f.Gauge("servicechain_endpoint_healthy", "1 when the RPC endpoint answers and is not behind.", "chain", "endpoint"),
		ready:           f.Gauge("servicechain_ready", "1 when /readyz reports ready.").WithLabelValues(),
	}
	reg.MustRegister(f.Collectors()...)
	return m
}

// addChain registers the per-chain collectors read from the chain client:
// servicechain_endpoint_disagreements_total{chain} (chain.Client.Disagreements:
// AgreedReceipt checks whose endpoints answered differently, issue 13).
func (m *hostMetrics) addChain(reg *prometheus.Registry, labels prometheus.Labels, c *Chain) {
	l := prometheus.Labels{"chain": c.Name}
	for k, v := range labels {
		l[k] = v
	}
	reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "servicechain_endpoint_disagreements_total", ConstLabels: l,
		Help: "Receipt checks in which the chain's RPC endpoints gave different answers (min_endpoint_agreement).",
	}, func() float64 { return float64(c.Client.Disagreements()) }))
}

// Factory creates a service's collectors with the same const labels (node=<name>)
// and remembers them for MetricsProvider.Collectors. The zero value has no
// const labels. It is not safe for concurrent use (services build their
// metrics once, in their constructor).
type Factory struct {
	// Labels are the const labels of every collector (NodeLabels(name)).
	Labels prometheus.Labels
	made   []prometheus.Collector
}

// NodeLabels is the const label set node=<name> every servicechain metric
// carries, or none when name is "".
func NodeLabels(name string) prometheus.Labels { return constLabels(name) }

// Gauge creates a gauge vector with the given variable labels.
func (f *Factory) Gauge(name, help string, labels ...string) *prometheus.GaugeVec {
	v := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help, ConstLabels: f.Labels}, labels)
	f.made = append(f.made, v)
	return v
}

// Counter creates a counter vector with the given variable labels.
func (f *Factory) Counter(name, help string, labels ...string) *prometheus.CounterVec {
	v := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help, ConstLabels: f.Labels}, labels)
	f.made = append(f.made, v)
	return v
}

// Histogram creates a histogram vector with the given buckets and variable labels.
func (f *Factory) Histogram(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	v := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets, ConstLabels: f.Labels}, labels)
	f.made = append(f.made, v)
	return v
}

// Collectors returns every collector created so far, in creation order.
func (f *Factory) Collectors() []prometheus.Collector {
	return append([]prometheus.Collector(nil), f.made...)
}
