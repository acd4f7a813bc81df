#!/usr/bin/env bash
# Kills `regioscan rapport` with SIGKILL at random moments, many times, and checks after every kill that the
# output folder is the previous complete output or the new complete one (never missing, partial or mixed), and
# that the next run succeeds. The two outputs differ only in their workbooks (another SOURCE_DATE_EPOCH).
# Usage: scripts/killtest.sh [rounds]   (KILLTEST_RONDES, default 40; uses .build/release/regioscan)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-${KILLTEST_RONDES:-40}}"
binary="${REGIOSCAN:-.build/release/regioscan}"
input="${INVOER:-Input}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
epochs=(1700000000 1800000000)

run() { # run EPOCH OUTPUT: one complete run
  SOURCE_DATE_EPOCH="$1" "$binary" rapport --invoer "$input" --jaar 2023 --uitvoer "$2" --stil >/dev/null 2>&1
}

# wijzigingen.md compares a run with the output it replaces, so it differs between a first run and a rerun.
same() { diff -r -q -x wijzigingen.md "$1" "$2" >/dev/null 2>&1; }

echo "== Referenties"
start=$(date +%s%N)
run "${epochs[0]}" "$work/ref0"
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
run "${epochs[1]}" "$work/ref1"
if same "$work/ref0/2023" "$work/ref1/2023"; then
  echo "FOUT: de twee referenties zijn gelijk; de test kan dan geen mengsel zien" >&2; exit 1
fi
cp -a "$work/ref0" "$work/out"
echo "een run duurt ongeveer ${duration_ms} ms; $rounds keer afbreken"

for round in $(seq 1 "$rounds"); do
  epoch="${epochs[$(( round % 2 ))]}"
  # Random moment in 0..120% of a run, so that some kills land after the run is done.
  delay_ms=$(( RANDOM % (duration_ms * 12 / 10 + 1) ))
  SOURCE_DATE_EPOCH="$epoch" "$binary" rapport --invoer "$input" --jaar 2023 --uitvoer "$work/out" --stil >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $(( delay_ms / 1000 )) $(( delay_ms % 1000 )))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! { same "$work/out/2023" "$work/ref0/2023" || same "$work/out/2023" "$work/ref1/2023"; }; then
    echo "FOUT in ronde $round (na ${delay_ms} ms): de uitvoermap is niet de vorige en niet de nieuwe uitvoer" >&2
    ls -la "$work/out" >&2
    exit 1
  fi
done

echo "== Volgende run na het laatste afbreken"
run "${epochs[1]}" "$work/out"
same "$work/out/2023" "$work/ref1/2023" || { echo "FOUT: de run na het afbreken gaf andere uitvoer" >&2; exit 1; }
leftovers=$(find "$work/out" -mindepth 1 -maxdepth 1 ! -name 2023 ! -name .2023.lock)
[ -z "$leftovers" ] || { echo "FOUT: achtergebleven: $leftovers" >&2; exit 1; }
echo "OK: $rounds keer afgebroken; telkens stond de vorige of de nieuwe uitvoer er volledig"
