#!/usr/bin/python3
"""Writes the QED unwanted-substructure alerts used by io.vscreen.chem.descriptors.Qed.

The 116 SMARTS are the structural alerts of Bickerton et al. (2012) "Quantifying the chemical
beauty of drugs", Nat. Chem. 4, 90-98, as distributed with RDKit's QED module (rdkit.Chem.QED).

Usage: /usr/bin/python3 qed_alerts.py > ../../main/resources/io/vscreen/chem/descriptors/qed-alerts.smarts
"""
import rdkit
from rdkit.Chem import QED

print('# QED structural alerts (Bickerton et al. 2012), as in RDKit %s rdkit.Chem.QED; one SMARTS a line'
      % rdkit.__version__)
for s in QED.StructuralAlertSmarts:
    print(s)
