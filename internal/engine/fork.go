package engine

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
)

// ErrForkNotSupported is returned for a payload timestamp whose fork this
// client has no method versions for (before Cancun, or Amsterdam and later).
var ErrForkNotSupported = errors.New("engine: fork not supported")

// Fork returns the fork active at timestamp (seconds) under cfg, and
// ErrForkNotSupported (naming the fork) unless it is Cancun, Prague, Osaka,
// BPO1 or BPO2.
func Fork(cfg *params.ChainConfig, timestamp uint64) (forks.Fork, error) {
	if cfg == nil {
		return 0, errors.New("engine: no chain config")
	}
	f := cfg.LatestFork(timestamp)
	if err := Supported(f); err != nil {
		return f, err
	}
	return f, nil
}

// Supported returns nil for the forks the client has methods for, and
// ErrForkNotSupported naming the fork otherwise.
func Supported(f forks.Fork) error {
	switch f {
	case forks.Cancun, forks.Prague, forks.Osaka, forks.BPO1, forks.BPO2:
		return nil
	}
	return fmt.Errorf("%w: %v (expected Cancun, Prague, Osaka, BPO1 or BPO2)", ErrForkNotSupported, f)
}

// Methods names the Engine API methods used for payloads of one fork.
type Methods struct {
	ForkchoiceUpdated, GetPayload, NewPayload string
}

// MethodsFor returns the method names for fork f (see the package doc table).
func MethodsFor(f forks.Fork) (Methods, error) {
	switch f {
	case forks.Cancun:
		return Methods{"engine_forkchoiceUpdatedV3", "engine_getPayloadV3", "engine_newPayloadV3"}, nil
	case forks.Prague:
		return Methods{"engine_forkchoiceUpdatedV3", "engine_getPayloadV4", "engine_newPayloadV4"}, nil
	case forks.Osaka, forks.BPO1, forks.BPO2:
		return Methods{"engine_forkchoiceUpdatedV3", "engine_getPayloadV5", "engine_newPayloadV4"}, nil
	}
	return Methods{}, Supported(f)
}
