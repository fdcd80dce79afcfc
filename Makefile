# Two commands for a new user: `make` (set up and build every seed) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp
SYSTEM_STAMP := $(VENV)/.system-stamp
# Debian packages: Pango and HarfBuzz subsetting for WeasyPrint; Noto fonts for Latin, Cyrillic,
# Greek, CJK, Arabic script and more; poppler-utils for the tests; a Java runtime for EPUBCheck.
APT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
	fonts-noto-core fonts-noto-cjk poppler-utils chromium libicu-dev pkg-config
ACE := tools/ace/node_modules/.bin/ace-cli
# npm tools for the tests, each pinned by its package-lock.json: DAISY Ace (accessibility),
# epub.js (the reading system the EPUB is opened in) and axe-core (the web edition's pages).
# All run in Debian's chromium: no browser download.
NPM_TOOLS := tools/ace tools/epubjs tools/axe

.PHONY: all build test check corpus score accept system bench fuzz screenshots clean

all: build

build: $(STAMP)
	$(BIN)/book build

$(SYSTEM_STAMP):
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	$(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	@touch $@

$(STAMP): pyproject.toml $(NPM_TOOLS:%=%/package-lock.json) $(SYSTEM_STAMP)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip install -q -e '.[icu]' || echo "PyICU did not build: sorting uses the documented fallback rule"
	for t in $(NPM_TOOLS); do (cd $$t && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || exit 1; done
	@touch $@

system: $(SYSTEM_STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The quick inner loop (~20 s): everything but whole-book builds, EPUBCheck, Ace, browsers, kills.
check: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# The real articles of ../shared/corpus: build them all and print what a reader would see.
corpus: $(STAMP)
	$(BIN)/python -m tests.corpus

# The appendices against readers' answer keys (tests/annotations/), tuned half and held-out half.
score: $(STAMP)
	$(BIN)/python -m tests.score

# Rewrite tests/golden/ from what the code extracts now: only after reading the diff
# (`$(BIN)/python -m tests.golden` prints it).
accept: $(STAMP)
	$(BIN)/python -m tests.golden --accept

# The web edition's book page and a chapter on a desktop and a phone, for docs/ and the README.
screenshots: build
	$(BIN)/python -m tests.screenshots dist/site docs

bench: $(STAMP)
	$(BIN)/python bench/run

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q tests/test_fuzz.py

clean:
	rm -rf dist
