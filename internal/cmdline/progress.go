package cmdline

import (
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
	f, ok := w.(*os.File)
	return newProgress(w, !quiet && ok && isTerminal(f), time.Now)
}

// isTerminal reports whether f is a terminal (the TCGETS ioctl answers, as
// isatty(3) checks).
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
		line := strings.ReplaceAll(fmt.Sprintf(format, args...), "\n", " ")
		fmt.Fprintf(p.w, "\r\x1b[K%s", line)
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

func (p *Progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
