package main

import "testing"

// TestBridgeRefundUsage: `bridge refund` refuses bad flags before any
// network call, and names the admin endpoint it could not reach.
func TestBridgeRefundUsage(t *testing.T) {
	rf := func(args ...string) result { return runCLI(t, "", append([]string{"bridge", "refund"}, args...)...) }
	rf("--direction", "parent-to-child").expect(t, 2, `Required flag "nonce" not set`)
	rf("--nonce", "3").expect(t, 2, `Required flag "direction" not set`)
	rf("--nonce", "3", "--direction", "sideways", "--admin", "127.0.0.1:1").expect(t, 2, `--direction "sideways": expected parent-to-child or child-to-parent`)
	rf("--nonce", "3", "--direction", "parent-to-child").expect(t, 2, "give --admin HOST:PORT or --config FILE")
	rf("--nonce", "3", "--direction", "parent-to-child", "--admin", "127.0.0.1:1", "x").expect(t, 2, `unexpected argument "x"`)
	rf("--nonce", "3", "--direction", "parent-to-child", "--admin", "127.0.0.1:1").expect(t, 1, "admin endpoint 127.0.0.1:1")
}
