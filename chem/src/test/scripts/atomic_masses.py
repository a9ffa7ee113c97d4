#!/usr/bin/python3
"""Writes the element mass table used by io.vscreen.chem.descriptors.AtomicMasses.

Average standard atomic weights and the mass of the most abundant isotope, as in RDKit's periodic
table (which follows IUPAC/CIAAW values), so that molecular weight and exact mass agree with RDKit's
MolWt and ExactMolWt.

Usage: /usr/bin/python3 atomic_masses.py > ../../main/resources/io/vscreen/chem/descriptors/atomic-masses.tsv
"""
import rdkit
from rdkit import Chem

pt = Chem.GetPeriodicTable()
print('# element masses from RDKit %s periodic table: atomic number, symbol, average atomic weight, '
      'most common isotope mass' % rdkit.__version__)
for z in range(1, 119):
    print('%d\t%s\t%.6f\t%.8f' % (z, pt.GetElementSymbol(z), pt.GetAtomicWeight(z), pt.GetMostCommonIsotopeMass(z)))
