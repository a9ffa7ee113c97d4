#!/usr/bin/env python3
"""Reference descriptor vectors of a few drugs for FeaturizerDescriptorsTest, from RDKit.

The definitions are those of io.vscreen.chem.descriptors (see chem/src/test/scripts/
descriptor_reference.py): RDKit MolWt, ExactMolWt, Crippen MolLogP, TPSA (N, O), Lipinski HBD/HBA,
strict rotatable bonds, heavy atoms, rings, aromatic rings, fraction sp3, formal charge,
stereocentres (including unassigned), QED (mean weights), Lipinski violations, Veber's rule.
Salts are reduced to the largest organic fragment and neutralized first, as the Standardizer does.

Usage: /usr/bin/python3 drug_descriptors.py   (prints one Java array line per drug)
"""
from rdkit import Chem
from rdkit.Chem import Crippen, Descriptors, QED
from rdkit.Chem import rdMolDescriptors as rd
from rdkit.Chem.MolStandardize import rdMolStandardize

DRUGS = [
    ("aspirin", "CC(=O)Oc1ccccc1C(=O)O"),
    ("caffeine", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C"),
    # the hydrochloride salt of diphenhydramine: standardized to the neutral free base
    ("diphenhydramine hydrochloride", "CN(C)CCOC(c1ccccc1)c1ccccc1.Cl"),
]


def standardize(mol):
    frags = Chem.GetMolFrags(mol, asMols=True)
    organic = [f for f in frags if any(a.GetAtomicNum() == 6 for a in f.GetAtoms())] or list(frags)
    mol = max(organic, key=lambda f: f.GetNumHeavyAtoms())
    return rdMolStandardize.Uncharger().uncharge(mol)


def describe(mol):
    mw = Descriptors.MolWt(mol)
    logp = Crippen.MolLogP(mol)
    tpsa = rd.CalcTPSA(mol)
    hbd = rd.CalcNumLipinskiHBD(mol)
    hba = rd.CalcNumLipinskiHBA(mol)
    rotb = rd.CalcNumRotatableBonds(mol, rd.NumRotatableBondsOptions.Strict)
    violations = (mw > 500) + (logp > 5) + (hbd > 5) + (hba > 10)
    veber = 1 if rotb <= 10 and tpsa <= 140 else 0
    return [mw, Descriptors.ExactMolWt(mol), logp, tpsa, hbd, hba, rotb, mol.GetNumHeavyAtoms(),
            rd.CalcNumRings(mol), rd.CalcNumAromaticRings(mol), rd.CalcFractionCSP3(mol),
            Chem.GetFormalCharge(mol), len(Chem.FindMolChiralCenters(mol, includeUnassigned=True)),
            QED.qed(mol), violations, veber]


for name, smiles in DRUGS:
    values = describe(standardize(Chem.MolFromSmiles(smiles)))
    print(f'// {name}: {smiles}')
    print('{' + ', '.join(f'{v:.4f}' for v in values) + '},')
