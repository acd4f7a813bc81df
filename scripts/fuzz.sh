#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer) of the CSV reader, decoding and cell parsers.
# FUZZ_SECONDS sets the duration (default 60). Crashes land in fuzz-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz-out/corpus
cp Input/2023/*.csv fuzz-out/corpus/ 2>/dev/null || true
core=Sources/RegioscanCore
sources=(
  "$core"/Ingest/*.swift "$core"/Diagnostics/*.swift "$core"/Support/*.swift
  "$core"/Normalise/ReachParser.swift "$core"/Normalise/ReachValue.swift "$core"/Normalise/BooleanParser.swift
  "$core"/Normalise/MultiValueSplitter.swift "$core"/Normalise/Messages+Normalise.swift "$core"/Normalise/Column.swift
  "$core"/Taxonomy/DimensionID.swift "$core"/Taxonomy/OpenVocabularyID.swift
  "$core"/Render/Text/String+Escaping.swift Fuzz/FuzzCSV.swift
)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RegioscanFuzz "${sources[@]}" -o fuzz-out/fuzz-csv
SWIFT_BACKTRACE=enable=no ./fuzz-out/fuzz-csv -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 \
  -artifact_prefix=fuzz-out/ fuzz-out/corpus
