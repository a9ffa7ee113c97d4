package io.vscreen.libraries;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a library (or one shard of it) as molecules: every record yields exactly one
 * {@link Outcome}, a parsed molecule or a reject with its reason. Memory stays flat whatever the
 * file size. Not thread-safe (it owns a CDK parser): one reader per thread.
 */
public interface LibraryReader extends Closeable {

    /** The next outcome, or null at the end of the file or shard. */
    Outcome next() throws IOException;

    /** Where the next record starts; reopen at it to resume exactly (a batch checkpoint). */
    ReaderPosition position();

    /** The library file. */
    java.nio.file.Path path();

    /** The remaining outcomes as a sequential stream; I/O errors surface as {@link UncheckedIOException}. */
    default Stream<Outcome> stream() {
        Iterator<Outcome> it = new Iterator<>() {
            private Outcome pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    try {
                        pending = LibraryReader.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return pending != null;
            }

            @Override
            public Outcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Outcome o = pending;
                pending = null;
                return o;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
