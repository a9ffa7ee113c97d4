package io.vscreen.reports.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the run wrote, as listed in {@code summary.json}.
 *
 * @param name   file name within the output directory
 * @param bytes  size
 * @param sha256 lower-case hex SHA-256 of the content
 */
public record OutputFile(String name, long bytes, String sha256) {

    /** Describes an existing file. */
    public static OutputFile of(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStreamNull.INSTANCE);
        }
        return new OutputFile(file.getFileName().toString(), Files.size(file), HexFormat.of().formatHex(md.digest()));
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
