package br2k

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Propose writes records on every replica, fenced on the epoch; Submit
// sends a request through the log from the leader's code.
func TestProposeAndSubmit(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	f := c.follower()
	epoch, _ := l.r.Leading()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := l.r.Propose(ctx, epoch, RecordOp{Namespace: "ns", Key: "a", Value: []byte("1")}, RecordOp{Namespace: "ns", Key: "b", Value: []byte("2"), TTL: time.Hour}); err != nil {
		t.Fatal(err)
	}
	if err := l.r.Propose(ctx, epoch+1, RecordOp{Namespace: "ns", Key: "x", Value: []byte("1")}); !errors.Is(err, ErrNotLeader) {
		t.Fatalf("propose in another epoch: %v", err)
	}
	if err := f.r.Propose(ctx, epoch, RecordOp{Namespace: "ns", Key: "x", Value: []byte("1")}); !errors.Is(err, ErrNotLeader) {
		t.Fatalf("propose on a follower: %v", err)
	}
	if err := l.r.Propose(ctx, epoch, RecordOp{Namespace: "ns", Key: "a", Delete: true}); err != nil {
		t.Fatal(err)
	}
	c.waitConverged()
	for _, n := range c.nodes {
		if got := n.r.Records("ns"); len(got) != 1 || string(got["b"]) != "2" {
			t.Errorf("%s records %q", n.id, got)
		}
	}

	req, _ := http.NewRequest("PUT", "/kv/sub", strings.NewReader("via-submit"))
	req.Header.Set(IdempotencyHeader, `"sub-1"`)
	resp, err := l.r.Submit(ctx, req)
	if err != nil || resp.Status != 200 || resp.Index == 0 {
		t.Fatalf("submit: %+v %v", resp, err)
	}
	req, _ = http.NewRequest("PUT", "/kv/sub", strings.NewReader("via-submit"))
	req.Header.Set(IdempotencyHeader, `"sub-1"`)
	again, err := l.r.Submit(ctx, req)
	if err != nil || !again.Replayed || again.Index != resp.Index {
		t.Fatalf("submit again: %+v %v", again, err)
	}
	if _, err := f.r.Submit(ctx, req); !errors.Is(err, ErrNotLeader) {
		t.Fatalf("submit on a follower: %v", err)
	}
	bad, _ := http.NewRequest("GET", "/nothing", nil)
	if _, err := l.r.Submit(ctx, bad); err == nil {
		t.Fatal("submit without a route accepted")
	}
	c.waitConverged()
	for _, n := range c.nodes {
		if v, _ := n.state.get("sub"); v != "via-submit" || n.state.appliesOf("sub-1") != 1 {
			t.Errorf("%s sub=%q applies %d", n.id, v, n.state.appliesOf("sub-1"))
		}
	}
}

func TestConfigErrorsNameTheField(t *testing.T) {
	base := Config{Endpoints: []string{"http://127.0.0.1:1"}, Service: "s", ReplicaID: "r", AdvertiseURL: "http://127.0.0.1:2", State: newKV()}
	cases := map[string]func(*Config){
		"Endpoints":    func(c *Config) { c.Endpoints = nil },
		"Service":      func(c *Config) { c.Service = "a/b" },
		"ReplicaID":    func(c *Config) { c.ReplicaID = "" },
		"AdvertiseURL": func(c *Config) { c.AdvertiseURL = "localhost:80" },
		"SessionTTL":   func(c *Config) { c.SessionTTL = 1500 * time.Millisecond },
		"State":        func(c *Config) { c.State = nil },
		"MaxSnapshots": func(c *Config) { c.MaxSnapshots = -1 },
		"MaxBodyBytes": func(c *Config) { c.MaxBodyBytes = 10 << 20 },
	}
	for field, mut := range cases {
		cfg := base
		mut(&cfg)
		_, err := New(cfg)
		if err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: error %v does not name the field", field, err)
		}
	}
	r, err := New(base)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if err := r.Run(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("Run after Close: %v", err)
	}
}

func TestParseIdempotencyKey(t *testing.T) {
	ok := map[string]string{`"abc"`: "abc", `"a\"b"`: `a"b`, `8e03978e-40d5`: "8e03978e-40d5", ` "x" `: "x"}
	for in, want := range ok {
		got, err := parseIdempotencyKey(http.Header{IdempotencyHeader: {in}})
		if err != nil || got != want {
			t.Errorf("%q: %q %v, want %q", in, got, err, want)
		}
	}
	for _, in := range []string{`""`, `"abc`, `"a"b"`, `a b`, `"\x"`, `"` + strings.Repeat("k", 300) + `"`, "\"é\""} {
		if got, err := parseIdempotencyKey(http.Header{IdempotencyHeader: {in}}); err == nil {
			t.Errorf("%q accepted as %q", in, got)
		}
	}
	if _, err := parseIdempotencyKey(http.Header{IdempotencyHeader: {`"a"`, `"b"`}}); err == nil {
		t.Error("two headers accepted")
	}
}
