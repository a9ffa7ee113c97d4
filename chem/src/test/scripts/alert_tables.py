#!/usr/bin/python3
"""Writes the structural-alert tables shipped in chem/src/main/resources/io/vscreen/chem/alerts/.

Usage (from the repository root):
    /usr/bin/python3 chem/src/test/scripts/alert_tables.py ../shared/data/alerts \
        chem/src/main/resources/io/vscreen/chem/alerts

Inputs (see the shared data README for commits and checksums):
  wehi_pains.csv        RDKit Data/Pains (BSD-3-Clause), the PAINS SMARTS RDKit's FilterCatalog uses
  PAINSFilters.csv      mayachemtools (LGPL-3.0-or-later), used only for the A/B/C family of each PAINS
  alert_collection.csv  rd_filters (MIT), the ChEMBL structural-alert sets
SMARTS are copied unchanged. Rule names: PAINS keep their registry name (e.g. quinone_A(370));
the other sets use the description with blanks turned into '_' and, where a description occurs
more than once in a set, a 1-based suffix in file order (Michael_acceptor_1, ...), the naming
RDKit's Brenk catalog uses. Only the standard library is needed.
"""
import collections
import csv
import os
import re
import sys

WEHI = "RDKit Data/Pains/wehi_pains.csv @24e544313514cb98beb9403502d0466f4ab67971 (BSD-3-Clause)"
MAYA = "mayachemtools lib/data/PAINSFilters.csv @cdb49e403bb56083a1a51193916da87a25bdefcd (LGPL-3.0-or-later)"
RDF = "rd_filters rd_filters/data/alert_collection.csv @3630f1a59150b4a203c2f06d8376a66d1d4c3f70 (MIT)"

PAINS_PAPER = ("Baell & Holloway, J. Med. Chem. 2010, 53, 2719-2740; SMARTS by Saubern, Guha & Baell, "
               "Mol. Inf. 2011, 30, 847-850")

# rule-set id -> (rd_filters rule_set_name, publication / originator)
CHEMBL_SETS = {
    "brenk": ("Dundee", "Brenk et al., ChemMedChem 2008, 3, 435-444 (Dundee unwanted groups)"),
    "nih": ("MLSMR", "NIH Molecular Libraries Small Molecule Repository (MLSMR) excluded-functionality filters"),
    "glaxo": ("Glaxo", "Hann et al., J. Chem. Inf. Comput. Sci. 1999, 39, 897-902 (Glaxo Wellcome hard filters)"),
    "inpharmatica": ("Inpharmatica", "Inpharmatica Ltd. unwanted-fragment filters"),
    "lint": ("LINT", "Pfizer LINT filters (Blake, Med. Chem. 2005, 1, 649-655)"),
    "bms": ("BMS", "Pearce et al., J. Chem. Inf. Model. 2006, 46, 1060-1068 (BMS HTS deck filters)"),
    "surechembl": ("SureChEMBL", "SureChEMBL non-MedChem-friendly SMARTS (Papadatos et al., Nucleic Acids Res. 2016, 44, D1220)"),
}


def header(out, rule_set, origin, files):
    out.write(f"# vscreen structural alerts: rule set '{rule_set}'\n")
    out.write(f"# Publication: {origin}\n")
    for f in files:
        out.write(f"# SMARTS source: {f}\n")
    if files == [RDF]:
        out.write("# The rule set as distributed with ChEMBL's structural alerts, collected in rd_filters.\n")
    out.write("# Written by chem/src/test/scripts/alert_tables.py; SMARTS unchanged from the source.\n")
    out.write("# Columns (tab-separated): rule_set, name, smarts, source\n")


def pains(src, dest):
    family = {}
    with open(os.path.join(src, "PAINSFilters.csv"), newline="") as f:
        rows = list(csv.reader(line for line in f if not line.startswith("#")))
    for fam, name, _ in rows[1:]:
        family[re.sub(r'[\s"]', "", name)] = fam
    by_family = collections.defaultdict(list)
    with open(os.path.join(src, "wehi_pains.csv"), newline="") as f:
        for smarts, reg in csv.reader(f):
            name = re.fullmatch(r"<regId=(.*)>", reg).group(1)
            by_family[family[name]].append((name, smarts))
    for fam in "ABC":
        rule_set = "pains_" + fam.lower()
        with open(os.path.join(dest, rule_set + ".tsv"), "w") as out:
            header(out, rule_set, PAINS_PAPER + f"; family {fam}", [WEHI, MAYA + " (family only)"])
            out.write("rule_set\tname\tsmarts\tsource\n")
            for name, smarts in by_family[fam]:
                out.write(f"pains\t{name}\t{smarts}\tBaell & Holloway 2010 family {fam}; RDKit wehi_pains.csv\n")
        print(rule_set, len(by_family[fam]), file=sys.stderr)


def chembl(src, dest):
    with open(os.path.join(src, "alert_collection.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    for rule_set, (set_name, origin) in CHEMBL_SETS.items():
        picked = [r for r in rows if r["rule_set_name"] == set_name]
        names = [re.sub(r"\s+", "_", r["description"].strip()).replace(";", ",") for r in picked]
        seen, total = collections.Counter(), collections.Counter(names)
        with open(os.path.join(dest, rule_set + ".tsv"), "w") as out:
            header(out, rule_set, origin, [RDF])
            out.write("rule_set\tname\tsmarts\tsource\n")
            for r, name in zip(picked, names):
                if total[name] > 1:
                    seen[name] += 1
                    name = f"{name}_{seen[name]}"
                out.write(f"{rule_set}\t{name}\t{r['smarts']}\t{origin.split(' (')[0]}; rd_filters rule_id {r['rule_id']}\n")
        print(rule_set, len(picked), file=sys.stderr)


if __name__ == "__main__":
    pains(sys.argv[1], sys.argv[2])
    chembl(sys.argv[1], sys.argv[2])
