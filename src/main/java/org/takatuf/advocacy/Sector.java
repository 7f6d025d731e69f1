package org.takatuf.advocacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sector of the company or public service a complaint is about; it decides the regulator. */
public enum Sector {
    TELECOM, RETAIL, BANKING, UTILITIES, TRANSPORT, HEALTH, GOVERNMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "advocacy.sector." + key();
    }

    public static Optional<Sector> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
