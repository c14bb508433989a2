package attest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Window is what the fetcher asks peers for in one direction: the destination's roster (to verify against)
// and the nonces worth fetching, From (the lowest open request nonce) to From+Limit-1 (Limit 0: nothing open).
// Limit is a span of nonces, not a count of open requests: requests are handled out of order, so a node's
// open requests may lie far above From; the fetcher pages through the span (maxPagesPerPoll pages of at most
// Config.MaxPageLimit attestations each per peer and poll).
type Window struct {
	Roster Roster
	From   uint64
	Limit  int
}

// Source is what the Fetcher needs from the bridge. The bridge implements it from the state it already keeps
// (its destination roster and epoch, read each round for voting, and its window of open requests).
type Source interface {
	// Window returns the current Window of direction. An error skips the direction this round.
	Window(ctx context.Context, direction string) (Window, error)
}

// Announcer returns the attestation URLs operators announced on chain, by operator (OnChainAnnouncements).
// An operator that has announced nothing may map to "" (the Fetcher then looks again sooner, DiscoverRetry).
type Announcer interface {
	AttestationURLs(ctx context.Context) (map[common.Address]string, error)
}

// Fetcher polls the peers' attestation endpoints (Config.Peers plus the URLs operators announced on chain,
// except this node's own), verifies every signature it fetches against the destination's roster (Verify) and
// puts the valid ones into the Pool; the rest are refused and counted
// (servicechain_attestation_signatures_refused_total{reason}). Each peer request is bounded by FetchTimeout
// and MaxResponseBytes, redirects are not followed, and peers are polled concurrently, so a slow or hostile
// peer delays nobody else's signatures. No answer, however malformed, makes it panic.
type Fetcher struct {
	cfg     Config
	self    common.Address
	src     Source
	pool    *Pool
	metrics *Metrics
	log     *slog.Logger
	client  *http.Client
	ann     []Announcer

	mu sync.Mutex
	// announced holds, per Announcer (its index in ann), the URLs of its
	// last successful answer: an Announcer that fails keeps what it gave.
	announced map[int][]string
	// resume is, per peer URL and direction, the nonce after the last one
	// the peer's previous walk returned; polls counts Polls (see Poll).
	resume map[string]uint64
	polls  uint64
}

// maxResponseHeaderBytes bounds a peer's response headers.
const maxResponseHeaderBytes = 64 << 10

// FetcherOption configures a Fetcher.
type FetcherOption func(*Fetcher)

// WithAnnouncers adds sources of on-chain announced URLs (one per bridge the operators announce on).
func WithAnnouncers(a ...Announcer) FetcherOption {
	return func(f *Fetcher) { f.ann = append(f.ann, a...) }
}

// WithFetcherLogger sets the logger (default slog.Default()).
func WithFetcherLogger(l *slog.Logger) FetcherOption { return func(f *Fetcher) { f.log = l } }

// WithHTTPClient replaces the HTTP client (its Timeout is kept if set, else FetchTimeout applies per request).
func WithHTTPClient(c *http.Client) FetcherOption { return func(f *Fetcher) { f.client = c } }

// NewFetcher returns a fetcher for operator self (its own announcement is skipped) that fills pool. m may be
// nil. Errors: cfg's (ErrBadConfig), nil src or pool.
func NewFetcher(cfg Config, self common.Address, src Source, pool *Pool, m *Metrics, opts ...FetcherOption) (*Fetcher, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if src == nil || pool == nil {
		return nil, fmt.Errorf("%w: attestation fetcher: nil Source or Pool", ErrBadConfig)
	}
	f := &Fetcher{cfg: cfg, self: self, src: src, pool: pool, metrics: m, log: slog.Default(), resume: map[string]uint64{}}
	for _, o := range opts {
		o(f)
	}
	if f.client == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxResponseHeaderBytes = maxResponseHeaderBytes
		tr.ResponseHeaderTimeout = cfg.FetchTimeout
		f.client = &http.Client{
			Transport:     tr,
			Timeout:       cfg.FetchTimeout,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	}
	return f, nil
}

// Run discovers announced URLs every DiscoverInterval (every DiscoverRetry while an operator has announced
// none, or discovery failed: operators announce when their nodes start, so a peer started at the same time
// is found seconds later, not a DiscoverInterval later) and polls every PollInterval until ctx ends (then it
// returns nil). Failures are logged and counted, never fatal.
func (f *Fetcher) Run(ctx context.Context) error {
	next := f.discover(ctx)
	poll := time.NewTicker(f.cfg.PollInterval)
	defer poll.Stop()
	disc := time.NewTimer(next)
	defer disc.Stop()
	for {
		f.Poll(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-disc.C:
			disc.Reset(f.discover(ctx))
		case <-poll.C:
		}
	}
}

// DiscoverRetry is how soon Run reads the announcements again when the last read failed or found an operator
// without an announced URL (at most DiscoverInterval).
const DiscoverRetry = 5 * time.Second

// discover runs discoverAll, logs its error and returns when to discover next.
func (f *Fetcher) discover(ctx context.Context) time.Duration {
	missing, err := f.discoverAll(ctx)
	if err != nil && ctx.Err() == nil {
		f.log.Warn("attestation URL discovery", "err", err)
	}
	if err != nil || missing {
		return min(DiscoverRetry, f.cfg.DiscoverInterval)
	}
	return f.cfg.DiscoverInterval
}

// Discover re-reads the announced URLs of every Announcer. A URL that is not a valid attestation URL (see
// Config.Peers) is skipped with a warning; this node's own is skipped. On an error of one Announcer the URLs it
// gave before are kept.
func (f *Fetcher) Discover(ctx context.Context) error {
	_, err := f.discoverAll(ctx)
	return err
}

// discoverAll is Discover; missing reports an operator other than this node
// without a valid announced URL in an Announcer's answer.
func (f *Fetcher) discoverAll(ctx context.Context) (missing bool, err error) {
	var errs []error
	for i, a := range f.ann {
		m, err := a.AttestationURLs(ctx)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		var urls []string
		for op, raw := range m {
			if op == f.self {
				continue
			}
			if raw == "" {
				missing = true
				continue
			}
			u, err := peerURL(raw)
			if err != nil {
				missing = true
				f.log.Warn("announced attestation URL refused", "operator", op, "err", err)
				continue
			}
			urls = append(urls, u.String())
		}
		f.mu.Lock()
		if f.announced == nil {
			f.announced = map[int][]string{}
		}
		f.announced[i] = urls
		f.mu.Unlock()
	}
	return missing, errors.Join(errs...)
}

// Peers returns the endpoint URLs polled: Config.Peers and the announced ones, normalized, deduplicated, sorted.
func (f *Fetcher) Peers() []string {
	f.mu.Lock()
	var out []string
	for _, urls := range f.announced {
		out = append(out, urls...)
	}
	f.mu.Unlock()
	for _, p := range f.cfg.Peers {
		if u, err := peerURL(p); err == nil { // checked in withDefaults
			out = append(out, u.String())
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// PollResult is what one Poll did: new valid signatures, refused ones (by reason), and the peers that failed
// (URL -> error).
type PollResult struct {
	Fetched int
	Refused map[string]int
	Failed  map[string]error
}

// fullWalkEvery: every fullWalkEvery-th Poll walks each peer's window from its start; the others go on from
// where the peer's last walk ended (see Poll).
const fullWalkEvery = 4

// Poll asks every peer once for both directions' windows and adds what verifies to the Pool. A peer's
// window is walked from where its previous walk ended (what it served below is held already), and from the
// window's start on every fullWalkEvery-th poll (a signature a peer made late, below nonces it had served
// already, is fetched within fullWalkEvery polls), so a poll downloads what is new, not the whole window.
func (f *Fetcher) Poll(ctx context.Context) PollResult {
	f.mu.Lock()
	full := f.polls%fullWalkEvery == 0
	f.polls++
	f.mu.Unlock()
	res := PollResult{Refused: map[string]int{}, Failed: map[string]error{}}
	var windows []struct {
		dir string
		w   Window
	}
	for _, d := range []string{ParentToChild, ChildToParent} {
		w, err := f.src.Window(ctx, d)
		if err != nil {
			f.log.Debug("attestation window", "direction", d, "err", err)
			continue
		}
		if w.Limit > 0 {
			windows = append(windows, struct {
				dir string
				w   Window
			}{d, w})
		}
	}
	if len(windows) == 0 {
		return res
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, peer := range f.Peers() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, dw := range windows {
				fetched, refused, err := f.fetch(ctx, peer, dw.dir, dw.w, full)
				mu.Lock()
				res.Fetched += fetched
				for r, n := range refused {
					res.Refused[r] += n
				}
				if err != nil {
					res.Failed[peer] = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return res
}

// maxPagesPerPoll bounds the pages one poll asks one peer for in one direction (each bounded by FetchTimeout
// and MaxResponseBytes): a window of 4 x 512 nonces is covered in one poll.
const maxPagesPerPoll = 4

// fetch asks one peer for one direction's window, page by page: from the window's start when full, else
// from where that peer's last walk ended (when that is inside the window), each next page from the nonce
// after the last one returned, until the window's end, a short page or maxPagesPerPoll pages; it records
// where the next walk may go on from. It returns the new signatures, the refusals of every page and the first
// page's error (later pages' errors end the walk quietly: what was fetched is kept).
func (f *Fetcher) fetch(ctx context.Context, peer, direction string, w Window, full bool) (int, map[string]int, error) {
	end := w.From + uint64(w.Limit) // overflow only for nonces near 2^64, never reached
	key := peer + "\x00" + direction
	start := w.From
	f.mu.Lock()
	if r, ok := f.resume[key]; ok && !full && r > start && r < end {
		start = r
	}
	f.mu.Unlock()
	fetched, refused, next := 0, map[string]int{}, start
	var err error
	for from, page := start, 0; from < end && page < maxPagesPerPoll; page++ {
		n, last, got, more, perr := f.fetchPage(ctx, peer, direction, w, from, end, refused)
		fetched += n
		if perr != nil {
			if page == 0 {
				err = perr
			}
			break
		}
		if got {
			next = last + 1
		}
		if !more {
			break
		}
		from = last + 1
	}
	f.mu.Lock()
	f.resume[key] = next
	f.mu.Unlock()
	if err == nil {
		f.metrics.fetchedN(direction, fetched)
	}
	return fetched, refused, err
}

// fetchPage makes one request to one peer for nonces from..end-1 of one direction (at most MaxPageLimit): it
// returns the new signatures, the last nonce of the window the page held (got: it held one), and whether the
// page was full below the window's end (more may follow).
func (f *Fetcher) fetchPage(ctx context.Context, peer, direction string, w Window, from, end uint64, refused map[string]int) (fetched int, last uint64, got, more bool, err error) {
	u, err := url.Parse(peer)
	if err != nil {
		return 0, 0, false, false, err
	}
	limit := int(min(end-from, uint64(f.cfg.MaxPageLimit)))
	u.RawQuery = url.Values{"direction": {direction}, "from": {strconv.FormatUint(from, 10)}, "limit": {strconv.Itoa(limit)}}.Encode()
	ctx, cancel := context.WithTimeout(ctx, f.cfg.FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, 0, false, false, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := f.client.Do(req)
	if err != nil {
		f.metrics.fetchError("transport")
		return 0, 0, false, false, fmt.Errorf("%s: %w", peer, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		f.metrics.fetchError("status")
		return 0, 0, false, false, fmt.Errorf("%s: HTTP status %d", peer, resp.StatusCode)
	}
	page, err := DecodePage(resp.Body, f.cfg.MaxResponseBytes)
	if err == nil && (page.Direction != direction || page.From != from) {
		err = fmt.Errorf("%w: page for %s from %d, asked %s from %d", ErrMalformedPage, page.Direction, page.From, direction, from)
	}
	if err != nil {
		f.metrics.fetchError("malformed")
		return 0, 0, false, false, fmt.Errorf("%s: %w", peer, err)
	}
	for _, a := range page.Attestations {
		if a.Nonce() >= from && a.Nonce() < end {
			last, got = max(last, a.Nonce()), true // a nonce out of the window (refused below) never moves the walk
		}
		if a.Epoch == w.Roster.Epoch && f.pool.Holds(a) {
			if a.Submitted {
				f.pool.Add(a) // records when its submitter said it sent it (Plan's takeover waits on it)
			}
			continue // verified on an earlier poll (the digest binds the epoch)
		}
		err := Verify(w.Roster, a)
		if err == nil && a.Nonce() >= end {
			err = fmt.Errorf("%w: nonce %d, asked %d..%d", ErrOutOfWindow, a.Nonce(), w.From, end-1)
		}
		var isNew bool
		if err == nil {
			isNew, err = f.pool.Add(a)
		}
		if err != nil {
			r := refusalReason(err)
			refused[r]++
			f.metrics.refusedSig(r)
			f.log.Debug("attestation refused", "peer", peer, "direction", direction, "err", err)
			continue
		}
		if isNew {
			fetched++
		}
	}
	return fetched, last, got, len(page.Attestations) >= limit && got && last+1 < end, nil
}
