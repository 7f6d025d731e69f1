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

    /**
     * Waits until a value stops moving (two readings 1 s apart are equal), for up to 30 s: lets the
     * asynchronous listeners of what came before finish.
     */
    public static <T> T stable(Supplier<T> value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = value.get();
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            T next = value.get();
            if (next.equals(last)) {
                return next;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Value still moving after 30 s");
            }
            last = next;
        }
    }
}
