package txmgr

import (
	"math/big"
	"strings"
	"testing"
	"time"
)

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func TestNewFees(t *testing.T) {
	cases := []struct {
		name                         string
		base, tip, price, maxF, maxT *big.Int
		wantTip, wantCap, wantPrice  *big.Int
		capped                       bool
	}{
		{"1559", gwei(10), gwei(1), nil, gwei(100), gwei(5), gwei(1), gwei(21), nil, false},
		{"tip above its ceiling", gwei(10), gwei(8), nil, gwei(100), gwei(5), gwei(5), gwei(25), nil, true},
		{"fee cap above its ceiling", gwei(60), gwei(2), nil, gwei(100), gwei(5), gwei(2), gwei(100), nil, true},
		{"ceiling below the tip", gwei(60), gwei(4), nil, gwei(3), gwei(3), gwei(3), gwei(3), nil, true},
		{"legacy", nil, nil, gwei(7), gwei(100), gwei(5), nil, nil, gwei(7), false},
		{"legacy above the ceiling", nil, nil, gwei(700), gwei(100), gwei(5), nil, nil, gwei(100), true},
	}
	for _, tc := range cases {
		f, capped := newFees(tc.base, tc.tip, tc.price, tc.maxF, tc.maxT)
		if capped != tc.capped || !eq(f.tipCap, tc.wantTip) || !eq(f.feeCap, tc.wantCap) || !eq(f.gasPrice, tc.wantPrice) {
			t.Errorf("%s: got tip %v cap %v price %v capped %v; want %v %v %v %v",
				tc.name, f.tipCap, f.feeCap, f.gasPrice, capped, tc.wantTip, tc.wantCap, tc.wantPrice, tc.capped)
		}
	}
}

func TestBumpFees(t *testing.T) {
	old := fees{tipCap: gwei(2), feeCap: gwei(20)}
	quiet := fees{tipCap: gwei(1), feeCap: gwei(10)}

	f, ok := bumpFees(old, quiet, 10, gwei(100), gwei(10))
	if !ok || !eq(f.tipCap, big.NewInt(2.2e9)) || !eq(f.feeCap, gwei(22)) {
		t.Errorf("10%% bump: %v %v ok=%v; want 2.2 gwei, 22 gwei", f.tipCap, f.feeCap, ok)
	}
	f, ok = bumpFees(old, fees{tipCap: gwei(3), feeCap: gwei(50)}, 10, gwei(100), gwei(10))
	if !ok || !eq(f.tipCap, gwei(3)) || !eq(f.feeCap, gwei(50)) {
		t.Errorf("market above the bump: %v %v ok=%v; want the market prices", f.tipCap, f.feeCap, ok)
	}
	f, ok = bumpFees(old, quiet, 10, gwei(21), gwei(10))
	if ok || !eq(f.feeCap, gwei(21)) {
		t.Errorf("fee cap ceiling: %v ok=%v; want 21 gwei and not ok (under the 10%% replacement rule)", f.feeCap, ok)
	}
	f, ok = bumpFees(old, quiet, 10, gwei(100), gwei(2))
	if ok || !eq(f.tipCap, gwei(2)) {
		t.Errorf("tip ceiling: %v ok=%v; want 2 gwei and not ok", f.tipCap, ok)
	}
	f, ok = bumpFees(fees{tipCap: new(big.Int), feeCap: big.NewInt(5)}, fees{tipCap: new(big.Int), feeCap: big.NewInt(1)}, 10, gwei(1), gwei(1))
	if !ok || !eq(f.tipCap, big.NewInt(1)) || !eq(f.feeCap, big.NewInt(6)) {
		t.Errorf("tiny values: %v %v ok=%v; want each raised by at least 1 wei", f.tipCap, f.feeCap, ok)
	}
	f, ok = bumpFees(fees{gasPrice: gwei(10)}, fees{gasPrice: gwei(5)}, 25, gwei(100), gwei(1))
	if !ok || !eq(f.gasPrice, big.NewInt(12.5e9)) || f.tipCap != nil {
		t.Errorf("legacy bump: %v ok=%v; want 12.5 gwei", f.gasPrice, ok)
	}
}

func TestConfigValidation(t *testing.T) {
	good := Config{ChainID: big.NewInt(1), MaxFeeCap: gwei(100), MaxTipCap: gwei(2)}
	cfg, err := good.withDefaults()
	if err != nil || cfg.FeeBumpPercent != 10 || cfg.ResubmitAfter != DefaultResubmitAfter || cfg.PollInterval != time.Second {
		t.Fatalf("defaults: %+v, %v", cfg, err)
	}
	for _, tc := range []struct {
		mutate func(*Config)
		want   string
	}{
		{func(c *Config) { c.ChainID = nil }, "chain id <nil>: expected a positive chain id"},
		{func(c *Config) { c.MaxFeeCap = big.NewInt(0) }, "max fee cap 0: expected a positive"},
		{func(c *Config) { c.MaxTipCap = nil }, "max tip cap <nil>"},
		{func(c *Config) { c.MaxTipCap = gwei(200) }, "max tip cap 200000000000 wei is above max fee cap"},
		{func(c *Config) { c.FeeBumpPercent = 5 }, "fee bump 5%: expected at least 10"},
		{func(c *Config) { c.PollInterval = -1 }, "expected durations >= 0"},
		{func(c *Config) { c.MinBalance = big.NewInt(-1) }, "min balance -1"},
	} {
		c := good
		tc.mutate(&c)
		if _, err := c.withDefaults(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, want error containing %q", err, tc.want)
		}
	}
}

func eq(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Cmp(b) == 0
}
