#!/usr/bin/python3
"""Reference PAINS flags from RDKit's FilterCatalog (PAINS A+B+C) for the alert agreement test.

Usage (from the repository root):
    /usr/bin/python3 chem/src/test/scripts/pains_reference.py ../shared/data \
        > chem/src/test/resources/io/vscreen/chem/alerts/pains_rdkit_reference.csv

Molecules: the first 3,000 lines of library/zinc.txt.gz and the first 1,000 data rows of
moleculenet/tox21.csv. Rows are keyed by source and 1-based row number (ZINC: line number;
Tox21: data row after the header), never by SMILES, so the fixture holds no copied data.
Columns: source,row,flagged (1/0, or blank when RDKit cannot read the SMILES),matches
(semicolon-joined PAINS entry names as RDKit reports them, e.g. quinone_A(370)).
"""
import csv
import gzip
import sys

from rdkit import Chem, RDLogger, rdBase
from rdkit.Chem.FilterCatalog import FilterCatalog, FilterCatalogParams

ZINC_ROWS = 3000
TOX21_ROWS = 1000


def catalog():
    params = FilterCatalogParams()
    params.AddCatalog(FilterCatalogParams.FilterCatalogs.PAINS)
    return FilterCatalog(params)


def zinc(data):
    with gzip.open(f"{data}/library/zinc.txt.gz", "rt") as f:
        for row, line in enumerate(f, start=1):
            if row > ZINC_ROWS:
                break
            yield "zinc", row, line.strip()


def tox21(data):
    with open(f"{data}/moleculenet/tox21.csv", newline="") as f:
        for row, record in enumerate(csv.DictReader(f), start=1):
            if row > TOX21_ROWS:
                break
            yield "tox21", row, record["smiles"].strip()


def main(data):
    RDLogger.DisableLog("rdApp.*")
    fc = catalog()
    out = csv.writer(sys.stdout, lineterminator="\n")
    print(f"# RDKit {rdBase.rdkitVersion} FilterCatalog PAINS (A+B+C, {fc.GetNumEntries()} entries); "
          f"made by chem/src/test/scripts/pains_reference.py")
    out.writerow(["source", "row", "flagged", "matches"])
    for source, row, smiles in list(zinc(data)) + list(tox21(data)):
        mol = Chem.MolFromSmiles(smiles)
        if mol is None:
            out.writerow([source, row, "", ""])
            continue
        names = sorted({e.GetDescription() for e in fc.GetMatches(mol)})
        out.writerow([source, row, 1 if names else 0, ";".join(names)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
