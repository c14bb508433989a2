// Package execution runs the embedded execution node of a service-chain node:
// a go-ethereum full node (eth service in full sync mode, the log filter API so
// eth_getLogs works, HTTP and WebSocket JSON-RPC on configured addresses, a
// devp2p listener with static peers and a node key kept in the data
// directory) that produces no block by itself. Blocks enter it only through
// the Engine API, driven by internal/producer, and that API is reachable only
// in process (Node.Engine): it is never registered on the node's RPC
// servers, no authrpc listener is opened, and go-ethereum's `testing`
// namespace (testing_commitBlockV1 and friends, which insert blocks around any
// fence) is never registered at all. The same producer drives an external
// geth over its authenticated authrpc instead (internal/engine.Dial).
//
// NewGenesis writes the genesis of a new service chain (post-merge: terminal
// total difficulty 0 and every fork through Osaka active at block 0, without
// go-ethereum's unreleased Bogota; see internal/devchain), WriteGenesisFile
// stores it in a form geth v1.16.7 also reads, and Init initialises a data
// directory from it (`servicechain node init`).
package execution
