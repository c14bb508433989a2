package sqlstore_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/sqlstore/sqlite"
	"github.com/servicechain/servicechain/internal/etcdembed"
)

// BenchmarkSnapshot50k: version up at 50,000 entries into the SQLite store
// while 16 clients keep writing: capture time (the only time the apply loop
// waits), capture-to-published time, size, and write latency during the
// snapshot against before it. go test -run '^$' -bench Snapshot50k -benchtime 1x ./br2k/sqlstore/
func BenchmarkSnapshot50k(b *testing.B) {
	entries := 50_000
	if v, err := strconv.Atoi(os.Getenv("BR2K_BENCH_ENTRIES")); err == nil && v > 0 {
		entries = v
	}
	for range b.N {
		ctx := context.Background()
		store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "snap.db"))
		if err != nil {
			b.Fatal(err)
		}
		e, err := etcdembed.Start(etcdembed.Config{Dir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		var rs []*br2k.Replica
		var urls []string
		for i := range 3 {
			r, _, url := startReplicaEvery(b, e.Endpoints(), fmt.Sprintf("b%d", i), store, uint64(entries))
			rs, urls = append(rs, r), append(urls, url)
		}
		var leader *br2k.Replica
		var lurl string
		for leader == nil {
			for i, r := range rs {
				if _, ok := r.Leading(); ok {
					leader, lurl = r, urls[i]
				}
			}
			time.Sleep(10 * time.Millisecond)
		}
		client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
		type sample struct {
			at time.Time
			d  time.Duration
		}
		var mu sync.Mutex
		var samples []sample
		var wg sync.WaitGroup
		const workers = 16
		start := time.Now()
		total := entries + entries/5
		for w := range workers {
			wg.Go(func() {
				for i := w; i < total; i += workers {
					req, _ := http.NewRequest("POST", lurl+"/inc/n"+strconv.Itoa(i%10_000), strings.NewReader(""))
					req.Header.Set(br2k.IdempotencyHeader, fmt.Sprintf(`"s%d"`, i))
					at := time.Now()
					resp, err := client.Do(req)
					d := time.Since(at)
					if err != nil || resp.StatusCode != 200 {
						b.Errorf("write %d: %v %v", i, resp, err)
						return
					}
					resp.Body.Close()
					mu.Lock()
					samples = append(samples, sample{at, d})
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		var list []br2k.SnapshotMeta
		for deadline := time.Now().Add(2 * time.Minute); ; {
			list, _ = store.List(ctx, "sql")
			if len(list) > 0 && leader.Status().Snapshot == list[0].Index {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("no snapshot: %+v", list)
			}
			time.Sleep(50 * time.Millisecond)
		}
		m := list[len(list)-1]
		var before, during []time.Duration
		for _, s := range samples {
			switch {
			case s.at.Add(s.d).Before(m.Start):
				before = append(before, s.d)
			case s.at.Before(m.End) && s.at.Add(s.d).After(m.Start):
				during = append(during, s.d)
			}
		}
		capture := metricValue(leader.Collectors(), "br2k_snapshot_capture_seconds")
		fmt.Printf("Version up at entry %d (SQLite store, 3 replicas, %d writes by %d clients in %s = %.0f req/s):\n",
			m.Index, total, workers, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds())
		fmt.Printf("  capture %.2f ms (apply loop held), capture to published %s, %d bytes in %d chunks (br2k header and idempotency keys %d bytes, application state %d bytes)\n",
			capture*1000, m.End.Sub(m.Start).Round(time.Millisecond), m.Size, m.Chunks, m.HeaderSize, m.Size-m.HeaderSize)
		fmt.Printf("  write latency before: n=%d p50 %s p99 %s max %s; during the snapshot: n=%d p50 %s p99 %s max %s\n",
			len(before), ms(pct(before, .5)), ms(pct(before, .99)), ms(maxD(before)), len(during), ms(pct(during, .5)), ms(pct(during, .99)), ms(maxD(during)))
		b.ReportMetric(m.End.Sub(m.Start).Seconds(), "snapshot-s")
		b.ReportMetric(float64(m.Size), "snapshot-bytes")
		for _, r := range rs {
			r.Close()
		}
		e.Close()
		store.DB().Close()
	}
}

func metricValue(cs []prometheus.Collector, name string) float64 {
	for _, c := range cs {
		ch := make(chan prometheus.Metric, 16)
		go func() { c.Collect(ch); close(ch) }()
		for m := range ch {
			if strings.Contains(m.Desc().String(), `"`+name+`"`) {
				var d dto.Metric
				_ = m.Write(&d)
				for range ch {
				}
				return d.GetGauge().GetValue()
			}
		}
	}
	return -1
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[int(float64(len(s)-1)*p)]
}

func maxD(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return slices.Max(ds)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
