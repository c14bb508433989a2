// Package app is the points service of the br2k example: replicated
// account balances of loyalty points, a redeem route that turns points into
// an ERC-20 transfer on the service chain exactly once, and a register
// route for linearizability checks.
//
// Routes (mounted by Handler):
//
//	POST /accounts/{id}/credit  Replicate  {"points": n}  -> 200 {"id","points"}
//	POST /accounts/{id}/debit   Replicate  {"points": n}  -> 200, or 409 when the balance is short
//	GET  /accounts/{id}         local read; ?consistent=1 reads after Sync (linearizable)
//	POST /redeem                OnlyOnce   {"account","points","to"} -> 202 {"redemption","tx","nonce","state"}
//	GET  /redemptions/{key}     the redemption's transaction by Idempotency-Key (any replica)
//	PUT  /register/{name}       Replicate  body = value -> 200 {"value","prev","index"}
//	GET  /register/{name}       linearizable read (Sync, then the local state) -> 200 {"value","index"}
//	GET  /state                 the replicated state's digest at the applied index -> 200 {"index","digest"}
//	                            (equal on every replica at the same index: br2k.Replica.Digest over State.Hash)
//
// plus br2k's /br2k/v1/... endpoints and /br2k/v1/effects/{key}.
package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/chain"
	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// State is the replicated application state: point balances and registers.
// Handlers change it one entry at a time (br2k applies in log order); reads
// take the lock.
type State struct {
	mu        sync.RWMutex
	accounts  map[string]int64
	registers map[string]string
	applied   uint64
}

// NewState returns an empty state.
func NewState() *State {
	return &State{accounts: map[string]int64{}, registers: map[string]string{}}
}

type snapshot struct {
	Accounts  map[string]int64  `json:"accounts"`
	Registers map[string]string `json:"registers"`
	Applied   uint64            `json:"applied"`
}

// Snapshot copies the maps (point-in-time; the copy is written later).
func (s *State) Snapshot() (br2k.StateSnapshot, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := &snapshot{Accounts: make(map[string]int64, len(s.accounts)), Registers: make(map[string]string, len(s.registers)), Applied: s.applied}
	for k, v := range s.accounts {
		c.Accounts[k] = v
	}
	for k, v := range s.registers {
		c.Registers[k] = v
	}
	return c, nil
}

func (c *snapshot) Persist(w io.Writer) error { return json.NewEncoder(w).Encode(c) }
func (c *snapshot) Release()                  {}

// Restore replaces the state with a snapshot.
func (s *State) Restore(r io.Reader) error {
	var c snapshot
	if err := json.NewDecoder(r).Decode(&c); err != nil {
		return fmt.Errorf("points: decoding snapshot: %w", err)
	}
	if c.Accounts == nil {
		c.Accounts = map[string]int64{}
	}
	if c.Registers == nil {
		c.Registers = map[string]string{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accounts, s.registers, s.applied = c.Accounts, c.Registers, c.Applied
	return nil
}

// Points returns an account's balance.
func (s *State) Points(id string) int64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.accounts[id]
}

// Register returns a register's value.
func (s *State) Register(name string) string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.registers[name]
}

// Hash is a digest of the whole state (equal on every replica at the same index).
func (s *State) Hash() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	keys := make([]string, 0, len(s.accounts))
	for k := range s.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "a %s %d\n", k, s.accounts[k])
	}
	keys = keys[:0]
	for k := range s.registers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "r %s %q\n", k, s.registers[k])
	}
	return b.String()
}

// Config wires the service.
type Config struct {
	// Replica runs the routes. Required.
	Replica *br2k.Replica
	// State is the state the handlers change. Required.
	State *State
	// Outbox sends redemptions; nil turns /redeem off (503).
	Outbox *chain.Outbox
	// Token is the ERC-20 paid out by /redeem.
	Token common.Address
	// UnitsPerPoint is how many of the token's smallest units one point buys
	// (default 10^18: one token per point).
	UnitsPerPoint *big.Int
}

var (
	idRE    = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)
	erc20   = bindings.NewServiceChainToken()
	maxPts  = int64(1) << 50
	oneUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

type amount struct {
	Points int64 `json:"points"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, map[string]string{"error": fmt.Sprintf(format, args...)})
}

func readAmount(r *http.Request) (int64, error) {
	var a amount
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return 0, fmt.Errorf("body: %v (expected {\"points\": n})", err)
	}
	if a.Points <= 0 || a.Points > maxPts {
		return 0, fmt.Errorf("points %d: expected 1 to %d", a.Points, maxPts)
	}
	return a.Points, nil
}

// Handler returns the service's routes.
func Handler(cfg Config) (http.Handler, error) {
	if cfg.Replica == nil || cfg.State == nil {
		return nil, errors.New("points: Config.Replica and Config.State are required")
	}
	if cfg.UnitsPerPoint == nil {
		cfg.UnitsPerPoint = oneUnit
	}
	if cfg.UnitsPerPoint.Sign() <= 0 {
		return nil, fmt.Errorf("points: UnitsPerPoint %v: expected a positive amount", cfg.UnitsPerPoint)
	}
	r, s := cfg.Replica, cfg.State
	mux := http.NewServeMux()
	mark := func(req *http.Request) {
		if e, ok := br2k.Entry(req); ok {
			s.applied = e.Index
		}
	}

	mux.Handle("POST /accounts/{id}/credit", r.Replicate("POST /accounts/{id}/credit", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		id := req.PathValue("id")
		if !idRE.MatchString(id) {
			fail(w, 400, "account id %q: expected 1 to 64 of A-Z a-z 0-9 . _ -", id)
			return
		}
		n, err := readAmount(req)
		if err != nil {
			fail(w, 400, "%v", err)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		mark(req)
		if s.accounts[id] > maxPts-n {
			fail(w, 409, "account %s would exceed %d points", id, maxPts)
			return
		}
		s.accounts[id] += n
		writeJSON(w, 200, map[string]any{"id": id, "points": s.accounts[id]})
	})))

	mux.Handle("POST /accounts/{id}/debit", r.Replicate("POST /accounts/{id}/debit", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		id := req.PathValue("id")
		n, err := readAmount(req)
		if err != nil {
			fail(w, 400, "%v", err)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		mark(req)
		if s.accounts[id] < n {
			fail(w, 409, "account %s has %d points, %d asked", id, s.accounts[id], n)
			return
		}
		s.accounts[id] -= n
		writeJSON(w, 200, map[string]any{"id": id, "points": s.accounts[id]})
	})))

	mux.HandleFunc("GET /accounts/{id}", func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Query().Get("consistent") != "" {
			if err := r.Sync(req.Context()); err != nil {
				fail(w, 503, "%v", err)
				return
			}
		}
		writeJSON(w, 200, map[string]any{"id": req.PathValue("id"), "points": s.Points(req.PathValue("id"))})
	})

	mux.Handle("PUT /register/{name}", r.Replicate("PUT /register/{name}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, err := io.ReadAll(io.LimitReader(req.Body, 4096))
		if err != nil {
			fail(w, 400, "%v", err)
			return
		}
		e, _ := br2k.Entry(req)
		s.mu.Lock()
		defer s.mu.Unlock()
		mark(req)
		prev := s.registers[req.PathValue("name")]
		s.registers[req.PathValue("name")] = string(body)
		writeJSON(w, 200, map[string]any{"value": string(body), "prev": prev, "index": e.Index})
	})))

	mux.HandleFunc("GET /register/{name}", func(w http.ResponseWriter, req *http.Request) {
		if err := r.Sync(req.Context()); err != nil {
			fail(w, 503, "%v", err)
			return
		}
		s.mu.RLock()
		v, idx := s.registers[req.PathValue("name")], s.applied
		s.mu.RUnlock()
		writeJSON(w, 200, map[string]any{"value": v, "index": idx})
	})

	mux.HandleFunc("GET /state", func(w http.ResponseWriter, _ *http.Request) {
		idx, d := r.Digest(func() []byte { return []byte(s.Hash()) })
		writeJSON(w, 200, map[string]any{"index": idx, "digest": d})
	})

	mux.Handle("POST /redeem", r.OnlyOnce("POST /redeem", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		redeem(cfg, w, req)
	})))
	mux.HandleFunc("GET /redemptions/{key}", func(w http.ResponseWriter, req *http.Request) {
		if cfg.Outbox == nil {
			fail(w, 404, "redemptions are off (no chain configured)")
			return
		}
		eff, ok := cfg.Outbox.RequestEffect(req.PathValue("key"))
		if !ok {
			fail(w, 404, "no redemption transaction for Idempotency-Key %q", req.PathValue("key"))
			return
		}
		writeJSON(w, 200, eff)
	})
	r.Mount(mux)
	if cfg.Outbox != nil {
		cfg.Outbox.Mount(mux)
	}
	return mux, nil
}

type redeemReq struct {
	Account string         `json:"account"`
	Points  int64          `json:"points"`
	To      common.Address `json:"to"`
}

// redeem runs on the leader only. Both of its steps are keyed by the
// request's entry, so a re-run after a leader change repeats neither: the
// debit is a Submit whose Idempotency-Key derives from this request's log
// index (a replay returns the stored answer), and the ERC-20 transfer goes
// through the Outbox (one logged transaction per request).
func redeem(cfg Config, w http.ResponseWriter, req *http.Request) {
	if cfg.Outbox == nil {
		fail(w, 503, "redemptions are off (no chain configured)")
		return
	}
	var rr redeemReq
	if err := json.NewDecoder(req.Body).Decode(&rr); err != nil || !idRE.MatchString(rr.Account) || rr.Points <= 0 || rr.Points > maxPts || rr.To == (common.Address{}) {
		fail(w, 400, "body: expected {\"account\": id, \"points\": n > 0, \"to\": \"0x...\"} (%v)", err)
		return
	}
	e, _ := br2k.Entry(req)
	key := fmt.Sprintf("redeem/%d", e.Index)
	debit, err := submit(cfg.Replica, req, "/accounts/"+rr.Account+"/debit", key+"/debit", rr.Points)
	if err != nil {
		fail(w, 503, "debit: %v", err)
		return
	}
	if debit.Status != 200 {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(debit.Status)
		_, _ = w.Write(debit.Body)
		return
	}
	units := new(big.Int).Mul(big.NewInt(rr.Points), cfg.UnitsPerPoint)
	eff, err := cfg.Outbox.Send(req, txmgr.Request{To: cfg.Token, Data: erc20.PackTransfer(rr.To, units)})
	if err != nil {
		if termEnded(req, err) {
			// The term is over, so this answer is not logged: the next leader
			// runs the request again and finds the debit and the transaction.
			fail(w, 503, "leadership lost: %v", err)
			return
		}
		// Nothing was broadcast: give the points back (once, by key).
		if _, rerr := submit(cfg.Replica, req, "/accounts/"+rr.Account+"/credit", key+"/refund", rr.Points); rerr != nil {
			fail(w, 503, "transfer refused (%v) and refund failed: %v", err, rerr)
			return
		}
		fail(w, 502, "transfer refused, points refunded: %v", err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"redemption": e.Key, "account": rr.Account, "points": rr.Points,
		"units": units.String(), "tx": eff.TxHash, "nonce": eff.Nonce, "state": eff.State})
}

// termEnded reports errors after which the leader's term is over (or its
// append's outcome unknown, which ends the term too).
func termEnded(req *http.Request, err error) bool {
	return errors.Is(err, br2k.ErrNotLeader) || errors.Is(err, br2k.ErrOutcomeUnknown) || req.Context().Err() != nil
}

func submit(r *br2k.Replica, parent *http.Request, path, key string, points int64) (*br2k.Response, error) {
	body, _ := json.Marshal(amount{Points: points})
	sub, err := http.NewRequestWithContext(parent.Context(), "POST", path, strings.NewReader(string(body)))
	if err != nil {
		return nil, err
	}
	sub.Header.Set("Content-Type", "application/json")
	sub.Header.Set(br2k.IdempotencyHeader, `"`+key+`"`)
	return r.Submit(parent.Context(), sub)
}
