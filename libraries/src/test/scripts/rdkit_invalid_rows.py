"""Lists the records of the MoleculeNet files whose SMILES RDKit cannot parse (the independent reference
for SharedDataTest). Run from the libraries module directory:
    /usr/bin/python3 src/test/scripts/rdkit_invalid_rows.py ../../shared/data > src/test/resources/io/vscreen/libraries/rdkit_invalid_rows.tsv
Columns: file, record (1-based data row), smiles. RDKit version is printed as a comment line.
"""
import csv
import sys

import rdkit
from rdkit import Chem, RDLogger

RDLogger.DisableLog('rdApp.*')
data = sys.argv[1] if len(sys.argv) > 1 else '../../shared/data'
print(f'# RDKit {rdkit.__version__}')
print('file\trecord\tsmiles')
for name in ['BBBP.csv', 'clintox.csv', 'tox21.csv', 'HIV.csv']:
    with open(f'{data}/moleculenet/{name}', newline='') as f:
        for i, row in enumerate(csv.DictReader(f), start=1):
            if Chem.MolFromSmiles(row['smiles']) is None:
                print(f'{name}\t{i}\t{row["smiles"]}')
