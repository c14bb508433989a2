package devnet

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/node"
	"github.com/servicechain/servicechain/internal/servicenode"
)

// PortFlags are the names of the `servicechain devnet` port flags, in the
// order Config.CheckFlags checks them: --parent-http-port, --parent-ws-port,
// --child-http-port, --child-ws-port.
var PortFlags = []string{"parent-http-port", "parent-ws-port", "child-http-port", "child-ws-port"}

// CheckFlags checks a Config built from the `servicechain devnet` flags and
// names the flag in every error: an input error (internal/input, a usage
// error of exit status 2) for a value out of range, a plain error when a
// fixed port is already taken (syscall.EADDRINUSE wrapped). endpoints is the
// --child-endpoints value as given (it must not be negative; Config holds
// the resolved number, -1 for none).
func (c *Config) CheckFlags(endpoints int) error {
	for _, ck := range []struct {
		bad bool
		msg string
	}{
		{c.BlockPeriod <= 0, fmt.Sprintf("--block-time %s: expected a positive duration such as 1s or 500ms", c.BlockPeriod)},
		{c.Operators < 1 || c.Operators > 32, fmt.Sprintf("--operators %d: expected 1 to 32", c.Operators)},
		{c.Threshold < 1 || c.Threshold > c.Operators, fmt.Sprintf("--threshold %d: expected 1 to --operators (%d)", c.Threshold, c.Operators)},
		{c.Accounts < 1 || c.Accounts > 1000, fmt.Sprintf("--accounts %d: expected 1 to 1000", c.Accounts)},
		{c.ChildProducers < 1 || c.ChildEndpoints < -1 || endpoints < 0 || c.ChildProducers+max(c.ChildEndpoints, 0) > MaxChildNodes,
			fmt.Sprintf("--child-producers %d, --child-endpoints %d: expected at least 1 producer, 0 or more endpoints, at most %d nodes", c.ChildProducers, endpoints, MaxChildNodes)},
		{c.ParentChainID == 0 || c.ChildChainID == 0, fmt.Sprintf("chain ids must be greater than 0 (--parent-chain-id %d, --child-chain-id %d)", c.ParentChainID, c.ChildChainID)},
		{c.ParentChainID == c.ChildChainID, fmt.Sprintf("--parent-chain-id and --child-chain-id are both %d: expected two different ids", c.ParentChainID)},
	} {
		if ck.bad {
			return input.Errorf("%s", ck.msg)
		}
	}
	ports := []int{c.ParentHTTPPort, c.ParentWSPort, c.ChildHTTPPort, c.ChildWSPort}
	seen := map[int]string{}
	for i, f := range PortFlags {
		v := ports[i]
		if v < 0 || v > 65535 {
			return input.Errorf("--%s %d: expected a port from 1 to 65535, or 0 for any free port", f, v)
		}
		if prev, ok := seen[v]; ok && v != 0 {
			return input.Errorf("--%s %d: the same port as --%s; each server needs its own port", f, v, prev)
		}
		seen[v] = f
	}
	for i, f := range PortFlags { // fail early, naming the flag, when a fixed port is taken
		if err := CheckPort(ports[i]); errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("--%s %d: %w (stop what listens there, or pick another port with --%s; 0 picks a free one)", f, ports[i], err, f)
		} else if err != nil {
			return fmt.Errorf("--%s %d: %w", f, ports[i], err)
		}
	}
	return nil
}

// AdminTargets resolves the `servicechain node status|handover|pause|resume`
// options to admin endpoints and tokens: admin (--admin HOST:PORT, with the
// token in tokenFile, --token-file), else configPath (--config node.toml:
// the address the node wrote to its datadir and its admin.token, or
// tokenFile), else the service-chain nodes of the devnet in dir (--devnet
// DIR; only the one named name when name is not ""). None given is an input
// error; an unreadable token file is an error naming it.
func AdminTargets(admin, tokenFile, configPath, dir, name string) ([]servicenode.Target, error) {
	switch {
	case admin != "":
		t := servicenode.Target{Admin: admin}
		if tokenFile != "" {
			tok, err := node.ReadAdminTokenFile(tokenFile)
			if err != nil {
				return nil, err
			}
			t.Token = tok
		}
		return []servicenode.Target{t}, nil
	case configPath != "":
		t, err := servicenode.TargetFromFile(configPath, tokenFile)
		if err != nil {
			return nil, err
		}
		return []servicenode.Target{t}, nil
	case dir != "":
		info, err := ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		return info.ServiceTargets(name)
	}
	return nil, input.Errorf("give --config FILE, --admin HOST:PORT or --devnet DIR")
}
