package io.vscreen.chem.fingerprints;

import static io.vscreen.chem.fingerprints.PharmacophoreTypes.ACCEPTOR;
import static io.vscreen.chem.fingerprints.PharmacophoreTypes.ACIDIC;
import static io.vscreen.chem.fingerprints.PharmacophoreTypes.AROMATIC;
import static io.vscreen.chem.fingerprints.PharmacophoreTypes.BASIC;
import static io.vscreen.chem.fingerprints.PharmacophoreTypes.DONOR;
import static io.vscreen.chem.fingerprints.PharmacophoreTypes.HALOGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.HeavyAtomGraph;

class PharmacophoreTypesTest {

    private static int flags(String smiles, int atom) throws StructureException {
        return PharmacophoreTypes.flags(HeavyAtomGraph.of(Drugs.parse(smiles)), atom);
    }

    @ParameterizedTest(name = "{0} atom {1}")
    @CsvSource({
        // acetic acid: carbonyl O acceptor, OH donor + acceptor + acidic
        "CC(=O)O, 2, " + ACCEPTOR,
        "CC(=O)O, 3, " + (DONOR | ACCEPTOR | ACIDIC),
        // triethylamine N: acceptor and basic
        "CCN(CC)CC, 2, " + (ACCEPTOR | BASIC),
        // acetamide N: donor only (amide)
        "CC(N)=O, 2, " + DONOR,
        // pyridine N: aromatic acceptor; pyrrole NH: aromatic donor
        "c1ccncc1, 3, " + (AROMATIC | ACCEPTOR),
        "c1cc[nH]c1, 3, " + (AROMATIC | DONOR),
        // aniline N: donor, not basic
        "Nc1ccccc1, 0, " + DONOR,
        "Clc1ccccc1, 0, " + HALOGEN,
        // carboxylate O-: acceptor and acidic; ammonium: donor and basic
        "CC(=O)[O-], 3, " + (ACCEPTOR | ACIDIC),
        "C[NH3+], 1, " + (DONOR | BASIC),
        // nitro: neither basic nor acidic
        "C[N+](=O)[O-], 1, 0",
        "C[N+](=O)[O-], 3, " + ACCEPTOR,
        // guanidine imine N basic
        "NC(N)=N, 3, " + (DONOR | ACCEPTOR | BASIC),
    })
    void typesAtomsByRole(String smiles, int atom, int expected) throws StructureException {
        assertEquals(expected, flags(smiles, atom));
    }
}
