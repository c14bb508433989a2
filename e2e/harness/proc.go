// Package harness runs the pieces of a servicechain deployment as separate OS
// processes for the end-to-end tests in e2e/: standalone geth dev chains, bridge
// node processes and the JavaScript user client. Everything listens on 127.0.0.1
// on ports the OS picks at run time, and every process writes its output to a log
// file under a run directory.
//
// The package has no build tag so that `go vet ./...` sees it; the tests that use
// it carry the `e2e` build tag.
package harness

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ProcSpec describes a process to run.
type ProcSpec struct {
	// Name labels the process in errors and names its log file (<LogDir>/<Name>.log).
	Name string
	// Path is the executable (absolute, or looked up in PATH).
	Path string
	// Args are the arguments after the program name.
	Args []string
	// Env is added to the test process's environment (KEY=VALUE entries; later wins).
	Env []string
	// Dir is the working directory ("" = the test's working directory).
	Dir string
	// LogDir is where the log file goes; it is created if missing. Required.
	LogDir string
}

// Proc is a running (or exited) process started by StartProc. It can be stopped
// with Kill (SIGKILL) or Stop (SIGTERM, then SIGKILL after a grace period) and
// started again with Restart. All methods are safe for concurrent use.
//
// Standard output and standard error go to one log file that is appended to
// across restarts; each start writes a header line "=== start #N ..." first.
type Proc struct {
	spec ProcSpec

	mu      sync.Mutex
	cmd     *exec.Cmd
	done    chan struct{} // closed when the current run has exited
	exitErr error         // exit status of the last finished run
	starts  int
	logf    *os.File
}

// StartProc starts the process described by spec. It returns once the process
// has been started (not when it is ready; callers poll their own readiness).
// Errors: a missing Name, Path or LogDir, an unwritable log directory, or a
// failed exec.
func StartProc(spec ProcSpec) (*Proc, error) {
	if spec.Name == "" || spec.Path == "" || spec.LogDir == "" {
		return nil, fmt.Errorf("harness: ProcSpec needs Name, Path and LogDir (got name=%q path=%q logdir=%q)", spec.Name, spec.Path, spec.LogDir)
	}
	if err := os.MkdirAll(spec.LogDir, 0o755); err != nil {
		return nil, fmt.Errorf("harness: log dir for %s: %w", spec.Name, err)
	}
	p := &Proc{spec: spec}
	if err := p.start(); err != nil {
		return nil, err
	}
	return p, nil
}

// LogPath is the path of the process's log file.
func (p *Proc) LogPath() string { return filepath.Join(p.spec.LogDir, p.spec.Name+".log") }

// Name is the spec's name.
func (p *Proc) Name() string { return p.spec.Name }

// Spec returns a copy of the spec the process runs with.
func (p *Proc) Spec() ProcSpec { return p.spec }

// SetArgs replaces the arguments used by the next Restart.
func (p *Proc) SetArgs(args []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.spec.Args = append([]string(nil), args...)
}

func (p *Proc) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd != nil && !isClosed(p.done) {
		return fmt.Errorf("harness: %s is already running (pid %d)", p.spec.Name, p.cmd.Process.Pid)
	}
	if p.logf == nil {
		f, err := os.OpenFile(p.LogPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("harness: log file for %s: %w", p.spec.Name, err)
		}
		p.logf = f
	}
	p.starts++
	fmt.Fprintf(p.logf, "=== start #%d at %s: %s %s\n", p.starts, time.Now().Format(time.RFC3339Nano), p.spec.Path, strings.Join(p.spec.Args, " "))

	cmd := exec.Command(p.spec.Path, p.spec.Args...)
	cmd.Dir = p.spec.Dir
	cmd.Env = append(os.Environ(), p.spec.Env...)
	cmd.Stdout = p.logf
	cmd.Stderr = p.logf
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Setpgid: true, // own process group: a kill reaches its children too
		// If the test process dies, take the child with it (Linux).
		Pdeathsig: syscall.SIGKILL,
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("harness: start %s (%s): %w", p.spec.Name, p.spec.Path, err)
	}
	done := make(chan struct{})
	p.cmd, p.done, p.exitErr = cmd, done, nil
	go func() {
		err := cmd.Wait()
		p.mu.Lock()
		p.exitErr = err
		if p.logf != nil {
			fmt.Fprintf(p.logf, "=== exit #%d at %s: %v\n", p.starts, time.Now().Format(time.RFC3339Nano), exitString(err))
		}
		p.mu.Unlock()
		close(done)
	}()
	return nil
}

func exitString(err error) string {
	if err == nil {
		return "exit status 0"
	}
	return err.Error()
}

func isClosed(ch chan struct{}) bool {
	if ch == nil {
		return true
	}
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// Pid is the process id of the current run (0 if never started).
func (p *Proc) Pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil || p.cmd.Process == nil {
		return 0
	}
	return p.cmd.Process.Pid
}

// Running reports whether the current run has not exited yet.
func (p *Proc) Running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cmd != nil && !isClosed(p.done)
}

// Done returns a channel closed when the current run exits.
func (p *Proc) Done() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.done
}

// ExitErr is the result of the last finished run (nil for exit status 0, an
// *exec.ExitError otherwise); nil while running.
func (p *Proc) ExitErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exitErr
}

// Wait blocks until the current run exits or the timeout passes. It returns
// the exit error of the run, or an error naming the process on timeout.
func (p *Proc) Wait(timeout time.Duration) error {
	done := p.Done()
	select {
	case <-done:
		return p.ExitErr()
	case <-time.After(timeout):
		return fmt.Errorf("harness: %s (pid %d) still running after %s", p.spec.Name, p.Pid(), timeout)
	}
}

// Signal sends sig to the process group of the current run; it is a no-op when
// the process has exited.
func (p *Proc) Signal(sig syscall.Signal) error {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	p.mu.Unlock()
	if cmd == nil || isClosed(done) {
		return nil
	}
	pid := cmd.Process.Pid
	if err := syscall.Kill(-pid, sig); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("harness: signal %v to %s (pid %d): %w", sig, p.spec.Name, pid, err)
	}
	return nil
}

// Kill sends SIGKILL and waits (up to 10 seconds) for the process to be gone.
func (p *Proc) Kill() error {
	if err := p.Signal(syscall.SIGKILL); err != nil {
		return err
	}
	if err := p.Wait(10 * time.Second); err != nil && !isSignalExit(err) {
		return err
	}
	return nil
}

// Stop sends SIGTERM and waits up to grace for a clean exit, then SIGKILLs.
// It returns the exit error of a run that exited by itself with a failure
// status after SIGTERM (a clean shutdown returns nil).
func (p *Proc) Stop(grace time.Duration) error {
	if err := p.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	err := p.Wait(grace)
	if err == nil {
		return nil
	}
	if p.Running() {
		_ = p.Kill()
		return fmt.Errorf("harness: %s did not exit within %s of SIGTERM; killed", p.spec.Name, grace)
	}
	if isSignalExit(err) {
		return nil
	}
	return err
}

func isSignalExit(err error) bool {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return true
		}
	}
	return false
}

// Restart starts the process again with the same spec (or the args set with
// SetArgs). The previous run must have exited (use Kill or Stop first).
func (p *Proc) Restart() error { return p.start() }

// Close kills the process if it is running and closes the log file.
func (p *Proc) Close() error {
	err := p.Kill()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.logf != nil {
		p.logf.Close()
		p.logf = nil
	}
	return err
}

// LogTail returns up to the last n bytes of the log file, for error messages.
func (p *Proc) LogTail(n int64) string { return fileTail(p.LogPath(), n) }

func fileTail(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	off := st.Size() - n
	if off < 0 {
		off = 0
	}
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	b, _ := io.ReadAll(f)
	return string(b)
}
