package node_test

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/servicechain/servicechain/internal/node"
)

// worker is a minimal Service: it works until its context ends.
type worker struct{ started chan struct{} }

func (*worker) Name() string { return "worker" }

func (w *worker) Run(ctx context.Context) error {
	fmt.Println("worker running")
	close(w.started)
	<-ctx.Done()
	fmt.Println("worker stopped")
	return nil
}

// A daemon without chains (a replica, a service-chain node): a host with one
// service, stopped by its context (SIGTERM in a real daemon).
func Example() {
	h, err := node.New(node.Config{Name: "replica-1", Daemon: "replica", Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		panic(err)
	}
	defer h.Close()
	w := &worker{started: make(chan struct{})}
	if err := h.Register(w); err != nil {
		panic(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	go func() { <-w.started; stop() }()
	fmt.Println("Run returned", h.Run(ctx))
	// Output:
	// worker running
	// worker stopped
	// Run returned <nil>
}
