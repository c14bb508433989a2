// Package engine is a typed client of the Engine API (the execution-apis
// `engine_*` JSON-RPC namespace) over go-ethereum's rpc package, the way
// ethclient is a typed client of the `eth_*` namespace: one method per call
// the block producer makes, with go-ethereum's own beacon/engine types for
// every parameter and result.
//
// A Client talks either to an external execution node over its authenticated
// endpoint (authrpc, HTTP or WebSocket, with a JWT secret read from a file, see
// Dial and ReadJWTSecret) or to an embedded go-ethereum node in process (see
// NewClient and internal/execution). Payload statuses other than VALID come
// back as a *StatusError matching ErrInvalid, ErrSyncing or ErrAccepted, and
// the Engine API's error codes (-38001 to -38006) as an *RPCError matching
// ErrUnknownPayload, ErrInvalidForkchoiceState, ... with errors.Is.
//
// Which method version a payload needs depends on the fork active at its
// timestamp (execution-apis src/engine/{cancun,prague,osaka}.md):
//
//	fork            forkchoiceUpdated  getPayload  newPayload
//	Cancun          V3                 V3          V3
//	Prague          V3                 V4          V4
//	Osaka, BPO1-2   V3                 V5          V4
//
// ForkchoiceUpdated, GetPayload and NewPayload pick the version from a fork
// (see Fork); later forks (Amsterdam and on, which need
// forkchoiceUpdatedV4 / getPayloadV6 / newPayloadV5) are refused with
// ErrForkNotSupported.
package engine
