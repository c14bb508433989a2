// Package contracts holds the Solidity sources of the servicechain contracts (src/), their compiled artifacts
// (artifacts/<Name>.abi and <Name>.bin) and, in the bindings subpackage, the abigen v2 Go bindings for Bridge,
// Anchor, ServiceChainToken and ServiceChainNFT. The Go tests of this directory run the real bytecode on
// go-ethereum's simulated backend.
//
// Regenerate everything with `contracts/build.sh` (or `go generate ./contracts/...`); `contracts/check.sh`
// fails when the committed artifacts or bindings differ from a fresh build.
package contracts

//go:generate ./build.sh
