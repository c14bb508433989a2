#!/usr/bin/env bash
# build-geth.sh: build a standalone geth for the e2e harness and cache it.
#
# Usage: e2e/scripts/build-geth.sh
# Prints the path of the geth binary on stdout (last line); progress goes to stderr.
#
# Environment:
#   SERVICECHAIN_CACHE  cache root (default $HOME/.cache/servicechain)
#   GETH_VERSION        go-ethereum version to build (default v1.16.7; v1.17's cmd/geth
#                       needs a beacon module that the Go module proxy refuses here)
#   GETH_BIN            if set and executable, used as is (no build)
#
# The build runs `go install module@version` in module mode outside our module
# (from a temporary directory, GOFLAGS cleared), so it never touches our go.mod.
set -euo pipefail

version="${GETH_VERSION:-v1.16.7}"
cache="${SERVICECHAIN_CACHE:-$HOME/.cache/servicechain}"
bindir="$cache/geth-$version/bin"
geth="$bindir/geth"

if [[ -n "${GETH_BIN:-}" ]]; then
	if [[ -x "$GETH_BIN" ]]; then
		echo "$GETH_BIN"
		exit 0
	fi
	echo "build-geth: GETH_BIN=$GETH_BIN is not an executable file" >&2
	exit 1
fi

# want is the version string geth prints, e.g. "1.16.7-stable".
want="${version#v}"

have_version() {
	[[ -x "$geth" ]] || return 1
	"$geth" version 2>/dev/null | grep -q "^Version: ${want}-" || return 1
}

if have_version; then
	echo "build-geth: cached $geth ($("$geth" version | sed -n 's/^Version: //p'))" >&2
	echo "$geth"
	exit 0
fi

mkdir -p "$bindir"
# Serialise concurrent builds into the same cache directory.
exec 9>"$bindir/.lock"
if command -v flock >/dev/null 2>&1; then
	flock 9
fi
if have_version; then
	echo "$geth"
	exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "build-geth: building github.com/ethereum/go-ethereum/cmd/geth@$version into $bindir (takes minutes)" >&2
start=$(date +%s)
(
	cd "$tmp"
	env -u GOFLAGS GO111MODULE=on GOWORK=off GOBIN="$bindir" \
		go install "github.com/ethereum/go-ethereum/cmd/geth@$version"
)
if ! have_version; then
	echo "build-geth: $geth was built but does not report version $want:" >&2
	"$geth" version >&2 || true
	exit 1
fi
echo "build-geth: built $geth in $(($(date +%s) - start))s" >&2
echo "$geth"
