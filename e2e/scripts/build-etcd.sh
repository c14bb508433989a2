#!/usr/bin/env bash
# build-etcd.sh: build a standalone etcd server for the e2e harness and cache it.
#
# Usage: e2e/scripts/build-etcd.sh
# Prints the path of the etcd binary on stdout (last line); progress goes to stderr.
#
# Environment:
#   SERVICECHAIN_CACHE  cache root (default $HOME/.cache/servicechain)
#   ETCD_VERSION        etcd server version to build (default v3.7.3: the version of
#                       go.etcd.io/etcd/server/v3 in our go.mod, so the e2e cluster runs
#                       the same server as the embedded one and matches our v3.7.3 client)
#   ETCD_BIN            if set and executable, used as is (no build); e.g. Debian's
#                       /usr/bin/etcd (etcd-server 3.4)
#
# `go install go.etcd.io/etcd/server/v3@VERSION` is refused because that module's
# go.mod has replace directives, so the build runs in a throw-away module that
# requires the server module and builds its main package (server/main.go, which
# calls etcdmain.Main). It runs outside our module (temporary directory, GOFLAGS
# cleared), so it never touches our go.mod.
set -euo pipefail

version="${ETCD_VERSION:-v3.7.3}"
cache="${SERVICECHAIN_CACHE:-$HOME/.cache/servicechain}"
bindir="$cache/etcd-$version/bin"
etcd="$bindir/etcd"

if [[ -n "${ETCD_BIN:-}" ]]; then
	if [[ -x "$ETCD_BIN" ]]; then
		echo "$ETCD_BIN"
		exit 0
	fi
	echo "build-etcd: ETCD_BIN=$ETCD_BIN is not an executable file" >&2
	exit 1
fi

# want is the version string etcd prints, e.g. "etcd Version: 3.7.3".
want="${version#v}"

have_version() {
	[[ -x "$etcd" ]] || return 1
	# Read the whole output first: grep -q would stop reading at the match and
	# etcd's SIGPIPE would fail the pipeline under pipefail.
	local out
	out="$("$etcd" --version 2>/dev/null)" || return 1
	[[ "$out" == *"etcd Version: ${want}"* ]]
}

if have_version; then
	echo "build-etcd: cached $etcd" >&2
	echo "$etcd"
	exit 0
fi

mkdir -p "$bindir"
# Serialise concurrent builds into the same cache directory.
exec 9>"$bindir/.lock"
if command -v flock >/dev/null 2>&1; then
	flock 9
fi
if have_version; then
	echo "$etcd"
	exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "build-etcd: building go.etcd.io/etcd/server/v3@$version into $bindir (takes minutes)" >&2
start=$(date +%s)
(
	cd "$tmp"
	export GOFLAGS= GO111MODULE=on GOWORK=off
	go mod init servicechain.local/build-etcd >/dev/null 2>&1
	go get "go.etcd.io/etcd/server/v3@$version" >&2
	go build -trimpath -o "$etcd.tmp" go.etcd.io/etcd/server/v3
	mv "$etcd.tmp" "$etcd"
)
if ! have_version; then
	echo "build-etcd: $etcd was built but does not report version $want:" >&2
	"$etcd" --version >&2 || true
	exit 1
fi
echo "build-etcd: built $etcd in $(($(date +%s) - start))s" >&2
echo "$etcd"
