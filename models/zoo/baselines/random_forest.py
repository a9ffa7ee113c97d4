#!/usr/bin/env python3
"""Reference random forest on a split written by `vscreen split`.

Trains the MoleculeNet-style baseline -- RDKit Morgan fingerprints (radius 2, 2048 bits) and a
500-tree random forest per task -- on the `train` rows of a split file and scores it on its `valid`
and `test` rows, so that the forest and a bundled model are compared on the same compounds.
Rows marked `rejected` take no part. Each task uses only the rows labelled for it (Tox21 leaves
many cells blank). Classification tasks are scored by ROC-AUC, regression tasks (--regression) by
RMSE.

The forest is run twice: on the standardized SMILES (the molecules the bundled models read) and on
the SMILES as given in the data file (as the published baseline reads them). A SMILES RDKit cannot
read gets an all-zero fingerprint and stays in its set, so every set keeps its compounds; their
number is reported.

With --pooled the forest learns from the train and valid rows together and is scored on the test
rows only, as a cross-validated ensemble (vscreen train --folds) learns from both.

Prints one markdown table row per featurization (mean over tasks) and, with --per-task, one per
task; --json writes every figure.
"""
import argparse
import csv
import json
import math
import sys
import time

import numpy as np
from rdkit import Chem, DataStructs, RDLogger
from rdkit.Chem import AllChem
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.metrics import mean_squared_error, roc_auc_score

SETS = ("train", "valid", "test")
RADIUS = 2
BITS = 2048


def read_split(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        if header[:4] != ["row", "smiles", "standardized_smiles", "set"] or header[-1] != "reason":
            sys.exit(f"{path}: not a split file of vscreen split (header {header})")
        tasks = header[4:-1]
        rows = [r for r in reader if r["set"] in SETS]
    return tasks, rows


def label(cell):
    cell = cell.strip()
    return float(cell) if cell else math.nan


def morgan(smiles_list):
    """Morgan r=2, 2048-bit fingerprints as a uint8 matrix, and the number RDKit could not read."""
    x = np.zeros((len(smiles_list), BITS), dtype=np.uint8)
    failed = 0
    for i, smi in enumerate(smiles_list):
        mol = Chem.MolFromSmiles(smi) if smi else None
        if mol is None:
            failed += 1
            continue
        fp = AllChem.GetMorganFingerprintAsBitVect(mol, RADIUS, nBits=BITS)
        DataStructs.ConvertToNumpyArray(fp, x[i])
    return x, failed


def fit_and_score(x, y, sets, regression, trees, seed, pooled=False):
    """Per-task forests; returns {set: {"n", "positives"?, metric}} for valid and test (test only when pooled)."""
    known = ~np.isnan(y)
    train = ((sets == "train") | ((sets == "valid") & pooled)) & known
    if regression:
        model = RandomForestRegressor(n_estimators=trees, random_state=seed, n_jobs=1)
        model.fit(x[train], y[train])
    else:
        model = RandomForestClassifier(n_estimators=trees, random_state=seed, n_jobs=1)
        model.fit(x[train], y[train].astype(int))
    out = {"train_n": int(train.sum())}
    for s in (("test",) if pooled else ("valid", "test")):
        rows = (sets == s) & known
        entry = {"n": int(rows.sum())}
        if rows.any():
            if regression:
                pred = model.predict(x[rows])
                entry["rmse"] = float(math.sqrt(mean_squared_error(y[rows], pred)))
            else:
                truth = y[rows].astype(int)
                entry["positives"] = int(truth.sum())
                if 0 < truth.sum() < len(truth):
                    proba = model.predict_proba(x[rows])[:, list(model.classes_).index(1)]
                    entry["roc_auc"] = float(roc_auc_score(truth, proba))
        out[s] = entry
    return out


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def fmt(v):
    return "n/a" if v is None else f"{v:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", help="split CSV written by vscreen split")
    ap.add_argument("--name", default="", help="model name for the table rows")
    ap.add_argument("--regression", default="", help="comma-separated regression tasks (others: classification)")
    ap.add_argument("--trees", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0, help="random_state of the forests")
    ap.add_argument("--pooled", action="store_true", help="learn from the train and valid rows, score test only")
    ap.add_argument("--per-task", action="store_true", help="also print one row per task")
    ap.add_argument("--json", help="write all figures to this JSON file")
    args = ap.parse_args()
    RDLogger.DisableLog("rdApp.*")

    tasks, rows = read_split(args.split)
    regression = {t for t in args.regression.split(",") if t}
    unknown = regression - set(tasks)
    if unknown:
        sys.exit(f"{args.split}: no task column {sorted(unknown)} (tasks: {tasks})")
    sets = np.array([r["set"] for r in rows])
    y = np.array([[label(r[t]) for t in tasks] for r in rows], dtype=float)
    counts = {s: int((sets == s).sum()) for s in SETS}
    print(f"{args.split}: {counts['train']} train, {counts['valid']} valid, {counts['test']} test", file=sys.stderr)

    results = {"split": args.split, "counts": counts, "trees": args.trees, "radius": RADIUS, "bits": BITS,
               "pooled": args.pooled, "featurizations": {}}
    print("| model | SMILES | task | valid | test |")
    print("|---|---|---|---|---|")
    for column, title in (("standardized_smiles", "standardized"), ("smiles", "as given")):
        start = time.time()
        x, failed = morgan([r[column] for r in rows])
        per_task = {}
        for t, task in enumerate(tasks):
            per_task[task] = fit_and_score(x, y[:, t], sets, task in regression, args.trees, args.seed, args.pooled)
        summary = {}
        for kind, metric in (("classification", "roc_auc"), ("regression", "rmse")):
            chosen = [t for t in tasks if (t in regression) == (kind == "regression")]
            if chosen:
                summary[metric] = {s: mean([per_task[t].get(s, {}).get(metric) for t in chosen])
                                   for s in ("valid", "test")}
        results["featurizations"][title] = {"column": column, "unreadable": failed, "tasks": per_task,
                                            "mean": summary, "seconds": round(time.time() - start, 1)}
        print(f"{title}: {failed} SMILES RDKit could not read (zero fingerprints), "
              f"{time.time() - start:.0f} s", file=sys.stderr)
        if args.per_task:
            for task in tasks:
                metric = "rmse" if task in regression else "roc_auc"
                v, te = per_task[task].get("valid", {"n": 0}), per_task[task]["test"]
                print(f"| {args.name} | {title} | {task} | {metric} {fmt(v.get(metric))} (n={v['n']}) "
                      f"| {metric} {fmt(te.get(metric))} (n={te['n']}) |")
        label_of = {"roc_auc": "mean ROC-AUC" if len(tasks) - len(regression) > 1 else "ROC-AUC",
                    "rmse": "RMSE" if len(regression) == 1 else "mean RMSE"}
        cells = {s: ", ".join(f"{label_of[m]} {fmt(v[s])}" for m, v in summary.items()) for s in ("valid", "test")}
        valid_cell = "learned from (--pooled)" if args.pooled else f"{cells['valid']} (n={counts['valid']})"
        print(f"| {args.name} | {title} | all | {valid_cell} "
              f"| {cells['test']} (n={counts['test']}) |", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
