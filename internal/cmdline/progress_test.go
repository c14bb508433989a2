package cmdline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

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
