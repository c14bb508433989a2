package br2k

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
)

// Benchmarks print their numbers (go test -run '^$' -bench . -benchtime 1x
// ./br2k/); BENCHMARKS.md ("br2k") records a run. Sizes come from BR2K_BENCH_*
// environment variables so CI can run them small.

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p)
	return s[i]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

var benchClient = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}

func timedPut(b testing.TB, url, key, body string) (time.Duration, int) {
	req, _ := http.NewRequest("PUT", url, strings.NewReader(body))
	if key != "" {
		req.Header.Set(IdempotencyHeader, `"`+key+`"`)
	}
	start := time.Now()
	resp, err := benchClient.Do(req)
	d := time.Since(start)
	if err != nil {
		return d, 0
	}
	var buf [512]byte
	for {
		if _, err := resp.Body.Read(buf[:]); err != nil {
			break
		}
	}
	resp.Body.Close()
	return d, resp.StatusCode
}

// Per-request overhead of Replicate over the bare handler, sequential, on
// loopback, 3 replicas and a single embedded etcd member (its WAL fsyncs on
// this machine's disk).
func BenchmarkReplicateOverhead(b *testing.B) {
	n := envInt("BR2K_BENCH_REQUESTS", 2000)
	for range b.N {
		// Bare: the same handler on a plain server.
		st := newKV()
		mux := http.NewServeMux()
		mux.HandleFunc("PUT /kv/{key}", func(w http.ResponseWriter, req *http.Request) {
			st.mu.Lock()
			st.kv[req.PathValue("key")] = "v"
			st.mu.Unlock()
			fmt.Fprintf(w, `{"prev":%q,"index":%d,"leader":%q}`, "", 0, "")
		})
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		srv := &http.Server{Handler: mux}
		go srv.Serve(ln)
		var bare []time.Duration
		for i := range n {
			d, code := timedPut(b, "http://"+ln.Addr().String()+"/kv/k"+strconv.Itoa(i%100), "", "v")
			if code != 200 {
				b.Fatalf("bare: %d", code)
			}
			bare = append(bare, d)
		}
		srv.Close()

		c := newCluster(b, 3, nil)
		l := c.leader()
		f := c.follower()
		var viaLeader, viaFollower []time.Duration
		for i := range n {
			d, code := timedPut(b, l.url+"/kv/k"+strconv.Itoa(i%100), fmt.Sprintf("l%d", i), "v")
			if code != 200 {
				b.Fatalf("leader: %d", code)
			}
			viaLeader = append(viaLeader, d)
		}
		for i := range n / 2 {
			d, code := timedPut(b, f.url+"/kv/k"+strconv.Itoa(i%100), fmt.Sprintf("f%d", i), "v")
			if code != 200 {
				b.Fatalf("follower: %d", code)
			}
			viaFollower = append(viaFollower, d)
		}
		fmt.Printf("Replicate overhead, %d sequential PUTs, 3 replicas:\n", n)
		fmt.Printf("  bare handler        p50 %s  p99 %s\n", ms(pct(bare, .5)), ms(pct(bare, .99)))
		fmt.Printf("  Replicate (leader)  p50 %s  p99 %s  -> overhead p50 %s  p99 %s\n", ms(pct(viaLeader, .5)), ms(pct(viaLeader, .99)),
			ms(pct(viaLeader, .5)-pct(bare, .5)), ms(pct(viaLeader, .99)-pct(bare, .99)))
		fmt.Printf("  via a follower      p50 %s  p99 %s (forwarded)\n", ms(pct(viaFollower, .5)), ms(pct(viaFollower, .99)))
		b.ReportMetric(float64((pct(viaLeader, .5)-pct(bare, .5)).Microseconds())/1000, "overhead-p50-ms")
		b.ReportMetric(float64((pct(viaLeader, .99)-pct(bare, .99)).Microseconds())/1000, "overhead-p99-ms")
	}
}

// Acknowledged requests per second with concurrent clients (group commit:
// one etcd transaction carries every append waiting).
func BenchmarkThroughput(b *testing.B) {
	n := envInt("BR2K_BENCH_REQUESTS", 5000)
	workers := envInt("BR2K_BENCH_WORKERS", 16)
	for range b.N {
		c := newCluster(b, 3, nil)
		l := c.leader()
		start := time.Now()
		var wg sync.WaitGroup
		var mu sync.Mutex
		var lat []time.Duration
		for w := range workers {
			wg.Go(func() {
				for i := w; i < n; i += workers {
					node := c.nodes[i%3]
					d, code := timedPut(b, node.url+"/kv/k"+strconv.Itoa(i%500), fmt.Sprintf("t%d", i), "v")
					if code != 200 {
						b.Errorf("request %d: %d", i, code)
						return
					}
					mu.Lock()
					lat = append(lat, d)
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		el := time.Since(start)
		rps := float64(n) / el.Seconds()
		batches := histCount(l.r.m.appendBatch)
		fmt.Printf("Throughput: %d acknowledged requests by %d clients (spread over the 3 replicas) in %s: %.0f req/s; latency p50 %s p99 %s; %d append transactions (%.1f entries each)\n",
			n, workers, el.Round(time.Millisecond), rps, ms(pct(lat, .5)), ms(pct(lat, .99)), batches, float64(n)/float64(max(batches, 1)))
		b.ReportMetric(rps, "req/s")
	}
}

// Unavailability per leader change: the leader is killed (no resign: the
// lease must expire) while a client writes through the survivors; the gap
// is from the kill to the first acknowledged write after it.
func BenchmarkLeaderChange(b *testing.B) {
	rounds := envInt("BR2K_BENCH_FAILOVERS", 10)
	ttl := time.Duration(envInt("BR2K_BENCH_TTL", 2)) * time.Second
	for range b.N {
		c := newCluster(b, 3, func(cfg *Config) { cfg.SessionTTL = ttl })
		var gaps []time.Duration
		for round := range rounds {
			l := c.leader()
			idx := indexOf(c, l)
			var others []*testNode
			for _, n := range c.nodes {
				if n != l {
					others = append(others, n)
				}
			}
			killed := time.Now()
			l.kill()
			var gap time.Duration
			for i := 0; ; i++ {
				d, code := timedPut(b, others[i%2].url+"/kv/g", fmt.Sprintf("g%d-%d", round, i), "v")
				_ = d
				if code == 200 {
					gap = time.Since(killed)
					break
				}
				if time.Since(killed) > 30*time.Second {
					b.Fatal("no write acknowledged 30 s after the kill")
				}
			}
			gaps = append(gaps, gap)
			c.start(idx)
			c.waitConverged()
		}
		fmt.Printf("Leader change (kill, lease TTL %s), %d rounds: unavailability p50 %s  p99 %s  max %s (target p99 <= TTL + 1 s = %s)\n",
			ttl, rounds, ms(pct(gaps, .5)), ms(pct(gaps, .99)), ms(slices.Max(gaps)), ttl+time.Second)
		b.ReportMetric(pct(gaps, .99).Seconds(), "unavail-p99-s")
	}
}

func histCount(h interface{ Write(*dto.Metric) error }) uint64 {
	var m dto.Metric
	_ = h.Write(&m)
	return m.Histogram.GetSampleCount()
}
