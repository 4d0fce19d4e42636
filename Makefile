# Two commands do all the set-up: `make run` opens Newsmark on the sample article,
# `make test` runs the tests. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test browser bench screenshot clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Newsmark needs Python 3.11 or newer; set PYTHON=python3.12 (or newer)") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsmark $(ARGS)

# The HTML report is checked in a real headless browser: Debian's chromium, installed here if missing
# (as root or with sudo); without it that test fails saying so.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { $$(command -v sudo) apt-get install -y -q chromium >/dev/null 2>&1 || \
	    { $$(command -v sudo) apt-get update -q >/dev/null 2>&1 && $$(command -v sudo) apt-get install -y -q chromium >/dev/null 2>&1; } || \
	    echo "make: could not install chromium (apt-get install chromium); the HTML report's browser test will fail"; }

test: $(STAMP) browser
	$(VENV)/bin/ruff check --quiet desktop tests bench docs tools
	$(VENV)/bin/lint-imports --no-cache > /dev/null || $(VENV)/bin/lint-imports --no-cache
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_view.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_annotate_all.py
	$(PY) bench/bench_spanindex.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_spantable.py
	$(PY) bench/bench_csv.py
	$(PY) bench/bench_suggest.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_suggest_all.py
	$(PY) bench/bench_agreement.py
	$(PY) bench/bench_curation.py
	$(PY) bench/bench_report.py
	$(PY) bench/bench_split.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshot.py docs/screenshot-1024x640.png 1024x640 troops
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshot.py docs/screenshot-800x600.png 800x600 troops
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshot.py --review docs/review.png
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_statistics_screenshot.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
