package org.takatuf.directory.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Cities of the directory and the local currency its prices are in (labels {@code directory.city.<key>}). */
public enum DirectoryCity {
    AMMAN("JOD"), IRBID("JOD"), ZARQA("JOD"), BEIRUT("LBP"), TRIPOLI("LBP"), SIDON("LBP"), CAIRO("EGP"), GIZA("EGP"),
    ALEXANDRIA("EGP"), RIYADH("SAR"), JEDDAH("SAR"), DAMASCUS("SYP");

    public final String currency;

    DirectoryCity(String currency) {
        this.currency = currency;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "directory.city." + key();
    }

    public static Optional<DirectoryCity> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
