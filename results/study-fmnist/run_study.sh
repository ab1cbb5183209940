#!/usr/bin/env bash
# Issue 24's study: MoCo v2, HIRL-MoCo v2 and HCSC, seeds 0-2, 20 epochs on Fashion-MNIST (the small preset), then the
# linear probe on each run and the report. Two runs at a time, one thread each (this 2-core machine). A run that stopped
# resumes from its checkpoint; a run whose results here already hold the linear probe is skipped. Override with
# METHODS="…" SEEDS="…" EPOCHS=… RUNS=… PARALLEL=….
set -euo pipefail
cd "$(dirname "$0")/../.."
export OUT=results/study-fmnist RUNS=${RUNS:-runs/study} EPOCHS=${EPOCHS:-20}
METHODS=${METHODS:-"mocov2 hirl_mocov2 hcsc"} SEEDS=${SEEDS:-"0 1 2"}
mkdir -p "$RUNS"

one_run() {
  local method=$1 seed=$2 name=$1_s$2
  if [ -f "$OUT/$name/results.json" ] && grep -q '"linear"' "$OUT/$name/results.json"; then echo "$name: already in $OUT"; return; fi
  echo "$name: pre-training (log: $RUNS/$name.log)"
  OMP_NUM_THREADS=1 python -m hssl.pretrain method="$method" dataset=fashion_mnist epochs="$EPOCHS" seed="$seed" \
    output_dir="$RUNS/$name" >> "$RUNS/$name.log" 2>&1 || { echo "$name: pre-training failed, see $RUNS/$name.log"; return 1; }
  OMP_NUM_THREADS=1 python -m hssl.evaluate run_dir="$RUNS/$name" 'protocols=["linear"]' >> "$RUNS/$name.log" 2>&1 || { echo "$name: linear probe failed, see $RUNS/$name.log"; return 1; }
  mkdir -p "$OUT/$name" && cp "$RUNS/$name"/{results.json,config.json,metrics.jsonl} "$OUT/$name/"
  echo "$name: done"
}
export -f one_run
for seed in $SEEDS; do for method in $METHODS; do echo "$method $seed"; done; done | xargs -P "${PARALLEL:-2}" -L 1 bash -c 'one_run $0 $1'
papermill nbs/report.ipynb "$OUT/report.ipynb" -p runs_dir "$OUT" --cwd nbs
