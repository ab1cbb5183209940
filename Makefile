# Two commands for a newcomer: `make demo` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FMNIST := /usr/share/datasets/fashion-mnist
# opencv-python-headless: the uint8 colour ops of file_pipeline=workers (the CPU-only file pipeline, nbs/03_augment.ipynb)
PINNED := torch==2.14.1 torchvision==0.29.1 opencv-python-headless==5.1.0.95
# jupyterlab and playwright: nbs/92_browser.ipynb opens the explorer in JupyterLab and drives Debian's chromium with
# Playwright (never `playwright install`: it would download browsers)
# ruff: the linter `make test` runs first (its settings are in pyproject.toml)
DEV := nbdev==2.4.14 execnb==0.1.18 "fastcore>=1.12.3,<2" "ghapi<2.1" jupyterlab==4.6.6 playwright==1.65.3 ruff==0.14.0

.PHONY: demo test lint test-slurm bench gpu-check venv data export clean-nbs

$(BIN)/.installed: settings.ini setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "make: need python3 with venv (apt-get install -y python3-venv)"; exit 1; }
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q $(PINNED)
	$(BIN)/pip install -q -e . $(DEV)
	@# display name = name: what nbdev_clean leaves in a notebook's kernelspec, so JupyterLab writes back the same one
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name python3 >/dev/null
	touch $@

venv: $(BIN)/.installed

# Fashion-MNIST from Debian's package when it is missing (torchvision's download is the fallback inside hssl.data).
data:
	@if [ ! -f $(FMNIST)/train-images-idx3-ubyte.gz ]; then \
	  if command -v apt-get >/dev/null; then \
	    if [ "$$(id -u)" = 0 ]; then apt-get install -y -q dataset-fashion-mnist || { apt-get update -q && apt-get install -y -q dataset-fashion-mnist; }; \
	    else sudo -n apt-get install -y -q dataset-fashion-mnist || echo "make: could not install dataset-fashion-mnist; hssl will try torchvision's download"; fi; \
	  fi; \
	fi

demo: venv data
	mkdir -p runs/demo
	$(BIN)/papermill nbs/pretrain.ipynb runs/demo/pretrain.ipynb -k python3 --log-output --no-progress-bar
	@echo
	@echo "rendered notebook: runs/demo/pretrain.ipynb"
	@echo "results:           runs/demo/results.json"
	@echo "figures:           runs/demo/figures/"

# The library as exported from nbs/ (pyproject.toml: [tool.ruff]); a lint failure stops `make test` before the notebooks run.
lint: venv
	$(BIN)/ruff check hssl

test: venv data lint
	@set -o pipefail; cd nbs && ../$(BIN)/nbdev_test --do_print 2>&1 | tee ../.test.log; status=$$?; \
	  cd .. && $(BIN)/python .ci/count.py .test.log; exit $$status

# The SLURM end-to-end test: needs root (installs slurm-wlm + munge, starts a one-node cluster, stops it after).
test-slurm: venv data
	cd nbs && ../$(BIN)/nbdev_test --path 91_scale_out.ipynb --flags slurm --do_print

# Benchmarks (not tests): the reference configuration of shared/notes/official-speed.md, about 12 minutes here; with
# OFFICIAL=DIR (the official repos prepared as shared/tools/official-bench/README.md says) also the authors' code,
# interleaved with hssl's, and the ratios of that one run (about 21 minutes).
OFFICIAL ?=
bench: venv
	$(BIN)/python -m hssl.bench --config reference-tiny $(if $(OFFICIAL),--official $(OFFICIAL))

# The prepared GPU checks (nbs/42_gpu_check.ipynb), at most 8 minutes on one GPU: every method's paper step at 224 px in
# bf16 + channels_last (ResNet-50, ViT-S/16) with images/s and MFU, CUDA vs CPU losses, the split file pipeline and
# k-means on the device; the JSON lands in bench/results/ (commit it). Without a GPU: python -m hssl.gpu_check --device cpu --quick
gpu-check: venv
	$(BIN)/python -m hssl.gpu_check --vit-arch vit_small

export: venv
	$(BIN)/nbdev_clean && $(BIN)/nbdev_export
