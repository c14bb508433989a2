package br2k_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/internal/etcdembed"
)

// A Route mounts on chi and on echo (through echo.WrapHandler); the
// handler reads r.PathValue on every replica whatever router took the request.
func TestChiAndEchoAdapters(t *testing.T) {
	e, err := etcdembed.Start(etcdembed.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, router := range []string{"chi", "echo"} {
		t.Run(router, func(t *testing.T) {
			state := &counter{}
			var mu sync.Mutex
			seen := map[string]string{}
			h := http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
				body, _ := io.ReadAll(req.Body)
				mu.Lock()
				seen[req.PathValue("key")] = string(body)
				mu.Unlock()
				fmt.Fprint(w, req.PathValue("key"))
			})
			var srv *httptest.Server
			var handler http.Handler
			var r *br2k.Replica
			lazy := http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) { handler.ServeHTTP(w, req) })
			srv = httptest.NewServer(lazy)
			defer srv.Close()
			r, err = br2k.New(br2k.Config{Endpoints: e.Endpoints(), Service: "adapt-" + router, ReplicaID: "a1",
				AdvertiseURL: srv.URL, SessionTTL: time.Second, State: state}, br2k.WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				t.Fatal(err)
			}
			route := r.Replicate("PUT /kv/{key}", h)
			switch router {
			case "chi":
				cr := chi.NewRouter()
				cr.Method("PUT", "/kv/{key}", route)
				handler = cr
			case "echo":
				er := echo.New()
				er.PUT("/kv/:key", echo.WrapHandler(route))
				handler = er
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go r.Run(ctx)
			defer r.Close()
			deadline := time.Now().Add(10 * time.Second)
			for {
				if _, ok := r.Leading(); ok {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("no leader")
				}
				time.Sleep(10 * time.Millisecond)
			}
			req, _ := http.NewRequest("PUT", srv.URL+"/kv/alpha", strings.NewReader("v1"))
			req.Header.Set(br2k.IdempotencyHeader, `"k1"`)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || string(b) != "alpha" || resp.Header.Get(br2k.HeaderIndex) == "" {
				t.Fatalf("%s: %d %q %v", router, resp.StatusCode, b, resp.Header)
			}
			mu.Lock()
			defer mu.Unlock()
			if seen["alpha"] != "v1" {
				t.Fatalf("%s: handler saw %v", router, seen)
			}
		})
	}
}
