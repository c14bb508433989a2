#!/usr/bin/env bash
# CI check: rebuilds artifacts and bindings into the tree and fails when they differ from the committed files
# (or when a generated file is new and untracked). Fix with contracts/build.sh and commit the result.
set -euo pipefail
cd "$(dirname "$0")"
./build.sh
if ! git diff --exit-code -- artifacts bindings; then
	echo "contracts/check.sh: committed artifacts/bindings differ from a fresh build; run contracts/build.sh and commit" >&2
	exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- artifacts bindings)
if [ -n "$untracked" ]; then
	echo "contracts/check.sh: generated files not committed: $untracked" >&2
	exit 1
fi
echo "contracts/check.sh: artifacts and bindings match the sources"
