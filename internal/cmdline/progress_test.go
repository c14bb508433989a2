package cmdline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair (Linux /dev/ptmx): the side a
// command writes to is a real TTY.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return m, s
}

func TestProgressLiveOnlyOnATerminal(t *testing.T) {
	_, tty := openPTY(t)
	if !NewProgress(tty, false).Live() {
		t.Error("a terminal: progress not live")
	}
	if NewProgress(tty, true).Live() {
		t.Error("a terminal with --json: progress live")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for name, p := range map[string]*Progress{"file": NewProgress(f, false), "pipe": NewProgress(w, false), "buffer": NewProgress(&bytes.Buffer{}, false)} {
		if p.Live() {
			t.Errorf("%s: progress live", name)
		}
		p.Status("sent %d", 1)
		p.Printf("phase done")
		p.Done()
	}
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("a file got %d bytes of progress", st.Size())
	}
	var nilProgress *Progress
	nilProgress.Status("x")
	nilProgress.Done()
}

func TestProgressRedrawsInPlace(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(1000, 0)
	p := newProgress(&buf, true, func() time.Time { return now })
	p.Status("sent %d/%d", 1, 10)
	p.Status("sent %d/%d", 2, 10) // within MinInterval: dropped
	now = now.Add(150 * time.Millisecond)
	p.Status("sent %d/%d", 3, 10)
	p.Printf("parent: 10 requests sent")
	now = now.Add(time.Second)
	p.Status("handled 4/10\nwaiting")
	p.Done()
	want := "\r\x1b[Ksent 1/10\r\x1b[Ksent 3/10\r\x1b[Kparent: 10 requests sent\n\r\x1b[Khandled 4/10 waiting\r\x1b[K"
	if got := buf.String(); got != want {
		t.Errorf("terminal output\n got %q\nwant %q", got, want)
	}
}

// A log line written Above a shown status line clears it, is written, and
// the status line is drawn again under it; with no status shown the line is
// written as it is.
func TestProgressAboveKeepsLogsOverTheStatusLine(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(1000, 0)
	p := newProgress(&buf, true, func() time.Time { return now })
	log := p.Above(&buf)
	fmt.Fprint(log, "first\n")
	p.Status("block %d of %d", 16, 100)
	fmt.Fprint(log, "level=INFO msg=imported\n")
	p.Done()
	fmt.Fprint(log, "last\n")
	want := "first\n\r\x1b[Kblock 16 of 100\r\x1b[Klevel=INFO msg=imported\n\r\x1b[Kblock 16 of 100\r\x1b[Klast\n"
	if got := buf.String(); got != want {
		t.Errorf("terminal output\n got %q\nwant %q", got, want)
	}
	var plain bytes.Buffer
	if w := newProgress(&plain, false, time.Now).Above(&plain); w != io.Writer(&plain) {
		t.Errorf("a quiet Progress wraps the log writer (%T), want it as it is", w)
	}
}

// Follow draws what poll describes, clears the line when poll has nothing,
// and clears it when ctx ends; a quiet Progress returns at once.
func TestProgressFollowShowsThePolledLine(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, true, time.Now)
	p.MinInterval = 0
	ctx, cancel := context.WithCancel(context.Background())
	lines := []string{"bootstrapping from a peer: block 1 of 64", "bootstrapping from a peer: block 17 of 64", "", "scanning parent-to-child for requests: block 600 of 2000 (1400 to go)"}
	polls := 0
	done := make(chan struct{})
	go func() {
		defer close(done)
		p.Follow(ctx, time.Millisecond, func() string {
			polls++
			if polls == len(lines) {
				cancel()
			}
			return lines[min(polls, len(lines))-1]
		})
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Follow did not return after ctx ended")
	}
	want := "\r\x1b[K" + lines[0] + "\r\x1b[K" + lines[1] + "\r\x1b[K" + "\r\x1b[K" + lines[3] + "\r\x1b[K"
	if got := buf.String(); got != want {
		t.Errorf("terminal output\n got %q\nwant %q", got, want)
	}
	quiet := newProgress(&buf, false, time.Now)
	quiet.Follow(context.Background(), time.Millisecond, func() string { t.Error("a quiet Progress polled"); return "x" })
}

// DaemonLogger's progress is live only when stdout and stderr are terminals
// and the log format is not json.
func TestDaemonLoggerProgressOnlyOnATerminal(t *testing.T) {
	_, tty := openPTY(t)
	var buf bytes.Buffer
	for _, tc := range []struct {
		name        string
		out, errOut io.Writer
		format      string
		live        bool
	}{
		{"terminal", tty, tty, "", true},
		{"json logs", tty, tty, "json", false},
		{"stdout piped", &buf, tty, "", false},
		{"stderr piped", tty, &buf, "", false},
	} {
		app := &cli.App{Writer: tc.out, ErrWriter: tc.errOut}
		c := cli.NewContext(app, flag.NewFlagSet("run", flag.ContinueOnError), nil)
		_, p := DaemonLogger(c, "info", tc.format)
		if p.Live() != tc.live {
			t.Errorf("%s: progress live %v, want %v", tc.name, p.Live(), tc.live)
		}
	}
}
