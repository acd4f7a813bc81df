#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer + AddressSanitizer) of three targets, one after the other:
#   csv         the CSV reader, decoding and the cell parsers
#   normaliser  a whole file through reader, row normaliser and dataset builder (shipped taxonomy)
#   taxonomie   one file of the shipped taxonomy replaced by the input, then the taxonomy loader
# FUZZ_SECONDS sets the time per target (default 60; `FUZZ_SECONDS=150 make fuzz` is ten minutes in all),
# FUZZ_DOELEN picks targets (default "csv normaliser taxonomie", then the xlsx reader as a binary of its own). A run ends with an error on a crash, a hang
# (-timeout, 10 s per input) or a leak/oversized allocation (-rss_limit_mb, -malloc_limit_mb); the failing input
# lands in fuzz-out/<target>/ and belongs in a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
core=Sources/RegioscanCore
out=fuzz-out
build="$out/build"
mkdir -p "$build"

# Yams (and its C library) as a separate module, since the sources under test `import Yams`.
[ -d .build/checkouts/Yams ] || swift package resolve
yams=.build/checkouts/Yams/Sources
if [ ! -f "$build/libYams.a" ]; then
  for source in "$yams"/CYaml/src/*.c; do
    clang -c -O1 -fPIC -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" \
      "$source" -o "$build/$(basename "$source" .c).o"
  done
  (cd "$build" && swiftc -O -sanitize=fuzzer,address -parse-as-library -emit-library -static -emit-module \
    -module-name Yams -D SWIFT_PACKAGE -Xcc -DYAML_DECLARE_STATIC -I "../../$yams/CYaml/include" ../../"$yams"/Yams/*.swift)
fi

sources=(
  "$core"/Ingest/*.swift "$core"/Diagnostics/*.swift "$core"/Support/*.swift "$core"/Normalise/*.swift
  "$core"/Taxonomy/*.swift "$core"/Dataset/*.swift "$core"/Render/Text/String+Escaping.swift
  "$core"/Pipeline/BackgroundJob.swift "$core"/Ingest/XLSX/CellReference.swift Fuzz/*.swift
)
# jemalloc's statistics are for the program's stage timings, not for the fuzzed code (which runs on ASan's malloc).
sources=($(printf '%s\n' "${sources[@]}" | grep -v '/Support/MemoryAllocator\.swift$'))
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RegioscanFuzz -I "$build" \
  -Xcc -DYAML_DECLARE_STATIC -Xcc -I -Xcc "$yams/CYaml/include" \
  "${sources[@]}" "$build"/*.o "$build/libYams.a" -o "$out/fuzz-regioscan"

for target in ${FUZZ_DOELEN:-csv normaliser taxonomie}; do
  [ "$target" = xlsx ] && continue
  corpus="$out/$target/corpus"
  mkdir -p "$corpus"
  case "$target" in
    csv|normaliser) cp Input/2023/*.csv "$corpus/" 2>/dev/null || true ;;
    taxonomie)
      index=0
      for file in $(ls Input/taxonomie/*.yaml | sort); do
        { printf "\\$(printf '%03o' "$index")"; cat "$file"; } > "$corpus/$(basename "$file")"
        index=$((index + 1))
      done ;;
  esac
  echo "fuzz: $target, ${FUZZ_SECONDS:-60} s"
  FUZZ_ZIEL="$target" SWIFT_BACKTRACE=enable=no "$out/fuzz-regioscan" -max_total_time="${FUZZ_SECONDS:-60}" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 \
    -artifact_prefix="$out/$target/" "$corpus"
done

# The workbook (.xlsx) reader: ZIPFoundation compiled into the same module, and libxml2.
if [ -z "${FUZZ_DOELEN:-}" ] || [[ " $FUZZ_DOELEN " == *" xlsx "* ]]; then
  mkdir -p "$out/xlsx/corpus"
  cp Input/2023/*.xlsx Tests/RegioscanCoreTests/Fixtures/xlsx/*.xlsx "$out/xlsx/corpus/" 2>/dev/null || true
  [ -d .build/checkouts/ZIPFoundation ] || swift package resolve
  zip=.build/checkouts/ZIPFoundation/Sources
  support=($(ls "$core"/Support/*.swift | grep -v '/Support/MemoryAllocator\.swift$'))
  # Compressed parts are inflated with ISA-L (zip_inflate.c), through the CZipLevel module.
  mkdir -p "$build/CZipLevel"
  printf 'module CZipLevel {\n  header "%s"\n  export *\n}\n' "$PWD/Sources/CZipLevel/include/CZipLevel.h" \
    > "$build/CZipLevel/module.modulemap"
  clang -c -O1 -fsanitize=fuzzer-no-link,address -I Sources/CZipLevel/include Sources/CZipLevel/zip_inflate.c \
    -o "$build/CZipLevel/zip_inflate.o"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RegioscanFuzzXLSX \
    "$core"/Ingest/*.swift "$core"/Ingest/XLSX/*.swift "$core"/Diagnostics/*.swift "${support[@]}" \
    "$core"/Normalise/ReachParser.swift "$core"/Normalise/ReachValue.swift "$core"/Normalise/BooleanParser.swift \
    "$core"/Normalise/MultiValueSplitter.swift "$core"/Normalise/Messages+Normalise.swift "$core"/Normalise/Column.swift \
    "$core"/Taxonomy/DimensionID.swift "$core"/Taxonomy/OpenVocabularyID.swift "$core"/Render/Text/String+Escaping.swift \
    "$zip"/ZIPFoundation/*.swift -I "$zip"/CZLib -Xcc -D_GNU_SOURCE=1 -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 \
    -I "$build/CZipLevel" "$build/CZipLevel/zip_inflate.o" -lisal \
    -lxml2 -lz Fuzz/xlsx/FuzzXLSX.swift -o "$out/fuzz-xlsx"
  echo "fuzz: xlsx, ${FUZZ_SECONDS:-60} s"
  # ZIPFoundation leaks 57 bytes per opened archive (FileManager.fileSystemRepresentation is never freed).
  ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$out/fuzz-xlsx" -max_total_time="${FUZZ_SECONDS:-60}" \
    -max_len=262144 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -artifact_prefix="$out/xlsx/" "$out/xlsx/corpus"
fi
