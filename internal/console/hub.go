package console

import "sync"

// hub fans the latest snapshot out to the page's event streams. A slow
// subscriber never blocks the others or the console: each has a one-slot
// mailbox that holds only the newest snapshot.
type hub struct {
	mu   sync.Mutex
	subs map[chan []byte]struct{}
	last []byte
}

func newHub() *hub { return &hub{subs: map[chan []byte]struct{}{}} }

// publish replaces the latest snapshot and offers it to every subscriber.
func (h *hub) publish(b []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.last = b
	for ch := range h.subs {
		select {
		case <-ch: // drop the stale one
		default:
		}
		ch <- b
	}
}

// subscribe returns a mailbox primed with the latest snapshot, and its
// cancel function.
func (h *hub) subscribe() (<-chan []byte, func()) {
	ch := make(chan []byte, 1)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	if h.last != nil {
		ch <- h.last
	}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.subs, ch)
		h.mu.Unlock()
	}
}

// latest returns the latest snapshot (nil before the first).
func (h *hub) latest() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.last
}
