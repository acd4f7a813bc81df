#!/usr/bin/env python3
"""Browser test of ecosysteemkaart.html in headless Chromium through WebDriver (Selenium).

Checks, on a written year folder (default Output/2023):
  - filters (a province, a bottleneck group, a search word) give the counts of tabellen/*.csv;
  - a shared link (URL fragment) reopens the same filters, and a changed fragment (hashchange) is followed;
  - "Exporteer selectie" downloads a CSV for Dutch Excel (BOM, ';', one row per matching activity, OWASP-safe);
  - no request leaves the page (Chrome's performance log: only the file itself, blob: and data: URLs);
  - filtering 10,000 generated activities answers within 100 ms (MAP_TEST_GROOT=1: also opens 100,000).

Needs Debian's chromium and chromium-driver and Selenium from PyPI; missing ones are installed.
Usage: scripts/map_test.py [Output/2023] [--regioscan .build/release/regioscan]
"""
import argparse
import csv
import glob
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse

DRIVER = "/usr/bin/chromedriver"
LIMIT_MS = 100.0


def ensure_tools():
    missing = [p for p, path in (("chromium", "/usr/bin/chromium"), ("chromium-driver", DRIVER)) if not os.path.exists(path)]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq"] + missing, check=True)
    try:
        import selenium  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "selenium"], check=True)


def browser(downloads):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)
    print("   ok:", message)


def table(folder, name):
    with open(os.path.join(folder, "tabellen", name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def value(rows, province, category, series=""):
    for row in rows:
        if row["provincie"] == province and row["categorie"] == category and row["reeks"] == series:
            return int(float(row["waarde"]))
    raise Failure(f"geen rij {province}/{series}/{category}")


def page_data(driver):
    return json.loads(driver.execute_script("return document.getElementById('kaart-data').textContent"))


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def status_counts(driver):
    return (int(driver.find_element("id", "aantal-activiteiten").text.replace(".", "")),
            int(driver.find_element("id", "aantal-initiatieven").text.replace(".", "")))


def checkbox(driver, facet, label):
    for item in driver.find_elements("css selector", f"#facet-{facet} li"):
        if item.find_element("css selector", ".waarde").get_attribute("textContent") == label:
            return item.find_element("css selector", "input")
    raise Failure(f"geen waarde {label} in facet {facet}")


def facet_count(driver, facet, label):
    for item in driver.find_elements("css selector", f"#facet-{facet} li"):
        if item.find_element("css selector", ".waarde").get_attribute("textContent") == label:
            return int(item.find_element("css selector", ".aantal").get_attribute("textContent").replace(".", ""))
    raise Failure(f"geen waarde {label} in facet {facet}")


def open_facet(driver, facet):
    driver.execute_script(f"document.getElementById('facet-{facet}').open = true")


def click(driver, element):
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def requests_leaving(driver, page_url):
    """URLs the page requested other than itself, blob: and data: (from the DevTools Network events)."""
    bad = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        if url.split("#")[0] == page_url or url.startswith(("blob:", "data:")):
            continue
        bad.append(url)
    return bad


def expected_count(data, province=None, group=None, word=None):
    """The number of activities for a filter, computed here from the embedded data, independently of the page."""
    facets = [f for f in data["facetten"] if not f.get("aanbieder")]
    position = {f["sleutel"]: 8 + i for i, f in enumerate(facets)}
    labels = {f["sleutel"]: f.get("waarden") or [] for f in facets}
    count = 0
    for row in data["activiteiten"]:
        def values(key):
            v = row[position[key]]
            return v if isinstance(v, list) else [v]
        if province and labels["provincie"].index(province) not in values("provincie"):
            continue
        if group and labels["knelpuntgroep"].index(group) not in values("knelpuntgroep"):
            continue
        if word:
            text = fold(data["initiatieven"][row[0]][1] + "\n" + data["s"][row[1]] + "\n" + data["s"][row[2]])
            if fold(word) not in text:
                continue
        count += 1
    return count


def check_sample(driver, folder, downloads):
    path = os.path.realpath(os.path.join(folder, "ecosysteemkaart.html"))
    url = "file://" + path
    key = table(folder, "kerncijfers.csv")
    per_type = table(folder, "figuur-06.csv")
    per_bottleneck = table(folder, "figuur-15.csv")
    driver.get(url)
    data = page_data(driver)

    print("== Geen filters: de kerncijfers")
    expect(len(data["activiteiten"]) == value(key, "Nederland", "activiteiten"), "activiteiten in de kaart = kerncijfers")
    expect(status_counts(driver) == (value(key, "Nederland", "activiteiten"), value(key, "Nederland", "initiatieven")),
           "samenvatting zonder filters = kerncijfers Nederland")

    province = "Utrecht"
    print(f"== Filter: provincie {province}")
    click(driver, checkbox(driver, "provincie", province))
    expect(status_counts(driver) == (value(key, province, "activiteiten"), value(key, province, "initiatieven")),
           f"{province}: activiteiten en initiatieven = kerncijfers")
    types = [r["categorie"] for r in per_type if r["provincie"] == province]
    expect(all(facet_count(driver, "type", t) == value(per_type, province, t) for t in types),
           f"{province}: telling per type activiteit = figuur-06")
    merged_groups = [r["categorie"] for r in per_bottleneck if r["provincie"] == province]
    group_labels = [e.get_attribute("textContent") for e in driver.find_elements("css selector", "#facet-knelpuntgroep .waarde")]
    shared = [g for g in merged_groups if g in group_labels]
    expect(len(shared) >= 2 and all(facet_count(driver, "knelpuntgroep", g) == value(per_bottleneck, province, g) for g in shared),
           f"{province}: telling per knelpuntgroep = figuur-15 ({', '.join(shared)})")

    group = "Niet weten"
    print(f"== Filter: knelpuntgroep {group}")
    click(driver, checkbox(driver, "knelpuntgroep", group))
    activities, _ = status_counts(driver)
    expect(activities == value(per_bottleneck, province, group), f"{province} + {group} = figuur-15")
    expect(facet_count(driver, "provincie", province) == activities, "facet provincie telt onder de andere filters")
    expect(facet_count(driver, "provincie", "Zeeland") == expected_count(data, "Zeeland", group),
           "facet provincie: Zeeland onder de knelpuntgroep alleen")

    print("== Zoekwoord")
    word = next(w for w in ("data", "digitaal", "mkb") if expected_count(data, province, group, w) > 0)
    search = driver.find_element("id", "zoekterm")
    search.send_keys(word)
    activities, _ = status_counts(driver)
    expect(activities == expected_count(data, province, group, word) and activities > 0,
           f"zoekwoord \"{word}\": {activities} activiteiten, zoals uit de gegevens berekend")
    status = driver.find_element("id", "status")
    expect(status.get_attribute("aria-live") == "polite" and str(activities) in status.text, "aria-live-status noemt het aantal")

    print("== Gedeelde link")
    time.sleep(0.5)  # the page writes the fragment shortly after the last change
    shared_url = driver.current_url
    expect("#" in shared_url and "provincie=Utrecht" in shared_url, f"filters staan in de URL: {shared_url.split('#')[1]}")
    driver.get("about:blank")
    driver.get(shared_url)
    expect(status_counts(driver)[0] == activities, "de link geeft hetzelfde aantal activiteiten")
    expect(checkbox(driver, "provincie", province).is_selected() and checkbox(driver, "knelpuntgroep", group).is_selected(),
           "provincie en knelpuntgroep zijn weer aangevinkt")
    expect(driver.find_element("id", "zoekterm").get_attribute("value") == word, "het zoekwoord staat weer in het zoekvak")
    driver.execute_script("location.hash = '#provincie=' + encodeURIComponent('Zeeland')")
    time.sleep(0.2)
    expect(status_counts(driver) == (value(key, "Zeeland", "activiteiten"), value(key, "Zeeland", "initiatieven")),
           "een nieuwe URL-fragment (hashchange) toont Zeeland")
    expect(not checkbox(driver, "provincie", province).is_selected(), "de oude filters zijn weg")

    print("== Exporteer selectie")
    for old in glob.glob(os.path.join(downloads, "*")):
        os.remove(old)
    click(driver, driver.find_element("id", "exporteer"))
    deadline = time.time() + 10
    files = []
    while time.time() < deadline:
        files = [f for f in glob.glob(os.path.join(downloads, "*.csv"))]
        if files:
            break
        time.sleep(0.1)
    expect(len(files) == 1, f"een CSV gedownload: {[os.path.basename(f) for f in files]}")
    raw = open(files[0], "rb").read()
    expect(raw.startswith(b"\xef\xbb\xbf"), "CSV begint met de UTF-8-BOM")
    text = raw[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    expect(len(rows[0]) > 10 and rows[0][0] == "initiatief_id", "kopregel met ';' als scheidingsteken")
    expect(len(rows) - 1 == value(key, "Zeeland", "activiteiten"), f"{len(rows) - 1} rijen = activiteiten van Zeeland")
    expect(all(not cell or cell[0] not in "=+-@\t\r" for row in rows for cell in row), "geen cel begint met = + - @")
    expect(all(len(row) == len(rows[0]) for row in rows), "elke rij even veel kolommen")

    print("== Geen verzoek buiten de pagina")
    leaving = requests_leaving(driver, url)
    expect(not leaving, f"geen netwerkverzoeken buiten het bestand {leaving[:3]}")
    html = open(path, encoding="utf-8").read()
    expect("Content-Security-Policy" in html and "default-src 'none'" in html, "CSP verbiedt elk verzoek")
    logs = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    expect(not logs, f"geen fouten in de console {logs[:2]}")


def timed_filters(driver):
    """Milliseconds for a few filter changes, each measured from the click to the updated layout."""
    script = """
      const box = arguments[0];
      const start = performance.now();
      box.click();
      document.body.offsetHeight;
      return performance.now() - start;"""
    times = {}
    for facet in ("provincie", "type", "knelpuntgroep", "sector"):
        open_facet(driver, facet)
        box = driver.find_elements("css selector", f"#facet-{facet} input[type=checkbox]")[1]
        runs = [driver.execute_script(script, box) for _ in range(6)]
        times[facet] = statistics.median(runs)
    search = """
      const field = document.getElementById('zoekterm');
      const start = performance.now();
      field.value = arguments[0];
      field.dispatchEvent(new Event('input'));
      document.body.offsetHeight;
      return performance.now() - start;"""
    times["zoeken"] = statistics.median([driver.execute_script(search, w) for w in ("data", "", "digitaal", "", "mkb", "")])
    return times


def run(command):
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        raise Failure(f"{' '.join(command)} faalde:\n{done.stdout[-2000:]}")


def generated(regioscan, size, work):
    root = os.path.join(work, f"invoer-{size}")
    os.makedirs(root)
    shutil.copytree("Input/taxonomie", os.path.join(root, "taxonomie"))
    run([regioscan, "voorbeelddata", "--zaad", "1", "--activiteiten", str(size), "--uitvoer", os.path.join(root, "2023")])
    out = os.path.join(work, f"uitvoer-{size}")
    run([regioscan, "rapport", "--invoer", root, "--jaar", "2023", "--uitvoer", out, "--stil"])
    return os.path.join(out, "2023")


def check_large(driver, regioscan, work):
    print("== 10.000 activiteiten: filtertijd")
    folder = generated(regioscan, 10000, work)
    driver.get("file://" + os.path.realpath(os.path.join(folder, "ecosysteemkaart.html")))
    expect(driver.execute_script("return window.ecosysteemkaart.activities") == 10000, "de kaart bevat 10.000 activiteiten")
    times = timed_filters(driver)
    for name, ms in times.items():
        print(f"   {name}: {ms:.1f} ms (mediaan)")
    expect(max(times.values()) < LIMIT_MS, f"elke filterstap binnen {LIMIT_MS:.0f} ms")
    if os.environ.get("MAP_TEST_GROOT") == "1":
        print("== 100.000 activiteiten: bestand opent")
        folder = generated(regioscan, 100000, work)
        size = os.path.getsize(os.path.join(folder, "ecosysteemkaart.html"))
        driver.set_page_load_timeout(120)
        driver.get("file://" + os.path.realpath(os.path.join(folder, "ecosysteemkaart.html")))
        expect(driver.execute_script("return window.ecosysteemkaart.activities") == 100000,
               f"de kaart met 100.000 activiteiten opent ({size / 1e6:.1f} MB)")
        print(f"   filterstap: {timed_filters(driver)['provincie']:.0f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="Output/2023")
    parser.add_argument("--regioscan", default=".build/release/regioscan")
    parser.add_argument("--zonder-groot", action="store_true", help="sla de meting op 10.000 activiteiten over")
    arguments = parser.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ensure_tools()
    work = tempfile.mkdtemp(prefix="kaarttest-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    driver = browser(downloads)
    try:
        check_sample(driver, arguments.folder, downloads)
        if not arguments.zonder_groot:
            check_large(driver, arguments.regioscan, work)
    except Failure as failure:
        print("MISLUKT:", failure, file=sys.stderr)
        return 1
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print("Ecosysteemkaart: alle browsertests geslaagd.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
