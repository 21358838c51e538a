#!/usr/bin/env bash
# Installs what `make demo`, `make test` and `make extension` need and is missing, and nothing else.
# Safe to run again: each step checks first. Usage: tools/install-deps.sh [rust|wasm|browsers|node|pack|fuzz|all]...
set -euo pipefail
cd "$(dirname "$0")/.."

# The one wasm-bindgen version: Cargo.toml pins the crate to the same (`=X`).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)

log() { printf '[install] %s\n' "$*"; }

apt_updated=
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  if [ -z "$apt_updated" ]; then log "apt-get update"; $SUDO apt-get update -qq; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

need_rust() {
  command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
    || { log "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
}

need_wasm() {
  need_rust
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
    # --locked first, for the CLI's own tested dependency versions; the registry mirror here lacks
    # one of them (webpki-roots 1.0.11), so fall back to resolving them afresh at the same CLI version.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --quiet \
      || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
  fi
}

need_node() {
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"; npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Fuzzing (`make test-fuzz`, `make fuzz`) needs a nightly toolchain and cargo-fuzz. If either cannot be
# installed, say so and go on: fuzz/run.sh then prints "skipped: ..." and the rest of `make test` runs.
need_fuzz() {
  need_rust
  if ! cargo +nightly --version >/dev/null 2>&1; then
    log "rustup toolchain install nightly (for cargo-fuzz)"
    rustup toolchain install nightly --profile minimal >/dev/null \
      || { log "warning: could not install a nightly toolchain; fuzzing will be skipped"; return 0; }
  fi
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    log "cargo install cargo-fuzz (about 2 minutes)"
    cargo install cargo-fuzz --locked --quiet || cargo install cargo-fuzz --quiet \
      || log "warning: could not install cargo-fuzz; fuzzing will be skipped"
  fi
}

# The store zips are recompressed with advzip (tools/build-extension.sh): about 6% smaller.
need_pack() {
  apt_install advancecomp
}

# The benchmark counts the native core's instructions per MB with cachegrind (bench/native-instructions.mjs).
need_valgrind() {
  apt_install valgrind
}

need_browsers() {
  apt_install chromium firefox-esr zip
}

[ $# -eq 0 ] && set -- all
for what in "$@"; do
  case "$what" in
    rust) need_rust ;;
    wasm) need_wasm ;;
    node) need_node ;;
    browsers) need_browsers ;;
    pack) need_pack ;;
    fuzz) need_fuzz ;;
    valgrind) need_valgrind ;;
    all) need_wasm; need_node; need_pack; need_browsers; need_fuzz ;;
    *) echo "unknown: $what" >&2; exit 2 ;;
  esac
done
