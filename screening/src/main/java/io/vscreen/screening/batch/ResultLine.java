package io.vscreen.screening.batch;

import java.util.Arrays;

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
    private static double parseScore(String text) {
        return text.endsWith("f") ? Float.parseFloat(text) : Double.parseDouble(text);
    }

    public static ResultLine parse(String line) {
        String[] f = line.split("\t", -1);
        double[] scores = new double[f.length - FIXED_FIELDS];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = parseScore(f[FIXED_FIELDS + i]);
        }
        return new ResultLine(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]), f[4],
                f[5], f[6], f[7], f[8], f[9], scores);
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
        int length = Integer.parseInt(fingerprint.substring(0, colon));
        String list = fingerprint.substring(colon + 1);
        if (list.isEmpty()) {
            return Fingerprint.fromBits(length);
        }
        String[] parts = list.split(",");
        int[] bits = new int[parts.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = Integer.parseInt(parts[i], 16);
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
