# `make demo` and `make test` each install what they need on a fresh Debian machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := tesseract-ocr tesseract-ocr-nld tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-eng \
	tesseract-ocr-osd fonts-dejavu-core chromium
SAMPLES := samples/build
DEMO := ind-vnumber
DEMO_9TER := be9ter-nl-old-certificate

.PHONY: demo test fuzz mutate system venv samples bench screenshot eval clean

# Two sample dossiers with defects: an IND dossier and a Belgian 9ter one. Exit status 1 of `check`
# means "deficiencies found", which is what these samples are for; any other but 0 (2: could not run,
# 3: a bug, 130: interrupted) fails the demo.
CHECKED = status=$$?; [ $$status -eq 0 ] || [ $$status -eq 1 ]
demo: venv system samples
	$(BIN)/validator check $(SAMPLES)/$(DEMO) --quiet; $(CHECKED)
	$(BIN)/validator check $(SAMPLES)/$(DEMO_9TER) --quiet; $(CHECKED)
	$(BIN)/validator check $(SAMPLES)/$(DEMO_9TER) --quiet --format html -o $(SAMPLES)/$(DEMO_9TER).html; $(CHECKED)
	$(BIN)/validator check $(SAMPLES)/$(DEMO_9TER) --quiet --format letter -o $(SAMPLES)/$(DEMO_9TER)-brief.pdf; $(CHECKED)
	@echo "HTML report: $(SAMPLES)/$(DEMO_9TER).html   letter: $(SAMPLES)/$(DEMO_9TER)-brief.pdf"

# Lint and types first (seconds); the format check last, so that the suite's result is always there.
test: venv system
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2
	$(BIN)/ruff format --check .

# Each reader (pdf, image, zip, manifest) fuzzed for FUZZ_SECONDS, one after the other, at low priority;
# an input that fails is kept in tests/fuzz/READER/ and replayed by `make test` from then on.
FUZZ_SECONDS ?= 600
fuzz: venv system
	for reader in pdf image zip manifest; do nice $(BIN)/python -m fuzz.run $$reader --seconds $(FUZZ_SECONDS) || exit 1; done

# Mutation testing of validator/rules and validator/extract against the fast tests that need no OCR
# (pyproject.toml's [tool.mutmut]); prints the surviving mutants and the kill rate. MUTANTS limits the run to
# some modules, e.g. MUTANTS="validator.rules.ind.* validator.rules.identity.*"; MUTATE_JOBS workers.
MUTANTS ?=
MUTATE_JOBS ?= 2
mutate: venv
	$(BIN)/pip install -q -e '.[mutate]'
	OMP_THREAD_LIMIT=1 nice $(BIN)/python -m mutate.run --jobs $(MUTATE_JOBS) $(MUTANTS)

samples: venv
	$(BIN)/python -m samples.generate $(SAMPLES)

# The validator next to bare Tesseract and OCRmyPDF on the same pages (bench/run.py); about ten minutes
# on two cores. OCRmyPDF comes from PyPI into the venv; without it, that comparison is left out.
bench: venv system
	-$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/run.py

# The validator measured on the blind corpus of eval/CORPUS.md (eval/run.py): builds it into eval/build,
# checks every dossier, writes bench/eval.json and the README's figures. The corpus generator's fonts
# are the apt packages listed in eval/corpus/APT_PACKAGES.
EVAL_APT := eval/corpus/APT_PACKAGES

eval: venv system
	@$(call apt_install,$$(grep -v '^[[:space:]]*#' $(EVAL_APT)))
	$(BIN)/python -m eval.run --build --readme README.md
	$(BIN)/python -m eval.classifier

# The README's picture of the HTML report: the browser test's screenshot.
screenshot: venv system
	$(BIN)/python -m pytest -q tests/test_reports.py -k chromium
	cp test-artifacts/report.png docs/html-report.png

# Tesseract with its language data, fonts for the sample generator and the PDF letter,
# and Chromium for the HTML report test.
system:
	@$(call apt_install,$(APT_PACKAGES))

# Debian packages not yet installed: installed as root, or the command to run printed otherwise.
define apt_install
missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
if [ -n "$$missing" ]; then \
	if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "Please install (as root): apt-get install$$missing"; exit 1; \
	fi; \
fi
endef

venv: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) $(SAMPLES) bench/build .pytest_cache test-artifacts mutants
