package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void scoresReadBackBitForBitWhetherFloatsOrDoubles() {
        double fromFloat = 0.8342f; // a float widened to double, as a model's score arrives
        double[] scores = {fromFloat, (double) 6.3041f, 0.1 /* no float holds it */, Double.NaN, -0.0, 1e-45,
                Double.POSITIVE_INFINITY};
        ResultLine r = new ResultLine(3, 0, "K", 0.5, "x", "C", "", "", "", "", scores);
        String line = r.format();
        assertTrue(line.contains("\t0.8342f\t"), line);
        double[] back = ResultLine.parse(line.substring(0, line.length() - 1)).scores();
        for (int i = 0; i < scores.length; i++) {
            assertEquals(Double.doubleToRawLongBits(scores[i]), Double.doubleToRawLongBits(back[i]), "score " + i);
        }
        // lines written before floats were marked read as before
        assertEquals(0.25, ResultLine.parse("1\t0\tK\t0.5\tx\tC\t\t\t\t\t0.25").scores()[0]);
    }

    @Test
    void noFingerprintIsEmpty() {
        assertEquals("", ResultLine.fingerprintText(null));
        ResultLine r = new ResultLine(1, 0, "K", 0, "", "C", "", "", "", "", new double[0]);
        String line = r.format();
        assertNull(ResultLine.parse(line.substring(0, line.length() - 1)).fingerprintValue());
    }
}
