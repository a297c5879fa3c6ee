#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests on SQLite and PostgreSQL, then the
# Playwright suite against the release build in Chromium. Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_rust_tools
ensure_npm_packages
ensure_chromium
ensure_smtp_sink
ensure_nginx
ensure_postgres
drop_old_test_databases

say "Rust tests (SQLite and PostgreSQL)"
cargo test --features ssr --locked

say "release build for the browser tests"
cargo leptos build --release --precompress --split --cargo-locked

say "Playwright (desktop, phone, tablet)"
(cd end2end && npx playwright test)
