package io.vscreen.screening.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Watches the heap from a daemon thread, every 50 ms, and keeps the largest amount in use after a
 * collection: the live data a step needed, without the garbage it had not yet collected.
 */
final class HeapSampler implements AutoCloseable {

    private volatile long largestLive;
    private final Thread thread;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling. */
    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** The largest heap in use after a collection seen so far, in bytes. */
    long largestLiveBytes() {
        return largestLive;
    }

    /** Stops sampling. */
    @Override
    public void close() {
        thread.interrupt();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    live += pool.getCollectionUsage().getUsed();
                }
            }
            largestLive = Math.max(largestLive, live);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
