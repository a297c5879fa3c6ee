#!/usr/bin/env bash
# Runs the benchmark suite (scripts/bench.py) against the release build and writes
# BENCHMARKS.md; Chromium lists what a first visit fetches. Arguments pick the databases:
# SQLite, PostgreSQL (default both). `compare <folder> [databases]` instead loads the Users
# tab under an earlier build (its roster, hash.txt and site/, as the README installs them)
# and this one in turn, and writes target/bench-compare.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_rust_tools
ensure_npm_packages
ensure_chromium
ensure_smtp_sink
ensure_postgres
command -v wrk >/dev/null || apt_install wrk
say "release build"
cargo leptos build --release --precompress --split --cargo-locked
say "benchmarks (each load runs ${BENCH_SECONDS:-10} s)"
"$ROOT/.venv/bin/python" scripts/bench.py "$@"
