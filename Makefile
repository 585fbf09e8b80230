# Two entry points a fresh clone needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storydiff cluster corpora/demo --format table

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Debian's chromium + chromedriver for the HTML report test (skipped without them).
browser:
	@scripts/install-browser.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: $(STAMP)
	$(BIN)/python benchmarks/eval_clustering.py
	$(BIN)/python benchmarks/eval_diff.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
