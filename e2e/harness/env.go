package harness

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/internal/freeport"
)

// ModulePath is the Go module path of this repository; RepoRoot looks for it.
const ModulePath = "github.com/servicechain/servicechain"

// RepoRoot returns the repository root: the nearest directory at or above the
// working directory whose go.mod declares ModulePath.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module "+ModulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("harness: no go.mod of %s at or above the working directory", ModulePath)
		}
		dir = parent
	}
}

// FreePorts returns n distinct free TCP ports on 127.0.0.1 for processes the
// harness configures with a fixed port: freeport.Take (drawn below the
// kernel's ephemeral range, never twice in one process).
func FreePorts(n int) ([]int, error) { return freeport.Take(n) }

// RunDir makes a fresh directory for one test's processes, logs and data:
// $E2E_OUT/<name>-<time> (E2E_OUT defaults to <repo>/e2e/out, which git ignores).
func RunDir(name string) (string, error) {
	base := os.Getenv("E2E_OUT")
	if base == "" {
		root, err := RepoRoot()
		if err != nil {
			return "", err
		}
		base = filepath.Join(root, "e2e", "out")
	}
	safe := regexp.MustCompile(`[^A-Za-z0-9_.-]+`).ReplaceAllString(name, "_")
	dir := filepath.Join(base, safe+"-"+time.Now().Format("20060102-150405.000"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("harness: run dir: %w", err)
	}
	return dir, nil
}

var (
	gethOnce sync.Once
	gethPath string
	gethErr  error
)

// BuildGeth returns the path of the cached standalone geth binary, building it
// first with e2e/scripts/build-geth.sh when the cache has none (that takes a
// few minutes). GETH_BIN overrides the path; SERVICECHAIN_CACHE the cache root.
// The result is memoised for the test process.
func BuildGeth(ctx context.Context) (string, error) {
	gethOnce.Do(func() {
		root, err := RepoRoot()
		if err != nil {
			gethErr = err
			return
		}
		cmd := exec.CommandContext(ctx, "bash", filepath.Join(root, "e2e", "scripts", "build-geth.sh"))
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			gethErr = fmt.Errorf("harness: build-geth.sh: %w\n%s", err, stderr.String())
			return
		}
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		gethPath = strings.TrimSpace(lines[len(lines)-1])
		if _, err := os.Stat(gethPath); err != nil {
			gethErr = fmt.Errorf("harness: build-geth.sh printed %q, which is not a file: %w", gethPath, err)
		}
	})
	return gethPath, gethErr
}

var (
	scOnce   sync.Once
	scPath   string
	scErr    error
	scTmpDir string // the temporary directory BuildServicechain built into
)

// BuildServicechain builds ./cmd/servicechain once per test process into a
// temporary directory and returns the binary's path. SERVICECHAIN_BIN
// overrides it with a prebuilt binary.
func BuildServicechain(ctx context.Context) (string, error) {
	scOnce.Do(func() {
		if p := os.Getenv("SERVICECHAIN_BIN"); p != "" {
			scPath = p
			return
		}
		root, err := RepoRoot()
		if err != nil {
			scErr = err
			return
		}
		dir, err := os.MkdirTemp("", "servicechain-e2e-bin-")
		if err != nil {
			scErr = err
			return
		}
		scTmpDir = dir
		out := filepath.Join(dir, "servicechain")
		cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./cmd/servicechain")
		cmd.Dir = root
		if b, err := cmd.CombinedOutput(); err != nil {
			scErr = fmt.Errorf("harness: go build ./cmd/servicechain: %w\n%s", err, b)
			return
		}
		scPath = out
	})
	return scPath, scErr
}

// RemoveBuilds removes the binary BuildServicechain built (not a
// SERVICECHAIN_BIN). Call it once the test process is done with it (TestMain).
func RemoveBuilds() {
	if scTmpDir != "" {
		os.RemoveAll(scTmpDir)
	}
}

// TestKey returns the i-th deterministic test private key,
// keccak256("servicechain-e2e-key-<i>"). These keys are public knowledge: use
// them on test chains only.
func TestKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("servicechain-e2e-key-" + strconv.Itoa(i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(fmt.Sprintf("harness: test key %d: %v", i, err)) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

// KeyHex is the 0x-prefixed hex form of a private key, as the JS client takes it.
func KeyHex(k *ecdsa.PrivateKey) string {
	return "0x" + common.Bytes2Hex(crypto.FromECDSA(k))
}

// KeyAddress is the address of a private key.
func KeyAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
