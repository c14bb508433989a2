package node

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// listen opens the metrics and admin listeners (those configured) and
// serves them; on error nothing stays open. It records the bound addresses.
func (h *Host) listen() ([]*http.Server, error) {
	var servers []*http.Server
	for _, l := range []struct {
		addr, what string
		handler    func() http.Handler
		bound      *string
	}{
		{h.cfg.MetricsListen, "metrics", h.healthHandler, &h.metricsAddr},
		{h.cfg.AdminListen, "admin", h.AdminHandler, &h.adminAddr},
	} {
		if l.addr == "" {
			continue
		}
		srv, bound, err := serve(l.addr, l.handler(), l.what)
		if err != nil {
			for _, s := range servers {
				s.Close()
			}
			return nil, err
		}
		servers = append(servers, srv)
		h.mu.Lock()
		*l.bound = bound
		h.mu.Unlock()
	}
	return servers, nil
}

// serve listens on addr (a loopback address by default: metrics are for
// local scrapers or a proxy, and the admin API also checks the Host header
// and a bearer token, see AdminAuth) and serves handler.
func serve(addr string, handler http.Handler, what string) (*http.Server, string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("%s listener on %s: %w", what, addr, err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return srv, ln.Addr().String(), nil
}

// healthHandler serves /metrics, /healthz (the process is alive) and /readyz
// (200 "ready", or 503 with the reasons of NotReady, one per line).
func (h *Host) healthHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(h.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		reasons := h.NotReady()
		if len(reasons) == 0 {
			fmt.Fprintln(w, "ready")
			return
		}
		w.WriteHeader(http.StatusServiceUnavailable)
		for _, r := range reasons {
			fmt.Fprintln(w, r)
		}
	})
	return mux
}

// AdminHandler is the admin JSON-RPC server (go-ethereum rpc over HTTP) with
// every registered service's namespaces, wrapped by the WithAdminMiddleware
// options. It is the one place the admin API is built, so authentication
// (issue 13) wraps everything at once.
func (h *Host) AdminHandler() http.Handler {
	var handler http.Handler = h.admin
	for i := len(h.adminMW) - 1; i >= 0; i-- {
		handler = h.adminMW[i](handler)
	}
	return handler
}

// DialAdmin connects to a daemon's admin JSON-RPC endpoint (an http:// or
// https:// URL, or a bare host:port) without a token: for an admin server
// without WithAdminToken. Use DialAdminToken (or Host.DialAdmin) for a
// bridge node. Errors: an empty address; rpc.DialContext's.
func DialAdmin(ctx context.Context, addr string) (*rpc.Client, error) {
	return DialAdminToken(ctx, addr, "")
}
