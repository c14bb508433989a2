package node

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/servicechain/servicechain/internal/keys"
)

// Admin API authentication (issue 13, finding 7). The admin JSON-RPC server
// pauses voting and moves the node's state, so every request must carry
// "Authorization: Bearer <token>", the token being the content of
// <datadir>/admin.token: 32 random bytes in hex, written with mode 0600 the
// first time the daemon starts (as geth writes its Engine API JWT secret),
// refused when group or other users may read it. And a request must name a
// loopback host in its Host header (localhost, 127.0.0.1, [::1]): a web page
// that reached the port through DNS rebinding names its own domain there and
// is refused before its token is even looked at.

// AdminTokenFile is the name of the admin bearer token file in a daemon's
// data directory.
const AdminTokenFile = "admin.token"

// adminTokenBytes is the token's length before hex encoding.
const adminTokenBytes = 32

// EnsureAdminToken returns the admin token of the daemon whose data
// directory is dataDir, creating <dataDir>/admin.token (mode 0600, the
// directory 0700) when it does not exist. Errors: the directory cannot be
// created or written; the file is readable by group or other users
// (keys.ErrSecretFileMode, naming it and its mode), empty or not hex.
func EnsureAdminToken(dataDir string) (string, error) {
	path := filepath.Join(dataDir, AdminTokenFile)
	tok, err := ReadAdminToken(dataDir)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return tok, err
	}
	b := make([]byte, adminTokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	tok = hex.EncodeToString(b)
	err = keys.CreateSecretFile(path, []byte(tok+"\n"))
	if errors.Is(err, fs.ErrExist) { // another process wrote it first
		return ReadAdminToken(dataDir)
	}
	if err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	return tok, nil
}

// ReadAdminToken reads <dataDir>/admin.token (see EnsureAdminToken), as the
// admin API's clients do. Errors name the file; a missing one matches
// fs.ErrNotExist.
func ReadAdminToken(dataDir string) (string, error) {
	return ReadAdminTokenFile(filepath.Join(dataDir, AdminTokenFile))
}

// ReadAdminTokenFile reads an admin token file given by its path (a
// --token-file flag). Errors: those of ReadAdminToken.
func ReadAdminTokenFile(path string) (string, error) {
	b, err := keys.ReadSecretFile(path)
	if err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	if _, herr := hex.DecodeString(tok); tok == "" || herr != nil {
		return "", fmt.Errorf("admin token %s: expected a hex token on one line", path)
	}
	return tok, nil
}

// WithAdminToken makes the admin API require "Authorization: Bearer
// <token>" and a loopback Host header (AdminAuth), and lets
// Host.DialAdmin send the token. An empty token refuses every request.
func WithAdminToken(token string) Option {
	return func(h *Host) {
		h.adminToken, h.adminAuth = token, true
		h.adminMW = append([]func(http.Handler) http.Handler{AdminAuth(token)}, h.adminMW...)
	}
}

// AdminAuth is the admin API's authentication middleware: 403 Forbidden for
// a request whose Host header is not a loopback host (localhost, 127.0.0.0/8,
// ::1; any port), then 401 Unauthorized (with WWW-Authenticate: Bearer) for
// one without "Authorization: Bearer <token>" (compared in constant time).
func AdminAuth(token string) func(http.Handler) http.Handler {
	want := []byte("Bearer " + token)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !loopbackHost(r.Host) {
				http.Error(w, "admin API: Host "+fmt.Sprintf("%q", r.Host)+" is not a loopback host", http.StatusForbidden)
				return
			}
			got := []byte(r.Header.Get("Authorization"))
			if token == "" || subtle.ConstantTimeCompare(got, want) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="servicechain admin"`)
				http.Error(w, "admin API: missing or wrong bearer token (see "+AdminTokenFile+" in the node's datadir)", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// loopbackHost reports whether a Host header names localhost or a loopback
// IP, with or without a port.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// DialAdminToken is DialAdmin sending "Authorization: Bearer <token>" with
// every call ("" sends none).
func DialAdminToken(ctx context.Context, addr, token string) (*rpc.Client, error) {
	if addr == "" {
		return nil, errors.New("admin address is empty: expected host:port or an http:// URL")
	}
	url := addr
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		url = "http://" + url
	}
	var opts []rpc.ClientOption
	if token != "" {
		opts = append(opts, rpc.WithHeader("Authorization", "Bearer "+token))
	}
	return rpc.DialOptions(ctx, url, opts...)
}

// DialAdmin connects to this host's own admin API with its token (tests,
// the devnet). Errors: the admin API is not listening; DialAdminToken's.
func (h *Host) DialAdmin(ctx context.Context) (*rpc.Client, error) {
	addr := h.AdminAddr()
	if addr == "" {
		return nil, errors.New("node: the admin API is not listening (disabled, or Run has not started)")
	}
	return DialAdminToken(ctx, addr, h.adminToken)
}

// AdminToken is the token the admin API requires ("" without WithAdminToken).
func (h *Host) AdminToken() string { return h.adminToken }

// AdminEndpoint finds a daemon's admin address and token from its
// configuration, as `servicechain bridge status --config` does: the address
// as AdminAddress finds it, the token from <dataDir>/admin.token, or from
// tokenFile when given.
func AdminEndpoint(listen, dataDir, tokenFile string) (addr, token string, err error) {
	if addr, err = AdminAddress(listen, dataDir); err != nil {
		return "", "", err
	}
	if tokenFile != "" {
		token, err = ReadAdminTokenFile(tokenFile)
	} else {
		token, err = ReadAdminToken(dataDir)
	}
	return addr, token, err
}
