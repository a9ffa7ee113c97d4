"""Bemis-Murcko scaffolds of named drugs from RDKit, the reference for MurckoScaffoldTest.

Run with the system Python that has RDKit:
  /usr/bin/python3 murcko_reference.py > ../resources/io/vscreen/models/data/murcko-reference.tsv
"""
from rdkit import Chem
from rdkit.Chem.Scaffolds import MurckoScaffold

DRUGS = [
    ("aspirin", "CC(=O)Oc1ccccc1C(=O)O"),
    ("ibuprofen", "CC(C)Cc1ccc(cc1)C(C)C(=O)O"),
    ("caffeine", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C"),
    ("diazepam", "CN1C(=O)CN=C(c2ccccc2)c2cc(Cl)ccc21"),
    ("imatinib", "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1"),
    ("propranolol", "CC(C)NCC(O)COc1cccc2ccccc12"),
    ("warfarin", "CC(=O)CC(c1ccccc1)c1c(O)c2ccccc2oc1=O"),
    ("ethanol", "CCO"),
]
print("name\tsmiles\tscaffold")
for name, smi in DRUGS:
    print(f"{name}\t{smi}\t{MurckoScaffold.MurckoScaffoldSmiles(smi)}")
