#!/usr/bin/env bash
# fuzz/run.sh SECONDS: runs each fuzz target (analyze, plan) for SECONDS with cargo-fuzz on a nightly
# toolchain. When cargo-fuzz or nightly is missing it prints "skipped: ..." and succeeds, so a fresh
# machine's CI never fails for want of the tool. A crash found fails the run and leaves the input in
# fuzz/artifacts/<target>/.
set -euo pipefail
secs="${1:-60}"
cd "$(dirname "$0")"
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "skipped: fuzzing needs a nightly toolchain (rustup toolchain install nightly)"; exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "skipped: fuzzing needs cargo-fuzz (cargo install cargo-fuzz --locked)"; exit 0
fi
for target in analyze plan; do
  mkdir -p "corpus/$target"
  # Seed the corpus with the seed article so the fuzzer starts from real news text.
  [ -f ../www/seed-article.txt ] && cp ../www/seed-article.txt "corpus/$target/seed" 2>/dev/null || true
  echo "fuzz: $target for ${secs}s"
  log="$(mktemp)"
  status=0
  cargo +nightly fuzz run "$target" -- -max_total_time="$secs" -max_len=4096 -timeout=20 \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|==[0-9]+== ERROR|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$log"; rm -f "$log"
    echo "fuzz: $target failed (a crash leaves its input in fuzz/artifacts/$target)"; exit 1
  fi
  rm -f "$log"
done
