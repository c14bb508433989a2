// Package mysqltest starts a throwaway MariaDB (or MySQL) server for tests:
// mysql_install_db into a temporary directory, then mariadbd on a free
// loopback port, stopped (SIGTERM, then SIGKILL) when the test ends. Tests
// that need it skip with a clear message when no server binary is installed
// (Debian: apt-get install mariadb-server).
package mysqltest

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
)

// Server is a running test server.
type Server struct {
	// Addr is host:port on 127.0.0.1.
	Addr string
	dir  string
	cmd  *exec.Cmd
	done chan error
}

// binaries returns the server and installer paths, or "" when absent.
func binaries() (server, install string) {
	for _, s := range []string{"mariadbd", "mysqld"} {
		if p, err := exec.LookPath(s); err == nil {
			server = p
			break
		}
		for _, dir := range []string{"/usr/sbin", "/usr/libexec"} {
			if p := filepath.Join(dir, s); fileExists(p) {
				server = p
				break
			}
		}
		if server != "" {
			break
		}
	}
	for _, s := range []string{"mariadb-install-db", "mysql_install_db"} {
		if p, err := exec.LookPath(s); err == nil {
			install = p
			break
		}
	}
	return server, install
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// Start starts a server for t and stops it when t ends. It skips t when no
// mariadbd/mysqld and mysql_install_db are installed, and fails it when the
// server does not come up within a minute.
func Start(t testing.TB) *Server {
	t.Helper()
	server, install := binaries()
	if server == "" || install == "" {
		t.Skip("mysqltest: no MariaDB/MySQL server binary (mariadbd and mysql_install_db) on this machine; install mariadb-server to run this test")
	}
	s, err := start(server, install, t.TempDir())
	if err != nil {
		t.Fatalf("mysqltest: %v", err)
	}
	t.Cleanup(s.Stop)
	return s
}

func start(server, install, dir string) (*Server, error) {
	data := filepath.Join(dir, "data")
	args := []string{"--no-defaults", "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"}
	if os.Geteuid() == 0 {
		args = append(args, "--user=root")
	}
	if out, err := exec.Command(install, args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", install, err, out)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	sargs := []string{"--no-defaults", "--datadir=" + data, "--socket=" + filepath.Join(dir, "mysqld.sock"),
		"--port=" + strconv.Itoa(port), "--bind-address=127.0.0.1", "--skip-grant-tables",
		"--pid-file=" + filepath.Join(dir, "mysqld.pid"), "--log-error=" + filepath.Join(dir, "error.log"),
		"--innodb-buffer-pool-size=64M", "--max-allowed-packet=64M", "--skip-name-resolve"}
	if os.Geteuid() == 0 {
		sargs = append(sargs, "--user=root")
	}
	cmd := exec.Command(server, sargs...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", server, err)
	}
	s := &Server{Addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), dir: dir, cmd: cmd, done: make(chan error, 1)}
	go func() { s.done <- cmd.Wait() }()
	deadline := time.Now().Add(time.Minute)
	for {
		db, err := sql.Open("mysql", s.DSN(""))
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			err = db.PingContext(ctx)
			cancel()
			db.Close()
		}
		if err == nil {
			return s, nil
		}
		select {
		case werr := <-s.done:
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			return nil, fmt.Errorf("%s exited: %v\n%s", server, werr, log)
		default:
		}
		if time.Now().After(deadline) {
			s.Stop()
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			return nil, fmt.Errorf("%s not ready in a minute: %v\n%s", server, err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// DSN returns a go-sql-driver/mysql DSN for database db ("" for none) as
// root over TCP.
func (s *Server) DSN(db string) string {
	c := mysql.NewConfig()
	c.User, c.Net, c.Addr, c.DBName = "root", "tcp", s.Addr, db
	c.Timeout = 5 * time.Second
	return c.FormatDSN()
}

// CreateDatabase creates database name and returns its DSN.
func (s *Server) CreateDatabase(t testing.TB, name string) string {
	t.Helper()
	db, err := sql.Open("mysql", s.DSN(""))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE IF NOT EXISTS `" + name + "`"); err != nil {
		t.Fatalf("mysqltest: create database %s: %v", name, err)
	}
	return s.DSN(name)
}

// Stop stops the server (SIGTERM, SIGKILL after 20 s) and waits for it.
func (s *Server) Stop() {
	if s.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(20 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
	s.done <- nil // later Stops return at once
}
