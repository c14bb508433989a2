package harness

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// JSClient runs the ethers-based user client e2e/client/client.mjs with node.
// Each call is one `node client.mjs <command> ... --json` process; its JSON
// output is decoded into the result types below.
type JSClient struct {
	// Node is the node executable.
	Node string
	// Script is the path of client.mjs.
	Script string
	// Artifacts is the ABI directory passed as --artifacts ("" = the client's
	// default, <repo>/contracts/artifacts).
	Artifacts string
	// Timeout bounds one client process (0 = 5 minutes).
	Timeout time.Duration
}

var (
	npmOnce sync.Once
	npmErr  error
)

// NewJSClient finds node and the client script, and installs the client's npm
// dependencies (`npm ci` in e2e/client) once per test process if
// e2e/client/node_modules is missing.
func NewJSClient(ctx context.Context) (*JSClient, error) {
	root, err := RepoRoot()
	if err != nil {
		return nil, err
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, fmt.Errorf("harness: node (Node.js >= 18) is needed for the e2e user client: %w", err)
	}
	dir := filepath.Join(root, "e2e", "client")
	npmOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", "ethers", "package.json")); err == nil {
			return
		}
		cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			npmErr = fmt.Errorf("harness: npm ci in %s: %w\n%s", dir, err, out)
		}
	})
	if npmErr != nil {
		return nil, npmErr
	}
	return &JSClient{Node: node, Script: filepath.Join(dir, "client.mjs")}, nil
}

// ClientError is a failed client run: its exit code, the "error" field of its
// JSON output, the raw JSON and stderr.
type ClientError struct {
	Args     []string
	ExitCode int
	Message  string
	JSON     json.RawMessage
	Stderr   string
}

func (e *ClientError) Error() string {
	return fmt.Sprintf("client %s: exit %d: %s (stderr: %s)", strings.Join(e.Args, " "), e.ExitCode, e.Message, strings.TrimSpace(e.Stderr))
}

// Run runs `node client.mjs <args...> --json` and decodes its stdout into out
// (if out is not nil). A non-zero exit returns a *ClientError; the JSON output
// is still decoded into out when there is any (wait-handle reports what it
// found before a timeout).
func (c *JSClient) Run(ctx context.Context, out any, args ...string) error {
	timeout := c.Timeout
	if timeout == 0 {
		timeout = 5 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	full := append([]string{c.Script}, args...)
	full = append(full, "--json")
	if c.Artifacts != "" {
		full = append(full, "--artifacts", c.Artifacts)
	}
	cmd := exec.CommandContext(ctx, c.Node, full...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	raw := bytes.TrimSpace(stdout.Bytes())
	if len(raw) > 0 && out != nil {
		if err := json.Unmarshal(raw, out); err != nil && runErr == nil {
			return fmt.Errorf("client %s: decode output %q: %w", strings.Join(args, " "), raw, err)
		}
	}
	if runErr != nil {
		ce := &ClientError{Args: args, ExitCode: -1, JSON: raw, Stderr: stderr.String(), Message: runErr.Error()}
		if ee, ok := runErr.(*exec.ExitError); ok {
			ce.ExitCode = ee.ExitCode()
		}
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Error != "" {
			ce.Message = e.Error
		}
		return ce
	}
	return nil
}

// BigInt is a *big.Int that decodes from the client's JSON (a decimal string,
// or a number).
type BigInt struct{ *big.Int }

// UnmarshalJSON accepts "123", 123 and null.
func (b *BigInt) UnmarshalJSON(data []byte) error {
	s := strings.Trim(string(data), `"`)
	if s == "null" || s == "" {
		b.Int = nil
		return nil
	}
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		return fmt.Errorf("harness: %s is not an integer", data)
	}
	b.Int = v
	return nil
}

// Uint64 returns the value as uint64 (0 for nil).
func (b BigInt) Uint64() uint64 {
	if b.Int == nil {
		return 0
	}
	return b.Int.Uint64()
}

// ChainInfo is the output of `client.mjs info`.
type ChainInfo struct {
	ChainID       uint64      `json:"chainId"`
	BlockNumber   uint64      `json:"blockNumber"`
	BlockHash     common.Hash `json:"blockHash"`
	GasLimit      BigInt      `json:"gasLimit"`
	BaseFeePerGas BigInt      `json:"baseFeePerGas"`
}

// Info runs `client.mjs info --rpc URL`.
func (c *JSClient) Info(ctx context.Context, rpc string) (*ChainInfo, error) {
	var out ChainInfo
	return &out, c.Run(ctx, &out, "info", "--rpc", rpc)
}

// SendResult is the output of `client.mjs send`.
type SendResult struct {
	From        common.Address `json:"from"`
	To          common.Address `json:"to"`
	Value       BigInt         `json:"value"`
	TxHash      common.Hash    `json:"txHash"`
	BlockNumber uint64         `json:"blockNumber"`
	GasUsed     BigInt         `json:"gasUsed"`
	Status      int            `json:"status"`
}

// Send makes a plain value transfer of value wei from key to to and waits for its receipt.
func (c *JSClient) Send(ctx context.Context, rpc, key string, to common.Address, value *big.Int) (*SendResult, error) {
	var out SendResult
	return &out, c.Run(ctx, &out, "send", "--rpc", rpc, "--key", key, "--to", to.Hex(), "--value", value.String())
}

// Balance returns the native balance (token = zero address) or the ERC-20
// balance of addr, in the token's smallest unit.
func (c *JSClient) Balance(ctx context.Context, rpc string, addr, token common.Address) (*big.Int, error) {
	var out struct {
		Balance BigInt `json:"balance"`
	}
	args := []string{"balance", "--rpc", rpc, "--address", addr.Hex()}
	if token != (common.Address{}) {
		args = append(args, "--token", token.Hex())
	}
	if err := c.Run(ctx, &out, args...); err != nil {
		return nil, err
	}
	return out.Balance.Int, nil
}

// Owner returns the owner of an ERC-721 token id (zero address if it has none).
func (c *JSClient) Owner(ctx context.Context, rpc string, token common.Address, id *big.Int) (common.Address, error) {
	var out struct {
		Owner string `json:"owner"`
	}
	if err := c.Run(ctx, &out, "owner", "--rpc", rpc, "--token", token.Hex(), "--token-id", id.String()); err != nil {
		return common.Address{}, err
	}
	if out.Owner == "" {
		return common.Address{}, nil
	}
	return common.HexToAddress(out.Owner), nil
}

// Request is the bridge request event decoded from a request receipt.
type Request struct {
	Event          string         `json:"event"`
	TokenType      uint8          `json:"tokenType"`
	From           common.Address `json:"from"`
	To             common.Address `json:"to"`
	Token          common.Address `json:"token"`
	ValueOrTokenID BigInt         `json:"valueOrTokenId"`
	RequestNonce   BigInt         `json:"requestNonce"`
	Fee            BigInt         `json:"fee"`
	TokenURI       string         `json:"tokenURI"`
}

// RequestResult is the output of the native, erc20 and erc721 commands.
type RequestResult struct {
	Kind          string      `json:"kind"`
	TxHash        common.Hash `json:"txHash"`
	ApproveTxHash common.Hash `json:"approveTxHash"`
	BlockNumber   uint64      `json:"blockNumber"`
	BlockHash     common.Hash `json:"blockHash"`
	GasUsed       BigInt      `json:"gasUsed"`
	Status        int         `json:"status"`
	RequestNonce  BigInt      `json:"requestNonce"`
	Request       *Request    `json:"request"`
}

// RequestNative sends requestNativeTransfer(to, value, "0x") with msg.value =
// value + feeLimit (wei) and waits for the receipt.
func (c *JSClient) RequestNative(ctx context.Context, rpc, key string, bridge, to common.Address, value, feeLimit *big.Int) (*RequestResult, error) {
	var out RequestResult
	return &out, c.Run(ctx, &out, "native", "--rpc", rpc, "--key", key, "--bridge", bridge.Hex(), "--to", to.Hex(),
		"--value", value.String(), "--fee-limit", feeLimit.String())
}

// RequestERC20 sends an ERC-20 request: 2-step (approve + requestERC20Transfer)
// or, with oneStep, ERC-1363 transferAndCall to the bridge.
func (c *JSClient) RequestERC20(ctx context.Context, rpc, key string, bridge, token, to common.Address, value, feeLimit *big.Int, oneStep bool) (*RequestResult, error) {
	var out RequestResult
	args := []string{"erc20", "--rpc", rpc, "--key", key, "--bridge", bridge.Hex(), "--token", token.Hex(), "--to", to.Hex(),
		"--value", value.String(), "--fee-limit", feeLimit.String()}
	if oneStep {
		args = append(args, "--one-step")
	}
	return &out, c.Run(ctx, &out, args...)
}

// RequestERC721 sends an ERC-721 request: 2-step (approve + requestERC721Transfer)
// or, with oneStep, safeTransferFrom to the bridge.
func (c *JSClient) RequestERC721(ctx context.Context, rpc, key string, bridge, token, to common.Address, id *big.Int, oneStep bool) (*RequestResult, error) {
	var out RequestResult
	args := []string{"erc721", "--rpc", rpc, "--key", key, "--bridge", bridge.Hex(), "--token", token.Hex(), "--to", to.Hex(),
		"--token-id", id.String()}
	if oneStep {
		args = append(args, "--one-step")
	}
	return &out, c.Run(ctx, &out, args...)
}

// Handle is one HandleValueTransfer event found by WaitHandle.
type Handle struct {
	HandleNonce      BigInt         `json:"handleNonce"`
	TxHash           common.Hash    `json:"txHash"`
	BlockNumber      uint64         `json:"blockNumber"`
	RequestTxHash    common.Hash    `json:"requestTxHash"`
	TokenType        uint8          `json:"tokenType"`
	From             common.Address `json:"from"`
	To               common.Address `json:"to"`
	Token            common.Address `json:"token"`
	ValueOrTokenID   BigInt         `json:"valueOrTokenId"`
	LowerHandleNonce BigInt         `json:"lowerHandleNonce"`
}

// WaitResult is the output of wait-handle.
type WaitResult struct {
	OK        bool     `json:"ok"`
	Handled   []Handle `json:"handled"`
	Missing   []BigInt `json:"missing"`
	ScannedTo uint64   `json:"scannedTo"`
}

// WaitHandle waits up to timeout for HandleValueTransfer events with the given
// handle nonces on the bridge at rpc, scanning from fromBlock. On timeout it
// returns the partial result and a *ClientError.
func (c *JSClient) WaitHandle(ctx context.Context, rpc string, bridge common.Address, nonces []uint64, fromBlock uint64, timeout time.Duration) (*WaitResult, error) {
	ns := make([]string, len(nonces))
	for i, n := range nonces {
		ns[i] = strconv.FormatUint(n, 10)
	}
	var out WaitResult
	return &out, c.Run(ctx, &out, "wait-handle", "--rpc", rpc, "--bridge", bridge.Hex(), "--nonce", strings.Join(ns, ","),
		"--from-block", strconv.FormatUint(fromBlock, 10), "--timeout", strconv.FormatFloat(timeout.Seconds(), 'f', -1, 64))
}

// BridgeState is the output of bridge-state.
type BridgeState struct {
	RequestNonce     uint64 // next request nonce of this bridge (requests it has emitted)
	LowerHandleNonce uint64 // all handle nonces below it are handled
	UpperHandleNonce uint64 // 1 + the highest handled nonce
	BlockNumber      uint64 // head block at the time of the read
}

// BridgeState reads requestNonce, lowerHandleNonce and upperHandleNonce.
func (c *JSClient) BridgeState(ctx context.Context, rpc string, bridge common.Address) (*BridgeState, error) {
	var raw struct {
		RequestNonce     BigInt `json:"requestNonce"`
		LowerHandleNonce BigInt `json:"lowerHandleNonce"`
		UpperHandleNonce BigInt `json:"upperHandleNonce"`
		BlockNumber      uint64 `json:"blockNumber"`
	}
	if err := c.Run(ctx, &raw, "bridge-state", "--rpc", rpc, "--bridge", bridge.Hex()); err != nil {
		return nil, err
	}
	return &BridgeState{RequestNonce: raw.RequestNonce.Uint64(), LowerHandleNonce: raw.LowerHandleNonce.Uint64(),
		UpperHandleNonce: raw.UpperHandleNonce.Uint64(), BlockNumber: raw.BlockNumber}, nil
}

// BurstRequest is one request of a burst.
type BurstRequest struct {
	Index        int            `json:"index"`
	Kind         string         `json:"kind"`
	From         common.Address `json:"from"`
	To           common.Address `json:"to"`
	Value        BigInt         `json:"value"`
	TokenID      BigInt         `json:"tokenId"`
	TxNonce      uint64         `json:"txNonce"`
	TxHash       common.Hash    `json:"txHash"`
	BlockNumber  uint64         `json:"blockNumber"`
	GasUsed      BigInt         `json:"gasUsed"`
	Status       int            `json:"status"`
	RequestNonce BigInt         `json:"requestNonce"`
	Fee          BigInt         `json:"fee"`
	SentAt       int64          `json:"sentAt"` // Unix milliseconds when the tx was handed to the node
}

// BurstResult is the output of burst.
type BurstResult struct {
	OK          bool           `json:"ok"`
	Count       int            `json:"count"`
	Failed      int            `json:"failed"`
	SendMillis  int64          `json:"sendMillis"`
	TotalMillis int64          `json:"totalMillis"`
	Approvals   []common.Hash  `json:"approvals"`
	Requests    []BurstRequest `json:"requests"`
}

// BurstOptions configures Burst. Amounts are in the token's smallest unit.
type BurstOptions struct {
	RPC    string
	Bridge common.Address
	Keys   []string // hex private keys, one nonce stream each
	Count  int
	// Kinds cycles over native, erc20, erc20-1step, erc721, erc721-1step (default native).
	Kinds []string
	// To is the recipient of every request (zero = each sender itself).
	To            common.Address
	Value         *big.Int // native value (default 1000 wei)
	FeeLimit      *big.Int // native fee limit (default 0)
	Token         common.Address
	ERC20Value    *big.Int
	ERC20FeeLimit *big.Int
	NFT           common.Address
	NFTIDs        string // "A-B" or "a,b,c": ids the wallets own
	GasLimit      uint64 // 0 = estimate once per (wallet, kind) with a 50% margin
	NoWait        bool   // do not wait for receipts
	// Rate, when > 0, spreads the burst into a steady stream of Rate requests
	// per second (request i is sent i/Rate seconds after the start).
	Rate           float64
	TimeoutSeconds int
}

// Burst sends o.Count requests from several wallets at once.
func (c *JSClient) Burst(ctx context.Context, o BurstOptions) (*BurstResult, error) {
	args := []string{"burst", "--rpc", o.RPC, "--bridge", o.Bridge.Hex(), "--keys", strings.Join(o.Keys, ","), "--count", strconv.Itoa(o.Count)}
	if len(o.Kinds) > 0 {
		args = append(args, "--kinds", strings.Join(o.Kinds, ","))
	}
	if o.To != (common.Address{}) {
		args = append(args, "--to", o.To.Hex())
	}
	addBig := func(flag string, v *big.Int) {
		if v != nil {
			args = append(args, flag, v.String())
		}
	}
	addBig("--value", o.Value)
	addBig("--fee-limit", o.FeeLimit)
	addBig("--erc20-value", o.ERC20Value)
	addBig("--erc20-fee-limit", o.ERC20FeeLimit)
	if o.Token != (common.Address{}) {
		args = append(args, "--token", o.Token.Hex())
	}
	if o.NFT != (common.Address{}) {
		args = append(args, "--nft", o.NFT.Hex(), "--nft-ids", o.NFTIDs)
	}
	if o.GasLimit > 0 {
		args = append(args, "--gas-limit", strconv.FormatUint(o.GasLimit, 10))
	}
	if o.NoWait {
		args = append(args, "--no-wait")
	}
	if o.Rate > 0 {
		args = append(args, "--rate", strconv.FormatFloat(o.Rate, 'f', -1, 64))
	}
	if o.TimeoutSeconds > 0 {
		args = append(args, "--timeout", strconv.Itoa(o.TimeoutSeconds))
	}
	var out BurstResult
	return &out, c.Run(ctx, &out, args...)
}
