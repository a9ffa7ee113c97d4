#!/usr/bin/python3
"""Reference Bemis-Murcko scaffolds from RDKit for the scaffold tests.

Writes chem/src/test/resources/io/vscreen/chem/scaffold/murcko_<set>.tsv with one line per input
row: the 0-based data row number (header excluded) and RDKit's MurckoScaffoldSmiles (no chirality;
empty for acyclic molecules). Inputs are the shared data sets, never copied into the repository:
the first 600 rows of moleculenet/bace.csv and the first 400 lines of library/zinc.txt.gz.

Usage (from the repository root): /usr/bin/python3 chem/src/test/scripts/murcko_reference.py
"""
import csv
import gzip
import os
import sys

import rdkit
from rdkit import Chem
from rdkit.Chem.Scaffolds import MurckoScaffold

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
DATA = os.environ.get("VSCREEN_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
OUT = os.path.join(ROOT, "chem", "src", "test", "resources", "io", "vscreen", "chem", "scaffold")


def write(name, smiles_rows, source):
    path = os.path.join(OUT, "murcko_%s.tsv" % name)
    with open(path, "w") as out:
        out.write("# RDKit %s MurckoScaffoldSmiles of %s; row = 0-based data row\n" % (rdkit.__version__, source))
        out.write("row\tscaffold\n")
        for row, smi in smiles_rows:
            mol = Chem.MolFromSmiles(smi)
            if mol is None:
                continue
            out.write("%d\t%s\n" % (row, MurckoScaffold.MurckoScaffoldSmiles(mol=mol)))
    print("wrote", path, file=sys.stderr)


def main():
    with open(os.path.join(DATA, "moleculenet", "bace.csv"), newline="") as f:
        rows = [(i, r["smiles"]) for i, r in enumerate(csv.DictReader(f)) if i < 600]
    write("bace", rows, "moleculenet/bace.csv rows 0-599")
    with gzip.open(os.path.join(DATA, "library", "zinc.txt.gz"), "rt") as f:
        rows = []
        for i, line in enumerate(f):
            if i >= 400:
                break
            rows.append((i, line.strip()))
    write("zinc", rows, "library/zinc.txt.gz lines 0-399")


if __name__ == "__main__":
    main()
