package io.vscreen.screening.batch;

import java.util.Arrays;

/**
 * One scored compound in a partition result file: a TSV line, record number first, so that
 * merging and sorting stream over text without parsing the chemistry again.
 *
 * <p>Fields: record, library, InChIKey, composite score, id, canonical SMILES, then one value
 * per score column. Tabs and line breaks inside text fields are replaced by spaces.
 *
 * @param record    global record number
 * @param library   library index
 * @param inchiKey  InChIKey
 * @param composite composite score (higher is better)
 * @param id        identifier
 * @param smiles    canonical SMILES
 * @param scores    the individual scores, in the order of the screen's score columns
 */
public record ResultLine(long record, int library, String inchiKey, double composite, String id, String smiles,
                         double[] scores) {

    /** Index of the InChIKey field. */
    static final int INCHIKEY_FIELD = 2;
    /** Index of the composite score field. */
    static final int COMPOSITE_FIELD = 3;

    public String format() {
        StringBuilder sb = new StringBuilder(128);
        sb.append(record).append('\t').append(library).append('\t').append(inchiKey).append('\t')
                .append(composite).append('\t').append(clean(id)).append('\t').append(clean(smiles));
        for (double s : scores) {
            sb.append('\t').append(s);
        }
        return sb.append('\n').toString();
    }

    public static ResultLine parse(String line) {
        String[] f = line.split("\t", -1);
        double[] scores = new double[f.length - 6];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Double.parseDouble(f[6 + i]);
        }
        return new ResultLine(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]), f[4],
                f[5], scores);
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

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultLine r && r.record == record && r.library == library && r.inchiKey.equals(inchiKey)
                && Double.compare(r.composite, composite) == 0 && r.id.equals(id) && r.smiles.equals(smiles)
                && Arrays.equals(r.scores, scores);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(record) * 31 + inchiKey.hashCode();
    }

    @Override
    public String toString() {
        return format().strip();
    }
}
