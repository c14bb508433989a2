// Package sqlite opens a br2k snapshot store in an SQLite file with the
// pure-Go driver modernc.org/sqlite (no cgo): the embedded default.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/servicechain/servicechain/br2k/sqlstore"
)

// Open opens (creating if needed) the SQLite database at path with WAL
// journaling, a 10 s busy timeout and synchronous=FULL, and returns a store
// on it. Close the store's DB when done. Errors: the file cannot be opened
// or its tables created.
func Open(ctx context.Context, path string, opts ...sqlstore.Option) (*sqlstore.Store, error) {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	s, err := sqlstore.New(ctx, db, sqlstore.SQLite, opts...)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}
