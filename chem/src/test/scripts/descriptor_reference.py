#!/usr/bin/python3
"""Reference molecular descriptors from RDKit for the descriptor cross-check test.

Reads public data files (ZINC250k, Tox21, BBBP) from the shared data directory, applies the same
standardization as io.vscreen.chem.standardize.Standardizer (largest carbon-containing fragment
by heavy atoms, then MolVS/RDKit Uncharger neutralization), computes RDKit descriptors and writes
them keyed by source file and row number -- the SMILES themselves are not written.

Row numbers are 1-based: the line number in zinc.txt, the data row (header excluded) in CSVs.

Usage: /usr/bin/python3 descriptor_reference.py [DATA_DIR] > ../resources/io/vscreen/chem/descriptors/rdkit-reference.tsv
Tested with RDKit 2022.09.3.
"""
import csv
import gzip
import os
import sys

import rdkit
from rdkit import Chem, RDLogger
from rdkit.Chem import Crippen, Descriptors, QED, rdMolDescriptors as rd
from rdkit.Chem.MolStandardize import rdMolStandardize

RDLogger.DisableLog('rdApp.*')

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, '../../../../../shared/data'))

SOURCES = [
    ('library/zinc.txt.gz', None, 1000),
    ('moleculenet/tox21.csv', 'smiles', 500),
    ('moleculenet/BBBP.csv', 'smiles', 500),
]

UNCHARGER = rdMolStandardize.Uncharger()


def rows(path, column, limit):
    full = os.path.join(DATA, path)
    if column is None:
        with gzip.open(full, 'rt') as f:
            for i, line in enumerate(f, start=1):
                if i > limit:
                    return
                yield i, line.strip()
    else:
        with open(full, newline='') as f:
            for i, rec in enumerate(csv.DictReader(f), start=1):
                if i > limit:
                    return
                yield i, rec[column].strip()


def largest_organic(mol):
    frags = Chem.GetMolFrags(mol, asMols=True, sanitizeFrags=True)
    if len(frags) == 1:
        return mol

    def key(m):
        organic = any(a.GetAtomicNum() == 6 for a in m.GetAtoms())
        return (organic, m.GetNumHeavyAtoms())
    best = max(key(f) for f in frags)
    tied = [f for f in frags if key(f) == best]
    return min(tied, key=Chem.MolToSmiles)


def describe(mol):
    return [
        Descriptors.MolWt(mol),
        Descriptors.ExactMolWt(mol),
        Crippen.MolLogP(mol),
        rd.CalcTPSA(mol),
        rd.CalcNumLipinskiHBD(mol),
        rd.CalcNumLipinskiHBA(mol),
        rd.CalcNumRotatableBonds(mol, rd.NumRotatableBondsOptions.Strict),
        mol.GetNumHeavyAtoms(),
        rd.CalcNumRings(mol),
        rd.CalcNumAromaticRings(mol),
        rd.CalcFractionCSP3(mol),
        Chem.GetFormalCharge(mol),
        len(Chem.FindMolChiralCenters(mol, includeUnassigned=True)),
        QED.qed(mol),
    ]


COLUMNS = ['source', 'row', 'mw', 'exact_mass', 'logp', 'tpsa', 'hbd', 'hba', 'rotb', 'heavy_atoms',
           'rings', 'aromatic_rings', 'fsp3', 'formal_charge', 'stereocentres', 'qed']


def fmt(v):
    if isinstance(v, float):
        return '%.4f' % v
    return str(v)


def main():
    out = sys.stdout
    out.write('# RDKit %s reference descriptors; made by chem/src/test/scripts/descriptor_reference.py\n'
              % rdkit.__version__)
    out.write('\t'.join(COLUMNS) + '\n')
    for path, column, limit in SOURCES:
        for row, smiles in rows(path, column, limit):
            mol = Chem.MolFromSmiles(smiles)
            if mol is None:
                continue
            mol = largest_organic(mol)
            mol = UNCHARGER.uncharge(mol)
            # re-read the standardized form so that no perception cached on the charged input
            # (e.g. a protonated amine flagged as a possible stereocentre) survives
            mol = Chem.MolFromSmiles(Chem.MolToSmiles(mol))
            out.write('\t'.join([path, str(row)] + [fmt(v) for v in describe(mol)]) + '\n')


if __name__ == '__main__':
    main()
