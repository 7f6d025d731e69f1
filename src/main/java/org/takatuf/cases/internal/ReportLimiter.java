package org.takatuf.cases.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reports (with their photo uploads) per address, or per account for the API, in token buckets
 * (Bucket4j, in memory; the same library as the sign-in throttle): {@code takatuf.cases.reports-per-hour}
 * an hour. Every attempt counts, since the photos are decoded before a report can fail.
 */
@Component
public class ReportLimiter {

    private static final int TRACKED = 10_000;

    private final int perHour;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED;
        }
    };

    ReportLimiter(@Value("${takatuf.cases.reports-per-hour:20}") int perHour) {
        this.perHour = Math.max(1, perHour);
    }

    /** Empty when the key may report now; otherwise how long to wait. */
    public Optional<Duration> attempt(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build()).build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whole seconds, at least one: the value of {@code Retry-After}. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
