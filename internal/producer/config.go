package producer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// Role is what a node does in the chain's production.
type Role string

const (
	// RoleProducer is a candidate: it campaigns, and leads or stands by.
	RoleProducer Role = "producer"
	// RoleEndpoint never campaigns; it imports committed blocks and serves RPC.
	RoleEndpoint Role = "endpoint"
)

// Defaults applied by New to zero Config fields.
const (
	// DefaultSessionTTL is the etcd session lease TTL. etcd refuses less
	// than about 1.5 x its election timeout (2 s with etcd's defaults).
	DefaultSessionTTL = 2 * time.Second
	// DefaultPeriod is the block period when the genesis records none.
	DefaultPeriod = time.Second
	// DefaultHealthInterval is how often health is checked.
	DefaultHealthInterval = 250 * time.Millisecond
	// DefaultHealthyChecks is how many consecutive good checks a node needs
	// before it campaigns (after start, a step-down or a bad check).
	DefaultHealthyChecks = 5
	// DefaultUnhealthyChecks is how many consecutive bad checks make a
	// healthy node unhealthy.
	DefaultUnhealthyChecks = 2
	// DefaultCampaignMaxLag is how far (blocks) behind the committed head a
	// candidate may be and still campaign; a new leader imports the gap first.
	DefaultCampaignMaxLag = 2
	// DefaultReadyMaxLag is how far (blocks) behind the committed head a
	// node may be and still report ready.
	DefaultReadyMaxLag = 2
	// DefaultLogWindowDuration is how much chain the etcd log keeps by
	// default: LogWindow = 1 h / period blocks.
	DefaultLogWindowDuration = time.Hour
)

var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$`)

// Config configures one Producer. Durations are wall-clock; block counts are
// blocks.
type Config struct {
	// Name identifies the node among the chain's nodes (logs, the election
	// value, members/<Name>, the metrics label node=<Name>). Required:
	// letters, digits, '.', '_' and '-', at most 63.
	Name string
	// Role is RoleProducer or RoleEndpoint. "" means RoleProducer.
	Role Role
	// ChainConfig is the chain's fork configuration (from its genesis); it
	// decides the Engine API method versions. Required.
	ChainConfig *params.ChainConfig
	// Prefix is the etcd key prefix of the chain. "" means
	// "/servicechain/<chain id>".
	Prefix string
	// Period is the block period (whole seconds). The genesis extraData of
	// a chain made by internal/execution records it; then 0 means that
	// value and any other value is an error. Without a recorded period, 0
	// means DefaultPeriod.
	Period time.Duration
	// SessionTTL is the etcd lease TTL (whole seconds, >= 1 s). 0 means
	// DefaultSessionTTL.
	SessionTTL time.Duration
	// FenceSpare is how long before the lease could expire the leader stops
	// producing (Nitro's LockoutSpare). 0 means SessionTTL/4; it must be
	// below SessionTTL.
	FenceSpare time.Duration
	// FeeRecipient receives the priority fees of blocks this node produces.
	FeeRecipient common.Address
	// BuildLead is how long before its slot the leader asks for a payload
	// (forkchoiceUpdated with attributes); getPayload follows at the slot
	// (and never less than MinBuild after the request). Transactions that
	// reach the leader's pool later wait for the next block (or for the
	// execution node's next rebuild, geth --miner.recommit). go-ethereum
	// answers getPayload with an empty block when its first full build has
	// not finished, so the lead is the time a block's transactions may take
	// to execute: with a quarter period, a vote transaction of 16M gas under
	// the race detector missed 100 slots in a row. Like op-node's sequencer,
	// which starts the next block as soon as the previous one is sealed, the
	// default starts the build three quarters of a period early, about when
	// the previous block has been imported. 0 means Period*3/4; it must be
	// below Period.
	BuildLead time.Duration
	// MinBuild is the least time a late leader (one past its slot's start:
	// its previous block was slow to import, or it has just taken over)
	// gives the execution node to fill a payload before getPayload, so it
	// does not take go-ethereum's empty first payload. 0 means Period/5; it
	// must not exceed BuildLead.
	MinBuild time.Duration
	// CommitTimeout bounds one commit transaction (and at most the
	// self-fence deadline). 0 means Period/2.
	CommitTimeout time.Duration
	// TakeoverGrace is how long after the slot that follows the committed
	// head a waiting candidate lets the leader be late before it revokes the
	// leader's lease (see takeOverIfMissed): a leader that has stopped is
	// replaced after about Period + TakeoverGrace rather than the rest of its
	// lease. 0 means Period; a negative value turns takeovers off (failover
	// then waits for the lease to expire).
	TakeoverGrace time.Duration
	// HealthInterval is how often health is checked. 0 means DefaultHealthInterval.
	HealthInterval time.Duration
	// HealthyChecks and UnhealthyChecks set the hysteresis (see the
	// defaults). 0 means the default.
	HealthyChecks, UnhealthyChecks int
	// CampaignMaxLag (blocks) bounds a candidate's lag. 0 means DefaultCampaignMaxLag.
	CampaignMaxLag uint64
	// ReadyMaxLag (blocks) bounds a ready node's lag. 0 means DefaultReadyMaxLag.
	ReadyMaxLag uint64
	// LogWindow is how many committed blocks etcd keeps; older ones are
	// deleted as new ones are committed. 0 means 1 h of blocks at the period.
	LogWindow uint64
	// HandoverTimeout bounds a planned handover: the handover key expires
	// after it if the successor never takes over. 0 means 2 x SessionTTL + Period.
	HandoverTimeout time.Duration
	// HealthCheck is an extra health check (for example the host's peer
	// count); an error makes the check bad. nil means none.
	HealthCheck func(ctx context.Context) error
	// Peers reports the execution node's devp2p peer count for Status when
	// the Execution does not implement PeerCounter. nil: unknown.
	Peers func() int
	// Paused starts the node with campaigning paused.
	Paused bool
	// PauseFile, when set, keeps the pause state across restarts: Pause
	// creates the file, Resume removes it, and a node that finds it at start
	// starts paused (whatever Paused says). "" keeps the state in memory.
	PauseFile string
	// Bootstrap is a peer's RPC the node fetches committed blocks from when
	// its execution node has only the genesis block or lacks blocks that
	// have left the etcd log window (node.toml bootstrap.from). Every block
	// is checked against the committed log before it is imported (see
	// BlockSource). nil: such a node syncs from its devp2p peers instead.
	Bootstrap BlockSource
	// Clock is the slot clock's time source. nil means the real clock.
	Clock Clock
	// Logger receives the producer's logs. nil means slog.Default().
	Logger *slog.Logger
}

// withDefaults validates cfg and fills defaults that do not depend on the
// chain (New); resolvePeriod does the rest once the genesis is known. The
// error names the field and what was expected.
func (cfg Config) withDefaults() (Config, error) {
	if !nameRE.MatchString(cfg.Name) {
		return cfg, fmt.Errorf("producer config: name %q: expected 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit", cfg.Name)
	}
	switch cfg.Role {
	case "":
		cfg.Role = RoleProducer
	case RoleProducer, RoleEndpoint:
	default:
		return cfg, fmt.Errorf("producer config: role %q: expected %q or %q", cfg.Role, RoleProducer, RoleEndpoint)
	}
	if cfg.ChainConfig == nil || cfg.ChainConfig.ChainID == nil || cfg.ChainConfig.ChainID.Sign() <= 0 {
		return cfg, errors.New("producer config: chain config: expected the chain's genesis config with a chain id")
	}
	if cfg.Prefix == "" {
		cfg.Prefix = "/servicechain/" + cfg.ChainConfig.ChainID.String()
	}
	if cfg.Prefix[len(cfg.Prefix)-1] == '/' {
		return cfg, fmt.Errorf("producer config: prefix %q: expected no trailing slash", cfg.Prefix)
	}
	if cfg.Period < 0 || cfg.Period%time.Second != 0 {
		return cfg, fmt.Errorf("producer config: period %v: expected whole seconds", cfg.Period)
	}
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.SessionTTL < time.Second || cfg.SessionTTL%time.Second != 0 {
		return cfg, fmt.Errorf("producer config: session TTL %v: expected whole seconds >= 1s", cfg.SessionTTL)
	}
	if cfg.FenceSpare == 0 {
		cfg.FenceSpare = cfg.SessionTTL / 4
	}
	if cfg.FenceSpare < 0 || cfg.FenceSpare >= cfg.SessionTTL {
		return cfg, fmt.Errorf("producer config: fence spare %v: expected 0 < spare < session TTL %v", cfg.FenceSpare, cfg.SessionTTL)
	}
	if cfg.BuildLead < 0 || cfg.MinBuild < 0 || cfg.CommitTimeout < 0 || cfg.HandoverTimeout < 0 {
		return cfg, fmt.Errorf("producer config: build lead %v, commit timeout %v, handover timeout %v: expected durations >= 0", cfg.BuildLead, cfg.CommitTimeout, cfg.HandoverTimeout)
	}
	if cfg.HealthInterval == 0 {
		cfg.HealthInterval = DefaultHealthInterval
	}
	if cfg.HealthInterval < 10*time.Millisecond {
		return cfg, fmt.Errorf("producer config: health interval %v: expected at least 10ms", cfg.HealthInterval)
	}
	if cfg.HealthyChecks < 0 || cfg.UnhealthyChecks < 0 {
		return cfg, fmt.Errorf("producer config: healthy checks %d, unhealthy checks %d: expected counts >= 0", cfg.HealthyChecks, cfg.UnhealthyChecks)
	}
	if cfg.HealthyChecks == 0 {
		cfg.HealthyChecks = DefaultHealthyChecks
	}
	if cfg.UnhealthyChecks == 0 {
		cfg.UnhealthyChecks = DefaultUnhealthyChecks
	}
	if cfg.CampaignMaxLag == 0 {
		cfg.CampaignMaxLag = DefaultCampaignMaxLag
	}
	if cfg.ReadyMaxLag == 0 {
		cfg.ReadyMaxLag = DefaultReadyMaxLag
	}
	if cfg.Clock == nil {
		cfg.Clock = realClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return cfg, nil
}

// resolvePeriod settles the block period from the genesis record (recorded,
// ok) and fills the period-dependent defaults.
func (cfg Config) resolvePeriod(recorded time.Duration, ok bool) (Config, error) {
	switch {
	case ok && cfg.Period != 0 && cfg.Period != recorded:
		return cfg, fmt.Errorf("producer config: period %v, but the chain's genesis records %v: remove the setting or make them equal", cfg.Period, recorded)
	case ok:
		cfg.Period = recorded
	case cfg.Period == 0:
		cfg.Period = DefaultPeriod
	}
	if cfg.Period < time.Second {
		return cfg, fmt.Errorf("producer config: period %v: expected whole seconds >= 1s", cfg.Period)
	}
	if cfg.BuildLead == 0 {
		cfg.BuildLead = cfg.Period * 3 / 4
	}
	if cfg.BuildLead >= cfg.Period {
		return cfg, fmt.Errorf("producer config: build lead %v: expected less than the period %v", cfg.BuildLead, cfg.Period)
	}
	if cfg.MinBuild == 0 {
		cfg.MinBuild = min(cfg.Period/5, cfg.BuildLead)
	}
	if cfg.MinBuild < 0 || cfg.MinBuild > cfg.BuildLead {
		return cfg, fmt.Errorf("producer config: min build %v: expected 0 < min build <= build lead %v", cfg.MinBuild, cfg.BuildLead)
	}
	if cfg.CommitTimeout == 0 {
		cfg.CommitTimeout = cfg.Period / 2
	}
	if cfg.TakeoverGrace == 0 {
		cfg.TakeoverGrace = cfg.Period
	}
	if cfg.LogWindow == 0 {
		cfg.LogWindow = uint64(DefaultLogWindowDuration / cfg.Period)
	}
	if cfg.LogWindow < 2 {
		return cfg, fmt.Errorf("producer config: log window %d blocks: expected at least 2", cfg.LogWindow)
	}
	if cfg.HandoverTimeout == 0 {
		cfg.HandoverTimeout = 2*cfg.SessionTTL + cfg.Period
	}
	if cfg.HandoverTimeout < time.Second {
		return cfg, fmt.Errorf("producer config: handover timeout %v: expected at least 1s (a lease)", cfg.HandoverTimeout)
	}
	return cfg, nil
}
