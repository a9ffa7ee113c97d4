package io.vscreen.libraries;

/**
 * Counts heavy atoms straight from structure text, without building a molecule, so that
 * oversized records (polymers, 10,000-atom entries) are rejected at once instead of being parsed.
 */
final class HeavyAtomCount {
    private HeavyAtomCount() {
    }

    /**
     * Heavy atoms in a SMILES: bracket atoms other than hydrogen, plus organic-subset atoms
     * outside brackets (B C N O P S F Cl Br I, aromatic b c n o p s, and *).
     */
    static int ofSmiles(String smiles) {
        int count = 0;
        int n = smiles.length();
        for (int i = 0; i < n; i++) {
            char c = smiles.charAt(i);
            switch (c) {
                case '[' -> {
                    int j = i + 1;
                    while (j < n && Character.isDigit(smiles.charAt(j))) {
                        j++;
                    }
                    boolean hydrogen = j < n && smiles.charAt(j) == 'H'
                            && (j + 1 >= n || !Character.isLowerCase(smiles.charAt(j + 1)));
                    if (!hydrogen) {
                        count++;
                    }
                    int close = smiles.indexOf(']', i + 1);
                    i = close < 0 ? n : close;
                }
                case 'B', 'C', 'N', 'O', 'P', 'S', 'F', 'I', 'b', 'c', 'n', 'o', 'p', 's', '*' -> count++;
                default -> {
                    // bonds, ring closures, branches, the 'l' of Cl and 'r' of Br
                }
            }
        }
        return count;
    }

    /** Heavy atoms in a molfile (V2000 or V3000 atom block); -1 if the block cannot tell. */
    static int ofMolfile(String molfile) {
        String[] lines = molfile.split("\n", -1);
        if (lines.length < 4) {
            return -1;
        }
        String counts = lines[3];
        if (counts.contains("V3000")) {
            int heavy = 0;
            boolean inAtoms = false;
            for (String line : lines) {
                if (line.startsWith("M  V30 BEGIN ATOM")) {
                    inAtoms = true;
                } else if (line.startsWith("M  V30 END ATOM")) {
                    return heavy;
                } else if (inAtoms && line.startsWith("M  V30 ")) {
                    String[] words = line.substring(7).strip().split("\\s+", 3);
                    String symbol = words.length > 1 ? words[1] : "";
                    if (!symbol.equals("H") && !symbol.equals("D") && !symbol.equals("T")) {
                        heavy++;
                    }
                }
            }
            return -1;
        }
        int atoms = counts.length() >= 3 ? parse(counts.substring(0, 3).strip()) : -1;
        if (atoms < 0) {
            return -1;
        }
        int heavy = 0;
        for (int i = 4; i < Math.min(lines.length, 4 + atoms); i++) {
            String line = lines[i];
            String symbol = line.length() >= 34 ? line.substring(31, 34).strip() : "";
            if (!symbol.equals("H") && !symbol.equals("D") && !symbol.equals("T")) {
                heavy++;
            }
        }
        return heavy;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
