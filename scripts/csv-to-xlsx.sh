#!/usr/bin/env bash
# Converts every CSV of a year folder to .xlsx with LibreOffice headless, as a province would by opening the CSV in
# a spreadsheet and saving it as a workbook: delimiter and encoding as the file has them, numbers become numbers.
# Usage: scripts/csv-to-xlsx.sh <from-year-folder> <to-year-folder>   (copies instellingen.yaml along)
set -euo pipefail
from="$1"; to="$2"
mkdir -p "$to"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
[ -f "$from/instellingen.yaml" ] && cp "$from/instellingen.yaml" "$to/"
for file in "$from"/*.csv; do
  header="$(head -1 "$file")"; first=1
  case "$header" in sep=*) first=2; header="$(sed -n 2p "$file")";; esac
  semicolons=$(printf '%s' "$header" | tr -cd ';' | wc -c)
  commas=$(printf '%s' "$header" | tr -cd ',' | wc -c)
  tabs=$(printf '%s' "$header" | tr -cd '\t' | wc -c)
  delimiter=59
  [ "$commas" -gt "$semicolons" ] && delimiter=44
  [ "$tabs" -gt "$semicolons" ] && [ "$tabs" -gt "$commas" ] && delimiter=9
  charset=76  # UTF-8; otherwise Windows-1252 (LibreOffice code 1)
  iconv -f utf-8 -t utf-8 "$file" >/dev/null 2>&1 || charset=1
  # Tokens: delimiter, quote, charset, first line, column formats, language (Dutch, as a Dutch province opens it), quoted fields as text.
  soffice --headless --norestore -env:UserInstallation="file://$profile" \
    --infilter="CSV:$delimiter,34,$charset,$first,,1043,true,false" \
    --convert-to xlsx:"Calc MS Excel 2007 XML" "$file" --outdir "$to" >/dev/null 2>&1
done
