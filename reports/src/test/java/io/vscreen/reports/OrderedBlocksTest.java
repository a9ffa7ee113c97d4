package io.vscreen.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Results come back in block order on any number of threads; a failing block stops the run. */
class OrderedBlocksTest {

    private static List<Integer> squares(int threads, int blocks, AtomicInteger inFlight, AtomicInteger most)
            throws IOException {
        List<Integer> out = new ArrayList<>();
        int[] next = {0};
        OrderedBlocks.run(threads, "test", () -> {
            if (next[0] == blocks) {
                return null;
            }
            int k = next[0]++;
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return () -> {
                try {
                    Thread.sleep((k * 7) % 5); // later blocks often finish first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return k * k;
            };
        }, r -> {
            inFlight.decrementAndGet();
            out.add(r);
        });
        return out;
    }

    @Test
    void resultsArriveInBlockOrderWithFewBlocksInFlight() throws IOException {
        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            expected.add(k * k);
        }
        for (int threads : new int[] {1, 3}) {
            AtomicInteger most = new AtomicInteger();
            assertEquals(expected, squares(threads, 200, new AtomicInteger(), most), threads + " threads");
            assertTrue(most.get() <= 2 * threads + 1, "at most " + (2 * threads + 1) + " in flight, saw " + most.get());
        }
    }

    @Test
    void theFirstFailingBlockStopsTheRunWithItsException() {
        for (int threads : new int[] {1, 3}) {
            int[] next = {0};
            List<Integer> seen = new ArrayList<>();
            IOException e = assertThrows(IOException.class, () -> OrderedBlocks.run(threads, "test", () -> {
                int k = next[0]++;
                return k == 1000 ? null : () -> {
                    if (k == 5) {
                        throw new IOException("block 5 is unreadable");
                    }
                    return k;
                };
            }, seen::add));
            assertEquals("block 5 is unreadable", e.getMessage());
            assertEquals(List.of(0, 1, 2, 3, 4), seen);
        }
    }
}
