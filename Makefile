VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-long bench venv clean lint desktop undesktop bundle i18n

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py

# One pytest worker per core (pytest-xdist); PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS)

# The tests with a long variant (marked long), run long: the window fuzzes with all their seeded actions.
test-long: $(STAMP)
	MLP_LONG_TESTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) -m long

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Double-click launch on Linux: a .desktop entry in ${XDG_DATA_HOME:-~/.local/share}/applications
desktop: $(STAMP)
	$(PY) tools/desktop_entry.py install --python "$(abspath $(PY))"

undesktop:
	python3 tools/desktop_entry.py uninstall

# One-file bundle with PyInstaller: dist/mlp-playground starts the window on a machine without Python.
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/mlp-playground.spec
	@ls -l dist/mlp-playground*

# Translations: extract tr()/translate() strings of gui/ into the Korean catalogue (edit it with
# pyside6-linguist), then compile it. The .qm is committed, so `make run` and `make test` need neither tool.
LUPDATE ?= $(VENV)/bin/pyside6-lupdate
LRELEASE ?= $(VENV)/bin/pyside6-lrelease

i18n: $(STAMP)
	$(LUPDATE) $$(find gui -name '*.py' | sort) -source-language en -target-language ko \
		-locations relative -no-obsolete -ts resources/i18n/mlp_ko.ts
	$(LRELEASE) resources/i18n/mlp_ko.ts -qm resources/i18n/mlp_ko.qm
