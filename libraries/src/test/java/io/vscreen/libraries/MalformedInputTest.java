package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries full of trouble: every record still yields exactly one outcome, rejects say why, and
 * nothing escapes as an exception.
 */
class MalformedInputTest {

    @TempDir
    Path dir;

    List<Outcome> outcomes(Path p) throws IOException {
        try (LibraryReader reader = Libraries.open(LibrarySpec.of(p))) {
            List<Outcome> list = reader.stream().toList();
            assertEquals(Libraries.count(LibrarySpec.of(p)), list.size(), "count agrees with reading");
            for (int i = 0; i < list.size(); i++) {
                assertEquals(i + 1, list.get(i).number());
            }
            return list;
        }
    }

    static String reason(Outcome o) {
        return assertInstanceOf(Outcome.Rejected.class, o, () -> "expected a reject: " + o).reject().reason();
    }

    @Test
    void badSmilesGetTheirReasons() throws IOException {
        Path p = Files.writeString(dir.resolve("bad.smi"), String.join("\n",
                "CC(=O)Oc1ccccc1C(=O)O aspirin",
                "C1CCC unclosed-ring",
                "CC(C)(C)(C)C five-valent-carbon",
                "C[N](C)(C)(C)C pentavalent-nitrogen",
                "c1cccc1 five-membered-aromatic-carbocycle",
                "CC(C unclosed-branch",
                "Xx1 not-an-element",
                "",
                "!!!! punctuation",
                "Cn1cnc2c1c(=O)n(C)c(=O)n2C caffeine") + "\n");
        List<Outcome> o = outcomes(p);
        assertEquals(10, o.size());
        assertInstanceOf(Outcome.Parsed.class, o.get(0));
        assertEquals("ring bond 1 not closed", reason(o.get(1)));
        assertTrue(reason(o.get(2)).startsWith("valence 5 on C"), reason(o.get(2)));
        assertTrue(reason(o.get(3)).startsWith("valence 5 on N"), reason(o.get(3)));
        assertEquals("aromatic system cannot be kekulized", reason(o.get(4)));
        assertEquals("branch '(' not closed", reason(o.get(5)));
        assertTrue(reason(o.get(6)).startsWith("invalid SMILES"), reason(o.get(6)));
        assertEquals("empty record", reason(o.get(7)));
        assertTrue(reason(o.get(8)).startsWith("invalid SMILES"), reason(o.get(8)));
        assertInstanceOf(Outcome.Parsed.class, o.get(9));
        assertEquals("unclosed-ring", o.get(1).id());
    }

    @Test
    void binaryBytesInASmilesFileAreRejectedLineByLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("CCO ethanol\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 'C', '\n'});
        bytes.write("Cn1cnc2c1c(=O)n(C)c(=O)n2C caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xe9, 'i', 'n', 'e', '\n'}); // a Latin-1 name: not UTF-8, still text
        bytes.write(new byte[] {'C', 'C', 0x1b, '[', '0', 'm', '\n'}); // an escape sequence
        bytes.write("c1ccccc1 benzene\n".getBytes(StandardCharsets.UTF_8));
        List<Outcome> o = outcomes(Files.write(dir.resolve("bin.smi"), bytes.toByteArray()));
        assertEquals(5, o.size());
        assertEquals("unreadable bytes: not text", reason(o.get(1)));
        assertInstanceOf(Outcome.Parsed.class, o.get(2));
        assertEquals("caf\u00e9ine", o.get(2).id());
        assertEquals("unreadable bytes: not text", reason(o.get(3)));
        assertInstanceOf(Outcome.Parsed.class, o.get(4));
    }

    @Test
    void aTenThousandAtomSmilesIsRejectedQuickly() throws IOException {
        String polymer = "C".repeat(10_000);
        String hugeRing = "C1" + "c2ccccc2".repeat(1500) + "C1";
        Path p = Files.writeString(dir.resolve("big.smi"), "CCO ethanol\n" + polymer + " polyethylene\n"
                + hugeRing + " ring\nCCN ethylamine\n");
        List<Outcome> o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> outcomes(p));
        assertEquals(4, o.size());
        assertEquals("molecule too large: 10000 heavy atoms (limit 1000)", reason(o.get(1)));
        assertEquals("molecule too large: 9002 heavy atoms (limit 1000)", reason(o.get(2)));
        assertInstanceOf(Outcome.Parsed.class, o.get(3));
    }

    @Test
    void aTenThousandAtomMolfileIsRejectedQuickly() throws IOException {
        // CDK's own writers recurse too deep on a 10,000-atom chain: write the V3000 block by hand
        int n = 10_000;
        StringBuilder block = new StringBuilder("polyethylene\n  handmade\n\n  0  0  0     0  0            999 V3000\n");
        block.append("M  V30 BEGIN CTAB\nM  V30 COUNTS ").append(n).append(' ').append(n - 1).append(" 0 0 0\n");
        block.append("M  V30 BEGIN ATOM\n");
        for (int i = 1; i <= n; i++) {
            block.append("M  V30 ").append(i).append(" C ").append(i * 1.5).append(" 0 0 0\n");
        }
        block.append("M  V30 END ATOM\nM  V30 BEGIN BOND\n");
        for (int i = 1; i < n; i++) {
            block.append("M  V30 ").append(i).append(" 1 ").append(i).append(' ').append(i + 1).append('\n');
        }
        block.append("M  V30 END BOND\nM  V30 END CTAB\nM  END\n");
        String aspirin = SdfRecordReaderTest.V2000.substring(0, SdfRecordReaderTest.V2000.indexOf("$$$$") + 5);
        Path p = Files.writeString(dir.resolve("big.sdf"), aspirin + block + "$$$$\n" + aspirin);
        List<Outcome> o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> outcomes(p));
        assertEquals(3, o.size());
        assertEquals("molecule too large: 10000 heavy atoms (limit 1000)", reason(o.get(1)));
        assertInstanceOf(Outcome.Parsed.class, o.get(2));
    }

    @Test
    void truncatedAndBinarySdFiles() throws IOException {
        String v2000 = SdfRecordReaderTest.V2000;
        int second = v2000.indexOf("$$$$") + 5;
        String aspirin = v2000.substring(0, second);
        // a record whose atom block is cut mid-way, then '$$$$'
        String cut = v2000.substring(second, second + 300) + "\nM  END\n$$$$\n";
        byte[] binary = new byte[3000];
        new Random(7).nextBytes(binary);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((aspirin + cut).getBytes(StandardCharsets.UTF_8));
        bytes.write(binary);
        bytes.write("\n$$$$\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(aspirin.getBytes(StandardCharsets.UTF_8));
        bytes.write(v2000.substring(second, second + 500).getBytes(StandardCharsets.UTF_8));
        List<Outcome> o = outcomes(Files.write(dir.resolve("broken.sdf"), bytes.toByteArray()));
        assertEquals(5, o.size());
        assertInstanceOf(Outcome.Parsed.class, o.get(0));
        assertTrue(reason(o.get(1)).startsWith("unreadable V2000 molfile"), reason(o.get(1)));
        assertEquals("unreadable bytes: not text", reason(o.get(2)));
        assertInstanceOf(Outcome.Parsed.class, o.get(3));
        assertEquals("SDF record truncated: no 'M  END' before end of file", reason(o.get(4)));
        assertEquals("ibuprofen", o.get(4).id());
    }

    @Test
    void wrongColumnNamesAreOneErrorNamingTheColumns() throws IOException {
        Path p = Files.writeString(dir.resolve("hits.csv"), "Molecule,pIC50\nCCO,5.1\n");
        LibraryException e = assertThrows(LibraryException.class, () -> Libraries.open(LibrarySpec.of(p)));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("columns found: Molecule, pIC50"), e.getMessage());
        LibraryException named = assertThrows(LibraryException.class,
                () -> Libraries.open(LibrarySpec.of(p).withSmilesColumn("smiles")));
        assertTrue(named.getMessage().contains("no SMILES column 'smiles'; columns found: Molecule, pIC50"), named.getMessage());
        // the explicit name fixes it
        try (LibraryReader r = Libraries.open(LibrarySpec.of(p).withSmilesColumn("Molecule"))) {
            assertInstanceOf(Outcome.Parsed.class, r.next());
        }
    }

    @Test
    void corruptGzipIsOneErrorNamingTheFile() throws IOException {
        byte[] gz = RecordReaderContractTest.gzip("CCO ethanol\n".repeat(20000).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        Path p = Files.write(dir.resolve("cut.smi.gz"), cut);
        LibraryException e = assertThrows(LibraryException.class, () -> {
            try (LibraryReader r = Libraries.open(LibrarySpec.of(p))) {
                while (r.next() != null) {
                    // read to the break
                }
            }
        });
        assertTrue(e.getMessage().contains("cut.smi.gz") && e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void unknownExtensionAsksForTheFormat() throws IOException {
        Path p = Files.writeString(dir.resolve("library.dat"), "CCO\n");
        LibraryException e = assertThrows(LibraryException.class, () -> Libraries.open(LibrarySpec.of(p)));
        assertTrue(e.getMessage().contains("smi|sdf|csv|tsv"), e.getMessage());
        try (LibraryReader r = Libraries.open(LibrarySpec.of(p).withFormat(LibraryFormat.parse("smi")))) {
            assertInstanceOf(Outcome.Parsed.class, r.next());
        }
        assertEquals(Map.of(), Map.of());
    }
}
