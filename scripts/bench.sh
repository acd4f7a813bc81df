#!/usr/bin/env bash
# Benchmarks of whole runs, on the release build:
#   - the shipped sample (582 activities): the "about a second" of a data fix;
#   - generated input of 100,000 activities (and 1,000,000 with BENCH_GROOT=1);
#   - the 100,000 activities as .xlsx workbooks (when LibreOffice is installed), against the same CSV.
# Uses hyperfine when it is installed (apt install hyperfine), else a few timed runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/regioscan
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sizes=(100000)
[ "${BENCH_GROOT:-0}" = "1" ] && sizes+=(1000000)

measure() {  # name, command...
  local name="$1"; shift
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs "${RUNS:-5}" --style basic -n "$name" "$*"
  else
    echo "== $name"
    for run in 1 2 3; do
      /usr/bin/time -f "   run $run: %e s, %M kB" bash -c "$* >/dev/null 2>&1"
    done
  fi
}

measure "valideer: voorbeelddata (582 activiteiten)" "$bin valideer --invoer Input"
measure "rapport: voorbeelddata (582 activiteiten)" "$bin rapport --invoer Input --uitvoer $work/uit --stil"

for size in "${sizes[@]}"; do
  input="$work/invoer-$size"
  mkdir -p "$input"
  cp -r Input/taxonomie "$input/"
  echo "== voorbeelddata genereren: $size activiteiten"
  /usr/bin/time -f "   %e s, %M kB" "$bin" voorbeelddata --zaad 1 --activiteiten "$size" --uitvoer "$input/2023" >/dev/null
  RUNS=3 measure "valideer: $size activiteiten" "$bin valideer --invoer $input"
  RUNS=1 measure "rapport: $size activiteiten" "$bin rapport --invoer $input --uitvoer $work/uit-$size --stil"
  # The same data as Excel workbooks (LibreOffice's conversion): reading costs at most twice the CSV.
  if command -v soffice >/dev/null 2>&1 && [ "$size" -le 100000 ]; then
    books="$work/werkboeken-$size"
    mkdir -p "$books"
    cp -r Input/taxonomie "$books/"
    echo "== werkboeken maken (LibreOffice): $size activiteiten"
    scripts/csv-to-xlsx.sh "$input/2023" "$books/2023"
    RUNS=3 measure "valideer: $size activiteiten als .xlsx" "$bin valideer --invoer $books"
  fi
done
