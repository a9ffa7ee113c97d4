package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.fingerprints.Fingerprint;

class ResultLineTest {

    @Test
    void aLineReadsBackAsWritten() {
        Fingerprint fp = Fingerprint.fromBits(2048, 0, 1, 63, 64, 2047);
        ResultLine aspirin = new ResultLine(17, 1, "BSYNRYMUTXBXSQ-UHFFFAOYSA-N", 0.55, "aspirin\twith a tab",
                "CC(=O)OC1=CC=CC=C1C(=O)O", "C1=CC=CC=C1", "brenk:ester", "180.159,1.31", ResultLine.fingerprintText(fp),
                new double[] {0.55, -1.25e-3});
        String line = aspirin.format();
        assertEquals(1, line.split("\n", -1).length - 1, "one line");
        ResultLine back = ResultLine.parse(line.substring(0, line.length() - 1));
        assertEquals("aspirin with a tab", back.id());
        assertEquals(17, ResultLine.recordOf(line));
        assertEquals("BSYNRYMUTXBXSQ-UHFFFAOYSA-N", ResultLine.field(line, ResultLine.INCHIKEY_FIELD));
        assertArrayEquals(fp.words(), back.fingerprintValue().words());
        assertArrayEquals(new double[] {0.55, -1.25e-3}, back.scores());
        assertEquals("brenk:ester", back.alerts());
    }

    @Test
    void noFingerprintIsEmpty() {
        assertEquals("", ResultLine.fingerprintText(null));
        ResultLine r = new ResultLine(1, 0, "K", 0, "", "C", "", "", "", "", new double[0]);
        String line = r.format();
        assertNull(ResultLine.parse(line.substring(0, line.length() - 1)).fingerprintValue());
    }
}
