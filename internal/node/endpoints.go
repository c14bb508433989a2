package node

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// EndpointsFile is written into Config.DataDir while a host runs: the
// addresses it actually listens on (useful when the configuration asks for
// port 0), removed when Run returns.
const EndpointsFile = "endpoints.json"

// Endpoints is the content of EndpointsFile.
type Endpoints struct {
	// PID is the process id of the running daemon.
	PID int `json:"pid"`
	// Metrics is the host:port of /metrics, /healthz and /readyz ("" when off).
	Metrics string `json:"metrics"`
	// Admin is the host:port of the admin JSON-RPC server ("" when off).
	Admin string `json:"admin"`
}

func writeEndpointsFile(path string, e Endpoints) error {
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// ReadEndpoints reads EndpointsFile from a daemon's data directory. Errors:
// the file is missing or unreadable (the daemon is not running: os.ErrNotExist
// matches), or it is not JSON (the error names the file).
func ReadEndpoints(dataDir string) (*Endpoints, error) {
	path := filepath.Join(dataDir, EndpointsFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var e Endpoints
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &e, nil
}

// AdminAddress finds a daemon's admin address from its configuration: listen
// (admin.listen) itself, or, when it is empty or asks for port 0, the address
// the running daemon wrote to <dataDir>/endpoints.json. Errors name the file
// and suggest the daemon is not running.
func AdminAddress(listen, dataDir string) (string, error) {
	if listen != "" && !strings.HasSuffix(listen, ":0") {
		return listen, nil
	}
	path := filepath.Join(dataDir, EndpointsFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("admin.listen is %q and %s is not readable (is the node running?): %w", listen, path, err)
	}
	var e Endpoints
	if err := json.Unmarshal(b, &e); err != nil || e.Admin == "" {
		return "", fmt.Errorf("%s: no admin address in it", path)
	}
	return e.Admin, nil
}
