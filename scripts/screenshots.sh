#!/usr/bin/env bash
# Re-takes the README's screenshots (end2end/screenshots/*.png) from the Playwright suite.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_rust_tools
ensure_npm_packages
ensure_chromium
ensure_smtp_sink
cargo leptos build --release --precompress --split --cargo-locked
mkdir -p end2end/screenshots
(cd end2end && UPDATE_SCREENSHOTS=1 npx playwright test screenshots.spec.ts --project=desktop --project=phone)
