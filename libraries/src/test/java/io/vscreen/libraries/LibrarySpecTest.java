package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LibrarySpecTest {

    @Test
    void formatFromTheFileName() {
        assertEquals(LibraryFormat.SMILES, LibraryFormat.fromFileName("zinc.txt.gz"));
        assertEquals(LibraryFormat.SMILES, LibraryFormat.fromFileName("hits.ISM"));
        assertEquals(LibraryFormat.SMILES, LibraryFormat.fromFileName("a.smiles"));
        assertEquals(LibraryFormat.SDF, LibraryFormat.fromFileName("chembl.sdf.gz"));
        assertEquals(LibraryFormat.SDF, LibraryFormat.fromFileName("ligand.mol"));
        assertEquals(LibraryFormat.SDF, LibraryFormat.fromFileName("x.sd"));
        assertEquals(LibraryFormat.CSV, LibraryFormat.fromFileName("HIV.csv"));
        assertEquals(LibraryFormat.TSV, LibraryFormat.fromFileName("x.tab"));
        assertThrows(IllegalArgumentException.class, () -> LibraryFormat.fromFileName("x.gz"));
        assertThrows(IllegalArgumentException.class, () -> LibraryFormat.fromFileName("README"));
    }

    @Test
    void formatFromTheCommandLine() {
        assertEquals(LibraryFormat.SMILES, LibraryFormat.parse("smi"));
        assertEquals(LibraryFormat.SDF, LibraryFormat.parse("SDF"));
        assertEquals(LibraryFormat.CSV, LibraryFormat.parse("csv"));
        assertEquals(LibraryFormat.TSV, LibraryFormat.parse(" tsv "));
        assertEquals(LibraryFormat.SDF, LibraryFormat.parse("mol"));
        assertThrows(IllegalArgumentException.class, () -> LibraryFormat.parse("txt"), ".txt names a file, not a format");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LibraryFormat.parse("xlsx"));
        assertTrue(e.getMessage().contains("smi, sdf, csv or tsv"));
    }

    @Test
    void withersMakeNewSpecs() throws LibraryException {
        LibrarySpec base = LibrarySpec.of(Path.of("data/hits.csv.gz"));
        LibrarySpec tuned = base.withSmilesColumn("canonical_smiles").withIdColumn(" ").withMaxHeavyAtoms(150);
        assertNotSame(base, tuned);
        assertEquals(Optional.empty(), base.smilesColumn());
        assertEquals(Optional.of("canonical_smiles"), tuned.smilesColumn());
        assertEquals(Optional.empty(), tuned.idColumn(), "blank means detect");
        assertEquals(150, tuned.maxHeavyAtoms());
        assertEquals(LibraryFormat.CSV, tuned.resolvedFormat());
        assertEquals(LibraryFormat.TSV, tuned.withFormat(LibraryFormat.TSV).resolvedFormat());
        assertEquals("hits", base.stem());
        assertEquals(base, LibrarySpec.of(Path.of("data/hits.csv.gz")));
        assertThrows(IllegalArgumentException.class, () -> base.withMaxHeavyAtoms(0));
    }
}
