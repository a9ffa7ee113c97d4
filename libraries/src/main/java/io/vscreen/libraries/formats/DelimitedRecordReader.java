package io.vscreen.libraries.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.vscreen.libraries.Entry;
import io.vscreen.libraries.LibraryException;
import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.ReaderPosition;
import io.vscreen.libraries.Record;
import io.vscreen.libraries.StructureKind;

/**
 * Reads CSV and TSV files with a header row. Rows are framed byte by byte with RFC 4180 quoting
 * (a field that starts with a double quote runs to the closing quote, {@code ""} inside it is a
 * quote, and it may hold delimiters and line breaks), so record boundaries, shards and resume
 * positions stay exact when quoted fields contain newlines. Each row's fields are then split by
 * Commons CSV (rows without quotes take a fast path that splits at the delimiter, which is what
 * Commons CSV does for them). A quote inside an unquoted field is an ordinary character.
 *
 * <p>The SMILES column is {@code smilesColumn} or the first of {@link ColumnNames#SMILES} found;
 * the id column likewise. When the configured or expected column is missing, opening fails with
 * one error listing the columns found. The other columns become the record's properties.
 */
final class DelimitedRecordReader extends FramedRecordReader {
    private final char delimiter;
    private final CSVFormat csvFormat;
    private final List<String> header;
    private final int smilesIndex;
    private final int idIndex;
    private byte[] row = new byte[512];
    private int rowLength;
    private boolean tooLarge;
    private boolean unclosedQuote;

    private DelimitedRecordReader(LibrarySpec spec, LibraryFormat format, LineInput in, ReaderPosition start,
            long endByte, List<String> header, int smilesIndex, int idIndex) {
        super(spec, format, in, start, endByte);
        this.delimiter = format == LibraryFormat.TSV ? '\t' : ',';
        this.csvFormat = csvFormat(delimiter);
        this.header = header;
        this.smilesIndex = smilesIndex;
        this.idIndex = idIndex;
    }

    static CSVFormat csvFormat(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    static DelimitedRecordReader open(LibrarySpec spec, LibraryFormat format, ReaderPosition start, long endByte)
            throws IOException {
        LineInput in = LineInput.open(spec.path(), 0, spec.maxRecordBytes());
        try {
            // the header row, framed like any row
            DelimitedRecordReader headerReader = new DelimitedRecordReader(spec, format, in,
                    new ReaderPosition(0, 1), Long.MAX_VALUE, List.of(), -1, -1);
            if (!headerReader.frame()) {
                // empty file: an empty library
                return new DelimitedRecordReader(spec, format, in, new ReaderPosition(in.offset(), start.recordNumber()),
                        Long.MAX_VALUE, List.of(), -1, -1);
            }
            String text = Text.decodeOrNull(headerReader.row, 0, headerReader.rowLength);
            if (text == null || headerReader.tooLarge || headerReader.unclosedQuote) {
                throw new LibraryException(spec.path(), "the header row is not readable " + format + " text");
            }
            List<String> header = headerReader.split(text);
            long dataStart = in.offset();
            int smilesIndex = smilesColumn(spec, header);
            int idIndex = idColumn(spec, header);
            long from = Math.max(dataStart, start.byteOffset());
            in.seek(from);
            return new DelimitedRecordReader(spec, format, in, new ReaderPosition(from, start.recordNumber()), endByte,
                    header, smilesIndex, idIndex);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static int smilesColumn(LibrarySpec spec, List<String> header) throws LibraryException {
        if (spec.smilesColumn().isPresent()) {
            int i = ColumnNames.indexOf(header, spec.smilesColumn().get());
            if (i < 0) {
                throw new LibraryException(spec.path(), "no SMILES column '" + spec.smilesColumn().get()
                        + "'; columns found: " + String.join(", ", header));
            }
            return i;
        }
        String found = ColumnNames.findSmiles(header);
        if (found == null) {
            throw new LibraryException(spec.path(), "no SMILES column found (looked for "
                    + String.join(", ", ColumnNames.SMILES) + "; name it with the SMILES column option); columns found: "
                    + String.join(", ", header));
        }
        return header.indexOf(found);
    }

    private static int idColumn(LibrarySpec spec, List<String> header) throws LibraryException {
        if (spec.idColumn().isPresent()) {
            int i = ColumnNames.indexOf(header, spec.idColumn().get());
            if (i < 0) {
                throw new LibraryException(spec.path(), "no id column '" + spec.idColumn().get()
                        + "'; columns found: " + String.join(", ", header));
            }
            return i;
        }
        String found = ColumnNames.findId(header);
        return found == null ? -1 : header.indexOf(found);
    }

    @Override
    boolean frame() throws IOException {
        rowLength = 0;
        tooLarge = false;
        unclosedQuote = false;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean any = false;
        while (in.readLine()) {
            if (!any) {
                frameStart = in.lineStart;
                any = true;
            } else {
                appendByte((byte) '\n');
            }
            byte[] b = in.line;
            int n = in.length;
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < n && b[i + 1] == '"') {
                            i++;
                        } else {
                            inQuotes = false;
                        }
                    }
                } else if (c == delimiter) {
                    fieldStart = true;
                } else {
                    if (fieldStart && c == '"') {
                        inQuotes = true;
                    }
                    fieldStart = false;
                }
            }
            append(b, n);
            if (in.overlong) {
                tooLarge = true;
            }
            if (!inQuotes) {
                return true;
            }
            fieldStart = false;
        }
        unclosedQuote = any;
        return any;
    }

    private void append(byte[] b, int n) {
        if (rowLength + n > spec.maxRecordBytes()) {
            tooLarge = true;
            n = Math.max(0, Math.min(n, Text.MAX_SHOWN_CHARS * 4 - rowLength));
        }
        if (rowLength + n > row.length) {
            byte[] grown = new byte[Math.max(row.length * 2, rowLength + n)];
            System.arraycopy(row, 0, grown, 0, rowLength);
            row = grown;
        }
        System.arraycopy(b, 0, row, rowLength, n);
        rowLength += n;
    }

    private void appendByte(byte c) {
        append(new byte[] {c}, 1);
    }

    @Override
    Entry decode(long number) {
        if (tooLarge) {
            return reject(number, null, Text.lossy(row, 0, rowLength), "row longer than " + spec.maxRecordBytes() + " bytes");
        }
        String text = Text.decodeOrNull(row, 0, rowLength);
        if (text == null) {
            return reject(number, null, Text.lossy(row, 0, rowLength), "unreadable bytes: not text");
        }
        if (text.isBlank()) {
            return reject(number, null, text, "empty record");
        }
        if (unclosedQuote) {
            return reject(number, null, Text.shown(text), "quoted field not closed before end of file");
        }
        List<String> fields;
        try {
            fields = split(text);
        } catch (UncheckedIOException | IllegalStateException e) {
            return reject(number, null, text, "malformed quoted field: " + e.getMessage());
        }
        String id = idIndex >= 0 && idIndex < fields.size() ? fields.get(idIndex).strip() : null;
        if (fields.size() != header.size()) {
            return reject(number, id, text, (format() == LibraryFormat.TSV ? "TSV" : "CSV") + " row has "
                    + fields.size() + " field" + (fields.size() == 1 ? "" : "s") + ", header has " + header.size());
        }
        String smiles = fields.get(smilesIndex).strip();
        if (smiles.isEmpty()) {
            return reject(number, id, text, "no SMILES in column '" + header.get(smilesIndex) + "'");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (i != smilesIndex && i != idIndex) {
                properties.putIfAbsent(header.get(i), fields.get(i));
            }
        }
        return new Record(number, id == null || id.isEmpty() ? generatedId(number) : id, text, smiles,
                StructureKind.SMILES, properties);
    }

    /** The row's fields: split at delimiters, or by Commons CSV when the row holds quotes. */
    private List<String> split(String text) {
        if (text.indexOf('"') < 0) {
            List<String> fields = new ArrayList<>(Math.max(header.size(), 4));
            int from = 0;
            while (true) {
                int d = text.indexOf(delimiter, from);
                if (d < 0) {
                    fields.add(text.substring(from));
                    return fields;
                }
                fields.add(text.substring(from, d));
                from = d + 1;
            }
        }
        try (CSVParser parser = CSVParser.parse(text, csvFormat)) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> fields = new ArrayList<>();
            if (it.hasNext()) {
                it.next().forEach(fields::add);
            }
            if (it.hasNext()) {
                throw new IllegalStateException("more than one row in '" + text + "'");
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
