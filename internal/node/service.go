// Package node is the host of one servicechain daemon (a bridge node, a
// service-chain node, a replicated application server): it owns the shared
// resources of the process (logger, Prometheus registry, the HTTP server with
// /metrics, /healthz and /readyz, the admin JSON-RPC server, and for a bridge
// node its chain clients, tx managers and store) and runs Services.
//
// A Service is one unit of work (the bridge, anchoring, the block producer).
// Services are peers: none reaches into another; each owns its metrics and
// its admin namespace, and the host discovers the optional parts (readiness,
// admin API, metrics) by interface.
//
// A daemon builds its host with New (or NewBridge for a bridge node, which
// opens the store and prepares both chains and the operator's tx managers
// from bridge.toml), creates its services from it, registers them explicitly
// with Register, and calls Run until SIGTERM ends its context. Run waits for
// every service to return before it closes the chains and the store; Close
// releases everything, also when Run never ran. The chain, tx manager and
// store part is optional: a service-chain node or a replica has none.
package node

import (
	"context"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
)

// Service is one unit of work of a daemon.
type Service interface {
	// Name is a short label used in logs ("bridge", "anchor", "producer").
	Name() string
	// Run works until ctx ends. It returns nil when ctx ends and an error
	// only when it cannot go on; RPC failures and bad input are logged and
	// survived, never returned.
	Run(ctx context.Context) error
}

// ReadinessReporter is implemented by a Service that has a say in /readyz.
type ReadinessReporter interface {
	// NotReady lists why the service is not ready, one human-readable reason
	// per entry; empty means ready.
	NotReady() []string
}

// APIProvider is implemented by a Service with an admin JSON-RPC namespace.
type APIProvider interface {
	// APIs returns the namespaces to register on the admin server
	// (go-ethereum rpc.API: Namespace and Service).
	APIs() []rpc.API
}

// MetricsProvider is implemented by a Service that exports Prometheus
// metrics; the host registers the collectors on its registry when the
// service is added.
type MetricsProvider interface {
	// Collectors returns the service's collectors (created once, with the
	// const label node=<name> when the daemon has a name).
	Collectors() []prometheus.Collector
}
