package devnet

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/servicenode"
)

// TestCheckFlags: every bad value is an input error naming its flag.
func TestCheckFlags(t *testing.T) {
	good := func() Config {
		return Config{BlockPeriod: time.Second, Operators: 3, Threshold: 2, Accounts: 10, ParentChainID: 1001, ChildChainID: 1000,
			ChildProducers: 2, ChildEndpoints: 1}
	}
	c := good()
	if err := c.CheckFlags(1); err != nil {
		t.Fatalf("good config: %v", err)
	}
	for _, tc := range []struct {
		mut       func(*Config)
		endpoints int
		want      string
	}{
		{func(c *Config) { c.BlockPeriod = 0 }, 1, "--block-time"},
		{func(c *Config) { c.Threshold = 4 }, 1, "--threshold 4"},
		{func(c *Config) { c.ChildProducers = 0 }, 1, "--child-producers 0"},
		{func(c *Config) {}, -1, "--child-endpoints -1"},
		{func(c *Config) { c.ChildProducers = MaxChildNodes }, 1, "at most"},
		{func(c *Config) { c.ChildChainID = 1001 }, 1, "--child-chain-id are both 1001"},
		{func(c *Config) { c.ParentHTTPPort, c.ChildWSPort = 18545, 18545 }, 1, "--child-ws-port 18545: the same port as --parent-http-port"},
		{func(c *Config) { c.ChildHTTPPort = 70000 }, 1, "--child-http-port 70000"},
	} {
		c := good()
		tc.mut(&c)
		err := c.CheckFlags(tc.endpoints)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !input.Is(err) {
			t.Errorf("%s: got %v; want an input error containing %q", tc.want, err, tc.want)
		}
	}
	if _, err := AdminTargets("", "", "", "", ""); err == nil || !strings.Contains(err.Error(), "--devnet DIR") {
		t.Errorf("no target: %v", err)
	}
}

// TestServiceChainDevnet: the default devnet runs the child chain as two
// producer candidates and an endpoint on an embedded etcd; the status and
// handover of `servicechain node ... --devnet DIR` work against it; one
// producer alone is a single dev node with no service-chain nodes.
func TestServiceChainDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two devnets")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	dir := t.TempDir()
	d, err := Start(ctx, Config{DataDir: dir, NoAnchoring: true, Accounts: 2, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if nr := d.WaitReady(ctx, time.Minute); len(nr) > 0 {
		t.Fatalf("not ready: %v", nr)
	}
	info, err := ReadInfo(dir)
	if err != nil {
		t.Fatal(err)
	}
	var shape []string
	for _, n := range info.ServiceNodes {
		shape = append(shape, n.Name+"/"+n.Role)
	}
	if got := strings.Join(shape, " "); got != "producer1/producer producer2/producer endpoint1/endpoint" {
		t.Fatalf("service nodes %q", got)
	}
	ts, err := AdminTargets("", "", "", dir, "")
	if err != nil {
		t.Fatal(err)
	}
	leader := ""
	for _, st := range servicenode.ReadStatuses(ctx, ts) {
		if st.Error != "" {
			t.Fatalf("%s: %s", st.Target.Name, st.Error)
		}
		if st.Status.Leader {
			leader = st.Target.Name
		}
	}
	if leader == "" {
		t.Fatal("no node leads")
	}
	res, err := servicenode.Handover(ctx, ts, "")
	if err != nil {
		t.Fatal(err)
	}
	if res.From != leader || res.To == leader || res.To == "endpoint1" {
		t.Fatalf("handover %s -> %s; the leader was %s", res.From, res.To, leader)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	single := t.TempDir()
	d1, err := Start(ctx, Config{DataDir: single, NoAnchoring: true, Accounts: 2, Logger: quiet, ChildProducers: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer d1.Close()
	if len(d1.Info().ServiceNodes) != 0 {
		t.Fatalf("--child-producers 1: service nodes %v", d1.Info().ServiceNodes)
	}
	if _, err := AdminTargets("", "", "", single, ""); err == nil || !strings.Contains(err.Error(), "single dev node") {
		t.Fatalf("targets of a single dev node: %v", err)
	}
}
