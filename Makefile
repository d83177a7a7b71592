# policygraph: the two commands are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PG := $(VENV)/bin/policygraph
STAMP := $(VENV)/.installed
WEB_STAMP := node_modules/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export POLICYGRAPH_HOST ?= $(HOST)
export POLICYGRAPH_PORT ?= $(PORT)

.PHONY: run test bench eval lint venv ingest validate serve browser virtuoso web wheel clean

$(STAMP): pyproject.toml | $(WEB_STAMP)
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11 ...'"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

ingest: $(STAMP)
	$(PG) ingest data/corpus

## The corpus against the store, counted by severity and shape (the command it prints lists each result)
validate: $(STAMP)
	$(PG) validate --summary --against-store data/corpus

serve: $(STAMP) web
	$(PG) serve --host $(HOST) --port $(PORT)

## Set everything up, ingest data/, validate it, and serve on http://$(HOST):$(PORT)
run: $(STAMP) web ingest validate serve

## The whole test suite (unit, integration with a real server, browser)
test: $(STAMP) web browser virtuoso
	$(PY) -m pytest -q

## The pages' front-end packages (YASGUI, Swagger UI), exactly as package-lock.json pins them; the app serves
## them from node_modules/ (no CDN). npm comes from Debian when the machine has none.
$(WEB_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "installing Debian's nodejs and npm for the query page's packages"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(WEB_STAMP)

web: $(WEB_STAMP)

## A wheel in dist/ that installs and runs anywhere (`pip install dist/policygraph-*.whl`): the package's resources
## are package data, and setup.py's build step copies the pages' front-end files from node_modules/ into it (so
## installing it needs no node). Built with the venv's setuptools, no build isolation: nothing is downloaded.
## build/ goes before and after (setuptools would carry files an earlier build left there into the wheel), and so
## does src/policygraph.egg-info (beside the editable install's src/ it would be a second copy of the metadata).
wheel: $(STAMP) web
	rm -rf build src/policygraph.egg-info
	$(PY) -m pip wheel --quiet --no-deps --no-build-isolation --no-index -w dist .
	rm -rf build src/policygraph.egg-info
	@ls dist/policygraph-*.whl

## Debian's chromium and chromedriver for the browser tests (installed when missing)
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; }

## Debian's Virtuoso Open Source 7 (server and isql client) for the remote-store tests (installed when missing)
virtuoso:
	@{ command -v virtuoso-t && command -v isql-vt; } >/dev/null 2>&1 || { \
	  echo "installing Debian's virtuoso-opensource-7-bin for the Virtuoso backend tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; }

## The figure in docs/: the chain 7/NQ-CP -> 45-NQ/TW from `policygraph trace --format dot`, rendered to SVG by
## Debian's graphviz (installed when missing), over a store of its own with data/corpus ingested
.PHONY: docs
DOCS_STORE := var/docs-store
DOCS_TRACE := docs/trace-7-NQ-CP-to-45-NQ-TW
docs: $(STAMP)
	@command -v dot >/dev/null 2>&1 || { \
	  echo "installing Debian's graphviz for the figures in docs/"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends graphviz >/dev/null; }
	$(PG) ingest --store $(DOCS_STORE) data/corpus >/dev/null
	$(PG) trace --store $(DOCS_STORE) 7/NQ-CP 45-NQ/TW --format dot > $(DOCS_TRACE).dot.tmp
	mv $(DOCS_TRACE).dot.tmp $(DOCS_TRACE).dot
	dot -Tsvg $(DOCS_TRACE).dot -o $(DOCS_TRACE).svg

## Figures: throughput and ratios against baselines measured in the same run
bench: $(STAMP)
	$(PY) bench/run.py

## Precision, recall and F1 on every gold file (blind files' misses stay hidden), then the blind split, the
## external VNLegalText validation split (lenient) and the silver checks over the wild legal texts; the last
## two read ../shared beside the checkout and say so when it is not there
SHARED := ../shared
eval: $(STAMP)
	$(PY) -m policygraph.evaluation tests/gold
	@echo; echo "== the blind split (tests/gold/wild/blind)"
	@$(PY) -m policygraph.evaluation --summary tests/gold/wild/blind
	@echo; echo "== VNLegalText validation split, lenient ($(SHARED)/tools/score_vnlegaltext.py)"
	@if [ -f $(SHARED)/corpus/external/vnlegaltext-val.jsonl ] && [ -f $(SHARED)/tools/score_vnlegaltext.py ]; then \
	  $(PY) $(SHARED)/tools/score_vnlegaltext.py $(PG) $(SHARED)/corpus/external/vnlegaltext-val.jsonl | tail -n 1; \
	else echo "skipped: $(SHARED)/corpus/external is not there"; fi
	@echo; echo "== silver checks (python -m policygraph.silver)"
	@$(PY) -m policygraph.silver $(SHARED)/corpus/wild --jobs 2
	@echo; echo "== who does what, by when: structure, dev split (python -m policygraph.structure_evaluation)"
	@$(PY) -m policygraph.structure_evaluation tests/gold/structure/dev
	@echo; echo "== structure, blind split"
	@$(PY) -m policygraph.structure_evaluation tests/gold/structure/blind

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench tools

clean:
	rm -rf var .pytest_cache .ruff_cache build dist
