//go:build e2e

package e2e

import (
	"os"
	"testing"

	"github.com/servicechain/servicechain/e2e/harness"
)

// TestMain removes the servicechain binary the harness built once the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	harness.RemoveBuilds()
	os.Exit(code)
}
