// Package sqlstore is a br2k.SnapshotStore on a SQL database: MySQL or
// MariaDB (package br2k/sqlstore/mysql opens one with go-sql-driver/mysql)
// and SQLite (package br2k/sqlstore/sqlite, pure Go modernc.org/sqlite, the
// embedded default). This package imports no driver: it works on any
// *sql.DB of one of its dialects.
//
// Schema (created by New when missing; the seed's router, states and
// snapshot tables, redone with checksums and an atomic publish):
//
//	br2k_snapshot_chunks  upload_id CHAR(32), seq INT, sha256 CHAR(64), data (LONG)BLOB,
//	                      created_ms BIGINT; PRIMARY KEY (upload_id, seq)
//	br2k_snapshots        service VARCHAR(64), version BIGINT, upload_id CHAR(32) UNIQUE,
//	                      log_index BIGINT, epoch BIGINT, replica VARCHAR(64), size BIGINT,
//	                      sha256 CHAR(64), chunks INT, chunk_size INT, created_ms BIGINT,
//	                      manifest TEXT (the br2k.SnapshotMeta as JSON);
//	                      PRIMARY KEY (service, version)
//
// Save writes the chunks under a fresh upload id in small transactions,
// then commits the manifest row, with version = the service's highest + 1,
// in one last transaction: that commit publishes the version. A crash
// before it leaves only orphan chunks, which Prune deletes once they are
// older than an hour. Open checks each chunk's SHA-256 and the whole
// stream's against the manifest.
package sqlstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/servicechain/servicechain/br2k"
)

// Dialect is the SQL flavour of the database.
type Dialect int

const (
	// MySQL covers MySQL 8 and MariaDB 10.x (go-sql-driver/mysql).
	MySQL Dialect = iota + 1
	// SQLite is SQLite 3 (modernc.org/sqlite).
	SQLite
)

func (d Dialect) String() string {
	switch d {
	case MySQL:
		return "mysql"
	case SQLite:
		return "sqlite"
	}
	return fmt.Sprintf("dialect(%d)", int(d))
}

// Defaults of the options.
const (
	// DefaultChunkSize is 128 KiB, the seed's chunk size.
	DefaultChunkSize = br2k.DefaultChunkSize
	// MaxChunkSize bounds a chunk (one row, one statement): 16 MiB, below
	// MySQL's default max_allowed_packet of 64 MiB.
	MaxChunkSize = 16 << 20
	// DefaultOrphanAge is how old chunks without a manifest must be before
	// Prune deletes them (an upload still running is younger).
	DefaultOrphanAge = time.Hour
	// chunksPerTx is how many chunks one transaction of Save inserts.
	chunksPerTx = 16
)

// Store is a SnapshotStore on a *sql.DB. Its methods are safe for
// concurrent use.
type Store struct {
	db        *sql.DB
	dialect   Dialect
	chunkSize int
	orphanAge time.Duration
	now       func() time.Time
}

var _ br2k.SnapshotStore = (*Store)(nil)

// Option sets an optional part of a Store.
type Option func(*Store)

// WithChunkSize sets the chunk size in bytes (default 128 KiB; 1 to 16 MiB).
func WithChunkSize(n int) Option { return func(s *Store) { s.chunkSize = n } }

// WithOrphanAge sets how old unpublished chunks must be before Prune deletes
// them (default 1 h).
func WithOrphanAge(d time.Duration) Option { return func(s *Store) { s.orphanAge = d } }

// WithClock sets the clock of the created_ms columns (default time.Now).
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// New returns a store on db and creates its tables when missing. Errors:
// a nil db, an unknown dialect, a bad option value, the DDL failed.
func New(ctx context.Context, db *sql.DB, d Dialect, opts ...Option) (*Store, error) {
	if db == nil {
		return nil, errors.New("sqlstore: db is nil")
	}
	if d != MySQL && d != SQLite {
		return nil, fmt.Errorf("sqlstore: dialect %v: expected sqlstore.MySQL or sqlstore.SQLite", d)
	}
	s := &Store{db: db, dialect: d, chunkSize: DefaultChunkSize, orphanAge: DefaultOrphanAge, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if s.chunkSize < 1 || s.chunkSize > MaxChunkSize {
		return nil, fmt.Errorf("sqlstore: chunk size %d: expected 1 to %d bytes", s.chunkSize, MaxChunkSize)
	}
	if s.orphanAge <= 0 {
		return nil, fmt.Errorf("sqlstore: orphan age %s: expected a positive duration", s.orphanAge)
	}
	for _, q := range s.ddl() {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("sqlstore: creating tables (%s): %w", d, err)
		}
	}
	return s, nil
}

// DB returns the database.
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) ddl() []string {
	blob, engine := "LONGBLOB", " ENGINE=InnoDB"
	if s.dialect == SQLite {
		blob, engine = "BLOB", ""
	}
	return []string{
		`CREATE TABLE IF NOT EXISTS br2k_snapshot_chunks (
			upload_id CHAR(32) NOT NULL,
			seq INT NOT NULL,
			sha256 CHAR(64) NOT NULL,
			data ` + blob + ` NOT NULL,
			created_ms BIGINT NOT NULL,
			PRIMARY KEY (upload_id, seq))` + engine,
		`CREATE TABLE IF NOT EXISTS br2k_snapshots (
			service VARCHAR(64) NOT NULL,
			version BIGINT NOT NULL,
			upload_id CHAR(32) NOT NULL,
			log_index BIGINT NOT NULL,
			epoch BIGINT NOT NULL,
			replica VARCHAR(64) NOT NULL,
			size BIGINT NOT NULL,
			sha256 CHAR(64) NOT NULL,
			chunks INT NOT NULL,
			chunk_size INT NOT NULL,
			created_ms BIGINT NOT NULL,
			manifest TEXT NOT NULL,
			PRIMARY KEY (service, version),
			UNIQUE (upload_id))` + engine,
	}
}

func newUploadID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Save implements br2k.SnapshotStore.
func (s *Store) Save(ctx context.Context, m br2k.SnapshotMeta, r io.Reader) (br2k.SnapshotMeta, error) {
	upload := newUploadID()
	whole := sha256.New()
	var (
		tx  *sql.Tx
		err error
		seq int
	)
	flush := func() error {
		if tx == nil {
			return nil
		}
		err := tx.Commit()
		tx = nil
		return err
	}
	defer func() {
		if tx != nil {
			_ = tx.Rollback()
		}
	}()
	created := s.now().UnixMilli()
	err = br2k.ReadChunks(r, s.chunkSize, func(chunk []byte) error {
		if tx == nil {
			if tx, err = s.db.BeginTx(ctx, nil); err != nil {
				return err
			}
		}
		sum := sha256.Sum256(chunk)
		whole.Write(chunk)
		if _, err := tx.ExecContext(ctx, `INSERT INTO br2k_snapshot_chunks (upload_id, seq, sha256, data, created_ms) VALUES (?, ?, ?, ?, ?)`,
			upload, seq, hex.EncodeToString(sum[:]), chunk, created); err != nil {
			return err
		}
		seq++
		m.Size += int64(len(chunk))
		if seq%chunksPerTx == 0 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		s.deleteUpload(upload)
		return br2k.SnapshotMeta{}, fmt.Errorf("sqlstore: writing chunks of %s at index %d: %w", m.Service, m.Index, err)
	}
	m.SHA256, m.Chunks, m.ChunkSize = hex.EncodeToString(whole.Sum(nil)), seq, s.chunkSize
	for attempt := 0; ; attempt++ {
		m, err = s.publish(ctx, m, upload, created)
		if err == nil {
			return m, nil
		}
		if attempt >= 3 || ctx.Err() != nil {
			s.deleteUpload(upload)
			return br2k.SnapshotMeta{}, fmt.Errorf("sqlstore: publishing the manifest of %s at index %d: %w", m.Service, m.Index, err)
		}
		time.Sleep(time.Duration(50*(attempt+1)) * time.Millisecond) // a concurrent Save took the version number
	}
}

// publish commits the manifest row: the version exists from this commit on.
func (s *Store) publish(ctx context.Context, m br2k.SnapshotMeta, upload string, created int64) (br2k.SnapshotMeta, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return m, err
	}
	defer tx.Rollback()
	q := `SELECT COALESCE(MAX(version), 0) FROM br2k_snapshots WHERE service = ?`
	if s.dialect == MySQL {
		q += ` FOR UPDATE`
	}
	var last uint64
	if err := tx.QueryRowContext(ctx, q, m.Service).Scan(&last); err != nil {
		return m, err
	}
	m.Version = last + 1
	m.End = s.now().UTC()
	manifest, err := json.Marshal(m)
	if err != nil {
		return m, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO br2k_snapshots
		(service, version, upload_id, log_index, epoch, replica, size, sha256, chunks, chunk_size, created_ms, manifest)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Service, m.Version, upload, m.Index, m.Epoch, m.Replica, m.Size, m.SHA256, m.Chunks, m.ChunkSize, created, string(manifest)); err != nil {
		return m, err
	}
	return m, tx.Commit()
}

func (s *Store) deleteUpload(upload string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, _ = s.db.ExecContext(ctx, `DELETE FROM br2k_snapshot_chunks WHERE upload_id = ?`, upload)
}

// Open implements br2k.SnapshotStore.
func (s *Store) Open(ctx context.Context, service string, version uint64) (io.ReadCloser, br2k.SnapshotMeta, error) {
	var manifest, upload string
	err := s.db.QueryRowContext(ctx, `SELECT manifest, upload_id FROM br2k_snapshots WHERE service = ? AND version = ?`, service, version).Scan(&manifest, &upload)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, br2k.SnapshotMeta{}, fmt.Errorf("%w: %s version %d", br2k.ErrNoSnapshot, service, version)
	}
	if err != nil {
		return nil, br2k.SnapshotMeta{}, fmt.Errorf("sqlstore: reading the manifest of %s version %d: %w", service, version, err)
	}
	var m br2k.SnapshotMeta
	if err := json.Unmarshal([]byte(manifest), &m); err != nil {
		return nil, br2k.SnapshotMeta{}, fmt.Errorf("%w: %s version %d: manifest: %v", br2k.ErrCorruptSnapshot, service, version, err)
	}
	seq := 0
	next := func() ([]byte, string, error) {
		if seq >= m.Chunks {
			return nil, "", io.EOF
		}
		var data []byte
		var sum string
		err := s.db.QueryRowContext(ctx, `SELECT data, sha256 FROM br2k_snapshot_chunks WHERE upload_id = ? AND seq = ?`, upload, seq).Scan(&data, &sum)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, "", fmt.Errorf("%w: %s version %d: chunk %d missing", br2k.ErrCorruptSnapshot, service, version, seq)
		}
		if err != nil {
			return nil, "", fmt.Errorf("sqlstore: reading chunk %d of %s version %d: %w", seq, service, version, err)
		}
		seq++
		return data, strings.TrimSpace(sum), nil
	}
	return br2k.NewChunkReader(next, m, nil), m, nil
}

// List implements br2k.SnapshotStore.
func (s *Store) List(ctx context.Context, service string) ([]br2k.SnapshotMeta, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT manifest FROM br2k_snapshots WHERE service = ? ORDER BY version DESC`, service)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: listing %s: %w", service, err)
	}
	defer rows.Close()
	var out []br2k.SnapshotMeta
	for rows.Next() {
		var manifest string
		if err := rows.Scan(&manifest); err != nil {
			return nil, err
		}
		var m br2k.SnapshotMeta
		if err := json.Unmarshal([]byte(manifest), &m); err != nil {
			continue // unreadable manifest: not a usable version
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Prune implements br2k.SnapshotStore: it deletes every version of service
// but the newest keep, with their chunks, and chunks of any service left
// without a manifest for longer than the orphan age.
func (s *Store) Prune(ctx context.Context, service string, keep int) error {
	if keep < 1 {
		return fmt.Errorf("sqlstore: prune keep %d: expected at least 1", keep)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT version, upload_id FROM br2k_snapshots WHERE service = ? ORDER BY version DESC`, service)
	if err != nil {
		return fmt.Errorf("sqlstore: prune %s: %w", service, err)
	}
	type victim struct {
		version uint64
		upload  string
	}
	var victims []victim
	n := 0
	for rows.Next() {
		var v victim
		if err := rows.Scan(&v.version, &v.upload); err != nil {
			rows.Close()
			return err
		}
		if n++; n > keep {
			victims = append(victims, v)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, v := range victims {
		// Manifest first: the version disappears atomically, then its chunks.
		if _, err := s.db.ExecContext(ctx, `DELETE FROM br2k_snapshots WHERE service = ? AND version = ?`, service, v.version); err != nil {
			return fmt.Errorf("sqlstore: prune %s version %d: %w", service, v.version, err)
		}
		if _, err := s.db.ExecContext(ctx, `DELETE FROM br2k_snapshot_chunks WHERE upload_id = ?`, v.upload); err != nil {
			return fmt.Errorf("sqlstore: prune %s version %d chunks: %w", service, v.version, err)
		}
	}
	cutoff := s.now().Add(-s.orphanAge).UnixMilli()
	if _, err := s.db.ExecContext(ctx, `DELETE FROM br2k_snapshot_chunks WHERE created_ms < ? AND upload_id NOT IN (SELECT upload_id FROM br2k_snapshots)`, cutoff); err != nil {
		return fmt.Errorf("sqlstore: deleting orphan chunks: %w", err)
	}
	return nil
}
