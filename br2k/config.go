package br2k

import (
	"crypto/tls"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// Defaults applied by New to zero Config fields.
const (
	// DefaultSessionTTL is the etcd session (lease) TTL: how long a crashed
	// leader keeps its leadership before another replica takes over.
	DefaultSessionTTL = 3 * time.Second
	// DefaultIdempotencyTTL is how long a stored result answers a retry with
	// the same Idempotency-Key (measured on the entries' leader clock).
	DefaultIdempotencyTTL = 24 * time.Hour
	// DefaultMaxIdempotencyKeys bounds the stored answers (about 37 MB of
	// memory on every replica and in every snapshot at 370 bytes each).
	DefaultMaxIdempotencyKeys = 100_000
	// DefaultMaxBodyBytes bounds a replicated request's body: 1 MiB (an etcd
	// request is at most 1.5 MiB).
	DefaultMaxBodyBytes = 1 << 20
	// DefaultReplyTimeout bounds how long a request waits for its entry to be
	// committed and applied (or an OnlyOnce handler to finish).
	DefaultReplyTimeout = 30 * time.Second
	// DefaultCatchUpEntries is how many entries below the newest snapshot the
	// log keeps (etcd's SnapshotCatchUpEntries).
	DefaultCatchUpEntries = 5_000
	// DefaultDialTimeout bounds the etcd client's first connection.
	DefaultDialTimeout = 5 * time.Second
)

var idPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// Config configures a Replica. Fields without a default are required.
type Config struct {
	// Endpoints are the etcd client URLs ("http://127.0.0.1:2379"). Required
	// unless the client is given with WithClient.
	Endpoints []string
	// TLS is the etcd client's TLS configuration; nil means plain TCP.
	TLS *tls.Config
	// DialTimeout bounds the etcd client's first connection (5 s).
	DialTimeout time.Duration

	// Service is the service id shared by all replicas of one application:
	// 1 to 64 of [A-Za-z0-9._-]. It names the etcd prefix /br2k/<Service>/.
	Service string
	// ReplicaID is this replica's id, unique within the service: 1 to 64 of
	// [A-Za-z0-9._-] (the seed's subject id).
	ReplicaID string
	// AdvertiseURL is where the other replicas reach this replica's HTTP
	// server ("http://10.0.0.5:8080"); followers forward requests there.
	AdvertiseURL string
	// SessionTTL is the etcd lease TTL in whole seconds, at least 1 s (3 s).
	// A leader that dies is replaced within about SessionTTL.
	SessionTTL time.Duration

	// State is the application state. Required.
	State StateMachine
	// Snapshots stores snapshot versions. nil turns version-up off: the log
	// is then never compacted and a new replica replays it from the start.
	Snapshots SnapshotStore
	// Registry publishes the leader and snapshot versions (on chain); nil
	// means none (clients find the leader through any replica).
	Registry Registry
	// SnapshotEvery is the number of entries between two snapshots (the
	// seed's version-up-size, 50,000).
	SnapshotEvery uint64
	// MaxSnapshots is how many snapshot versions are kept (the seed's
	// max-state-version, 10).
	MaxSnapshots int
	// CatchUpEntries is how many entries below the newest snapshot stay in
	// the log after compaction, so a replica a little behind catches up
	// without a restore (5,000, etcd's SnapshotCatchUpEntries).
	CatchUpEntries uint64

	// IdempotencyTTL is how long the result of a request with an
	// Idempotency-Key is kept to answer retries (24 h), counted from the
	// entry's time on the leader's clock. After it the key is new again.
	IdempotencyTTL time.Duration
	// MaxIdempotencyKeys bounds how many stored answers are kept (100,000):
	// beyond it the oldest (by log order, the same on every replica) is
	// dropped and its key is new again, as after IdempotencyTTL. The stored
	// answers are replicated state, held in memory on every replica and
	// written into every snapshot, so without a bound they would grow with
	// the request rate times the TTL. Size it as the request rate times the
	// longest retry horizon of the clients; br2k_idempotency_evictions_total
	// counts answers dropped before their TTL.
	MaxIdempotencyKeys int
	// RequireIdempotencyKey makes Replicate and OnlyOnce routes answer 400 to
	// a request without an Idempotency-Key (the draft's "missing where
	// required"). Without it such requests are applied once each and never
	// deduplicated.
	RequireIdempotencyKey bool
	// Redirect makes followers answer 307 Temporary Redirect to the leader
	// instead of forwarding (proxying) the request.
	Redirect bool
	// Headers lists request headers (canonical or not) that are logged with
	// the entry and seen by the handler on every replica, besides
	// Content-Type and Idempotency-Key. Others are dropped from the entry,
	// so a credential never reaches etcd unless listed.
	Headers []string
	// MaxBodyBytes bounds a replicated request's body (1 MiB); a larger one
	// gets 413.
	MaxBodyBytes int64
	// ReplyTimeout bounds the wait for commit and apply (30 s); past it the
	// client gets 503 and retries with the same Idempotency-Key.
	ReplyTimeout time.Duration
	// DataDir holds the rollback journal of a DurableState (created if
	// missing). Required when State implements DurableState and a route has
	// BackupState; ignored otherwise.
	DataDir string
}

// withDefaults validates cfg and fills in defaults. Errors name the field,
// the value and what was expected.
func (cfg Config) withDefaults(haveClient bool) (Config, error) {
	if !haveClient && len(cfg.Endpoints) == 0 {
		return cfg, fmt.Errorf("br2k config: Endpoints is empty: expected etcd client URLs (or the WithClient option)")
	}
	for _, e := range cfg.Endpoints {
		if u, err := url.Parse(e); err != nil || u.Host == "" {
			return cfg, fmt.Errorf("br2k config: Endpoints: %q: expected an etcd client URL such as http://127.0.0.1:2379", e)
		}
	}
	if !idPattern.MatchString(cfg.Service) {
		return cfg, fmt.Errorf("br2k config: Service %q: expected 1 to 64 of A-Z a-z 0-9 . _ -", cfg.Service)
	}
	if !idPattern.MatchString(cfg.ReplicaID) {
		return cfg, fmt.Errorf("br2k config: ReplicaID %q: expected 1 to 64 of A-Z a-z 0-9 . _ -", cfg.ReplicaID)
	}
	if u, err := url.Parse(cfg.AdvertiseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return cfg, fmt.Errorf("br2k config: AdvertiseURL %q: expected http(s)://host:port where the other replicas reach this one", cfg.AdvertiseURL)
	}
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.SessionTTL < time.Second || cfg.SessionTTL%time.Second != 0 {
		return cfg, fmt.Errorf("br2k config: SessionTTL %s: expected whole seconds, at least 1s (an etcd lease TTL)", cfg.SessionTTL)
	}
	if cfg.State == nil {
		return cfg, fmt.Errorf("br2k config: State is nil: expected the application's StateMachine")
	}
	if cfg.SnapshotEvery == 0 {
		cfg.SnapshotEvery = DefaultSnapshotEvery
	}
	if cfg.CatchUpEntries == 0 {
		cfg.CatchUpEntries = DefaultCatchUpEntries
	}
	if cfg.MaxSnapshots == 0 {
		cfg.MaxSnapshots = DefaultMaxSnapshots
	}
	if cfg.MaxSnapshots < 1 {
		return cfg, fmt.Errorf("br2k config: MaxSnapshots %d: expected at least 1 version kept", cfg.MaxSnapshots)
	}
	if cfg.IdempotencyTTL == 0 {
		cfg.IdempotencyTTL = DefaultIdempotencyTTL
	}
	if cfg.IdempotencyTTL < time.Second {
		return cfg, fmt.Errorf("br2k config: IdempotencyTTL %s: expected at least 1s", cfg.IdempotencyTTL)
	}
	if cfg.MaxIdempotencyKeys == 0 {
		cfg.MaxIdempotencyKeys = DefaultMaxIdempotencyKeys
	}
	if cfg.MaxIdempotencyKeys < 1 {
		return cfg, fmt.Errorf("br2k config: MaxIdempotencyKeys %d: expected at least 1 stored answer", cfg.MaxIdempotencyKeys)
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxBodyBytes < 0 || cfg.MaxBodyBytes > 1<<20+512<<10 {
		return cfg, fmt.Errorf("br2k config: MaxBodyBytes %d: expected 1 to 1572864 bytes (etcd's request limit)", cfg.MaxBodyBytes)
	}
	if cfg.ReplyTimeout == 0 {
		cfg.ReplyTimeout = DefaultReplyTimeout
	}
	if cfg.ReplyTimeout < 0 {
		return cfg, fmt.Errorf("br2k config: ReplyTimeout %s: expected a positive duration", cfg.ReplyTimeout)
	}
	if cfg.DialTimeout == 0 {
		cfg.DialTimeout = DefaultDialTimeout
	}
	if cfg.DialTimeout < 0 {
		return cfg, fmt.Errorf("br2k config: DialTimeout %s: expected a positive duration", cfg.DialTimeout)
	}
	hs := make([]string, 0, len(cfg.Headers))
	for _, h := range cfg.Headers {
		if h == "" {
			return cfg, fmt.Errorf("br2k config: Headers: empty header name")
		}
		hs = append(hs, http.CanonicalHeaderKey(h))
	}
	cfg.Headers = hs
	return cfg, nil
}

// Option sets an optional part of a Replica (etcd concurrency style).
type Option func(*options)

type options struct {
	client     *clientv3.Client
	log        *slog.Logger
	now        func() time.Time
	httpClient *http.Client
	hooks      *testHooks
}

// WithClient makes the replica use cli instead of dialing Config.Endpoints.
// Close then leaves cli open: its owner closes it.
func WithClient(cli *clientv3.Client) Option { return func(o *options) { o.client = cli } }

// WithLogger sets the logger (default: slog.Default() with the service and
// replica ids).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithClock sets the clock stamped on the entries this replica appends as
// leader (their Time, which decides Idempotency-Key expiry on every replica);
// default time.Now.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithHTTPClient sets the client followers forward requests with (default:
// a client with a transport of its own and no overall timeout; the reply
// timeout bounds the wait).
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.httpClient = c } }
