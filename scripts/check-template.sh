#!/usr/bin/env bash
# The scan template as a province meets it: written by `regioscan sjabloon` (neutral and for one province),
# opened and converted by LibreOffice headless (which fails on a file that needs repair), and read back by
# openpyxl with warnings as errors. Called by scripts/check.sh; needs soffice and openpyxl.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/regioscan}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== Sjabloon: schrijven, openen in LibreOffice en inlezen"
"$bin" sjabloon --uitvoer "$work/sjablonen" >/dev/null
"$bin" sjabloon --provincie Fryslân --uitvoer "$work/sjablonen" >/dev/null
expected="provincie,initiatief_id,initiatief,activiteit,type_activiteit"
for book in "$work"/sjablonen/*.xlsx; do
  soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
    --convert-to csv --outdir "$work/csv" "$book" >/dev/null 2>&1
  converted="$work/csv/$(basename "${book%.xlsx}").csv"
  if [ ! -s "$converted" ] || ! head -1 "$converted" | grep -q "^$expected"; then
    echo "LibreOffice kon $(basename "$book") niet (goed) openen" >&2; exit 1
  fi
  echo "   $(basename "$book") geopend; kopregel klopt"
done
python3 - "$work/sjablonen" <<'PY'
import glob, sys, warnings
import openpyxl
warnings.simplefilter("error")
for path in sorted(glob.glob(sys.argv[1] + "/*.xlsx")):
    book = openpyxl.load_workbook(path)
    sheet = book["Activiteiten"]
    assert book.sheetnames == ["Activiteiten", "Toelichting", "Lijsten"], book.sheetnames
    assert len(sheet.data_validations.dataValidation) == sheet.max_column, "elke kolom een validatie"
    print(f"   {path.split('/')[-1]}: {len(sheet.data_validations.dataValidation)} validaties")
PY
