package devchain

import (
	"context"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/log"
)

var (
	gethLogOnce  sync.Once
	gethLogLevel = new(slog.LevelVar) // zero value is Info; set to Warn in routeGethLogs
)

// SetLogLevel sets the lowest level of go-ethereum's own log records that are
// passed on to slog.Default() (default slog.LevelWarn). go-ethereum logs
// through one process-global logger, so this applies to every chain in the
// process. Records carry the attribute component=geth.
func SetLogLevel(level slog.Level) {
	routeGethLogs()
	gethLogLevel.Set(level)
}

// routeGethLogs installs, once per process, a go-ethereum root logger that
// forwards to whatever slog.Default() is at the time of each record.
func routeGethLogs() {
	gethLogOnce.Do(func() {
		gethLogLevel.Set(slog.LevelWarn)
		h := &forwardHandler{attrs: []slog.Attr{slog.String("component", "geth")}}
		// log.SetDefault also replaces slog's default logger; put ours back.
		prev := slog.Default()
		log.SetDefault(log.NewLogger(h))
		slog.SetDefault(prev)
	})
}

// forwardHandler filters by gethLogLevel and hands records to slog.Default().
type forwardHandler struct {
	attrs []slog.Attr
}

func (h *forwardHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= gethLogLevel.Level() && slog.Default().Handler().Enabled(ctx, l)
}

func (h *forwardHandler) Handle(ctx context.Context, r slog.Record) error {
	r = r.Clone()
	r.AddAttrs(h.attrs...)
	return slog.Default().Handler().Handle(ctx, r)
}

func (h *forwardHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &forwardHandler{attrs: append(append([]slog.Attr(nil), h.attrs...), attrs...)}
}

// WithGroup flattens: go-ethereum does not use groups.
func (h *forwardHandler) WithGroup(string) slog.Handler { return h }
