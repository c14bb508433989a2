package bench

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/input"
)

// Spec is a benchmark as a person asks for it: the options of `servicechain
// bench`. Measure checks it and runs it.
type Spec struct {
	// Devnet is a running devnet's data directory: its RPC URLs, bridges and
	// funded dev accounts are used (Accounts: only the first N of them; nil
	// means all). Otherwise ParentRPC, ChildRPC, ParentBridge and ChildBridge
	// say where the chains are (0x hex addresses).
	Devnet                    string
	Accounts                  *int
	ParentRPC, ChildRPC       string
	ParentBridge, ChildBridge string
	// Keys (hex) and the keys in KeysFile (one per line; blank lines and #
	// comments skipped) are the senders; given, they replace the devnet's.
	Keys     []string
	KeysFile string
	// Count is the number of transfers per direction (>= 1).
	Count int
	// From is the source chain: parent, child or both (both directions at once).
	From string
	// Value is the amount of each transfer in wei (a positive integer).
	Value string
	// To is the recipient of every transfer ("": each sender itself).
	To string
	// Timeout bounds each direction's run (> 0).
	Timeout time.Duration
	// Hostile is the fraction of unpayable requests in each burst (0 to
	// 0.9; see Options.Hostile).
	Hostile float64
	// Drain and ReadyFile: see Options.Drain; ReadyFile (with Drain) is
	// created, holding the time, once every direction's backlog is on chain.
	Drain     bool
	ReadyFile string
	// Logf receives progress lines (never concurrently).
	Logf func(format string, args ...any)
}

// Measure checks s (input errors name the option, see package input), runs
// the burst in each direction of s.From at once and returns the report.
// Errors: bad input, a devnet directory without devnet.json, and what Run
// returns for either direction.
func Measure(ctx context.Context, s Spec) (*Report, error) {
	if s.Count < 1 {
		return nil, input.Errorf("bench: --count %d: expected at least 1", s.Count)
	}
	var sides []string
	switch s.From {
	case "parent", "child":
		sides = []string{s.From}
	case "both":
		sides = []string{"parent", "child"}
	default:
		return nil, input.Errorf("bench: --from %q: expected parent, child or both", s.From)
	}
	value, ok := new(big.Int).SetString(s.Value, 10)
	if !ok || value.Sign() <= 0 {
		return nil, input.Errorf("bench: --value %q: expected a positive integer amount in wei", s.Value)
	}
	var to common.Address
	if s.To != "" {
		if !common.IsHexAddress(s.To) {
			return nil, input.Errorf("bench: --to %q: expected a 0x-prefixed 20-byte hex address", s.To)
		}
		to = common.HexToAddress(s.To)
	}
	if s.Timeout <= 0 {
		return nil, input.Errorf("bench: --timeout %s: expected a positive duration", s.Timeout)
	}
	if s.ReadyFile != "" && !s.Drain {
		return nil, input.Errorf("bench: --ready-file needs --drain")
	}
	if s.Hostile < 0 || s.Hostile > 0.9 {
		return nil, input.Errorf("bench: --hostile %v: expected a fraction from 0 to 0.9", s.Hostile)
	}
	chains, senders, err := s.resolve()
	if err != nil {
		return nil, err
	}
	for _, side := range []string{"parent", "child"} {
		url := map[string]string{"parent": s.ParentRPC, "child": s.ChildRPC}[side]
		dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		cl, err := ethclient.DialContext(dctx, url)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("bench: %s chain %s: %w", side, url, err)
		}
		defer cl.Close()
		c := chains[side]
		c.Client = cl
		chains[side] = c
	}

	var logMu sync.Mutex
	logf := func(format string, args ...any) {
		logMu.Lock()
		defer logMu.Unlock()
		if s.Logf != nil {
			s.Logf(format, args...)
		}
	}
	var readyMu sync.Mutex
	readyLeft := len(sides)
	ready := func(*Sent) {
		readyMu.Lock()
		defer readyMu.Unlock()
		if readyLeft--; !s.Drain || readyLeft > 0 {
			return
		}
		logf("backlog ready: %d requests per direction are on chain; start the bridge nodes now", s.Count)
		if s.ReadyFile != "" {
			if err := os.WriteFile(s.ReadyFile, []byte(time.Now().Format(time.RFC3339Nano)+"\n"), 0o644); err != nil {
				logf("could not write --ready-file %s: %v", s.ReadyFile, err)
			}
		}
	}
	// Hostile recipients are deployed before the bursts start: a burst
	// sends from every sender on its source chain, which is the other
	// direction's destination.
	var hostileTo [2][2]common.Address
	if s.Hostile > 0 {
		for i, src := range sides {
			dst := chains[map[string]string{"parent": "child", "child": "parent"}[src]]
			if hostileTo[i], err = hostileTargets(ctx, dst, senders[0]); err != nil {
				return nil, err
			}
			logf("%s: hostile recipients: reverting %s, gas burner %s", dst.Name, hostileTo[i][0], hostileTo[i][1])
		}
	}
	report := &Report{Started: time.Now().UTC().Format(time.RFC3339), Count: s.Count, Results: make([]*Result, len(sides))}
	errs := make([]error, len(sides))
	var wg sync.WaitGroup
	for i, src := range sides {
		dst := map[string]string{"parent": "child", "child": "parent"}[src]
		wg.Add(1)
		go func() {
			defer wg.Done()
			report.Results[i], errs[i] = Run(ctx, Options{
				Src: chains[src], Dst: chains[dst], Senders: senders, Count: s.Count, Value: value, Recipient: to,
				Timeout: s.Timeout, Drain: s.Drain, Ready: ready, Logf: logf, Hostile: s.Hostile, hostileTo: hostileTo[i],
			})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return report, nil
}

// resolve finds the chains (without clients) and the sender keys of s; with
// s.Devnet it fills s's RPC URLs from devnet.json.
func (s *Spec) resolve() (map[string]Chain, []*ecdsa.PrivateKey, error) {
	chains := map[string]Chain{"parent": {Name: "parent"}, "child": {Name: "child"}}
	var senders []*ecdsa.PrivateKey
	if s.Devnet != "" {
		for _, f := range []struct{ flag, v string }{{"parent-rpc", s.ParentRPC}, {"child-rpc", s.ChildRPC}, {"parent-bridge", s.ParentBridge}, {"child-bridge", s.ChildBridge}} {
			if f.v != "" {
				return nil, nil, input.Errorf("bench: give either --devnet DIR or --%s, not both", f.flag)
			}
		}
		info, err := devnet.ReadInfo(s.Devnet)
		if err != nil {
			return nil, nil, err
		}
		s.ParentRPC, s.ChildRPC = info.Parent.HTTP, info.Child.HTTP
		chains["parent"] = Chain{Name: "parent", Bridge: info.Contracts.ParentBridge}
		chains["child"] = Chain{Name: "child", Bridge: info.Contracts.ChildBridge}
		accts := info.Accounts
		if s.Accounts != nil {
			if a := *s.Accounts; a < 1 || a > len(accts) {
				return nil, nil, input.Errorf("bench: --accounts %d: expected 1 to %d (the devnet's dev accounts)", a, len(accts))
			}
			accts = accts[:*s.Accounts]
		}
		for i, a := range accts {
			k, err := crypto.HexToECDSA(strings.TrimPrefix(a.PrivateKey, "0x"))
			if err != nil {
				return nil, nil, fmt.Errorf("bench: %s: dev account %d key: %w", s.Devnet, i, err)
			}
			senders = append(senders, k)
		}
	} else {
		if s.Accounts != nil {
			return nil, nil, input.Errorf("bench: --accounts needs --devnet DIR")
		}
		var missing []string
		for _, f := range []struct {
			side, rpc, bridge string
		}{{"parent", s.ParentRPC, s.ParentBridge}, {"child", s.ChildRPC, s.ChildBridge}} {
			if f.rpc == "" {
				missing = append(missing, "--"+f.side+"-rpc URL")
			}
			if f.bridge == "" {
				missing = append(missing, "--"+f.side+"-bridge ADDRESS")
				continue
			}
			if !common.IsHexAddress(f.bridge) {
				return nil, nil, input.Errorf("bench: --%s-bridge %q: expected a 0x-prefixed 20-byte hex address", f.side, f.bridge)
			}
			chains[f.side] = Chain{Name: f.side, Bridge: common.HexToAddress(f.bridge)}
		}
		if len(missing) > 0 {
			return nil, nil, input.Errorf("bench: give --devnet DIR, or %s", strings.Join(missing, ", "))
		}
	}
	keys := append([]string(nil), s.Keys...)
	if s.KeysFile != "" {
		fh, err := os.Open(s.KeysFile)
		if err != nil {
			return nil, nil, fmt.Errorf("bench: --keys-file: %w", err)
		}
		defer fh.Close()
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				keys = append(keys, l)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, nil, fmt.Errorf("bench: --keys-file %s: %w", s.KeysFile, err)
		}
	}
	if len(keys) > 0 {
		senders = nil // explicit keys replace the devnet accounts
	}
	for i, h := range keys {
		k, err := crypto.HexToECDSA(strings.TrimPrefix(h, "0x"))
		if err != nil {
			return nil, nil, input.Errorf("bench: sender key %d: expected 32 bytes of hex: %v", i+1, err)
		}
		senders = append(senders, k)
	}
	if len(senders) == 0 {
		return nil, nil, input.Errorf("bench: no sender accounts: give --devnet DIR, --key HEX or --keys-file FILE")
	}
	return chains, senders, nil
}
