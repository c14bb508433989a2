package cmdline

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// Progress shows how a long command is getting on (a bench burst sending and
// waiting, a node bootstrap, a rescan) as one status line that is rewritten in
// place on a terminal. It is live only when its writer is a terminal and the
// command was not asked for machine-readable output (--json): written to a
// pipe or a file it prints nothing, so scripts read only the result. The
// status line is redrawn at most every MinInterval; Printf lines stay above
// it. A nil *Progress is valid and quiet. Safe for concurrent use.
type Progress struct {
	mu    sync.Mutex
	w     io.Writer
	live  bool
	shown bool
	line  string // the status line last drawn (redrawn after a line written Above it)
	last  time.Time
	now   func() time.Time
	// MinInterval is the least time between two redraws of the status line
	// (default 100 ms); a Status call sooner is dropped, except the first.
	MinInterval time.Duration
}

// NewProgress returns a Progress on w, live when w is a terminal (an *os.File
// whose descriptor is a TTY) and quiet is false (pass the --json flag, or any
// reason to keep the output machine-readable).
func NewProgress(w io.Writer, quiet bool) *Progress {
	return newProgress(w, !quiet && IsTerminal(w), time.Now)
}

// IsTerminal reports whether w is a terminal: an *os.File whose descriptor
// answers the TCGETS ioctl, as isatty(3) checks. A command whose standard
// output is not a terminal keeps its output machine-readable (no progress).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}

func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// newProgress is NewProgress with the terminal decision and the clock given
// (tests).
func newProgress(w io.Writer, live bool, now func() time.Time) *Progress {
	return &Progress{w: w, live: live, now: now, MinInterval: 100 * time.Millisecond}
}

// Live reports whether the progress is shown (a terminal, not quiet).
func (p *Progress) Live() bool { return p != nil && p.live }

// Status replaces the status line with the formatted text (one line; newlines
// are replaced by spaces). Calls closer together than MinInterval are dropped.
func (p *Progress) Status(format string, args ...any) {
	if !p.Live() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if t := p.now(); !p.shown || t.Sub(p.last) >= p.MinInterval {
		p.last = t
		p.line = strings.ReplaceAll(fmt.Sprintf(format, args...), "\n", " ")
		fmt.Fprintf(p.w, "\r\x1b[K%s", p.line)
		p.shown = true
	}
}

// Printf prints a line that stays (a phase finished, a warning) above the
// status line, which the next Status call redraws.
func (p *Progress) Printf(format string, args ...any) {
	if !p.Live() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(p.w, format, args...)
	if !strings.HasSuffix(format, "\n") {
		fmt.Fprintln(p.w)
	}
}

// Done clears the status line; call it before printing the result.
func (p *Progress) Done() {
	if !p.Live() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
}

// Above returns a writer for the lines a command prints while its status line
// is shown (a daemon's log): each write clears the status line, writes, and
// redraws the status line under it, so log lines scroll above the progress.
// A Progress that is not live returns w itself.
func (p *Progress) Above(w io.Writer) io.Writer {
	if !p.Live() {
		return w
	}
	return aboveWriter{p: p, w: w}
}

type aboveWriter struct {
	p *Progress
	w io.Writer
}

func (a aboveWriter) Write(b []byte) (int, error) {
	a.p.mu.Lock()
	defer a.p.mu.Unlock()
	redraw := a.p.shown
	a.p.clear()
	n, err := a.w.Write(b)
	if redraw && (len(b) == 0 || b[len(b)-1] == '\n') {
		fmt.Fprintf(a.p.w, "\r\x1b[K%s", a.p.line)
		a.p.shown = true
	}
	return n, err
}

// Follow shows what poll returns as the status line every interval (at
// least MinInterval) until ctx ends: a daemon's long start-up work (a node
// bootstrapping from a peer, a bridge rescanning for requests), which poll
// describes in one line, or "" when there is none (the status line is then
// cleared). It returns when ctx ends, with the status line cleared; a
// Progress that is not live returns at once.
func (p *Progress) Follow(ctx context.Context, interval time.Duration, poll func() string) {
	if !p.Live() {
		return
	}
	t := time.NewTicker(max(interval, p.MinInterval))
	defer t.Stop()
	for {
		if line := poll(); line != "" {
			p.Status("%s", line)
		} else {
			p.Done()
		}
		select {
		case <-ctx.Done():
			p.Done()
			return
		case <-t.C:
		}
	}
}

func (p *Progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
