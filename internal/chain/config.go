package chain

import (
	"fmt"
	"net/url"
	"time"

	"github.com/servicechain/servicechain/internal/redact"
)

// Defaults applied by New to zero Config fields.
const (
	// DefaultCallTimeout bounds one JSON-RPC call on one endpoint.
	DefaultCallTimeout = 10 * time.Second
	// DefaultPollInterval is how often each endpoint's head is polled.
	DefaultPollInterval = time.Second
	// DefaultRetryInterval is how long a failed endpoint rests before it is dialed again.
	DefaultRetryInterval = 5 * time.Second
	// DefaultMaxEndpointLag is the lag, in blocks, beyond which an endpoint is skipped.
	DefaultMaxEndpointLag = 10
	// MinRetryInterval is the first wait before an endpoint that just failed
	// is dialed again; each further failure doubles it up to RetryInterval.
	MinRetryInterval = 100 * time.Millisecond
)

// Config describes one chain and the JSON-RPC endpoints that serve it.
type Config struct {
	// Name identifies the chain in errors and logs, e.g. "parent" or "child". Required.
	Name string
	// Endpoints are JSON-RPC URLs (ws://, wss://, http:// or https://) in order of
	// preference: calls go to the first usable one. At least one is required.
	Endpoints []string
	// ChainID is the expected EIP-155 chain id. 0 accepts any. An endpoint that
	// serves another chain id is never used.
	ChainID uint64
	// Confirmations is the depth, in blocks, that SafeHead keeps below the head.
	// Ignored when Finalized is set.
	Confirmations uint64
	// Finalized makes SafeHead return the block tagged "finalized" instead of
	// head minus Confirmations.
	Finalized bool
	// MaxEndpointLag is how many blocks an endpoint may be behind the best head
	// seen on any endpoint before calls skip it. 0 means DefaultMaxEndpointLag (10).
	MaxEndpointLag uint64
	// CallTimeout bounds each JSON-RPC call on one endpoint; when it expires the
	// call moves to the next endpoint. 0 means DefaultCallTimeout (10s).
	CallTimeout time.Duration
	// PollInterval is how often each endpoint's head is polled. 0 means
	// DefaultPollInterval (1s).
	PollInterval time.Duration
	// RetryInterval is how long an endpoint that cannot be dialed, or that serves
	// the wrong chain id, rests before the next attempt. 0 means
	// DefaultRetryInterval (5s). It is the cap of a backoff: the first
	// attempts after a failure come sooner (MinRetryInterval, doubling), so a
	// restarted node is reconnected within a fraction of a second.
	RetryInterval time.Duration
	// MaxResponseBytes bounds one JSON-RPC response, in bytes (WebSocket
	// message size limit, HTTP body limit). 0 means DefaultMaxResponseBytes
	// (32 MiB).
	MaxResponseBytes int64
	// MinEndpointAgreement is how many endpoints must return the same
	// receipt before AgreedReceipt returns it (issue 13: no single provider).
	// 0 means 2 when two or more endpoints are configured, else 1; at most
	// len(Endpoints).
	MinEndpointAgreement int
	// DisagreementLimit disagreements within DisagreementWindow make the
	// chain not ready (NotReady). 0 means DefaultDisagreementLimit (3) and
	// DefaultDisagreementWindow (10m).
	DisagreementLimit  int
	DisagreementWindow time.Duration
}

// withDefaults validates cfg and returns a copy with defaults filled in. The
// error names the chain and the offending value.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.Name == "" {
		return cfg, fmt.Errorf("chain config: name is empty; expected a name such as \"parent\"")
	}
	if len(cfg.Endpoints) == 0 {
		return cfg, fmt.Errorf("chain %q: no endpoints; expected at least one ws://, wss://, http:// or https:// URL", cfg.Name)
	}
	seen := make(map[string]int, len(cfg.Endpoints))
	for i, e := range cfg.Endpoints {
		if err := checkURL(e); err != nil {
			return cfg, fmt.Errorf("chain %q: endpoints[%d] %q: %v", cfg.Name, i, redact.URL(e), err)
		}
		if j, dup := seen[e]; dup {
			return cfg, fmt.Errorf("chain %q: endpoints[%d] %q: same URL as endpoints[%d]", cfg.Name, i, redact.URL(e), j)
		}
		seen[e] = i
	}
	if cfg.MinEndpointAgreement < 0 || cfg.MinEndpointAgreement > len(cfg.Endpoints) {
		return cfg, fmt.Errorf("chain %q: min endpoint agreement %d: expected 1 to the number of endpoints (%d), or 0 for the default",
			cfg.Name, cfg.MinEndpointAgreement, len(cfg.Endpoints))
	}
	if cfg.DisagreementLimit < 0 {
		return cfg, fmt.Errorf("chain %q: disagreement limit %d: expected >= 0 (0 = default)", cfg.Name, cfg.DisagreementLimit)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"call timeout", cfg.CallTimeout}, {"poll interval", cfg.PollInterval}, {"retry interval", cfg.RetryInterval}, {"disagreement window", cfg.DisagreementWindow}} {
		if d.v < 0 {
			return cfg, fmt.Errorf("chain %q: %s %v is negative; expected a duration >= 0 (0 = default)", cfg.Name, d.name, d.v)
		}
	}
	cfg.Endpoints = append([]string(nil), cfg.Endpoints...)
	if cfg.MaxEndpointLag == 0 {
		cfg.MaxEndpointLag = DefaultMaxEndpointLag
	}
	if cfg.CallTimeout == 0 {
		cfg.CallTimeout = DefaultCallTimeout
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.RetryInterval == 0 {
		cfg.RetryInterval = DefaultRetryInterval
	}
	if cfg.MaxResponseBytes < 0 {
		return cfg, fmt.Errorf("chain %q: max response bytes %d is negative; expected a size >= 0 (0 = default)", cfg.Name, cfg.MaxResponseBytes)
	}
	if cfg.MaxResponseBytes == 0 {
		cfg.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if cfg.MinEndpointAgreement == 0 {
		cfg.MinEndpointAgreement = min(2, len(cfg.Endpoints))
	}
	if cfg.DisagreementLimit == 0 {
		cfg.DisagreementLimit = DefaultDisagreementLimit
	}
	if cfg.DisagreementWindow == 0 {
		cfg.DisagreementWindow = DefaultDisagreementWindow
	}
	return cfg, nil
}

// checkURL accepts ws://, wss://, http:// and https:// URLs with a host.
func checkURL(raw string) error {
	const want = "expected a ws://, wss://, http:// or https:// URL"
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%s", want) // url.Parse's error quotes the URL
	}
	switch u.Scheme {
	case "ws", "wss", "http", "https":
	default:
		return fmt.Errorf("%s", want)
	}
	if u.Host == "" {
		return fmt.Errorf("no host; %s", want)
	}
	return nil
}
