#!/usr/bin/env bash
# Starts the release build for one Playwright project: a fresh SQLite database, and a real
# SMTP server (tests/support/smtp_sink.py) whose received mail lands in .data/<port>/inbox.
set -euo pipefail
port="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/end2end/.data/$port"
rm -rf "$data"
mkdir -p "$data/inbox"
smtp_port=$((port + 1000))

"$root/.venv/bin/python" "$root/tests/support/smtp_sink.py" --port "$smtp_port" --dir "$data/inbox" &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT

cd "$root"
export ROSTER_DATA_DIR="$data"
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
export ROSTER_BASE_URL="http://127.0.0.1:$port"
export ROSTER_SMTP_URL="smtp://127.0.0.1:$smtp_port"
export ROSTER_SETUP_CODE="E2E-SETUP-CODE"
export ROSTER_OUTBOX_POLL_INTERVAL=1s
export LEPTOS_SITE_ROOT="$root/target/site"
export LEPTOS_ENV=PROD
# The build names its files by content hash and lists them in target/release/hash.txt.
export LEPTOS_HASH_FILES=true
export RUST_LOG="${RUST_LOG:-warn,roster=info}"
"$root/target/release/roster" serve
