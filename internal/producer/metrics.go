package producer

import "github.com/prometheus/client_golang/prometheus"

// metrics are the producer's Prometheus collectors, all with the const label
// node=<name>. The Producer owns them; the host registers Collectors().
type metrics struct {
	role          *prometheus.GaugeVec // role: leader|standby|endpoint|paused; 1 for the current one
	leaderChanges prometheus.Counter
	handovers     prometheus.Counter
	committedHead prometheus.Gauge
	localHead     prometheus.Gauge
	lagBlocks     prometheus.Gauge
	importLag     prometheus.Histogram
	commitLatency prometheus.Histogram
	failover      prometheus.Histogram
	missedSlots   prometheus.Counter
	produced      prometheus.Counter
	commitRefused *prometheus.CounterVec // reason: not_leader|head_moved|error|fenced
	refused       *prometheus.CounterVec // reason: hash|decode|invalid|linkage
	healthy       prometheus.Gauge
	stepDowns     *prometheus.CounterVec // reason
	takeovers     prometheus.Counter
	all           []prometheus.Collector
}

func newMetrics(node string) *metrics {
	l := prometheus.Labels{"node": node}
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help, ConstLabels: l})
	}
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help, ConstLabels: l})
	}
	h := func(name, help string, b []float64) prometheus.Histogram {
		return prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, Buckets: b, ConstLabels: l})
	}
	m := &metrics{
		role:          prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "servicechain_producer_role", Help: "1 for this node's current role (leader, standby, endpoint, paused), 0 for the others.", ConstLabels: l}, []string{"role"}),
		leaderChanges: c("servicechain_producer_leader_changes_total", "Committed blocks whose leader differs from their parent's, as imported by this node."),
		handovers:     c("servicechain_producer_handovers_total", "Leader changes that were planned handovers, as imported by this node."),
		committedHead: g("servicechain_producer_committed_head", "Number of the committed head block (etcd)."),
		localHead:     g("servicechain_producer_local_head", "Number of the execution node's head block."),
		lagBlocks:     g("servicechain_producer_import_lag_blocks", "Committed head minus local head, in blocks."),
		importLag:     h("servicechain_producer_import_lag_seconds", "Seconds from the leader sending a block's commit to this node having imported it.", []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}),
		commitLatency: h("servicechain_producer_commit_latency_seconds", "Seconds one fenced commit transaction took on the leader.", []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1}),
		failover:      h("servicechain_producer_failover_duration_seconds", "Seconds from the last block of a leader that stopped to the first block of the next (unplanned changes only).", []float64{0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8, 10, 15, 30, 60}),
		missedSlots:   c("servicechain_producer_missed_slots_total", "Slots without a block, counted from the committed blocks this node imported."),
		produced:      c("servicechain_producer_blocks_produced_total", "Blocks this node built and committed as leader."),
		commitRefused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "servicechain_producer_commit_failures_total", Help: "Commits that did not succeed, by reason (not_leader, head_moved, fenced, error).", ConstLabels: l}, []string{"reason"}),
		refused:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "servicechain_producer_refused_payloads_total", Help: "Committed records this node refused to import, by reason (hash, decode, invalid, linkage).", ConstLabels: l}, []string{"reason"}),
		healthy:       g("servicechain_producer_healthy", "1 while the node counts as healthy (after hysteresis)."),
		takeovers:     c("servicechain_producer_takeovers_total", "Leases of leaders that missed their slot that this node revoked (Config.TakeoverGrace)."),
		stepDowns:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "servicechain_producer_step_downs_total", Help: "Times this node stopped leading, by reason.", ConstLabels: l}, []string{"reason"}),
	}
	m.all = []prometheus.Collector{m.role, m.leaderChanges, m.handovers, m.committedHead, m.localHead, m.lagBlocks, m.importLag,
		m.commitLatency, m.failover, m.missedSlots, m.produced, m.commitRefused, m.refused, m.healthy, m.stepDowns, m.takeovers}
	return m
}

func (m *metrics) setRole(r string) {
	for _, x := range []string{"leader", "standby", "endpoint", "paused"} {
		v := 0.0
		if x == r {
			v = 1
		}
		m.role.WithLabelValues(x).Set(v)
	}
}
