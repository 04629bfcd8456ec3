# `make demo` and `make test` each install into .venv (once) and run.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: install demo test evaluate bench clean

$(VENV)/.installed: setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(PY) -m pipeline.demo

test: install
	$(PY) -m pytest

evaluate: install
	$(PY) -m pipeline.evaluate --corpus tests/data/eval --labels tests/data/eval/labels.jsonl

clean:
	rm -rf $(VENV) out build *.egg-info
