#!/usr/bin/env bash
# Issue 24's study: MoCo v2, HIRL-MoCo v2 and HCSC, seeds 0-2, 20 epochs on Fashion-MNIST (the small preset); on each
# run the linear probe and the clustering protocol's [100, 30, 10] tree; then the report. Two runs at a time, one
# thread each (this 2-core machine). A stopped run resumes from its checkpoint; a finished one is not trained again;
# a run whose results here already hold both evaluations is skipped. Override with METHODS="…" SEEDS="…" EPOCHS=…
# RUNS=… PARALLEL=….
set -euo pipefail
cd "$(dirname "$0")/../.."
export OUT=results/study-fmnist RUNS=${RUNS:-runs/study} EPOCHS=${EPOCHS:-20}
METHODS=${METHODS:-"mocov2 hirl_mocov2 hcsc"} SEEDS=${SEEDS:-"0 1 2"}
mkdir -p "$RUNS"

one_run() {
  local method=$1 seed=$2 name=$1_s$2
  if [ -f "$OUT/$name/results.json" ] && grep -q '"clustering"' "$OUT/$name/results.json"; then echo "$name: already in $OUT"; return; fi
  if ! { [ -f "$RUNS/$name/results.json" ] && grep -q '"finished_at"' "$RUNS/$name/results.json"; }; then
    echo "$name: pre-training (log: $RUNS/$name.log)"
    OMP_NUM_THREADS=1 python -m hssl.pretrain method="$method" dataset=fashion_mnist epochs="$EPOCHS" seed="$seed" \
      output_dir="$RUNS/$name" >> "$RUNS/$name.log" 2>&1 || { echo "$name: pre-training failed, see $RUNS/$name.log"; return 1; }
  fi
  # the linear probe (the small preset's: cached features), and one [100, 30, 10] tree on every method's backbone features
  OMP_NUM_THREADS=1 python -m hssl.evaluate run_dir="$RUNS/$name" 'protocols=["linear","clustering"]' 'clustering.ks=[[100,30,10]]' \
    >> "$RUNS/$name.log" 2>&1 || { echo "$name: evaluation failed, see $RUNS/$name.log"; return 1; }
  mkdir -p "$OUT/$name" && cp "$RUNS/$name"/{results.json,config.json,metrics.jsonl} "$OUT/$name/"
  echo "$name: done"
}
export -f one_run
for seed in $SEEDS; do for method in $METHODS; do echo "$method $seed"; done; done | xargs -P "${PARALLEL:-2}" -L 1 bash -c 'one_run $0 $1'
papermill nbs/report.ipynb "$OUT/report.ipynb" -p runs_dir "$OUT" -p hierarchy_from eval.clustering.hierarchy --cwd nbs
