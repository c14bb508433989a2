package chaintest

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Liar is a lying JSON-RPC provider for tests of endpoint agreement (issue
// 13): an HTTP JSON-RPC endpoint that forwards every call to an honest node,
// except that it answers eth_getTransactionReceipt for the fabricated
// transactions with the fabricated receipts, adds them to the
// eth_getBlockReceipts answer of their block (asked by number) and adds their
// logs to every eth_getLogs answer whose block range covers them. Everything else is the
// honest node's answer, so the lie is consistent with the real chain (heads,
// chain id, contract state).
type Liar struct {
	upstream string
	srv      *http.Server
	url      string

	mu       sync.Mutex
	receipts map[common.Hash]*types.Receipt
	calls    map[string]int
}

// NewLiar starts a Liar in front of upstream (an http:// JSON-RPC URL) on
// 127.0.0.1 with a free port; it is closed when the test ends.
func NewLiar(t testing.TB, upstream string) *Liar {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := &Liar{upstream: upstream, url: "http://" + ln.Addr().String(), receipts: map[common.Hash]*types.Receipt{}, calls: map[string]int{}}
	l.srv = &http.Server{Handler: l}
	go l.srv.Serve(ln)
	t.Cleanup(func() { l.srv.Close() })
	return l
}

// URL is the Liar's http:// URL.
func (l *Liar) URL() string { return l.url }

// Fabricate makes the Liar claim that r (with r.TxHash, r.BlockHash,
// r.BlockNumber and r.Logs filled in) is a mined receipt.
func (l *Liar) Fabricate(r *types.Receipt) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.receipts[r.TxHash] = r
}

// Calls is how often method was called on the Liar.
func (l *Liar) Calls(method string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.calls[method]
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result"`
}

func (l *Liar) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req rpcRequest
	if json.Unmarshal(body, &req) == nil {
		l.mu.Lock()
		l.calls[req.Method]++
		l.mu.Unlock()
		if req.Method == "eth_getTransactionReceipt" && len(req.Params) == 1 {
			var h common.Hash
			if json.Unmarshal(req.Params[0], &h) == nil {
				l.mu.Lock()
				fake := l.receipts[h]
				l.mu.Unlock()
				if fake != nil {
					res, _ := json.Marshal(fake)
					writeJSON(w, rpcResponse{JSONRPC: "2.0", ID: req.ID, Result: res})
					return
				}
			}
		}
	}
	resp, err := http.Post(l.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if req.Method == "eth_getLogs" && len(req.Params) == 1 {
		out = l.addLogs(out, req.Params[0])
	}
	if req.Method == "eth_getBlockReceipts" && len(req.Params) == 1 {
		out = l.addReceipts(out, req.Params[0])
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	w.Write(out)
}

// addLogs appends the fabricated logs within the filter's block range (and
// of its addresses, when it names any) to an eth_getLogs answer.
func (l *Liar) addLogs(out []byte, filter json.RawMessage) []byte {
	var f struct {
		FromBlock string          `json:"fromBlock"`
		ToBlock   string          `json:"toBlock"`
		Address   json.RawMessage `json:"address"`
	}
	var resp rpcResponse
	var logs []*types.Log
	if json.Unmarshal(filter, &f) != nil || json.Unmarshal(out, &resp) != nil || json.Unmarshal(resp.Result, &logs) != nil {
		return out
	}
	from, okF := parseQuantity(f.FromBlock)
	to, okT := parseQuantity(f.ToBlock)
	addrs := string(f.Address)
	l.mu.Lock()
	for _, r := range l.receipts {
		for _, lg := range r.Logs {
			if (okF && lg.BlockNumber < from) || (okT && lg.BlockNumber > to) {
				continue
			}
			if addrs != "" && !strings.Contains(strings.ToLower(addrs), strings.ToLower(lg.Address.Hex())) {
				continue
			}
			logs = append(logs, lg)
		}
	}
	l.mu.Unlock()
	return withResult(out, resp, logs)
}

// addReceipts appends the fabricated receipts of the block asked for (by
// number) to an eth_getBlockReceipts answer.
func (l *Liar) addReceipts(out []byte, block json.RawMessage) []byte {
	var num string
	if json.Unmarshal(block, &num) != nil {
		var obj struct {
			BlockNumber string `json:"blockNumber"` // rpc.BlockNumberOrHash as ethclient sends it
		}
		if json.Unmarshal(block, &obj) != nil {
			return out
		}
		num = obj.BlockNumber
	}
	var resp rpcResponse
	var rs []json.RawMessage
	if json.Unmarshal(out, &resp) != nil || json.Unmarshal(resp.Result, &rs) != nil {
		return out
	}
	n, ok := parseQuantity(num)
	if !ok {
		return out
	}
	l.mu.Lock()
	for _, r := range l.receipts {
		if r.BlockNumber != nil && r.BlockNumber.IsUint64() && r.BlockNumber.Uint64() == n {
			if b, err := json.Marshal(r); err == nil {
				rs = append(rs, b)
			}
		}
	}
	l.mu.Unlock()
	return withResult(out, resp, rs)
}

// withResult is resp with its result replaced by v, encoded (out, the
// upstream's answer, when v does not encode).
func withResult(out []byte, resp rpcResponse, v any) []byte {
	res, err := json.Marshal(v)
	if err != nil {
		return out
	}
	resp.Result = res
	b, _ := json.Marshal(resp)
	return b
}

func parseQuantity(s string) (uint64, bool) {
	n, err := hexutil.DecodeUint64(s)
	return n, err == nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// Close stops the Liar; its URL then refuses connections.
func (l *Liar) Close() { l.srv.Close() }
