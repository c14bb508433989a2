package br2k

import "github.com/prometheus/client_golang/prometheus"

// metrics are the replica's Prometheus collectors, with the const labels
// service and replica. Names:
//
//	br2k_leader                      1 while this replica leads
//	br2k_epoch                       epoch of the observed leader
//	br2k_applied_index               last applied log index
//	br2k_entries_applied_total       entries applied
//	br2k_apply_seconds               time to apply one entry (histogram)
//	br2k_append_seconds              time of one fenced append transaction (histogram)
//	br2k_append_batch_entries        entries per append transaction (histogram)
//	br2k_request_seconds{path}       replicated request latency, path=leader|forwarded (histogram)
//	br2k_forwarded_total             requests forwarded to the leader
//	br2k_idempotent_replays_total    answers replayed for a retried Idempotency-Key
//	br2k_idempotency_conflicts_total{code}  409 and 422 answers
//	br2k_idempotency_keys            stored answers (Idempotency-Keys) held
//	br2k_idempotency_evictions_total stored answers dropped before their TTL (MaxIdempotencyKeys)
//	br2k_fence_failures_total        appends refused by the fence (stepping down)
//	br2k_leader_terms_total          terms this replica started as leader
//	br2k_handler_failures_total      handler panics and 5xx answers
//	br2k_rollbacks_total             Rollback calls that succeeded
//	br2k_snapshots_total             snapshot versions published
//	br2k_snapshot_errors_total       failed version-ups
//	br2k_snapshot_seconds            capture to publish time (histogram)
//	br2k_snapshot_bytes              size of the last published snapshot
//	br2k_snapshot_capture_seconds    how long the last capture held the apply loop
//	br2k_restores_total              snapshots restored
//	br2k_registry_errors_total       failed registry publications
type metrics struct {
	all             []prometheus.Collector
	applied         prometheus.Counter
	applySeconds    prometheus.Histogram
	appendSeconds   prometheus.Histogram
	appendBatch     prometheus.Histogram
	requestSeconds  *prometheus.HistogramVec
	forwarded       prometheus.Counter
	replays         prometheus.Counter
	conflicts       *prometheus.CounterVec
	idemEvictions   prometheus.Counter
	fenceFailures   prometheus.Counter
	leaderChanges   prometheus.Counter
	handlerFailures prometheus.Counter
	rollbacks       prometheus.Counter
	snapshots       prometheus.Counter
	snapshotErrors  prometheus.Counter
	snapshotSeconds prometheus.Histogram
	snapshotBytes   prometheus.Gauge
	snapshotCapture prometheus.Gauge
	restores        prometheus.Counter
	registryErrors  prometheus.Counter
}

func newMetrics(r *Replica) *metrics {
	labels := prometheus.Labels{"service": r.cfg.Service, "replica": r.cfg.ReplicaID}
	m := &metrics{}
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help, ConstLabels: labels})
		m.all = append(m.all, c)
		return c
	}
	hist := func(name, help string, buckets []float64) prometheus.Histogram {
		h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, ConstLabels: labels, Buckets: buckets})
		m.all = append(m.all, h)
		return h
	}
	lat := []float64{.0005, .001, .002, .003, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}
	m.applied = counter("br2k_entries_applied_total", "Log entries applied on this replica.")
	m.applySeconds = hist("br2k_apply_seconds", "Time to apply one log entry.", lat)
	m.appendSeconds = hist("br2k_append_seconds", "Time of one fenced append transaction in etcd.", lat)
	m.appendBatch = hist("br2k_append_batch_entries", "Entries per append transaction.", []float64{1, 2, 4, 8, 16, 32, 64})
	m.requestSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "br2k_request_seconds",
		Help: "Latency of replicated requests on this replica, path=leader|forwarded.", ConstLabels: labels, Buckets: lat}, []string{"path"})
	m.all = append(m.all, m.requestSeconds)
	m.forwarded = counter("br2k_forwarded_total", "Requests forwarded from this follower to the leader.")
	m.replays = counter("br2k_idempotent_replays_total", "Stored answers replayed for a retried Idempotency-Key.")
	m.conflicts = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "br2k_idempotency_conflicts_total",
		Help: "Idempotency-Key answers 409 (in progress) and 422 (other payload).", ConstLabels: labels}, []string{"code"})
	m.all = append(m.all, m.conflicts)
	m.idemEvictions = counter("br2k_idempotency_evictions_total", "Stored answers dropped before their IdempotencyTTL because MaxIdempotencyKeys was reached (their keys are new again).")
	m.fenceFailures = counter("br2k_fence_failures_total", "Appends refused by the election or head fence (this replica stepped down).")
	m.leaderChanges = counter("br2k_leader_terms_total", "Terms this replica started as leader.")
	m.handlerFailures = counter("br2k_handler_failures_total", "Handler panics and 5xx answers.")
	m.rollbacks = counter("br2k_rollbacks_total", "Rollback calls that succeeded (after handler failures and crashes).")
	m.snapshots = counter("br2k_snapshots_total", "Snapshot versions published by this replica.")
	m.snapshotErrors = counter("br2k_snapshot_errors_total", "Failed version-ups.")
	m.snapshotSeconds = hist("br2k_snapshot_seconds", "Version-up time from capture to published manifest.", []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120})
	m.snapshotBytes = prometheus.NewGauge(prometheus.GaugeOpts{Name: "br2k_snapshot_bytes", Help: "Size of the last snapshot this replica published, in bytes.", ConstLabels: labels})
	m.all = append(m.all, m.snapshotBytes)
	m.snapshotCapture = prometheus.NewGauge(prometheus.GaugeOpts{Name: "br2k_snapshot_capture_seconds",
		Help: "How long the last snapshot capture held the apply loop (the only time writes wait for a snapshot).", ConstLabels: labels})
	m.all = append(m.all, m.snapshotCapture)
	m.restores = counter("br2k_restores_total", "Snapshots restored on this replica.")
	m.registryErrors = counter("br2k_registry_errors_total", "Failed registry publications (retried).")
	gauge := func(name, help string, f func() float64) {
		m.all = append(m.all, prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help, ConstLabels: labels}, f))
	}
	gauge("br2k_leader", "1 while this replica leads the service.", func() float64 {
		if _, ok := r.Leading(); ok {
			return 1
		}
		return 0
	})
	gauge("br2k_epoch", "Epoch (election revision) of the leader this replica observes.", func() float64 {
		l, _ := r.Leader()
		return float64(l.Epoch)
	})
	gauge("br2k_idempotency_keys", "Idempotency-Keys held with their stored answers (or running OnlyOnce requests).", func() float64 {
		r.mu.Lock()
		defer r.mu.Unlock()
		return float64(len(r.idem))
	})
	gauge("br2k_applied_index", "Index of the last log entry applied on this replica.", func() float64 { return float64(r.AppliedIndex()) })
	return m
}

// Collectors returns the replica's Prometheus collectors for the host to
// register (names in the metrics doc above; const labels service and replica).
func (r *Replica) Collectors() []prometheus.Collector {
	return append([]prometheus.Collector(nil), r.m.all...)
}
