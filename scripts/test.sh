#!/usr/bin/env bash
# `npm test`: every test cachet has. Bootstraps what it needs, then runs the Rust core's tests,
# checks that the committed dist/ matches the sources, and runs the JavaScript tests (which use
# the real @actions/cache, @actions/glob, Azurite, tar, zstd and Chromium) on this machine's
# Node and on Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
echo "== cargo test"
cargo test --workspace --quiet
echo "== dist/ up to date"
node scripts/build.mjs --check
echo "== node --test ($(node --version))"
node --test --test-concurrency=1 tests/js/*.test.js
