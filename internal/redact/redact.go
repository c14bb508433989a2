// Package redact removes secrets from RPC endpoint URLs before they are
// printed, logged, exported as metric labels or returned in errors (issue 13,
// finding 7). Providers put API keys in the user info
// (https://user:key@host), in the path (Infura https://host/v3/<key>, Alchemy
// /v2/<key>, QuickNode https://name.quiknode.pro/<token>/) and in the query
// (?key=..., ?apikey=...). The rules, the same everywhere:
//
//   - the user info is replaced by "redacted" (user names are secrets too:
//     https://<key>@host is common);
//   - a path segment is kept only when it reads as a word: up to 8
//     lower-case ASCII letters, or a version such as "v3" ("eth", "rpc",
//     "ws", "mainnet", "v2"); every other segment becomes "***" (keys mix
//     cases or digits, or are longer);
//   - every query value becomes "***" (the parameter names stay);
//   - the fragment is dropped.
//
// So "https://u:p@h/v3/SECRET?key=S" is shown as
// "https://redacted@h/v3/***?key=***". Scheme, host and port stay, so the
// endpoint is still recognisable. Two endpoints of one provider that differ
// only in their keys look the same once redacted.
package redact

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Mask replaces a secret path segment or query value.
const Mask = "***"

// userMask replaces the user info.
const userMask = "redacted"

// hostPort is a host name with a port and no scheme.
var hostPort = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{0,62}:[0-9]{1,5}$`)

// word is a path segment shown as it is.
var word = regexp.MustCompile(`^([a-z]{1,8}|v[0-9]{1,3})$`)

// URL returns raw with its secrets masked (see the package comment). Of a
// string that is not a URL with a scheme and a host only two harmless shapes
// are shown as they are, so that an error can say what was wrong: a scheme
// alone ("http://"), a host:port without a scheme ("localhost:8545") and a
// word as a path segment may be ("foo");
// anything else is "<unparseable URL>", since it may be a secret pasted in the
// wrong place.
func URL(raw string) string {
	if hostPort.MatchString(raw) || word.MatchString(raw) {
		return raw
	}
	u, err := url.Parse(raw)
	if err == nil && raw == u.Scheme+"://" {
		return raw
	}
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "<unparseable URL>"
	}
	out := u.Scheme + "://"
	if u.User != nil {
		out += userMask + "@"
	}
	out += u.Host
	if u.Path != "" {
		segs := strings.Split(u.Path, "/")
		for i, s := range segs {
			if s != "" && !word.MatchString(s) {
				segs[i] = Mask
			}
		}
		out += strings.Join(segs, "/")
	}
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			out += "?" + Mask
		} else {
			keys := make([]string, 0, len(q))
			for k := range q {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			parts := make([]string, 0, len(keys))
			for _, k := range keys {
				for range q[k] {
					parts = append(parts, url.QueryEscape(k)+"="+Mask)
				}
			}
			out += "?" + strings.Join(parts, "&")
		}
	}
	return out
}

// Secrets returns the secret parts of raw that URL masks: the whole URL
// itself, the user info (user name and password), the masked path segments
// and the query values, each also in its escaped form. Scrubber uses them to
// clean text that quotes the URL or a part of it (an error from
// go-ethereum's rpc package quotes the URL it dialed).
func Secrets(raw string) []string {
	out := []string{raw}
	u, err := url.Parse(raw)
	if err != nil {
		return out
	}
	add := func(s string) {
		if len(s) >= 3 { // shorter strings are not secrets worth a key; masking them would garble text
			out = append(out, s, url.PathEscape(s), url.QueryEscape(s))
		}
	}
	if u.User != nil {
		add(u.User.Username())
		if p, ok := u.User.Password(); ok {
			add(p)
		}
		add(u.User.String())
	}
	for _, s := range strings.Split(u.Path, "/") {
		if s != "" && !word.MatchString(s) {
			add(s)
		}
	}
	if q, err := url.ParseQuery(u.RawQuery); err == nil {
		for _, vs := range q {
			for _, v := range vs {
				add(v)
			}
		}
	}
	add(u.RawQuery)
	add(u.Fragment)
	return out
}

// Scrubber masks the secrets of a set of URLs in arbitrary text (error
// messages). The zero value masks nothing. It is safe for concurrent use
// once built.
type Scrubber struct {
	urls    []string // raw URLs, longest first
	secrets []string // secret parts, longest first
}

// NewScrubber returns a Scrubber for the given URLs.
func NewScrubber(urls ...string) *Scrubber {
	s := &Scrubber{}
	seen := map[string]bool{}
	for _, u := range urls {
		s.urls = append(s.urls, u)
		for _, p := range Secrets(u)[1:] {
			if !seen[p] {
				seen[p] = true
				s.secrets = append(s.secrets, p)
			}
		}
	}
	byLen := func(l []string) { sort.SliceStable(l, func(i, j int) bool { return len(l[i]) > len(l[j]) }) }
	byLen(s.urls)
	byLen(s.secrets)
	return s
}

// String returns text with every known URL replaced by its redacted form and
// every remaining secret part by Mask.
func (s *Scrubber) String(text string) string {
	if s == nil {
		return text
	}
	for _, u := range s.urls {
		if strings.Contains(text, u) {
			text = strings.ReplaceAll(text, u, URL(u))
		}
	}
	for _, p := range s.secrets {
		if strings.Contains(text, p) {
			text = strings.ReplaceAll(text, p, Mask)
		}
	}
	return text
}

// Error wraps err so that its message is scrubbed; errors.Is and errors.As
// still see err (nil stays nil).
func (s *Scrubber) Error(err error) error {
	if err == nil || s == nil || len(s.urls) == 0 {
		return err
	}
	msg := err.Error()
	clean := s.String(msg)
	if clean == msg {
		return err
	}
	return &scrubbed{msg: clean, err: err}
}

// scrubbed is an error whose message had secrets masked.
type scrubbed struct {
	msg string
	err error
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

// Error scrubs err of the secrets of one URL (see Scrubber.Error).
func Error(rawURL string, err error) error { return NewScrubber(rawURL).Error(err) }
