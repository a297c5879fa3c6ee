#!/usr/bin/env bash
# Runs Roster on SQLite at http://127.0.0.1:3000, installing the build tools on first use.
# The first-run setup code is printed in the log.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_rust_tools
say "building and starting Roster (the first build takes a few minutes)"
# Lazy islands exist only in a split build: without --split their loader cannot be resolved.
exec cargo leptos serve --split "$@"
