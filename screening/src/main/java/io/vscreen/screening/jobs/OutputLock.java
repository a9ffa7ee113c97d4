package io.vscreen.screening.jobs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a screen's output directory, held by the process that runs its job.
 *
 * <p>The operating system releases it when that process ends, however it ends (kill -9
 * included), so it tells a running execution from one whose process died, and it keeps two
 * processes from writing the same output directory.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
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

    private static OutputLock tryAcquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                return null;
            }
            return new OutputLock(ch, lock);
        } catch (OverlappingFileLockException e) {
            ch.close();
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
