#!/usr/bin/env bash
# Assembles the unpacked extension and one zip per store.
#
# Usage: tools/build-extension.sh PKG OUT BUILD
#   PKG   wasm-bindgen output (news_context.js + news_context_bg.wasm), from `make wasm`
#   OUT   the unpacked extension to write (build/extension), loadable as is in Chrome and Firefox
#   BUILD where the zips go: BUILD/news-context-chrome.zip and BUILD/news-context-firefox.zip
# One manifest serves both browsers, so both zips hold the same files. The zips are reproducible:
# entries sorted, fixed timestamps.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 3 ] || { echo "usage: $0 PKG OUT BUILD" >&2; exit 2; }
PKG=$1 OUT=$2 BUILD=$3

for f in news_context.js news_context_bg.wasm kb.bin; do
  [ -f "$PKG/$f" ] || { echo "build-extension: $PKG/$f is missing: run 'make wasm' first" >&2; exit 1; }
done
# A wasm module starts with "\0asm"; an empty or partial file (a build still being written) does not.
[ "$(head -c 4 "$PKG/news_context_bg.wasm" | od -An -c | tr -d ' ')" = '\0asm' ] \
  || { echo "build-extension: $PKG/news_context_bg.wasm is not a wasm module: rebuild with 'make wasm'" >&2; exit 1; }
# The knowledge-base file starts with "NCKB" (src/people/kb_format.rs).
[ "$(head -c 4 "$PKG/kb.bin")" = 'NCKB' ] \
  || { echo "build-extension: $PKG/kb.bin is not a knowledge-base file: rebuild with 'make wasm'" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/pkg" "$BUILD"
# The extension's own files, without what is for developers only (the icon generator, notes).
tar -C extension --exclude='*.py' --exclude='*.md' --exclude='__pycache__' -cf - . | tar -C "$OUT" -xf -
cp "$PKG/news_context.js" "$PKG/news_context_bg.wasm" "$PKG/kb.bin" "$OUT/pkg/"

# The About page lists the knowledge base's sources and licences when the KB build provides them.
if [ -f data/kb/sources.json ]; then
  mkdir -p "$OUT/data"
  # Without the indentation: the same data, 120 bytes less in the zip.
  python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1], encoding="utf-8")), open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))' \
    data/kb/sources.json "$OUT/data/sources.json"
else
  echo "build-extension: data/kb/sources.json not found; the About page will say so" >&2
fi

# What ships is smaller than what we read: esbuild --minify drops comments and indentation,
# shortens syntax and renames local variables (top-level names of the content scripts, which
# share one scope, and property names stay), and the translators' descriptions leave the
# message catalogues (Chrome and Firefox read only "message" and "placeholders"). Renaming was
# added when the store zip reached 400,743 bytes against the 400,000 target (whitespace alone:
# 400,743; with syntax: 400,341; --minify: 396,144); the readable source for a store's review is
# extension/ in this repository, unchanged.
ESBUILD=node_modules/.bin/esbuild
[ -x "$ESBUILD" ] || { echo "build-extension: $ESBUILD is missing: run 'make deps' (npm ci)" >&2; exit 1; }
find "$OUT" -name '*.js' -print0 | sort -z | xargs -0 -I{} "$ESBUILD" {} --minify --log-level=warning --outfile={} --allow-overwrite
find "$OUT/_locales" -name messages.json -print0 | xargs -0 -n1 python3 -c '
import json, sys
path = sys.argv[1]
messages = json.load(open(path, encoding="utf-8"))
for m in messages.values():
    m.pop("description", None)
json.dump(messages, open(path, "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))'

python3 - "$OUT" "$BUILD" <<'PY'
import os, sys, zipfile
out, build = sys.argv[1], sys.argv[2]
files = []
for root, dirs, names in os.walk(out):
    dirs.sort()
    for n in sorted(names):
        full = os.path.join(root, n)
        files.append((os.path.relpath(full, out).replace(os.sep, "/"), full))
path = os.path.join(build, "news-context-chrome.zip")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for rel, full in files:
        info = zipfile.ZipInfo(rel, date_time=(1980, 1, 1, 0, 0, 0))
        # PNGs are compressed already: deflating them again made them larger.
        info.compress_type = zipfile.ZIP_STORED if rel.endswith(".png") else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with open(full, "rb") as f:
            z.writestr(info, f.read())
print(f"build-extension: wrote {path} ({len(files)} files)")
PY
CHROME_ZIP="$BUILD/news-context-chrome.zip"
# zlib's deflate at level 9 leaves about 6% on the table: advzip (Debian's advancecomp) deflates each
# entry again with zopfli, keeps whichever of the two is smaller, and changes nothing else (names,
# timestamps, order), so the zip stays reproducible and every browser reads it. It costs a few
# seconds of CPU; without advzip the zlib zip is kept, and said so.
if command -v advzip >/dev/null; then
  advzip --recompress -4 --quiet "$CHROME_ZIP"
else
  echo "build-extension: advzip not found (tools/install-deps.sh pack installs it); the zip keeps zlib's deflate" >&2
fi
# The same files serve both browsers: the Firefox zip is the same bytes.
cp "$CHROME_ZIP" "$BUILD/news-context-firefox.zip"
echo "build-extension: wrote $CHROME_ZIP and news-context-firefox.zip ($(stat -c %s "$CHROME_ZIP") bytes each)"
echo "build-extension: unpacked extension in $OUT"
