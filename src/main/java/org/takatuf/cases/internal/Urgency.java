package org.takatuf.cases.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon help is needed; the triage queue sorts by {@link #rank} first. */
public enum Urgency {
    /** Within days: no food, eviction, a pending operation. */
    CRITICAL(3),
    /** Within weeks. */
    HIGH(2),
    /** When possible. */
    NORMAL(1);

    public final int rank;

    Urgency(int rank) {
        this.rank = rank;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "cases.urgency." + key();
    }

    public static Optional<Urgency> ofKey(String key) {
        return Arrays.stream(values()).filter(u -> u.key().equals(key)).findFirst();
    }
}
