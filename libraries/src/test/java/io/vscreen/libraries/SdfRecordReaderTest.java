package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * SD files: the V2000 fixture written by RDKit (12 approved drugs) followed by an empty record,
 * a record with no 'M  END', and a last record cut off before its bond block.
 */
class SdfRecordReaderTest extends RecordReaderContractTest {

    static final String V2000 = TestResources.text("drugs_v2000.sdf");
    static final String V3000 = TestResources.text("drugs_v3000.sdf");

    /** name, formula, heavy atoms from RDKit, by record. */
    static final List<String[]> EXPECTED = TestResources.text("drugs_expected.tsv").lines().skip(1)
            .map(l -> l.split("\t")).toList();

    static final String BROKEN_TAIL = "\n\n\n$$$$\n"
            + "no end\n  test\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\n    0.0000    0.0000    0.0000 C   0  0\n$$$$\n"
            + "cut\n  test\n\n  2  1  0  0  0  0  0  0  0  0999 V2000\n    0.0000    0.0000    0.0000 C   0  0\n";

    @Override
    LibraryFormat format() {
        return LibraryFormat.SDF;
    }

    @Override
    String extension() {
        return ".sdf";
    }

    @Override
    String library() {
        return V2000 + BROKEN_TAIL;
    }

    @Override
    int expectedRecords() {
        return 15;
    }

    @Override
    Map<Long, String> expectedRejects() {
        return Map.of(13L, "empty record", 14L, "SDF record has no 'M  END' line before '$$$$'",
                15L, "SDF record truncated: no 'M  END' before end of file");
    }

    @Override
    Map<Long, String> expectedIds() {
        Map<Long, String> ids = new HashMap<>();
        for (int i = 0; i < EXPECTED.size(); i++) {
            ids.put(i + 1L, EXPECTED.get(i)[0]);
        }
        ids.put(13L, "lib:13");
        ids.put(14L, "no end");
        ids.put(15L, "cut");
        return ids;
    }

    @Test
    void propertiesAreKeptInFileOrder() throws IOException {
        List<Entry> entries = readAll(write("drugs.sdf", V2000));
        assertEquals(12, entries.size());
        Record ibuprofen = (Record) entries.get(1);
        assertEquals(List.of("NAME", "FORMULA", "HEAVY_ATOMS", "NOTE"), List.copyOf(ibuprofen.properties().keySet()));
        assertEquals("first line\nsecond line", ibuprofen.properties().get("NOTE"));
        assertEquals(StructureKind.MOLFILE, ibuprofen.kind());
        assertTrue(ibuprofen.structure().endsWith("M  END\n"), ibuprofen.structure());
        assertTrue(ibuprofen.structure().startsWith("ibuprofen\n"));
    }

    @Test
    void v2000AndV3000GiveTheSameMolecules() throws IOException {
        List<Outcome> v2 = outcomes(write("v2.sdf", V2000));
        List<Outcome> v3 = outcomes(write("v3.sdf", V3000));
        assertEquals(EXPECTED.size(), v2.size());
        assertEquals(EXPECTED.size(), v3.size());
        for (int i = 0; i < EXPECTED.size(); i++) {
            String[] want = EXPECTED.get(i);
            for (Outcome o : List.of(v2.get(i), v3.get(i))) {
                Outcome.Parsed p = assertInstanceOf(Outcome.Parsed.class, o, () -> want[0] + ": " + o);
                assertEquals(want[0], p.id());
                assertEquals(Integer.parseInt(want[2]), heavyAtoms(p.molecule()), want[0] + " heavy atoms");
                assertEquals(want[1], p.record().properties().get("FORMULA"));
            }
        }
    }

    @Test
    void idFromAConfiguredProperty() throws IOException {
        Path p = write("drugs.sdf", V2000);
        List<Entry> entries = readAll(Libraries.openRecords(LibrarySpec.of(p).withIdColumn("FORMULA")));
        assertEquals("C9H8O4", entries.get(0).id());
    }

    @Test
    void singleMolfileWithoutTerminatorIsOneRecord() throws IOException {
        String aspirin = V2000.substring(0, V2000.indexOf("M  END") + 7);
        List<Outcome> outcomes = outcomes(write("aspirin.mol", aspirin));
        assertEquals(1, outcomes.size());
        assertEquals(13, heavyAtoms(((Outcome.Parsed) outcomes.get(0)).molecule()));
    }

    List<Outcome> outcomes(Path p) throws IOException {
        try (LibraryReader reader = Libraries.open(LibrarySpec.of(p))) {
            return reader.stream().toList();
        }
    }

    static int heavyAtoms(IAtomContainer mol) {
        int n = 0;
        for (IAtom a : mol.atoms()) {
            if (a.getAtomicNumber() > 1) {
                n++;
            }
        }
        return n;
    }
}
