package bridge

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

// TestRepeatLog: a warning that repeats unchanged every round is logged once
// per interval; a different error is logged at once.
func TestRepeatLog(t *testing.T) {
	var buf bytes.Buffer
	r := newRepeatLog(slog.New(slog.NewTextHandler(&buf, nil)))
	down := errors.New("parent chain down")
	for i := 0; i < 50; i++ {
		r.warn("scan failed", down)
	}
	r.warn("scan failed", errors.New("bad log"))
	r.warn("scan failed", errors.New("bad log"))
	r.warn("scan failed", down)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "parent chain down") || !strings.Contains(lines[1], "bad log") || !strings.Contains(lines[2], "parent chain down") {
		t.Fatalf("logged %d lines:\n%s\nwant: down once, bad log once, down again once", len(lines), buf.String())
	}
}
