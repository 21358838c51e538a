#!/usr/bin/env bash
# Assembles the demo page: www/ + the extension's shared lib/ (snapshot, applier, cards) + the
# extension pages' stylesheet + the wasm package, so the demo annotates with exactly the code the
# extension ships.
#
# Usage: tools/build-www.sh PKG OUT   (PKG from `make wasm`; OUT is build/www)
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 2 ] || { echo "usage: $0 PKG OUT" >&2; exit 2; }
PKG=$1 OUT=$2

for f in news_context.js news_context_bg.wasm kb.bin; do
  [ -f "$PKG/$f" ] || { echo "build-www: $PKG/$f is missing: run 'make wasm' first" >&2; exit 1; }
done
# A wasm module starts with "\0asm"; an empty or partial file (a build still being written) does not.
[ "$(head -c 4 "$PKG/news_context_bg.wasm" | od -An -c | tr -d ' ')" = '\0asm' ] \
  || { echo "build-www: $PKG/news_context_bg.wasm is not a wasm module: rebuild with 'make wasm'" >&2; exit 1; }
# The knowledge-base file starts with "NCKB" (src/people/kb_format.rs).
[ "$(head -c 4 "$PKG/kb.bin")" = 'NCKB' ] \
  || { echo "build-www: $PKG/kb.bin is not a knowledge-base file: rebuild with 'make wasm'" >&2; exit 1; }
[ -f www/seed-article.txt ] || echo "build-www: www/seed-article.txt is missing; the demo will only offer the paste form" >&2

rm -rf "$OUT"
mkdir -p "$OUT/lib" "$OUT/pkg" "$OUT/common"
tar -C www --exclude='*.md' -cf - . | tar -C "$OUT" -xf -
cp extension/lib/snapshot.js extension/lib/applier.js extension/lib/strings.js extension/lib/feedback.js \
  extension/lib/navigator.js extension/lib/cards.js "$OUT/lib/"
cp extension/common/page.css extension/common/schema.js "$OUT/common/"
cp "$PKG/news_context.js" "$PKG/news_context_bg.wasm" "$PKG/kb.bin" "$OUT/pkg/"
echo "build-www: demo page in $OUT"
