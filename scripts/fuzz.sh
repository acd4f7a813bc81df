#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer) of the CSV reader, decoding and cell parsers, and of the workbook
# (.xlsx) reader. FUZZ_SECONDS sets the duration of each (default 60). Crashes land in fuzz-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz-out/corpus fuzz-out/corpus-xlsx
cp Input/2023/*.csv fuzz-out/corpus/ 2>/dev/null || true
cp Input/2023/*.xlsx Tests/RegioscanCoreTests/Fixtures/xlsx/*.xlsx fuzz-out/corpus-xlsx/ 2>/dev/null || true
core=Sources/RegioscanCore
common=(
  "$core"/Ingest/*.swift "$core"/Diagnostics/*.swift "$core"/Support/*.swift
  "$core"/Normalise/ReachParser.swift "$core"/Normalise/ReachValue.swift "$core"/Normalise/BooleanParser.swift
  "$core"/Normalise/MultiValueSplitter.swift "$core"/Normalise/Messages+Normalise.swift "$core"/Normalise/Column.swift
  "$core"/Taxonomy/DimensionID.swift "$core"/Taxonomy/OpenVocabularyID.swift
  "$core"/Render/Text/String+Escaping.swift
)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RegioscanFuzz "${common[@]}" Fuzz/FuzzCSV.swift \
  -o fuzz-out/fuzz-csv
SWIFT_BACKTRACE=enable=no ./fuzz-out/fuzz-csv -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 \
  -artifact_prefix=fuzz-out/ fuzz-out/corpus

# The workbook reader needs ZIPFoundation (compiled into the same module) and libxml2.
[ -d .build/checkouts/ZIPFoundation ] || swift package resolve
zip=.build/checkouts/ZIPFoundation/Sources
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RegioscanFuzz "${common[@]}" "$core"/Ingest/XLSX/*.swift \
  "$zip"/ZIPFoundation/*.swift -I "$zip"/CZLib -Xcc -D_GNU_SOURCE=1 -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2 -lz \
  Fuzz/FuzzXLSX.swift -o fuzz-out/fuzz-xlsx
# ZIPFoundation leaks 57 bytes per opened archive (FileManager.fileSystemRepresentation is never freed).
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no ./fuzz-out/fuzz-xlsx -max_total_time="${FUZZ_SECONDS:-60}" -max_len=262144 -rss_limit_mb=4096 -detect_leaks=0 \
  -artifact_prefix=fuzz-out/xlsx- fuzz-out/corpus-xlsx
