package org.takatuf.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for what event listeners do after a commit ({@code @ApplicationModuleListener} runs
 * asynchronously): polls a condition until it holds or a deadline passes, then fails.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> holds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T last = value.get();
        while (!holds.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 15 s; last value: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }
}
