package br2k

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// maxForwardHops bounds how often a request is forwarded (leaders changing
// while it travels).
const maxForwardHops = 3

// hopByHop are the headers a proxy does not forward (RFC 9110 7.6.1).
var hopByHop = []string{"Connection", "Proxy-Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Te", "Trailer", "Transfer-Encoding", "Upgrade"}

// forward sends a request that reached a follower to the leader l (or
// redirects the client there with 307 when Config.Redirect is set) and
// copies the answer back. When the leader cannot be reached it waits for
// the next leader and tries again: always when the connection was refused
// (nothing was sent), and otherwise only when the request has an
// Idempotency-Key (a retry cannot apply it twice).
func (r *Replica) forward(ctx context.Context, w http.ResponseWriter, req *http.Request, body []byte, l LeaderInfo, hasKey bool) {
	hops, _ := strconv.Atoi(req.Header.Get(headerForwarded))
	if hops >= maxForwardHops {
		problem(http.StatusServiceUnavailable, "Leader moving", "the request was forwarded too often while the leader changed; retry").write(w, http.Header{"Retry-After": {"1"}})
		return
	}
	if r.cfg.Redirect {
		u, err := url.Parse(l.URL)
		if err != nil {
			problem(http.StatusBadGateway, "Bad leader URL", err.Error()).write(w, nil)
			return
		}
		w.Header().Set("Location", u.JoinPath(req.URL.Path).String()+queryOf(req.URL))
		w.Header().Set(HeaderLeader, l.ID)
		w.WriteHeader(http.StatusTemporaryRedirect)
		return
	}
	for {
		if r.state.Load() != stateRunning {
			problem(http.StatusServiceUnavailable, "Replica stopped", "this replica stopped while forwarding; retry with the same Idempotency-Key").write(w, http.Header{"Retry-After": {"1"}})
			return
		}
		r.m.forwarded.Inc()
		resp, release, err := r.forwardFollowing(ctx, req, body, l, hops, hasKey)
		if err == nil {
			defer release()
			defer resp.Body.Close()
			h := w.Header()
			for k, vs := range resp.Header {
				h[k] = vs
			}
			for _, k := range hopByHop {
				h.Del(k)
			}
			w.WriteHeader(resp.StatusCode)
			_, _ = io.Copy(w, resp.Body)
			return
		}
		if ctx.Err() != nil || (!hasKey && !refused(err)) {
			r.log.Warn("forwarding to the leader failed", "leader", l.ID, "url", l.URL, "err", err)
			problem(http.StatusBadGateway, "Leader unreachable", "forwarding to the leader failed: "+err.Error()+"; the outcome is unknown, retry with an Idempotency-Key").write(w, http.Header{"Retry-After": {"1"}})
			return
		}
		if !errors.Is(err, errLeaderMoved) {
			// Wait for a leader change (or a short pause) and try again.
			_, ch := r.leaderNow()
			select {
			case <-ch:
			case <-time.After(200 * time.Millisecond):
			case <-ctx.Done():
			}
		}
	next:
		for {
			if t := r.currentTerm(); t != nil {
				// This replica leads now: hand the request to the local path.
				if rt := r.routeByPattern(req); rt != nil {
					key, _ := parseIdempotencyKey(req.Header)
					rp, err := r.submit(ctx, t, rt, req.Method, req.URL.RequestURI(), req.Header, body, key)
					if err != nil {
						writeSubmitError(w, err)
						return
					}
					rp.resp.write(w, rp.headers())
					return
				}
			}
			nl, ch := r.leaderNow()
			if nl.ID != r.cfg.ReplicaID {
				if nl.ID != "" {
					l = nl
				}
				break
			}
			// Elected here and catching up: wait for the term to start.
			select {
			case <-ch:
			case <-ctx.Done():
				break next
			case <-r.stopped:
				break next
			}
		}
	}
}

func (r *Replica) routeByPattern(req *http.Request) *Route {
	r.routesMu.RLock()
	defer r.routesMu.RUnlock()
	h, _ := r.routeMux.Handler(req)
	rt, _ := h.(*Route)
	return rt
}

func queryOf(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

// errLeaderMoved ends a forward whose target stopped being the leader
// before it answered.
var errLeaderMoved = errors.New("br2k: the leader changed while the request was forwarded to it")

// forwardFollowing is forwardOnce that, when follow is set (the request has
// an Idempotency-Key, so sending it again is safe), gives up on l as soon
// as another leader is observed: a leader that hangs (paused, cut off from
// etcd) would otherwise hold the request until the client's timeout. The
// caller calls release once it read the answer.
func (r *Replica) forwardFollowing(ctx context.Context, req *http.Request, body []byte, l LeaderInfo, hops int, follow bool) (*http.Response, func(), error) {
	fctx, cancel := context.WithCancel(ctx)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	if follow {
		wg.Go(func() {
			for {
				nl, ch := r.leaderNow()
				if nl.ID != "" && nl.Epoch != l.Epoch {
					cancel()
					return
				}
				select {
				case <-ch:
				case <-stop:
					return
				case <-fctx.Done():
					return
				}
			}
		})
	}
	resp, err := r.forwardOnce(fctx, req, body, l, hops)
	close(stop)
	wg.Wait()
	if fctx.Err() != nil && ctx.Err() == nil {
		if err == nil {
			resp.Body.Close()
		}
		cancel()
		return nil, nil, errLeaderMoved
	}
	if err != nil {
		cancel()
		return nil, nil, err
	}
	return resp, cancel, nil
}

func (r *Replica) forwardOnce(ctx context.Context, req *http.Request, body []byte, l LeaderInfo, hops int) (*http.Response, error) {
	u, err := url.Parse(l.URL)
	if err != nil {
		return nil, err
	}
	target := u.JoinPath(req.URL.Path)
	target.RawQuery = req.URL.RawQuery
	out, err := http.NewRequestWithContext(ctx, req.Method, target.String(), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	out.Header = req.Header.Clone()
	for _, k := range hopByHop {
		out.Header.Del(k)
	}
	out.Header.Set(headerForwarded, strconv.Itoa(hops+1))
	if ip, _, err := net.SplitHostPort(req.RemoteAddr); err == nil {
		prior := req.Header.Get("X-Forwarded-For")
		if prior != "" {
			ip = prior + ", " + ip
		}
		out.Header.Set("X-Forwarded-For", ip)
	}
	out.ContentLength = int64(len(body))
	return r.http.Do(out)
}

// refused reports a connection that was never established: nothing reached
// the leader.
func refused(err error) bool {
	return errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused")
}
