#!/usr/bin/env python3
"""Puts the reference forest's figures (NAME-rf.json of random_forest.py) beside the bundled
model's (models/zoo/NAME/model.json) after checking that both were computed on the same compounds:
the same data file (SHA-256), the same set sizes, and per task the same numbers of labelled rows
and of actives in the validation and test sets. A cross-validated model (vscreen train --folds) is
put beside a forest that learned from the same pooled rows (random_forest.py --pooled); only test
figures are compared then, the model's validation figures being out-of-fold. Prints one markdown
table row per model."""
import argparse
import hashlib
import json
import os
import sys


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_same_compounds(name, rf, manifest, data):
    problems = []
    v = manifest["validation"]
    counts = rf["counts"]
    if "folds" in v:
        if not rf.get("pooled"):
            problems.append("the model learned from the pooled train and valid rows (folds), the forest from train only "
                            "(run random_forest.py --pooled)")
        if (v["trainRows"], v["testRows"]) != (counts["train"] + counts["valid"], counts["test"]):
            problems.append(f"set sizes: model {v['trainRows']} pooled / {v['testRows']} test, split {counts}")
    elif rf.get("pooled"):
        problems.append("the forest learned from the pooled train and valid rows, the model from train only")
    elif (v["trainRows"], v["validRows"], v["testRows"]) != (counts["train"], counts["valid"], counts["test"]):
        problems.append(f"set sizes: model {(v['trainRows'], v['validRows'], v['testRows'])}, split {counts}")
    if data and sha256(data) != manifest["provenance"]["dataSha256"]:
        problems.append(f"{data} is not the file the model was trained on")
    forest = rf["featurizations"]["standardized"]["tasks"]
    for s in ("test",) if rf.get("pooled") else ("valid", "test"):
        for m in v["sets"][s]:
            f = forest[m["task"]][s]
            if m["n"] != f["n"] or ("positives" in f and m.get("positives") != f["positives"]):
                problems.append(f"{s} {m['task']}: model n={m['n']} actives={m.get('positives')}, "
                                f"forest n={f['n']} actives={f.get('positives')}")
    if problems:
        sys.exit(f"{name}: not the same compounds: " + "; ".join(problems))


def model_figures(manifest, s):
    sets = manifest["validation"]["sets"][s]
    auc = [m["values"]["roc_auc"] for m in sets if "roc_auc" in m["values"]]
    rmse = [m["values"]["rmse"] for m in sets if "rmse" in m["values"]]
    return auc, rmse


def cell(auc, rmse, many):
    parts = []
    if auc:
        parts.append(("mean " if many else "") + f"{sum(auc) / len(auc):.3f}")
    if rmse:
        parts.append(f"RMSE {sum(rmse) / len(rmse):.3f}")
    return ", ".join(parts)


def forest_cell(rf, title, s, many):
    if rf.get("pooled") and s == "valid":
        return "-"
    mean = rf["featurizations"][title]["mean"]
    auc = [mean["roc_auc"][s]] if "roc_auc" in mean else []
    rmse = [mean["rmse"][s]] if "rmse" in mean else []
    return cell(auc, rmse, many)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="+")
    ap.add_argument("--results", required=True, help="directory with NAME-rf.json")
    ap.add_argument("--zoo", required=True, help="models/zoo")
    ap.add_argument("--data", help="directory of the data files, to check their SHA-256")
    args = ap.parse_args()
    print("| model | split | n valid / test | forest, standardized: valid / test | forest, SMILES as given: valid / test "
          "| bundled model: valid / test |")
    print("|---|---|---|---|---|---|")
    for name in args.names:
        with open(os.path.join(args.results, f"{name}-rf.json"), encoding="utf-8") as f:
            rf = json.load(f)
        with open(os.path.join(args.zoo, name, "model.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        data = os.path.join(args.data, manifest["provenance"]["dataFile"]) if args.data else None
        check_same_compounds(name, rf, manifest, data)
        many = sum(1 for m in manifest["validation"]["sets"]["valid"] if "roc_auc" in m["values"]) > 1
        row = [name, manifest["validation"]["split"], f"{rf['counts']['valid']} / {rf['counts']['test']}"]
        for title in ("standardized", "as given"):
            row.append(f"{forest_cell(rf, title, 'valid', many)} / {forest_cell(rf, title, 'test', many)}")
        oof = " (out-of-fold)" if "folds" in manifest["validation"] else ""
        row.append(f"{cell(*model_figures(manifest, 'valid'), many)}{oof} / {cell(*model_figures(manifest, 'test'), many)}")
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
