// Package e2e holds the end-to-end tests of servicechain: standalone geth
// chains, bridge nodes as separate processes, and the ethers-based user client
// in e2e/client. The tests carry the build tag `e2e`:
//
//	go test -tags e2e -v -timeout 30m ./e2e/
//
// The harness (e2e/harness) builds and caches geth with e2e/scripts/build-geth.sh.
package e2e
