# Sourced by the build benchmarks: the generated newsroom they build, made once per size.
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
