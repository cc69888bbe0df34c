# Shortcuts; tasks.py does the work and needs nothing but Python 3.11+.
PY ?= python3

.PHONY: run test bench
run:
	$(PY) tasks.py run
test:
	$(PY) tasks.py test
bench:
	$(PY) tasks.py bench
