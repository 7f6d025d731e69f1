package org.takatuf.exchange.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The state of a thing that is offered. */
public enum Condition {
    NEW, LIKE_NEW, GOOD, WORN;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "exchange.condition." + key();
    }

    public static Optional<Condition> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
