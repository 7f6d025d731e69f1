package org.takatuf.exchange.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Cities of the exchange (labels {@code exchange.city.<key>}). A listing names a city and, in words,
 * an area: never an address or coordinates, which are shared privately once both sides agree.
 */
public enum ExchangeCity {
    BEIRUT, TRIPOLI, SIDON, TYRE, ZAHLE, JOUNIEH, BYBLOS, AMMAN, IRBID, ZARQA, CAIRO, GIZA, ALEXANDRIA,
    RIYADH, JEDDAH, DAMASCUS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "exchange.city." + key();
    }

    public static Optional<ExchangeCity> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
