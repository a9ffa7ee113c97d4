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
    static double parseScore(String text) {
        return parseScore(text, 0, text.length());
    }

    /**
     * Reads the score in {@code text[from, to)}: with an {@code f} suffix the float it names,
     * otherwise the double, exactly as {@link Float#parseFloat} and {@link Double#parseDouble}
     * would (see {@link #parseDecimal}).
     */
    static double parseScore(String text, int from, int to) {
        return to > from && text.charAt(to - 1) == 'f' ? parseDecimal(text, from, to - 1, true)
                : parseDecimal(text, from, to, false);
    }

    /** Exact powers of ten a double holds. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Reads the plain decimal {@code text[from, to)} (followed by {@code f} when {@code asFloat})
     * ({@code -}, digits, {@code .}, digits,
     * {@code E}, exponent, as {@link Double#toString} and {@link Float#toString} write them) with the
     * correctly rounded result of {@link Double#parseDouble} or, when {@code asFloat},
     * {@link Float#parseFloat} widened. The significand and the power of ten are exact doubles
     * when the significand has at most 2^53 and the exponent at most 22 in size, so one division
     * or multiplication rounds correctly (Clinger's fast path); for a float, the double rounding
     * through that double is exact unless the double falls exactly halfway between two floats
     * (the true value then lies within half a double unit of the midpoint, and only a value on the
     * midpoint itself could round differently). Every other text, NaN and infinity included, goes
     * to the JDK's parser.
     */
    static double parseDecimal(String text, int from, int to, boolean asFloat) {
        int i = from;
        boolean negative = i < to && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long significand = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < to; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                any = true;
                if (significand != 0 || ch != '0') {
                    if (++digits > 18) {
                        return slow(text, from, to, asFloat);
                    }
                    significand = significand * 10 + (ch - '0');
                }
                if (point) {
                    scale++;
                }
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) {
            return slow(text, from, to, asFloat);
        }
        int exponent = 0;
        if (i < to) {
            if (text.charAt(i) != 'E' || ++i == to) {
                return slow(text, from, to, asFloat);
            }
            boolean negativeExponent = text.charAt(i) == '-';
            if (negativeExponent) {
                i++;
            }
            int start = i;
            for (; i < to && i - start < 4; i++) {
                char ch = text.charAt(i);
                if (ch < '0' || ch > '9') {
                    return slow(text, from, to, asFloat);
                }
                exponent = exponent * 10 + (ch - '0');
            }
            if (i == start || i < to) {
                return slow(text, from, to, asFloat);
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (significand == 0) {
            return negative ? -0.0 : 0.0;
        }
        int power = exponent - scale;
        if (significand > 1L << 53 && !asFloat && power < 0 && power >= -LONG_POWERS_OF_TEN.length + 1) {
            // the 17 digits of a double's shortest text: the quotient, checked against the midpoints
            double q = quotient(significand, -power);
            if (!Double.isNaN(q)) {
                return negative ? -q : q;
            }
        }
        if (significand > 1L << 53 || power < -22 || power > 22) {
            return slow(text, from, to, asFloat);
        }
        double value = power < 0 ? significand / POWERS_OF_TEN[-power] : significand * POWERS_OF_TEN[power];
        if (asFloat) {
            float f = (float) value;
            if (Float.isInfinite(f) || Math.abs(f) < Float.MIN_NORMAL
                    || value == ((double) f + Math.nextDown(f)) / 2 || value == ((double) f + Math.nextUp(f)) / 2) {
                return slow(text, from, to, true);
            }
            value = f;
        }
        return negative ? -value : value;
    }

    /** Powers of ten a long holds unsigned: 10^0 to 10^19. */
    private static final long[] LONG_POWERS_OF_TEN = new long[20];

    static {
        long p = 1;
        for (int i = 0; i < LONG_POWERS_OF_TEN.length; i++) {
            LONG_POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    /**
     * The double nearest {@code w / 10^k} (ties to even) for {@code 0 < w < 2^60} and
     * {@code 1 <= k <= 19}, or NaN when it cannot be decided here. The quotient of the two
     * doubles is within an ulp or two of the answer; the answer is the double whose midpoints
     * with its neighbours enclose {@code w / 10^k}, which exact 128-bit comparisons of
     * {@code w * 2^-e} with {@code (2m + 1) * 10^k} decide.
     */
    static double quotient(long w, int k) {
        long p = LONG_POWERS_OF_TEN[k];
        double d = w / (k < POWERS_OF_TEN.length ? POWERS_OF_TEN[k] : (double) p);
        for (int step = 0; step < 4; step++) {
            if (!(d >= Double.MIN_NORMAL) || Double.isInfinite(d)) {
                return Double.NaN;
            }
            int above = againstUpperMidpoint(w, p, d);
            if (above == 2) {
                return Double.NaN;
            }
            boolean odd = (Double.doubleToRawLongBits(d) & 1) != 0;
            if (above > 0 || (above == 0 && odd)) {
                d = Math.nextUp(d);
                continue;
            }
            double below = Math.nextDown(d);
            if (!(below >= Double.MIN_NORMAL)) {
                return Double.NaN;
            }
            int atLower = againstUpperMidpoint(w, p, below);
            if (atLower == 2) {
                return Double.NaN;
            }
            if (atLower < 0 || (atLower == 0 && odd)) {
                d = below;
                continue;
            }
            return d;
        }
        return Double.NaN;
    }

    /**
     * The sign of {@code w / p - (a + ulp(a) / 2)} for a positive normal double {@code a}, or 2
     * when the comparison does not fit 128 bits.
     */
    private static int againstUpperMidpoint(long w, long p, double a) {
        long bits = Double.doubleToRawLongBits(a);
        long m = (bits & ((1L << 52) - 1)) | 1L << 52;
        int e = (int) (bits >>> 52) - 1075; // a = m * 2^e
        // w / p against (2m + 1) * 2^(e - 1): w * 2^(1 - e) against (2m + 1) * p
        long rightLow = (2 * m + 1) * p;
        long rightHigh = unsignedMultiplyHigh(2 * m + 1, p);
        int leftShift = 1 - e;
        long leftHigh;
        long leftLow;
        if (leftShift >= 0) {
            int length = 64 - Long.numberOfLeadingZeros(w);
            if (length + leftShift > 127) {
                return 2;
            }
            leftHigh = leftShift == 0 ? 0 : leftShift < 64 ? w >>> (64 - leftShift) : w << (leftShift - 64);
            leftLow = leftShift < 64 ? w << leftShift : 0;
        } else {
            int shift = -leftShift;
            int length = 128 - (rightHigh == 0 ? 64 + Long.numberOfLeadingZeros(rightLow) : Long.numberOfLeadingZeros(rightHigh));
            if (length + shift > 127) {
                return 2;
            }
            long high = shift < 64 ? rightHigh << shift | (rightLow >>> 1 >>> (63 - shift)) : rightLow << (shift - 64);
            rightLow = shift < 64 ? rightLow << shift : 0;
            rightHigh = high;
            leftHigh = 0;
            leftLow = w;
        }
        int c = Long.compareUnsigned(leftHigh, rightHigh);
        return c != 0 ? Integer.signum(c) : Integer.signum(Long.compareUnsigned(leftLow, rightLow));
    }

    /** The high 64 bits of the unsigned 128-bit product of two longs. */
    private static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    /** The JDK's reading of the text ({@code asFloat}: with the {@code f} that follows it). */
    private static double slow(String text, int from, int to, boolean asFloat) {
        return asFloat ? Float.parseFloat(text.substring(from, to + 1)) : Double.parseDouble(text.substring(from, to));
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
                line.substring(tabs[1] + 1, tabs[2]), parseDecimal(line, tabs[2] + 1, tabs[3], false),
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
                values[i] = parseDecimal(descriptors, start, end, false);
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
