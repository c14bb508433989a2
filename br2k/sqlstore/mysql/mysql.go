// Package mysql opens a br2k snapshot store in a MySQL or MariaDB database
// with go-sql-driver/mysql (the seed's backup storage).
package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/servicechain/servicechain/br2k/sqlstore"
)

// Open connects with dsn (go-sql-driver/mysql format, e.g.
// "user:password@tcp(127.0.0.1:3306)/backup"; the database must exist),
// creates the store's tables when missing and returns the store. Close the
// store's DB when done. Errors: a malformed DSN (named without its
// password), the server unreachable, the DDL refused.
func Open(ctx context.Context, dsn string, opts ...sqlstore.Option) (*sqlstore.Store, error) {
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		return nil, fmt.Errorf("mysql: bad DSN: %w", err)
	}
	if cfg.DBName == "" {
		return nil, fmt.Errorf("mysql: DSN for %s names no database: expected user:password@tcp(host:port)/database", cfg.Addr)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("mysql: %w", err)
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(8)
	db.SetConnMaxLifetime(30 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("mysql: connecting to %s/%s as %s: %w", cfg.Addr, cfg.DBName, cfg.User, err)
	}
	s, err := sqlstore.New(ctx, db, sqlstore.MySQL, opts...)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}
