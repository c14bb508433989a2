package attest

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the package's Prometheus collectors (issue 14), shared by the Server, the Fetcher and the
// bridge's use of Plan. Names (each with the caller's const labels, e.g. node=<name>):
//
//	servicechain_attestation_signatures_served_total{direction}    attestations answered on the endpoint
//	servicechain_attestation_signatures_fetched_total{direction}   new valid signatures fetched from peers
//	servicechain_attestation_signatures_refused_total{reason}      fetched signatures refused (reason below)
//	servicechain_attestation_requests_refused_total{reason}        endpoint requests refused: rate_limited | bad_request | not_found | store_error
//	servicechain_attestation_fetch_errors_total{reason}            peer requests that failed: transport | status | malformed
//	servicechain_attestation_handles_total{direction,path}         nonces sent for handling: path signatures | votes
//	servicechain_attestation_fallbacks_total{direction}            nonces that fell back to on-chain votes
//	servicechain_attestation_signature_latency_seconds{direction}  histogram: request ready to k signatures held
//
// Refusal reasons: stale_epoch, digest_mismatch, signer_mismatch, not_operator, malformed (bad length, v,
// malleable or unrecoverable), too_many_digests, out_of_window, wrong_direction.
type Metrics struct {
	served, fetched, refused, reqRefused, fetchErrors, handles, fallbacks *prometheus.CounterVec
	latency                                                               *prometheus.HistogramVec
}

// NewMetrics returns the collectors with constLabels (may be nil). Nothing is registered: register Collectors
// (the host does for a service's MetricsProvider).
func NewMetrics(constLabels prometheus.Labels) *Metrics {
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: "servicechain_attestation_" + name, Help: help, ConstLabels: constLabels}, labels)
	}
	return &Metrics{
		served:      counter("signatures_served_total", "Attestations answered on the attestation endpoint.", "direction"),
		fetched:     counter("signatures_fetched_total", "New valid signatures fetched from peers' attestation endpoints.", "direction"),
		refused:     counter("signatures_refused_total", "Fetched signatures refused, by reason.", "reason"),
		reqRefused:  counter("requests_refused_total", "Attestation endpoint requests refused, by reason (rate_limited, bad_request, store_error).", "reason"),
		fetchErrors: counter("fetch_errors_total", "Requests to peers' attestation endpoints that failed, by reason (transport, status, malformed).", "reason"),
		handles:     counter("handles_total", "Request nonces sent for handling, by attestation path (signatures, votes).", "direction", "path"),
		fallbacks:   counter("fallbacks_total", "Request nonces whose k signatures did not arrive within attestation.grace and fell back to on-chain votes.", "direction"),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "servicechain_attestation_signature_latency_seconds",
			Help: "Seconds from a request being ready to handle to k valid signatures held.", ConstLabels: constLabels,
			Buckets: []float64{.05, .1, .25, .5, 1, 2, 4, 8, 16, 32}}, []string{"direction"}),
	}
}

// Collectors returns every collector, for registration.
func (m *Metrics) Collectors() []prometheus.Collector {
	return []prometheus.Collector{m.served, m.fetched, m.refused, m.reqRefused, m.fetchErrors, m.handles, m.fallbacks, m.latency}
}

// Handled records n nonces of direction sent for handling by path PathSignatures or PathVotes (the bridge calls
// it when it sends a handleSignedBatch or an on-chain vote batch).
func (m *Metrics) Handled(direction, path string, n int) {
	if m != nil && n > 0 {
		m.handles.WithLabelValues(direction, path).Add(float64(n))
	}
}

// FellBack records n nonces of direction that fell back to on-chain votes (Plan's ActFallback).
func (m *Metrics) FellBack(direction string, n int) {
	if m != nil && n > 0 {
		m.fallbacks.WithLabelValues(direction).Add(float64(n))
	}
}

// SignatureLatency records how long a nonce of direction waited for its k-th signature.
func (m *Metrics) SignatureLatency(direction string, d time.Duration) {
	if m != nil {
		m.latency.WithLabelValues(direction).Observe(d.Seconds())
	}
}

func (m *Metrics) servedN(direction string, n int) {
	if m != nil && n > 0 {
		m.served.WithLabelValues(direction).Add(float64(n))
	}
}

func (m *Metrics) fetchedN(direction string, n int) {
	if m != nil && n > 0 {
		m.fetched.WithLabelValues(direction).Add(float64(n))
	}
}

func (m *Metrics) refusedSig(reason string) {
	if m != nil {
		m.refused.WithLabelValues(reason).Inc()
	}
}

func (m *Metrics) refusedReq(reason string) {
	if m != nil {
		m.reqRefused.WithLabelValues(reason).Inc()
	}
}

func (m *Metrics) fetchError(reason string) {
	if m != nil {
		m.fetchErrors.WithLabelValues(reason).Inc()
	}
}
