#!/usr/bin/env bash
# Reference random forest (RDKit Morgan r=2, 2048 bits, 500 trees per task) on exactly the splits
# the bundled models were trained and scored on: `vscreen split` writes the split `vscreen train`
# uses for each zoo model's data, tasks, featurizer, split method and seed (as in train-zoo.sh), and
# random_forest.py trains on its train rows and scores its valid and test rows.
# Usage: models/zoo/baselines/run-baselines.sh [name...]   (default: clintox bace tox21 hiv)
# Writes NAME-split.csv, NAME-rf.json and NAME-rf.md to $BASELINES_OUT (default models/target/baselines).
# Needs RDKit and scikit-learn for Python 3 (Debian: python3-rdkit python3-sklearn); PYTHON overrides
# the interpreter, VSCREEN the launcher.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
data="${VSCREEN_DATA:-$root/../shared/data}/moleculenet"
vscreen="${VSCREEN:-$root/vscreen}"
python="${PYTHON:-/usr/bin/python3}"
out="${BASELINES_OUT:-$root/models/target/baselines}"
mkdir -p "$out"
# one thread each: the machine is shared
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

baseline() {
  local name="$1" regression="$2"; shift 2
  # a cross-validated model learned from the train and valid rows together: so does its forest
  local pooled=""
  if grep -q '"folds"' "$root/models/zoo/$name/model.json"; then pooled="--pooled"; fi
  "$vscreen" split --seed 0 --featurizer ecfp4-count:2048 --descriptors standard --out "$out/$name-split.csv" "$@"
  nice -n 10 "$python" "$root/models/zoo/baselines/random_forest.py" "$out/$name-split.csv" --name "$name" \
    --regression "$regression" $pooled --per-task --json "$out/$name-rf.json" | tee "$out/$name-rf.md"
}

for name in ${@:-clintox bace tox21 hiv}; do
  case "$name" in
    clintox) baseline clintox "" --data "$data/clintox.csv" --tasks CT_TOX --split scaffold ;;
    bace)    baseline bace pIC50 --data "$data/bace.csv" --tasks Class,pIC50 --split scaffold ;;
    tox21)   baseline tox21 "" --data "$data/tox21.csv" \
               --tasks NR-AR,NR-AR-LBD,NR-AhR,NR-Aromatase,NR-ER,NR-ER-LBD,NR-PPAR-gamma,SR-ARE,SR-ATAD5,SR-HSE,SR-MMP,SR-p53 \
               --split random ;;
    hiv)     baseline hiv "" --data "$data/HIV.csv" --tasks HIV_active --split scaffold ;;
    *) echo "unknown model $name" >&2; exit 2 ;;
  esac
done

# the forest beside each bundled model, after checking both were scored on the same compounds
"$python" "$root/models/zoo/baselines/compare.py" ${@:-clintox bace tox21 hiv} --results "$out" --zoo "$root/models/zoo" \
  --data "$data" | tee "$out/comparison.md"
