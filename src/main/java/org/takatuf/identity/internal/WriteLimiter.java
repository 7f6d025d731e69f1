package org.takatuf.identity.internal;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * The buckets behind the {@link WriteLimits}: one per kind of write and writer, and one per writer for all
 * writes together. Shared by the security chain's {@link WriteThrottleFilter} and the pledge API's lean lane
 * ({@link LeanApiFilter}), so that a member's writes count against the same limits whichever way they come.
 */
@Component
class WriteLimiter {

    private final WriteLimits limits;
    private final Cache<String, Bucket> buckets;

    WriteLimiter(WriteLimits limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder().maximumSize(limits.trackedKeys() * 6L).expireAfterAccess(Duration.ofHours(2)).build();
    }

    /**
     * Counts one write; empty when it may go ahead, otherwise how long to wait.
     *
     * @param member the signed-in member's name, or null for an anonymous write (counted by the client address)
     */
    Optional<Throttle.Wait> admit(HttpServletRequest request, String member) {
        String writer = member != null ? "m:" + member : "a:" + request.getRemoteAddr();
        return WriteThrottleFilter.kind(request)
                .flatMap(kind -> consume(kind.name() + "|" + writer, kind.limit(limits)))
                .or(() -> consume("all|" + writer, member != null ? limits.perMember() : limits.perAddress()));
    }

    private Optional<Throttle.Wait> consume(String key, ThrottleSettings.Limit limit) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(new Throttle.Wait(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }
}
