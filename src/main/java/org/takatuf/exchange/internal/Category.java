package org.takatuf.exchange.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a listing is about; labels are messages {@code exchange.category.<key>}. */
public enum Category {
    FOOD, CLOTHES, FURNITURE, ELECTRONICS, BOOKS, BABY, MEDICAL_EQUIPMENT, HOUSEHOLD, TOOLS,
    TUTORING, REPAIRS, TRANSPORT, CARE, HOUSING, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "exchange.category." + key();
    }

    public static Optional<Category> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
