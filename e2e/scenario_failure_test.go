//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/servicechain/servicechain/e2e/harness"
)

// TestScenarioNodeFailure is issue 6, scenario 2: 4 bridge node processes,
// threshold 2. Transfers keep completing with one node SIGKILLed, then two;
// with three SIGKILLed the next transfers wait (nothing handled for several
// blocks); when one node returns they complete. Then the other two return and
// a last round runs with all four. Each round sends perRound mixed requests
// each way at once.
func TestScenarioNodeFailure(t *testing.T) {
	const perRound = 8
	c := newCluster(t, clusterOpts{operators: 4, threshold: 2, users: 4})
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	nodes := c.startNodes(ctx, nil)
	before := c.ledger(ctx) // before any transfer: the reports count from the deployment
	c.seedChildTokens(ctx)

	var rounds []string
	nRound := 0
	// Each round starts the kind cycle two further on, so that the rounds of
	// 8 (2 per wallet) together cover every kind.
	kinds := func() []string {
		k := rotate(allKinds, 2*nRound)
		nRound++
		return k
	}
	round := func(name string) {
		t.Helper()
		start := time.Now()
		c.burstBoth(ctx, trafficOpts{n: perRound, kinds: kinds()})
		sent := time.Since(start)
		c.waitDrained(ctx, 2*time.Minute)
		d := time.Since(start)
		t.Logf("round %q: %d requests each way sent in %s, all handled after %s", name, perRound, sent.Round(time.Millisecond), d.Round(time.Millisecond))
		rounds = append(rounds, fmt.Sprintf("%s %.1fs", name, d.Seconds()))
	}
	kill := func(i int) {
		t.Helper()
		if err := nodes[i].Kill(); err != nil {
			t.Fatal(err)
		}
		t.Logf("node%d SIGKILLed", i)
	}

	round("4 up")
	kill(0)
	round("3 up")
	kill(1)
	round("2 up")
	kill(2)

	// One node alive, threshold 2: requests are included, nothing is handled.
	c.burstBoth(ctx, trafficOpts{n: perRound, kinds: kinds()})
	p0, c0, err := c.states(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const waitBlocks = 6
	waitHead(t, ctx, c.childGeth, mustHead(t, ctx, c.childGeth)+waitBlocks)
	waitHead(t, ctx, c.parent, mustHead(t, ctx, c.parent)+1)
	p1, c1, err := c.states(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("1 of 4 up for %d+ blocks: parent->child %s -> %s, child->parent %s -> %s", waitBlocks, p0, p1, c0, c1)
	for _, f := range []struct {
		name   string
		b4, af flowState
	}{{"parent->child", p0, p1}, {"child->parent", c0, c1}} {
		if f.af.Low != f.b4.Low || f.af.Up != f.b4.Up {
			t.Errorf("%s: handled with 1 of 4 nodes up and threshold 2: %s -> %s", f.name, f.b4, f.af)
		}
		if f.af.Low >= f.af.Req {
			t.Errorf("%s: nothing waiting (%s); the round's requests should be open", f.name, f.af)
		}
	}
	waiting := (p1.Req - p1.Low) + (c1.Req - c1.Low)

	// One returns: the waiting requests complete.
	back := time.Now()
	if err := nodes[2].Restart(ctx); err != nil {
		t.Fatal(err)
	}
	restarted := time.Since(back)
	c.waitDrained(ctx, 2*time.Minute)
	resumed := time.Since(back)
	t.Logf("node2 restarted in %s; the %d waiting requests handled %s after the restart began", restarted.Round(time.Millisecond), waiting, resumed.Round(time.Millisecond))

	for _, i := range []int{0, 1} {
		if err := nodes[i].Restart(ctx); err != nil {
			t.Fatal(err)
		}
	}
	round("4 up again")

	p2c, c2p := c.finish(ctx, before, 2*time.Minute)
	checkWasted(t, wastedBound(t), p2c, c2p)
	summary(t, "node-failure", "k=2 of 4; rounds of %d each way: %s; with 1 of 4 up %d requests waited %d+ blocks unhandled, handled %.1fs after one node was restarted (restart %.1fs); %d+%d requests handled exactly once; wasted votes p->c %s, c->p %s",
		perRound, strings.Join(rounds, ", "), waiting, waitBlocks, resumed.Seconds(), restarted.Seconds(), p2c.Handled, c2p.Handled, wasted(p2c), wasted(c2p))
}

// rotate returns s rotated left by k.
func rotate(s []string, k int) []string {
	k %= len(s)
	return append(append([]string(nil), s[k:]...), s[:k]...)
}

// mustHead returns the chain's head block number.
func mustHead(t *testing.T, ctx context.Context, g *harness.Geth) uint64 {
	t.Helper()
	h, err := g.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
