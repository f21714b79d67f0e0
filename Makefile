# Two commands matter on a fresh clone: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///rasd.db

.PHONY: run test lint install bench bench-api fuzz clean kb train-ner train-ner-neural ner-clusters

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	rm -f rasd.db
	$(BIN)/rasd ingest examples --db $(DB) --summary
	$(BIN)/rasd serve --db $(DB) --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks kb fuzz
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/pytest

SCALE_SIZES ?= 10000,100000,1000000
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_text.py
	$(BIN)/python benchmarks/bench_process.py
	$(BIN)/python benchmarks/bench_kb.py
	$(BIN)/python benchmarks/bench_ner.py
	$(BIN)/python benchmarks/bench_dates.py
	$(BIN)/python benchmarks/bench_stories.py
	$(BIN)/python benchmarks/eval_plover_sentences.py --fight-as-assault
	$(BIN)/python benchmarks/bench_stages.py
	$(BIN)/python benchmarks/bench_scale.py --sizes $(SCALE_SIZES)
	$(MAKE) bench-api

bench-api: $(STAMP)  ## 50 clients for 60 s against `rasd serve` on a 10k-article store (built once, cached)
	$(BIN)/python benchmarks/bench_api.py

FUZZ_RUNS ?= 20000
FUZZ_OUT ?= out/fuzz
fuzz: $(STAMP)  ## coverage-guided fuzzing of the readers and the pipeline (atheris), FUZZ_RUNS inputs each; see fuzz/README.md
	$(BIN)/pip install -q -e '.[fuzz]'
	mkdir -p $(FUZZ_OUT)/readers $(FUZZ_OUT)/pipeline
	$(BIN)/python fuzz/fuzz_readers.py -runs=$(FUZZ_RUNS) -max_len=65536 -dict=fuzz/readers.dict \
		-artifact_prefix=$(FUZZ_OUT)/ $(FUZZ_OUT)/readers fuzz/seeds examples/text examples/html examples/jsonl examples/feeds
	$(BIN)/python fuzz/fuzz_pipeline.py -runs=$(FUZZ_RUNS) -max_len=65536 -dict=fuzz/pipeline.dict \
		-artifact_prefix=$(FUZZ_OUT)/ $(FUZZ_OUT)/pipeline examples/text examples/html

kb: $(STAMP)  ## regenerate the knowledge-base data files from kb/build/ (needs ../shared/data)
	$(BIN)/pip install -q -e '.[kb-build]'
	@dpkg -s libgeonames-common >/dev/null 2>&1 || apt-get install -y -q libgeonames-common
	$(BIN)/python kb/build/build_name_words.py
	$(BIN)/python kb/build/build_name_tokens.py
	$(BIN)/python kb/build/build_countries.py
	$(BIN)/python kb/build/build_places.py
	$(BIN)/python kb/build/build_actors.py

ner-clusters: $(STAMP)  ## rebuild the tagger's word clusters (needs ../shared/data); writes src/rasd/ner/data/clusters.tsv
	$(BIN)/pip install -q -e '.[ner-train]'
	$(BIN)/python -m rasd.ner.build_clusters

train-ner: $(STAMP)  ## retrain the CRF tagger (needs ../shared/data); writes src/rasd/ner/model/
	$(BIN)/python -m rasd.ner.train

train-ner-neural: $(STAMP)  ## retrain the BiLSTM tagger with torch (about 15 min on 2 cores); writes src/rasd/ner/model/ner-neural.*
	$(BIN)/pip install 'torch==2.13.0'
	$(BIN)/python -m rasd.ner.train_neural

clean:
	rm -rf $(VENV) rasd.db .pytest_cache .mypy_cache .ruff_cache
