package bridgenet

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/input"
)

// chainIDServer answers eth_chainId with id (a JSON-RPC endpoint of one method).
func chainIDServer(t *testing.T, id string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		b, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(b, &req); err != nil || req.Method != "eth_chainId" {
			http.Error(w, "unexpected request", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":"` + id + `"}`))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestConnect(t *testing.T) {
	ctx := context.Background()
	n := Network{ParentRPC: chainIDServer(t, "0x3e9"), ChildRPC: chainIDServer(t, "0x3e8"), ParentBridge: common.Address{1}, ChildBridge: common.Address{2}}
	p, err := Connect(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.Parent.Name != Parent || p.Parent.ChainID.Uint64() != 1001 || p.Child.ChainID.Uint64() != 1000 || p.Conn(Child) != p.Child ||
		p.Bridge(Child) != (common.Address{2}) || p.RPC(Parent) != n.ParentRPC || Other(Parent) != Child || Other(Child) != Parent {
		t.Errorf("pair %+v", p)
	}
	if err := p.Child.Errorf("reading %d: %w", 7, io.EOF); err.Error() != "child chain at "+n.ChildRPC+": reading 7: EOF" {
		t.Errorf("Errorf: %v", err)
	}

	if _, err := Dial(ctx, "parent", "127.0.0.1:8545"); !input.Is(err) || !strings.Contains(err.Error(), `parent RPC "127.0.0.1:8545": expected a URL such as http://127.0.0.1:8545`) {
		t.Errorf("dial without a scheme: %v", err)
	}
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	n.ChildRPC = dead.URL
	if _, err := Connect(ctx, n); err == nil || input.Is(err) || !strings.Contains(err.Error(), "child chain at "+dead.URL+": reading the chain id") {
		t.Errorf("connect to a closed child endpoint: %v", err)
	}
}
