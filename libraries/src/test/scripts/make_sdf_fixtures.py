"""Writes the SD file fixtures of the libraries tests with RDKit (an independent molfile writer).

Run from the libraries module directory:  /usr/bin/python3 src/test/scripts/make_sdf_fixtures.py
Input: examples/approved_drugs.smi (first 12 entries). Output, under src/test/resources/io/vscreen/libraries/:
  drugs_v2000.sdf, drugs_v3000.sdf  2D molfiles, title = drug name, properties NAME, FORMULA, HEAVY_ATOMS, NOTE
                                     (NOTE is a two-line value on record 2)
  drugs_expected.tsv                 name, formula, heavy atom count per record (RDKit), the reference values
"""
from rdkit import Chem
from rdkit.Chem import AllChem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

OUT = 'src/test/resources/io/vscreen/libraries/'
rows = [l.rstrip('\n').split('\t') for l in open('examples/approved_drugs.smi')][1:13]
expected = open(OUT + 'drugs_expected.tsv', 'w')
expected.write('name\tformula\theavy_atoms\n')
for v3000, fn in [(False, 'drugs_v2000.sdf'), (True, 'drugs_v3000.sdf')]:
    w = Chem.SDWriter(OUT + fn)
    w.SetForceV3000(v3000)
    for i, (smi, name) in enumerate(rows):
        m = Chem.MolFromSmiles(smi)
        AllChem.Compute2DCoords(m)
        m.SetProp('_Name', name)
        m.SetProp('NAME', name)
        m.SetProp('FORMULA', CalcMolFormula(m))
        m.SetProp('HEAVY_ATOMS', str(m.GetNumHeavyAtoms()))
        if i == 1:
            m.SetProp('NOTE', 'first line\nsecond line')
        w.write(m)
        if not v3000:
            expected.write(f'{name}\t{CalcMolFormula(m)}\t{m.GetNumHeavyAtoms()}\n')
    w.close()
expected.close()
