#!/usr/bin/python3
"""Reference atom and fingerprint facts from RDKit for the fingerprint and graph tests.

For the first 300 lines of library/zinc.txt.gz (read from the shared data, never copied), writes:

* fingerprints/morgan_counts_zinc.tsv: row, then the sorted multiplicities of RDKit's unfolded
  Morgan radius-2 environments (GetMorganFingerprint(m, 2)), e.g. "1,1,2,6". Hash values differ
  between implementations; the multiset of counts only depends on which atom environments are
  distinct, which is what the ECFP algorithm defines.
* graph/atom_features_zinc.tsv: row, then per atom in SMILES order: hybridization (1 sp, 2 sp2,
  3 sp3, 4 sp3d, 5 sp3d2, 0 other), aromatic (0/1), CIP label (R, S or . from the new CIP
  labeller), and the conjugated bonds as sorted "i-j" atom pairs.

Usage (from the repository root): /usr/bin/python3 chem/src/test/scripts/rdkit_features.py
"""
import gzip
import os
import sys

import rdkit
from rdkit import Chem
from rdkit.Chem import AllChem
from rdkit.Chem import rdCIPLabeler

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
DATA = os.environ.get("VSCREEN_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
RES = os.path.join(ROOT, "chem", "src", "test", "resources", "io", "vscreen", "chem")
HYB = {
    Chem.HybridizationType.SP: "1",
    Chem.HybridizationType.SP2: "2",
    Chem.HybridizationType.SP3: "3",
    Chem.HybridizationType.SP3D: "4",
    Chem.HybridizationType.SP3D2: "5",
}


def main():
    with gzip.open(os.path.join(DATA, "library", "zinc.txt.gz"), "rt") as f:
        rows = [(i, line.strip()) for i, line in zip(range(300), f)]
    head = "# RDKit %s, library/zinc.txt.gz lines 0-299; row = 0-based line\n" % rdkit.__version__
    with open(os.path.join(RES, "fingerprints", "morgan_counts_zinc.tsv"), "w") as out:
        out.write(head + "row\tcounts\n")
        for row, smi in rows:
            m = Chem.MolFromSmiles(smi)
            counts = sorted(AllChem.GetMorganFingerprint(m, 2).GetNonzeroElements().values())
            out.write("%d\t%s\n" % (row, ",".join(map(str, counts))))
    with open(os.path.join(RES, "graph", "atom_features_zinc.tsv"), "w") as out:
        out.write(head + "row\thybridization\taromatic\tcip\tconjugated\n")
        for row, smi in rows:
            m = Chem.MolFromSmiles(smi)
            rdCIPLabeler.AssignCIPLabels(m)
            hyb = "".join(HYB.get(a.GetHybridization(), "0") for a in m.GetAtoms())
            arom = "".join("1" if a.GetIsAromatic() else "0" for a in m.GetAtoms())
            cip = "".join(a.GetProp("_CIPCode") if a.HasProp("_CIPCode") else "." for a in m.GetAtoms())
            conj = sorted("%d-%d" % tuple(sorted((b.GetBeginAtomIdx(), b.GetEndAtomIdx())))
                          for b in m.GetBonds() if b.GetIsConjugated())
            out.write("%d\t%s\t%s\t%s\t%s\n" % (row, hyb, arom, cip, " ".join(conj)))
    print("wrote fixtures under", RES, file=sys.stderr)


if __name__ == "__main__":
    main()
