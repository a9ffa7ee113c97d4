package io.vscreen.libraries.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vscreen.libraries.Entry;
import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.ReaderPosition;
import io.vscreen.libraries.Record;
import io.vscreen.libraries.StructureKind;

/**
 * Reads SMILES files: one record per line, {@code SMILES [whitespace id [more columns]]}.
 * <ul>
 * <li>A first line whose first word is a column name ({@code smiles}, {@code SMILES}, {@code smi},
 * {@code canonical_smiles}...) is a header; its other words name the id and further columns.</li>
 * <li>Lines starting with {@code #} are comments, not records.</li>
 * <li>After the SMILES: when the rest of the line holds tabs it is split at tabs (id, then more
 * columns); otherwise, with a header of more than two columns it is split at whitespace, and
 * without one the whole rest is the id (the SMILES-file "title" convention).</li>
 * <li>Blank lines are records that are rejected as "empty record", so record numbers stay line numbers.</li>
 * </ul>
 */
final class SmilesRecordReader extends FramedRecordReader {
    static final Set<String> HEADER_WORDS = Set.of("smiles", "smi", "canonical_smiles", "isomeric_smiles",
            "isosmiles", "structure", "mol", "smiles_string");

    private final List<String> columns;

    private SmilesRecordReader(LibrarySpec spec, LineInput in, ReaderPosition start, long endByte, List<String> columns) {
        super(spec, LibraryFormat.SMILES, in, start, endByte);
        this.columns = columns;
    }

    /** Opens at {@code start} (clamped to the first record after any header), reading until {@code endByte}. */
    static SmilesRecordReader open(LibrarySpec spec, ReaderPosition start, long endByte) throws IOException {
        LineInput in = LineInput.open(spec.path(), 0, spec.maxRecordBytes());
        try {
            List<String> columns = List.of();
            long dataStart = in.offset();
            while (in.readLine()) {
                String first = Text.decodeOrNull(in.line, 0, in.length);
                if (first != null && first.stripLeading().startsWith("#")) {
                    continue;
                }
                if (first != null && !in.overlong) {
                    String[] words = first.strip().split("\\s+");
                    if (HEADER_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
                        columns = List.of(words);
                        dataStart = in.offset();
                        break;
                    }
                }
                dataStart = in.lineStart;
                break;
            }
            long from = Math.max(dataStart, start.byteOffset());
            in.close();
            in = LineInput.open(spec.path(), from, spec.maxRecordBytes());
            return new SmilesRecordReader(spec, in, new ReaderPosition(from, start.recordNumber()), endByte, columns);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    boolean frame() throws IOException {
        while (in.readLine()) {
            int i = 0;
            while (i < in.length && (in.line[i] == ' ' || in.line[i] == '\t')) {
                i++;
            }
            if (i < in.length && in.line[i] == '#') {
                continue;
            }
            frameStart = in.lineStart;
            return true;
        }
        return false;
    }

    @Override
    Entry decode(long number) {
        if (in.overlong) {
            return reject(number, null, Text.lossy(in.line, 0, in.length),
                    "line longer than " + spec.maxRecordBytes() + " bytes");
        }
        String raw = Text.decodeOrNull(in.line, 0, in.length);
        if (raw == null) {
            return reject(number, null, Text.lossy(in.line, 0, in.length), "unreadable bytes: not text");
        }
        String line = raw.strip();
        if (line.isEmpty()) {
            return reject(number, null, raw, "empty record");
        }
        int ws = 0;
        while (ws < line.length() && !Character.isWhitespace(line.charAt(ws))) {
            ws++;
        }
        String smiles = line.substring(0, ws);
        String rest = line.substring(ws).strip();
        List<String> fields;
        if (rest.isEmpty()) {
            fields = List.of();
        } else if (rest.indexOf('\t') >= 0) {
            fields = new ArrayList<>();
            for (String f : rest.split("\t", -1)) {
                fields.add(f.strip());
            }
        } else if (columns.size() > 2) {
            fields = List.of(rest.split("\\s+"));
        } else {
            fields = List.of(rest);
        }
        String id = fields.isEmpty() || fields.get(0).isEmpty() ? generatedId(number) : fields.get(0);
        Map<String, String> properties = new LinkedHashMap<>();
        for (int f = 1; f < fields.size(); f++) {
            String name = f + 1 < columns.size() ? columns.get(f + 1) : "column" + (f + 2);
            properties.put(name, fields.get(f));
        }
        return new Record(number, id, raw, smiles, StructureKind.SMILES, properties);
    }
}
