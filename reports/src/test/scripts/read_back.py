#!/usr/bin/python3
"""Reads a screen's ranked.csv with Python's csv module and top.sdf with RDKit, and prints what
it found as JSON (used by ScreenOutputsTest to check the files read back outside Java).

Usage: read_back.py OUTPUT_DIR
"""
import csv
import json
import sys
from pathlib import Path

from rdkit import Chem, RDLogger

RDLogger.DisableLog("rdApp.*")
out = Path(sys.argv[1])
with open(out / "ranked.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
mols = []
for m in Chem.SDMolSupplier(str(out / "top.sdf"), sanitize=True, removeHs=False):
    if m is None:
        mols.append(None)
        continue
    conf = m.GetConformer()
    xs = [conf.GetAtomPosition(i).x for i in range(m.GetNumAtoms())]
    mols.append({
        "title": m.GetProp("_Name"),
        "props": {k: m.GetProp(k) for k in m.GetPropNames()},
        "is3d": conf.Is3D(),
        "width": max(xs) - min(xs),
        "smiles": Chem.MolToSmiles(m),
        "csv_smiles": Chem.MolToSmiles(Chem.MolFromSmiles(m.GetProp("smiles"))),
    })
print(json.dumps({"csv_rows": len(rows), "csv_header": list(rows[0].keys()) if rows else [],
                  "csv_first": rows[0] if rows else {}, "mols": mols}))
