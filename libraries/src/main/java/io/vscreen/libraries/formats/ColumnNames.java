package io.vscreen.libraries.formats;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The column names by which SMILES and ids are recognised in headers and SD properties. */
final class ColumnNames {
    /** SMILES column names, in order of preference (matched ignoring case). */
    static final List<String> SMILES = List.of("smiles", "canonical_smiles", "isomeric_smiles", "smiles_string",
            "smi", "mol", "structure", "canonical smiles", "isomeric smiles");

    /** Id column names, in order of preference (matched ignoring case). */
    static final List<String> ID = List.of("id", "name", "mol_id", "molecule_id", "compound_id", "compound id",
            "cid", "cmpd_chemblid", "chembl_id", "molecule_chembl_id", "zinc_id", "title", "compound", "drug",
            "molecule_name", "mol_name", "num");

    private ColumnNames() {
    }

    /** The first column named like a SMILES column, or null. */
    static String findSmiles(Collection<String> columns) {
        return find(columns, SMILES);
    }

    /** The first column named like an id column, or null. */
    static String findId(Collection<String> columns) {
        return find(columns, ID);
    }

    private static String find(Collection<String> columns, List<String> preferred) {
        for (String want : preferred) {
            for (String c : columns) {
                if (c.strip().toLowerCase(Locale.ROOT).equals(want)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The index of {@code name} among {@code columns}: exact match first, then ignoring case and spaces; -1 if absent. */
    static int indexOf(List<String> columns, String name) {
        int i = columns.indexOf(name);
        if (i >= 0) {
            return i;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).strip().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        return -1;
    }
}
