#!/bin/bash
# Side by side on one tree: deid vs dcmanon vs dicognito (hyperfine, fresh output each run).
#   bench.sh DIR TREE LABEL   (DIR holds TREE; outputs go to DIR/out_*; JSON to ./hf_TREE_LABEL*.json)
# Tools: DEID (release deid), DCMANON (`cargo install --root R dicom-anonymization`),
# PY (a python with dicognito: the `dicognito` script of 0.19 is broken, so `python -m`), KEYS.
set -euo pipefail
B=$1; T=$2; L=$3
DEID=${DEID:-target/release/deid}; DCMANON=${DCMANON:-dcmanon}; PY=${PY:-python3}; KEYS=${KEYS:-keys.toml}
hyperfine -N --warmup 2 --runs "${RUNS:-20}" --export-json "hf_${T}_${L}.json" \
  --prepare "rm -rf $B/out_deid" -n deid "$DEID scrub $B/$T -o $B/out_deid --format dicom --keys $KEYS" \
  --prepare "sh -c 'rm -rf $B/out_dcmanon && mkdir $B/out_dcmanon'" -n dcmanon "$DCMANON anonymize -i $B/$T -o $B/out_dcmanon -r"
hyperfine -N --warmup 1 --runs "${DRUNS:-3}" --export-json "hf_${T}_${L}_dicognito.json" \
  --prepare "rm -rf $B/out_dicognito" -n dicognito "$PY -m dicognito -q -o $B/out_dicognito $B/$T"
