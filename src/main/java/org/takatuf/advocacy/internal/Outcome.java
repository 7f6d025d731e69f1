package org.takatuf.advocacy.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the complainant asks for. */
public enum Outcome {
    REFUND, REPAIR, REPLACEMENT, CANCELLATION_WITHOUT_PENALTY, COMPENSATION, APOLOGY, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "advocacy.outcome." + key();
    }

    public static Optional<Outcome> ofKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst();
    }
}
