package sqlstore_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/sqlstore"
	"github.com/servicechain/servicechain/br2k/sqlstore/mysql"
	"github.com/servicechain/servicechain/br2k/sqlstore/mysql/mysqltest"
	"github.com/servicechain/servicechain/br2k/sqlstore/sqlite"
)

func openSQLite(t *testing.T, opts ...sqlstore.Option) *sqlstore.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "snap.db"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.DB().Close() })
	return s
}

func openMySQL(t *testing.T, opts ...sqlstore.Option) *sqlstore.Store {
	srv := mysqltest.Start(t)
	dsn := srv.CreateDatabase(t, "backup")
	s, err := mysql.Open(context.Background(), dsn, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.DB().Close() })
	return s
}

func TestSQLiteStore(t *testing.T) { runStoreSuite(t, openSQLite) }

func TestMySQLStore(t *testing.T) { runStoreSuite(t, openMySQL) }

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

func readAll(t *testing.T, s *sqlstore.Store, service string, version uint64) ([]byte, error) {
	t.Helper()
	rc, _, err := s.Open(context.Background(), service, version)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

type failingReader struct {
	r     io.Reader
	after int
	n     int
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n >= f.after {
		return 0, errors.New("writer died")
	}
	if len(p) > f.after-f.n {
		p = p[:f.after-f.n]
	}
	n, err := f.r.Read(p)
	f.n += n
	return n, err
}

func runStoreSuite(t *testing.T, open func(*testing.T, ...sqlstore.Option) *sqlstore.Store) {
	ctx := context.Background()
	now := time.Unix(1_800_000_000, 0)
	s := open(t, sqlstore.WithChunkSize(1000), sqlstore.WithClock(func() time.Time { return now }))

	// Versions: a partial last chunk, an exact multiple, an empty stream.
	datas := [][]byte{randomBytes(2500), randomBytes(3000), {}}
	for i, d := range datas {
		m, err := s.Save(ctx, br2k.SnapshotMeta{Service: "svc", Index: uint64(100 * (i + 1)), Epoch: 7, Replica: "r1"}, bytes.NewReader(d))
		if err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
		wantChunks := (len(d) + 999) / 1000
		if m.Version != uint64(i+1) || m.Size != int64(len(d)) || m.Chunks != wantChunks || m.ChunkSize != 1000 || len(m.SHA256) != 64 {
			t.Fatalf("save %d: meta %+v", i, m)
		}
	}
	if _, err := s.Save(ctx, br2k.SnapshotMeta{Service: "other", Index: 1}, bytes.NewReader([]byte("x"))); err != nil {
		t.Fatal(err)
	}
	list, err := s.List(ctx, "svc")
	if err != nil || len(list) != 3 || list[0].Version != 3 || list[2].Version != 1 || list[1].Index != 200 || list[0].Replica != "r1" {
		t.Fatalf("list %+v %v", list, err)
	}
	for i, d := range datas {
		got, err := readAll(t, s, "svc", uint64(i+1))
		if err != nil || !bytes.Equal(got, d) {
			t.Fatalf("read version %d: %d bytes, %v", i+1, len(got), err)
		}
	}
	if _, _, err := s.Open(ctx, "svc", 99); !errors.Is(err, br2k.ErrNoSnapshot) {
		t.Fatalf("unknown version: %v", err)
	}

	// A save whose stream fails publishes nothing and leaves no chunks.
	before := countChunks(t, s)
	if _, err := s.Save(ctx, br2k.SnapshotMeta{Service: "svc", Index: 400}, &failingReader{r: bytes.NewReader(randomBytes(5000)), after: 2500}); err == nil {
		t.Fatal("a failing stream was saved")
	}
	if list, _ := s.List(ctx, "svc"); len(list) != 3 {
		t.Fatalf("a failed save published a version: %+v", list)
	}
	if after := countChunks(t, s); after != before {
		t.Fatalf("chunks %d after a failed save, %d before", after, before)
	}

	// Corruption: a flipped byte and a missing chunk are caught.
	exec(t, s, `UPDATE br2k_snapshot_chunks SET data = ? WHERE seq = 1 AND upload_id = (SELECT upload_id FROM br2k_snapshots WHERE service = 'svc' AND version = 1)`, randomBytes(1000))
	if _, err := readAll(t, s, "svc", 1); !errors.Is(err, br2k.ErrCorruptSnapshot) {
		t.Fatalf("flipped chunk: %v", err)
	}
	exec(t, s, `DELETE FROM br2k_snapshot_chunks WHERE seq = 2 AND upload_id = (SELECT upload_id FROM br2k_snapshots WHERE service = 'svc' AND version = 2)`)
	if _, err := readAll(t, s, "svc", 2); !errors.Is(err, br2k.ErrCorruptSnapshot) {
		t.Fatalf("missing chunk: %v", err)
	}

	// Prune keeps the newest two, deletes the others' chunks, other services
	// untouched, and orphan chunks older than the orphan age.
	exec(t, s, `INSERT INTO br2k_snapshot_chunks (upload_id, seq, sha256, data, created_ms) VALUES ('orphan-old', 0, 'x', ?, ?)`, []byte("o"), now.Add(-2*time.Hour).UnixMilli())
	exec(t, s, `INSERT INTO br2k_snapshot_chunks (upload_id, seq, sha256, data, created_ms) VALUES ('orphan-new', 0, 'x', ?, ?)`, []byte("o"), now.UnixMilli())
	if err := s.Prune(ctx, "svc", 2); err != nil {
		t.Fatal(err)
	}
	list, _ = s.List(ctx, "svc")
	if len(list) != 2 || list[1].Version != 2 {
		t.Fatalf("after prune: %+v", list)
	}
	if _, _, err := s.Open(ctx, "svc", 1); !errors.Is(err, br2k.ErrNoSnapshot) {
		t.Fatalf("pruned version opens: %v", err)
	}
	if n := countWhere(t, s, `upload_id = 'orphan-old'`); n != 0 {
		t.Fatalf("old orphan kept")
	}
	if n := countWhere(t, s, `upload_id = 'orphan-new'`); n != 1 {
		t.Fatalf("young orphan (an upload in progress) deleted")
	}
	if got, err := readAll(t, s, "other", 1); err != nil || string(got) != "x" {
		t.Fatalf("other service: %q %v", got, err)
	}
	if err := s.Prune(ctx, "svc", 0); err == nil {
		t.Fatal("keep 0 accepted")
	}

	// Concurrent saves get distinct versions.
	var wg sync.WaitGroup
	versions := make(chan uint64, 4)
	for i := range 4 {
		wg.Go(func() {
			m, err := s.Save(ctx, br2k.SnapshotMeta{Service: "conc", Index: uint64(i)}, bytes.NewReader(randomBytes(1500)))
			if err != nil {
				t.Errorf("concurrent save: %v", err)
				return
			}
			versions <- m.Version
		})
	}
	wg.Wait()
	close(versions)
	seen := map[uint64]bool{}
	for v := range versions {
		if seen[v] {
			t.Fatalf("version %d given twice", v)
		}
		seen[v] = true
	}
}

func exec(t *testing.T, s *sqlstore.Store, q string, args ...any) {
	t.Helper()
	if _, err := s.DB().Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func countChunks(t *testing.T, s *sqlstore.Store) int { return countWhere(t, s, "1 = 1") }

func countWhere(t *testing.T, s *sqlstore.Store, where string) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM br2k_snapshot_chunks WHERE ` + where).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOptionErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := sqlstore.New(ctx, nil, sqlstore.SQLite); err == nil {
		t.Error("nil db accepted")
	}
	s := openSQLite(t)
	if _, err := sqlstore.New(ctx, s.DB(), sqlstore.Dialect(9)); err == nil {
		t.Error("bad dialect accepted")
	}
	if _, err := sqlstore.New(ctx, s.DB(), sqlstore.SQLite, sqlstore.WithChunkSize(0)); err == nil {
		t.Error("chunk size 0 accepted")
	}
	if _, err := mysql.Open(ctx, "root@tcp(127.0.0.1:1)/"); err == nil {
		t.Error("DSN without database accepted")
	}
	_ = fmt.Sprint
}
