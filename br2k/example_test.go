package br2k_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"sync"

	"github.com/servicechain/servicechain/br2k"
)

// counter is a tiny StateMachine: one replicated counter.
type counter struct {
	mu sync.Mutex
	n  int
}

type counterSnap int

func (c counterSnap) Persist(w io.Writer) error { return json.NewEncoder(w).Encode(int(c)) }
func (counterSnap) Release()                    {}

func (c *counter) Snapshot() (br2k.StateSnapshot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return counterSnap(c.n), nil
}

func (c *counter) Restore(r io.Reader) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return json.NewDecoder(r).Decode(&c.n)
}

// A replicated counter: POST /inc is logged and applied on every replica;
// GET /value reads after Sync, so it is linearizable on any replica.
func Example() {
	state := &counter{}
	r, err := br2k.New(br2k.Config{
		Endpoints:    []string{"http://127.0.0.1:2379"},
		Service:      "counter",
		ReplicaID:    "r1",
		AdvertiseURL: "http://127.0.0.1:8081",
		State:        state,
		Snapshots:    br2k.NewMemoryStore(), // br2k/sqlstore/sqlite or .../mysql in production
	})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /inc", r.Replicate("POST /inc", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		e, _ := br2k.Entry(req) // index, epoch, leader (the seed's subject) ...
		state.mu.Lock()
		state.n++
		n := state.n
		state.mu.Unlock()
		fmt.Fprintf(w, `{"value":%d,"index":%d}`, n, e.Index)
	})))
	mux.HandleFunc("GET /value", func(w http.ResponseWriter, req *http.Request) {
		if err := r.Sync(req.Context()); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		state.mu.Lock()
		defer state.mu.Unlock()
		fmt.Fprintf(w, `{"value":%d}`, state.n)
	})
	r.Mount(mux)
	go func() { log.Fatal(http.ListenAndServe("127.0.0.1:8081", mux)) }()
	if err := r.Run(context.Background()); err != nil {
		log.Fatal(err)
	}
}

// BackupState and Rollback undo a half-applied request on every replica
// where its handler failed (the seed's rollback mode).
func ExampleRoute_Rollback() {
	var r *br2k.Replica // from br2k.New
	balances := map[string]int{}
	route := r.Replicate("POST /transfer/{from}/{to}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		balances[req.PathValue("from")]--
		if balances[req.PathValue("from")] < 0 {
			http.Error(w, "overdrawn", http.StatusInternalServerError) // 5xx: rolled back
			return
		}
		balances[req.PathValue("to")]++
	})).BackupState(func(req *http.Request) ([]byte, error) {
		return json.Marshal([2]int{balances[req.PathValue("from")], balances[req.PathValue("to")]})
	}).Rollback(func(req *http.Request, state []byte) error {
		var b [2]int
		if err := json.Unmarshal(state, &b); err != nil {
			return err
		}
		balances[req.PathValue("from")], balances[req.PathValue("to")] = b[0], b[1]
		return nil
	})
	http.Handle("POST /transfer/{from}/{to}", route)
}
