# The two commands of the README:
#   make run    installs what is needed and opens the application (embedded SQLite, per-user data folder)
#   make test   installs what is needed and runs the whole test suite (what CI runs)
.PHONY: run demo test test-fast lint bench translations installer

PYTEST_ARGS ?=

run:
	@tools/setup.sh run
	.venv/bin/edulab gui

demo:
	@tools/setup.sh run
	.venv/bin/edulab gui --demo

test:
	@tools/setup.sh test
	@tools/test.sh $(PYTEST_ARGS)

test-fast:
	.venv/bin/python -m pytest -q -m "not gui and not slow" $(PYTEST_ARGS)

lint:
	.venv/bin/ruff check .

bench:
	@tools/setup.sh test
	.venv/bin/python benchmarks/run_all.py

translations:
	.venv/bin/python tools/i18n.py update
	.venv/bin/python tools/i18n.py release
	.venv/bin/python tools/i18n.py stats

installer:
	@tools/setup.sh test
	tools/build_installer.sh
