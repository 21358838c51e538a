#!/usr/bin/env python3
"""Precision of each predicted cue, from the attribution eval's dump.

Why: a rule is worth keeping only if what it finds is mostly right; the eval's table gives one
precision for all rules together. This counts, per predicted cue (lower-cased text), how many of its
predictions matched a gold attribution at overlap 0.3 and how many were false alarms.

Usage:
  NEWS_CONTEXT_EVAL_DUMP=/tmp/dump.txt ./target/native/news-context eval --shared ../shared attribution
  python3 tools/attribution-cues.py /tmp/dump.txt [--min N] [--sort precision|false|count] [--top K]
"""
import argparse
import collections
import json


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", help="the JSON lines written by NEWS_CONTEXT_EVAL_DUMP")
    ap.add_argument("--min", type=int, default=5, help="leave out cues predicted fewer times")
    ap.add_argument("--sort", choices=["precision", "false", "count"], default="false")
    ap.add_argument("--top", type=int, default=60, help="rows to print")
    args = ap.parse_args()

    matched = collections.Counter()
    false = collections.Counter()
    with open(args.dump, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["kind"] == "match":
                matched[row.get("predicted_cue", "").lower()] += 1
            elif row["kind"] == "false_alarm":
                false[row["cue"].lower()] += 1

    rows = []
    for cue in set(matched) | set(false):
        n = matched[cue] + false[cue]
        if n >= args.min:
            rows.append((cue, n, matched[cue], false[cue], matched[cue] / n))
    key = {
        "precision": lambda r: (r[4], -r[1]),
        "false": lambda r: (-r[3], r[4]),
        "count": lambda r: -r[1],
    }[args.sort]
    rows.sort(key=key)
    total_m, total_f = sum(matched.values()), sum(false.values())
    print(f"all cues: {total_m + total_f} predicted, {total_m} matched, {total_f} false alarms, "
          f"precision {100 * total_m / max(1, total_m + total_f):.1f}%")
    print(f"{'cue':<28} {'pred':>6} {'match':>6} {'false':>6} {'P%':>6}")
    for cue, n, m, fa, p in rows[: args.top]:
        print(f"{cue[:28]:<28} {n:>6} {m:>6} {fa:>6} {100 * p:>6.1f}")


if __name__ == "__main__":
    main()
