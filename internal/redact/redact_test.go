package redact_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/servicechain/servicechain/internal/redact"
)

func TestURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://u:p@h/v3/SECRET?key=S", "https://redacted@h/v3/***?key=***"},
		{"https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161", "https://mainnet.infura.io/v3/***"},
		{"wss://eth-mainnet.g.alchemy.com/v2/Xk3bQ9_abc-DEF", "wss://eth-mainnet.g.alchemy.com/v2/***"},
		{"https://name.quiknode.pro/0123abcd4567ef/", "https://name.quiknode.pro/***/"},
		{"https://rpc.ankr.com/eth/abcdef0123456789", "https://rpc.ankr.com/eth/***"},
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545"},
		{"ws://10.0.0.5:8556/ws", "ws://10.0.0.5:8556/ws"},
		{"https://h/rpc?apikey=K1&chain=1&apikey=K2", "https://h/rpc?apikey=***&apikey=***&chain=***"},
		{"https://KEYASUSER@h/", "https://redacted@h/"},
		{"https://h/x#frag", "https://h/x"},
		{"not a url", "<unparseable URL>"},
		{"http://", "http://"},
		{"localhost:8545", "localhost:8545"},
		{"127.0.0.1:8545", "127.0.0.1:8545"},
		{"key:SECRET", "<unparseable URL>"},
		{"0123456789abcdef", "<unparseable URL>"},
	} {
		if got := redact.URL(tc.in); got != tc.want {
			t.Errorf("URL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScrubber(t *testing.T) {
	const raw = "https://user1:pw-9f3a@h.example/v3/SECRETKEY123?key=QSECRET456"
	s := redact.NewScrubber(raw, "http://127.0.0.1:8545")
	// What go-ethereum's rpc package says about a failed POST, and variants
	// quoting parts of the URL, escaped or not.
	base := errors.New(`Post "` + raw + `": dial tcp: lookup h.example: no such host`)
	wrapped := fmt.Errorf("chain %q: eth_call: %w", "parent", base)
	err := s.Error(wrapped)
	for _, secret := range []string{"pw-9f3a", "SECRETKEY123", "QSECRET456", "user1"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("scrubbed error %q still contains %q", err, secret)
		}
	}
	if !strings.Contains(err.Error(), "https://redacted@h.example/v3/***?key=***") || !errors.Is(err, base) {
		t.Errorf("scrubbed error %q: want the redacted URL and errors.Is the original", err)
	}
	if got := s.String("key QSECRET456 and path /v3/SECRETKEY123 and http://127.0.0.1:8545"); got != "key *** and path /v3/*** and http://127.0.0.1:8545" {
		t.Errorf("String = %q", got)
	}
	if s.Error(io.EOF) != io.EOF || s.Error(nil) != nil {
		t.Errorf("an error without secrets must come back unchanged")
	}
	var zero *redact.Scrubber
	if zero.String("x") != "x" || zero.Error(io.EOF) != io.EOF {
		t.Errorf("a nil Scrubber masks nothing")
	}
}
