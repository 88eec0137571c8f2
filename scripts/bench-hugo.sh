#!/usr/bin/env bash
# Gazette against Hugo on the same machine and the same newsroom (not a test): RUNS rounds, each a
# cold Hugo build of scripts/hugo-site (minimal templates: article, front, section, tag and author
# pages, one RSS feed) and a cold Gazette build (every page kind, feeds, sitemaps, pictures), both
# from the articles ../shared/bench/gen_corpus.py generates. Alternating the two keeps a machine
# whose speed drifts fair to both.
#   [JAVA=path/to/java] [HUGO=path/to/hugo] scripts/bench-hugo.sh [ARTICLES=10000] [RUNS=3] [HEAP=2g]
# Needs Hugo (Debian: apt-get install hugo). Reports wall time, CPU time, peak RSS and files written
# per build, then each tool's median wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; runs=${2:-3}; heap=${3:-2g}
hugo=${HUGO:-hugo}
command -v "$hugo" >/dev/null || { echo "no Hugo: install it (Debian: apt-get install hugo) or set HUGO" >&2; exit 2; }
work=${BENCH_DIR:-/tmp/gazette-bench}
source scripts/bench-corpus.sh
bench_check "$runs"
bench_corpus "$articles" "$work"
[ -f target/gazette.jar ] && [ -z "${REBUILD_JAR:-}" ] || mvn -q -B package -DskipTests -DskipSiteBuild=true
echo "$("$hugo" version | cut -d' ' -f1-2); Gazette on $("${JAVA:-java}" -version 2>&1 | head -1); $articles articles, $(nproc) cores"
out="$work/compare-$articles"
declare -A walls
# One cold build: label, then the command; prints its figures and keeps its wall time.
timed() {
  local label=$1; shift
  rm -rf "$out" "$work/hugo-cache" "$corpus/.gazette-cache"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/run.log" 2>&1 || { cat "$work/run.log"; exit 1; }
  read -r wall user sys rss < "$work/time.txt"
  printf '%-8s wall %6.2f s  cpu %6.2f s  peak RSS %5d MB  %6d files\n' "$label" "$wall" \
    "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024)) "$(find "$out" -type f | wc -l)"
  walls[$label]+="$wall "
}
# As in bench-build.sh: one untimed build makes Java's cache for this jar if it has none.
rm -rf "$out"
"${JAVA:-java}" -Xmx"$heap" -jar target/gazette.jar build --source "$corpus" --out "$out" --now "$now" \
  --analytics analytics/access.log > /dev/null || { echo "the untimed Gazette build failed" >&2; exit 1; }
for _ in $(seq "$runs"); do
  timed hugo "$hugo" --quiet --source scripts/hugo-site --contentDir "$corpus/content/articles" \
    --destination "$out" --cacheDir "$work/hugo-cache"
  timed gazette "${JAVA:-java}" -Xmx"$heap" -jar target/gazette.jar build --source "$corpus" --out "$out" \
    --now "$now" --analytics analytics/access.log
done
rm -rf "$out" "$work/hugo-cache"
for label in hugo gazette; do
  printf 'median %-8s %s s\n' "$label" \
    "$(printf '%s\n' ${walls[$label]} | sort -n | awk -v m=$(( (runs + 1) / 2 )) 'NR == m')"
done
