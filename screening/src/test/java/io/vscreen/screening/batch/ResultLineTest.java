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

    @Test
    void everyScoreFormReadsAsTheJdkReadsIt() {
        String[] texts = {"0.8342f", "-0.8342f", "0.0f", "-0.0f", "1.0E-5f", "3.4028235E38f", "1.4E-45f", "1.17549435E-38f",
                "NaN", "Infinity", "-Infinity", "0.1", "-1.25E-3", "325.38300000000004", "1.7976931348623157E308",
                "4.9E-324", "1e5", "12345678901234567890", "9007199254740993.0", "9007199254740995.0", "900719925474099.35",
                "5.050600000000002", "1.0000000000000002", "0.0012345678901234567", "123456789012345678.5", "0.30000000000000004", "7", "-7.5E22", "1.0E23", "2.2250738585072014E-308"};
        for (String t : texts) {
            double expected = t.endsWith("f") ? Float.parseFloat(t) : Double.parseDouble(t);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(ResultLine.parseScore(t)), t);
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            String t = Float.isNaN(f) ? "1.5f" : Float.toString(f) + "f"; // ResultLine writes NaN as a double
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(t)), Float.floatToRawIntBits((float) ResultLine.parseScore(t)), t);
            double d = Double.longBitsToDouble(random.nextLong());
            t = Double.toString(d);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)), Double.doubleToRawLongBits(ResultLine.parseScore(t)), t);
            t = random.nextInt(100_000) + "." + random.nextInt(100_000_000);
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(t)), Float.floatToRawIntBits((float) ResultLine.parseScore(t + "f")), t);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)), Double.doubleToRawLongBits(ResultLine.parseScore(t)), t);
        }
    }

    @Test
    void malformedScoresFailAsTheJdkParserDoes() {
        for (String t : new String[] {"", "f", "-", "1.2.3", "1E", "1E-", "0x", "abc", "NaNf", "Infinityf", "1.5ff", "1.5df"}) {
            org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> ResultLine.parseScore(t), t);
        }
    }

    @Test
    void descriptorsReadAsNumbersWithBooleansAsOneAndZero() {
        ResultLine r = new ResultLine(1, 0, "K", 0, "", "C", "", "", "180.15899999999999,1.31,0,true,false,NaN", "",
                new double[0]);
        ResultLine back = ResultLine.parse(r.toString());
        assertArrayEquals(new double[] {180.15899999999999, 1.31, 0, 1, 0, Double.NaN}, back.descriptorValues());
        assertEquals(0, ResultLine.parse(new ResultLine(1, 0, "K", 0, "", "C", "", "", "", "", new double[0]).toString())
                .descriptorValues().length);
    }

    @Test
    void aLineWithoutScoresHasNone() {
        ResultLine r = ResultLine.parse("5\t1\tK\t0.25\tid\tCCO\t\tPAINS:a;Brenk:b\t46.07\t2048:1,a");
        assertEquals(0, r.scores().length);
        assertEquals(5, r.record());
        assertEquals(1, r.library());
        assertEquals("PAINS:a;Brenk:b", r.alerts());
        assertArrayEquals(Fingerprint.fromBits(2048, 1, 10).words(), r.fingerprintValue().words());
        assertEquals(Fingerprint.fromBits(2048).cardinality(),
                ResultLine.parse("5\t1\tK\t0.25\tid\tCCO\t\t\t\t2048:").fingerprintValue().cardinality());
    }
}
