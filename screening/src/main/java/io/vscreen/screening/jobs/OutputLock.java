package io.vscreen.screening.jobs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * An exclusive lock on a screen's output directory, held by the process that runs its job.
 *
 * <p>The operating system releases it when that process ends, however it ends (kill -9
 * included), so it tells a running execution from one whose process died, and it keeps two
 * processes from writing the same output directory.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock files this process holds, by real path. */
    private static final Set<Path> HELD = new HashSet<>();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;

    private OutputLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /** Takes the lock, or fails naming the process that holds it. */
    public static OutputLock acquire(Path lockFile) throws IOException {
        OutputLock l = tryAcquire(lockFile);
        if (l == null) {
            String owner = "another process";
            try {
                String pid = Files.readString(lockFile.resolveSibling("owner"), StandardCharsets.UTF_8).strip();
                if (!pid.isEmpty()) {
                    owner = "process " + pid;
                }
            } catch (IOException ignored) {
                // the owner note is informative only
            }
            throw new IOException("the output directory " + lockFile.getParent().getParent() + " is in use by " + owner);
        }
        Files.writeString(lockFile.resolveSibling("owner"), Long.toString(ProcessHandle.current().pid()) + "\n",
                StandardCharsets.UTF_8);
        return l;
    }

    /** Whether some process (this one included) holds the lock now. */
    public static boolean isHeld(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (OutputLock l = tryAcquire(lockFile)) {
            return l == null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The lock, or null when a process (this one included) holds it. A lock this process holds is
     * recognised without opening the file again: the operating system's record locks belong to
     * the process, and closing any descriptor of the file, even one that only asked, would
     * release them.
     */
    private static OutputLock tryAcquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.getParent());
        Path key = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        synchronized (HELD) {
            if (HELD.contains(key)) {
                return null;
            }
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = ch.tryLock();
                if (lock == null) {
                    ch.close();
                    return null;
                }
                HELD.add(key);
                return new OutputLock(ch, lock, key);
            } catch (OverlappingFileLockException e) {
                ch.close();
                return null;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD.remove(key);
            }
        }
    }
}
