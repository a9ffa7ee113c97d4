package io.vscreen.chem.descriptors;

import java.util.List;

/**
 * The physico-chemical profile of one standardized molecule, with the definitions RDKit and most
 * chemists use (see {@link DescriptorCalculator} for each definition).
 *
 * @param mw                 average molecular weight including hydrogens (g/mol)
 * @param exactMass          monoisotopic mass (most abundant isotopes; electrons of a net charge removed)
 * @param logP               Wildman-Crippen logP
 * @param tpsa               topological polar surface area, N and O only (Å²)
 * @param hbd                Lipinski H-bond donors: hydrogens on N and O
 * @param hba                Lipinski H-bond acceptors: N and O atoms
 * @param rotatableBonds     rotatable bonds, RDKit strict definition
 * @param heavyAtoms         non-hydrogen atoms
 * @param rings              rings as RDKit counts them: the SSSR, plus the equally small alternative
 *                           rings of bridged systems (quinuclidine 3, adamantane 4)
 * @param aromaticRings      rings whose bonds are all aromatic
 * @param fractionSp3        fraction of carbons that are sp3 (four connections)
 * @param formalCharge       net formal charge
 * @param stereocentres      tetrahedral stereocentres, assigned or not
 * @param qed                quantitative estimate of drug-likeness (Bickerton 2012, mean weights)
 * @param lipinskiViolations rule-of-five violations: MW > 500, logP > 5, HBD > 5, HBA > 10
 * @param veber              Veber's oral bioavailability rule: rotatable bonds ≤ 10 and TPSA ≤ 140
 */
public record Descriptors(double mw, double exactMass, double logP, double tpsa, int hbd, int hba,
                          int rotatableBonds, int heavyAtoms, int rings, int aromaticRings,
                          double fractionSp3, int formalCharge, int stereocentres, double qed,
                          int lipinskiViolations, boolean veber) {

    private static final List<String> COLUMNS = List.of("mw", "exact_mass", "logp", "tpsa", "hbd", "hba",
            "rotb", "heavy_atoms", "rings", "aromatic_rings", "fsp3", "formal_charge", "stereocentres", "qed",
            "lipinski_violations", "veber");

    /** Column names for tables and CSV headers, in the order of {@link #values()} and {@link #toVector()}. */
    public static List<String> columnNames() {
        return COLUMNS;
    }

    /** The values in {@link #columnNames()} order (Double, Integer or Boolean). */
    public List<Object> values() {
        return List.of(mw, exactMass, logP, tpsa, hbd, hba, rotatableBonds, heavyAtoms, rings, aromaticRings,
                fractionSp3, formalCharge, stereocentres, qed, lipinskiViolations, veber);
    }

    /** The values as numbers in {@link #columnNames()} order ({@code veber} as 1 or 0), e.g. for model features. */
    public double[] toVector() {
        return new double[] {mw, exactMass, logP, tpsa, hbd, hba, rotatableBonds, heavyAtoms, rings, aromaticRings,
                fractionSp3, formalCharge, stereocentres, qed, lipinskiViolations, veber ? 1 : 0};
    }

    /** Lipinski's rule of five violations for the given values. */
    public static int lipinskiViolations(double mw, double logP, int hbd, int hba) {
        return (mw > 500 ? 1 : 0) + (logP > 5 ? 1 : 0) + (hbd > 5 ? 1 : 0) + (hba > 10 ? 1 : 0);
    }

    /** Veber's rule for the given values. */
    public static boolean veber(int rotatableBonds, double tpsa) {
        return rotatableBonds <= 10 && tpsa <= 140;
    }
}
