package org.takatuf.moderation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/** Reports per member in a Bucket4j token bucket kept in memory (the last 100,000 members). */
@Component
class ReportThrottle {

    private final ModerationSettings settings;
    private final Map<UUID, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Bucket> eldest) {
            return size() > 100_000;
        }
    });

    ReportThrottle(ModerationSettings settings) {
        this.settings = settings;
    }

    /** Counts one report; throws when it is one too many. */
    void count(UUID member) {
        Bucket bucket = buckets.computeIfAbsent(member, m -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.reportsPerPeriod())
                        .refillGreedy(settings.reportsPerPeriod(), settings.reportPeriod()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyReports((probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        }
    }
}
