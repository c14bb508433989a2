package producer

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/trie"
	dto "github.com/prometheus/client_model/go"
	"go.etcd.io/etcd/client/v3/concurrency"

	"github.com/servicechain/servicechain/internal/devchain"
	"github.com/servicechain/servicechain/internal/etcdembed"
)

// The benchmarks print their figures (go test -run '^$' -bench . -benchtime 1x
// ./internal/producer/); BENCHMARKS.md ("Service-chain nodes") records a run.

func percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(q*float64(len(s)-1) + 0.5)
	return s[i]
}

func maxOf(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// BenchmarkCommitTxn times the fenced commit transaction alone on an
// embedded etcd: an empty block, and a block of 1,400 transfers (a full 30M
// gas block of plain transfers, about 150 kB).
func BenchmarkCommitTxn(b *testing.B) {
	for _, txs := range []int{0, 1400} {
		b.Run(fmt.Sprintf("txs=%d", txs), func(b *testing.B) {
			s, err := etcdembed.Start(etcdembed.Config{Dir: b.TempDir()})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			c := &cluster{t: b, etcd: s}
			cli := c.newClient()
			defer cli.Close()
			g := core.DeveloperGenesisBlock(30_000_000, nil)
			p, err := New(Config{Name: "bench", ChainConfig: g.Config, Prefix: "/bench"}, cli, nopExecution{})
			if err != nil {
				b.Fatal(err)
			}
			if p.cfg, err = p.cfg.resolvePeriod(time.Second, true); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			sess, err := newSession(ctx, cli, 2*time.Second, 500*time.Millisecond)
			if err != nil {
				b.Fatal(err)
			}
			defer sess.close()
			elec := concurrency.NewElection(sess.cs, p.keys.Election())
			if err := elec.Campaign(ctx, "bench"); err != nil {
				b.Fatal(err)
			}
			t := term{key: elec.Key(), rev: elec.Rev(), sess: sess}
			var body types.Body
			signer := types.LatestSignerForChainID(big.NewInt(1))
			for i := 0; i < txs; i++ {
				body.Transactions = append(body.Transactions, types.MustSignNewTx(devchain.DevKey(0), signer, &types.DynamicFeeTx{
					ChainID: big.NewInt(1), Nonce: uint64(i), GasTipCap: common.Big1, GasFeeCap: big10gwei, Gas: 21000, To: &common.Address{1}, Value: common.Big1,
				}))
			}
			parent := Head{Number: 0, Hash: common.Hash{1}}
			if _, err := cli.Put(ctx, p.keys.Head(), headValue(0, parent.Hash)); err != nil {
				b.Fatal(err)
			}
			size := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				h := &types.Header{Number: new(big.Int).SetUint64(parent.Number + 1), ParentHash: parent.Hash, Difficulty: common.Big0, BaseFee: common.Big1}
				blk := types.NewBlock(h, &body, nil, trie.NewStackTrie(nil))
				rec := &Record{Hash: blk.Hash(), Block: blk, Leader: "bench", Term: t.rev, SealedAt: time.Now()}
				enc, err := EncodeRecord(rec)
				if err != nil {
					b.Fatal(err)
				}
				size = len(enc)
				b.StartTimer()
				if err := p.commit(ctx, t, parent, rec, enc); err != nil {
					b.Fatal(err)
				}
				parent = rec.Head()
			}
			b.ReportMetric(float64(size), "record-bytes")
		})
	}
}

type nopExecution struct{ Execution }

// BenchmarkFailover runs a cluster of two producers and one endpoint and
// measures: commit latency and follower import lag over steady production,
// missed slots per planned handover, and failover time after the leader is
// killed (its etcd client closed first, so it cannot resign).
func BenchmarkFailover(b *testing.B) {
	const (
		steadyBlocks = 30
		handovers    = 10
		kills        = 20
	)
	c := newCluster(b, time.Second)
	a := c.start("p0", RoleProducer, nil, nil)
	waitFor(b, 30*time.Second, "a leader", func() bool { return a.role() == "leader" })
	c.start("p1", RoleProducer, nil, nil)
	e := c.start("e", RoleEndpoint, nil, nil)

	// Import lag: the endpoint's chain-head events against the records' seal times.
	arrivals := map[uint64]time.Time{}
	var amu sync.Mutex
	ch := make(chan core.ChainHeadEvent, 256)
	sub := e.el.Backend().BlockChain().SubscribeChainHeadEvent(ch)
	defer sub.Unsubscribe()
	go func() {
		for ev := range ch {
			amu.Lock()
			arrivals[ev.Header.Number.Uint64()] = time.Now()
			amu.Unlock()
		}
	}()
	waitFor(b, 30*time.Second, "the endpoint at the committed head", func() bool {
		h, _ := c.committed(b)
		return h.Number >= 2 && e.head() == h.Number
	})
	start := e.head()
	waitFor(b, 120*time.Second, "steady blocks", func() bool { return e.head() >= start+steadyBlocks })
	_, recs := c.committed(b)
	var lags []float64
	amu.Lock()
	for n := start + 1; n <= start+steadyBlocks; n++ {
		if r, t := recs[n], arrivals[n]; r != nil && !t.IsZero() {
			lags = append(lags, t.Sub(r.SealedAt).Seconds())
		}
	}
	amu.Unlock()
	leader := c.leader(b, 10*time.Second)
	var commit []float64
	if m := histogram(leader.p.m.commitLatency); m != nil {
		commit = append(commit, m.GetSampleSum()/float64(m.GetSampleCount()))
	}
	fmt.Printf("steady: %d blocks; follower import lag p50 %.1f ms p99 %.1f ms max %.1f ms; leader commit latency mean %.2f ms (histogram of %s)\n",
		len(lags), 1e3*percentile(lags, .5), 1e3*percentile(lags, .99), 1e3*maxOf(lags), 1e3*commit[0], leader.name)
	b.ReportMetric(1e3*percentile(lags, .5), "import-lag-p50-ms")
	b.ReportMetric(1e3*percentile(lags, .99), "import-lag-p99-ms")
	b.ReportMetric(1e3*commit[0], "commit-mean-ms")

	// Planned handovers.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	var missed []float64
	var hoTimes []float64
	for i := 0; i < handovers; i++ {
		l := c.leader(b, 30*time.Second)
		waitFor(b, 30*time.Second, "a healthy standby", func() bool {
			for _, n := range c.live() {
				if n != l && n.p.cfg.Role == RoleProducer && n.p.healthy() {
					return true
				}
			}
			return false
		})
		res, err := l.p.Handover(ctx, "")
		if err != nil {
			b.Fatal(err)
		}
		var prev, next *Record
		waitFor(b, 20*time.Second, "the successor's block", func() bool {
			_, recs := c.committed(b)
			prev, next = recs[res.Number], recs[res.Number+1]
			return next != nil
		})
		missed = append(missed, float64(l.p.slots.missed(prev.Time(), next.Time())))
		hoTimes = append(hoTimes, next.SealedAt.Sub(prev.SealedAt).Seconds())
	}
	sumMissed := 0.0
	for _, m := range missed {
		sumMissed += m
	}
	fmt.Printf("planned handovers: %d; missed slots total %.0f (per handover %.2f); block-to-block p50 %.3f s max %.3f s\n",
		handovers, sumMissed, sumMissed/handovers, percentile(hoTimes, .5), maxOf(hoTimes))
	b.ReportMetric(sumMissed/handovers, "missed-slots/handover")

	// Kills.
	var gaps, sinceKill, missedKill []float64
	for i := 0; i < kills; i++ {
		l := c.leader(b, 30*time.Second)
		waitFor(b, 30*time.Second, "a healthy standby", func() bool {
			for _, n := range c.live() {
				if n != l && n.p.cfg.Role == RoleProducer && n.p.healthy() {
					return true
				}
			}
			return false
		})
		// Kill at a random point of the slot.
		time.Sleep(time.Duration(i%10) * 100 * time.Millisecond)
		killed := time.Now()
		l.kill(b)
		var lastOld, first *Record
		waitFor(b, 30*time.Second, "the new leader's block", func() bool {
			_, recs := c.committed(b)
			if lastOld = lastBy(recs, l.name); lastOld != nil {
				first = recs[lastOld.Number()+1]
			}
			return first != nil
		})
		gaps = append(gaps, first.SealedAt.Sub(lastOld.SealedAt).Seconds())
		sinceKill = append(sinceKill, first.SealedAt.Sub(killed).Seconds())
		missedKill = append(missedKill, float64(l.p.slots.missed(lastOld.Time(), first.Time())))
		c.start(fmt.Sprintf("p%d", i+2), RoleProducer, nil, nil)
	}
	fmt.Printf("leader kills: %d; last block of the old leader to first of the new p50 %.2f s p99 %.2f s max %.2f s; kill to first block p50 %.2f s max %.2f s; missed slots per kill p50 %.0f max %.0f (TTL 2 s, period 1 s)\n",
		kills, percentile(gaps, .5), percentile(gaps, .99), maxOf(gaps), percentile(sinceKill, .5), maxOf(sinceKill), percentile(missedKill, .5), maxOf(missedKill))
	b.ReportMetric(percentile(gaps, .5), "failover-p50-s")
	b.ReportMetric(percentile(gaps, .99), "failover-p99-s")
	c.assertOneChain(b, c.live()...)
}

func histogram(h interface{ Write(*dto.Metric) error }) *dto.Histogram {
	var m dto.Metric
	if err := h.Write(&m); err != nil {
		return nil
	}
	return m.GetHistogram()
}

// load sends transfers from many accounts through client as fast as the
// pool takes them (at most window unconfirmed per account) until ctx ends.
func load(ctx context.Context, client *ethclient.Client, chainID *big.Int, accounts, window int) *atomic.Int64 {
	var sent atomic.Int64
	signer := types.LatestSignerForChainID(chainID)
	feeCap := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e9))
	for i := 0; i < accounts; i++ {
		go func(i int) {
			key, addr := devchain.DevKey(i), devchain.DevAddress(i)
			nonce, err := client.PendingNonceAt(ctx, addr)
			if err != nil {
				return
			}
			confirmed := nonce
			for ctx.Err() == nil {
				if nonce-confirmed >= uint64(window) {
					if n, err := client.NonceAt(ctx, addr, nil); err == nil {
						confirmed = n
					}
					if nonce-confirmed >= uint64(window) {
						time.Sleep(20 * time.Millisecond)
						continue
					}
				}
				tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
					ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: feeCap, Gas: 21000, To: &common.Address{0xee}, Value: common.Big1,
				})
				if err := client.SendTransaction(ctx, tx); err != nil {
					time.Sleep(10 * time.Millisecond)
					if n, err := client.PendingNonceAt(ctx, addr); err == nil {
						nonce = n
					}
					continue
				}
				nonce++
				sent.Add(1)
			}
		}(i)
	}
	return &sent
}

// txsIn counts the transactions in blocks (from, to] of a chain and
// describes how full the blocks were: how many held no transaction, the
// fewest and the most a block held, and the slots the blocks skipped
// (timestamps more than one period apart).
func txsIn(ctx context.Context, client *ethclient.Client, from, to uint64, period time.Duration) (int, string, error) {
	total, empty, fewest, most, skipped := 0, 0, -1, 0, uint64(0)
	var prev uint64
	for n := from + 1; n <= to; n++ {
		blk, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, "", err
		}
		k := len(blk.Transactions())
		total += k
		if k == 0 {
			empty++
		}
		if fewest < 0 || k < fewest {
			fewest = k
		}
		most = max(most, k)
		if p := uint64(period / time.Second); prev != 0 && p > 0 && blk.Time() > prev+p {
			skipped += (blk.Time() - prev - p) / p
		}
		prev = blk.Time()
	}
	return total, fmt.Sprintf("%d blocks, %d empty, %d to %d transfers a block, %d slots skipped", to-from, empty, max(fewest, 0), most, skipped), nil
}

// BenchmarkTPS compares sustained transfers per second of a single dev node
// (internal/devchain, go-ethereum's simulated beacon) with the fenced
// producer (two producers and one endpoint; transactions sent to the
// endpoint reach the leader over devp2p), 1 s blocks, 30M gas.
func BenchmarkTPS(b *testing.B) {
	const (
		accounts = testAccounts
		window   = 64 // 64 x 64 in flight: under go-ethereum's 5,120 global pool slots, and enough to fill 30M-gas blocks
		warmup   = 5 * time.Second
		measure  = 20 * time.Second
	)
	run := func(b *testing.B, name string, client *ethclient.Client, head func() uint64, chainID *big.Int) float64 {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		sent := load(ctx, client, chainID, accounts, window)
		time.Sleep(warmup)
		h0, t0 := head(), time.Now()
		time.Sleep(measure)
		h1, t1 := head(), time.Now()
		cancel()
		rctx, rcancel := context.WithTimeout(context.Background(), time.Minute)
		defer rcancel()
		n, blocks, err := txsIn(rctx, client, h0, h1, time.Second)
		if err != nil {
			b.Fatal(err)
		}
		tps := float64(n) / t1.Sub(t0).Seconds()
		fmt.Printf("%s: %d transfers in blocks %d-%d over %.1f s: %.0f tx/s (sent %d; %s)\n", name, n, h0+1, h1, t1.Sub(t0).Seconds(), tps, sent.Load(), blocks)
		return tps
	}
	alloc := testAlloc()
	var single, ha float64
	b.Run("devchain", func(b *testing.B) {
		ch, err := devchain.Start(devchain.Config{ChainID: testChainID, BlockPeriod: time.Second, HTTPPort: -1, WSPort: -1, Alloc: alloc})
		if err != nil {
			b.Fatal(err)
		}
		defer ch.Close()
		single = run(b, "single dev node", ch.Client(), ch.BlockNumber, big.NewInt(testChainID))
		b.ReportMetric(single, "tx/s")
	})
	b.Run("producer", func(b *testing.B) {
		c := newCluster(b, time.Second)
		a := c.start("p0", RoleProducer, nil, nil)
		waitFor(b, 30*time.Second, "a leader", func() bool { return a.role() == "leader" && a.head() >= 2 })
		one := run(b, "one fenced producer (etcd commit, no followers)", a.el.Client(), a.head, big.NewInt(testChainID))
		b.ReportMetric(one, "tx/s")
		if single > 0 {
			fmt.Printf("TPS overhead of the fenced commit path alone: %.1f %%\n", 100*(single-one)/single)
		}
	})
	b.Run("producers", func(b *testing.B) {
		c := newCluster(b, time.Second)
		a := c.start("p0", RoleProducer, nil, nil)
		waitFor(b, 30*time.Second, "a leader", func() bool { return a.role() == "leader" })
		c.start("p1", RoleProducer, nil, nil)
		e := c.start("e", RoleEndpoint, nil, nil)
		waitFor(b, 30*time.Second, "peers", func() bool { return e.el.PeerCount() >= 2 && e.head() >= 2 })
		ha = run(b, "fenced producers (2 producers + endpoint, sent to the endpoint)", e.el.Client(), e.head, big.NewInt(testChainID))
		b.ReportMetric(ha, "tx/s")
		c.assertOneChain(b, c.live()...)
	})
	if single > 0 && ha > 0 {
		fmt.Printf("TPS overhead of three nodes sharing this machine's cores: %.1f %%\n", 100*(single-ha)/single)
	}
}
