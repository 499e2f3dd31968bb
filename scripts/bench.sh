#!/usr/bin/env bash
# Regenerates the benchmark corpora and reruns every benchmark in
# BENCHMARKS.md: sco side by side with ripgrep on the same files.
# Needs hyperfine and ripgrep (apt-get install hyperfine ripgrep).
# usage: scripts/bench.sh [WORK_DIR]   (default: a fresh temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
c25=$work/corpus-25k
c50=$work/corpus-50k

cargo build --release --quiet
sco=$PWD/target/release/sco

[ -d "$c25" ] || python3 scripts/make_corpus.py "$c25" 25000
[ -d "$c50" ] || python3 scripts/make_corpus.py "$c50" 50000
# The ratios depend on the processor: ripgrep's time is mostly the
# kernel's reading, sco's mostly parsing.
cpu() { lscpu | sed -n "s/^$1: *//p"; }
echo "machine: $(nproc) cores, $(cpu 'Model name') (family $(cpu 'CPU family'), model $(cpu 'Model')), $(uname -sr)"
echo "corpus: $(find "$c25" -name '*.txt' | wc -l) files, $(find "$c25" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1) bytes"

echo "== grep, output to /dev/null"
hyperfine -N -w 2 -r 10 -i "$sco --corpus $c25 grep terrorism" "rg terrorism $c25"

echo "== parse the whole corpus"
hyperfine -N -w 1 -r 5 "$sco --corpus $c25 list --json" "rg -c SCO $c25"

echo "== peak memory (KB) of each verb over the corpus and the doubled corpus"
# Streamed verbs stay flat; list keeps one record (or its line) an article
# to sort them.
for cmd in "grep terrorism" "export" "quotes --json" "quotes" "people --json" "list --json" "list"; do
  for c in "$c25" "$c50"; do
    # shellcheck disable=SC2086  # the verb's words are meant to split
    /usr/bin/time -f "%M KB  $cmd  $c" "$sco" --corpus "$c" $cmd > /dev/null
  done
done

echo "== list on the embedded seeds"
hyperfine -N -w 20 -r 200 "$sco list" "$sco list --json"
