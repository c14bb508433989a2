//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/e2e/harness"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/netfault"
)

// TestScenarioRPCFailover is issue 6, scenario 5: node0 has two endpoints per
// chain, a TCP proxy in front of the chain's geth listed first and geth itself
// second. A steady stream of requests runs both ways; mid-run both proxies die
// (listener and open connections closed). The threshold is 4 of 4 here, so
// every transfer needs node0's vote and any delay of node0 shows in the
// transfer latency. Measured: when node0's metrics mark the dead endpoint
// unhealthy, node0's longest gap between votes around the failure, and the
// latency of the requests made around it against those made before. Nothing
// may be lost, and no request may take longer than the slowest request before
// the failure plus the measured failover time plus two blocks.
func TestScenarioRPCFailover(t *testing.T) {
	const (
		rate     = 1.0 // requests per second per direction
		n        = 40
		killFrom = 15 * time.Second // into the stream
	)
	c := newCluster(t, clusterOpts{operators: 4, threshold: 4, users: 4})
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	proxies := map[string]*netfault.Proxy{}
	for _, g := range []*harness.Geth{c.parent, c.childGeth} {
		p, err := netfault.New(strings.TrimPrefix(g.WSURL(), "ws://"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.Close)
		proxies[g.Name()] = p
	}
	nodes := c.startNodes(ctx, func(i int, cfg *config.Config) {
		if i == 0 {
			cfg.Parent.Endpoints = []string{proxies["parent"].URL("ws"), c.parent.WSURL()}
			cfg.Child.Endpoints = []string{proxies["child"].URL("ws"), c.child.WSURL()}
			// Two routes to one provider: failover, not agreement between
			// independent providers (min_endpoint_agreement 2 would wait for
			// the dead route; issue 13's tests cover agreement).
			cfg.Parent.MinEndpointAgreement, cfg.Child.MinEndpointAgreement = 1, 1
		}
	})
	node0 := nodes[0]
	before := c.ledger(ctx)
	c.seedChildTokens(ctx)

	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	go func() {
		defer wg.Done()
		c.burstBoth(ctx, trafficOpts{n: n, rate: rate})
	}()
	time.Sleep(killFrom)
	killAt := time.Now()
	for _, p := range proxies {
		p.Down()
	}
	t.Logf("proxies down %s into the stream", killAt.Sub(start).Round(time.Millisecond))

	// When node0 marks the proxy endpoints unhealthy.
	detected := waitEndpointHealth(t, ctx, node0, proxies, 0, killAt)
	for _, chain := range []string{"parent", "child"} {
		if d, ok := detected[chain]; ok {
			t.Logf("node0 marked the %s proxy endpoint unhealthy %s after it died", chain, d.Round(time.Millisecond))
		} else {
			t.Errorf("node0 did not mark the %s proxy endpoint unhealthy within 30s (metric servicechain_endpoint_healthy)", chain)
		}
	}
	// The proxies come back 10 s after they died; node0 sees them healthy again.
	time.Sleep(time.Until(killAt.Add(10 * time.Second)))
	upAt := time.Now()
	for _, p := range proxies {
		if err := p.Restore(); err != nil {
			t.Fatal(err)
		}
	}
	recovered := waitEndpointHealth(t, ctx, node0, proxies, 1, upAt)
	for _, chain := range []string{"parent", "child"} {
		if d, ok := recovered[chain]; ok {
			t.Logf("node0 marked the %s proxy endpoint healthy again %s after it came back", chain, d.Round(time.Millisecond))
		} else {
			t.Errorf("node0 did not mark the %s proxy endpoint healthy again within 30s", chain)
		}
	}
	wg.Wait()
	p2c, c2p := c.finish(ctx, before, 2*time.Minute)

	// Latency of requests made before the failure and around it, and node0's
	// vote gaps, from the chains.
	killT := uint64(killAt.Unix())
	var lines []string
	for _, d := range []struct {
		r   *harness.DirectionReport
		dst *ethclient.Client
		br  common.Address
	}{{p2c, c.cec, c.dep.ChildBridge}, {c2p, c.pec, c.dep.ParentBridge}} {
		var baseline, around []float64
		for _, tm := range d.r.Timings {
			lat := float64(tm.HandleTime) - float64(tm.RequestTime)
			switch {
			case tm.RequestTime+2 < killT:
				baseline = append(baseline, lat)
			case tm.RequestTime <= killT+15:
				around = append(around, lat)
			}
		}
		sort.Float64s(baseline)
		sort.Float64s(around)
		if len(baseline) == 0 || len(around) == 0 {
			t.Fatalf("%s: %d requests before the failure, %d around it: the stream did not span it", d.r.Direction, len(baseline), len(around))
		}
		gap, gapAt, err := voteGap(ctx, d.dst, d.br, harness.KeyAddress(c.operators[0]), killT)
		if err != nil {
			t.Fatal(err)
		}
		bMax, aMax := baseline[len(baseline)-1], around[len(around)-1]
		failover := max(0, aMax-harness.Percentile(baseline, 50))
		t.Logf("%s: latency before the failure p50 %.0fs max %.0fs (%d requests); in the 15s after it p50 %.0fs max %.0fs (%d requests); node0's longest gap between votes around the failure %ds (ending at %d, failure at %d)",
			d.r.Direction, harness.Percentile(baseline, 50), bMax, len(baseline), harness.Percentile(around, 50), aMax, len(around), gap, gapAt, killT)
		bound := bMax + detectedMax(detected).Seconds() + 2
		if aMax > bound {
			t.Errorf("%s: a request around the failure took %.0fs, beyond the slowest before it (%.0fs) + failover detection (%.1fs) + 2 blocks", d.r.Direction, aMax, bMax, detectedMax(detected).Seconds())
		}
		lines = append(lines, fmt.Sprintf("%s latency before p50 %.0fs/max %.0fs, after p50 %.0fs/max %.0fs, extra delay %.0fs, node0 vote gap %ds",
			d.r.Direction, harness.Percentile(baseline, 50), bMax, harness.Percentile(around, 50), aMax, failover, gap))
	}
	summary(t, "rpc-failover", "k=4 of 4, node0 with [proxy, geth] per chain, proxies killed %.0fs into a %d-request stream each way at %.0f/s: %d+%d handled exactly once, none lost; node0 marked the dead endpoint unhealthy after %s (parent) / %s (child) and healthy again %s / %s after it returned; %s",
		killFrom.Seconds(), n, rate, p2c.Handled, c2p.Handled, detected["parent"].Round(time.Millisecond), detected["child"].Round(time.Millisecond),
		recovered["parent"].Round(time.Millisecond), recovered["child"].Round(time.Millisecond), strings.Join(lines, "; "))
}

// waitEndpointHealth polls node0's metrics (up to 30 s) until
// servicechain_endpoint_healthy of each proxy's URL equals want, and returns
// per chain how long after since that happened.
func waitEndpointHealth(t *testing.T, ctx context.Context, node *harness.BridgeNode, proxies map[string]*netfault.Proxy, want float64, since time.Time) map[string]time.Duration {
	t.Helper()
	got := map[string]time.Duration{}
	for i := 0; i < 300 && len(got) < len(proxies); i++ {
		m, err := node.Metrics(ctx)
		if err == nil {
			for key, v := range m {
				if !strings.HasPrefix(key, "servicechain_endpoint_healthy{") || v != want {
					continue
				}
				for chain, p := range proxies {
					if _, seen := got[chain]; !seen && strings.Contains(key, `chain="`+chain+`"`) && strings.Contains(key, `endpoint="`+p.URL("ws")+`"`) {
						got[chain] = time.Since(since)
					}
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return got
}

func detectedMax(d map[string]time.Duration) time.Duration {
	var m time.Duration
	for _, v := range d {
		m = max(m, v)
	}
	return m
}

// voteGap returns the longest interval (seconds, block timestamps) between
// consecutive HandleVote events of operator on bridge that ends at or after
// around, and the timestamp where it ends.
func voteGap(ctx context.Context, ec *ethclient.Client, bridge, operator common.Address, around uint64) (uint64, uint64, error) {
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{bridge},
		Topics: [][]common.Hash{{eventID("HandleVote")}, nil, {common.BytesToHash(operator.Bytes())}},
	})
	if err != nil {
		return 0, 0, err
	}
	var times []uint64
	seen := map[uint64]bool{}
	for _, l := range logs {
		if seen[l.BlockNumber] {
			continue
		}
		seen[l.BlockNumber] = true
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return 0, 0, err
		}
		times = append(times, h.Time)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	var gap, at uint64
	for i := 1; i < len(times); i++ {
		if times[i] >= around && times[i]-times[i-1] > gap {
			gap, at = times[i]-times[i-1], times[i]
		}
		if times[i-1] > around+30 {
			break
		}
	}
	return gap, at, nil
}
