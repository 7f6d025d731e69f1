package org.takatuf.identity.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import org.springframework.stereotype.Component;

/**
 * Counts attempts in token buckets (Bucket4j) kept in memory, one per limit and key. Sign-in
 * failures are counted per account and client address, per address, and per account with a higher
 * ceiling; an address where the account signed in before is exempt from the per-account ceiling, so
 * that guessing from elsewhere does not lock the owner out (ASVS 6.3.1). Only the most recently used
 * {@link ThrottleSettings#trackedKeys()} keys of each kind are kept.
 */
@Component
public class Throttle {

    private final ThrottleSettings settings;
    private final Map<String, Bucket> buckets;
    private final Map<String, Set<String>> knownAddresses;

    Throttle(ThrottleSettings settings) {
        this.settings = settings;
        this.buckets = lru(settings.trackedKeys());
        this.knownAddresses = lru(settings.trackedKeys());
    }

    /** How long to wait before trying again. */
    public record Wait(Duration duration) {
        /** Whole seconds, at least one: the value of {@code Retry-After}. */
        public long seconds() {
            return Math.max(1, (duration.toMillis() + 999) / 1000);
        }

        /** Whole minutes, at least one, for messages. */
        public long minutes() {
            return Math.max(1, (seconds() + 59) / 60);
        }
    }

    /** Empty when a sign-in attempt for {@code account} from {@code address} may go ahead. */
    public Optional<Wait> signInBlocked(String account, String address) {
        String who = normalise(account);
        Optional<Wait> wait = blocked("in-aa:" + who + "|" + address, settings.signInPerAccountAndAddress())
                .or(() -> blocked("in-a:" + address, settings.signInPerAddress()));
        if (wait.isPresent() || isKnown(who, address)) {
            return wait;
        }
        return blocked("in-acc:" + who, settings.signInPerAccount());
    }

    /** A sign-in with a wrong password (or an unknown account). */
    public void signInFailed(String account, String address) {
        String who = normalise(account);
        consume("in-aa:" + who + "|" + address, settings.signInPerAccountAndAddress());
        consume("in-a:" + address, settings.signInPerAddress());
        if (!isKnown(who, address)) {
            consume("in-acc:" + who, settings.signInPerAccount());
        }
    }

    /** The password was right: this address is the owner's from now on. */
    public void signInSucceeded(String account, String address) {
        String who = normalise(account);
        synchronized (knownAddresses) {
            Set<String> addresses = knownAddresses.computeIfAbsent(who, k -> new HashSet<>());
            if (addresses.size() >= 20) {
                addresses.clear();
            }
            addresses.add(address);
        }
        synchronized (buckets) {
            buckets.remove("in-aa:" + who + "|" + address);
        }
    }

    public Optional<Wait> secondFactorBlocked(String account) {
        return blocked("totp:" + normalise(account), settings.secondFactorPerAccount());
    }

    public void secondFactorFailed(String account) {
        consume("totp:" + normalise(account), settings.secondFactorPerAccount());
    }

    /** Counts a sign-up attempt; present when it is one too many. */
    public Optional<Wait> signUp(String address) {
        return consume("up:" + address, settings.signUpPerAddress());
    }

    /** Counts a password-reset request; present when it is one too many. */
    public Optional<Wait> passwordReset(String address) {
        return consume("reset:" + address, settings.passwordResetPerAddress());
    }

    private boolean isKnown(String account, String address) {
        synchronized (knownAddresses) {
            return knownAddresses.getOrDefault(account, Set.of()).contains(address);
        }
    }

    private Optional<Wait> blocked(String key, ThrottleSettings.Limit limit) {
        EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(new Wait(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private Optional<Wait> consume(String key, ThrottleSettings.Limit limit) {
        ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(new Wait(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private Bucket bucket(String key, ThrottleSettings.Limit limit) {
        Supplier<Bucket> create = () -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.period()).build())
                .build();
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> create.get());
        }
    }

    private static String normalise(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    private static <V> Map<String, V> lru(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        });
    }
}
