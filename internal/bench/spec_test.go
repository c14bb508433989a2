package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/servicechain/servicechain/internal/input"
)

// TestMeasureInput: Measure refuses bad input, naming the option, before it
// dials anything (the URLs below point nowhere).
func TestMeasureInput(t *testing.T) {
	const a = "0x903A862693363F668704771D1a74D9F36Ea4D480"
	good := Spec{ParentRPC: "http://127.0.0.1:1", ChildRPC: "http://127.0.0.1:1", ParentBridge: a, ChildBridge: a,
		Keys: []string{"0x" + strings.Repeat("11", 32)}, Count: 1, From: "parent", Value: "1", Timeout: time.Second}
	keysFile := filepath.Join(t.TempDir(), "keys")
	os.WriteFile(keysFile, []byte("# senders\n\nnot-a-key\n"), 0o600)
	three := 3
	for _, tc := range []struct {
		edit    func(*Spec)
		want    string
		isInput bool
	}{
		{func(s *Spec) { s.Count = 0 }, "bench: --count 0: expected at least 1", true},
		{func(s *Spec) { s.From = "left" }, `bench: --from "left": expected parent, child or both`, true},
		{func(s *Spec) { s.Value = "-3" }, `bench: --value "-3": expected a positive integer amount in wei`, true},
		{func(s *Spec) { s.To = "zz" }, `bench: --to "zz": expected a 0x-prefixed 20-byte hex address`, true},
		{func(s *Spec) { s.Timeout = 0 }, "bench: --timeout 0s: expected a positive duration", true},
		{func(s *Spec) { s.ReadyFile = "x" }, "bench: --ready-file needs --drain", true},
		{func(s *Spec) { s.Hostile = 0.95 }, "bench: --hostile 0.95: expected a fraction from 0 to 0.9", true},
		{func(s *Spec) { s.Hostile = -0.1 }, "bench: --hostile -0.1: expected a fraction from 0 to 0.9", true},
		{func(s *Spec) { s.Devnet = t.TempDir() }, "bench: give either --devnet DIR or --parent-rpc, not both", true},
		{func(s *Spec) { s.Accounts = &three }, "bench: --accounts needs --devnet DIR", true},
		{func(s *Spec) { s.ChildRPC, s.ParentBridge = "", "" }, "bench: give --devnet DIR, or --parent-bridge ADDRESS, --child-rpc URL", true},
		{func(s *Spec) { s.ChildBridge = "0x2" }, `bench: --child-bridge "0x2": expected a 0x-prefixed 20-byte hex address`, true},
		{func(s *Spec) { s.Keys = nil }, "bench: no sender accounts: give --devnet DIR, --key HEX or --keys-file FILE", true},
		{func(s *Spec) { s.Keys = []string{"zz"} }, "bench: sender key 1: expected 32 bytes of hex", true},
		{func(s *Spec) { s.KeysFile = keysFile }, "bench: sender key 2: expected 32 bytes of hex", true},
		{func(s *Spec) { s.KeysFile = filepath.Join(t.TempDir(), "none") }, "bench: --keys-file: ", false},
		{func(s *Spec) {
			s.ParentRPC, s.ChildRPC, s.ParentBridge, s.ChildBridge, s.Devnet = "", "", "", "", t.TempDir()
		}, "devnet.json", false},
	} {
		s := good
		tc.edit(&s)
		_, err := Measure(context.Background(), s)
		if err == nil || !strings.Contains(err.Error(), tc.want) || input.Is(err) != tc.isInput {
			t.Errorf("%q: error %v (input %v), want %q (input %v)", tc.want, err, input.Is(err), tc.want, tc.isInput)
		}
	}
}
