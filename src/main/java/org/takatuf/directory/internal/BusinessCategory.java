package org.takatuf.directory.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a business makes or does; labels {@code directory.category.<key>}. */
public enum BusinessCategory {
    ACCESSORIES, CLOTHING, HIJABS, FOOD, SWEETS, DECORATIONS, CRAFTS, BEAUTY, SEWING, HOME_SERVICES, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "directory.category." + key();
    }

    public static Optional<BusinessCategory> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
