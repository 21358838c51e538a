#!/usr/bin/env python3
"""Copies the knowledge-base file (kb.bin) that build.rs wrote for a cargo build to DEST.

Usage: tools/kb-file-of-build.py CARGO_JSON DEST, where CARGO_JSON holds the messages of
`cargo build --message-format=json...`: the build script's message names its OUT_DIR (a
hashed folder under target/), so the Makefile needs no guess of it.
"""
import json
import shutil
import sys
from pathlib import Path


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    messages, dest = Path(sys.argv[1]), Path(sys.argv[2])
    out_dirs = []
    for line in messages.read_text().splitlines():
        if not line.startswith("{"):
            continue
        m = json.loads(line)
        if m.get("reason") == "build-script-executed" and "news-context" in m.get("package_id", "").replace("news_context", "news-context"):
            out_dirs.append(m["out_dir"])
    if not out_dirs:
        print(f"kb-file-of-build: no build-script message of news-context in {messages}", file=sys.stderr)
        return 1
    source = Path(out_dirs[-1]) / "kb.bin"
    if not source.is_file():
        print(f"kb-file-of-build: {source} is missing (build.rs writes it)", file=sys.stderr)
        return 1
    shutil.copyfile(source, dest)
    print(f"kb-file-of-build: {dest} ({dest.stat().st_size} bytes) from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
