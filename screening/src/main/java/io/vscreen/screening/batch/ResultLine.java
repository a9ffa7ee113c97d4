package io.vscreen.screening.batch;


import java.util.Arrays;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import ch.randelshofer.fastdoubleparser.JavaFloatParser;

import io.vscreen.chem.fingerprints.Fingerprint;

/**
 * One scored compound in a partition result file: a TSV line, record number first, so that
 * merging and sorting stream over text without parsing the chemistry again.
 *
 * <p>Fields: record, library, InChIKey, QED, id, canonical SMILES, Murcko scaffold,
 * alert ids ({@code ;}-separated), descriptor values ({@code ,}-separated, in
 * {@link io.vscreen.chem.descriptors.Descriptors#columnNames()} order), fingerprint
 * ({@code length:setbits}, empty when not computed), then one value per score column (a value held
 * exactly by a float, as model scores are, is written as that float with an {@code f} suffix). Tabs and line
 * breaks inside text fields are replaced by spaces. Scores come in triples per score column:
 * value, ensemble spread, applicability-domain similarity.
 *
 * @param record    global record number
 * @param library   library index
 * @param inchiKey  InChIKey
 * @param qed       drug-likeness (QED)
 * @param id        identifier
 * @param smiles    canonical SMILES
 * @param scaffold  Bemis-Murcko scaffold SMILES ("" for acyclic compounds)
 * @param alerts    matched alert ids joined by {@code ;}
 * @param descriptors descriptor values joined by {@code ,}
 * @param fingerprint fingerprint as {@code length:setbits}, or ""
 * @param scores    the individual scores, in the order of the screen's score columns
 */
public record ResultLine(long record, int library, String inchiKey, double qed, String id, String smiles,
                         String scaffold, String alerts, String descriptors, String fingerprint, double[] scores) {

    private static final int FIXED_FIELDS = 10;

    /** Index of the InChIKey field. */
    static final int INCHIKEY_FIELD = 2;

    public String format() {
        StringBuilder sb = new StringBuilder(128);
        sb.append(record).append('\t').append(library).append('\t').append(inchiKey).append('\t')
                .append(qed).append('\t').append(clean(id)).append('\t').append(clean(smiles)).append('\t')
                .append(clean(scaffold)).append('\t').append(clean(alerts)).append('\t').append(descriptors)
                .append('\t').append(fingerprint);
        for (double s : scores) {
            sb.append('\t');
            appendScore(sb, s);
        }
        return sb.append('\n').toString();
    }

    /**
     * A score: models score in single precision, so a value a float holds exactly is written as
     * the float's shortest text with an {@code f} suffix (about 8 digits, read back exactly and on
     * the fast path of number parsing) rather than the 17 digits of its double.
     */
    private static void appendScore(StringBuilder sb, double s) {
        float f = (float) s;
        if (f == s && !Float.isInfinite(f)) {
            sb.append(f).append('f');
        } else {
            sb.append(s);
        }
    }

    /** Reads a score written by {@link #appendScore} (or a plain double). */
    static double parseScore(String text) {
        return parseScore(text, 0, text.length());
    }

    /**
     * Reads the score in {@code text[from, to)}: with an {@code f} suffix the float it names,
     * otherwise the double, exactly as {@link Float#parseFloat} and {@link Double#parseDouble}
     * would, through FastDoubleParser (correctly rounded, without a substring per number: the
     * JDK parser's correction path for eight-digit floats and 17-digit doubles was most of the
     * report step's reading time).
     *
     * @throws NumberFormatException for text that is not a number
     */
    static double parseScore(String text, int from, int to) {
        return to > from && text.charAt(to - 1) == 'f' ? JavaFloatParser.parseFloat(text, from, to - from)
                : JavaDoubleParser.parseDouble(text, from, to - from);
    }

    public static ResultLine parse(String line) {
        int[] tabs = new int[FIXED_FIELDS];
        int count = 0;
        int scores = 0;
        for (int p = line.indexOf('\t'); p >= 0; p = line.indexOf('\t', p + 1)) {
            if (count < FIXED_FIELDS) {
                tabs[count++] = p;
            } else {
                scores++;
            }
        }
        if (count < FIXED_FIELDS - 1) {
            throw new IllegalArgumentException("a result line has " + FIXED_FIELDS + " fields and the scores, not "
                    + (count + 1) + ": " + line);
        }
        if (count == FIXED_FIELDS) {
            scores++;
        }
        double[] values = new double[scores];
        int start = count == FIXED_FIELDS ? tabs[FIXED_FIELDS - 1] + 1 : line.length();
        for (int i = 0; i < scores; i++) {
            int end = line.indexOf('\t', start);
            end = end < 0 ? line.length() : end;
            values[i] = parseScore(line, start, end);
            start = end + 1;
        }
        int fingerprintEnd = count == FIXED_FIELDS ? tabs[FIXED_FIELDS - 1] : line.length();
        return new ResultLine(Long.parseLong(line, 0, tabs[0], 10), Integer.parseInt(line, tabs[0] + 1, tabs[1], 10),
                line.substring(tabs[1] + 1, tabs[2]), JavaDoubleParser.parseDouble(line, tabs[2] + 1, tabs[3] - tabs[2] - 1),
                line.substring(tabs[3] + 1, tabs[4]), line.substring(tabs[4] + 1, tabs[5]),
                line.substring(tabs[5] + 1, tabs[6]), line.substring(tabs[6] + 1, tabs[7]),
                line.substring(tabs[7] + 1, tabs[8]), line.substring(tabs[8] + 1, fingerprintEnd), values);
    }

    /**
     * The values of {@link #descriptors()} in their order: numbers as written, {@code true} as 1 and
     * {@code false} as 0; empty when there are none.
     */
    public double[] descriptorValues() {
        if (descriptors.isEmpty()) {
            return new double[0];
        }
        int n = 1;
        for (int p = descriptors.indexOf(','); p >= 0; p = descriptors.indexOf(',', p + 1)) {
            n++;
        }
        double[] values = new double[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = descriptors.indexOf(',', start);
            end = end < 0 ? descriptors.length() : end;
            if (descriptors.startsWith("true", start) && end - start == 4) {
                values[i] = 1;
            } else if (descriptors.startsWith("false", start) && end - start == 5) {
                values[i] = 0;
            } else {
                values[i] = JavaDoubleParser.parseDouble(descriptors, start, end - start);
            }
            start = end + 1;
        }
        return values;
    }

    /** The record number of a formatted line, without parsing the rest. */
    static long recordOf(String line) {
        return Long.parseLong(line.substring(0, line.indexOf('\t')));
    }

    /** A text field of a formatted line, without parsing the rest. */
    static String field(String line, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start = line.indexOf('\t', start) + 1;
        }
        int end = line.indexOf('\t', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }

    /** A fingerprint as {@code length:bit,bit,...} with the set bits in hexadecimal ("" for null). */
    public static String fingerprintText(Fingerprint fp) {
        if (fp == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(8 + 4 * fp.cardinality()).append(fp.length()).append(':');
        int[] bits = fp.bits();
        for (int i = 0; i < bits.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Integer.toHexString(bits[i]));
        }
        return sb.toString();
    }

    /** The fingerprint of {@link #fingerprint()}, or null. */
    public Fingerprint fingerprintValue() {
        if (fingerprint.isEmpty()) {
            return null;
        }
        int colon = fingerprint.indexOf(':');
        int length = Integer.parseInt(fingerprint, 0, colon, 10);
        if (colon + 1 == fingerprint.length()) {
            return Fingerprint.fromBits(length);
        }
        int n = 1;
        for (int p = fingerprint.indexOf(',', colon); p >= 0; p = fingerprint.indexOf(',', p + 1)) {
            n++;
        }
        int[] bits = new int[n];
        int start = colon + 1;
        for (int i = 0; i < n; i++) {
            int end = fingerprint.indexOf(',', start);
            end = end < 0 ? fingerprint.length() : end;
            bits[i] = Integer.parseInt(fingerprint, start, end, 16);
            start = end + 1;
        }
        return Fingerprint.fromBits(length, bits);
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultLine r && r.record == record && r.library == library && r.inchiKey.equals(inchiKey)
                && Double.compare(r.qed, qed) == 0 && r.id.equals(id) && r.smiles.equals(smiles)
                && r.scaffold.equals(scaffold) && r.alerts.equals(alerts) && r.descriptors.equals(descriptors)
                && r.fingerprint.equals(fingerprint) && Arrays.equals(r.scores, scores);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(record) * 31 + inchiKey.hashCode();
    }

    @Override
    public String toString() {
        String line = format();
        return line.substring(0, line.length() - 1);
    }
}
