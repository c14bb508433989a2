package devchain

import (
	"log/slog"
	"os"
)

func init() {
	if os.Getenv("DEVCHAIN_DEBUG") != "" {
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})))
		SetLogLevel(slog.LevelInfo)
	}
}
