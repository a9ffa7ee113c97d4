package io.vscreen.screening.batch;

/**
 * One rejected record in a partition reject file: a TSV line with the record number first.
 *
 * @param record  global record number
 * @param library library index
 * @param id      identifier, may be empty
 * @param raw     the record's text
 * @param reason  why it was rejected
 */
public record RejectLine(long record, int library, String id, String raw, String reason) {

    public String format() {
        return record + "\t" + library + "\t" + ResultLine.clean(id) + "\t" + ResultLine.clean(reason) + "\t"
                + ResultLine.clean(raw) + "\n";
    }

    public static RejectLine parse(String line) {
        String[] f = line.split("\t", 5);
        return new RejectLine(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2], f[4], f[3]);
    }
}
