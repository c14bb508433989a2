package br2k

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fileState is a DurableState in a directory: each request appends a line to
// two files, one after the other (not atomic), then records its index. A
// crash between the two writes leaves a half-applied request behind.
type fileState struct {
	dir    string
	freeze chan struct{} // the handler of key "freeze" blocks here after the first write
}

func (s *fileState) AppliedIndex() (uint64, error) {
	b, err := os.ReadFile(filepath.Join(s.dir, "applied"))
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
}
func (s *fileState) Snapshot() (StateSnapshot, error) { return nil, errors.New("not used") }
func (s *fileState) Restore(io.Reader) error          { return errors.New("not used") }

func (s *fileState) read(name string) string {
	b, _ := os.ReadFile(filepath.Join(s.dir, name))
	return string(b)
}

func (s *fileState) appendLine(name, line string) error {
	f, err := os.OpenFile(filepath.Join(s.dir, name), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(line + "\n")
	return err
}

func (s *fileState) routes(r *Replica, mux *http.ServeMux) {
	rt := r.Replicate("POST /two/{key}", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		e, _ := Entry(req)
		k := req.PathValue("key")
		if err := s.appendLine(k+".a", e.Key); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		if k == "freeze" {
			select {
			case <-s.freeze:
			case <-req.Context().Done():
				return // the process "died" here
			}
		}
		if err := s.appendLine(k+".b", e.Key); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		_ = os.WriteFile(filepath.Join(s.dir, "applied"), []byte(strconv.FormatUint(e.Index, 10)), 0o600)
	})).BackupState(func(req *http.Request) ([]byte, error) {
		k := req.PathValue("key")
		return []byte(s.read(k+".a") + "\x00" + s.read(k+".b")), nil
	}).Rollback(func(req *http.Request, state []byte) error {
		k := req.PathValue("key")
		a, b, _ := strings.Cut(string(state), "\x00")
		if err := os.WriteFile(filepath.Join(s.dir, k+".a"), []byte(a), 0o600); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(s.dir, k+".b"), []byte(b), 0o600)
	})
	mux.Handle("POST /two/{key}", rt)
}

// A crash in the middle of a handler of a durable state: at the next start
// the rollback journal undoes the half-applied request, which is then
// applied again from the log, once.
func TestRollbackAfterCrashDurableState(t *testing.T) {
	e := startEtcd(t)
	dir, data := t.TempDir(), t.TempDir()
	start := func(s *fileState) (*Replica, *http.Server, string) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		url := "http://" + ln.Addr().String()
		r, err := New(Config{Endpoints: e.Endpoints(), Service: "dur", ReplicaID: "d1", AdvertiseURL: url,
			SessionTTL: time.Second, State: s, DataDir: data}, WithLogger(quietLogger(t)))
		if err != nil {
			t.Fatal(err)
		}
		mux := http.NewServeMux()
		s.routes(r, mux)
		srv := &http.Server{Handler: mux}
		go func() { _ = srv.Serve(ln) }()
		go func() { _ = r.Run(context.Background()) }()
		t.Cleanup(func() { srv.Close(); r.Close() })
		return r, srv, url
	}
	s1 := &fileState{dir: dir, freeze: make(chan struct{})}
	r1, srv1, url1 := start(s1)
	waitFor(t, 10*time.Second, "leadership", func() bool { _, ok := r1.Leading(); return ok })
	if res := mustDo(t, "POST", url1+"/two/ok", "k1", ""); res.status != 200 {
		t.Fatalf("first: %d %s", res.status, res.body)
	}
	go func() { _, _ = do(t, "POST", url1+"/two/freeze", "k2", "") }()
	waitFor(t, 10*time.Second, "the half-applied write", func() bool { return s1.read("freeze.a") == "k2\n" })
	if s1.read("freeze.b") != "" {
		t.Fatal("second write happened")
	}
	srv1.Close()
	r1.crash()

	s2 := &fileState{dir: dir, freeze: make(chan struct{})}
	close(s2.freeze)
	r2, _, _ := start(s2)
	waitFor(t, 10*time.Second, "the replay", func() bool { return s2.read("freeze.b") != "" })
	if a, b := s2.read("freeze.a"), s2.read("freeze.b"); a != "k2\n" || b != "k2\n" {
		t.Fatalf("after crash, rollback and replay: a=%q b=%q, want each k2 once", a, b)
	}
	if a := s2.read("ok.a"); a != "k1\n" {
		t.Fatalf("entry before the crash re-applied: ok.a=%q", a)
	}
	if got := counterValue(r2.m.rollbacks); got != 1 {
		t.Fatalf("rollbacks %v, want 1", got)
	}
}
