package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules every format's {@link RecordReader} obeys. Each format's test extends this class and
 * supplies a small library of well-known drugs with a few bad records in it.
 */
abstract class RecordReaderContractTest {

    @TempDir
    Path dir;

    /** The format under test. */
    abstract LibraryFormat format();

    /** The file extension to use, e.g. ".smi". */
    abstract String extension();

    /** A library text (LF line ends) with good records and some reader-level rejects. */
    abstract String library();

    /** The number of records in {@link #library()}. */
    abstract int expectedRecords();

    /** Record number to expected reader-level reject reason (exact), for {@link #library()}. */
    abstract Map<Long, String> expectedRejects();

    /** Some record numbers with the id the record must carry. */
    abstract Map<Long, String> expectedIds();

    Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** Writes {@code lib<extension>} in a directory of its own, so that generated ids are the same for every variant. */
    Path variant(String variant, String suffix, byte[] content) throws IOException {
        Path d = Files.createDirectories(dir.resolve(variant));
        Path p = d.resolve("lib" + extension() + suffix);
        Files.write(p, content);
        return p;
    }

    Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    static List<Entry> readAll(RecordReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (reader) {
            for (Entry e; (e = reader.next()) != null; ) {
                entries.add(e);
            }
            assertNull(reader.next(), "a finished reader stays finished");
        }
        return entries;
    }

    LibrarySpec spec(Path p) {
        return LibrarySpec.of(p).withFormat(format());
    }

    List<Entry> readAll(Path p) throws IOException {
        return readAll(Libraries.openRecords(spec(p)));
    }

    @Test
    void countsAddUpAndNumbersAreConsecutive() throws IOException {
        Path p = write("lib" + extension(), library());
        List<Entry> entries = readAll(p);
        assertEquals(expectedRecords(), entries.size());
        assertEquals(expectedRecords(), Libraries.count(spec(p)));
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).number(), "record numbers run 1, 2, 3...");
        }
        long rejects = entries.stream().filter(e -> e instanceof Reject).count();
        assertEquals(expectedRejects().size(), rejects, () -> "rejects: " + entries.stream().filter(e -> e instanceof Reject).toList());
        expectedRejects().forEach((n, reason) -> {
            Entry e = entries.get((int) (n - 1));
            assertInstanceOf(Reject.class, e, () -> "record " + n + " should be rejected: " + e);
            assertEquals(reason, ((Reject) e).reason(), "record " + n);
        });
        expectedIds().forEach((n, id) -> assertEquals(id, entries.get((int) (n - 1)).id(), "id of record " + n));
    }

    @Test
    void everyRecordYieldsOneOutcome() throws IOException {
        Path p = write("lib" + extension(), library());
        List<Outcome> outcomes;
        try (LibraryReader reader = Libraries.open(spec(p))) {
            outcomes = reader.stream().toList();
        }
        assertEquals(expectedRecords(), outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            assertEquals(i + 1, outcomes.get(i).number());
        }
        expectedRejects().keySet().forEach(n -> assertInstanceOf(Outcome.Rejected.class, outcomes.get((int) (n - 1))));
    }

    @Test
    void resumesExactlyFromEveryPosition() throws IOException {
        Path p = write("lib" + extension(), library());
        List<Entry> all = new ArrayList<>();
        List<ReaderPosition> before = new ArrayList<>();
        try (RecordReader reader = Libraries.openRecords(spec(p))) {
            while (true) {
                ReaderPosition pos = reader.position();
                Entry e = reader.next();
                if (e == null) {
                    break;
                }
                before.add(pos);
                all.add(e);
            }
        }
        Shard whole = Shard.whole();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, before.get(i).recordNumber());
            List<Entry> rest = readAll(Libraries.openRecords(spec(p), whole, before.get(i)));
            assertEquals(all.subList(i, all.size()), rest, "resuming at " + before.get(i));
        }
    }

    @Test
    void shardsPartitionTheLibraryExactly() throws IOException {
        Path p = write("lib" + extension(), library());
        List<Entry> all = readAll(p);
        for (int n = 1; n <= 7; n++) {
            List<Shard> shards = Shards.split(spec(p), n);
            assertEquals(n, shards.size());
            List<Entry> joined = new ArrayList<>();
            for (Shard shard : shards) {
                List<Entry> part = readAll(Libraries.openRecords(spec(p), shard));
                assertEquals(shard.recordCount(), part.size(), "records in " + shard);
                if (!part.isEmpty()) {
                    assertEquals(shard.firstRecord(), part.get(0).number());
                }
                joined.addAll(part);
            }
            assertEquals(all, joined, n + " shards");
        }
    }

    @Test
    void shardBoundariesAtAlmostEveryByteStillPartitionExactly() throws IOException {
        Path p = write("lib" + extension(), library());
        List<Entry> all = readAll(p);
        int n = (int) Math.min(Files.size(p), 500);
        List<Shard> shards = Shards.split(spec(p), n);
        List<Entry> joined = new ArrayList<>();
        long nonEmpty = 0;
        for (Shard shard : shards) {
            List<Entry> part = readAll(Libraries.openRecords(spec(p), shard));
            assertEquals(shard.recordCount(), part.size());
            nonEmpty += part.isEmpty() ? 0 : 1;
            joined.addAll(part);
        }
        assertEquals(all, joined);
        assertTrue(nonEmpty > all.size() / 2, "fine shards hold one or two records each: " + nonEmpty);
    }

    @Test
    void resumesInsideAShard() throws IOException {
        Path p = write("lib" + extension(), library());
        List<Shard> shards = Shards.split(spec(p), 3);
        for (Shard shard : shards) {
            List<Entry> part = readAll(Libraries.openRecords(spec(p), shard));
            try (RecordReader reader = Libraries.openRecords(spec(p), shard)) {
                for (int i = 0; i < part.size(); i++) {
                    List<Entry> rest = readAll(Libraries.openRecords(spec(p), shard, reader.position()));
                    assertEquals(part.subList(i, part.size()), rest, "resume in " + shard + " before entry " + i);
                    reader.next();
                }
            }
        }
    }

    @Test
    void lineEndingsByteOrderMarkAndGzipDoNotChangeRecords() throws IOException {
        byte[] lf = library().getBytes(StandardCharsets.UTF_8);
        List<Entry> expected = readAll(variant("lf", "", lf));
        byte[] crlf = library().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, readAll(variant("crlf", "", crlf)), "CRLF");
        byte[] bom = ("\uFEFF" + library()).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, readAll(variant("bom", "", bom)), "byte order mark");
        Path gz = variant("gz", ".gz", gzip(lf));
        assertEquals(expected, readAll(gz), "gzip");
        assertEquals(format(), LibrarySpec.of(gz).resolvedFormat(), "format from the name under .gz");
        assertEquals(expected.size(), Libraries.count(spec(gz)));
        // gzip is recognised by its magic bytes, not by the name
        Path disguised = variant("disguised", "", gzip(lf));
        List<Entry> fromDisguised = readAll(disguised);
        assertEquals(expected.size(), fromDisguised.size());
        assertEquals(expected, fromDisguised);
    }

    @Test
    void gzipShardsPartitionTheLibrary() throws IOException {
        Path gz = write("lib" + extension() + ".gz", gzip(library().getBytes(StandardCharsets.UTF_8)));
        List<Entry> all = readAll(gz);
        List<Entry> joined = new ArrayList<>();
        for (Shard shard : Shards.split(spec(gz), 4)) {
            joined.addAll(readAll(Libraries.openRecords(spec(gz), shard)));
        }
        assertEquals(all, joined);
    }

    @Test
    void emptyFileIsAnEmptyLibrary() throws IOException {
        Path p = write("empty" + extension(), new byte[0]);
        assertTrue(readAll(p).isEmpty());
        assertEquals(0, Libraries.count(spec(p)));
        for (Shard s : Shards.split(spec(p), 3)) {
            assertTrue(readAll(Libraries.openRecords(spec(p), s)).isEmpty());
        }
    }

    @Test
    void missingFileIsOneErrorNamingTheFile() {
        Path p = dir.resolve("no_such_library" + extension());
        LibraryException e = assertThrows(LibraryException.class, () -> Libraries.open(spec(p)));
        assertTrue(e.getMessage().contains("no_such_library" + extension()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertThrows(LibraryException.class, () -> Libraries.count(spec(p)));
        assertThrows(LibraryException.class, () -> Shards.split(spec(p), 2));
        LibraryException d = assertThrows(LibraryException.class, () -> Libraries.open(spec(dir)));
        assertTrue(d.getMessage().contains("directory"), d.getMessage());
    }

    @Test
    void binaryGarbageBecomesRejectsNotExceptions() throws IOException {
        byte[] good = library().getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[5000];
        new Random(42).nextBytes(garbage);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good);
        bytes.write(garbage);
        Path p = variant("garbage", "", bytes.toByteArray());
        List<Entry> entries = readAll(p);
        assertEquals(entries.size(), Libraries.count(spec(p)));
        assertTrue(entries.size() >= expectedRecords(), "garbage only adds records (it may join an unterminated last one)");
        List<Entry> clean = readAll(variant("clean", "", good));
        for (int i = 0; i < expectedRecords() - 1; i++) {
            assertEquals(clean.get(i), entries.get(i), "records before the garbage are unchanged");
        }
        Entry last = entries.get(entries.size() - 1);
        assertInstanceOf(Reject.class, last, () -> "garbage is rejected: " + last);
        // and through the parser: every record one outcome, nothing thrown
        try (LibraryReader reader = Libraries.open(spec(p))) {
            assertEquals(entries.size(), reader.stream().count());
        }
        // shards of a garbage file still partition it
        List<Entry> joined = new ArrayList<>();
        for (Shard s : Shards.split(spec(p), 5)) {
            joined.addAll(readAll(Libraries.openRecords(spec(p), s)));
        }
        assertEquals(entries, joined);
    }

    @Test
    void aHugeLineIsCutAndRejectedNotHeldWhole() throws IOException {
        StringBuilder sb = new StringBuilder(library());
        sb.append("C".repeat(5000)).append('\n');
        Path p = write("huge" + extension(), sb.toString());
        List<Entry> entries = readAll(Libraries.openRecords(spec(p).withMaxRecordBytes(2048)));
        assertEquals(entries.size(), Libraries.count(spec(p).withMaxRecordBytes(2048)));
        Entry last = entries.get(entries.size() - 1);
        assertInstanceOf(Reject.class, last);
        assertTrue(((Reject) last).reason().contains("2048 bytes"), ((Reject) last).reason());
        assertFalse(last.raw().length() > 10_000);
    }
}
