# Sourced by the build benchmarks: the generated newsroom they build, made once per size, and the
# checks they make first.
#   bench_corpus ARTICLES WORK  sets $corpus (WORK/nARTICLES, generated with ../shared/bench/gen_corpus.py
#   --seed 42 when missing) and $now (the generator's build clock, from its manifest).
bench_corpus() {
  corpus="$2/n$1"
  mkdir -p "$2"
  if [ ! -f "$corpus/manifest.json" ]; then
    echo "generating $1 articles into $corpus …"
    python3 ../shared/bench/gen_corpus.py --n "$1" --seed 42 --out "$corpus" >/dev/null
  fi
  now=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["now"])' "$corpus/manifest.json")
}

# Stops a build benchmark that cannot give figures, before any build: RUNS under 1 (no timed build),
# or no GNU time at /usr/bin/time (it reports each build's CPU time and peak memory).
#   bench_check RUNS
bench_check() {
  [[ "$1" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a whole number from 1 (got '$1')" >&2; exit 2; }
  /usr/bin/time -f %e true > /dev/null 2>&1 \
    || { echo "no GNU time at /usr/bin/time (BSD's takes no -f): install it (Debian: apt-get install time)" >&2; exit 2; }
}
