package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/** The bundled example library: every approved drug parses, with the formula chemists know. */
class ApprovedDrugsTest {

    static final Path SMI = Path.of("examples/approved_drugs.smi");
    static final Path CSV = Path.of("examples/approved_drugs.csv");

    static List<Outcome> read(LibrarySpec spec) throws IOException {
        try (LibraryReader reader = Libraries.open(spec)) {
            return reader.stream().toList();
        }
    }

    @Test
    void everyDrugParses() throws IOException {
        List<Outcome> outcomes = read(LibrarySpec.of(SMI));
        assertTrue(outcomes.size() >= 100, "at least 100 drugs: " + outcomes.size());
        assertEquals(Files.readAllLines(SMI).size() - 1, outcomes.size(), "one record per line after the header");
        Set<String> names = new HashSet<>();
        for (Outcome o : outcomes) {
            assertInstanceOf(Outcome.Parsed.class, o, () -> "does not parse: " + o);
            assertTrue(names.add(o.id()), "duplicate name " + o.id());
        }
        assertTrue(names.containsAll(List.of("aspirin", "ibuprofen", "paracetamol", "caffeine", "imatinib",
                "atorvastatin", "metformin", "metformin hydrochloride", "diclofenac sodium")));
    }

    @Test
    void wellKnownFormulas() throws Exception {
        // molecular formulas as printed in pharmacopoeias and on PubChem
        Map<String, String> known = Map.of(
                "aspirin", "C9H8O4",
                "caffeine", "C8H10N4O2",
                "imatinib", "C29H31N7O",
                "atorvastatin", "C33H35FN2O5",
                "metformin hydrochloride", "C4H12ClN5",
                "sodium valproate", "C8H15NaO2",
                "erythromycin", "C37H67NO13",
                "vinblastine", "C46H58N4O9",
                "losartan potassium", "C22H22ClKN6O");
        Map<String, String> found = new java.util.HashMap<>();
        for (Outcome o : read(LibrarySpec.of(SMI))) {
            if (known.containsKey(o.id())) {
                IAtomContainer mol = ((Outcome.Parsed) o).molecule();
                AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(mol);
                found.put(o.id(), MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(mol)));
            }
        }
        assertEquals(known, found);
    }

    @Test
    void someAreSalts() throws IOException {
        long salts = read(LibrarySpec.of(SMI)).stream()
                .filter(o -> ((Outcome.Parsed) o).record().structure().contains(".")).count();
        assertTrue(salts >= 8, "salts: " + salts);
    }

    @Test
    void csvTwinHasTheSameDrugs() throws IOException {
        List<String> fromSmi = new ArrayList<>();
        List<String> fromCsv = new ArrayList<>();
        for (Outcome o : read(LibrarySpec.of(SMI))) {
            fromSmi.add(o.id() + " " + ((Outcome.Parsed) o).record().structure());
        }
        for (Outcome o : read(LibrarySpec.of(CSV))) {
            fromCsv.add(o.id() + " " + ((Outcome.Parsed) o).record().structure());
        }
        assertEquals(fromSmi, fromCsv);
    }
}
