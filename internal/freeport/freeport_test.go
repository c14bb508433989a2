package freeport

import (
	"fmt"
	"net"
	"testing"
)

// TestTake: the ports are distinct, free (a listener binds each), and not
// handed out again by a later call in the same process.
func TestTake(t *testing.T) {
	first, err := Take(5)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Take(5)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, p := range append(first, second...) {
		if seen[p] {
			t.Fatalf("port %d handed out twice: %v then %v", p, first, second)
		}
		seen[p] = true
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			t.Fatalf("port %d is not free: %v", p, err)
		}
		l.Close()
	}
}
