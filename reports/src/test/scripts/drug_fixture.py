#!/usr/bin/python3
"""Makes reports/src/test/resources/io/vscreen/reports/drugs50.csv: 50 named drugs from the
shared MoleculeNet BBBP file with RDKit 2022.09 reference descriptors (largest fragment).

Run from the repository root:  /usr/bin/python3 reports/src/test/scripts/drug_fixture.py
"""
import csv
import re
import sys
from pathlib import Path

from rdkit import Chem, RDLogger
from rdkit.Chem import Crippen, Descriptors, Lipinski, QED, rdMolDescriptors
from rdkit.Chem.Scaffolds import MurckoScaffold

RDLogger.DisableLog("rdApp.*")
root = Path(__file__).resolve().parents[4]
src = root.parent / "shared" / "data" / "moleculenet" / "BBBP.csv"
out = root / "reports/src/test/resources/io/vscreen/reports/drugs50.csv"

rows = []
seen = set()
with open(src, newline="") as f:
    for rec in csv.DictReader(f):
        name = rec["name"].strip()
        if not re.fullmatch(r"[A-Za-z][a-z]{5,}", name) or name.lower() in seen:
            continue
        mol = Chem.MolFromSmiles(rec["smiles"])
        if mol is None:
            continue
        frags = Chem.GetMolFrags(mol, asMols=True)
        mol = max(frags, key=lambda m: m.GetNumHeavyAtoms())
        if not 12 <= mol.GetNumHeavyAtoms() <= 45:
            continue
        smi = Chem.MolToSmiles(mol)
        mol = Chem.MolFromSmiles(smi)
        mw = Descriptors.MolWt(mol)
        logp = Crippen.MolLogP(mol)
        hbd = Lipinski.NumHDonors(mol)
        hba = Lipinski.NumHAcceptors(mol)
        violations = sum([mw > 500, logp > 5, hbd > 5, hba > 10])
        scaffold = MurckoScaffold.MurckoScaffoldSmiles(mol=mol)
        seen.add(name.lower())
        rows.append({
            "row": rec["num"], "name": name, "smiles": smi,
            "mw": f"{mw:.3f}", "logp": f"{logp:.3f}", "tpsa": f"{rdMolDescriptors.CalcTPSA(mol):.2f}",
            "hbd": hbd, "hba": hba, "rotb": rdMolDescriptors.CalcNumRotatableBonds(mol),
            "qed": f"{QED.qed(mol):.4f}", "lipinski_violations": violations,
            "scaffold": scaffold,
        })
        if len(rows) == 50:
            break

with open(out, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(f"wrote {len(rows)} drugs to {out}", file=sys.stderr)
