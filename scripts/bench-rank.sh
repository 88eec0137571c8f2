#!/usr/bin/env bash
# Benchmark of readership ingestion (not a test): generates a newsroom with its access log using
# ../shared/bench/gen_corpus.py, repeats the log to the size asked, and loads it several times.
#   scripts/bench-rank.sh [ARTICLES=2000] [COPIES=50] [RUNS=4]
# Prints lines per second per run, peak heap, and the process's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}; copies=${2:-50}; runs=${3:-4}
work=${BENCH_DIR:-/tmp/gazette-bench-rank}
mkdir -p "$work"
if [ ! -f "$work/n$articles/manifest.json" ]; then
  python3 ../shared/bench/gen_corpus.py --n "$articles" --seed 7 --out "$work/n$articles" >/dev/null
fi
log="$work/n$articles-x$copies.log"
if [ ! -f "$log" ]; then
  for _ in $(seq "$copies"); do cat "$work/n$articles/analytics/access.log"; done > "$log"
fi
now=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["now"])' "$work/n$articles/manifest.json")
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
echo "log: $log ($(wc -l < "$log") lines, $(du -h "$log" | cut -f1))"
/usr/bin/time -f "peak RSS: %M KB, wall %e s, CPU %U s user + %S s sys" \
  java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" \
  org.gazette.ranking.RankingBenchmark "$log" "$now" "$runs"
