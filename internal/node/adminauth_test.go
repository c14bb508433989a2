package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
	"github.com/servicechain/servicechain/internal/node"
)

// bridgeConfig is a bridge.toml whose chains point at endpoints (nothing
// needs to answer), metrics and admin on free loopback ports.
func bridgeConfig(t *testing.T, parentEndpoint string) *config.Config {
	t.Helper()
	c := config.Default()
	c.Node.Name = "op1"
	c.Node.DataDir = filepath.Join(t.TempDir(), "data")
	for i, cc := range []*config.ChainConfig{&c.Parent, &c.Child} {
		cc.Endpoints = []string{"http://127.0.0.1:1"}
		cc.ChainID = uint64(1000 + i)
	}
	c.Parent.Endpoints = []string{parentEndpoint}
	c.Metrics.Listen, c.Admin.Listen = "127.0.0.1:0", "127.0.0.1:0"
	return c
}

// rpcPost sends one JSON-RPC call to the admin API with the given Host
// header and Authorization (none when ""), and returns the HTTP status.
func rpcPost(t *testing.T, addr, host, auth string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, "http://"+addr, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"alpha_echo","params":["x"]}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if host != "" {
		req.Host = host
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// TestAdminAuth: a bridge host writes <datadir>/admin.token (0600) on its
// first start and its admin API refuses a missing or wrong bearer token (401)
// and a foreign Host header, as DNS rebinding sends (403); the token's owner
// (Host.DialAdmin, AdminEndpoint for the CLI) gets through. A token file
// readable by others is refused, naming it and its mode.
func TestAdminAuth(t *testing.T) {
	key, _ := crypto.GenerateKey()
	c := bridgeConfig(t, "http://127.0.0.1:1")
	h, err := node.NewBridge(node.BridgeOptions{Config: c, ParentKey: key, ChildKey: key, Logger: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(c.Node.DataDir, node.AdminTokenFile)
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("token file %s: %v, mode %v; want 0600", path, err, fi.Mode())
	}
	tok, err := node.ReadAdminToken(c.Node.DataDir)
	if err != nil || len(tok) != 64 || tok != h.AdminToken() {
		t.Fatalf("token %q (%v), host's %q", tok, err, h.AdminToken())
	}
	if err := h.Register(newFake("alpha")); err != nil {
		t.Fatal(err)
	}
	stop := runHost(t, h)
	addr := h.AdminAddr()
	for _, tc := range []struct {
		name, host, auth string
		want             int
	}{
		{"no token", "", "", http.StatusUnauthorized},
		{"wrong token", "", "Bearer " + strings.Repeat("0", 64), http.StatusUnauthorized},
		{"not bearer", "", tok, http.StatusUnauthorized},
		{"foreign host", "evil.example:" + strings.Split(addr, ":")[1], "Bearer " + tok, http.StatusForbidden},
		{"foreign host without token", "evil.example", "", http.StatusForbidden},
		{"localhost", "localhost:1234", "Bearer " + tok, http.StatusOK},
		{"ok", "", "Bearer " + tok, http.StatusOK},
	} {
		if got := rpcPost(t, addr, tc.host, tc.auth); got != tc.want {
			t.Errorf("%s: HTTP %d, want %d", tc.name, got, tc.want)
		}
	}
	ctx := context.Background()
	rc, err := h.DialAdmin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got string
	if err := rc.CallContext(ctx, &got, "alpha_echo", "y"); err != nil || got != "y" {
		t.Errorf("Host.DialAdmin call: %q, %v", got, err)
	}
	rc.Close()
	gotAddr, gotTok, err := node.AdminEndpoint(c.Admin.Listen, c.Node.DataDir, "")
	if err != nil || gotAddr != addr || gotTok != tok {
		t.Errorf("AdminEndpoint = %s, %s, %v", gotAddr, gotTok, err)
	}
	plain, err := node.DialAdmin(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	if err := plain.CallContext(ctx, &got, "alpha_echo", "z"); err == nil {
		t.Error("a call without the token succeeded")
	}
	plain.Close()
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	// The same token on the next start; a token file others can read is refused.
	if again, err := node.EnsureAdminToken(c.Node.DataDir); err != nil || again != tok {
		t.Errorf("second start: token %q, %v", again, err)
	}
	os.Chmod(path, 0o644)
	_, err = node.NewBridge(node.BridgeOptions{Config: c, ParentKey: key, ChildKey: key, Logger: quiet()})
	if !errors.Is(err, keys.ErrSecretFileMode) || !strings.Contains(err.Error(), path+" has mode 0644") {
		t.Fatalf("NewBridge with a 0644 token file: %v; want ErrSecretFileMode naming it", err)
	}
}

// TestEndpointSecretsNotExported: an endpoint URL carrying a password, a key
// in its path and one in its query never shows them in /metrics (the
// endpoint label), the logs or the status (ChainStatus, what bridge_status
// returns).
func TestEndpointSecretsNotExported(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strings.Split(l.Addr().String(), ":")[1]
	l.Close()
	const pw, pathKey, queryKey = "pw-5ecret", "SECRETKEY0123", "QS3CRET"
	raw := "http://u:" + pw + "@127.0.0.1:" + port + "/v3/" + pathKey + "?key=" + queryKey
	var logs bytes.Buffer
	key, _ := crypto.GenerateKey()
	c := bridgeConfig(t, raw)
	h, err := node.NewBridge(node.BridgeOptions{Config: c, ParentKey: key, ChildKey: key, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	stop := runHost(t, h)
	waitFor(t, "the parent endpoint tried and exported", func() bool {
		cs := h.ChainStatus()
		return len(cs) == 2 && cs[0].Endpoints[0].Error != "" && strings.Contains(scrape(t, h.MetricsAddr()), "servicechain_endpoint_healthy")
	})
	metrics := scrape(t, h.MetricsAddr())
	status, _ := json.Marshal(h.ChainStatus())
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for what, text := range map[string]string{"/metrics": metrics, "status": string(status), "logs": logs.String()} {
		for _, secret := range []string{pw, pathKey, queryKey} {
			if strings.Contains(text, secret) {
				t.Errorf("%s shows %q", what, secret)
			}
		}
	}
	if want := `endpoint="http://redacted@127.0.0.1:` + port + `/v3/***?key=***"`; !strings.Contains(metrics, want) {
		t.Errorf("/metrics lacks %s", want)
	}
	if !strings.Contains(metrics, `servicechain_endpoint_disagreements_total{chain="parent",node="op1"} 0`) {
		t.Errorf("/metrics lacks the disagreement counter")
	}
}

func scrape(t *testing.T, addr string) string {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}
