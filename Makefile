# Regioscan — de twee opdrachten die alles doen op een nieuwe Debian-machine met alleen Swift:
#   make report   installeert wat ontbreekt, bouwt en schrijft het rapport uit de voorbeelddata
#   make test     installeert wat ontbreekt en draait alle tests
SWIFT ?= swift
INVOER ?= Input
UITVOER ?= Output
APT_PACKAGES = pkg-config libjemalloc-dev libxlsxwriter-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev libxml2-dev libisal-dev
RELEASE_BIN = .build/release/regioscan

.PHONY: deps build report pdf validate test sample check bench fuzz clean

## Installeert de systeembibliotheken die ontbreken (via apt, met sudo als u geen root bent).
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "Ontbrekende pakketten:$$missing — installeer ze met de pakketbeheerder van dit systeem." >&2; exit 1; \
	  fi; \
	  sudo=""; [ "$$(id -u)" -ne 0 ] && sudo="sudo"; \
	  echo "Installeren:$$missing"; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product regioscan

## Beide scanjaren: 2023 zoals gepubliceerd, 2024 met het hoofdstuk "Ontwikkeling sinds 2023".
report: build
	$(RELEASE_BIN) rapport --invoer $(INVOER) --uitvoer $(UITVOER) --jaar 2023
	$(RELEASE_BIN) rapport --invoer $(INVOER) --uitvoer $(UITVOER) --jaar 2024 --vergelijk-met 2023

## Schrijft ook rapport.pdf (A4) met headless Chromium; zonder Chromium zegt hij hoe u het installeert.
pdf: build
	$(RELEASE_BIN) rapport --invoer $(INVOER) --uitvoer $(UITVOER) --pdf

validate: build
	$(RELEASE_BIN) valideer --invoer $(INVOER) --jaar 2023
	$(RELEASE_BIN) valideer --invoer $(INVOER) --jaar 2024

test: deps
	$(SWIFT) test

## Maakt de meegeleverde voorbeelddata opnieuw (zelfde zaad, zelfde bestanden).
## Zeeland staat als werkboek in de voorbeelddata (zeeland.xlsx, dezelfde regels); de CSV gaat dan weg.
sample: build
	$(RELEASE_BIN) voorbeelddata --uitvoer $(INVOER)/2023
	if [ -f $(INVOER)/2023/zeeland.xlsx ]; then rm -f $(INVOER)/2023/zeeland.csv; fi
	$(RELEASE_BIN) voorbeelddata --jaar 2024 --uitvoer $(INVOER)/2024

## Zware controles van de uitvoer: HTML-validatie, schermafdruk in Chromium, werkboeken in LibreOffice,
## en runs die met kill -9 worden afgebroken (KILLTEST_RONDES=40 standaard).
check: report
	scripts/check.sh $(UITVOER)/2023
	scripts/killtest.sh

## Tijden van hele runs (release): voorbeelddata en 100.000 activiteiten (BENCH_GROOT=1: ook 1.000.000):
## kloktijd, processortijd, piekgeheugen en de tijd per stap, naast Benchmarks/baseline.tsv (BENCH_BASELINE=1: nieuwe basislijn).
bench: APT_PACKAGES += time
bench: build
	scripts/bench.sh

## Fuzzing (libFuzzer): CSV-lezer, normaliseren en taxonomie na elkaar; FUZZ_SECONDS per doel (60 standaard; 200 = tien minuten).
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf .build $(UITVOER)
