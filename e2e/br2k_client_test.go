//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/anishathalye/porcupine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/e2e/harness"
)

// The br2k scenario's clients: workers that send requests to random replicas
// of the points example, each with a unique Idempotency-Key, retried with
// the same key until a deadline, and log what was acknowledged.

// br2kAnswer is one final answer of a request (after its retries).
type br2kAnswer struct {
	status   int
	body     []byte
	epoch    int64
	index    uint64
	replayed bool
	attempts int
	first    time.Time // first attempt
	at       time.Time // answer received
}

// creditOp is one POST /accounts/{id}/credit to an account of its own.
type creditOp struct {
	account string
	points  int64
	acked   bool
}

// redeemOp is one POST /redeem from a worker's wallet to an address of its own.
type redeemOp struct {
	key    string
	wallet string
	points int64
	to     common.Address
	acked  bool
	status int // final status (0: never answered)
	tx     common.Hash
}

// ackRecord is one acknowledged write (for throughput, latency and
// unavailability per leader change).
type ackRecord struct {
	at      time.Time
	epoch   int64
	latency time.Duration
}

// readViolation is a linearizable read of an acknowledged credit that did
// not see it.
type readViolation struct {
	account string
	want    int64
	got     string
}

// br2kLoad is the client side of the scenario.
type br2kLoad struct {
	replicas []*harness.PointsReplica
	http     *http.Client
	deadline time.Duration // per request, retries included
	start    time.Time
	wallet   int64 // points credited to each worker's wallet

	stop      atomic.Bool
	ackCount  atomic.Int64
	mu        sync.Mutex
	credits   []*creditOp
	redeems   []*redeemOp
	regOps    []porcupine.Operation
	acks      []ackRecord
	violation []readViolation
	unexpect  []string // answers no correct server gives (4xx other than the expected ones)
	gaveUp    int
}

func newBR2KLoad(replicas []*harness.PointsReplica) *br2kLoad {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 32
	return &br2kLoad{replicas: replicas, http: &http.Client{Transport: tr, Timeout: 4 * time.Second},
		deadline: 90 * time.Second, start: time.Now(), wallet: 1_000_000}
}

// send issues one request and retries it with the same Idempotency-Key on a
// transport error, a 5xx, or a 409 "in progress", until the deadline. ok is
// false when the deadline passed without a final answer.
func (l *br2kLoad) send(rng *rand.Rand, method, path, key string, body []byte) (a br2kAnswer, ok bool) {
	a.first = time.Now()
	deadline := a.first.Add(l.deadline)
	backoff := 20 * time.Millisecond
	for time.Now().Before(deadline) {
		a.attempts++
		rep := l.replicas[rng.IntN(len(l.replicas))]
		req, err := http.NewRequest(method, rep.URL()+path, bytes.NewReader(body))
		if err != nil {
			panic(err)
		}
		if key != "" {
			req.Header.Set(br2k.IdempotencyHeader, `"`+key+`"`)
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := l.http.Do(req)
		if err == nil {
			b, rerr := io.ReadAll(resp.Body)
			resp.Body.Close()
			retry := rerr != nil || resp.StatusCode >= 500 ||
				(resp.StatusCode == http.StatusConflict && bytes.Contains(b, []byte("Request in progress")))
			if !retry {
				a.status, a.body, a.at = resp.StatusCode, b, time.Now()
				fmt.Sscan(resp.Header.Get(br2k.HeaderEpoch), &a.epoch)
				fmt.Sscan(resp.Header.Get(br2k.HeaderIndex), &a.index)
				a.replayed = resp.Header.Get(br2k.HeaderReplayed) == "true"
				return a, true
			}
		}
		time.Sleep(backoff)
		backoff = min(2*backoff, 500*time.Millisecond)
	}
	return a, false
}

func (l *br2kLoad) ack(a br2kAnswer) {
	l.ackCount.Add(1)
	l.mu.Lock()
	l.acks = append(l.acks, ackRecord{at: a.at, epoch: a.epoch, latency: a.at.Sub(a.first)})
	l.mu.Unlock()
}

func (l *br2kLoad) unexpected(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.unexpect) < 50 {
		l.unexpect = append(l.unexpect, fmt.Sprintf(format, args...))
	}
}

// registers are the names of the register route the porcupine check covers.
var registers = []string{"x", "y", "z", "u"}

// worker runs until stop, then returns after its request in flight.
func (l *br2kLoad) worker(w int, redeemShare float64) {
	rng := rand.New(rand.NewPCG(uint64(w), uint64(time.Now().UnixNano())))
	wallet := fmt.Sprintf("wallet-%d", w)
	if a, ok := l.send(rng, "POST", "/accounts/"+wallet+"/credit", wallet+"-init", fmt.Appendf(nil, `{"points": %d}`, l.wallet)); !ok || a.status != 200 {
		l.unexpected("worker %d: wallet credit: %d %s (answered %v)", w, a.status, a.body, ok)
		return
	}
	for i := 0; !l.stop.Load(); i++ {
		x := rng.Float64()
		switch {
		case x < redeemShare:
			l.redeem(rng, w, i, wallet)
		case x < redeemShare+0.15:
			l.registerWrite(rng, w, i)
		case x < redeemShare+0.30:
			l.registerRead(rng, w)
		default:
			l.credit(rng, w, i)
		}
	}
}

func (l *br2kLoad) credit(rng *rand.Rand, w, i int) {
	op := &creditOp{account: fmt.Sprintf("a%d-%d", w, i), points: 1 + rng.Int64N(999)}
	l.mu.Lock()
	l.credits = append(l.credits, op)
	l.mu.Unlock()
	a, ok := l.send(rng, "POST", "/accounts/"+op.account+"/credit", "c-"+op.account, fmt.Appendf(nil, `{"points": %d}`, op.points))
	switch {
	case !ok:
		l.mu.Lock()
		l.gaveUp++
		l.mu.Unlock()
		return
	case a.status != 200:
		l.unexpected("credit %s: %d %s", op.account, a.status, a.body)
		return
	}
	l.mu.Lock()
	op.acked = true
	l.mu.Unlock()
	l.ack(a)
	if rng.IntN(5) == 0 {
		// A linearizable read through any replica sees the acknowledged write.
		r, ok := l.send(rng, "GET", "/accounts/"+op.account+"?consistent=1", "", nil)
		var got struct {
			Points int64 `json:"points"`
		}
		if ok && r.status == 200 && json.Unmarshal(r.body, &got) == nil && got.Points != op.points {
			l.mu.Lock()
			l.violation = append(l.violation, readViolation{account: op.account, want: op.points, got: string(r.body)})
			l.mu.Unlock()
		}
	}
}

func (l *br2kLoad) registerWrite(rng *rand.Rand, w, i int) {
	name := registers[rng.IntN(len(registers))]
	value := fmt.Sprintf("w%d-%d", w, i)
	call := time.Since(l.start).Nanoseconds()
	a, ok := l.send(rng, "PUT", "/register/"+name, "r-"+value, []byte(value))
	op := porcupine.Operation{ClientId: w, Input: regInput{write: true, key: name, value: value}, Call: call, Output: "", Return: math.MaxInt64}
	if ok && a.status == 200 {
		op.Return = time.Since(l.start).Nanoseconds()
		l.ack(a)
	} else if ok {
		l.unexpected("register write %s=%s: %d %s", name, value, a.status, a.body)
	} else {
		l.mu.Lock()
		l.gaveUp++
		l.mu.Unlock()
	}
	l.mu.Lock()
	l.regOps = append(l.regOps, op)
	l.mu.Unlock()
}

func (l *br2kLoad) registerRead(rng *rand.Rand, w int) {
	name := registers[rng.IntN(len(registers))]
	call := time.Since(l.start).Nanoseconds()
	a, ok := l.send(rng, "GET", "/register/"+name, "", nil)
	if !ok || a.status != 200 {
		return // a read never answered says nothing
	}
	ret := time.Since(l.start).Nanoseconds()
	var body struct {
		Value string `json:"value"`
	}
	if err := json.Unmarshal(a.body, &body); err != nil {
		l.unexpected("register read %s: %s", name, a.body)
		return
	}
	l.mu.Lock()
	l.regOps = append(l.regOps, porcupine.Operation{ClientId: w, Input: regInput{key: name}, Call: call, Output: body.Value, Return: ret})
	l.mu.Unlock()
}

// redeemAddress is the recipient of redeem i of worker w: one address per
// request, so the chain shows how often each request paid.
func redeemAddress(w, i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("br2k-e2e-redeem-%d-%d", w, i)))[12:])
}

func (l *br2kLoad) redeem(rng *rand.Rand, w, i int, wallet string) {
	op := &redeemOp{key: fmt.Sprintf("redeem-%d-%d", w, i), wallet: wallet, points: 1 + rng.Int64N(9), to: redeemAddress(w, i)}
	l.mu.Lock()
	l.redeems = append(l.redeems, op)
	l.mu.Unlock()
	a, ok := l.send(rng, "POST", "/redeem", op.key, fmt.Appendf(nil, `{"account":%q,"points":%d,"to":%q}`, wallet, op.points, op.to.Hex()))
	if !ok {
		l.mu.Lock()
		l.gaveUp++
		l.mu.Unlock()
		return
	}
	var body struct {
		Tx common.Hash `json:"tx"`
	}
	_ = json.Unmarshal(a.body, &body)
	l.mu.Lock()
	op.status, op.tx = a.status, body.Tx
	op.acked = a.status == http.StatusAccepted
	l.mu.Unlock()
	if a.status != http.StatusAccepted {
		l.unexpected("redeem %s: %d %s", op.key, a.status, a.body)
		return
	}
	l.ack(a)
}

type regInput struct {
	write bool
	key   string
	value string
}

// registerModel is a set of independent registers (one partition per name).
var registerModel = porcupine.Model{
	Partition: func(history []porcupine.Operation) [][]porcupine.Operation {
		by := map[string][]porcupine.Operation{}
		for _, op := range history {
			k := op.Input.(regInput).key
			by[k] = append(by[k], op)
		}
		keys := make([]string, 0, len(by))
		for k := range by {
			keys = append(keys, k)
		}
		slices.Sort(keys)
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
	Equal: func(a, b any) bool { return a.(string) == b.(string) },
	DescribeOperation: func(input, output any) string {
		in := input.(regInput)
		if in.write {
			return fmt.Sprintf("put(%s, %q)", in.key, in.value)
		}
		return fmt.Sprintf("get(%s) -> %q", in.key, output)
	},
}

// percentile of sorted durations (p in 0..100).
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func durationsMs(ds []time.Duration) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%.0f", float64(d)/float64(time.Millisecond))
	}
	return b.String()
}

// getJSON GETs url and decodes the answer into out; it returns the status.
func getJSON(ctx context.Context, c *http.Client, url string, out any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, err
	}
	if resp.StatusCode == 200 && out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%s: %w (%s)", url, err, b)
		}
	}
	return resp.StatusCode, nil
}
