package io.vscreen.libraries.formats;

import java.nio.charset.StandardCharsets;

/** Decoding of record bytes: strict for records, lossy for showing unreadable bytes in rejects. */
final class Text {
    /** Longest raw text kept in a reject for unreadable or oversized records. */
    static final int MAX_SHOWN_CHARS = 2000;

    private Text() {
    }

    /**
     * The bytes as text, or null if they are not text (control characters other than tab and line
     * breaks: binary data). UTF-8 is expected; bytes that are not valid UTF-8 are read as Latin-1,
     * as names in older libraries often are, when at most a quarter of them are non-ASCII (more is
     * taken for binary data).
     */
    static String decodeOrNull(byte[] b, int off, int len) {
        int high = 0;
        for (int i = off, end = off + len; i < end; i++) {
            int c = b[i];
            if (c < 0) {
                high++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return null;
            }
        }
        if (high == 0) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        // not UTF-8: Latin-1 text has a few accented letters among ASCII; random bytes have many
        return high * 4 <= len ? new String(b, off, len, StandardCharsets.ISO_8859_1) : null;
    }

    /** The bytes shown as text, invalid bytes and control characters replaced by U+FFFD, cut to a readable length. */
    static String lossy(byte[] b, int off, int len) {
        String s = new String(b, off, Math.min(len, MAX_SHOWN_CHARS * 4), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_SHOWN_CHARS));
        for (int i = 0; i < s.length() && sb.length() < MAX_SHOWN_CHARS; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 && c != '\t' && c != '\n' || c == 0x7f ? '\uFFFD' : c);
        }
        if (sb.length() >= MAX_SHOWN_CHARS || len > MAX_SHOWN_CHARS * 4) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** A string cut to a readable length for a reject's raw text. */
    static String shown(String s) {
        return s.length() <= MAX_SHOWN_CHARS * 50 ? s : s.substring(0, MAX_SHOWN_CHARS * 50) + "...";
    }
}
