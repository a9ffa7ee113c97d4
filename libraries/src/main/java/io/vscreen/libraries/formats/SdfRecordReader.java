package io.vscreen.libraries.formats;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vscreen.libraries.Entry;
import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.ReaderPosition;
import io.vscreen.libraries.Record;
import io.vscreen.libraries.StructureKind;

/**
 * Reads SD files (V2000 and V3000 molfiles alike): a record is everything up to a {@code $$$$}
 * line. The structure is the molfile block up to and including {@code M  END}; the data items
 * after it ({@code > <NAME>} then value lines up to a blank line) become the properties, in file
 * order, multi-line values joined with newlines. A last record without {@code $$$$} is read if it
 * has its {@code M  END} (single {@code .mol} files); otherwise it is rejected as truncated.
 * The id is the {@code idColumn} property when one is configured, else the title line, else a
 * common id property (ID, Name, ...), else generated.
 */
final class SdfRecordReader extends FramedRecordReader {
    private byte[] block = new byte[8192];
    private int blockLength;
    private boolean tooLarge;
    private boolean terminated;

    private SdfRecordReader(LibrarySpec spec, LineInput in, ReaderPosition start, long endByte) {
        super(spec, LibraryFormat.SDF, in, start, endByte);
    }

    static SdfRecordReader open(LibrarySpec spec, ReaderPosition start, long endByte) throws IOException {
        LineInput in = LineInput.open(spec.path(), start.byteOffset(), spec.maxRecordBytes());
        return new SdfRecordReader(spec, in, start, endByte);
    }

    @Override
    boolean frame() throws IOException {
        blockLength = 0;
        tooLarge = false;
        terminated = false;
        boolean any = false;
        boolean nonBlank = false;
        while (in.readLine()) {
            if (!any) {
                frameStart = in.lineStart;
                any = true;
            }
            if (isTerminator()) {
                terminated = true;
                return true;
            }
            if (!nonBlank) {
                for (int i = 0; i < in.length; i++) {
                    if (in.line[i] != ' ' && in.line[i] != '\t') {
                        nonBlank = true;
                        break;
                    }
                }
            }
            appendLine();
        }
        // end of file: blank lines after the last $$$$ are not a record
        return any && nonBlank;
    }

    private boolean isTerminator() {
        if (in.length < 4 || in.line[0] != '$' || in.line[1] != '$' || in.line[2] != '$' || in.line[3] != '$') {
            return false;
        }
        for (int i = 4; i < in.length; i++) {
            if (in.line[i] != ' ' && in.line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private void appendLine() {
        int n = in.length + 1;
        if (in.overlong || blockLength + n > spec.maxRecordBytes()) {
            tooLarge = true;
        }
        if (tooLarge && blockLength >= Text.MAX_SHOWN_CHARS * 4) {
            return;
        }
        if (blockLength + n > block.length) {
            byte[] grown = new byte[Math.max(block.length * 2, blockLength + n)];
            System.arraycopy(block, 0, grown, 0, blockLength);
            block = grown;
        }
        System.arraycopy(in.line, 0, block, blockLength, in.length);
        blockLength += in.length;
        block[blockLength++] = '\n';
    }

    @Override
    Entry decode(long number) {
        if (tooLarge) {
            return reject(number, null, Text.lossy(block, 0, blockLength),
                    "SDF record larger than " + spec.maxRecordBytes() + " bytes");
        }
        String text = Text.decodeOrNull(block, 0, blockLength);
        if (text == null) {
            return reject(number, null, Text.lossy(block, 0, blockLength), "unreadable bytes: not text");
        }
        if (text.isBlank()) {
            return reject(number, null, text, "empty record");
        }
        int end = findMolfileEnd(text);
        String title = text.substring(0, Math.max(text.indexOf('\n'), 0)).strip();
        if (end < 0) {
            String reason = terminated ? "SDF record has no 'M  END' line before '$$$$'"
                    : "SDF record truncated: no 'M  END' before end of file";
            return reject(number, title, Text.shown(text), reason);
        }
        String molfile = text.substring(0, end);
        Map<String, String> properties = properties(text.substring(end));
        String id = chooseId(title, properties, number);
        return new Record(number, id, text, molfile, StructureKind.MOLFILE, properties);
    }

    /** Index just past the 'M  END' line (including its newline), or -1. */
    static int findMolfileEnd(String text) {
        int from = 0;
        while (true) {
            int i = text.indexOf("M  END", from);
            if (i < 0) {
                return -1;
            }
            if (i == 0 || text.charAt(i - 1) == '\n') {
                int nl = text.indexOf('\n', i);
                return nl < 0 ? text.length() : nl + 1;
            }
            from = i + 1;
        }
    }

    /** The SD data items after the molfile: '> ... <NAME> ...' header, value lines, blank line. */
    static Map<String, String> properties(String data) {
        Map<String, String> props = new LinkedHashMap<>();
        String[] lines = data.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            if (!line.startsWith(">")) {
                continue;
            }
            String name;
            int lt = line.indexOf('<');
            int gt = lt < 0 ? -1 : line.indexOf('>', lt + 1);
            if (lt >= 0 && gt > lt) {
                name = line.substring(lt + 1, gt);
            } else {
                name = line.substring(1).strip();
            }
            StringBuilder value = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("> ")) {
                if (value.length() > 0) {
                    value.append('\n');
                }
                value.append(stripTrailing(lines[i]));
                i++;
            }
            props.putIfAbsent(name, value.toString());
        }
        return props;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    private String chooseId(String title, Map<String, String> properties, long number) {
        if (spec.idColumn().isPresent()) {
            String v = properties.get(spec.idColumn().get());
            return v == null || v.isBlank() ? generatedId(number) : v.strip();
        }
        if (!title.isEmpty()) {
            return title;
        }
        String column = ColumnNames.findId(properties.keySet());
        if (column != null) {
            String v = properties.get(column);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return generatedId(number);
    }
}
