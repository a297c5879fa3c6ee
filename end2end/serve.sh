#!/usr/bin/env bash
# Starts the release build for one Playwright project: a fresh SQLite database, and a real
# SMTP server (tests/support/smtp_sink.py) whose received mail lands in .data/<port>/inbox.
# The server runs as the README's "Deploying" section installs it: from a folder holding only
# the binary, hash.txt and site/, with no LEPTOS_* settings, so a build that cannot find its
# own styles and scripts fails these tests (assets.spec.ts loads them).
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

install="$data/install"
mkdir -p "$install"
cp "$root/target/release/roster" "$root/target/release/hash.txt" "$install/"
cp -r "$root/target/site" "$install/site"
cd "$install"
export ROSTER_DATA_DIR="$data"
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
# localhost rather than 127.0.0.1: browsers offer passkeys only to a domain name.
export ROSTER_BASE_URL="http://localhost:$port"
export ROSTER_SMTP_URL="smtp://127.0.0.1:$smtp_port"
export ROSTER_SETUP_CODE="E2E-SETUP-CODE"
export ROSTER_OUTBOX_POLL_INTERVAL=1s
export RUST_LOG="${RUST_LOG:-warn,roster=info}"
./roster serve
