#!/usr/bin/env bash
# Benchmark of full builds (not a test). Generates a newsroom of N articles with
# ../shared/bench/gen_corpus.py (cached), builds the jar, then runs RUNS full builds of the site
# with the generator's build clock and readership log (cold caches), a full build with only the
# picture cache kept, a full build into an empty
# output folder with warm caches, a rebuild with no changes, rebuilds after editing one article
# and then another, and `gazette rank` with nothing new, then an hour later (new rankings), and the
# build after it.
#   [JAVA=path/to/java] [TOUCH_MEMORY=1] scripts/bench-build.sh [ARTICLES=10000] [RUNS=3] [HEAP=2g]
# Reports, per run: wall time, CPU time, peak RSS (from /usr/bin/time), pages, pages/s, and the
# stage split Gazette prints; then the median wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; runs=${2:-3}; heap=${3:-2g}
work=${BENCH_DIR:-/tmp/gazette-bench}
source scripts/bench-corpus.sh
bench_check "$runs"
bench_corpus "$articles" "$work"
[ -f target/gazette.jar ] && [ -z "${REBUILD_JAR:-}" ] || mvn -q -B package -DskipTests -DskipSiteBuild=true
# TOUCH_MEMORY=1: before any build, write and delete a file of nine tenths of the available memory
# in /dev/shm (at most what /dev/shm has room for: tmpfs is often limited to half the memory). On a
# virtual machine the host backs guest memory on its first use: on this project's VM, writing 3 GB
# into tmpfs took 6.1 s of kernel time in memory never used since boot and 1.2 s once it had been,
# and a cold 100,000-article build spent 17-18 CPU-s in the kernel against 8.
# Without it, a benchmark on a freshly booted VM measures that first use along with Gazette.
if [ -n "${TOUCH_MEMORY:-}" ]; then
  [ -d /dev/shm ] || { echo "TOUCH_MEMORY needs /dev/shm" >&2; exit 2; }
  touch_mb=$(awk '/^MemAvailable:/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
  room_mb=$(df -Pm /dev/shm | awk 'NR == 2 {print int($4 * 0.95)}')
  if [ "$room_mb" -lt "$touch_mb" ]; then touch_mb=$room_mb; fi
  touch_start=$(date +%s.%N)
  dd if=/dev/zero of=/dev/shm/gazette-touch bs=1M count="$touch_mb" status=none \
    || echo "writing to /dev/shm stopped early: fewer MB touched than below" >&2
  touched_mb=$(( $(stat -c %s /dev/shm/gazette-touch 2>/dev/null || echo 0) / 1048576 ))
  rm -f /dev/shm/gazette-touch
  echo "touched $touched_mb MB of memory in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $touch_start}") s"
fi
out="$work/site-$articles"
rm -rf "$out" "$work"/.site-"$articles".gazette-*
walls=()
# One full build of the corpus into $out (an array, so that /usr/bin/time can run it).
gazette_build=("${JAVA:-java}" -Xmx"$heap" -jar target/gazette.jar build --source "$corpus" --out "$out" --now "$now"
               --analytics analytics/access.log)
# run LABEL [COMMAND...]: times one command (the build above unless given), prints its figures.
run() {
  local label=$1
  shift
  local command=("$@")
  [ ${#command[@]} -gt 0 ] || command=("${gazette_build[@]}")
  local log="$work/run.log"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "${command[@]}" > "$log"
  read -r wall user sys rss < "$work/time.txt"
  pages=$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$log")
  # gazette rank: "pages: 10,001 rendered, 7,664 unchanged"
  [ -n "$pages" ] || pages=$(sed -n 's/^pages: \([0-9,]*\) rendered, \([0-9,]*\) unchanged$/\1 \2/p' "$log" | tr -d , | awk '{print $1 + $2}')
  pages=${pages:-0}
  files=$(sed -n 's/^Built [0-9]* pages (\([0-9]*\) files).*/\1/p' "$log"); files=${files:-0}
  printf '%-10s wall %6.2f s  cpu %6.2f s  peak RSS %5d MB  %d pages (%d files)  %6.0f pages/s\n' \
    "$label" "$wall" "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024)) "$pages" "$files" "$(awk "BEGIN{print $pages / $wall}")"
  { grep -E '  time:|^pages:' "$log" || true; } | sed 's/^ */           /'
  walls+=("$wall")
}
# The first build of a new jar records Java's cache (the AOT cache on Java 25, else a class-data
# archive; seconds more, once): made here, untimed, so that every timed build starts from it as an
# editor's builds do.
echo "one untimed build first, which makes Java's cache if this jar has none"
"${gazette_build[@]}" > /dev/null || { echo "the untimed build failed" >&2; exit 1; }
for i in $(seq "$runs"); do
  rm -rf "$out" "$corpus/.gazette-cache"
  run "full $i"
done
# Only the picture cache kept (as Hugo keeps its processed images in resources/_gen between builds):
# every article parsed, every page rendered and written, no picture processed.
rm -rf "$out" "$corpus/.gazette-cache/articles.bin"
run "pics kept"
# Caches warm (parsed articles, pictures), output folder empty: every page rendered and written.
rm -rf "$out"
run "full warm"
run "no change"
# One article edited: the article cache serves the other articles. The site was built into an empty
# folder, which records no pages (.gazette-pages), so every page is rendered again, and recorded.
# (awk reads to the end: with pipefail, a reader that stops early would fail the script)
articles_found=$(find "$corpus/content/articles/" -name '*.md' | LC_ALL=C sort)
article=$(awk 'NR == 1' <<< "$articles_found")
cp "$article" "$work/edited.bak"
printf '\nOne more sentence for the benchmark.\n' >> "$article"
run "one edit"
# Another article edited: now only the pages whose inputs changed are rendered, the others kept.
second=$(awk 'NR == 2' <<< "$articles_found")
cp "$second" "$work/edited2.bak"
printf '\nOne more sentence for the benchmark.\n' >> "$second"
run "next edit"
# gazette rank over that site: with nothing new it renders no page; an hour later the rankings
# change and it renders the pages that show them; the build after it keeps every page.
later=$(date -u -d "@$(( $(date -u -d "$now" +%s) + 3600 ))" +%Y-%m-%dT%H:%M:%SZ)
gazette_rank=("${JAVA:-java}" -Xmx"$heap" -jar target/gazette.jar rank --source "$corpus" --out "$out"
              --analytics analytics/access.log --now)
run "rank same" "${gazette_rank[@]}" "$now"
run "rank later" "${gazette_rank[@]}" "$later"
gazette_build[${#gazette_build[@]} - 3]=$later # the build's --now
run "after rank"
cp "$work/edited.bak" "$article"
cp "$work/edited2.bak" "$second"
printf 'median full build: %s s (%s articles, -Xmx%s, %s cores)\n' \
  "$(printf '%s\n' "${walls[@]:0:$runs}" | sort -n | awk -v m=$(( (runs + 1) / 2 )) 'NR == m')" "$articles" "$heap" "$(nproc)"
