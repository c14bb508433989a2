package app_test

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anishathalye/porcupine"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/examples/points/app"
)

type regInput struct {
	write bool
	key   string
	value string
}

// registerModel is a set of independent registers (one partition per key).
var registerModel = porcupine.Model{
	Partition: func(history []porcupine.Operation) [][]porcupine.Operation {
		by := map[string][]porcupine.Operation{}
		var keys []string
		for _, op := range history {
			k := op.Input.(regInput).key
			if _, ok := by[k]; !ok {
				keys = append(keys, k)
			}
			by[k] = append(by[k], op)
		}
		out := make([][]porcupine.Operation, 0, len(keys))
		for _, k := range keys {
			out = append(out, by[k])
		}
		return out
	},
	Init: func() any { return "" },
	Step: func(state, input, output any) (bool, any) {
		in := input.(regInput)
		if in.write {
			return true, in.value
		}
		return output.(string) == state.(string), state
	},
	DescribeOperation: func(input, output any) string {
		in := input.(regInput)
		if in.write {
			return fmt.Sprintf("put(%s, %q)", in.key, in.value)
		}
		return fmt.Sprintf("get(%s) -> %q", in.key, output)
	},
}

// Concurrent clients write and read registers through random replicas while
// the leader is replaced again and again; porcupine checks that the history
// is linearizable (writes retried with their Idempotency-Key until they are
// answered; reads go through Sync).
func TestRegisterLinearizable(t *testing.T) {
	if testing.Short() {
		t.Skip("runs about 10 s")
	}
	c := newCluster(t, 3, nil)
	c.leader()
	var mu sync.Mutex
	urls := func() []string {
		mu.Lock()
		defer mu.Unlock()
		var out []string
		for _, s := range c.servers {
			if s != nil {
				out = append(out, s.URL)
			}
		}
		return out
	}
	start := time.Now()
	stop := make(chan struct{})
	var changes atomic.Int32
	var nemesis sync.WaitGroup
	nemesisDone := make(chan struct{})
	nemesis.Go(func() {
		defer close(nemesisDone)
		for changes.Load() < 8 {
			select {
			case <-stop:
				return
			case <-time.After(600 * time.Millisecond):
			}
			l := c.leader()
			mu.Lock()
			idx := -1
			for i, s := range c.servers {
				if s == l {
					idx = i
				}
			}
			c.servers[idx] = nil
			mu.Unlock()
			t0 := time.Now()
			l.Close() // resigns: another replica takes over
			changes.Add(1)
			t.Logf("leader %s closed in %s", l.Replica.ID(), time.Since(t0).Round(time.Millisecond))
			s, err := app.Start(app.ServerConfig{ID: fmt.Sprintf("r%d", idx+1), Listen: "127.0.0.1:0", Etcd: c.etcd.Endpoints(),
				SessionTTL: time.Second, Logger: logger()})
			if err != nil {
				t.Error(err)
				return
			}
			t.Cleanup(s.Close)
			mu.Lock()
			c.servers[idx] = s
			mu.Unlock()
		}
	})

	client := &http.Client{Timeout: 5 * time.Second}
	var opsMu sync.Mutex
	var ops []porcupine.Operation
	keys := []string{"x", "y", "z"}
	const workers, perWorker = 6, 40
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for i := 0; ; i++ {
				if i >= perWorker {
					select {
					case <-nemesisDone:
						return
					default:
					}
				}
				key := keys[rng.IntN(len(keys))]
				in := regInput{write: rng.IntN(2) == 0, key: key, value: fmt.Sprintf("w%d-%d", w, i)}
				call := time.Since(start).Nanoseconds()
				var out any
				ret := int64(math.MaxInt64) // never answered: the write may or may not have happened
				deadline := time.Now().Add(15 * time.Second)
				for time.Now().Before(deadline) {
					us := urls()
					url := us[rng.IntN(len(us))] + "/register/" + key
					var req *http.Request
					if in.write {
						req, _ = http.NewRequest("PUT", url, strings.NewReader(in.value))
						req.Header.Set(br2k.IdempotencyHeader, fmt.Sprintf(`"%s-%s"`, key, in.value))
					} else {
						req, _ = http.NewRequest("GET", url, nil)
					}
					resp, err := client.Do(req)
					if err != nil {
						time.Sleep(20 * time.Millisecond)
						continue
					}
					b, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						time.Sleep(20 * time.Millisecond)
						continue
					}
					var body struct {
						Value string `json:"value"`
					}
					if err := json.Unmarshal(b, &body); err != nil {
						t.Errorf("answer %s: %v", b, err)
						return
					}
					out, ret = body.Value, time.Since(start).Nanoseconds()
					break
				}
				if !in.write && ret == math.MaxInt64 {
					continue // a read never answered says nothing
				}
				if out == nil {
					out = ""
				}
				opsMu.Lock()
				ops = append(ops, porcupine.Operation{ClientId: w, Input: in, Call: call, Output: out, Return: ret})
				opsMu.Unlock()
			}
		})
	}
	wg.Wait()
	close(stop)
	nemesis.Wait()
	if changes.Load() < 8 {
		t.Fatalf("only %d leader changes during the run", changes.Load())
	}
	res := porcupine.CheckOperationsTimeout(registerModel, ops, time.Minute)
	t.Logf("%d operations, %d leader changes, %s: %s", len(ops), changes.Load(), time.Since(start).Round(time.Millisecond), res)
	if res != porcupine.Ok {
		t.Fatalf("history is %s", res)
	}
}
