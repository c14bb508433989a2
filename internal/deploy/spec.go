package deploy

import (
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/units"
)

// Spec is a deployment as a person asks for it: the options of
// `servicechain deploy`. Options checks it and returns what Setup takes:
// always with Timelock (the contracts are owned by TimelockControllers).
type Spec struct {
	// Operators are the operator addresses (0x hex); one value may list
	// several, separated by commas. 1 to 32, none twice.
	Operators []string
	// Threshold is the value-transfer threshold; ConfigThreshold the
	// configuration one (nil: Threshold); AnchorThreshold the Anchor's
	// (nil: 1). Each from 1 to the number of operators.
	Threshold       int
	ConfigThreshold *int
	AnchorThreshold *int
	// NoAnchor skips the Anchor; SampleTokens deploys the sample token pairs.
	NoAnchor, SampleTokens bool
	// ParentLiquidity and ChildLiquidity are ether amounts charged into the
	// bridges (nil: none).
	ParentLiquidity, ChildLiquidity *string
	// Out is a file the result is written to (""; none); an existing one is
	// refused unless Force.
	Out   string
	Force bool
	// TimelockDelay is the minimum delay of the TimelockControllers that own
	// the contracts (nil: DefaultTimelockDelay, or DevnetTimelockDelay with
	// Devnet); whole seconds, at least 1 s.
	TimelockDelay *time.Duration
	// Devnet: the chains are a devnet's dev chains.
	Devnet bool
}

// Options checks s and returns the Setup options. Its errors are input
// errors (input.Is) naming the option.
func (s Spec) Options() (o Options, err error) {
	for _, v := range s.Operators {
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			addr, err := input.Address("operator", a)
			if err != nil {
				return o, err
			}
			for _, prev := range o.Operators {
				if prev == addr {
					return o, input.Errorf("--operator %s: given twice", addr.Hex())
				}
			}
			o.Operators = append(o.Operators, addr)
		}
	}
	n := len(o.Operators)
	if n == 0 {
		return o, input.Errorf("deploy: give the operators: --operator ADDRESS (repeat it for each)")
	}
	if n > 32 {
		return o, input.Errorf("--operator: %d operators, expected at most 32", n)
	}
	anchorThreshold := 1
	if s.AnchorThreshold != nil {
		anchorThreshold = *s.AnchorThreshold
	}
	for _, t := range []struct {
		option string
		v      *int
		dst    *uint8
	}{{"threshold", &s.Threshold, &o.Threshold}, {"config-threshold", s.ConfigThreshold, &o.ConfigThreshold}, {"anchor-threshold", &anchorThreshold, &o.AnchorThreshold}} {
		if t.v == nil {
			continue
		}
		if *t.v < 1 || *t.v > n {
			return o, input.Errorf("--%s %d: expected 1 to the number of operators (%d)", t.option, *t.v, n)
		}
		*t.dst = uint8(*t.v)
	}
	o.NoAnchor, o.DeployTokens = s.NoAnchor, s.SampleTokens
	if o.NoAnchor && s.AnchorThreshold != nil {
		return o, input.Errorf("--anchor-threshold goes without --no-anchor")
	}
	for _, l := range []struct {
		option string
		v      *string
		dst    **big.Int
	}{{"parent-liquidity", s.ParentLiquidity, &o.ParentNativeLiquidity}, {"child-liquidity", s.ChildLiquidity, &o.ChildNativeLiquidity}} {
		if l.v != nil {
			if *l.dst, err = input.Amount(l.option, *l.v, units.Ether); err != nil {
				return o, err
			}
		}
	}
	o.Timelock, o.TimelockDelay = true, DefaultTimelockDelay
	if s.Devnet {
		o.TimelockDelay = DevnetTimelockDelay
	}
	if d := s.TimelockDelay; d != nil {
		if *d < time.Second || *d%time.Second != 0 {
			return o, input.Errorf("--timelock-delay %s: expected whole seconds, at least 1s (default %s)", *d, DefaultTimelockDelay)
		}
		o.TimelockDelay = *d
	}
	if s.Out != "" && !s.Force {
		if _, err := os.Stat(s.Out); err == nil {
			return o, input.Errorf("--out %s already exists (add --force to overwrite it)", s.Out)
		}
	}
	return o, nil
}
