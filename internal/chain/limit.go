package chain

import (
	"errors"
	"fmt"
	"io"
	"net/http"
)

// DefaultMaxResponseBytes bounds one JSON-RPC response when
// Config.MaxResponseBytes is 0: go-ethereum's own WebSocket read limit
// (32 MiB), applied to HTTP responses too.
const DefaultMaxResponseBytes = 32 << 20

// ErrResponseTooLarge is wrapped by the error of a call whose HTTP response
// body exceeded Config.MaxResponseBytes (the read stops there, so a hostile
// or broken endpoint cannot make the node buffer without bound). For
// eth_getLogs it counts as a refused range (ErrLogRangeTooLarge).
var ErrResponseTooLarge = errors.New("JSON-RPC response larger than the configured limit")

// limitTransport caps the body of every HTTP response it returns.
type limitTransport struct {
	base  http.RoundTripper
	limit int64
}

func (t limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.Body == nil {
		return resp, err
	}
	resp.Body = &limitedBody{rc: resp.Body, left: t.limit, limit: t.limit}
	return resp, nil
}

// limitedBody reads at most limit bytes, then fails with ErrResponseTooLarge.
type limitedBody struct {
	rc          io.ReadCloser
	left, limit int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// One more byte tells a body of exactly limit bytes from a longer one.
		var one [1]byte
		if n, _ := b.rc.Read(one[:]); n == 0 {
			return 0, io.EOF
		}
		return 0, fmt.Errorf("%w (%d bytes)", ErrResponseTooLarge, b.limit)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }

// httpClient is the HTTP client of http(s) endpoints: go-ethereum's default
// transport with the response limit.
func httpClient(limit int64) *http.Client {
	return &http.Client{Transport: limitTransport{base: http.DefaultTransport, limit: limit}}
}
