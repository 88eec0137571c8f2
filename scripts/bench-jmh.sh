#!/usr/bin/env bash
# JMH micro-benchmarks of the hot paths (not tests): reading one article (front matter +
# Markdown), rendering one page (article and listing), scanning one access-log line.
#   scripts/bench-jmh.sh [ARTICLES=1000] [JMH options…]   e.g. scripts/bench-jmh.sh 1000 -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}; shift || true
work=${BENCH_DIR:-/tmp/gazette-bench}
corpus="$work/n$articles"
mkdir -p "$work"
[ -f "$corpus/manifest.json" ] || python3 ../shared/bench/gen_corpus.py --n "$articles" --seed 42 --out "$corpus" >/dev/null
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -DskipSiteBuild=true >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.openjdk.jmh.Main \
  -p newsroom="$corpus" -f 1 -wi 3 -w 2s -i 5 -r 2s "$@" 'org.gazette.*Benchmark'
