#!/usr/bin/env bash
# Benchmarks of whole runs on the release build: `regioscan rapport` on the shipped sample (582 activities) and on
# generated input of 100,000 activities (and 1,000,000 with BENCH_GROOT=1). Per size: wall time, CPU time (user +
# system) and peak memory of the whole run (/usr/bin/time), and the wall time and most memory allocated per stage
# (REGIOSCAN_TIJDEN=1).
#
# The results go to Benchmarks/laatste.tsv and are compared with Benchmarks/baseline.tsv; BENCH_BASELINE=1 makes
# this run the new baseline. RUNS sets the runs per size (default 3 for the sample, 1 for the large sizes); the
# median run counts. BENCH_BIN picks another binary (to measure an older build against the same baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${BENCH_BIN:-.build/release/regioscan}"
baseline=Benchmarks/baseline.tsv
latest=Benchmarks/laatste.tsv
time_cmd=/usr/bin/time
[ -x "$time_cmd" ] || { echo "Niet gevonden: $time_cmd (installeer het pakket 'time', of: make bench)." >&2; exit 1; }
[ -x "$bin" ] || { echo "Niet gevonden: $bin (make build)." >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sizes=(100000)
[ "${BENCH_GROOT:-0}" = "1" ] && sizes+=(1000000)

results="$work/results.tsv"
: > "$results"
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; }

# One size: runs `rapport` RUNS times, keeps the run with the median wall time, records its numbers.
bench_size() {  # label, input folder, runs
  local label="$1" input="$2" runs="$3" run
  # Each size starts without earlier output: its first run compares with nothing, the later runs with their own.
  rm -rf "$work/uit"
  for run in $(seq 1 "$runs"); do
    REGIOSCAN_TIJDEN=1 "$time_cmd" -f '%e %U %S %M' -o "$work/time-$run" \
      "$bin" rapport --invoer "$input" --jaar 2023 --uitvoer "$work/uit" --stil 2> "$work/stages-$run" > /dev/null
    echo "$(cut -d' ' -f1 "$work/time-$run") $run"
  done | sort -n | awk -v middle=$(( (runs + 1) / 2 )) 'NR == middle { print $2 }' > "$work/median"
  run="$(cat "$work/median")"
  read -r wall user system peak < "$work/time-$run"
  record "$label" wall_s "$wall"
  record "$label" cpu_s "$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"
  record "$label" piek_mb "$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')"
  grep -P '^tijd\t' "$work/stages-$run" | while IFS=$'\t' read -r _ stage seconds; do
    record "$label" "stap_${stage}_s" "$seconds"
  done
  # The most memory allocated during each stage of the run (jemalloc's count, without the allocator's own pages).
  grep -P '^geheugen\t' "$work/stages-$run" | while IFS=$'\t' read -r _ stage allocated _; do
    record "$label" "geheugen_${stage}_mb" "$allocated"
  done
  echo "  $label: ${wall} s wall, $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') s cpu, $(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }') MB piek" >&2
}

echo "== rapport: voorbeelddata (582 activiteiten)" >&2
bench_size voorbeeld Input "${RUNS:-3}"

for size in "${sizes[@]}"; do
  input="$work/invoer-$size"
  mkdir -p "$input"
  cp -r Input/taxonomie "$input/"
  echo "== voorbeelddata genereren: $size activiteiten" >&2
  "$time_cmd" -f '%e' -o "$work/generate" "$bin" voorbeelddata --zaad 1 --activiteiten "$size" --uitvoer "$input/2023" > /dev/null
  record "n$size" genereren_s "$(cat "$work/generate")"
  echo "== rapport: $size activiteiten" >&2
  bench_size "n$size" "$input" "${RUNS:-1}"
  # The same data as Excel workbooks (LibreOffice's conversion): reading costs at most twice the CSV.
  if command -v soffice >/dev/null 2>&1 && [ "$size" -le 100000 ]; then
    books="$work/werkboeken-$size"
    mkdir -p "$books"
    cp -r Input/taxonomie "$books/"
    echo "== werkboeken maken (LibreOffice): $size activiteiten" >&2
    scripts/csv-to-xlsx.sh "$input/2023" "$books/2023"
    for kind in csv xlsx; do
      folder="$input"; [ "$kind" = xlsx ] && folder="$books"
      "$time_cmd" -f '%e' -o "$work/read-$kind" "$bin" valideer --invoer "$folder" --jaar 2023 > /dev/null 2>&1 || true
      record "n$size" "valideer_${kind}_s" "$(cat "$work/read-$kind")"
    done
    echo "  valideer: $(cat "$work/read-csv") s als CSV, $(cat "$work/read-xlsx") s als .xlsx" >&2
    rm -rf "$books"
  fi
  rm -rf "$input" "$work/uit"
done

mkdir -p Benchmarks
{ printf 'grootte\tmaat\twaarde\n'; cat "$results"; } > "$latest"
if [ "${BENCH_BASELINE:-0}" = "1" ] || [ ! -f "$baseline" ]; then
  cp "$latest" "$baseline"
  echo "Basislijn geschreven: $baseline" >&2
fi

# The change against the baseline, per size and measure (a measure missing on either side shows as "-").
awk -F'\t' '
  NR == FNR { if (FNR > 1) base[$1 "\t" $2] = $3; next }
  FNR == 1 { printf "%-10s %-22s %10s %10s %9s\n", "grootte", "maat", "basislijn", "nu", "verschil"; next }
  {
    key = $1 "\t" $2; old = (key in base) ? base[key] : "-"
    change = (old == "-" || old + 0 == 0) ? "-" : sprintf("%+.0f%%", ($3 - old) / old * 100)
    printf "%-10s %-22s %10s %10s %9s\n", $1, $2, old, $3, change
  }' "$baseline" "$latest"
