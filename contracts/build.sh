#!/usr/bin/env bash
# Regenerates everything derived from contracts/src and OpenZeppelin's TimelockController (compiled from the pinned
# package): artifacts/<Name>.abi|.bin (solc-js pinned in package.json) and the Go bindings in bindings/ (abigen
# --v2 at the go-ethereum version in go.mod). Deterministic: running it twice gives identical bytes.
# Needs node/npm (installs node_modules with `npm ci` when missing or stale) and go.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
node build.js

mkdir -p bindings
gen() { # <Type> <file>
	go run github.com/ethereum/go-ethereum/cmd/abigen --v2 \
		--abi "artifacts/$1.abi" --bin "artifacts/$1.bin" \
		--pkg bindings --type "$1" --out "bindings/$2"
}
gen Bridge bridge.go
gen Anchor anchor.go
gen ServiceChainToken servicechaintoken.go
gen ServiceChainNFT servicechainnft.go
gen TimelockController timelockcontroller.go
gen ServiceRegistry serviceregistry.go
echo "contracts: artifacts and bindings regenerated"
