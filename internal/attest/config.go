package attest

import (
	"fmt"
	"net"
	"net/url"
	"time"

	"golang.org/x/time/rate"
)

// Defaults of Config (see each field).
const (
	DefaultBlockTime        = time.Second
	DefaultRateLimit        = rate.Limit(20) // a peer's fetcher makes 8 requests/s by default (2 directions, 4 polls/s)
	DefaultRateBurst        = 40
	DefaultPageLimit        = 100
	DefaultMaxPageLimit     = 512 // the bridge node's window of open requests
	DefaultMaxClients       = 10_000
	DefaultFetchTimeout     = 2 * time.Second
	DefaultMaxResponseBytes = 2 << 20
	DefaultPollInterval     = 250 * time.Millisecond
	DefaultDiscoverInterval = time.Minute
	// MaxDigestsPerNonce is how many distinct digests the Pool keeps for one (direction, nonce): more than one
	// only after a source reorg moved a request (another requestTxHash or block number), or from an operator
	// signing conflicting calls; beyond this, Add refuses (ErrTooManyDigests) so no operator can grow memory.
	MaxDigestsPerNonce = 4
	// MaxURLLength is the longest attestation URL accepted from config or from the chain, in bytes (the
	// Bridge's MAX_ATTESTATION_URL_LENGTH).
	MaxURLLength = 256
	// Path is where the attestation endpoint is served and what a peer URL without a path points at.
	Path = "/v1/attestations"
)

// Config is the [attestation] part of a bridge node's configuration (issue 14). The zero value is usable
// except for Listen; withDefaults fills the rest and errors (ErrBadConfig, naming the field) on bad values.
type Config struct {
	// Listen (attestation.listen) is the host:port the attestation endpoint listens on, e.g. "0.0.0.0:8547";
	// "" serves nothing (the node still fetches and submits). The host mounts Handler itself when it serves
	// the endpoint on its own HTTP server.
	Listen string
	// Peers (attestation.peers) are the attestation endpoints of the other operators, absolute http(s) URLs
	// (at most MaxURLLength bytes); a URL without a path means Path. Added to the URLs the operators announced
	// on chain (announceAttestationURL).
	Peers []string
	// BlockTime is the destination chain's block time (seconds); only the default of Grace. Default 1 s.
	BlockTime time.Duration
	// Grace (attestation.grace) is how long after a request is ready to handle the node waits for k
	// signatures before the designated operators fall back to on-chain votes. Default BlockTime (issue 14).
	Grace time.Duration
	// RateLimit (attestation.rate_limit) is the requests per second one client IP may make to the endpoint,
	// RateBurst the burst; requests above it get 429 at once, without touching the store. Defaults 20/s, 40.
	RateLimit rate.Limit
	RateBurst int
	// MaxClients bounds the per-IP limiters kept; beyond it the idlest are dropped. Default 10,000.
	MaxClients int
	// PageLimit is the limit of a request without one; MaxPageLimit caps any limit asked for. Defaults 100, 512.
	PageLimit    int
	MaxPageLimit int
	// FetchTimeout bounds one request to one peer (connect, headers, body); MaxResponseBytes its body.
	// Defaults 2 s, 2 MiB.
	FetchTimeout     time.Duration
	MaxResponseBytes int64
	// PollInterval is how often the fetcher polls every peer; DiscoverInterval how often it re-reads the
	// on-chain announcements. Defaults 250 ms, 1 min.
	PollInterval     time.Duration
	DiscoverInterval time.Duration
}

// WithDefaults returns c with every default filled in (what NewServer and NewFetcher use), or an error
// (ErrBadConfig) naming the first bad field as attestation.<key>. The bridge calls it once at start-up and
// passes the resolved Grace to Plan.
func (c Config) WithDefaults() (Config, error) { return c.withDefaults() }

// withDefaults returns c with defaults filled in, or an error (ErrBadConfig) naming the first bad field.
func (c Config) withDefaults() (Config, error) {
	bad := func(field string, format string, args ...any) (Config, error) {
		return Config{}, fmt.Errorf("%w: attestation.%s: %s", ErrBadConfig, field, fmt.Sprintf(format, args...))
	}
	if c.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Listen); err != nil {
			return bad("listen", "%q is not host:port: %v", c.Listen, err)
		}
	}
	for i, p := range c.Peers {
		if _, err := peerURL(p); err != nil {
			return bad("peers", "entry %d: %v", i, err)
		}
	}
	durations := []struct {
		name string
		v    *time.Duration
		def  time.Duration
	}{{"block_time", &c.BlockTime, DefaultBlockTime}, {"grace", &c.Grace, 0}, {"fetch_timeout", &c.FetchTimeout, DefaultFetchTimeout},
		{"poll_interval", &c.PollInterval, DefaultPollInterval}, {"discover_interval", &c.DiscoverInterval, DefaultDiscoverInterval}}
	for _, d := range durations {
		if *d.v < 0 {
			return bad(d.name, "%s is negative", *d.v)
		}
		if *d.v == 0 {
			*d.v = d.def
		}
	}
	if c.Grace == 0 {
		c.Grace = c.BlockTime
	}
	if c.RateLimit < 0 {
		return bad("rate_limit", "%v requests/s is negative", float64(c.RateLimit))
	}
	if c.RateLimit == 0 {
		c.RateLimit = DefaultRateLimit
	}
	ints := []struct {
		name string
		v    *int
		def  int
	}{{"rate_burst", &c.RateBurst, DefaultRateBurst}, {"max_clients", &c.MaxClients, DefaultMaxClients},
		{"page_limit", &c.PageLimit, DefaultPageLimit}, {"max_page_limit", &c.MaxPageLimit, DefaultMaxPageLimit}}
	for _, d := range ints {
		if *d.v < 0 {
			return bad(d.name, "%d is negative", *d.v)
		}
		if *d.v == 0 {
			*d.v = d.def
		}
	}
	if c.PageLimit > c.MaxPageLimit {
		return bad("page_limit", "%d is above max_page_limit %d", c.PageLimit, c.MaxPageLimit)
	}
	if c.MaxResponseBytes < 0 {
		return bad("max_response_bytes", "%d is negative", c.MaxResponseBytes)
	}
	if c.MaxResponseBytes == 0 {
		c.MaxResponseBytes = DefaultMaxResponseBytes
	}
	return c, nil
}

// peerURL parses an attestation endpoint URL: absolute http or https, a host, at most MaxURLLength bytes, no
// query or fragment; an empty path (or "/") becomes Path.
func peerURL(s string) (*url.URL, error) {
	if len(s) > MaxURLLength {
		return nil, fmt.Errorf("URL of %d bytes, at most %d", len(s), MaxURLLength)
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("URL %q: %v", s, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("URL %q: expected an absolute http:// or https:// URL", s)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("URL %q: expected no query, fragment or user info", s)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = Path
	}
	return u, nil
}
